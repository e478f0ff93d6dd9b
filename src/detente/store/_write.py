"""Writing coded documents: one transaction per document, idempotent by article id."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime

import duckdb

from detente.records import Actor, CodedDocument
from detente.store._columns import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    REJECTION_COLUMNS,
)

# Reason stored when a document's text is identical to one already stored.
# Stage "store"; kept beside records.REJECTION_REASONS so that articles in = stored + rejected.
DUPLICATE_REASON = "duplicate"
STORE_STAGE = "store"

# Rows per multi-row INSERT; DuckDB's executemany runs one statement per row, which is
# far slower for the tens of events and mentions an article carries.
INSERT_CHUNK = 200

_WHITESPACE = re.compile(r"\s+")

def to_text_hash(text: str) -> str | None:
    """sha256 of the text after NFKC and whitespace folding; None for empty text."""
    normal = _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    if not normal:
        return None
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def to_datetime(value: str | None) -> datetime | None:
    """Parse an ISO 8601 string; None when absent or unparseable."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def to_event_date(published: str | None) -> date | None:
    """The calendar date of ``published`` in its own offset (a KST morning stays that day)."""
    moment = to_datetime(published)
    return moment.date() if moment else None


def has_row(con: duckdb.DuckDBPyConnection, table: str, article_id: str) -> bool:
    """True when ``table`` (a constant name, never user input) holds the article id."""
    sql = f"SELECT 1 FROM {table} WHERE article_id = ? LIMIT 1"
    return con.execute(sql, [article_id]).fetchone() is not None


def find_same_text(con: duckdb.DuckDBPyConnection, text_hash: str) -> tuple[str, str] | None:
    """``(article_id, uri)`` of a stored document with this text hash, if any."""
    sql = "SELECT article_id, uri FROM documents WHERE text_hash = ? ORDER BY ingested_at LIMIT 1"
    return con.execute(sql, [text_hash]).fetchone()


def insert_rows(
    con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: Sequence[Sequence]
) -> None:
    """INSERT rows with bound parameters, many rows per statement."""
    if not rows:
        return
    row_placeholders = "(" + ", ".join("?" * len(columns)) + ")"
    insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    for first in range(0, len(rows), INSERT_CHUNK):
        chunk = rows[first:first + INSERT_CHUNK]
        params = [value for row in chunk for value in row]
        con.execute(insert + ", ".join([row_placeholders] * len(chunk)), params)


def _actor_values(actor: Actor | None) -> tuple:
    if actor is None:
        return (None, None, None, None)
    return (actor.country, actor.role, actor.name, actor.code)


def _document_row(doc: CodedDocument, text_hash: str | None) -> tuple:
    article = doc.article
    published_at = to_datetime(article.published)
    if published_at is not None and published_at.tzinfo is None:
        # A naive time would be read in the session's zone; keep only the text.
        published_at = None
    return (
        doc.article_id, doc.uri, article.title, article.outlet, article.published,
        published_at, article.updated, list(article.authors), article.section,
        article.dateline, article.url, article.language, article.text, list(article.notes),
        text_hash,
    )


def _mention_rows(doc: CodedDocument) -> list[tuple]:
    return [
        (doc.article_id, seq, m.mention, m.start, m.end, *_actor_values(m.actor), m.kind,
         m.rule, m.person, [member.code for member in m.members])
        for seq, m in enumerate(doc.mentions)
    ]


def _event_rows(doc: CodedDocument) -> list[tuple]:
    event_date = to_event_date(doc.article.published)
    return [
        (f"{doc.article_id}-{seq}", doc.article_id, seq, e.sentence, e.start, e.end,
         *_actor_values(e.source), *_actor_values(e.target), e.cameo, e.root, e.quad,
         float(e.goldstein), e.negated, e.hypothetical, e.speaker, e.trigger, e.coder,
         event_date)
        for seq, e in enumerate(doc.events)
    ]


def _quote_rows(doc: CodedDocument) -> list[tuple]:
    return [
        (doc.article_id, seq, q.speaker, q.speaker_country, q.text, q.start, q.end)
        for seq, q in enumerate(doc.quotes)
    ]


def write_document(con: duckdb.DuckDBPyConnection, doc: CodedDocument) -> bool:
    """Insert the document and its rows; the caller holds the transaction."""
    if has_row(con, "documents", doc.article_id):
        return False
    text_hash = to_text_hash(doc.article.text)
    if text_hash is not None:
        first_copy = find_same_text(con, text_hash)
        if first_copy is not None:
            detail = f"same text as article {first_copy[0]} ({first_copy[1]})"
            write_rejection(con, doc.article_id, doc.uri, STORE_STAGE, DUPLICATE_REASON, detail)
            return False
    # A retried input that failed before (e.g. fetch_failed) and now codes: it is stored,
    # so it no longer counts as rejected.
    con.execute("DELETE FROM rejections WHERE article_id = ?", [doc.article_id])
    insert_rows(con, "documents", DOCUMENT_COLUMNS, [_document_row(doc, text_hash)])
    insert_rows(con, "mentions", MENTION_COLUMNS, _mention_rows(doc))
    insert_rows(con, "events", EVENT_COLUMNS, _event_rows(doc))
    insert_rows(con, "quotes", QUOTE_COLUMNS, _quote_rows(doc))
    return True


def write_rejection(
    con: duckdb.DuckDBPyConnection, article_id: str, uri: str, stage: str, reason: str,
    detail: str,
) -> bool:
    """Insert one rejection row unless the article is already stored or rejected."""
    if has_row(con, "documents", article_id) or has_row(con, "rejections", article_id):
        return False
    insert_rows(con, "rejections", REJECTION_COLUMNS, [(article_id, uri, stage, reason, detail)])
    return True
