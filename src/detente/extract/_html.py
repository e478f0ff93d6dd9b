"""HTML pages -> PageParts: body through trafilatura, metadata from the page's own tags.

Part of the extract stage. The body comes from trafilatura (``favor_precision=True``,
the best body F1 on the extraction benchmark), then passes the same furniture filter as
scraped text. Metadata is read in order of trust: JSON-LD, Open Graph / article meta
tags, ``<time datetime>``, trafilatura's own metadata, htmldate, and last the page's
visible text read by the plain-text line classifier (bylines, "City, date" lines,
footer addresses for the home zone). The last two run only when a field they fill is still
missing. Figcaptions and the credit lines the cleanup drops go to ``PageParts.captions``.
"""
from __future__ import annotations

import copy
import json
import re
from datetime import datetime

import lxml.html
import trafilatura
from lxml import etree

from detente.extract._cleanup import clean_paragraphs, is_news_furniture
from detente.extract._dates import parse_iso
from detente.extract._parts import PageParts
from detente.extract._people import read_dateline, split_names
from detente.extract._places import find_outlet, find_outlet_by_url
from detente.extract._text import read_plain_text

ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                 "OpinionNewsArticle", "WebPage", "LiveBlogPosting"}
BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "section",
              "article", "aside", "nav", "figure", "figcaption", "blockquote", "tr", "br", "ul", "ol",
              "main", "form", "button", "dt", "dd", "time"}
# Elements whose text is never shown (their tail is).
HIDDEN_TAGS = {"script", "style", "noscript", "template", "head"}
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")
# Below this many words (furniture aside) a precision-mode body is checked against the default
# settings (news stories are longer; a teaser or paywall notice is shorter).
SHORT_BODY_WORDS = 150
# Words in the shortest paragraph that counts as prose: a menu item or a form label has fewer,
# the shortest story sentences in the dev set and benchmark pages have more.
MIN_PROSE_WORDS = 8
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s|$)")
# A title part after a separator with at most this many words is a site name or section.
MAX_SUFFIX_WORDS = 6
# A figcaption longer than this is a teaser block or a gallery text, not a caption.
MAX_CAPTION_WORDS = 80


def read_html(text: str) -> PageParts:
    """Read an HTML page.

    Args:
        text: the decoded page.

    Returns:
        The parts found; ``paragraphs`` is empty when trafilatura finds no article body.
    """
    # trafilatura's own parser (comments and processing instructions dropped): its extraction
    # on a tree from plain lxml.html.fromstring loses whole sections on some pages.
    tree = trafilatura.load_html(text)
    if tree is None:
        try:
            tree = lxml.html.fromstring(text)
        except (etree.ParserError, ValueError):
            return PageParts(kind="html")
    meta = _read_meta(tree)
    ld = _read_json_ld(tree)
    h1 = _first_text(tree, "//h1")
    body = _extract_body(tree)
    doc = _LazyMetadata(tree)
    page = _LazyPage(tree)  # the visible-text pass: run only for a field the tags leave empty
    parts = PageParts(kind="html")

    parts.outlet = (meta.get("og:site_name") or _ld_name(ld.get("publisher")) or doc.get("sitename")
                    or page.parts.outlet)
    title = meta.get("og:title") or ld.get("headline") or h1 or doc.get("title") or _first_text(tree, "//title")
    parts.title = clean_title(title, parts.outlet) if title else page.parts.title
    parts.published = _pick_time(ld.get("datePublished"), meta.get("article:published_time"),
                                 _time_attrs(tree, published=True)) or page.parts.published
    parts.updated = _pick_time(ld.get("dateModified"), meta.get("article:modified_time"),
                               _time_attrs(tree, published=False)) or page.parts.updated
    if parts.published is None:
        parts.published = _htmldate(text)
    parts.updated = _same_clock(parts.updated, parts.published)
    parts.authors = _authors(ld, meta, doc) or page.parts.authors
    section = meta.get("article:section") or ld.get("articleSection") or (doc.get("categories") or [None])[0]
    parts.section = (section[0] if isinstance(section, list) and section else section) or page.parts.section
    parts.url = (_first_attr(tree, "//link[@rel='canonical']/@href") or meta.get("og:url") or doc.get("url"))
    lang = (_first_attr(tree, "/html/@lang") or ld.get("inLanguage") or doc.get("language") or "")
    parts.language = lang.split("-")[0].lower() if lang else None

    removed: list[str] = []
    parts.paragraphs = clean_paragraphs(body, title=parts.title, captions=removed)
    parts.captions = _figcaptions(tree)
    parts.captions += [c for c in removed if not any(c in kept for kept in parts.captions)]
    dateline = read_dateline(parts.paragraphs[0]) if parts.paragraphs else None
    if dateline is not None:
        parts.paragraphs[0] = parts.paragraphs[0][dateline.end:].strip()
        parts.dateline, parts.dateline_place = dateline.text, dateline.place
    elif parts.paragraphs:
        parts.dateline, parts.dateline_place = page.parts.dateline, page.parts.dateline_place
    if parts.paragraphs and not _outlet_country_known(parts):
        # Place cues (footer address, taglines, reporter's city) give the outlet's country and
        # home zone only when the outlet table does not know the outlet.
        parts.cues = page.parts.cues
    return parts


