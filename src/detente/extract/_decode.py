"""Bytes -> text for the extract stage: UTF-8 first, then the page's declared charset,
then charset-normalizer. Binary data is refused, not guessed at.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Share of control characters (other than tab/newline/CR/FF) above which decoded text is
# binary data. Text pages have none; 5% leaves room for a few stray bytes.
MAX_CONTROL_SHARE = 0.05
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.I)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")


class DecodeFailure(Exception):
    """The bytes are not text; ``reason`` is a Rejection reason."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def decode_bytes(data: bytes, *, is_html: bool) -> str:
    """Decode page bytes.

    Args:
        data: the raw bytes.
        is_html: look for a ``<meta charset>`` declaration.

    Returns:
        The text, with a BOM removed and newlines normalised.

    Raises:
        DecodeFailure: reason "binary" for binary data, "bad_encoding" for undecodable text.
    """
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DecodeFailure("binary", "the data has NUL bytes or a binary file signature")
    text = _decode(data, is_html=is_html)
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if text and control / len(text) > MAX_CONTROL_SHARE:
        raise DecodeFailure("binary", f"{control} control characters in {len(text)}: not text")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, *, is_html: bool) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise DecodeFailure("bad_encoding", f"a UTF-16 byte-order mark but invalid UTF-16: {err}") from err
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if is_html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    best = from_bytes(data).best()
    if best is None:
        raise DecodeFailure("bad_encoding", "not UTF-8 and charset-normalizer found no encoding that fits")
    return str(best)
