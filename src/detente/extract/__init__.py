"""The extract stage: ``RawDocument`` -> ``Article`` (clean body text + metadata).

Takes:
    a ``RawDocument`` from ingest: bytes with content type "text/html" or "text/plain".
Gives:
    an ``Article``: title (without a site suffix), body text (paragraphs joined by a blank
    line) and paragraphs, published/updated as ISO 8601 with UTC offset, authors, outlet,
    outlet_country (ISO3: the outlet table, else the page's place cues), section, dateline
    ("HANOI, March 1"), url, language, photo captions and credits taken out of the body
    (``captions``), and notes on inferred values.
    HTML goes through trafilatura plus the page's own metadata (JSON-LD, meta tags,
    ``<time>``); scraped plain text goes through our line classifier, which separates
    site furniture, header lines and story; clean wire texts are read from their dateline.
Rejects (``Rejection(stage="extract", reason=...)``):
    ``binary``        the bytes are not text;
    ``bad_encoding``  text in no encoding we can decode;
    ``no_article``    an HTML page without an article body;
    ``empty_text``    nothing left after cleaning.
"""
from __future__ import annotations

from datetime import datetime

from detente.extract._decode import DecodeFailure, decode_bytes
from detente.extract._html import read_html
from detente.extract._parts import PageParts
from detente.extract._places import find_outlet
from detente.extract._text import read_plain_text
from detente.extract._zones import infer_home, infer_outlet_country, settle_time
from detente.records import Article, RawDocument, Rejection

__all__ = ["extract_article"]

STAGE = "extract"


def extract_article(raw: RawDocument) -> Article | Rejection:
    """Clean one raw document into an article.

    Args:
        raw: the document as ingest read it.

    Returns:
        The ``Article``, or a ``Rejection`` with reason ``binary``, ``bad_encoding``,
        ``no_article`` or ``empty_text``.

    Raises:
        Nothing for bad input: every per-document failure is a ``Rejection``.
    """
    is_html = raw.content_type.lower().startswith("text/html") or _looks_like_html(raw.data)
    try:
        text = decode_bytes(raw.data, is_html=is_html, content_type=raw.content_type)
    except DecodeFailure as failure:
        return Rejection(raw.article_id, raw.uri, STAGE, failure.reason, failure.detail)
    if not text.strip():
        return Rejection(raw.article_id, raw.uri, STAGE, "empty_text", "the document is blank")
    parts = read_html(text) if is_html else read_plain_text(text)
    if not parts.paragraphs:
        if is_html:
            return Rejection(raw.article_id, raw.uri, STAGE, "no_article", "no article body found in the HTML page")
        return Rejection(raw.article_id, raw.uri, STAGE, "empty_text",
                         "no story lines left after removing site furniture")
    return _to_article(raw, parts)


def _read_hint_date(hint: str, *, home) -> str | None:
    try:
        moment = datetime.fromisoformat(hint.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if "T" not in hint and " " not in hint.strip():
        return moment.date().isoformat()  # a bare date: no time to give an offset to
    published, _ = settle_time(moment, home=home, label="published")
    return published


def _is_outlet_name(text: str) -> bool:
    outlet = find_outlet(text)
    return outlet is not None and outlet.pattern.fullmatch(text) is not None


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _to_article(raw: RawDocument, parts: PageParts) -> Article:
    notes = list(parts.notes)
    known = find_outlet(parts.outlet) if parts.outlet else None
    outlet = known.name if known else parts.outlet
    if known and parts.outlet != known.name:
        notes.append(f"outlet: {parts.outlet!r} read as {known.name}")
    home = infer_home(parts)
    published, note = settle_time(parts.published, home=home, label="published")
    notes.extend([note] if note else [])
    if published is None and raw.hint_date:
        # A date given beside the content (a JSON Lines "date", a feed entry's published).
        published = _read_hint_date(raw.hint_date, home=home)
        notes.extend([f"published: from the date given with the input ({raw.hint_date})"] if published else [])
    updated, note = settle_time(parts.updated, home=home, label="updated")
    notes.extend([note] if note else [])
    outlet_country, note = infer_outlet_country(parts)
    notes.extend([note] if note else [])
    authors = tuple(a for a in dict.fromkeys(parts.authors) if not (_is_outlet_name(a) or a == outlet))
    paragraphs = tuple(p for p in parts.paragraphs if p)
    return Article(
        article_id=raw.article_id,
        uri=raw.uri,
        text="\n\n".join(paragraphs),
        title=parts.title,
        published=published,
        updated=updated,
        authors=authors,
        outlet=outlet,
        outlet_country=outlet_country,
        section=parts.section,
        dateline=parts.dateline,
        url=parts.url,
        language=parts.language or "en",
        paragraphs=paragraphs,
        captions=tuple(dict.fromkeys(c for c in parts.captions if c)),
        notes=tuple(notes),
    )
