"""score(): event matching rules and the field scores, on small hand-made documents."""
from __future__ import annotations

import copy

import pytest

from detente.evaluate import score

TEXT = (
    "Menu | Home | World\n\n"
    "Chile and Peru signed a fisheries accord in Lima on Monday, officials said.\n\n"
    "Peruvian Foreign Minister Ana Rojas said Lima would share patrol data with Santiago.\n\n"
    "Chile's navy later seized a Bolivian cargo vessel off Arica.\n\n"
    "Bolivia and Argentina condemned the seizure of the vessel by Chile.\n\n"
    '"We will not accept any delay," Rojas said.\n\n'
    "Share this story"
)
S1 = "Chile and Peru signed a fisheries accord in Lima on Monday, officials said."
S2 = "Peruvian Foreign Minister Ana Rojas said Lima would share patrol data with Santiago."
S3 = "Chile's navy later seized a Bolivian cargo vessel off Arica."
S4 = "Bolivia and Argentina condemned the seizure of the vessel by Chile."
S5 = '"We will not accept any delay," Rojas said.'


def gold_event(evidence, source, target, cameo, *, negated=False, hypothetical=False, speaker=None):
    root = cameo[:2]
    quad = 1 if root <= "05" else 2 if root <= "09" else 3 if root <= "14" else 4
    return {
        "evidence": evidence,
        "source": source,
        "source_role": "GOV" if source else None,
        "target": target,
        "target_role": "GOV" if target else None,
        "cameo": cameo,
        "root": root,
        "quad": quad,
        "negated": negated,
        "hypothetical": hypothetical,
        "speaker": speaker,
    }


def pred_event(sentence, source, target, cameo, *, negated=False, hypothetical=False, speaker=None):
    root = cameo[:2]
    return {
        "sentence": sentence,
        "start": 0,
        "end": len(sentence),
        "source": {"country": source, "role": "GOV", "name": None, "code": f"{source}GOV"} if source else None,
        "target": {"country": target, "role": "GOV", "name": None, "code": f"{target}GOV"} if target else None,
        "cameo": cameo,
        "root": root,
        "quad": 1 if root <= "05" else 2 if root <= "09" else 3 if root <= "14" else 4,
        "goldstein": 0.0,
        "negated": negated,
        "hypothetical": hypothetical,
        "speaker": speaker,
        "trigger": "",
    }


def make_gold() -> dict:
    return {
        "id": "andes",
        "file": "andes.txt",
        "metadata": {
            "title": "Chile and Peru sign fisheries accord; Bolivia protests seizure",
            "outlet": "Andes Wire",
            "published": "2023-05-08T10:00:00-05:00",
            "updated": None,
            "authors": ["Lucia Perez", "Tomas Vidal"],
            "section": "Americas",
            "dateline": "LIMA",
        },
        "body_must_contain": [
            "Chile and Peru signed a fisheries accord",
            "seized a Bolivian cargo vessel off Arica.",
        ],
        "body_must_not_contain": ["Menu | Home | World", "Share this story"],
        "actors": [
            {"mention": "Chile", "country": "CHL", "role": "GOV"},
            {"mention": "Peru", "country": "PER", "role": "GOV"},
            {"mention": "Ana Rojas", "country": "PER", "role": "GOV", "person": True},
            {"mention": "Chile's navy", "country": "CHL", "role": "MIL"},
        ],
        "events": [
            gold_event("Chile and Peru signed a fisheries accord in Lima on Monday", "CHL", "PER", "057"),
            gold_event(
                "Lima would share patrol data with Santiago", "PER", "CHL", "064",
                hypothetical=True, speaker="Ana Rojas",
            ),
            gold_event("Chile's navy later seized a Bolivian cargo vessel off Arica", "CHL", "BOL", "1711"),
            gold_event("Bolivia and Argentina condemned the seizure of the vessel by Chile", "BOL", "CHL", "111"),
        ],
        "quotes": [{"speaker": "Ana Rojas", "speaker_country": "PER", "text_contains": "not accept any delay"}],
    }


