"""JSON Lines files (``.jsonl``, ``.ndjson``) -> one RawDocument per record.

Each line is a JSON object ``{"url": ..., "html": ... | "text": ..., "date": ...}``.
The document's uri is the record's url, else ``<file>#L<n>``; ``date`` becomes the
``hint_date``. A line that is not such an object is rejected as ``bad_record`` naming
the file and line; the rest of the file is still read. Blank lines are not records.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from detente.config import Settings
from detente.ingest._files import STAGE, to_hash, to_raw_document
from detente.records import RawDocument, Rejection

JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def iter_jsonl(path: str, *, settings: Settings) -> Iterator[RawDocument | Rejection]:
    """Yield a RawDocument or Rejection for every non-blank line of a JSON Lines file."""
    try:
        handle = Path(path).open("rb")
    except OSError as err:
        yield Rejection(to_hash(path.encode()), path, STAGE, "unreadable", str(err))
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield _to_document(path, number, line, settings=settings)


def _to_document(path: str, number: int, line: bytes, *, settings: Settings) -> RawDocument | Rejection:
    where = f"{path}#L{number}"
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        return _bad(where, line, f"{path}, line {number}: not JSON ({err})")
    if not isinstance(record, dict):
        return _bad(where, line, f"{path}, line {number}: a JSON {type(record).__name__}, not an object")
    html, text = record.get("html"), record.get("text")
    body = html if isinstance(html, str) and html.strip() else text
    if not isinstance(body, str) or not body.strip():
        return _bad(where, line, f"{path}, line {number}: no \"html\" or \"text\" field with content")
    url = record.get("url")
    date = record.get("date")
    return to_raw_document(
        url if isinstance(url, str) and url.strip() else where,
        body.encode("utf-8"),
        settings=settings,
        content_type="text/html; charset=utf-8" if body is html else "text/plain; charset=utf-8",
        hint_date=date if isinstance(date, str) and date.strip() else None,
    )


def _bad(where: str, line: bytes, detail: str) -> Rejection:
    # The id mixes place and bytes, so two bad lines never share one rejection row.
    return Rejection(to_hash(where.encode() + b"\n" + line), where, STAGE, "bad_record", detail)
