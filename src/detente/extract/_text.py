"""Scraped plain text -> PageParts, through a line classifier.

Part of the extract stage. A scraped page is a column of lines: masthead, menus,
section, headline, dates, byline, photo credit, the story, a sign-off, share bars,
related-link lists, footer, cookie notice. Each line gets features (``_lines.py``); its
label then depends on those features and on where it sits relative to the headline
and the story block. Clean wire texts ("HANOI, March 1 (Reuters) - ...") are read
separately: their first line is the headline, the rest is story.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from detente.extract._dates import Stamp, parse_stamp
from detente.extract._lines import (CREDIT_WITH_SOURCE, DATE_LABEL, PROSE_LOWER_RATIO, LineFeatures, describe_line,
                                   strip_script_mark)
from detente.extract._parts import HomeCue, PageParts
from detente.extract._people import read_byline, read_dateline, read_signoff
from detente.extract._places import find_dateline_place, find_places

# Weights of home-zone cues. A footer address or a "news from X"/weather line says where
# the newsroom is (3); a byline or sign-off city where the reporter was (2); the first
# country in a menu (1) is what the site covers first, usually its home.
FOOTER_CUE_WEIGHT = 3
TAGLINE_CUE_WEIGHT = 3
REPORTER_CUE_WEIGHT = 2
MENU_CUE_WEIGHT = 1
# Header lines with more words than this are not a masthead, section or byline.
MAX_MASTHEAD_WORDS = 5
MAX_SECTION_WORDS = 6
MIN_HEADLINE_WORDS = 4
# Lines of at most this many words, wrapped in parentheses, are credits: "(With inputs from agencies)".
MAX_PAREN_CREDIT_WORDS = 8
# A story line without end punctuation is kept only if it is this long and reads as prose
# (a paragraph the scraper cut short); shorter ones are subheads, buttons or promos.
MIN_UNPUNCTUATED_STORY_WORDS = 8
# Short lines in the story may be sign-offs; longer ones are sentences.
MAX_SIGNOFF_WORDS = 12
# Footer lines that carry the publisher's address: copyright, company forms, postal codes
# (5-6 digits, so years do not count).
FOOTER_WORDS = re.compile(
    r"\(c\)|©|copyright|all rights reserved|\b(?:ltd|inc|llc|gmbh|sarl|s\.a\.|pte|sdn bhd|co\.|"
    r"sp\. z o\.o\.|media (?:group|company))(?!\w)|\b\d{5,6}\b", re.I,
)
TAGLINE_WORDS = re.compile(r"\b(?:news from|from|since|weather|based in|edition)\b", re.I)
STOP_WORDS = re.compile(r"cookie|all rights reserved|^(?:\(c\)|©|copyright)", re.I)
# Photo captions are one short sentence; a longer line next to a credit is story
# (broadcast scripts open with a long anchor sentence right under the photo credit).
MAX_CAPTION_WORDS = 35
_HANDOFF_END = re.compile(r"\breports?(?: from [A-Z][\w -]+)?\.$")
BREADCRUMB = re.compile(r"\s+(?:>|»|›|/|\\)\s+")


@dataclass(frozen=True, slots=True)
class _Line:
    text: str  # as on the page, stripped
    clean: str  # without a script mark ("Anchor:")
    features: LineFeatures


def read_plain_text(text: str) -> PageParts:
    """Read a scraped or wire plain-text page.

    Args:
        text: the decoded page.

    Returns:
        The parts found; ``paragraphs`` is empty when no story was found.
    """
    lines = []
    for raw in text.splitlines():
        stripped = raw.strip()
        if stripped:
            clean = strip_script_mark(stripped)
            lines.append(_Line(stripped, clean, describe_line(clean)))
    if not lines:
        return PageParts(kind="scrape")
    wire = _read_wire(lines)
    return wire if wire is not None else _read_scrape(lines)


def _read_wire(lines: list[_Line]) -> PageParts | None:
    """A clean wire text: headline line (or none), then a dateline paragraph with an agency or date."""
    headed = read_dateline(lines[0].clean) is None  # a bare wire item starts with its dateline
    if headed and (len(lines) < 2 or lines[0].features.ends_sentence and lines[0].features.words > 25):
        return None
    story = lines[1:] if headed else lines
    dateline = read_dateline(story[0].clean)
    if dateline is None or not (dateline.agency or dateline.date):
        return None
    parts = PageParts(kind="wire", title=lines[0].text if headed else None)
    first = story[0].clean[dateline.end:].strip()
    parts.paragraphs = [first] + [
        line.clean for line in story[1:] if not (line.features.furniture or line.features.nav_like)
    ]
    parts.dateline = dateline.text
    parts.dateline_place = dateline.place
    if dateline.agency:
        parts.outlet = dateline.agency
        parts.outlet_from_agency = True
    if dateline.date:
        stamp = parse_stamp(dateline.date)
        if stamp is not None:
            parts.published = stamp
    return parts


def _is_prose(lines: list[_Line], index: int) -> bool:
    return 0 <= index < len(lines) and lines[index].features.prose


def _is_caption(lines: list[_Line], index: int) -> bool:
    """A sentence next to a photo credit, and not followed by more prose, is a caption."""
    if lines[index].features.words > MAX_CAPTION_WORDS:
        return False
    near_credit = any(0 <= j < len(lines) and lines[j].features.credit for j in (index - 1, index + 1))
    followed = _is_prose(lines, index + 1) or (
        index + 1 < len(lines) and _HANDOFF_END.search(lines[index + 1].clean) is not None
    )
    return near_credit and not followed


def _is_kept_caption(lines: list[_Line], index: int) -> bool:
    """A header line to keep in ``captions``: a "Photo : ..." credit, or a caption sentence next to one."""
    line = lines[index]
    f = line.features
    if f.credit:
        return CREDIT_WITH_SOURCE.match(line.clean) is not None
    return (f.ends_sentence and f.words >= 3 and not (f.furniture or f.nav_like or f.list_item or f.has_date)
            and _is_caption(lines, index))


def _find_story_start(lines: list[_Line]) -> int | None:
    """First prose line followed (within two lines) by more prose, and not a caption."""
    for index in range(len(lines)):
        if not _is_prose(lines, index) or _is_caption(lines, index):
            continue
        following = [j for j in (index + 1, index + 2) if j < len(lines)]
        if any(_is_prose(lines, j) for j in following) or not following:
            return index
    for index in range(len(lines)):
        if _is_prose(lines, index):
            return index
    return None


def _is_stopper(line: _Line) -> bool:
    return line.features.list_heading or bool(STOP_WORDS.search(line.clean))


def _is_headline_candidate(line: _Line) -> bool:
    f = line.features
    return (
        f.words >= MIN_HEADLINE_WORDS
        and not (f.furniture or f.list_heading or f.list_item or f.credit or f.nav_like or f.has_email)
        and not f.has_date
        and not line.clean.endswith(".")
        and not line.clean.lower().startswith("by ")
        and f.separators == 0
    )


def _find_headline(lines: list[_Line], start: int) -> tuple[int | None, int | None]:
    """(headline index, standfirst index) in the header lines before ``start``."""
    anchor = next(
        (i for i in range(start) if (lines[i].features.has_date and lines[i].features.words <= 30)
         or lines[i].clean.lower().startswith("by ")),
        start,
    )
    index = anchor - 1
    skipped = 0
    while index >= 0 and not _is_headline_candidate(lines[index]) and skipped < 2:
        if lines[index].features.words > 3:
            break
        index -= 1
        skipped += 1
    if index >= 0 and _is_headline_candidate(lines[index]):
        if index >= 1 and _is_headline_candidate(lines[index - 1]) and not lines[index - 1].features.nav_like \
                and lines[index].features.lower_ratio >= lines[index - 1].features.lower_ratio:
            return index - 1, index
        return index, None
    candidates = [i for i in range(start) if _is_headline_candidate(lines[i])]
    if candidates:
        return candidates[-1], None
    return None, None


def _date_segments(text: str) -> list[tuple[str | None, Stamp]]:
    """Split "Published: ... | Updated: ..." into (label, stamp) pairs."""
    labels = list(DATE_LABEL.finditer(text))
    pieces: list[tuple[str | None, str]] = []
    if not labels:
        pieces.append((None, text))
    else:
        if parse_stamp(text[: labels[0].start()]):
            pieces.append((None, text[: labels[0].start()]))
        for match, following in zip(labels, labels[1:] + [None]):
            end = following.start() if following else len(text)
            pieces.append((match["label"].lower(), text[match.end(): end]))
    found = []
    for label, piece in pieces:
        stamp = parse_stamp(piece)
        if stamp is not None:
            found.append((label, stamp))
    return found


def _read_dates(parts: PageParts, lines: list[_Line]) -> None:
    for line in lines:
        if not line.features.has_date or line.features.prose:
            continue
        for label, stamp in _date_segments(line.clean):
            is_update = bool(label) and any(k in label for k in ("updat", "modif", "edit"))
            if is_update and parts.updated is None:
                parts.updated = stamp
            elif not is_update and parts.published is None:
                parts.published = stamp
        if parts.dateline is None:
            lead = re.match(r"^([A-Z][\w .'-]{1,30}),\s", line.clean)
            if lead and find_dateline_place(lead.group(1)) and not DATE_LABEL.match(line.clean):
                parts.dateline = parts.dateline_place = lead.group(1)


def _outlet_name(masthead: str, text: str) -> str:
    """The masthead as the site spells it elsewhere ("STRAITS CURRENT" -> "Straits Current")."""
    name = re.split(r"\s+\|\s+|\s{2,}", masthead)[0].strip()
    if not name.isupper():
        return name
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.I)
    for match in pattern.finditer(text):
        if not match.group(0).isupper():
            return re.sub(r"\s+", " ", match.group(0))
    return " ".join(w.capitalize() if w.isalpha() else w for w in name.split())


def _add_cues(parts: PageParts, text: str, weight: int, kind: str, *, first_only: bool = False) -> None:
    places = find_places(text)
    for place in places[:1] if first_only else places:
        parts.cues.append(HomeCue(place, weight, text, kind))


def _tagline_kind(text: str) -> str:
    """How a tagline cue is named in notes: a weather line or a masthead line ("news from X")."""
    return "weather line" if re.search(r"\bweather\b", text, re.I) else "masthead line"


def _read_scrape(lines: list[_Line]) -> PageParts:
    parts = PageParts(kind="scrape")
    start = _find_story_start(lines)
    if start is None:
        return parts
    headline, standfirst = _find_headline(lines, start)
    if headline is not None:
        parts.title = lines[headline].clean
    header_end = start
    # Section: the short line just before the headline (last breadcrumb part).
    section_index = None
    if headline is not None and headline >= 1:
        candidate = lines[headline - 1]
        f = candidate.features
        if f.words <= MAX_SECTION_WORDS and not (f.furniture or f.nav_like or f.has_date or f.ends_sentence):
            crumbs = [c for c in BREADCRUMB.split(candidate.clean) if c.strip().lower() not in {"home", "news"}]
            if crumbs:
                parts.section = crumbs[-1].strip()
                section_index = headline - 1
    # Masthead: the first content line above the section and headline.
    top = _first_content_index(lines)
    limit = section_index if section_index is not None else (headline if headline is not None else start)
    if top is not None and top < limit:
        f = lines[top].features
        if f.words <= MAX_MASTHEAD_WORDS + 3 and not f.has_date and not f.ends_sentence:
            parts.outlet = _outlet_name(lines[top].clean, "\n".join(line.text for line in lines))
    # Dates, bylines, cues in the header.
    header = lines[:header_end]
    _read_dates(parts, header)
    after_headline = headline + 1 if headline is not None else 0
    for index in range(after_headline, header_end):
        line = lines[index]
        f = line.features
        by_line = line.clean.lower().startswith("by ")
        if index != standfirst and _is_kept_caption(lines, index):
            parts.captions.append(line.clean)
        if index == standfirst or f.credit or f.furniture or (f.nav_like and not by_line) or _is_caption(lines, index):
            continue
        if f.prose and not line.clean.lower().startswith("by "):
            continue
        byline = read_byline(line.clean)
        if byline:
            parts.authors.extend(a for a in byline.authors if a not in parts.authors)
            if byline.place:
                parts.dateline = parts.dateline or byline.place
                parts.dateline_place = parts.dateline_place or byline.place
                _add_cues(parts, byline.place, REPORTER_CUE_WEIGHT, "reporter's city")
            elif "/" in line.clean:
                _add_cues(parts, line.clean.split("/", 1)[1], REPORTER_CUE_WEIGHT, "reporter's city")
    menu_seen = False
    for index in range(0, headline if headline is not None else header_end):
        line = lines[index]
        if index == top and parts.outlet:
            continue
        if TAGLINE_WORDS.search(line.clean):
            _add_cues(parts, line.clean, TAGLINE_CUE_WEIGHT, _tagline_kind(line.clean))
        elif line.features.nav_like and not menu_seen and find_places(line.clean):
            _add_cues(parts, line.clean, MENU_CUE_WEIGHT, "menu country", first_only=True)
            menu_seen = True
    # The story block, up to the first related-links heading, footer or cookie notice.
    signoff_authors: list[str] = []
    for index in range(start, len(lines)):
        line = lines[index]
        f = line.features
        if f.words <= MAX_SIGNOFF_WORDS and not (f.list_item or f.list_heading or f.nav_like):
            signoff = read_signoff(line.clean)
            if signoff:
                signoff_authors.extend(a for a in signoff.authors if a not in signoff_authors)
                if signoff.outlet and not parts.outlet:
                    parts.outlet = signoff.outlet
                if signoff.place:
                    _add_cues(parts, signoff.place, REPORTER_CUE_WEIGHT, "reporter's city")
                continue
        if _is_stopper(line):
            footer_start = index
            break
        if _keep_in_story(line, parts.title):
            parts.paragraphs.append(line.clean)
        elif f.credit and CREDIT_WITH_SOURCE.match(line.clean):
            parts.captions.append(line.clean)
    else:
        footer_start = len(lines)
    if not parts.authors:
        parts.authors = signoff_authors
    for line in lines[footer_start:]:
        if FOOTER_WORDS.search(line.clean) and not line.features.list_item:
            _add_cues(parts, line.clean, FOOTER_CUE_WEIGHT, "footer address")
    if parts.published is None:
        _read_dates(parts, [line for line in lines[footer_start:] if line.features.date_label])
    if parts.paragraphs:
        dateline = read_dateline(parts.paragraphs[0])
        if dateline is not None:
            parts.paragraphs[0] = parts.paragraphs[0][dateline.end:].strip()
            parts.dateline = dateline.text
            parts.dateline_place = dateline.place
    return parts


def _first_content_index(lines: list[_Line]) -> int | None:
    """The first line that is not furniture ("Skip to main content") or a menu.

    A masthead with one tag ("SITE NAME | English edition") still counts.
    """
    for index, line in enumerate(lines):
        if line.features.furniture:
            continue
        if not line.features.nav_like or len(re.split(r"\s+\|\s+|\s{2,}", line.clean)) <= 2:
            return index
    return None


def _keep_in_story(line: _Line, title: str | None) -> bool:
    """Whether a line inside the story block is story text."""
    f = line.features
    if f.furniture or f.list_heading or f.credit or f.nav_like or f.has_email or f.list_item:
        return False
    if title and line.clean == title:
        return False
    if f.date_label and f.has_date and not f.prose:
        return False
    if line.clean.startswith("(") and line.clean.endswith(")") and f.words <= MAX_PAREN_CREDIT_WORDS:
        return False
    return f.ends_sentence or (f.words >= MIN_UNPUNCTUATED_STORY_WORDS and f.lower_ratio >= PROSE_LOWER_RATIO)