def make_perfect() -> dict:
    """A correct coding that differs from the gold only in allowed ways."""
    return {
        "source": "andes.txt",
        "id": "abc123",
        "metadata": {
            "title": "  chile and peru sign fisheries accord;  Bolivia protests seizure ",
            "outlet": "ANDES WIRE",
            "published": "2023-05-08T15:00:00+00:00",  # the same instant as 10:00 -05:00
            "updated": None,
            "authors": ["Tomas Vidal", "lucia perez"],
            "section": "Americas",
            "dateline": "Lima",
            "url": None,
            "language": "en",
        },
        "text": "\n\n".join(TEXT.split("\n\n")[1:-1]),
        "actors": [
            {"mention": "Chile", "start": 0, "end": 5, "country": "CHL", "role": "GOV", "name": "Chile", "code": "CHLGOV"},
            {"mention": "Peru", "start": 10, "end": 14, "country": "PER", "role": "GOV", "name": "Peru", "code": "PERGOV"},
            {"mention": "Foreign Minister Ana Rojas", "start": 0, "end": 0, "country": "PER", "role": "GOV", "name": "Ana Rojas", "code": "PERGOV"},
            {"mention": "navy", "start": 0, "end": 0, "country": "CHL", "role": "MIL", "name": None, "code": "CHLMIL"},
        ],
        "events": [
            pred_event(S1, "CHL", "PER", "057"),
            pred_event(S2, "PER", "CHL", "064", hypothetical=True, speaker="Rojas"),
            pred_event(S3, "CHL", "BOL", "1711"),
            pred_event(S4, "BOL", "CHL", "111"),
        ],
        "quotes": [{"speaker": "Rojas", "speaker_country": "PER", "text": "We will not accept any delay,", "start": 0, "end": 0}],
        "rejected": None,
    }


def test_score_perfect_prediction_scores_one_everywhere():
    report = score([(make_gold(), make_perfect())])
    ev = report.events
    assert (ev.strict.tp, ev.strict.fp, ev.strict.fn) == (4, 0, 0)
    assert ev.strict.precision == ev.strict.recall == ev.strict.f1 == 1.0
    assert ev.root_level.f1 == 1.0
    assert ev.cameo.value == ev.flags.value == ev.speaker.value == 1.0
    assert report.metadata.overall.value == 1.0
    assert all(f.share.value == 1.0 for f in report.metadata.fields)
    assert report.body.kept.value == report.body.dropped.value == 1.0
    assert report.actors.accuracy.value == 1.0
    assert report.quotes.speaker.value == report.quotes.speaker_country.value == 1.0
    assert ev.confusion == ()
    assert report.missed_events == report.false_positives == report.field_misses == ()
    assert report.errors == ()


def make_wrong() -> dict:
    pred = make_perfect()
    pred["metadata"]["title"] = "Andes Wire - Latest news"
    pred["text"] = TEXT  # menu and share bar kept
    pred["actors"][1]["role"] = "CVL"  # Peru as civilians: wrong role
    pred["quotes"][0]["speaker_country"] = "CHL"
    pred["events"] = [
        pred_event(S1, "CHL", "PER", "057"),  # right
        pred_event(S2, "PER", "CHL", "040", hypothetical=True, speaker="Rojas"),  # wrong root (04 for 06)
        pred_event(S3, "CHL", "PER", "1711"),  # wrong target
        # S4 event missing
        pred_event(S5, "PER", None, "010", speaker="Rojas"),  # extra event
    ]
    return pred


def test_score_wrong_output_scores_hand_computed_numbers():
    report = score([(make_gold(), make_wrong())])
    ev = report.events
    # strict: TP = S1; FP = S2 (root), S3 (target), S5 (extra); FN = S2, S3, S4.
    assert (ev.strict.tp, ev.strict.fp, ev.strict.fn) == (1, 3, 3)
    assert ev.strict.precision == pytest.approx(1 / 4)
    assert ev.strict.recall == pytest.approx(1 / 4)
    assert ev.strict.f1 == pytest.approx(2 * 1 / (2 * 1 + 3 + 3))
    # root level: S3 now matches (evidence + root); S2 still differs in root.
    assert (ev.root_level.tp, ev.root_level.fp, ev.root_level.fn) == (2, 2, 2)
    assert ev.root_level.precision == pytest.approx(0.5)
    assert ev.root_level.recall == pytest.approx(0.5)
    assert ev.root_level.f1 == pytest.approx(0.5)
    assert (ev.cameo.correct, ev.cameo.total) == (1, 1)
    assert (ev.flags.correct, ev.flags.total) == (1, 1)
    assert [(c.gold_root, c.predicted_root, c.count) for c in ev.confusion] == [("06", "04", 1)]
    roots = {i.label: (i.scores.tp, i.scores.fp, i.scores.fn) for i in ev.per_root}
    assert roots == {"01": (0, 1, 0), "04": (0, 1, 0), "05": (1, 0, 0), "06": (0, 0, 1), "11": (0, 0, 1), "17": (0, 1, 1)}
    quads = {i.label: (i.scores.tp, i.scores.fp, i.scores.fn) for i in ev.per_quad}
    assert quads == {"1": (1, 2, 0), "2": (0, 0, 1), "3": (0, 0, 1), "4": (0, 1, 1)}
    fields = {f.field: f.share.value for f in report.metadata.fields}
    assert fields["title"] == 0.0
    assert all(v == 1.0 for k, v in fields.items() if k != "title")
    assert (report.metadata.overall.correct, report.metadata.overall.total) == (6, 7)
    assert report.body.kept.value == 1.0
    assert (report.body.dropped.correct, report.body.dropped.total) == (0, 2)
    assert (report.actors.accuracy.correct, report.actors.accuracy.total) == (3, 4)
    assert report.actors.mention_found.value == 1.0
    assert report.quotes.speaker.value == 1.0
    assert report.quotes.speaker_country.value == 0.0
    assert sorted(m.evidence[:20] for m in report.missed_events) == [
        "Bolivia and Argentin",
        "Chile's navy later s",
        "Lima would share pat",
    ]
    assert sorted(f.sentence for f in report.false_positives) == sorted([S2, S3, S5])
    doc = report.per_document[0]
    assert (doc.events.tp, doc.events.fp, doc.events.fn) == (1, 3, 3)
    assert (doc.gold_events, doc.predicted_events) == (4, 4)


def test_score_strict_match_with_wrong_code_and_flags_counts_in_accuracy():
    pred = make_perfect()
    pred["events"][1] = pred_event(S2, "PER", "CHL", "062", hypothetical=False, speaker="Rojas")
    report = score([(make_gold(), pred)])
    assert report.events.strict.f1 == 1.0
    assert (report.events.cameo.correct, report.events.cameo.total) == (3, 4)
    assert (report.events.flags.correct, report.events.flags.total) == (3, 4)
    assert [c.predicted_cameo for c in report.code_mismatches] == ["062"]


def test_score_symmetric_act_matches_with_source_and_target_swapped():
    pred = make_perfect()
    pred["events"][0] = pred_event(S1, "PER", "CHL", "057")  # signing: symmetric
    report = score([(make_gold(), pred)])
    assert (report.events.strict.tp, report.events.strict.fp, report.events.strict.fn) == (4, 0, 0)


def test_score_directed_act_does_not_match_when_swapped():
    pred = make_perfect()
    pred["events"][1] = pred_event(S2, "CHL", "PER", "064", hypothetical=True, speaker="Rojas")
    report = score([(make_gold(), pred)])
    assert (report.events.strict.tp, report.events.strict.fp, report.events.strict.fn) == (3, 1, 1)
    # evidence and root agree, so the root-level score still counts it
    assert report.events.root_level.f1 == 1.0


def test_score_symmetric_act_listed_in_both_directions_is_not_penalised():
    pred = make_perfect()
    pred["events"].append(pred_event(S1, "PER", "CHL", "057"))
    report = score([(make_gold(), pred)])
    assert (report.events.strict.tp, report.events.strict.fp, report.events.strict.fn) == (4, 0, 0)
    assert report.events.ignored == 1


def test_score_conjoined_expansion_is_neither_tp_nor_fp():
    pred = make_perfect()
    # "Bolivia and Argentina condemned ...": the gold lists BOL->CHL; ARG->CHL is an expansion.
    pred["events"].append(pred_event(S4, "ARG", "CHL", "111"))
    report = score([(make_gold(), pred)])
    ev = report.events
    assert (ev.strict.tp, ev.strict.fp, ev.strict.fn) == (4, 0, 0)
    assert ev.ignored == 1
    assert (ev.root_level.tp, ev.root_level.fp, ev.root_level.fn) == (4, 0, 0)
    assert report.per_document[0].ignored == 1


def test_score_conjoined_target_expansion_is_ignored():
    gold = make_gold()
    gold["events"] = [gold_event("Lima would share patrol data with Santiago and La Paz", "PER", "CHL", "064")]
    pred = make_perfect()
    sentence = "Rojas said Lima would share patrol data with Santiago and La Paz."
    pred["events"] = [pred_event(sentence, "PER", "BOL", "064"), pred_event(sentence, "PER", "CHL", "064")]
    ev = score([(gold, pred)]).events
    assert (ev.strict.tp, ev.strict.fp, ev.strict.fn, ev.ignored) == (1, 0, 0, 1)


