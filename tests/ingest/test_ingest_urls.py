"""ingest: URLs and .urls files, fetched from a local test server (never the internet)."""
import pytest

from detente.config import Settings
from detente.ingest import iter_raw_documents
from detente.records import RawDocument, Rejection

FAST = Settings(fetch_timeout=0.5, fetch_retries=2, fetch_backoff=0.01)


def _fetch(url: str, settings: Settings = FAST) -> RawDocument | Rejection:
    (result,) = list(iter_raw_documents([url], settings=settings))
    return result


def test_iter_raw_documents_fetches_a_url(web):
    document = _fetch(f"{web}/news/summit.html")
    assert isinstance(document, RawDocument)
    assert document.uri == f"{web}/news/summit.html"
    assert b"Yoon Suk Yeol met" in document.data
    assert document.content_type == "text/html; charset=utf-8"
    assert document.fetched_at and document.fetched_at.endswith("+00:00")


def test_iter_raw_documents_keeps_the_http_charset(web):
    assert _fetch(f"{web}/news/korean.html").content_type == "text/html; charset=EUC-KR"


@pytest.mark.parametrize(
    ("path", "reason", "words"),
    [
        ("/missing", "fetch_failed", "HTTP 404"),
        ("/slow", "fetch_failed", "timeout"),
        ("/private/memo.html", "fetch_failed", "robots.txt"),
        ("/big", "too_large", "max_input_bytes"),
        ("/big-stream", "too_large", "max_input_bytes"),
        ("/flaky", "fetch_failed", "HTTP 503"),
    ],
)
def test_iter_raw_documents_rejects_failed_fetch(web, path, reason, words):
    rejection = _fetch(f"{web}{path}", Settings(max_input_bytes=5000, fetch_timeout=0.5, fetch_backoff=0.01))
    assert isinstance(rejection, Rejection)
    assert (rejection.stage, rejection.reason, rejection.uri) == ("ingest", reason, f"{web}{path}")
    assert words in rejection.detail


def test_iter_raw_documents_retries_5xx_with_backoff(web):
    _fetch(f"{web}/flaky")
    assert web.hits["/flaky"] == 1 + FAST.fetch_retries


def test_iter_raw_documents_does_not_retry_4xx(web):
    _fetch(f"{web}/missing")
    assert web.hits["/missing"] == 1


def test_iter_raw_documents_reads_robots_once_per_host(web):
    list(iter_raw_documents([f"{web}/news/summit.html", f"{web}/missing", f"{web}/private/memo.html"],
                            settings=FAST))
    assert web.hits["/robots.txt"] == 1
    assert web.hits["/private/memo.html"] == 0


def test_iter_raw_documents_sends_its_user_agent(web):
    _fetch(f"{web}/news/summit.html")
    assert set(web.agents) == {"detente/0.1 (+https://example.invalid/detente)"}


def test_iter_raw_documents_reports_refused_connection():
    rejection = _fetch("http://127.0.0.1:9/page.html", Settings(fetch_timeout=0.5, fetch_retries=1, fetch_backoff=0.01))
    assert rejection.reason == "fetch_failed"
    assert "cannot connect" in rejection.detail and "2 tries" in rejection.detail


def test_iter_raw_documents_reads_a_urls_file(web, tmp_path):
    urls = tmp_path / "today.urls"
    urls.write_text(f"# today's reading\n{web}/news/summit.html\n\nnot a url\n{web}/missing\n", encoding="utf-8")
    results = list(iter_raw_documents([str(urls)], settings=FAST))
    assert [r.reason if isinstance(r, Rejection) else "ok" for r in results] == ["ok", "bad_record", "fetch_failed"]
    assert results[1].uri == f"{urls}#L4" and f"{urls}, line 4" in results[1].detail
