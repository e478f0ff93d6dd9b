"""ingest: JSON Lines files -> one RawDocument per record, bad lines as bad_record."""
from pathlib import Path

import pytest

from detente.ingest import iter_raw_documents
from detente.records import RawDocument, Rejection

NEWS = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "news.jsonl"


def _read(path) -> list:
    return list(iter_raw_documents([str(path)]))


def test_iter_raw_documents_reads_one_result_per_jsonl_record():
    results = _read(NEWS)
    assert len(results) == 6  # seven lines, one blank
    assert [type(r) for r in results] == [RawDocument, RawDocument, Rejection, Rejection, Rejection, RawDocument]


def test_iter_raw_documents_takes_jsonl_uri_from_url_or_line():
    uris = [r.uri for r in _read(NEWS) if isinstance(r, RawDocument)]
    assert uris == ["https://harbour.example/2023/04/finland-nato", f"{NEWS}#L2",
                    "https://harbour.example/2023/08/india-china-map"]


def test_iter_raw_documents_keeps_jsonl_date_and_content_type():
    first, second = [r for r in _read(NEWS) if isinstance(r, RawDocument)][:2]
    assert (first.hint_date, first.content_type.split(";")[0]) == ("2023-04-04T16:30:00+02:00", "text/html")
    assert (second.hint_date, second.content_type.split(";")[0]) == ("2024-02-05", "text/plain")
    assert first.data.startswith(b"<html>")


@pytest.mark.parametrize(("line", "words"), [(4, "not JSON"), (5, 'no "html" or "text"'), (6, "not an object")])
def test_iter_raw_documents_rejects_bad_jsonl_line_naming_file_and_line(line, words):
    rejection = next(r for r in _read(NEWS) if isinstance(r, Rejection) and r.uri.endswith(f"#L{line}"))
    assert (rejection.stage, rejection.reason) == ("ingest", "bad_record")
    assert f"{NEWS}, line {line}" in rejection.detail and words in rejection.detail


def test_iter_raw_documents_gives_bad_jsonl_lines_distinct_ids(tmp_path):
    path = tmp_path / "twice.ndjson"
    path.write_text("not json\nnot json\n", encoding="utf-8")
    ids = {r.article_id for r in _read(path)}
    assert len(ids) == 2
