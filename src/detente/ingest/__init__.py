"""ingest: paths -> RawDocument (or Rejection).

Takes files, folders (searched recursively), glob
patterns and ``-`` (stdin). Gives one ``RawDocument`` per readable input, with its
content hash as ``article_id``. Rejects empty files, binary files, files over the size cap
and files of other types (by suffix), as ``Rejection`` records (stage ``ingest``) so nothing vanishes.
Only this stage reads files.
"""
from __future__ import annotations

import glob
import hashlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from detente.config import Settings
from detente.errors import InputError
from detente.records import RawDocument, Rejection

TEXT_SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Share of control bytes (other than tab/newline/CR/formfeed) above which a file is
# binary: real text pages have none; 1% tolerates a stray byte in a scraped page.
BINARY_CONTROL_SHARE = 0.01
_SNIFF_BYTES = 8192


def iter_raw_documents(
    paths: Iterable[str], *, settings: Settings | None = None
) -> Iterator[RawDocument | Rejection]:
    """Yield a RawDocument or a Rejection for every input the paths name.

    Args:
        paths: file paths, folder paths, glob patterns or ``-`` for stdin.
        settings: run settings (size cap).

    Returns:
        An iterator, in the order the paths are given (folders sorted by name).

    Raises:
        InputError: a path names nothing (no such file, folder or glob match).
    """
    settings = settings or Settings()
    for uri in _expand(paths):
        if uri == "-":
            data = sys.stdin.buffer.read()
        elif Path(uri).suffix.lower() not in TEXT_SUFFIXES:
            yield Rejection(_hash(uri.encode()), uri, "ingest", "unsupported_type",
                            f"{Path(uri).suffix} files are not read; give .html, .htm or .txt files")
            continue
        else:
            try:
                data = Path(uri).read_bytes()
            except OSError as err:
                yield Rejection(_hash(uri.encode()), uri, "ingest", "unreadable", str(err))
                continue
        yield to_raw_document(uri, data, settings=settings)


def to_raw_document(uri: str, data: bytes, *, settings: Settings | None = None) -> RawDocument | Rejection:
    """Wrap bytes from ``uri`` as a RawDocument, or reject them.

    Args:
        uri: where the bytes came from (path, URL, "<text>").
        data: the raw bytes.
        settings: run settings (size cap).

    Returns:
        A RawDocument, or a Rejection with reason empty_file, too_large or binary.
    """
    settings = settings or Settings()
    article_id = _hash(data)
    if not data.strip():
        return Rejection(article_id, uri, "ingest", "empty_file", "the file has no content")
    if len(data) > settings.max_input_bytes:
        return Rejection(
            article_id, uri, "ingest", "too_large",
            f"{len(data):,} bytes is over the cap of {settings.max_input_bytes:,} (max_input_bytes)",
        )
    if _looks_binary(data):
        return Rejection(article_id, uri, "ingest", "binary", "the file holds binary data, not text or HTML")
    return RawDocument(article_id, uri, data, _content_type(uri, data))


def _expand(paths: Iterable[str]) -> Iterator[str]:
    for path in paths:
        if path == "-":
            yield path
            continue
        p = Path(path)
        if p.is_dir():
            # Every file in a folder is an input: those of other types end as rejections, not silence.
            yield from (str(f) for f in sorted(p.rglob("*")) if f.is_file() and not f.name.startswith("."))
        elif p.is_file():
            yield path
        else:
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                raise InputError(f"{path}: no such file, folder or glob match; check the path")
            yield from (m for m in matches if Path(m).is_file())


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def _looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > BINARY_CONTROL_SHARE


def _content_type(uri: str, data: bytes) -> str:
    if Path(uri).suffix.lower() in HTML_SUFFIXES:
        return "text/html"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<head" in head:
        return "text/html"
    return "text/plain"
