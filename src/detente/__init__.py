"""détente: news in, CAMEO-coded political events out, every row traceable to its sentence.

    >>> import detente
    >>> doc = detente.code("<html>...</html>")      # or plain text
    >>> doc.to_dict()["events"]
"""
from __future__ import annotations

from detente.config import Settings
from detente.errors import ConfigError, DetenteError, InputError, StoreError
from detente.ingest import iter_raw_documents, to_raw_document
from detente.records import (
    Actor,
    ActorMention,
    Article,
    CodedDocument,
    Event,
    Quote,
    RawDocument,
    Rejection,
)
from detente.run.local import code_documents
from detente.run.store import IngestSummary, ingest_paths

__all__ = [
    "Actor",
    "ActorMention",
    "Article",
    "CodedDocument",
    "ConfigError",
    "DetenteError",
    "Event",
    "IngestSummary",
    "InputError",
    "Quote",
    "RawDocument",
    "Rejection",
    "Settings",
    "StoreError",
    "code",
    "code_documents",
    "code_files",
    "ingest_paths",
]


def code(text_or_html: str | bytes, *, uri: str = "<text>", settings: Settings | None = None) -> CodedDocument:
    """Code one article given as a string (plain text or HTML) or bytes.

    Args:
        text_or_html: the article as saved: a scraped text page, wire text or HTML.
        uri: a name for it, kept as the document's source.
        settings: run settings.

    Returns:
        The CodedDocument; if the input was unusable its ``rejected`` says why.
    """
    data = text_or_html.encode("utf-8") if isinstance(text_or_html, str) else text_or_html
    raw = to_raw_document(uri, data, settings=settings)
    return next(code_documents([raw], settings=settings))


def code_files(paths: list[str], *, settings: Settings | None = None):
    """Code files, folders, globs or ``-`` (stdin); yields one CodedDocument per input.

    Raises:
        InputError: a path names nothing.
    """
    return code_documents(iter_raw_documents(paths, settings=settings), settings=settings)
