"""Reading the store: one SQL builder for the event filters, shared by list and Arrow reads."""
from __future__ import annotations

from datetime import date

import duckdb
import pyarrow as pa

from detente.store._columns import EVENT_COLUMNS


def to_date(value: str | date | None, *, name: str) -> date | None:
    """An ISO date argument as a date; ValueError naming the argument if it is not one."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as err:
        raise ValueError(f"{name}={value!r} is not an ISO date; use YYYY-MM-DD") from err


def to_root(value: str | int | None) -> str | None:
    """A CAMEO root as stored: two digits ("3" and 3 become "03")."""
    if value is None:
        return None
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= 20:
        raise ValueError(f"root={value!r} is not a CAMEO root code; use 01 to 20")
    return text.zfill(2)


def actor_clause(side: str) -> str:
    """SQL matching ``side`` (source or target) by country code or full actor code."""
    return f"({side}_country = ? OR {side}_code = ?)"


def build_events_query(
    *,
    source: str | None = None,
    target: str | None = None,
    root: str | int | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    negated: bool | None = None,
    hypothetical: bool | None = None,
    limit: int | None = None,
) -> tuple[str, list]:
    """Return ``(sql, params)`` selecting events with the filters of ``read_events``.

    Raises:
        ValueError: a date, root or limit is malformed.
    """
    where: list[str] = []
    params: list = []
    for side, value in (("source", source), ("target", target)):
        if value is not None:
            code = value.strip().upper()
            where.append(actor_clause(side))
            params += [code, code]
    if root is not None:
        where.append("root = ?")
        params.append(to_root(root))
    for op, name, value in ((">=", "since", since), ("<=", "until", until)):
        day = to_date(value, name=name)
        if day is not None:
            where.append(f"event_date {op} ?")
            params.append(day)
    for column, value in (("negated", negated), ("hypothetical", hypothetical)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(bool(value))
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY event_date NULLS LAST, article_id, sent_start, seq"
    if limit is not None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise ValueError(f"limit={limit!r} must be a whole number >= 0, or None")
        sql += " LIMIT ?"
        params.append(limit)
    return sql, params


def fetch_dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    """Run a query and return its rows as dicts keyed by column name."""
    cursor = con.execute(sql, params or [])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def fetch_arrow(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pa.Table:
    """Run a query and return a pyarrow Table.

    Through a relation: DuckDB 2 warns that Arrow from an executed (DB-API) result makes
    an extra copy of the rows. DuckDB 1.x names the method ``arrow``.
    """
    relation = con.sql(sql, params=params or None)
    to_table = getattr(relation, "to_arrow_table", None) or relation.arrow
    return to_table()
