"""Load the actor dictionaries (TSV data files in ``actors/data/``).

Files and their columns are described in each file's header. Users extend them with
their own folders of files with the same names and columns (countries.tsv, people.tsv,
...), listed in the environment variable ``DETENTE_ACTOR_DATA`` (separated like PATH);
their rows are read after the packaged ones.
"""
from __future__ import annotations

import csv
import functools
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

DATA = resources.files("detente") / "actors" / "data"
# Environment variable naming extra folders of actor dictionaries (see the module docstring).
USER_DATA_VARIABLE = "DETENTE_ACTOR_DATA"


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer phrase and what it stands for."""

    phrase: str
    kind: str  # state, capital, seat, demonym, institution, igo, person
    country: str
    role: str
    name: str


@dataclass(frozen=True, slots=True)
class Office:
    """A dated office holder from people.tsv."""

    name: str
    country: str
    role: str
    office: str
    start: str  # YYYY-MM-DD or ""
    end: str


def _rows(filename: str) -> list[list[str]]:
    """Rows of the packaged file, then of the same file in each user folder."""
    rows: list[list[str]] = []
    for folder in (DATA, *_user_folders()):
        path = folder / filename
        if not Path(str(path)).exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            lines = (line for line in handle if line.strip() and not line.startswith("#"))
            rows += [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return rows


def _user_folders() -> list[Path]:
    return [Path(part) for part in os.environ.get(USER_DATA_VARIABLE, "").split(os.pathsep) if part]


def _alternatives(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


@functools.cache
def read_entries() -> tuple[Entry, ...]:
    """All gazetteer phrases: states, capitals, seats, demonyms, institutions, bodies, people."""
    entries: list[Entry] = []
    for row in _rows("countries.tsv"):
        if len(row) < 6 or row[0] == "iso3":
            continue
        iso3, name, aliases, adjectives, capitals, seats = row[:6]
        for phrase in [name, *_alternatives(aliases)]:
            entries.append(Entry(phrase, "state", iso3, "GOV", name))
        for phrase in _alternatives(capitals):
            entries.append(Entry(phrase, "capital", iso3, "GOV", name))
        for phrase in _alternatives(seats):
            entries.append(Entry(phrase, "seat", iso3, "GOV", name))
        names = {name, *_alternatives(aliases)}
        for phrase in _alternatives(adjectives):
            if phrase not in names:  # "Myanmar" is a name first; its adjective use reads the same
                entries.append(Entry(phrase, "demonym", iso3, "", name))
    for filename, kind in (("institutions.tsv", "institution"), ("bodies.tsv", "igo")):
        for row in _rows(filename):
            if len(row) < 3 or row[0] == "phrase":
                continue
            phrases, country, role = row[:3]
            name = row[3] if len(row) > 3 and row[3] else _alternatives(phrases)[0]
            for phrase in _alternatives(phrases):
                entries.append(Entry(phrase, kind, country, role, name))
    for name, offices in read_offices().items():
        entries.append(Entry(name, "person", offices[0].country, offices[0].role, name))
    roles = read_roles()
    for row in _rows("people.tsv"):
        if len(row) > 1 and row[0] != "name":
            for alias in _alternatives(row[1]):
                words = alias.lower().split()
                if " ".join(words[:2]) in roles or words[0] in roles:
                    continue  # "Crown Prince Mohammed": the title is resolved as a title, the name as a name
                entries.append(Entry(alias, "person", "", "", row[0]))
    return tuple(entries)


@functools.cache
def read_offices() -> dict[str, tuple[Office, ...]]:
    """Dated office holders by canonical name."""
    offices: dict[str, list[Office]] = {}
    for row in _rows("people.tsv"):
        if len(row) < 7 or row[0] == "name":
            continue
        name, _aliases, country, role, office, start, end = row[:7]
        offices.setdefault(name, []).append(Office(name, country, role, office, start, end))
    return {name: tuple(rows) for name, rows in offices.items()}


@functools.cache
def read_aliases() -> dict[str, str]:
    """Other spellings of registry people -> their canonical name."""
    aliases = {}
    for row in _rows("people.tsv"):
        if len(row) > 1 and row[0] != "name":
            for alias in _alternatives(row[1]):
                aliases[alias] = row[0]
    return aliases


@functools.cache
def read_roles() -> dict[str, tuple[str, bool]]:
    """Lower-case agent nouns and titles -> (role, names an individual)."""
    roles: dict[str, tuple[str, bool]] = {}
    for row in _rows("roles.tsv"):
        if len(row) < 2 or row[0] == "phrase":
            continue
        person = len(row) > 2 and row[2] == "1"
        for phrase in _alternatives(row[0]):
            roles[phrase.lower()] = (row[1], person)
    return roles
