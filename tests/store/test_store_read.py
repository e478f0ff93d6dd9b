"""read_events (and its Arrow twin), read_counts and read_rejections."""
from __future__ import annotations

from datetime import date

import pyarrow as pa
import pytest

from detente.store import read_counts, read_events, read_events_arrow, read_rejections, write_coded

ACCUSE = dict(cameo="112", quad=3, goldstein=-2.0, sentence="Seoul accused Moscow of arming Pyongyang.")
SANCTION = dict(cameo="163", quad=4, goldstein=-8.0, sentence="Tokyo imposed sanctions on Pyongyang.")
MEET = dict(cameo="036", quad=1, goldstein=4.0, sentence="Seoul said it would meet Moscow.")
AID = dict(cameo="073", quad=2, goldstein=7.4, sentence="Moscow sent food aid to Pyongyang.")


@pytest.fixture
def stored(db, build):
    """Five events in three articles over two months (ids a1-0, a1-1, a2-0, a2-1, a3-0)."""
    docs = [
        build.document("a1", published="2024-03-05T09:00:00+09:00", events=(
            build.event("KORGOV", "RUS", start=0, **ACCUSE),
            build.event("KORGOV", "RUSGOV", start=50, hypothetical=True, **MEET),
        )),
        build.document("a2", published="2024-04-27T10:00:00+09:00", events=(
            build.event("JPNGOV", "PRK", start=40, **SANCTION),
            build.event("RUSGOV", "PRK", start=0, negated=True, **AID),
        )),
        build.document("a3", published=None, events=(build.event("KORMIL", "PRKMIL", **ACCUSE),)),
    ]
    for doc in docs:
        write_coded(db, doc)
    return db


def ids(rows) -> list[str]:
    return [row["event_id"] for row in rows]


def test_read_events_orders_by_date_article_sentence(stored):
    # a2's events are stored in the order 40, 0 but read by sentence start; undated last.
    assert ids(read_events(stored)) == ["a1-0", "a1-1", "a2-1", "a2-0", "a3-0"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"source": "KOR"}, ["a1-0", "a1-1", "a3-0"]),
        ({"source": "korgov"}, ["a1-0", "a1-1"]),
        ({"source": "KORMIL"}, ["a3-0"]),
        ({"target": "PRK"}, ["a2-1", "a2-0", "a3-0"]),
        ({"target": "RUSGOV"}, ["a1-1"]),
        ({"source": "KOR", "target": "RUS"}, ["a1-0", "a1-1"]),
        ({"root": "11"}, ["a1-0", "a3-0"]),
        ({"root": 3}, ["a1-1"]),
        ({"since": "2024-04-01"}, ["a2-1", "a2-0"]),
        ({"until": "2024-03-31"}, ["a1-0", "a1-1"]),
        ({"since": date(2024, 3, 5), "until": "2024-03-05"}, ["a1-0", "a1-1"]),
        ({"negated": True}, ["a2-1"]),
        ({"negated": False}, ["a1-0", "a1-1", "a2-0", "a3-0"]),
        ({"hypothetical": True}, ["a1-1"]),
        ({"hypothetical": False, "negated": False}, ["a1-0", "a2-0", "a3-0"]),
        ({"limit": 2}, ["a1-0", "a1-1"]),
        ({"limit": 0}, []),
        ({"source": "USA"}, []),
    ],
)
def test_read_events_filters(stored, filters, expected):
    assert ids(read_events(stored, **filters)) == expected


@pytest.mark.parametrize(
    "filters",
    [{}, {"source": "KOR"}, {"since": "2024-04-01", "negated": False}, {"root": "16", "limit": 1}],
)
def test_read_events_arrow_matches_read_events(stored, filters):
    table = read_events_arrow(stored, **filters)
    assert isinstance(table, pa.Table)
    assert table.to_pylist() == read_events(stored, **filters)


@pytest.mark.parametrize(
    ("filters", "words"),
    [
        ({"since": "27/04/2024"}, "since='27/04/2024' is not an ISO date"),
        ({"until": "yesterday"}, "until='yesterday' is not an ISO date"),
        ({"root": "21"}, "not a CAMEO root code"),
        ({"limit": -1}, "limit=-1 must be a whole number"),
    ],
)
def test_read_events_bad_argument_raises(stored, filters, words):
    with pytest.raises(ValueError, match=words):
        read_events(stored, **filters)


def test_read_events_source_value_is_bound_not_formatted(stored):
    assert read_events(stored, source="KOR' OR '1'='1") == []


def test_read_counts(stored, build):
    write_coded(stored, build.rejection("r1", reason="empty_text"))
    write_coded(stored, build.rejection("r2", reason="empty_text"))
    write_coded(stored, build.rejection("r3", reason="binary", stage="ingest"))
    assert read_counts(stored) == {
        "documents": 3, "events": 5, "mentions": 0, "quotes": 0,
        "rejections": {"binary": 1, "empty_text": 2}, "rejected": 3,
    }


def test_read_counts_empty_store(db):
    assert read_counts(db) == {
        "documents": 0, "events": 0, "mentions": 0, "quotes": 0, "rejections": {}, "rejected": 0,
    }


def test_read_rejections_lists_each_with_reason(db, build):
    write_coded(db, build.rejection("r1", reason="empty_text"))
    write_coded(db, build.rejection("r2", reason="binary", stage="ingest"))
    rows = read_rejections(db)
    assert sorted((row["article_id"], row["stage"], row["reason"]) for row in rows) == [
        ("r1", "extract", "empty_text"), ("r2", "ingest", "binary"),
    ]
    assert set(rows[0]) == {"article_id", "uri", "stage", "reason", "detail", "rejected_at"}
