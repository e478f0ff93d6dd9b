"""ingest: sources -> RawDocument (or Rejection). The only stage that reads files or the network.

Takes:
    files, folders (searched recursively), glob patterns, ``-`` (stdin) and http(s) URLs.
    By form (file suffix):
      ``.html``/``.htm``/``.xhtml``/``.txt``/no suffix  one document per file;
      ``.jsonl``/``.ndjson``  one document per line ``{"url", "html"|"text", "date"?}``;
      ``.warc``/``.warc.gz``  one document per HTML ``response`` record (Common Crawl News);
      ``.rss``/``.atom`` (and ``.xml`` that parses as a feed)  one document per entry;
      ``.urls``  one URL per line, each fetched (as are URLs given directly).
Gives:
    one ``RawDocument`` per readable record, with its content hash as ``article_id``,
    its uri (path, ``path#L<n>``, or URL), declared content type (charset kept),
    ``fetched_at`` (WARC, URLs) and ``hint_date`` (JSON Lines, feeds).
Rejects (``Rejection(stage="ingest", reason=...)``), so nothing vanishes:
    ``empty_file``, ``binary``, ``too_large``, ``unsupported_type``, ``unreadable`` (a file
    that cannot be read or breaks part-way, e.g. a truncated WARC.gz), ``bad_record`` (a
    JSON Lines or ``.urls`` line that is not a record), ``empty_feed``, ``no_article`` (a feed
    entry without a body), ``fetch_failed`` (HTTP status, timeout, robots.txt disallow).
    For multi-record files, records in = documents + rejections.
"""
from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from detente.config import Settings
from detente.errors import InputError
from detente.ingest._feeds import FEED_SUFFIXES, XML_SUFFIX, iter_feed, read_feed
from detente.ingest._files import (
    STAGE,
    TEXT_SUFFIXES,
    read_file,
    reject_unsupported,
    to_hash,
    to_raw_document,
)
from detente.ingest._jsonl import JSONL_SUFFIXES, iter_jsonl
from detente.ingest._urls import URLS_SUFFIX, Fetcher, is_url
from detente.ingest._warc import is_warc, iter_warc
from detente.records import RawDocument, Rejection

__all__ = ["iter_raw_documents", "to_raw_document"]


def iter_raw_documents(
    paths: Iterable[str], *, settings: Settings | None = None
) -> Iterator[RawDocument | Rejection]:
    """Yield a RawDocument or a Rejection for every input the paths name.

    Args:
        paths: file paths, folder paths, glob patterns, http(s) URLs or ``-`` for stdin.
        settings: run settings (size cap, fetch timeout, retries, user agent).

    Returns:
        An iterator, in the order the paths are given (folders sorted by name, records
        in file order). The network is used only for URLs and ``.urls`` files.

    Raises:
        InputError: a path names nothing (no such file, folder or glob match).
    """
    settings = settings or Settings()
    fetcher: Fetcher | None = None
    try:
        for uri in _expand(paths):
            if uri == "-":
                yield to_raw_document(uri, sys.stdin.buffer.read(), settings=settings)
            elif is_url(uri) or uri.lower().endswith(URLS_SUFFIX):
                fetcher = fetcher or Fetcher(settings=settings)
                yield from [fetcher.fetch(uri)] if is_url(uri) else fetcher.iter_url_file(uri)
            else:
                yield from _read_path(uri, settings=settings)
    finally:
        if fetcher is not None:
            fetcher.close()


def _read_path(path: str, *, settings: Settings) -> Iterator[RawDocument | Rejection]:
    suffix = Path(path).suffix.lower()
    if is_warc(path):
        yield from iter_warc(path, settings=settings)
    elif suffix in JSONL_SUFFIXES:
        yield from iter_jsonl(path, settings=settings)
    elif suffix in FEED_SUFFIXES:
        yield from iter_feed(path, settings=settings)
    elif suffix == XML_SUFFIX:
        yield from _read_xml(path, settings=settings)
    elif suffix in TEXT_SUFFIXES:
        yield read_file(path, settings=settings)
    else:
        yield reject_unsupported(path)


def _read_xml(path: str, *, settings: Settings) -> Iterator[RawDocument | Rejection]:
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        yield Rejection(to_hash(path.encode()), path, STAGE, "unreadable", str(err))
        return
    if read_feed(data).get("version"):
        yield from iter_feed(path, settings=settings, data=data)
    else:
        yield reject_unsupported(path, f"{path}: an .xml file that is not an RSS or Atom feed")


def _expand(paths: Iterable[str]) -> Iterator[str]:
    for path in paths:
        if path == "-" or is_url(path):
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
