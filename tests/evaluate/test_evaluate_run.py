"""evaluate() over a folder, and the text and JSON renderings of a report."""
from __future__ import annotations

import json
from pathlib import Path

from detente.evaluate import evaluate, format_report, report_to_dict, score
from detente.records import Actor, ActorMention, Article, CodedDocument, Event

SENTENCE = "Norway summoned the Russian ambassador on Friday to protest the detention of a fishing crew."


def _gold(doc_id: str) -> dict:
    return {
        "id": doc_id,
        "file": f"{doc_id}.txt",
        "metadata": {
            "title": "Norway summons Russian envoy", "outlet": "Fjord Post", "published": None, "updated": None,
            "authors": [], "section": None, "dateline": "OSLO, May 3",
        },
        "body_must_contain": ["Norway summoned the Russian ambassador on Friday"],
        "body_must_not_contain": [],
        "actors": [{"mention": "Norway", "country": "NOR", "role": "GOV"}],
        "events": [{
            "evidence": "Norway summoned the Russian ambassador on Friday to protest the detention",
            "source": "NOR", "source_role": "GOV", "target": "RUS", "target_role": "GOV",
            "cameo": "114", "root": "11", "quad": 3, "negated": False, "hypothetical": False, "speaker": None,
        }],
        "quotes": [],
    }


def _coded(path: Path) -> CodedDocument:
    article = Article(
        article_id="h1", uri=str(path), text=SENTENCE, title="Norway summons Russian envoy",
        outlet="Fjord Post", dateline="OSLO, May 3",
    )
    event = Event(
        article_id="h1", sentence=SENTENCE, start=0, end=len(SENTENCE), source=Actor("NOR", "GOV"),
        target=Actor("RUS", "GOV"), cameo="114", root="11", quad=3, goldstein=-2.0,
    )
    mention = ActorMention("h1", "Norway", 0, 6, Actor("NOR", "GOV"), kind="state", rule="test")
    return CodedDocument("h1", str(path), article, mentions=(mention,), events=(event,))


def _folder(tmp_path: Path, ids: list[str]) -> Path:
    for doc_id in ids:
        (tmp_path / f"{doc_id}.gold.json").write_text(json.dumps(_gold(doc_id)), encoding="utf-8")
        (tmp_path / f"{doc_id}.txt").write_text(SENTENCE, encoding="utf-8")
    return tmp_path


def test_evaluate_codes_each_document_and_scores(tmp_path):
    seen = []

    def code_file(path: Path) -> dict:
        seen.append(path.name)
        return _coded(path).to_dict()

    report = evaluate(_folder(tmp_path, ["n1", "n2"]), code_file)
    assert seen == ["n1.txt", "n2.txt"]
    assert report.events.strict.f1 == 1.0
    assert report.metadata.overall.value == 1.0
    assert report.actors.accuracy.value == 1.0


def test_evaluate_accepts_coded_document_objects(tmp_path):
    report = evaluate(_folder(tmp_path, ["n1"]), _coded)
    assert report.events.strict.tp == 1


def test_evaluate_document_that_raises_is_scored_as_missed(tmp_path):
    def code_file(path: Path) -> dict:
        if path.name == "n2.txt":
            raise RuntimeError("parser exploded")
        return _coded(path).to_dict()

    report = evaluate(_folder(tmp_path, ["n1", "n2", "n3"]), code_file)
    assert report.documents == 3
    assert (report.events.strict.tp, report.events.strict.fp, report.events.strict.fn) == (2, 0, 1)
    assert [(e.doc, e.reason) for e in report.errors] == [("n2", "exception")]
    assert "RuntimeError: parser exploded" in report.errors[0].detail
    assert report.metadata.overall.total == 21 and report.metadata.overall.correct == 14
    assert "parser exploded" in format_report(report)


def test_evaluate_document_with_non_dict_output_is_scored_as_missed(tmp_path):
    report = evaluate(_folder(tmp_path, ["n1"]), lambda path: None)
    assert report.events.strict.fn == 1
    assert report.errors[0].reason == "exception"


def test_format_report_has_every_section(tmp_path):
    pred = _coded(Path("n1.txt")).to_dict()
    pred["events"][0]["root"] = "17"
    pred["events"][0]["cameo"] = "172"
    pred["text"] += " Related stories"
    gold = _gold("n1")
    gold["body_must_not_contain"] = ["Related stories"]
    text = format_report(score([(gold, pred)]))
    for heading in (
        "Events", "strict", "root-level", "Metadata", "title", "dateline", "Body", "Actors", "Quotes",
        "Events by CAMEO root", "Events by quad class", "Root confusion", "Per document",
        "Missed gold events (1)", "False positives (1)", "Furniture kept in the body (1)",
    ):
        assert heading in text, heading
    assert "11 disapprove" in text and "17 coerce" in text


def test_report_to_dict_is_json_ready():
    gold = _gold("n1")
    pred = _coded(Path("n1.txt")).to_dict()
    data = report_to_dict(score([(gold, pred)]))
    round_trip = json.loads(json.dumps(data))
    assert round_trip["events"]["strict"] == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert round_trip["metadata"]["title"]["value"] == 1.0
    assert round_trip["events"]["per_root"]["11"]["tp"] == 1
    assert round_trip["per_document"][0]["id"] == "n1"
