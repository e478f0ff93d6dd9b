"""store: coded documents in, a DuckDB file out; read_* functions back.

Takes ``CodedDocument`` records from the events stage and keeps them in DuckDB:
``documents``, ``mentions``, ``events``, ``quotes`` and ``rejections`` (schema in
``migrations/``, documented in ``docs/store.md``). Each input lands in exactly one of
``documents`` or ``rejections``, so articles in = stored + rejected. Writing is
idempotent by article id (the content hash); a text identical to a stored one is
folded into ``rejections`` with reason ``duplicate``. Only this package touches the
database.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import duckdb
import pyarrow as pa

from detente.errors import StoreError
from detente.records import CodedDocument
from detente.store import _migrate, _read, _write

__all__ = [
    "DUPLICATE_REASON",
    "has_article",
    "open_store",
    "read_counts",
    "read_events",
    "read_events_arrow",
    "read_rejections",
    "write_coded",
]

DUPLICATE_REASON = _write.DUPLICATE_REASON
MEMORY = ":memory:"

_Fetched = TypeVar("_Fetched")  # what a fetch function returns: rows or an Arrow table


def open_store(path: str | Path) -> duckdb.DuckDBPyConnection:
    """Open (or create) a détente store and bring its schema up to date.

    Missing parent folders are created. Migrations from ``store/migrations`` that the
    file's ``migrations`` table does not list yet are applied, each in its own
    transaction. ``":memory:"`` opens a throwaway in-memory store.

    Args:
        path: the DuckDB file, e.g. ``detente.duckdb``.

    Returns:
        An open connection; close it with ``con.close()``. One connection is not
        thread-safe: give each thread ``con.cursor()``.

    Raises:
        StoreError: the file is locked by another process, is not a DuckDB database,
            cannot be created, or a migration fails.
    """
    target = str(path)
    if target != MEMORY:
        file = Path(path).expanduser()
        target = str(file)
        if file.is_dir():
            raise StoreError(
                f"cannot open the store {file}: it is a folder; "
                f"give a file path such as {file / 'detente.duckdb'}"
            )
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(
                f"cannot create the folder for the store {file}: {err.strerror}; "
                "choose a writable path"
            ) from err
    try:
        con = duckdb.connect(target)
    except duckdb.Error as err:
        raise StoreError(_explain_open_error(target, err)) from err
    try:
        _migrate.apply_migrations(con)
    except duckdb.Error as err:
        con.close()
        raise StoreError(
            f"cannot update the schema of the store {target}: {err}. The file was left as it "
            "was before the failing migration; check that it is writable and was made by détente"
        ) from err
    return con


def _explain_open_error(target: str, err: duckdb.Error) -> str:
    message = str(err)
    if "lock" in message.lower():
        hint = ("another process (a running détente ingest or a DuckDB shell) has it open; "
                "wait for it to finish or close it, then retry")
    elif "not a valid DuckDB database" in message:
        hint = ("the file exists but is not a DuckDB database; "
                "pass another path or move the file away")
    else:
        hint = "check the path and its permissions"
    return f"cannot open the store {target}: {message}. What to do: {hint}"


def write_coded(con: duckdb.DuckDBPyConnection, doc: CodedDocument) -> bool:
    """Store one coded document, or its rejection, in one transaction.

    A document goes to ``documents`` with its ``mentions``, ``events`` and ``quotes``;
    events get ``event_date``, the article's published date in its own offset. A
    document with ``doc.rejected`` set goes to ``rejections`` instead. Nothing is
    written twice: an article id already in ``documents`` (or, for a rejection,
    already in either table) is skipped. A document whose normalised text (NFKC,
    whitespace folded) equals a stored one is folded: it is recorded in
    ``rejections`` with stage ``store``, reason ``duplicate`` and the id of the first
    copy, and False is returned. A stored document replaces an earlier rejection of
    the same article id (a retried fetch that now works).

    Args:
        con: a connection from ``open_store``, not inside a transaction.
        doc: the coded document.

    Returns:
        True when a new document or rejection was stored; False when it was already
        there or folded as a duplicate.

    Raises:
        StoreError: the document has neither an article nor a rejection, or the write
            failed (nothing of it is kept).
    """
    try:
        con.begin()
    except duckdb.Error as err:
        raise StoreError(
            f"cannot start a transaction to store article {doc.article_id} ({doc.uri}): {err}; "
            "write_coded runs its own transaction, so call it outside one"
        ) from err
    try:
        if doc.rejected is not None:
            rejected = doc.rejected
            written = _write.write_rejection(
                con, doc.article_id, rejected.uri or doc.uri, rejected.stage, rejected.reason,
                rejected.detail or "",
            )
        elif doc.article is not None:
            written = _write.write_document(con, doc)
        else:
            raise StoreError(
                f"cannot store article {doc.article_id} ({doc.uri}): it has neither an article "
                "nor a rejection; a stage must return one of them"
            )
        con.commit()
    except duckdb.Error as err:
        _rollback(con)
        raise StoreError(
            f"cannot store article {doc.article_id} ({doc.uri}): {err}; nothing of it was written"
        ) from err
    except BaseException:
        _rollback(con)
        raise
    return written


@contextlib.contextmanager
def _store_error(what: str) -> Iterator[None]:
    """Turn a DuckDB error inside the block into a ``StoreError`` saying ``what`` failed."""
    try:
        yield
    except duckdb.Error as err:
        raise StoreError(f"{what}: {err}") from err


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    # A failed COMMIT has already ended the transaction; a second error would hide the first.
    with contextlib.suppress(duckdb.TransactionException):
        con.rollback()


def has_article(
    con: duckdb.DuckDBPyConnection, article_id: str, *, include_rejected: bool = True
) -> bool:
    """Tell whether an article is already in the store, so a resumed ingest can skip it.

    Args:
        con: a connection from ``open_store``.
        article_id: the content hash.
        include_rejected: also count articles recorded in ``rejections``.

    Returns:
        True when the article id is in ``documents`` (or ``rejections``).

    Raises:
        StoreError: the query failed.
    """
    with _store_error(f"cannot look up article {article_id}"):
        if _write.has_row(con, "documents", article_id):
            return True
        return include_rejected and _write.has_row(con, "rejections", article_id)


def read_events(
    con: duckdb.DuckDBPyConnection,
    *,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    negated: bool | None = None,
    hypothetical: bool | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Read events, filtered, ordered by event date, article and sentence start.

    Args:
        con: a connection from ``open_store``.
        source: a country code (``"KOR"``) or full actor code (``"KORGOV"``) of the source.
        target: the same for the target.
        root: CAMEO root code, ``"03"`` (``"3"`` and ``3`` work too).
        since: first event date to include, ISO ``YYYY-MM-DD`` (inclusive).
        until: last event date to include (inclusive).
        negated: True or False to keep only (non-)negated events; None keeps both.
        hypothetical: the same for hypothetical events.
        limit: at most this many rows.

    Returns:
        One dict per event with the ``events`` columns (``event_date`` a ``date`` or None).
        Events without a date come last.

    Raises:
        ValueError: a date, root or limit is malformed.
        StoreError: the query failed.
    """
    return _read_events(
        con, _read.fetch_dicts, source=source, target=target, root=root, since=since,
        until=until, negated=negated, hypothetical=hypothetical, limit=limit,
    )


