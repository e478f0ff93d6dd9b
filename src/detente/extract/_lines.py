"""Line features for scraped text: is a line furniture, a credit, a date, a sentence?

Part of the extract stage. The plain-text reader (``_text.py``) labels every line of a
scraped page from these features; none of them names a site. Known furniture phrases
live in ``data/furniture.txt``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from detente.extract._dates import parse_stamp

# A story sentence has at least this many words (shorter lines count only inside the story).
# From the devset and our fixtures: story paragraphs have 6+ words, menus and buttons 1-5.
MIN_SENTENCE_WORDS = 6
# Share of lower-case words above which a line reads as prose, not a title-case headline
# or a menu (story sentences measured 0.55-0.85, headlines 0.0-0.45, menus 0.0).
PROSE_LOWER_RATIO = 0.45
# "~" furniture phrases only fire on lines up to this many words, so a story sentence that
# happens to mention "newsletter" or "cookies" is not dropped.
MAX_FURNITURE_PHRASE_WORDS = 25
# A list heading ("!" phrases) may carry a few more words ("Trending in Hong Kong").
MAX_LIST_HEADING_WORDS = 5

DATE_LABEL = re.compile(
    r"(?<![A-Za-z])(?P<label>first published(?: on)?|published(?: on)?|posted(?: on)?|written|input|created|"
    r"last (?:updated|update|modified)(?: on)?|updated(?: on)?|modified(?: on)?|edited)\s*[:：]?\s*",
    re.I,
)
CREDIT = re.compile(
    r"^(?:photo(?:graph)?s?|image|picture|pic|fot\.?|foto|credit|illustration|video)\b"
    r"\s*(?:credit|by)?\s*[:=|/-]?", re.I,
)
# A credit line worth keeping as a caption: the keyword, a separator, then the credit itself
# ("Photo : YONHAP News", "Image credit: Jane Doe"); a bare "Photos" or "Video" is a menu item.
CREDIT_WITH_SOURCE = re.compile(
    r"^(?:photo(?:graph)?s?|image|picture|pic|fot\.?|foto|credit|illustration)\b"
    r"\s*(?:credit|by)?\s*[:=|/-]\s*\S", re.I,
)
SCRIPT_MARK = re.compile(r"^(?:anchor|report|reporter|host|presenter|narration)\s*:\s*", re.I)
LIST_BULLET = re.compile(r"^(?:[-*•>·–]\s+|\d{1,2}[.)]\s+)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
SEPARATOR = re.compile(r"\S(?: {2,}|\t)\S|\s[|·•]\s|^\S+\s*[|]|\[[^\]]{1,20}\]\s*\[")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class FurnitureRules:
    """Furniture phrases from ``data/furniture.txt`` by kind."""

    equal: frozenset[str]
    prefix: tuple[str, ...]
    contains: tuple[str, ...]
    contains_pattern: re.Pattern  # the "~" phrases as one alternation (one scan per line)
    list_heading: tuple[str, ...]


@lru_cache(maxsize=1)
def read_furniture_rules() -> FurnitureRules:
    """Load ``data/furniture.txt``."""
    text = resources.files(__package__).joinpath("data/furniture.txt").read_text(encoding="utf-8")
    equal, prefix, contains, heading = set(), [], [], []
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, phrase = raw[0], raw[1:].strip().lower()
        if kind == "=":
            equal.add(phrase.rstrip(":"))
        elif kind == "^":
            prefix.append(phrase)
        elif kind == "~":
            contains.append(phrase)
        elif kind == "!":
            heading.append(phrase)
    pattern = re.compile("|".join(map(re.escape, contains)) if contains else r"(?!)")
    return FurnitureRules(frozenset(equal), tuple(prefix), tuple(contains), pattern, tuple(heading))


@dataclass(frozen=True, slots=True)
class LineFeatures:
    """What the classifier knows about one line."""

    text: str
    words: int
    lower_ratio: float  # share of words starting lower-case
    ends_sentence: bool
    separators: int  # "|", runs of spaces, bracketed buttons
    furniture: bool  # matches a furniture phrase
    list_heading: bool  # "Editor's Pick", "Most Read" ...: a related-links list follows
    list_item: bool  # starts with a bullet or "1."
    credit: bool  # "Photo : ..."
    has_email: bool
    date_label: bool  # "Published:", "Updated:" ...
    has_date: bool

    @property
    def prose(self) -> bool:
        """Reads as a story sentence (before position is taken into account)."""
        return (
            self.words >= MIN_SENTENCE_WORDS
            and self.ends_sentence
            and self.lower_ratio >= PROSE_LOWER_RATIO
            and not self.furniture
            and not self.list_heading
            and not self.list_item
            and not self.credit
            and not self.has_email
            and self.separators == 0
        )

    @property
    def nav_like(self) -> bool:
        """A menu, share bar or button row."""
        return self.separators > 0 and not self.ends_sentence and self.lower_ratio < PROSE_LOWER_RATIO


@lru_cache(maxsize=4096)
def describe_line(text: str) -> LineFeatures:
    """Compute the features of one (stripped) line (cached: menus and footers repeat)."""
    words = _WORD.findall(text)
    alpha = [w for w in words if w[0].isalpha()]
    lower = sum(1 for w in alpha if w[0].islower())
    rules = read_furniture_rules()
    key = _SPACES.sub(" ", text.strip().lower()).rstrip(":").strip()
    key_plain = key.lstrip("-*•>· ").strip()
    furniture = (
        key_plain in rules.equal
        or key_plain.startswith(rules.prefix)
        or (len(words) <= MAX_FURNITURE_PHRASE_WORDS and rules.contains_pattern.search(key) is not None)
        or key_plain.startswith(("(c) ", "© ", "(c)20", "©20"))
    )
    list_heading = len(words) <= MAX_LIST_HEADING_WORDS and not SENTENCE_END.search(text) and any(
        key_plain == p or key_plain.startswith(p + " ") for p in rules.list_heading
    )
    date_label = bool(DATE_LABEL.search(text))
    return LineFeatures(
        text=text,
        words=len(words),
        lower_ratio=lower / len(alpha) if alpha else 0.0,
        ends_sentence=bool(SENTENCE_END.search(text)),
        separators=len(SEPARATOR.findall(text)),
        furniture=furniture,
        list_heading=list_heading,
        list_item=bool(LIST_BULLET.match(text)),
        credit=bool(CREDIT.match(text)) and len(words) <= 12,
        has_email=bool(EMAIL.search(text)),
        date_label=date_label,
        has_date=parse_stamp(text) is not None,
    )


def strip_script_mark(text: str) -> str:
    """Drop a broadcast script mark ("Anchor:", "Report:") and keep the sentence."""
    return SCRIPT_MARK.sub("", text, count=1)