def _figcaptions(tree) -> list[str]:
    """The text of the page's ``<figcaption>`` elements (caption and credit), in page order."""
    found = []
    for element in tree.iter("figcaption"):
        text = re.sub(r"\s+", " ", element.text_content()).strip()
        if text and len(text.split()) <= MAX_CAPTION_WORDS and text not in found:
            found.append(text)
    return found


class _LazyPage:
    """The page's visible text read by the plain-text line classifier, on the first read.

    It fills metadata the page's tags lack (bylines, "City, date" lines, a masthead) and gives
    the footer and tagline place cues; a page whose tags give every field never needs it.
    """

    def __init__(self, tree) -> None:
        self._tree = tree
        self._parts: PageParts | None = None

    @property
    def parts(self) -> PageParts:
        if self._parts is None:
            self._parts = read_plain_text(_visible_text(self._tree))
        return self._parts


def _outlet_country_known(parts: PageParts) -> bool:
    """Whether the outlet table gives the outlet's country (then the page's place cues are not read)."""
    outlet = (find_outlet(parts.outlet) if parts.outlet else None) or find_outlet_by_url(parts.url)
    return outlet is not None and bool(outlet.country)


def _extract_body(tree) -> list[str]:
    """The body's paragraphs: trafilatura with ``favor_precision``, tables kept.

    When that gives a short body (under ``SHORT_BODY_WORDS``), the default settings run too
    and win if they find at least twice as many words: precision mode sometimes keeps only a
    teaser or a notice of an article that is on the page in full.
    """
    precise = _trafilatura_paragraphs(tree, favor_precision=True)
    words = _count_words(precise)
    if words < SHORT_BODY_WORDS:
        default = _trafilatura_paragraphs(tree, favor_precision=False)
        # When precision mode found nothing, the default settings' text must read as prose:
        # on a page of menus and forms they return the menus (then: no_article).
        if _count_words(default) >= 2 * max(words, 1) and (words or _has_prose(default)):
            return default
    return precise


def _has_prose(paragraphs: list[str]) -> bool:
    """Whether any paragraph reads as prose: enough words and a sentence end."""
    return any(len(p.split()) >= MIN_PROSE_WORDS and SENTENCE_END.search(p) for p in paragraphs)


def _trafilatura_paragraphs(tree, *, favor_precision: bool) -> list[str]:
    extracted = trafilatura.bare_extraction(
        tree, favor_precision=favor_precision, include_comments=False, include_tables=True, with_metadata=False,
    )
    text = getattr(extracted, "text", None) if extracted is not None else None
    return (text or "").split("\n")


def _count_words(paragraphs: list[str]) -> int:
    return sum(len(cleaned.split()) for p in paragraphs
               if (cleaned := p.strip()) and not is_news_furniture(cleaned))


class _LazyMetadata:
    """trafilatura's metadata for the page, computed on the first read (it is a last resort)."""

    def __init__(self, tree) -> None:
        self._tree = tree
        self._values: dict | None = None

    def get(self, key: str, default=None):
        if self._values is None:
            found = _trafilatura_metadata(self._tree)
            self._values = found.as_dict() if found is not None else {}
        return self._values.get(key) or default


def _trafilatura_metadata(tree):
    """``trafilatura.extract_metadata`` without the parts we never read: its date search
    (htmldate over a copy of the whole page, ~3 ms), tags and license.

    The same steps in the same order otherwise, so title, author, url, sitename and categories
    are what ``extract_metadata`` gives. None of these steps changes the tree (the author
    search prunes its own copy), so the page's tree is passed without a copy.
    """
    try:
        from trafilatura.metadata import (META_URL, examine_meta, extract_author, extract_catstags,
                                          extract_domain, extract_meta_json, extract_sitename,
                                          extract_title, extract_url)
    except ImportError:  # another trafilatura layout: the public call (it may prune, so a copy)
        return trafilatura.extract_metadata(copy.deepcopy(tree), extensive=False)
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # noqa: BLE001 - trafilatura's JSON-LD reader has bugs; it logs and goes on too
        pass
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.author:
        metadata.author = extract_author(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, None)
    if metadata.url:
        metadata.hostname = extract_domain(metadata.url, fast=True)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        match = META_URL.match(metadata.url)
        if match:
            metadata.sitename = match[1]
    if not metadata.categories:
        metadata.categories = extract_catstags("category", tree)
    metadata.clean_and_trim()
    return metadata


