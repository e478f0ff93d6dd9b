"""dyad_series, top_events and top_actors on a small hand-made store."""
from __future__ import annotations

from datetime import date

import pytest

from detente.analyse import dyad_series, top_actors, top_events
from detente.store import write_coded

ACCUSE = dict(cameo="112", quad=3, goldstein=-2.0, sentence="Seoul accused Moscow of arming Pyongyang.")
MEET = dict(cameo="036", quad=1, goldstein=4.0, sentence="Moscow said it wants to meet Seoul.")
SANCTION = dict(cameo="163", quad=4, goldstein=-8.0, sentence="Moscow imposed sanctions on Seoul.")
AID = dict(cameo="073", quad=2, goldstein=7.4, sentence="Seoul sent aid to Moscow.")


@pytest.fixture
def stored(db, build):
    """KOR-RUS events over March and April 2024 plus noise that must not count."""
    docs = [
        build.document("m1", title="Seoul and Moscow trade words", published="2024-03-05T09:00:00+09:00", events=(
            build.event("KORGOV", "RUS", start=0, **ACCUSE),
            build.event("RUSGOV", "KORGOV", start=50, **MEET),
            build.event("KORGOV", "RUS", start=90, hypothetical=True, **MEET),
        )),
        build.document("m2", title="Moscow sanctions Seoul", published="2024-03-20T12:00:00+03:00", events=(
            build.event("RUS", "KOR", **SANCTION),
            build.event("KOR", "RUS", start=60, negated=True, **AID),
        )),
        build.document("m3", title="Seoul sends aid", published="2024-04-27T07:00:00+09:00", events=(
            build.event("KORGOV", "RUSGOV", **AID),
            build.event("KOR", "RUS", start=40, **MEET),
            build.event("JPNGOV", "PRK", start=80, **SANCTION),
            build.event("KORGOV", "JPNGOV", start=120, **MEET),
        )),
        build.document("u1", title="Undated", published=None, events=(build.event("KOR", "RUS", **ACCUSE),)),
    ]
    for doc in docs:
        write_coded(db, doc)
    return db


def series(rows) -> list[tuple]:
    return [
        (row["period"], row["events"], row["verbal_coop"], row["material_coop"],
         row["verbal_conflict"], row["material_conflict"])
        for row in rows
    ]


def test_dyad_series_by_month_counts_each_quad(stored):
    rows = dyad_series(stored, "KOR", "RUS")
    assert series(rows) == [
        (date(2024, 3, 1), 3, 1, 0, 1, 1),
        (date(2024, 4, 1), 2, 1, 1, 0, 0),
    ]


def test_dyad_series_by_month_goldstein_and_ties(stored):
    march, april = dyad_series(stored, "KOR", "RUS")
    assert march["goldstein"] == pytest.approx((-2.0 + 4.0 - 8.0) / 3)
    assert march["ties"] == pytest.approx((4.0 - 2.0 - 8.0) / (2.0 + 4.0 + 8.0))
    assert april["goldstein"] == pytest.approx((7.4 + 4.0) / 2)
    assert april["ties"] == pytest.approx(1.0)


def test_dyad_series_same_either_way_round(stored):
    assert dyad_series(stored, "RUS", "KOR") == dyad_series(stored, "KOR", "RUS")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("KOR", "RUS", [(date(2024, 3, 1), 1, -2.0, -1.0), (date(2024, 4, 1), 2, 5.7, 1.0)]),
        ("RUS", "KOR", [(date(2024, 3, 1), 2, -2.0, -4.0 / 12.0)]),
    ],
)
def test_dyad_series_directed(stored, a, b, expected):
    rows = dyad_series(stored, a, b, directed=True)
    got = [(row["period"], row["events"], row["goldstein"], row["ties"]) for row in rows]
    assert got == [pytest.approx(row) for row in expected]


