"""ingest: files, folders, globs -> RawDocument or Rejection."""
from pathlib import Path

import pytest

from detente.config import Settings
from detente.errors import InputError
from detente.ingest import iter_raw_documents, to_raw_document
from detente.records import RawDocument, Rejection

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty_file"), (b"  \n\t\n", "empty_file"), (b"\x00\x01\x02binary\x00" * 50, "binary")],
)
def test_to_raw_document_rejects_unusable_bytes(data, reason):
    result = to_raw_document("x.txt", data)
    assert isinstance(result, Rejection)
    assert (result.stage, result.reason) == ("ingest", reason)


def test_to_raw_document_rejects_files_over_the_size_cap():
    result = to_raw_document("big.html", b"<p>word</p>" * 100, settings=Settings(max_input_bytes=500))
    assert isinstance(result, Rejection)
    assert result.reason == "too_large"
    assert "max_input_bytes" in result.detail


@pytest.mark.parametrize(
    ("uri", "data", "content_type"),
    [("a.html", b"plain words", "text/html"), ("a.txt", b"<!DOCTYPE html><html><body>x</body></html>", "text/html"),
     ("a.txt", b"SEOUL, March 3 - Words.", "text/plain")],
)
def test_to_raw_document_detects_content_type(uri, data, content_type):
    assert to_raw_document(uri, data).content_type == content_type


def test_to_raw_document_hashes_content_not_name():
    assert to_raw_document("a.txt", b"same text").article_id == to_raw_document("b.txt", b"same text").article_id


def test_iter_raw_documents_walks_folders_in_name_order():
    results = list(iter_raw_documents([str(FIXTURES / "articles")]))
    uris = [r.uri for r in results]
    assert uris == sorted(uris) and len(uris) >= 3
    assert all(isinstance(r, RawDocument) for r in results)


def test_iter_raw_documents_expands_globs():
    results = list(iter_raw_documents([str(FIXTURES / "articles" / "*.html")]))
    assert results and all(r.uri.endswith(".html") for r in results)


def test_iter_raw_documents_names_a_missing_path():
    with pytest.raises(InputError, match="no-such-file.txt: no such file"):
        list(iter_raw_documents(["no-such-file.txt"]))
