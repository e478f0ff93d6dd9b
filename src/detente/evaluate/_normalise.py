"""Text, name and time normalisation shared by the scorers."""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime

_QUOTES = str.maketrans(
    {
        "\u2018": "'",  # left single
        "\u2019": "'",  # right single / apostrophe
        "\u201a": "'",  # single low-9
        "\u201b": "'",  # single high-reversed-9
        "\u2032": "'",  # prime
        "\u02bc": "'",  # modifier letter apostrophe
        "\u00b4": "'",  # acute accent used as apostrophe
        "`": "'",
        "\u201c": '"',  # left double
        "\u201d": '"',  # right double
        "\u201e": '"',  # double low-9
        "\u201f": '"',  # double high-reversed-9
        "\u2033": '"',  # double prime
        "\u00ab": '"',  # guillemets
        "\u00bb": '"',
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)
_SPACE = re.compile(r"\s+")
_NAME_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def norm_text(value: object) -> str:
    """Whitespace and quote normalised text (case kept): used for containment tests."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip()


def norm_key(value: object) -> str:
    """``norm_text`` plus case folding: used for names, titles and other field values."""
    return norm_text(value).casefold()


def contains(haystack: object, needle: object) -> bool:
    """True when the normalised ``needle`` is a non-empty substring of the normalised ``haystack``."""
    n = norm_text(needle)
    return bool(n) and n in norm_text(haystack)


def empty_to_none(value: object) -> object:
    """Treat blank strings like a missing value."""
    if isinstance(value, str) and not value.strip():
        return None
    return value


def parse_instant(value: object) -> datetime | None:
    """An ISO 8601 string as a datetime, or None when it does not parse."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def same_instant(gold: object, predicted: object) -> bool:
    """Datetimes compared as instants: offsets may differ, the moment must not.

    None == None is a match; an aware and a naive time never match (the gold always
    carries its offset, so a naive prediction lost information); values that do not
    parse are compared as normalised text.
    """
    gold, predicted = empty_to_none(gold), empty_to_none(predicted)
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = parse_instant(gold), parse_instant(predicted)
    if g is None or p is None:
        return g is None and p is None and norm_key(gold) == norm_key(predicted)
    if (g.tzinfo is None) != (p.tzinfo is None):
        return False
    return g == p


def same_text(gold: object, predicted: object) -> bool:
    """Text fields: stripped, whitespace and quotes normalised, case-insensitive; None == None."""
    gold, predicted = empty_to_none(gold), empty_to_none(predicted)
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return norm_key(gold) == norm_key(predicted)


def same_name_list(gold: object, predicted: object) -> bool:
    """Lists of names (authors): the same multiset of normalised names, order ignored."""

    def as_list(v: object) -> list[str]:
        if v is None:
            return []
        if isinstance(v, str):
            v = [v]
        return sorted(norm_key(x) for x in v if norm_key(x))

    return as_list(gold) == as_list(predicted)


def name_tokens(name: object) -> list[str]:
    """The case-folded words of a name; hyphens and apostrophes stay inside a word ("ho-jin")."""
    return _NAME_TOKEN.findall(norm_key(name))


def same_person(gold: object, predicted: object) -> bool:
    """Speaker names: equal ignoring case, or one name's words are a subset of the other's.

    So gold "Chang Ho-jin" matches "Chang Ho-jin", "chang" and "Chang"; gold "Chang"
    matches "Chang Ho-jin". None matches only None.
    """
    gold, predicted = empty_to_none(gold), empty_to_none(predicted)
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if norm_key(gold) == norm_key(predicted):
        return True
    g, p = name_tokens(gold), name_tokens(predicted)
    if not g or not p:
        return False
    short, long_ = (g, p) if len(g) <= len(p) else (p, g)
    return set(short) <= set(long_)