@pytest.mark.parametrize(
    ("by", "periods"),
    [
        ("day", [date(2024, 3, 5), date(2024, 3, 20), date(2024, 4, 27)]),
        ("week", [date(2024, 3, 4), date(2024, 3, 18), date(2024, 4, 22)]),
        ("month", [date(2024, 3, 1), date(2024, 4, 1)]),
        ("year", [date(2024, 1, 1)]),
    ],
)
def test_dyad_series_periods(stored, by, periods):
    assert [row["period"] for row in dyad_series(stored, "KOR", "RUS", by=by)] == periods


def test_dyad_series_by_year_totals(stored):
    (year,) = dyad_series(stored, "KOR", "RUS", by="year")
    assert year["events"] == 5
    assert year["ties"] == pytest.approx((4.0 + 7.4 + 4.0 - 2.0 - 8.0) / (2.0 + 4.0 + 8.0 + 7.4 + 4.0))


@pytest.mark.parametrize(
    ("options", "march_events"),
    [
        ({}, 3),
        ({"include_hypothetical": True}, 4),
        ({"include_negated": True}, 4),
        ({"include_hypothetical": True, "include_negated": True}, 5),
    ],
)
def test_dyad_series_hypothetical_and_negated_left_out_by_default(stored, options, march_events):
    march = dyad_series(stored, "KOR", "RUS", **options)[0]
    assert march["events"] == march_events


def test_dyad_series_matches_actor_codes(stored):
    rows = dyad_series(stored, "KORGOV", "RUSGOV")
    assert series(rows) == [(date(2024, 3, 1), 1, 1, 0, 0, 0), (date(2024, 4, 1), 1, 0, 1, 0, 0)]


def test_dyad_series_zero_goldstein_gives_neutral_ties(db, build):
    statement = dict(cameo="010", quad=1, goldstein=0.0, sentence="Seoul commented on Moscow.")
    write_coded(db, build.document("z1", events=(build.event("KOR", "RUS", **statement),)))
    (row,) = dyad_series(db, "KOR", "RUS")
    assert (row["events"], row["goldstein"], row["ties"]) == (1, 0.0, 0.0)


def test_dyad_series_no_events_is_empty(stored):
    assert dyad_series(stored, "KOR", "USA") == []


@pytest.mark.parametrize("by", ["quarter", "Month", "", "decade"])
def test_dyad_series_invalid_by_raises(stored, by):
    with pytest.raises(ValueError, match="use one of: day, week, month, year"):
        dyad_series(stored, "KOR", "RUS", by=by)


def test_top_events_most_extreme_first_with_title(stored):
    rows = top_events(stored, "KOR", "RUS", limit=3)
    assert [(row["event_id"], row["goldstein"]) for row in rows] == [
        ("m2-0", -8.0), ("m3-0", 7.4), ("m1-1", 4.0),
    ]
    assert rows[0]["title"] == "Moscow sanctions Seoul"
    assert rows[0]["sentence"] == SANCTION["sentence"]


def test_top_events_leave_out_what_did_not_happen(stored):
    rows = top_events(stored, "KOR", "RUS", limit=100)
    assert len(rows) == 6
    assert not any(row["negated"] or row["hypothetical"] for row in rows)


def test_top_events_bad_limit_raises(stored):
    with pytest.raises(ValueError, match="limit"):
        top_events(stored, "KOR", "RUS", limit=-5)


def test_top_actors_ranks_countries(stored):
    assert top_actors(stored) == [
        {"country": "KOR", "events": 7, "as_source": 5, "as_target": 2},
        {"country": "RUS", "events": 6, "as_source": 2, "as_target": 4},
        {"country": "JPN", "events": 2, "as_source": 1, "as_target": 1},
        {"country": "PRK", "events": 1, "as_source": 0, "as_target": 1},
    ]


def test_top_actors_limit(stored):
    assert [row["country"] for row in top_actors(stored, limit=2)] == ["KOR", "RUS"]