def clean_title(title: str, outlet: str | None) -> str:
    """Drop a " | Site" / " - Site" suffix (and a section before it) from a page title."""
    title = re.sub(r"\s+", " ", title).strip()
    pieces = TITLE_SEPARATORS.split(title)
    if len(pieces) == 1:
        return title
    outlet_key = (outlet or "").lower().removeprefix("the ").strip()
    while len(pieces) > 1:
        last = pieces[-1].lower().removeprefix("the ").strip()
        is_site = bool(outlet_key) and (outlet_key in last or last in outlet_key)
        if is_site or len(pieces[-1].split()) <= MAX_SUFFIX_WORDS and len(pieces[0].split()) >= MAX_SUFFIX_WORDS:
            pieces.pop()
            continue
        break
    return _rejoin(title, pieces)


def _rejoin(title: str, pieces: list[str]) -> str:
    """The original title up to the end of the kept pieces (keeps the original separators)."""
    kept = pieces[-1]
    end = title.find(kept, sum(len(p) for p in pieces[:-1]))
    return title[: end + len(kept)].strip() if end >= 0 else " - ".join(pieces)


def _read_meta(tree) -> dict[str, str]:
    meta = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        value = (element.get("content") or "").strip()
        if key and value and key not in meta:
            meta[key] = value
    return meta


def _read_json_ld(tree) -> dict:
    """The first article object among the page's JSON-LD blocks."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except json.JSONDecodeError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            kind = item.get("@type")
            kinds = set(kind) if isinstance(kind, list) else {kind}
            if kinds & ARTICLE_TYPES:
                return item
            stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
    return {}


def _ld_name(value) -> str | None:
    if isinstance(value, dict):
        return value.get("name")
    if isinstance(value, list) and value:
        return _ld_name(value[0])
    return value if isinstance(value, str) else None


def _authors(ld: dict, meta: dict, doc) -> list[str]:
    raw = ld.get("author")
    names: list[str] = []
    if raw:
        for item in raw if isinstance(raw, list) else [raw]:
            name = _ld_name(item)
            if name:
                names.extend(split_names(name))
    if not names and meta.get("author") and not meta["author"].startswith("http"):
        names = split_names(meta["author"])
    if not names and doc.get("author"):
        names = split_names(doc.get("author"))
    return list(dict.fromkeys(names))


def _time_attrs(tree, *, published: bool) -> list[str]:
    values = []
    for element in tree.xpath("//time[@datetime]"):
        classes = " ".join(filter(None, [element.get("class"), element.getparent().get("class") if element.getparent() is not None else None])).lower()
        is_update = "updat" in classes or "modif" in classes
        if is_update != published:
            values.append(element.get("datetime"))
    return values


def _pick_time(*candidates):
    """The first aware timestamp; a local offset wins over UTC for the same instant."""
    parsed: list[datetime] = []
    for candidate in candidates:
        for value in candidate if isinstance(candidate, list) else [candidate]:
            moment = parse_iso(value) if isinstance(value, str) else None
            if moment is not None:
                parsed.append(moment)
    if not parsed:
        return None
    first = parsed[0]
    if first.tzinfo is not None and first.utcoffset().total_seconds() == 0:
        for other in parsed[1:]:
            if other.tzinfo is not None and other.utcoffset().total_seconds() != 0 and other == first:
                return other
    return first


def _same_clock(updated, published):
    """Show a UTC update time on the clock the page used for the publication time.

    Pages often give UTC in meta tags but local time in ``<time>``; once the
    publication time is local, the update time is shown in the same offset.
    """
    if (isinstance(updated, datetime) and isinstance(published, datetime)
            and updated.tzinfo is not None and published.tzinfo is not None
            and updated.utcoffset().total_seconds() == 0 and published.utcoffset().total_seconds() != 0):
        return updated.astimezone(published.tzinfo)
    return updated


def _htmldate(text: str):
    try:
        from htmldate import find_date
    except ImportError:  # htmldate is a declared dependency; stay usable without it
        return None
    found = find_date(text, outputformat="%Y-%m-%dT%H:%M:%S%z", original_date=True, extensive_search=False)
    return parse_iso(found) if found else None


def _first_text(tree, xpath: str) -> str | None:
    for element in tree.xpath(xpath):
        text = re.sub(r"\s+", " ", element.text_content()).strip()
        if text:
            return text
    return None


def _first_attr(tree, xpath: str) -> str | None:
    values = tree.xpath(xpath)
    return str(values[0]).strip() if values else None


def _visible_text(tree) -> str:
    """The page's text, one block element per line, without scripts and styles.

    One walk over the parsed tree (no copy, no second parse): a block element's text and tail
    start a new line; scripts, styles, ``<head>``, comments and processing instructions give
    only their tail, as ``drop_tree`` would leave it.
    """
    out: list[str] = []
    append = out.append
    stack: list = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            append(item)
            continue
        tag = item.tag
        if item is not tree and item.tail:
            stack.append(("\n" + item.tail) if tag in BLOCK_TAGS else item.tail)
        elif item is not tree and tag in BLOCK_TAGS:
            stack.append("\n")
        if not isinstance(tag, str) or tag in HIDDEN_TAGS:
            continue
        if tag in BLOCK_TAGS:
            append("\n")
        if item.text:
            append(item.text)
        stack.extend(reversed(item))
    return "\n".join(line.strip() for line in "".join(out).splitlines())
