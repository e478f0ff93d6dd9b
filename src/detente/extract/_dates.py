"""Dates and times on news pages -> ISO 8601 with a UTC offset.

Part of the extract stage. Reads the forms pages print ("2024-04-27 15:30:25",
"Monday 5 June 2017 17:48 BST", "February 28, 2019 7:25 pm IST", "8:30pm, 11 Aug, 2020")
into a :class:`Stamp`, and resolves its zone: an explicit offset, a zone abbreviation
(``data/zones.tsv``, with daylight time through :mod:`zoneinfo`), or a home zone the
caller inferred (outlet, dateline, page cues).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{4})(?!\d)"),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>\d{4})(?!\d)", re.I),
    re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)", re.I),
)
_YEAR = re.compile(r"\d{4}")
_TIME = re.compile(
    r"(?<![\d.:])(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?(?!\d)\s*(?P<ap>[ap]\.?\s?m\.?)?",
    re.I,
)
_OFFSET = re.compile(r"(?:UTC|GMT)?\s*(?P<sign>[+-])(?P<oh>\d{1,2}):?(?P<om>\d{2})?(?!\d)")
_ABBR = re.compile(r"\b(?P<abbr>[A-Z]{2,5})\b")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A date (and maybe time) read from a page, before its zone is settled."""

    moment: datetime  # naive unless the text carried an explicit offset
    has_time: bool
    abbr: str | None = None  # zone abbreviation printed after the time, e.g. "KST"


@lru_cache(maxsize=1)
def read_zone_abbreviations() -> dict[str, tuple[str, dict[str, str]]]:
    """Load ``data/zones.tsv``: abbreviation -> (zone, {country: zone})."""
    table: dict[str, tuple[str, dict[str, str]]] = {}
    text = resources.files(__package__).joinpath("data/zones.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("abbr\t"):
            continue
        cells = line.split("\t") + [""]
        alternatives = dict(pair.split("=", 1) for pair in cells[2].split(",") if "=" in pair)
        table[cells[0]] = (cells[1], alternatives)
    return table


def resolve_abbreviation(abbr: str, *, home_country: str | None = None) -> str | None:
    """The IANA zone a zone abbreviation stands for, using the home country if ambiguous."""
    entry = read_zone_abbreviations().get(abbr.upper())
    if entry is None:
        return None
    zone, alternatives = entry
    return alternatives.get(home_country or "", zone)


def parse_iso(text: str) -> datetime | None:
    """Parse an ISO 8601 timestamp as found in meta tags and JSON-LD (aware or naive)."""
    candidate = text.strip()
    if not candidate:
        return None
    if candidate.endswith("Z"):
        candidate = candidate[:-1] + "+00:00"
    candidate = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", candidate)
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def parse_stamp(text: str) -> Stamp | None:
    """Read the first date (with time and zone, if given) in a piece of page text.

    Args:
        text: a short text such as "Published: 12.02.2015, 15:37 CET".

    Returns:
        A :class:`Stamp`, or None when no full date (with year) is found.
    """
    if _YEAR.search(text) is None:  # every date pattern needs a four-digit year: most lines have none
        return None
    best = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    parts = best.groupdict()
    year = int(parts["y"])
    month = MONTHS[parts["mon"][:3].lower()] if parts.get("mon") else int(parts["m"])
    day = int(parts["d"])
    if not parts.get("mon") and month > 12 and day <= 12:
        month, day = day, month  # a US-ordered numeric date
    rest = text[: best.start()] + " " * (best.end() - best.start()) + text[best.end():]
    hour = minute = second = 0
    has_time = False
    abbr = None
    offset = None
    time_match = _TIME.search(rest)
    if time_match:
        hour, minute = int(time_match["h"]), int(time_match["mi"])
        second = int(time_match["s"] or 0)
        ampm = (time_match["ap"] or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        has_time = hour < 24 and minute < 60
        after = rest[time_match.end(): time_match.end() + 12]
        abbr, offset = _read_zone(after)
    if not has_time:
        hour = minute = second = 0
    try:
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    if offset is not None:
        moment = moment.replace(tzinfo=offset)
    return Stamp(moment=moment, has_time=has_time, abbr=abbr)


def _read_zone(text: str) -> tuple[str | None, timezone | None]:
    """A zone abbreviation or a numeric offset right after a time."""
    offset_match = _OFFSET.match(text.strip())
    if offset_match and ("UTC" in text or "GMT" in text or ":" in offset_match.group(0)):
        sign = 1 if offset_match["sign"] == "+" else -1
        delta = timedelta(hours=int(offset_match["oh"]), minutes=int(offset_match["om"] or 0))
        return None, timezone(sign * delta)
    for abbr_match in _ABBR.finditer(text):
        if abbr_match["abbr"] in read_zone_abbreviations():
            return abbr_match["abbr"], None
    return None, None


def zone_offset_iso(moment: datetime, zone_name: str) -> str | None:
    """Attach an IANA zone (with its daylight time on that date) and format ISO 8601."""
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return format_iso(moment.replace(tzinfo=zone))


def format_iso(moment: datetime) -> str:
    """ISO 8601 with a "+HH:MM" offset (never "Z")."""
    return moment.isoformat(timespec="seconds")

