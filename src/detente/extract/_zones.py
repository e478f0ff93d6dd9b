"""Give page times their UTC offset, and say how (``Article.notes``).

Part of the extract stage. Order of evidence for a time printed without an offset:
1. a zone abbreviation next to it ("ET", "KST"; ambiguous ones by the home country);
2. the outlet's home zone from ``data/outlets.tsv`` (name or URL);
3. cues on the page: footer address, "news from X"/weather lines, reporter's city,
   dateline, first country in the menu (weighted, see ``_text.py``);
4. the country the story names most.

The outlet's home country (``Article.outlet_country``) comes from 2 and 3 only.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from detente.extract._dates import Stamp, format_iso, resolve_abbreviation, zone_offset_iso
from detente.extract._parts import PageParts
from detente.extract._places import Outlet, country_zone, find_dateline_place, find_outlet, find_outlet_by_url, find_places

# Weight the dateline place adds to the home cues (same as a reporter's city).
DATELINE_CUE_WEIGHT = 2
# The story's most-named country is used only when named at least this often.
MIN_STORY_COUNTRY_MENTIONS = 2


@dataclass(frozen=True, slots=True)
class Home:
    """The zone a naive page time is read in, and why."""

    zone: str
    country: str | None
    reason: str  # "outlet KBS World Radio", "page cue 'Singapore'" ...


@dataclass(frozen=True, slots=True)
class PlaceVerdict:
    """The country the page's place cues point to, and the evidence that decided it."""

    country: str  # ISO3
    example: str  # a place name of that country seen on the page ("Singapore")
    kind: str  # the strongest cue for it: "footer address", "weather line", "dateline" ...


def weigh_place_cues(parts: PageParts, *, skip_kinds: frozenset[str] = frozenset()) -> PlaceVerdict | None:
    """The country the page's place cues (footer, taglines, bylines, dateline, menu) favour."""
    scores: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    examples: dict[str, str] = {}
    kinds: dict[str, tuple[int, str]] = {}  # country -> (weight, kind) of its strongest cue, first on ties
    for position, cue in enumerate(parts.cues):
        if cue.kind in skip_kinds:
            continue
        _count(cue.place.country, cue.place.name, cue.weight, cue.kind, position, scores, first_seen, examples, kinds)
    if parts.dateline_place:
        place = find_dateline_place(parts.dateline_place)
        if place is not None:
            _count(place.country, place.name, DATELINE_CUE_WEIGHT, "dateline", len(parts.cues),
                   scores, first_seen, examples, kinds)
    if not scores:
        return None
    country = max(scores, key=lambda c: (scores[c], -first_seen[c]))
    return PlaceVerdict(country, examples[country], kinds[country][1])


def _count(country: str, name: str, weight: int, kind: str, position: int, scores: Counter[str],
           first_seen: dict[str, int], examples: dict[str, str], kinds: dict[str, tuple[int, str]]) -> None:
    scores[country] += weight
    first_seen.setdefault(country, position)
    examples.setdefault(country, name)
    if country not in kinds or kinds[country][0] < weight:
        kinds[country] = (weight, kind)


def infer_home(parts: PageParts) -> Home | None:
    """Where the outlet's clock is, from the strongest evidence on the page."""
    outlet = _known_outlet(parts)
    if outlet is not None:
        return Home(outlet.zone, outlet.country, f"outlet {outlet.name}")
    verdict = weigh_place_cues(parts)
    if verdict is not None:
        zone = country_zone(verdict.country)
        if zone:
            return Home(zone, verdict.country, f"page mentions of {verdict.example} ({verdict.country})")
    counts = Counter(p.country for paragraph in parts.paragraphs for p in find_places(paragraph))
    if counts:
        country, count = counts.most_common(1)[0]
        zone = country_zone(country)
        if zone and count >= MIN_STORY_COUNTRY_MENTIONS:
            return Home(zone, country, f"the story's most-named country {country}")
    return None


def infer_outlet_country(parts: PageParts) -> tuple[str | None, str | None]:
    """(ISO3 of the outlet's home country, note): the outlet table, else the page's place cues.

    The story's most-named country is not used: it says what the story is about, not where
    the outlet is. A zone abbreviation next to a time does not name a country either, so the
    place cues are read whatever gave the time its offset.
    """
    outlet = _known_outlet(parts)
    if outlet is not None and outlet.country:
        return outlet.country, f"outlet_country: {outlet.country} from outlet {outlet.name}"
    # A menu's first country is good enough for a clock (neighbours share zones) but not for
    # a home: a Seoul paper's menu opens with its "North Korea" desk.
    verdict = weigh_place_cues(parts, skip_kinds=frozenset({"menu country"}))
    if verdict is not None:
        return verdict.country, f"outlet_country: {verdict.country} inferred from {verdict.kind}"
    return None, None


def _known_outlet(parts: PageParts) -> Outlet | None:
    return (find_outlet(parts.outlet) if parts.outlet else None) or find_outlet_by_url(parts.url)


def settle_time(value: Stamp | datetime | None, *, home: Home | None, label: str) -> tuple[str | None, str | None]:
    """(ISO 8601 string with offset, note) for one page time."""
    if value is None:
        return None, None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return format_iso(value), None
        value = Stamp(moment=value, has_time=True)
    if not value.has_time and value.moment.tzinfo is None:
        return value.moment.date().isoformat(), None
    if value.moment.tzinfo is not None:
        return format_iso(value.moment), None
    if value.abbr:
        zone = resolve_abbreviation(value.abbr, home_country=home.country if home else None)
        if zone:
            iso = zone_offset_iso(value.moment, zone)
            return iso, f"{label}: zone {value.abbr} read as {zone}"
    if home is not None:
        iso = zone_offset_iso(value.moment, home.zone)
        if iso:
            return iso, f"{label}: offset {iso[19:]} inferred from {home.reason}"
    return value.moment.isoformat(timespec="seconds"), f"{label}: no time zone found; time left without offset"
