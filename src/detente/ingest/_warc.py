"""WARC files (``.warc``, ``.warc.gz``; Common Crawl News is WARC) -> RawDocuments.

Every ``response`` record whose HTTP Content-Type is HTML becomes a RawDocument with
the WARC-Target-URI as uri and the WARC-Date as ``fetched_at``. Other records (request,
metadata, warcinfo, responses for images or scripts) are not articles and are skipped.
A file that breaks part-way (truncated gzip, corrupt record) keeps the documents read
before the break and adds one ``unreadable`` Rejection for the file, with the error.
"""
from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from detente.config import Settings
from detente.ingest._files import STAGE, to_hash, to_raw_document
from detente.records import RawDocument, Rejection

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class _TruncatedArchive(Exception):
    """The gzip stream ends before its end marker: the file was cut off."""


class _GzipReader:
    """A gzip file whose early end raises _TruncatedArchive: warcio reads EOFError as a clean end."""

    def __init__(self, path: str) -> None:
        self._file = gzip.open(path, "rb")

    def read(self, size: int = -1) -> bytes:
        try:
            # read1 hands over what was inflated before the cut; read() would drop it.
            return self._file.read1(size)
        except EOFError as err:
            raise _TruncatedArchive(f"the gzip data is cut off ({err})") from err

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> _GzipReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# What a broken archive raises inside warcio: a bad record header, a cut gzip member,
# a stream that ends early.
_BREAKS = (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError, _TruncatedArchive)


def is_warc(path: str) -> bool:
    """True when the file name says WARC."""
    return path.lower().endswith(WARC_SUFFIXES)


def iter_warc(path: str, *, settings: Settings) -> Iterator[RawDocument | Rejection]:
    """Yield a RawDocument per HTML response record, then a Rejection if the file breaks."""
    try:
        # Python's gzip, not warcio's own inflater: warcio takes a cut-off gzip member for
        # the end of the file, and the records lost after the cut would vanish unreported.
        handle = _GzipReader(path) if path.lower().endswith(".gz") else Path(path).open("rb")
    except OSError as err:
        yield Rejection(to_hash(path.encode()), path, STAGE, "unreadable", str(err))
        return
    count = 0
    with handle:
        records = iter(ArchiveIterator(handle))
        while True:
            try:
                record = next(records, None)
                if record is None:
                    break
                document = _to_document(record, settings=settings)
            except _BREAKS as err:
                detail = (f"{path}: the archive breaks after {count} record(s): {type(err).__name__.lstrip('_')}: {err}; "
                          "the records before the break were kept")
                yield Rejection(to_hash(path.encode()), path, STAGE, "unreadable", detail)
                return
            count += 1
            if document is not None:
                yield document
    if count == 0:
        yield Rejection(to_hash(path.encode()), path, STAGE, "unreadable", f"{path}: no WARC records found")


def _to_document(record, *, settings: Settings) -> RawDocument | Rejection | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    # Read one byte past the cap so an oversize page is seen without loading all of it.
    data = record.content_stream().read(settings.max_input_bytes + 1)
    return to_raw_document(uri, data, settings=settings, content_type=content_type,
                           fetched_at=_to_iso(record.rec_headers.get_header("WARC-Date")))


def _to_iso(warc_date: str | None) -> str | None:
    if not warc_date:
        return None
    return warc_date[:-1] + "+00:00" if warc_date.endswith("Z") else warc_date
