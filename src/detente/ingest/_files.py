"""Single files and bytes -> RawDocument or Rejection: the checks every input passes.

Size cap, empty and binary checks, content type by suffix and sniffing. The other
ingest modules (JSON Lines, WARC, feeds, URLs) hand their records to ``to_raw_document``.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from detente.config import Settings
from detente.records import RawDocument, Rejection

STAGE = "ingest"
TEXT_SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Share of control bytes (other than tab/newline/CR/formfeed) above which a file is
# binary: real text pages have none; 1% tolerates a stray byte in a scraped page.
BINARY_CONTROL_SHARE = 0.01
_SNIFF_BYTES = 8192
_KNOWN_TYPES = ("text/html", "text/plain", "application/xhtml+xml")


def to_raw_document(
    uri: str,
    data: bytes,
    *,
    settings: Settings | None = None,
    content_type: str | None = None,
    fetched_at: str | None = None,
    hint_date: str | None = None,
) -> RawDocument | Rejection:
    """Wrap bytes from ``uri`` as a RawDocument, or reject them.

    Args:
        uri: where the bytes came from (path, URL, "<text>").
        data: the raw bytes.
        settings: run settings (size cap).
        content_type: the type the source declared (an HTTP or WARC header, with its
            charset); when absent or not a text type, it is read from the suffix and bytes.
        fetched_at: when the bytes were fetched, ISO 8601 with offset.
        hint_date: a publication date given beside the content (JSON Lines, feeds).

    Returns:
        A RawDocument, or a Rejection with reason empty_file, too_large or binary.
    """
    settings = settings or Settings()
    article_id = to_hash(data)
    if not data.strip():
        return Rejection(article_id, uri, STAGE, "empty_file", "the file has no content")
    if len(data) > settings.max_input_bytes:
        return Rejection(
            article_id, uri, STAGE, "too_large",
            f"{len(data):,} bytes is over the cap of {settings.max_input_bytes:,} (max_input_bytes)",
        )
    if _looks_binary(data):
        return Rejection(article_id, uri, STAGE, "binary", "the file holds binary data, not text or HTML")
    declared = (content_type or "").strip()
    if not declared.lower().startswith(_KNOWN_TYPES):
        declared = _content_type(uri, data)
    elif declared.lower().startswith("application/xhtml+xml"):
        declared = "text/html" + declared[len("application/xhtml+xml"):]
    return RawDocument(article_id, uri, data, declared, fetched_at=fetched_at, hint_date=hint_date)


def read_file(path: str, *, settings: Settings) -> RawDocument | Rejection:
    """Read one plain file (.html, .htm, .txt ...) as a RawDocument, or reject it."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        return Rejection(to_hash(path.encode()), path, STAGE, "unreadable", str(err))
    return to_raw_document(path, data, settings=settings)


def reject_unsupported(path: str, detail: str = "") -> Rejection:
    """A file of a type ingest does not read."""
    suffix = Path(path).suffix or "(no suffix)"
    return Rejection(
        to_hash(path.encode()), path, STAGE, "unsupported_type",
        detail or f"{suffix} files are not read; give .html, .txt, .jsonl, .warc.gz, .rss/.atom or .urls files",
    )


def to_hash(data: bytes) -> str:
    """The article id of some bytes: the first 32 hex digits of their sha256."""
    return hashlib.sha256(data).hexdigest()[:32]


def _looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > BINARY_CONTROL_SHARE


def _content_type(uri: str, data: bytes) -> str:
    if Path(uri.split("#")[0]).suffix.lower() in HTML_SUFFIXES:
        return "text/html"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<head" in head:
        return "text/html"
    return "text/plain"
