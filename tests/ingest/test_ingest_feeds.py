"""ingest: RSS/Atom feed files -> one RawDocument per entry with a body."""
from pathlib import Path

import pytest

from detente.ingest import iter_raw_documents
from detente.records import RawDocument, Rejection

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _read(name: str) -> list:
    return list(iter_raw_documents([str(FIXTURES / name)]))


def test_iter_raw_documents_reads_rss_entries_with_content_or_html_summary():
    results = _read("news.rss")
    assert [type(r) for r in results] == [RawDocument, RawDocument, Rejection]
    assert [r.uri for r in results[:2]] == ["https://harbour.example/2022/10/japan-australia-pact",
                                           "https://harbour.example/2023/03/turkey-finland"]
    assert results[0].hint_date == "2022-10-22T11:00:00+08:00"
    assert b"Perth on Saturday" in results[0].data and b"Turkish parliament" in results[1].data


def test_iter_raw_documents_rejects_feed_entry_without_body():
    teaser = _read("news.rss")[-1]
    assert (teaser.reason, teaser.uri) == ("no_article", "https://harbour.example/2023/05/teaser")
    assert "entry 3" in teaser.detail


@pytest.mark.parametrize("name", ["news.atom", "feed.xml"])
def test_iter_raw_documents_reads_atom_entry(name):
    (document,) = _read(name)
    assert document.uri == "https://harbour.example/2024/01/vietnam-philippines"
    assert document.hint_date == "2024-01-30T15:00:00+07:00"
    assert document.content_type.startswith("text/html")


def test_iter_raw_documents_rejects_empty_feed():
    (rejection,) = _read("empty.rss")
    assert (rejection.stage, rejection.reason) == ("ingest", "empty_feed")
    assert "no entries" in rejection.detail


def test_iter_raw_documents_rejects_xml_that_is_not_a_feed():
    (rejection,) = _read("not_a_feed.xml")
    assert rejection.reason == "unsupported_type"
    assert "not an RSS or Atom feed" in rejection.detail


def test_iter_raw_documents_rejects_rss_file_that_is_not_a_feed(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("just some words, no XML", encoding="utf-8")
    (rejection,) = list(iter_raw_documents([str(path)]))
    assert rejection.reason == "unreadable"
