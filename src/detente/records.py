"""The typed records that move between pipeline stages.

ingest -> RawDocument -> extract -> Article -> nlp/actors -> ActorMention
-> events -> Event, Quote -> CodedDocument -> store.
Every record carries ``article_id`` (the content hash of the raw bytes) so any
row traces back to its source file.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes as read from a source, before any cleaning."""

    article_id: str  # sha256 hex of ``data`` (first 32 chars)
    uri: str  # input path or URL
    data: bytes
    content_type: str  # "text/html" or "text/plain"
    fetched_at: str | None = None  # ISO 8601 with offset
    hint_date: str | None = None  # a date given beside the content (JSON Lines)


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned news article: body text and metadata."""

    article_id: str
    uri: str
    text: str  # clean body, paragraphs joined by "\n\n"
    title: str | None = None
    published: str | None = None  # ISO 8601 with offset
    updated: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    outlet_country: str | None = None  # ISO 3166-1 alpha-3 of the outlet's home country
    section: str | None = None
    dateline: str | None = None  # "HANOI, March 1"
    url: str | None = None
    language: str | None = "en"
    paragraphs: tuple[str, ...] = ()
    # Photo captions and credits taken out of the body (figcaption, "Photo: Jane Doe/Agency",
    # a caption sentence next to a credit line), kept here in page order; bylines and datelines
    # taken out of the body are in ``authors`` and ``dateline``.
    captions: tuple[str, ...] = ()
    # Human-readable notes on inferred values, e.g. "published: offset +09:00 inferred from outlet KBS World Radio".
    notes: tuple[str, ...] = ()

    def metadata(self) -> dict:
        """The metadata block of the coded-document JSON."""
        return {
            "title": self.title,
            "outlet": self.outlet,
            "outlet_country": self.outlet_country,
            "published": self.published,
            "updated": self.updated,
            "authors": list(self.authors),
            "section": self.section,
            "dateline": self.dateline,
            "url": self.url,
            "language": self.language,
            "captions": list(self.captions),
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved political actor: country (ISO3 or UNO/NAT/EUR/IGO) and role."""

    country: str | None
    role: str | None = None  # GOV, MIL, COP, JUD, LEG, OPP, REB, BUS, MED, CVL, IGO ...
    name: str | None = None  # canonical name, e.g. "Chang Ho-jin" or "South Korea"

    @property
    def code(self) -> str:
        """CAMEO-style actor code, e.g. ``KORGOV``."""
        return f"{self.country or '---'}{self.role or ''}"

    def to_dict(self) -> dict:
        return {"country": self.country, "role": self.role, "name": self.name, "code": self.code}


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span of the article text resolved to an actor, with the rule that did it."""

    article_id: str
    mention: str
    start: int | None  # character offsets into Article.text; None for a reporter named only in the byline
    end: int | None
    actor: Actor
    kind: str  # state, capital, demonym, seat, igo, person_title, person_registry, surname, role_noun, context
    rule: str  # which rule or dictionary row resolved it
    person: bool = False
    # For group references ("the two sides", "both countries"): the actors they stand for.
    members: tuple[Actor, ...] = ()

    def to_dict(self) -> dict:
        return {
            "mention": self.mention,
            "start": self.start,
            "end": self.end,
            **self.actor.to_dict(),
            "person": self.person,
            "kind": self.kind,
            "rule": self.rule,
            "members": [m.code for m in self.members],
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One coded CAMEO event with its evidence."""

    article_id: str
    sentence: str
    start: int  # sentence span in Article.text
    end: int
    source: Actor | None
    target: Actor | None
    cameo: str
    root: str
    quad: int
    goldstein: float
    negated: bool = False
    hypothetical: bool = False
    speaker: str | None = None
    trigger: str = ""
    coder: str = "rules.v1"

    def to_dict(self) -> dict:
        return {
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "quad": self.quad,
            "goldstein": self.goldstein,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "speaker": self.speaker,
            "trigger": self.trigger,
            "coder": self.coder,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation with its speaker."""

    article_id: str
    speaker: str | None
    speaker_country: str | None
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {
            "speaker": self.speaker,
            "speaker_country": self.speaker_country,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


REJECTION_REASONS = (
    "empty_file",
    "binary",
    "too_large",
    "bad_encoding",
    "no_article",
    "empty_text",
    "not_english",
    "unreadable",
    "fetch_failed",
    "internal_error",
    "unsupported_type",
    "store_error",
    "bad_record",  # a JSON Lines or .urls line that is not a usable record (file and line in the detail)
    "empty_feed",  # an RSS/Atom feed file with no entries
)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become a coded document, and why."""

    article_id: str
    uri: str
    stage: str  # ingest, extract, nlp, actors, events
    reason: str  # one of REJECTION_REASONS
    detail: str = ""

    def to_dict(self) -> dict:
        return {"stage": self.stage, "reason": self.reason, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class CodedDocument:
    """All a pipeline run knows about one input: article, actors, events, quotes."""

    article_id: str
    uri: str
    article: Article | None
    mentions: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    rejected: Rejection | None = None

    def to_dict(self) -> dict:
        """The JSON shape of DESIGN.md ("The JSON of one coded document")."""
        return {
            "source": self.uri,
            "id": self.article_id,
            "metadata": self.article.metadata() if self.article else None,
            "text": self.article.text if self.article else "",
            "actors": [m.to_dict() for m in self.mentions],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "rejected": self.rejected.to_dict() if self.rejected else None,
        }
