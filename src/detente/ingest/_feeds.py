"""RSS and Atom feed files (``.rss``, ``.atom``, ``.xml`` that parse as a feed) -> RawDocuments.

Each entry with an article body (``content:encoded``, Atom ``content``, or a
``summary`` holding HTML) becomes an HTML RawDocument: uri = the entry link,
``hint_date`` = its published (or updated) time. An entry with only a plain-text
teaser is rejected as ``no_article``; a feed without entries as ``empty_feed``; a
``.rss``/``.atom`` file that is no feed at all as ``unreadable``. Feeds are parsed
from the file only: feedparser never fetches here.
"""
from __future__ import annotations

import calendar
import html
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser

from detente.config import Settings
from detente.ingest._files import STAGE, to_hash, to_raw_document
from detente.records import RawDocument, Rejection

FEED_SUFFIXES = {".rss", ".atom"}
XML_SUFFIX = ".xml"
_HAS_TAG = re.compile(r"<[a-zA-Z][^>]*>")


def read_feed(data: bytes) -> feedparser.FeedParserDict:
    """Parse bytes as a feed; its ``version`` is empty when they are not RSS or Atom."""
    return feedparser.parse(data)


def iter_feed(
    path: str, *, settings: Settings, data: bytes | None = None
) -> Iterator[RawDocument | Rejection]:
    """Yield a RawDocument or Rejection per entry of a feed file (or one for the file).

    ``data`` is the file's bytes when the caller has read them already.
    """
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as err:
            yield Rejection(to_hash(path.encode()), path, STAGE, "unreadable", str(err))
            return
    feed = read_feed(data)
    if not feed.get("version"):
        problem = feed.get("bozo_exception")
        detail = f"{path}: not an RSS or Atom feed" + (f" ({problem})" if problem else "")
        yield Rejection(to_hash(path.encode()), path, STAGE, "unreadable", detail)
        return
    if not feed.entries:
        yield Rejection(to_hash(path.encode() + data), path, STAGE, "empty_feed",
                        f"{path}: a {feed.version} feed with no entries")
        return
    for number, entry in enumerate(feed.entries, start=1):
        yield _to_document(path, number, entry, settings=settings)


def _to_document(path: str, number: int, entry, *, settings: Settings) -> RawDocument | Rejection:
    uri = entry.get("link") or entry.get("id") or f"{path}#entry{number}"
    body = _body(entry)
    if body is None:
        return Rejection(to_hash(f"{path}#entry{number}:{uri}".encode()), uri, STAGE, "no_article",
                         f"{path}, entry {number}: no content, only a plain-text summary or nothing")
    title = html.escape(entry.get("title", ""))
    page = (f"<html><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>\n{body}\n</article></body></html>")
    return to_raw_document(uri, page.encode("utf-8"), settings=settings,
                           content_type="text/html; charset=utf-8", hint_date=_published(entry))


def _body(entry) -> str | None:
    for content in entry.get("content") or ():
        if content.get("value", "").strip():
            return content["value"]
    summary = entry.get("summary", "")
    if summary.strip() and _HAS_TAG.search(summary):
        return summary
    return None


def _published(entry) -> str | None:
    for key in ("published", "updated"):
        written = _with_offset(entry.get(key) or "")
        if written:
            return written
    # feedparser's parsed time is UTC whatever offset the feed wrote: the last resort.
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    if moment is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(moment), tz=timezone.utc).isoformat()


def _with_offset(written: str) -> str | None:
    """The feed's own time (RFC 822 in RSS, RFC 3339 in Atom) with its offset kept."""
    moment = None
    try:
        moment = datetime.fromisoformat(written.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(written)
        except (TypeError, ValueError, IndexError):
            return None
    return moment.isoformat() if moment and moment.tzinfo else None