def test_score_conjoined_expansion_needs_a_shared_party_and_root():
    pred = make_perfect()
    pred["events"].append(pred_event(S4, "ARG", "PER", "111"))  # shares neither source nor target
    pred["events"].append(pred_event(S4, "ARG", "CHL", "112"))  # root 11 but via a different code: still ignored
    pred["events"].append(pred_event(S4, "ARG", "CHL", "173"))  # other root: false positive
    report = score([(make_gold(), pred)])
    ev = report.events
    assert (ev.strict.tp, ev.strict.fp, ev.strict.fn) == (4, 2, 0)
    assert ev.ignored == 1


def test_score_conjoined_expansion_of_an_unmatched_gold_event_is_a_false_positive():
    pred = make_perfect()
    pred["events"][3] = pred_event(S4, "ARG", "CHL", "111")  # only the expansion, not BOL->CHL
    report = score([(make_gold(), pred)])
    ev = report.events
    assert (ev.strict.tp, ev.strict.fp, ev.strict.fn) == (3, 1, 1)
    assert ev.ignored == 0
    assert "ARG->CHL" in report.missed_events[0].near


def test_score_each_gold_event_is_matched_once():
    pred = make_perfect()
    pred["events"].append(pred_event(S1, "CHL", "PER", "057"))  # a duplicate
    report = score([(make_gold(), pred)])
    ev = report.events
    # an exact duplicate changes no party: not an expansion, a false positive
    assert (ev.strict.tp, ev.strict.fp, ev.strict.fn) == (4, 1, 0)
    assert ev.ignored == 0


def test_score_evidence_compared_with_normalised_quotes_and_whitespace():
    gold = make_gold()
    gold["events"] = [gold_event('Rojas said "Lima would share patrol data" with Santiago', "PER", "CHL", "064")]
    pred = make_perfect()
    pred["events"] = [pred_event("Ana Rojas said \u201cLima would\n  share patrol data\u201d with Santiago.", "PER", "CHL", "064")]
    report = score([(gold, pred)])
    assert report.events.strict.tp == 1


def test_score_null_target_matches_only_null():
    gold = make_gold()
    gold["events"] = [gold_event("We will not accept any delay", "PER", None, "010")]
    ok = make_perfect()
    ok["events"] = [pred_event(S5, "PER", None, "010")]
    bad = make_perfect()
    bad["events"] = [pred_event(S5, "PER", "CHL", "010")]
    assert score([(gold, ok)]).events.strict.tp == 1
    assert score([(gold, bad)]).events.strict.tp == 0


def test_score_metadata_datetimes_compare_as_instants():
    gold = make_gold()
    gold["metadata"]["published"] = "2024-04-27T15:30:25+09:00"
    gold["metadata"]["updated"] = "2024-04-27T16:42:53+09:00"
    pred = make_perfect()
    pred["metadata"]["published"] = "2024-04-27T06:30:25+00:00"
    pred["metadata"]["updated"] = "2024-04-27T16:42:53"  # naive: the offset was lost
    fields = {f.field: f.share.value for f in score([(gold, pred)]).metadata.fields}
    assert fields["published"] == 1.0
    assert fields["updated"] == 0.0


def test_score_metadata_none_equals_none_and_authors_ignore_order():
    gold = make_gold()
    gold["metadata"].update(published=None, authors=[], dateline=None)
    pred = make_perfect()
    pred["metadata"].update(published=None, authors=[], dateline="")
    assert score([(gold, pred)]).metadata.overall.value == 1.0
    pred["metadata"]["authors"] = ["Lucia Perez"]
    assert {f.field: f.share.value for f in score([(make_gold(), pred)]).metadata.fields}["authors"] == 0.0


def test_score_body_snippets_found_across_line_breaks():
    pred = make_perfect()
    pred["text"] = pred["text"].replace("seized a Bolivian cargo vessel", "seized a Bolivian\ncargo   vessel")
    assert score([(make_gold(), pred)]).body.kept.value == 1.0
    pred["text"] = pred["text"].replace("Arica", "Iquique")
    kept = score([(make_gold(), pred)]).body.kept
    assert (kept.correct, kept.total) == (1, 2)


