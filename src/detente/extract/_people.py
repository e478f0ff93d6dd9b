"""Bylines, sign-offs and datelines -> authors, outlet, dateline.

Part of the extract stage. Reads "By Lena Hartmann, Europe correspondent",
"Lee Min-ji, KBS World Radio News.", "Lee Min-ji reports.", "HANOI, March 1
(Reuters) - ..." and similar lines, without knowing any site.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from detente.extract._places import find_dateline_place, find_outlet, find_places

# Words that make a byline part a role or a desk, never a person's name.
ROLE_WORDS = frozenset({
    "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer",
    "writers", "staff", "bureau", "desk", "agencies", "agency", "news", "photographer",
    "contributor", "contributors", "chief", "senior", "team", "service", "services", "wire",
    "wires", "newsroom", "producer", "columnist", "analyst", "online", "digital", "daily",
    "times", "post", "herald", "radio", "television", "tv", "press", "media", "world",
    "international", "national", "edition", "inputs", "with", "and", "by", "from",
    "report", "reports", "reporting", "special", "political", "diplomatic", "defence",
    "defense", "security", "foreign", "affairs", "economics", "business", "courier",
    # compass and region words: section names such as "Middle East" are not people
    "east", "west", "north", "south", "middle", "central", "asia", "africa", "europe",
    "americas", "pacific", "region", "latin", "gulf", "nation", "politics", "opinion",
})
# Lower-case particles allowed inside personal names ("Tamim bin Hamad al-Thani").
NAME_PARTICLES = frozenset({"al", "bin", "bint", "de", "da", "del", "della", "der", "di", "du",
                            "el", "ibn", "la", "le", "van", "von", "dos", "das", "y"})
MAX_NAME_TOKENS = 5
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’-]*\.?|[a-z]{1,4}-[A-Z][\w'’-]*)$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_BY = re.compile(r"^(?:written\s+)?by[:\s]\s*", re.I)
_HANDOFF = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3})\s+(?:reports|reporting)(?:\s+from\s+[A-Z][\w\s-]+)?\.$"
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s*\d{4})?))?"
    r"(?:\s*\((?P<agency>[^)]{2,40})\))?"
    r"\s*(?:--|—|–|-)\s+(?=\S)"
)


@dataclass(frozen=True, slots=True)
class Byline:
    """What one byline or sign-off line says."""

    authors: tuple[str, ...] = ()
    outlet: str | None = None
    place: str | None = None


def is_person_name(text: str) -> bool:
    """Whether a short text looks like a personal name ("Park Ji-won", "Omar Al-Hashimi")."""
    tokens = text.split()
    if not 2 <= len(tokens) <= MAX_NAME_TOKENS:
        return False
    if any(t.lower().strip(".,") in ROLE_WORDS for t in tokens):
        return False
    capitalised = 0
    for token in tokens:
        if token.lower() in NAME_PARTICLES:
            continue
        if not _NAME_TOKEN.match(token) or any(ch.isdigit() for ch in token):
            return False
        capitalised += 1
    if capitalised < 2 or text.isupper():
        return False
    places = find_places(text)
    return not (places and places[0].name == text)


def split_names(text: str) -> list[str]:
    """Split "A, B and C" into names, dropping roles, agencies and e-mail addresses."""
    text = re.sub(r"[\w.+-]+@[\w-]+\.[\w.-]+", " ", text)
    text = re.sub(r"\([^)]*\)", " ", text)
    names = []
    for part in re.split(r"\s*(?:,|;|&|\band\b|\||/)\s*", text):
        part = _BY.sub("", part.strip()).strip(" .:-")
        if is_person_name(part) and not _is_agency(part):
            names.append(part)
    return names


def _is_agency(text: str) -> bool:
    outlet = find_outlet(text)
    return outlet is not None and outlet.agency


def read_byline(text: str) -> Byline | None:
    """Read a header byline: "By NAME[, role]", "NAME, Staff Reporter", "NAME/City", "NAME".

    Returns None when the line names no person.
    """
    line = text.strip()
    had_by = bool(_BY.match(line))
    body = _BY.sub("", line)
    if not had_by and len(body.split()) > 8:
        return None
    segments = [s.strip() for s in re.split(r"\s+\|\s+|\s{2,}", body) if s.strip()]
    head = segments[0]
    if "/" in head and not had_by:
        head = head.split("/", 1)[0]
    # "Name, role" or "Name, Outlet correspondent": the first comma part is the name.
    first = re.split(r",\s*", head)
    names = split_names(head) if had_by else ([first[0].strip()] if is_person_name(first[0].strip()) else [])
    if not names:
        return None
    place = None
    for segment in segments[1:]:
        places = find_places(segment)
        if places and places[0].name == segment.strip():
            place = segment.strip()
            break
    return Byline(authors=tuple(names), place=place)


def read_signoff(text: str) -> Byline | None:
    """Read a closing line: "NAME, Outlet, City.", "NAME (City), with agencies",
    "(c) Outlet - NAME in City", "NAME reports.", "NAME can be reached at ...", "NAME e-mail".

    Returns None when the line is not a sign-off.
    """
    line = text.strip()
    without_email = _EMAIL.sub("", line).strip()
    if without_email != line:
        # "NAME reports. name@site" or "NAME name@site": the address only adds a contact.
        line = without_email
        if not line:
            return None
    handoff = _HANDOFF.match(line)
    if handoff and is_person_name(handoff["name"]):
        return Byline(authors=(handoff["name"],))
    if len(line.split()) > 12:
        return None
    reach = re.match(r"^(?P<name>.+?)\s+(?:can be reached|can be contacted|is reachable)\b", line)
    if reach and is_person_name(reach["name"]):
        return Byline(authors=(reach["name"],))
    email = re.match(r"^(?P<name>[^@]+?)\s+[\w.+-]+@[\w-]+\.[\w.-]+\s*$", line)
    if email and is_person_name(email["name"]):
        return Byline(authors=(email["name"],))
    copyright_line = re.match(r"^(?:\(c\)|©)\s*(?P<outlet>.+?)\s+[-–—]\s+(?P<name>.+?)(?:\s+in\s+(?P<place>[A-Z][\w -]+))?$", line)
    if copyright_line and is_person_name(copyright_line["name"]):
        return Byline(authors=(copyright_line["name"],), outlet=copyright_line["outlet"], place=copyright_line["place"])
    core = re.sub(r",?\s*with (?:agencies|agency reports|wires)\.?$", "", line, flags=re.I).rstrip(". ")
    core = re.sub(r"\s*\(([A-Z][\w -]+)\)", r", \1", core)
    parts = [p.strip() for p in core.split(",") if p.strip()]
    if not parts or any(sum(1 for w in p.split() if w[0].islower() and w.lower() not in NAME_PARTICLES) for p in parts):
        return None  # lower-case words: a sentence, not a sign-off
    if not is_person_name(parts[0]):
        return None
    outlet = None
    place = None
    for part in parts[1:]:
        places = find_places(part)
        if places and places[0].name == part:
            place = part
        elif outlet is None:
            outlet = part
    return Byline(authors=(parts[0],), outlet=outlet, place=place)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at the start of a story paragraph."""

    place: str
    date: str | None  # "Sept 29" as printed, or None
    agency: str | None
    end: int  # where the story text starts

    @property
    def text(self) -> str:
        """As stored: place and date, without the agency."""
        return f"{self.place}, {self.date}" if self.date else self.place


def read_dateline(paragraph: str) -> Dateline | None:
    """Find "HANOI, March 1 (Reuters) - " or "ASMARA - " at the start of a paragraph."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match["place"]
    if not place.isupper() and not match["agency"] and not match["date"]:
        return None  # "Title-case words - " alone is too weak a signal
    if not match["agency"] and find_dateline_place(place) is None:
        return None
    return Dateline(place=place, date=match["date"], agency=match["agency"], end=match.end())
