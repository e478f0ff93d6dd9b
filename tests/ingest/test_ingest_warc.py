"""ingest: WARC(.gz) files -> one RawDocument per HTML response; a cut-off file keeps what was read."""
from pathlib import Path

from detente.config import Settings
from detente.ingest import iter_raw_documents
from detente.records import RawDocument, Rejection

WARC = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "news.warc.gz"
PAGES = ("summit.html", "sanctions.html", "talks.html")


def test_iter_raw_documents_reads_html_responses_of_a_warc():
    results = list(iter_raw_documents([str(WARC)]))
    assert all(isinstance(r, RawDocument) for r in results)  # request, image, metadata: skipped
    assert [r.uri for r in results] == [f"https://harbour.example/news/{name}" for name in PAGES]
    assert results[0].fetched_at == "2024-05-02T08:15:00+00:00"
    assert results[0].content_type == "text/html; charset=utf-8"
    assert results[0].data == (WARC.parent / "pages" / "summit.html").read_bytes()


def test_iter_raw_documents_keeps_records_before_a_truncated_gzip(tmp_path):
    cut = tmp_path / "cut.warc.gz"
    data = WARC.read_bytes()
    cut.write_bytes(data[: len(data) - 40])
    results = list(iter_raw_documents([str(cut)]))
    assert [type(r) for r in results] == [RawDocument, RawDocument, RawDocument, Rejection]
    assert (results[-1].reason, results[-1].uri) == ("unreadable", str(cut))
    assert "cut off" in results[-1].detail and "kept" in results[-1].detail


def test_iter_raw_documents_rejects_a_warc_that_is_not_gzip(tmp_path):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"this is not an archive\n" * 20)
    results = list(iter_raw_documents([str(bad)]))
    assert [(r.reason, r.uri) for r in results] == [("unreadable", str(bad))]


def test_iter_raw_documents_caps_warc_record_size():
    results = list(iter_raw_documents([str(WARC)], settings=Settings(max_input_bytes=900)))
    assert [r.reason if isinstance(r, Rejection) else "ok" for r in results] == ["too_large", "ok", "ok"]