def test_score_actor_mention_containment_needs_four_characters():
    gold = make_gold()
    gold["actors"] = [{"mention": "An international tribunal in The Hague", "country": "IGO", "role": "JUD"}]
    pred = make_perfect()
    pred["actors"] = [{"mention": "tribunal", "country": "IGO", "role": "JUD"}]
    assert score([(gold, pred)]).actors.accuracy.value == 1.0
    gold["actors"] = [{"mention": "Peru", "country": "PER", "role": "GOV"}]
    pred["actors"] = [{"mention": "Per", "country": "PER", "role": "GOV"}]
    assert score([(gold, pred)]).actors.accuracy.value == 0.0
    pred["actors"] = [{"mention": "PERU", "country": "PER", "role": "GOV"}]
    assert score([(gold, pred)]).actors.accuracy.value == 1.0
    pred["actors"] = [{"mention": "Peru", "country": "PER", "role": "MIL"}]
    report = score([(gold, pred)])
    assert report.actors.accuracy.value == 0.0
    assert report.actors.mention_found.value == 1.0


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [("Ana Rojas", 1.0), ("Rojas", 1.0), ("ana rojas", 1.0), ("Ana Torres", 0.0), (None, 0.0)],
)
def test_score_quote_speaker_accepts_surname(predicted, expected):
    pred = make_perfect()
    pred["quotes"][0]["speaker"] = predicted
    assert score([(make_gold(), pred)]).quotes.speaker.value == expected


def test_score_quote_without_matching_text_is_missed():
    pred = make_perfect()
    pred["quotes"][0]["text"] = "We are ready to talk"
    q = score([(make_gold(), pred)]).quotes
    assert (q.found.value, q.speaker.value, q.speaker_country.value) == (0.0, 0.0, 0.0)


def test_score_rejected_document_is_fully_missed():
    gold = make_gold()
    rejected = {
        "source": "andes.txt", "id": "x", "metadata": None, "text": "", "actors": [], "events": [],
        "quotes": [], "rejected": {"stage": "extract", "reason": "no_article", "detail": "nothing left"},
    }
    report = score([(gold, rejected), (make_gold(), make_perfect())])
    assert report.documents == 2
    assert (report.events.strict.tp, report.events.strict.fp, report.events.strict.fn) == (4, 0, 4)
    assert report.metadata.overall.correct == 7  # the failed document gets none, even its null fields
    assert report.metadata.overall.total == 14
    assert (report.body.kept.correct, report.body.kept.total) == (2, 4)
    assert (report.body.dropped.correct, report.body.dropped.total) == (2, 4)
    assert report.actors.accuracy.correct == 4
    assert [(e.doc, e.reason) for e in report.errors] == [("andes", "no_article")]
    assert report.per_document[0].error.startswith("extract/no_article")


def test_score_sums_over_documents():
    g2 = copy.deepcopy(make_gold())
    g2["id"] = "andes2"
    report = score([(make_gold(), make_perfect()), (g2, make_wrong())])
    ev = report.events
    assert (ev.strict.tp, ev.strict.fp, ev.strict.fn) == (5, 3, 3)
    assert [d.id for d in report.per_document] == ["andes", "andes2"]
    assert {m.doc for m in report.missed_events} == {"andes2"}


def test_score_empty_input_gives_undefined_rates():
    report = score([])
    assert report.documents == 0
    assert report.events.strict.precision is None
    assert report.events.strict.f1 is None


def test_score_actor_accuracy_is_split_by_the_predicted_kind():
    gold = {"id": "k", "actors": [{"mention": "Hanoi", "country": "VNM", "role": "GOV"},
                                  {"mention": "Lao Defence Ministry", "country": "LAO", "role": "MIL"},
                                  {"mention": "Mr Somchai", "country": "LAO", "role": "GOV"}]}
    pred = {"id": "k", "text": "", "metadata": {}, "events": [], "quotes": [], "rejected": None,
            "actors": [{"mention": "Hanoi", "country": "VNM", "role": "GOV", "kind": "capital"},
                       {"mention": "Lao Defence Ministry", "country": "LAO", "role": "GOV", "kind": "role_noun"}]}
    by_kind = dict(score([(gold, pred)]).actors.by_kind)
    assert (by_kind["capital"].correct, by_kind["capital"].total) == (1, 1)
    assert (by_kind["role_noun"].correct, by_kind["role_noun"].total) == (0, 1)
    assert (by_kind["not found"].correct, by_kind["not found"].total) == (0, 1)
