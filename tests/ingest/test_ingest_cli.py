"""Each input form end to end: a real file through ``detente ingest`` into a DuckDB store.

Invariant checked every time: records in = rows in documents + rows in rejections.
"""
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from detente.serve.cli import app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
INGEST = FIXTURES / "ingest"
runner = CliRunner()


def _ingest(db: Path, *args: str) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Run ``detente ingest``; return {uri: published} of documents and {uri: (reason, detail)} of rejections."""
    result = runner.invoke(app, ["ingest", *args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(db))
    documents = dict(con.execute("select uri, published from documents").fetchall())
    rejections = {uri: (reason, detail) for uri, reason, detail
                  in con.execute("select uri, reason, detail from rejections").fetchall()}
    con.close()
    return documents, rejections


def test_ingest_stores_jsonl_records(tmp_path):
    documents, rejections = _ingest(tmp_path / "s.duckdb", str(INGEST / "news.jsonl"))
    assert len(documents) + len(rejections) == 6
    assert documents["https://harbour.example/2023/04/finland-nato"] == "2023-04-04T16:30:00+02:00"
    bad = {uri.rsplit("#", 1)[1]: reason for uri, (reason, _) in rejections.items() if reason == "bad_record"}
    assert bad == {"L4": "bad_record", "L5": "bad_record", "L6": "bad_record"}


def test_ingest_stores_warc_responses_and_rejects_the_cut_off_rest(tmp_path):
    cut = tmp_path / "cut.warc.gz"
    data = (INGEST / "news.warc.gz").read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    documents, rejections = _ingest(tmp_path / "s.duckdb", str(INGEST / "news.warc.gz"), str(cut))
    assert "https://harbour.example/news/summit.html" in documents
    assert len(documents) + len(rejections) == 3 + 1  # the cut copy folds into the full one as duplicates
    assert rejections[str(cut)][0] == "unreadable"


def test_ingest_stores_feed_entries_and_rejects_empty_feed(tmp_path):
    names = ("news.rss", "news.atom", "empty.rss", "not_a_feed.xml")
    documents, rejections = _ingest(tmp_path / "s.duckdb", *(str(INGEST / name) for name in names))
    assert len(documents) + len(rejections) == 3 + 1 + 1 + 1
    assert documents["https://harbour.example/2024/01/vietnam-philippines"] == "2024-01-30T15:00:00+07:00"
    assert rejections[str(INGEST / "empty.rss")][0] == "empty_feed"
    assert rejections["https://harbour.example/2023/05/teaser"][0] == "no_article"
    assert rejections[str(INGEST / "not_a_feed.xml")][0] == "unsupported_type"


def test_ingest_fetches_urls_and_rejects_failed_fetches(tmp_path, web):
    urls = tmp_path / "reading.urls"
    paths = ("/news/summit.html", "/missing", "/slow", "/big", "/private/memo.html")
    urls.write_text("".join(f"{web}{path}\n" for path in paths), encoding="utf-8")
    documents, rejections = _ingest(tmp_path / "s.duckdb", str(urls), f"{web}/news/korean.html",
                                    "--fetch-timeout", "0.5", "--max-input-bytes", "5000")
    assert len(documents) + len(rejections) == len(paths) + 1
    assert f"{web}/news/summit.html" in documents
    reasons = {uri[len(web):]: reason for uri, (reason, _) in rejections.items()}
    assert reasons["/missing"] == reasons["/slow"] == reasons["/private/memo.html"] == "fetch_failed"
    assert reasons["/big"] == "too_large"
    assert "timeout" in rejections[f"{web}/slow"][1]


def test_ingest_decodes_a_page_with_a_wrong_charset_label(tmp_path):
    page = tmp_path / "paris.html"
    page.write_bytes((FIXTURES / "encodings" / "western.cp1252.says-utf-8.html").read_bytes())
    _ingest(tmp_path / "s.duckdb", str(page))
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    (text,) = con.execute("select text from documents").fetchone()
    assert "\u201cmust stand together\u201d" in text and "\u00c9lys\u00e9e" in text


def test_ingest_rejects_a_50_mb_file_and_keeps_the_rest(tmp_path):
    big = tmp_path / "dump.html"
    paragraph = b"<p>The ministry said the talks would resume next week in the capital.</p>\n"
    big.write_bytes(b"<html><body>" + paragraph * (50 * 1024 * 1024 // len(paragraph)) + b"</body></html>")
    small = FIXTURES / "articles" / "un_sanctions.txt"
    documents, rejections = _ingest(tmp_path / "s.duckdb", str(big), str(small))
    assert list(documents) == [str(small)]
    assert rejections[str(big)][0] == "too_large"
