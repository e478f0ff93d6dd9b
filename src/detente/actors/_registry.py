"""Dated office holders: who held which office on an article's date.

Part of the actors stage. A person found in ``people.tsv`` is coded by the office they
held on the article's date; after leaving it (and a grace period) as ELI, a former
office holder. A lone surname resolves only when exactly one person with that surname
(or family name, for names written family name first) held an office on that date.
"""
from __future__ import annotations

import datetime
import functools

from detente.actors._dictionaries import Office, read_aliases, read_offices
from detente.records import Actor

# Days after leaving office during which news still codes a person by the office: the
# stories about a leader's exit, death or handover come in the following weeks.
FORMER_AFTER_DAYS = 30


def registry_actor(name: str, date: str, *, written: str) -> tuple[Actor, str] | None:
    """(actor, rule) for a registry person named ``name`` (canonical or alias) at ``date``;
    ``written`` is the name as the article writes it, kept when it is a full name."""
    canonical = read_aliases().get(name, name)
    office = _office_at(read_offices().get(canonical, ()), date)
    if office is None:
        return None
    role = office.role if _in_office(office, date) else "ELI"
    shown = written if len(written.split()) > 1 else office.name  # "Jim Mattis" as the article writes him
    return Actor(office.country, role, shown), _rule(office, "registry")


def surname_actor(text: str, date: str) -> tuple[Actor, str] | None:
    """(actor, rule) for the one person with this surname in office at ``date``; else for the
    one who left such an office before it (as ELI); None when undated, ambiguous or unknown."""
    if not date or " " in text:
        return None
    offices = _surnames().get(text, ())
    current = {o.name: o for o in offices if _in_office(o, date)}
    if len(current) == 1:
        office = next(iter(current.values()))
        return Actor(office.country, office.role, office.name), _rule(office, "registry surname")
    former = {o.name for o in offices if o.end and o.end < date}
    if not current and len(former) == 1:
        office = max((o for o in offices if o.end and o.end < date), key=lambda o: o.end)
        return Actor(office.country, "ELI", office.name), _rule(office, "registry surname, former")
    return None


def _rule(office: Office, source: str) -> str:
    return f"{source}:{office.name}:{office.office}:{office.start}..{office.end}"


def _in_office(office: Office, date: str) -> bool:
    if not date:
        return True  # undated article: no grounds to call anyone a former office holder
    return (not office.start or office.start <= date) and (not office.end or date <= _grace_end(office.end))


def _grace_end(end: str) -> str:
    """News keeps calling a leader by the office for a while after it ends ("the ousted president
    left for exile"); only after FORMER_AFTER_DAYS is the person a former office holder."""
    return (datetime.date.fromisoformat(end) + datetime.timedelta(days=FORMER_AFTER_DAYS)).isoformat()


def _office_at(offices: tuple[Office, ...], date: str) -> Office | None:
    """The office held at ``date`` (the most recently taken, when several are held at once);
    else the latest one taken before it; undated, the latest taken."""
    current = [o for o in offices if _in_office(o, date)]
    if current:
        return max(current, key=lambda o: o.start)
    before = [o for o in offices if o.start and o.start <= date]
    return max(before, key=lambda o: o.start) if before else None


@functools.cache
def _surnames() -> dict[str, tuple[Office, ...]]:
    """Surname -> offices. Both the last and the first part of a name are indexed, since
    Chinese and Korean names put the family name first ("Xi Jinping" -> "Xi")."""
    index: dict[str, set[Office]] = {}
    names = [(name, name) for name in read_offices()] + list(read_aliases().items())
    for written, canonical in names:
        parts = written.replace("-", " ").split()
        if len(parts) > 1:
            for part in {parts[0], parts[-1]}:
                index.setdefault(part, set()).update(read_offices().get(canonical, ()))
    return {surname: tuple(offices) for surname, offices in index.items()}
