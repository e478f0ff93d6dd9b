"""The pieces a reader (HTML or plain text) finds on a page, before dates get zones.

Part of the extract stage: ``_html.py`` and ``_text.py`` fill a :class:`PageParts`;
``__init__.py`` settles time zones and builds the ``Article``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from detente.extract._dates import Stamp
from detente.extract._places import Place


@dataclass(slots=True)
class HomeCue:
    """A place that hints where the outlet is (footer address, tagline, sign-off city)."""

    place: Place
    weight: int  # see the *_CUE_WEIGHT constants in _text.py
    source: str  # the line it came from, for notes
    kind: str = "page cue"  # what the line is, for notes: "footer address", "weather line", "reporter's city" ...


@dataclass(slots=True)
class PageParts:
    """Everything one page gave, with dates still naive where the page was naive."""

    kind: str  # "html", "scrape" or "wire"
    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    published: Stamp | datetime | None = None  # datetime = exact ISO from metadata
    updated: Stamp | datetime | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    outlet_from_agency: bool = False
    section: str | None = None
    dateline: str | None = None
    dateline_place: str | None = None  # the place part, for zone lookups
    url: str | None = None
    language: str | None = None
    captions: list[str] = field(default_factory=list)  # photo captions and credits left out of the body
    cues: list[HomeCue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
