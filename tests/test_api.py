"""The Python API: detente.code on a string, the same pipeline as the CLI."""
from pathlib import Path

import detente

FIXTURES = Path(__file__).parent / "fixtures"


def test_code_accepts_plain_text_and_returns_events():
    doc = detente.code("SEOUL, March 3 (Eastern Wire) - South Korea summoned Russia's ambassador on Monday "
                       "to protest the arms deal, the foreign ministry said.")
    assert doc.rejected is None
    assert ("KOR", "RUS", "11") in {(e.source.country, e.target.country, e.root) for e in doc.events if e.target}


def test_code_accepts_html_and_keeps_metadata():
    doc = detente.code((FIXTURES / "articles" / "japan_korea.html").read_text(encoding="utf-8"))
    assert doc.article is not None and doc.article.title
    assert doc.to_dict()["metadata"]["published"].endswith("+09:00")


def test_code_rejects_empty_input_with_a_reason():
    doc = detente.code("   ")
    assert doc.rejected is not None and doc.rejected.reason == "empty_file"
