"""Page dates: reading printed forms and giving them zones with daylight time."""
from __future__ import annotations

from datetime import datetime

import pytest

from detente.extract._dates import parse_stamp, resolve_abbreviation, zone_offset_iso
from detente.extract._zones import Home, settle_time


@pytest.mark.parametrize(
    "text,moment,abbr",
    [
        ("Written: 2023-03-16 21:10:05", datetime(2023, 3, 16, 21, 10, 5), None),
        ("Posted: 10.11.1989, 07:45 CET", datetime(1989, 11, 10, 7, 45), "CET"),
        ("Monday 3 June 2019 18:02 BST", datetime(2019, 6, 3, 18, 2), "BST"),
        ("October 2, 2018 9:05 pm ET", datetime(2018, 10, 2, 21, 5), "ET"),
        ("Input 2015.11.07 16:20", datetime(2015, 11, 7, 16, 20), None),
        ("7:15am, 3 Feb, 2016", datetime(2016, 2, 3, 7, 15), None),
        ("12/31/2016 11:59", datetime(2016, 12, 31, 11, 59), None),
    ],
)
def test_parse_stamp_reads_printed_forms(text, moment, abbr):
    stamp = parse_stamp(text)
    assert (stamp.moment, stamp.abbr) == (moment, abbr)


@pytest.mark.parametrize("text", ["Sept 29", "no date here", "Updated 5 minutes ago"])
def test_parse_stamp_needs_a_year(text):
    assert parse_stamp(text) is None


@pytest.mark.parametrize(
    "abbr,country,zone",
    [("ET", None, "America/New_York"), ("IST", None, "Asia/Kolkata"), ("IST", "IRL", "Europe/Dublin"),
     ("KST", None, "Asia/Seoul"), ("CST", "CHN", "Asia/Shanghai"), ("XYZ", None, None)],
)
def test_resolve_abbreviation_uses_home_country(abbr, country, zone):
    assert resolve_abbreviation(abbr, home_country=country) == zone


@pytest.mark.parametrize(
    "moment,zone,expected",
    [
        (datetime(2019, 9, 10, 8, 0), "America/New_York", "2019-09-10T08:00:00-04:00"),
        (datetime(2019, 1, 10, 8, 0), "America/New_York", "2019-01-10T08:00:00-05:00"),
        (datetime(2019, 7, 1, 12, 0), "Europe/Berlin", "2019-07-01T12:00:00+02:00"),
        (datetime(2024, 4, 27, 15, 30, 25), "Asia/Seoul", "2024-04-27T15:30:25+09:00"),
    ],
)
def test_zone_offset_iso_applies_daylight_time(moment, zone, expected):
    assert zone_offset_iso(moment, zone) == expected


def test_settle_time_abbreviation_beats_home():
    stamp = parse_stamp("September 12, 2019 10:00 ET")
    iso, note = settle_time(stamp, home=Home("Asia/Seoul", "KOR", "outlet X"), label="published")
    assert iso == "2019-09-12T10:00:00-04:00"
    assert "ET" in note


def test_settle_time_naive_gets_home_zone_with_note():
    stamp = parse_stamp("2024-01-05 09:00")
    iso, note = settle_time(stamp, home=Home("Asia/Tokyo", "JPN", "outlet NHK World"), label="published")
    assert iso == "2024-01-05T09:00:00+09:00"
    assert note == "published: offset +09:00 inferred from outlet NHK World"
