"""Bytes -> text for the extract stage.

Order: a byte-order mark; strict UTF-8 (valid UTF-8 with non-ASCII bytes is almost never
anything else); then the declared charsets (the HTTP Content-Type, then ``<meta charset>``)
but only when charset-normalizer agrees the label fits the bytes; else charset-normalizer's
best guess. A label is a hint, not a fact: pages often say utf-8 or iso-8859-1 over bytes in
another encoding, and believing them gives mojibake. Labels are read as browsers read them
(WHATWG): iso-8859-1 and ascii mean windows-1252, euc-kr means its superset cp949, and so
on. Binary data is refused, not guessed at.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Share of control characters (other than tab/newline/CR/FF) above which decoded text is
# binary data. Text pages have none; 5% leaves room for a few stray bytes.
MAX_CONTROL_SHARE = 0.05
# A declared charset is believed when charset-normalizer's "chaos" (mess) score of its
# decoding is within this of the best candidate's. Measured on the fixtures of
# tests/fixtures/encodings: right labels score 0.0 like the best guess; a wrong CJK label
# over Korean bytes (gb18030 for euc-kr) scores 0.149, over Japanese 0.2.
LABEL_CHAOS_MARGIN = 0.05
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")
# WHATWG Encoding Standard: labels that browsers decode with a superset codec.
_WHATWG_SUPERSETS = {
    "iso8859_1": "cp1252", "ascii": "cp1252", "iso8859_9": "cp1254", "tis_620": "cp874",
    "iso8859_11": "cp874", "euc_kr": "cp949", "shift_jis": "cp932",
    "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs",
}

# Labels seen on the web that Python's codec registry does not know.
_LABEL_ALIASES = {"x-sjis": "shift_jis", "windows-31j": "cp932", "x-euc-kr": "euc_kr", "x-gbk": "gbk"}


class DecodeFailure(Exception):
    """The bytes are not text; ``reason`` is a Rejection reason."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def decode_bytes(data: bytes, *, is_html: bool, content_type: str = "") -> str:
    """Decode page bytes.

    Args:
        data: the raw bytes.
        is_html: look for a ``<meta charset>`` declaration.
        content_type: the declared type, e.g. ``text/html; charset=euc-kr`` (its charset
            is a hint, checked against the bytes).

    Returns:
        The text, with a BOM removed and newlines normalised.

    Raises:
        DecodeFailure: reason "binary" for binary data, "bad_encoding" for undecodable text.
    """
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DecodeFailure("binary", "the data has NUL bytes or a binary file signature")
    text = _decode(data, labels=_declared_labels(data, is_html=is_html, content_type=content_type))
    control = len(CONTROL_CHARS.findall(text))
    if text and control / len(text) > MAX_CONTROL_SHARE:
        raise DecodeFailure("binary", f"{control} control characters in {len(text)}: not text")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def to_codec(label: str) -> str | None:
    """The Python codec a browser would use for a charset label; None if unknown."""
    label = label.strip().strip("\"'").lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return _WHATWG_SUPERSETS.get(name, name)


def _declared_labels(data: bytes, *, is_html: bool, content_type: str) -> list[str]:
    labels = []
    header = _HEADER_CHARSET.search(content_type or "")
    if header:
        labels.append(header.group(1))
    if is_html:
        meta = _META_CHARSET.search(data[:4096])
        if meta:
            labels.append(meta.group(1).decode("ascii", errors="replace"))
    return labels


def _decode(data: bytes, *, labels: list[str]) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise DecodeFailure("bad_encoding", f"a UTF-16 byte-order mark but invalid UTF-16: {err}") from err
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data))
    best = min(matches, key=lambda m: m.chaos) if matches else None
    for label in labels:
        codec = to_codec(label)
        if codec is None or codec == "utf_8":
            continue  # unknown, or a utf-8 label the bytes just disproved
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue  # the label does not fit the bytes: it is wrong
        if best is None or _fits(codec, matches, best.chaos):
            return text
    if best is None:
        raise DecodeFailure("bad_encoding", "not UTF-8 and charset-normalizer found no encoding that fits")
    return _decode_as(data, best)


def _fits(codec: str, matches: list, best_chaos: float) -> bool:
    """True when charset-normalizer ranks the codec (or one decoding the same) near the best."""
    for match in matches:
        names = {to_codec(name) for name in match.could_be_from_charset} | {to_codec(match.encoding)}
        if codec in names and match.chaos <= best_chaos + LABEL_CHAOS_MARGIN:
            return True
    return False


def _decode_as(data: bytes, match) -> str:
    # Prefer the browser's superset codec of the guess (cp949 over euc_kr, cp1252 over
    # latin-1): same text where both decode, and it keeps the characters only it has.
    for name in [match.encoding, *match.could_be_from_charset]:
        codec = to_codec(name)
        if codec in _WHATWG_SUPERSETS.values():
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    return str(match)
