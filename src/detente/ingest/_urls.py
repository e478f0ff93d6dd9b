"""URLs -> RawDocuments, fetched over HTTP(S): the only place détente uses the network.

URLs come from ``.urls`` files (one per line; blank lines and ``#`` comments skipped)
or are given directly as inputs. Each fetch sends ``Settings.user_agent``, obeys the
host's robots.txt (read once per host, with protego), gives up after
``Settings.fetch_timeout`` seconds of silence, stops reading once the page passes
``Settings.max_input_bytes``, and retries connect errors and 5xx answers
``Settings.fetch_retries`` times with doubling back-off. Failures are
``Rejection(reason="fetch_failed")`` whose detail says which (HTTP status, timeout,
robots.txt disallow, connect error); a page over the cap is ``too_large``.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from protego import Protego

from detente.config import Settings
from detente.ingest._files import STAGE, to_hash, to_raw_document
from detente.records import RawDocument, Rejection

URLS_SUFFIX = ".urls"
URL_SCHEMES = ("http://", "https://")
# RFC 9309 asks crawlers to read at least 500 KiB of robots.txt; more is ignored.
ROBOTS_MAX_BYTES = 500 * 1024
# Product token matched against robots.txt User-agent lines.
ROBOTS_AGENT = "detente"


def is_url(text: str) -> bool:
    """True for an http(s) URL."""
    return text.lower().startswith(URL_SCHEMES)


class _Failure(Exception):
    """One fetch failed; ``reason`` is a Rejection reason."""

    def __init__(self, detail: str, reason: str = "fetch_failed") -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


class Fetcher:
    """Fetches URLs with one HTTP client and a robots.txt cache per host; close it after use."""

    def __init__(self, *, settings: Settings) -> None:
        self.settings = settings
        self._client = httpx.Client(
            timeout=settings.fetch_timeout, follow_redirects=True,
            headers={"User-Agent": settings.user_agent},
        )
        self._robots: dict[str, Protego | None] = {}

    def close(self) -> None:
        """Close the HTTP client."""
        self._client.close()

    def fetch(self, url: str) -> RawDocument | Rejection:
        """Fetch one URL into a RawDocument, or a Rejection saying why not."""
        try:
            if not self._allowed(url):
                raise _Failure(f"robots.txt of {urlsplit(url).netloc} disallows {url} for {ROBOTS_AGENT}")
            data, content_type = self._get(url, cap=self.settings.max_input_bytes)
        except _Failure as failure:
            return Rejection(to_hash(url.encode()), url, STAGE, failure.reason, failure.detail)
        fetched_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        return to_raw_document(url, data, settings=self.settings, content_type=content_type, fetched_at=fetched_at)

    def iter_url_file(self, path: str) -> Iterator[RawDocument | Rejection]:
        """Fetch every URL listed in a ``.urls`` file; a line that is no URL is a bad_record."""
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as err:
            yield Rejection(to_hash(path.encode()), path, STAGE, "unreadable", str(err))
            return
        for number, line in enumerate(lines, start=1):
            url = line.strip()
            if not url or url.startswith("#"):
                continue
            if is_url(url):
                yield self.fetch(url)
            else:
                where = f"{path}#L{number}"
                yield Rejection(to_hash(f"{where}\n{url}".encode()), where, STAGE, "bad_record",
                                f"{path}, line {number}: {url!r} is not an http(s) URL")

    def _get(self, url: str, *, cap: int) -> tuple[bytes, str]:
        attempt = 0
        while True:
            try:
                return self._get_once(url, cap=cap)
            except _Retry as retry:
                if attempt >= self.settings.fetch_retries:
                    raise _Failure(f"{retry.detail} (after {attempt + 1} tries)") from retry
            time.sleep(self.settings.fetch_backoff * 2 ** attempt)
            attempt += 1

    def _get_once(self, url: str, *, cap: int) -> tuple[bytes, str]:
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code >= 500:
                    raise _Retry(f"HTTP {response.status_code} from {url}")
                if response.status_code >= 400:
                    raise _Failure(f"HTTP {response.status_code} from {url}")
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > cap:
                    raise _Failure(f"{url}: {int(declared):,} bytes announced, over the cap of {cap:,} "
                                   "(max_input_bytes)", reason="too_large")
                data = bytearray()
                for chunk in response.iter_bytes():
                    data += chunk
                    if len(data) > cap:  # a server may send more than it announced, or announce nothing
                        raise _Failure(f"{url}: more than {cap:,} bytes, the cap (max_input_bytes)",
                                       reason="too_large")
                return bytes(data), response.headers.get("Content-Type", "")
        except (httpx.ConnectError, httpx.ConnectTimeout) as err:
            raise _Retry(f"cannot connect to {urlsplit(url).netloc}: {type(err).__name__}: {err}") from err
        except httpx.TimeoutException as err:
            # A server that stalls once will likely stall again: no retry, the batch moves on.
            raise _Failure(f"timeout: no answer from {url} within {self.settings.fetch_timeout} s "
                           f"(fetch_timeout; {type(err).__name__})") from err
        except httpx.HTTPError as err:
            raise _Failure(f"{url}: {type(err).__name__}: {err}") from err

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            self._robots[host] = self._read_robots(host)
        robots = self._robots[host]
        return robots is None or robots.can_fetch(url, ROBOTS_AGENT)

    def _read_robots(self, host: str) -> Protego | None:
        """The host's rules; None (all allowed) when it has no robots.txt."""
        try:
            data, _ = self._get_once(f"{host}/robots.txt", cap=ROBOTS_MAX_BYTES)
        except _Retry as retry:
            if retry.detail.startswith("HTTP 5"):
                # RFC 9309 2.3.1.4: an unreachable robots.txt (5xx) means "disallow all".
                return Protego.parse("User-agent: *\nDisallow: /")
            return None  # no connection: the page fetch reports the real error
        except _Failure:
            # 4xx (no robots.txt), a timeout or an oversize file: RFC 9309 2.3.1.3, all allowed.
            return None
        return Protego.parse(data.decode("utf-8", errors="replace"))


class _Retry(Exception):
    """A failure worth another try: a connect error or a 5xx answer."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail
