"""analyse: the store's events in, dyad time series and summaries out.

Takes an open store connection (``detente.store.open_store``) and answers the
analyst's questions with read-only SQL over the ``events`` and ``documents`` tables:
how ties between two countries move per period (``dyad_series``), the most extreme
events between them (``top_events``), and who acts most (``top_actors``). By default
only events that happened count: hypothetical and negated events are left out.
Nothing is written.
"""
from __future__ import annotations

import duckdb

from detente.errors import StoreError

__all__ = ["PERIODS", "QUADS", "dyad_series", "top_actors", "top_events"]

# Period names accepted by ``by``; each is a DuckDB date_trunc part (weeks start Monday).
PERIODS = ("day", "week", "month", "year")
# CAMEO quad classes as stored in events.quad (the numbering GDELT's QuadClass uses).
QUADS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
COOP_QUADS = (1, 2)
CONFLICT_QUADS = (3, 4)


def _happened(*, include_hypothetical: bool, include_negated: bool) -> str:
    """SQL condition leaving out events that did not happen, unless asked for."""
    parts = ["true"]
    if not include_hypothetical:
        parts.append("NOT hypothetical")
    if not include_negated:
        parts.append("NOT negated")
    return " AND ".join(parts)


def _dyad(a: str, b: str, *, directed: bool) -> tuple[str, list]:
    """SQL condition (and params) for events between a and b, by country or actor code."""
    a, b = a.strip().upper(), b.strip().upper()
    one_way = ("((source_country = ? OR source_code = ?) "
               "AND (target_country = ? OR target_code = ?))")
    if directed:
        return one_way, [a, a, b, b]
    return f"({one_way} OR {one_way})", [a, a, b, b, b, b, a, a]


def _fetch_dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    try:
        cursor = con.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]
    except duckdb.Error as err:
        raise StoreError(f"cannot read events for analysis: {err}") from err


def dyad_series(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: str = "month",
    directed: bool = False,
    include_hypothetical: bool = False,
    include_negated: bool = False,
) -> list[dict]:
    """Summarise the events between two countries per period.

    The ties index of a period weighs each event by the size of its Goldstein score::

        ties = (sum |g| over cooperation events - sum |g| over conflict events)
               / sum |g| over all events

    Cooperation is quad 1 or 2 (verbal, material), conflict quad 3 or 4. It runs from
    -1 (only conflict) to +1 (only cooperation); 0 when the two balance or when every
    event scores 0. Events with no date (the article had no published date) have no
    period and are left out.

    Args:
        con: a connection from ``open_store``.
        a: a country code (``"KOR"``) or full actor code (``"KORGOV"``).
        b: the other side.
        by: the period: ``day``, ``week`` (starting Monday), ``month`` or ``year``.
        directed: only events with ``a`` as source and ``b`` as target; otherwise both ways.
        include_hypothetical: count hypothetical events ("will coordinate") too.
        include_negated: count negated events ("did not supply") too.

    Returns:
        One dict per period that has events, oldest first: ``period`` (the period's
        first day, a ``date``), ``events``, ``verbal_coop``, ``material_coop``,
        ``verbal_conflict``, ``material_conflict``, ``goldstein`` (mean) and ``ties``.

    Raises:
        ValueError: ``by`` is not one of ``PERIODS``.
        StoreError: the query failed.
    """
    if by not in PERIODS:
        raise ValueError(f"by={by!r} is not a period; use one of: {', '.join(PERIODS)}")
    dyad, params = _dyad(a, b, directed=directed)
    happened = _happened(include_hypothetical=include_hypothetical, include_negated=include_negated)
    quad_counts = ", ".join(
        f"count(*) FILTER (WHERE quad = {quad}) AS {name}" for quad, name in QUADS.items()
    )
    coop = f"quad IN {COOP_QUADS}"
    conflict = f"quad IN {CONFLICT_QUADS}"
    # by is checked against PERIODS above, so it is safe in the SQL text; values are bound.
    sql = f"""
        SELECT CAST(date_trunc('{by}', event_date) AS DATE) AS period,
               count(*) AS events,
               {quad_counts},
               avg(goldstein) AS goldstein,
               coalesce(
                   (coalesce(sum(abs(goldstein)) FILTER (WHERE {coop}), 0)
                    - coalesce(sum(abs(goldstein)) FILTER (WHERE {conflict}), 0))
                   / nullif(sum(abs(goldstein)), 0),
                   0.0) AS ties
        FROM events
        WHERE event_date IS NOT NULL AND {dyad} AND {happened}
        GROUP BY period
        ORDER BY period
    """
    return _fetch_dicts(con, sql, params)


def top_events(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    limit: int = 10,
    directed: bool = False,
    include_hypothetical: bool = False,
    include_negated: bool = False,
) -> list[dict]:
    """List the most extreme events between two countries, largest |Goldstein| first.

    Args:
        con: a connection from ``open_store``.
        a: a country code or full actor code.
        b: the other side.
        limit: at most this many events.
        directed: only events with ``a`` as source and ``b`` as target.
        include_hypothetical: count hypothetical events too.
        include_negated: count negated events too.

    Returns:
        Dicts with ``event_id, article_id, event_date, source_code, target_code, cameo,
        root, quad, goldstein, negated, hypothetical, speaker, sentence, sent_start,
        sent_end, title, url, uri``; ties in |Goldstein| are ordered by date, then id.

    Raises:
        ValueError: ``limit`` is not a whole number >= 0.
        StoreError: the query failed.
    """
    _check_limit(limit)
    dyad, params = _dyad(a, b, directed=directed)
    happened = _happened(include_hypothetical=include_hypothetical, include_negated=include_negated)
    sql = f"""
        SELECT e.event_id, e.article_id, e.event_date, e.source_code, e.target_code,
               e.cameo, e.root, e.quad, e.goldstein, e.negated, e.hypothetical, e.speaker,
               e.sentence, e.sent_start, e.sent_end, d.title, d.url, d.uri
        FROM events AS e JOIN documents AS d USING (article_id)
        WHERE {dyad} AND {happened}
        ORDER BY abs(e.goldstein) DESC, e.event_date NULLS LAST, e.event_id
        LIMIT ?
    """
    return _fetch_dicts(con, sql, [*params, limit])


def top_actors(
    con: duckdb.DuckDBPyConnection,
    *,
    limit: int = 10,
    include_hypothetical: bool = False,
    include_negated: bool = False,
) -> list[dict]:
    """Rank countries by the number of events they take part in, as source or target.

    Args:
        con: a connection from ``open_store``.
        limit: at most this many countries.
        include_hypothetical: count hypothetical events too.
        include_negated: count negated events too.

    Returns:
        Dicts ``{"country", "events", "as_source", "as_target"}``, most events first
        (ties by country code). ``events`` counts an event once even when the country
        is both source and target.

    Raises:
        ValueError: ``limit`` is not a whole number >= 0.
        StoreError: the query failed.
    """
    _check_limit(limit)
    happened = _happened(include_hypothetical=include_hypothetical, include_negated=include_negated)
    sql = f"""
        WITH taking_part AS (
            SELECT event_id, source_country AS country, 'source' AS side
            FROM events WHERE source_country IS NOT NULL AND {happened}
            UNION ALL
            SELECT event_id, target_country AS country, 'target' AS side
            FROM events WHERE target_country IS NOT NULL AND {happened}
        )
        SELECT country,
               count(DISTINCT event_id) AS events,
               count(*) FILTER (WHERE side = 'source') AS as_source,
               count(*) FILTER (WHERE side = 'target') AS as_target
        FROM taking_part
        GROUP BY country
        ORDER BY events DESC, country
        LIMIT ?
    """
    return _fetch_dicts(con, sql, [limit])


def _check_limit(limit: int) -> None:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"limit={limit!r} must be a whole number >= 0")
