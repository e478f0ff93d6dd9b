"""actors: mentions in context -> country and role, with real spaCy parses."""
import pytest

from detente.actors import resolve_actors
from detente.nlp import parse_texts
from detente.records import Article


def _article(text: str, date: str | None = None) -> Article:
    return Article(article_id="t", uri="t", text=text, published=date)


def _resolve(text: str, date: str | None = "2023-06-01") -> dict[str, str]:
    doc = next(parse_texts([text]))
    return {m.mention: m.actor.code for m in resolve_actors(doc, _article(text, date))}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Seoul protested to Moscow on Friday.", "Seoul", "KORGOV"),
        ("Seoul protested to Moscow on Friday.", "Moscow", "RUSGOV"),
        ("The Kremlin rejected the proposal.", "Kremlin", "RUSGOV"),
        ("The White House announced new export rules.", "White House", "USAGOV"),
        ("The Pentagon sent two destroyers to the region.", "Pentagon", "USAMIL"),
        ("Kyiv asked for more air defence systems.", "Kyiv", "UKRGOV"),
        ("Pyongyang fired a missile into the sea.", "Pyongyang", "PRKGOV"),
        ("The United Nations called for a ceasefire.", "United Nations", "UNOIGO"),
        ("NATO allies met in Brussels on Tuesday.", "NATO", "NATIGO"),
        ("The European Union imposed tariffs on steel.", "European Union", "EURIGO"),
        ("The Chinese Foreign Ministry said the report was false.", "Chinese Foreign Ministry", "CHNGOV"),
        ("Russian troops crossed the border at dawn.", "Russian troops", "RUSMIL"),
        ("China's navy held drills near the island.", "China's navy", "CHNMIL"),
        ("Japanese Prime Minister Fumio Kishida met the delegation.", "Fumio Kishida", "JPNGOV"),
        ("Vladimir Putin hosted the talks.", "Vladimir Putin", "RUSGOV"),
        ("Hamas fired rockets at southern towns.", "Hamas", "PSEREB"),
        ("The Houthis attacked a cargo ship.", "Houthis", "YEMREB"),
    ],
)
def test_resolve_actors_codes_mention_in_context(text, mention, code):
    assert _resolve(text).get(mention) == code


def test_resolve_actors_reads_a_capital_after_in_as_a_place():
    assert "Seoul" not in _resolve("The envoys met in Seoul on Monday.")


def test_resolve_actors_follows_a_surname_back_to_its_titled_person():
    text = "Indonesian Foreign Minister Retno Marsudi arrived on Monday. Marsudi said the talks went well."
    codes = _resolve(text)
    assert codes.get("Retno Marsudi") == "IDNGOV"
    assert codes.get("Marsudi") == "IDNGOV"


def test_resolve_actors_dates_registry_people():
    text = "Shinzo Abe spoke to reporters."
    assert _resolve(text, date="2016-05-01")["Shinzo Abe"] == "JPNGOV"
    assert _resolve(text, date="2021-05-01")["Shinzo Abe"] == "JPNELI"  # former leader


def test_resolve_actors_leaves_unknown_people_unknown():
    assert "Tomas Ferreira" not in _resolve("Tomas Ferreira said the harvest was poor.")


def test_resolve_actors_expands_the_two_sides():
    text = "Seoul held talks with Moscow. The two sides agreed to meet again."
    group = [m for m in resolve_actors(next(parse_texts([text])), _article(text)) if m.kind == "group"]
    assert [a.country for a in group[0].members] == ["KOR", "RUS"]


def test_resolve_actors_reads_the_north_in_a_korea_story():
    codes = _resolve("South Korea warned that the North would pay a price.")
    assert codes.get("North") == "PRKGOV"


def test_resolve_actors_keeps_span_and_rule():
    text = "The Kremlin rejected the proposal."
    doc = next(parse_texts([text]))
    mention = resolve_actors(doc, _article(text))[0]
    assert text[mention.start:mention.end] == "Kremlin"
    assert mention.rule.startswith("gazetteer:seat")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ahn Do-hyun, a unification ministry official, took questions in Paju.", "Ahn Do-hyun"),  # "Do" read as a verb
        ("They staged a Hong Kong-style protest.", None),  # a compound adjective is no name
        ("Police searched New Jersey-area homes.", None),
        ("Staff of the Prime Minister-elect said nothing.", None),  # a title with a suffix is no name
        ("Talks resumed on Holy Saturday-eve.", None),
    ],
)
def test_entity_patterns_find_romanised_korean_names_only(text, person):
    doc = next(parse_texts([text]))
    assert [ent.text for ent in doc.ents if ent.label_ == "PERSON"] == ([person] if person else [])
