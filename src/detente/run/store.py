"""Ingest into a store: the local runner's output written to DuckDB, streaming.

Inputs are read lazily (a WARC or a feed of thousands of records is never held whole in
memory); those already in the store (stored or rejected) are skipped, so a killed ingest
resumes where it stopped. Each article is written in its own transaction.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from detente.config import Settings
from detente.errors import StoreError
from detente.ingest import iter_raw_documents
from detente.records import CodedDocument, RawDocument, Rejection
from detente.run.local import code_documents
from detente.store import has_article, open_store, write_coded


@dataclass(slots=True)
class IngestSummary:
    """What one ingest did: inputs read, stored, skipped, folded and rejected (by reason)."""

    read: int = 0
    stored: int = 0
    already_stored: int = 0
    duplicates: int = 0
    events: int = 0
    rejected: Counter[str] = field(default_factory=Counter)


def ingest_paths(
    paths: Iterable[str], *, db: str | Path, settings: Settings | None = None,
    on_article: Callable[[CodedDocument], None] | None = None,
) -> IngestSummary:
    """Code every input the paths name and store it, or its rejection, in the DuckDB file ``db``.

    Args:
        paths: files, folders, globs, URLs or ``-`` (see ``detente.ingest``).
        db: the store file; created and migrated if needed.
        settings: run settings.
        on_article: called after each article is written (progress bars).

    Returns:
        The counts of what was read, stored, skipped and rejected.

    Raises:
        InputError: a path names nothing (inputs before it are already stored).
        StoreError: the store cannot be opened.
    """
    summary = IngestSummary()
    con = open_store(db)
    try:
        fresh = _fresh(iter_raw_documents(paths, settings=settings), con, summary)
        for document in code_documents(fresh, settings=settings):
            _write(con, document, summary)
            if on_article is not None:
                on_article(document)
    finally:
        con.close()
    return summary


def _fresh(items: Iterable[RawDocument | Rejection], con: duckdb.DuckDBPyConnection,
           summary: IngestSummary) -> Iterator[RawDocument | Rejection]:
    for item in items:
        summary.read += 1
        if has_article(con, item.article_id):
            summary.already_stored += 1
        else:
            yield item


def _write(con: duckdb.DuckDBPyConnection, document: CodedDocument, summary: IngestSummary) -> None:
    try:
        added = write_coded(con, document)
    except StoreError as error:  # one unstorable article must not end the batch
        rejection = Rejection(document.article_id, document.uri, "store", "store_error", str(error))
        document = CodedDocument(document.article_id, document.uri, None, rejected=rejection)
        added = write_coded(con, document)
    if document.rejected:
        summary.rejected[document.rejected.reason] += 1
    elif added:
        summary.stored += 1
        summary.events += len(document.events)
    else:
        summary.duplicates += 1