def read_events_arrow(
    con: duckdb.DuckDBPyConnection,
    *,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    negated: bool | None = None,
    hypothetical: bool | None = None,
    limit: int | None = None,
) -> pa.Table:
    """Read events as a pyarrow Table; same filters and order as ``read_events``.

    Args:
        con: a connection from ``open_store``.
        source, target, root, since, until, negated, hypothetical, limit: see ``read_events``.

    Returns:
        A Table with the ``events`` columns.

    Raises:
        ValueError: a date, root or limit is malformed.
        StoreError: the query failed.
    """
    return _read_events(
        con, _read.fetch_arrow, source=source, target=target, root=root, since=since,
        until=until, negated=negated, hypothetical=hypothetical, limit=limit,
    )


def _read_events(
    con: duckdb.DuckDBPyConnection, fetch: Callable[[duckdb.DuckDBPyConnection, str, list], _Fetched],
    **filters: object,
) -> _Fetched:
    """Build the filtered events query once and run it with ``fetch`` (rows or Arrow)."""
    sql, params = _read.build_events_query(**filters)
    with _store_error("cannot read events"):
        return fetch(con, sql, params)


def read_counts(con: duckdb.DuckDBPyConnection) -> dict:
    """Count what the store holds.

    Args:
        con: a connection from ``open_store``.

    Returns:
        ``{"documents": n, "rejected": n, "rejections": {reason: n}, "events": n,
        "mentions": n, "quotes": n}``; ``documents + rejected`` is the number of
        distinct inputs seen.

    Raises:
        StoreError: the query failed.
    """
    with _store_error("cannot count the store's rows"):
        counts = {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "events", "mentions", "quotes")
        }
        reasons = con.execute(
            "SELECT reason, count(*) FROM rejections GROUP BY reason ORDER BY reason"
        ).fetchall()
    counts["rejections"] = dict(reasons)
    counts["rejected"] = sum(counts["rejections"].values())
    return counts


def read_rejections(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Read every rejected input with its stage, reason and detail.

    Args:
        con: a connection from ``open_store``.

    Returns:
        Dicts with ``article_id, uri, stage, reason, detail, rejected_at``, oldest first.

    Raises:
        StoreError: the query failed.
    """
    sql = ("SELECT article_id, uri, stage, reason, detail, rejected_at FROM rejections "
           "ORDER BY rejected_at, article_id")
    with _store_error("cannot read rejections"):
        return _read.fetch_dicts(con, sql)
