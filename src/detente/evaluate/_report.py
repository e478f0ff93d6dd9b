"""The immutable records a scoring run produces."""
from __future__ import annotations

from dataclasses import asdict, dataclass


def ratio(n: int, d: int) -> float | None:
    """n / d, or None when nothing was there to count."""
    return n / d if d else None


def _with_properties(record: object, *names: str) -> dict:
    """``record``'s fields, then the named properties derived from them."""
    return {**asdict(record), **{name: getattr(record, name) for name in names}}


@dataclass(frozen=True, slots=True)
class Prf:
    """Precision, recall and F1 from counts (None where the denominator is 0)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict:
        """The counts and the three scores, for JSON."""
        return _with_properties(self, "precision", "recall", "f1")


@dataclass(frozen=True, slots=True)
class LabelPrf:
    """Precision/recall of one CAMEO root or quad class."""

    label: str
    scores: Prf


@dataclass(frozen=True, slots=True)
class Share:
    """``correct`` out of ``total``; ``value`` is None when ``total`` is 0."""

    correct: int
    total: int

    @property
    def value(self) -> float | None:
        return ratio(self.correct, self.total)

    def to_dict(self) -> dict:
        """The counts and their ratio, for JSON."""
        return _with_properties(self, "value")


@dataclass(frozen=True, slots=True)
class RootConfusion:
    """Gold and predicted events agreeing on evidence, source and target but not on root."""

    gold_root: str
    predicted_root: str
    count: int


@dataclass(frozen=True, slots=True)
class EventScores:
    """Event matching over all documents; the shares are among strict matches."""

    strict: Prf  # evidence + source + target + root
    root_level: Prf  # evidence + root
    ignored: int  # conjoined-actor expansions neither TP nor FP (strict level)
    cameo: Share  # exact code among strict matches
    flags: Share  # negated and hypothetical both right among strict matches
    speaker: Share  # speaker (name rule) among strict matches
    per_root: tuple[LabelPrf, ...]
    per_quad: tuple[LabelPrf, ...]
    confusion: tuple[RootConfusion, ...]  # most frequent first


@dataclass(frozen=True, slots=True)
class FieldShare:
    """Accuracy of one metadata field over all documents."""

    field: str
    share: Share


@dataclass(frozen=True, slots=True)
class MetadataScores:
    """Accuracy per metadata field and over all fields together."""

    fields: tuple[FieldShare, ...]
    overall: Share


@dataclass(frozen=True, slots=True)
class BodyScores:
    """How well the extracted body keeps the story and drops page furniture."""

    kept: Share  # body_must_contain snippets found in the predicted text
    dropped: Share  # body_must_not_contain snippets absent from it


@dataclass(frozen=True, slots=True)
class ActorScores:
    """Gold actor mentions found, and found with the right country and role."""

    accuracy: Share  # mention + country + role
    mention_found: Share  # mention alone (diagnostic)
    by_kind: tuple[tuple[str, Share], ...] = ()  # accuracy by the predicted mention's kind ("not found": none)


@dataclass(frozen=True, slots=True)
class QuoteScores:
    """Gold quotes found, and attributed to the right speaker and country."""

    found: Share  # a predicted quote contains text_contains
    speaker: Share  # ... and its speaker matches
    speaker_country: Share  # ... and its speaker_country matches


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One document's counts, for the per-document table."""

    id: str
    file: str
    gold_events: int
    predicted_events: int
    events: Prf  # strict
    root_level: Prf
    ignored: int
    metadata: Share
    body_kept: Share
    body_dropped: Share
    actors: Share
    quotes: Share  # speaker recall
    error: str | None = None  # set when the document could not be coded


@dataclass(frozen=True, slots=True)
class MissedEvent:
    """A gold event no prediction matched strictly."""

    doc: str
    evidence: str
    source: str | None
    target: str | None
    cameo: str
    root: str
    negated: bool
    hypothetical: bool
    speaker: str | None
    near: str | None  # what the coder produced for that evidence, if anything


@dataclass(frozen=True, slots=True)
class FalsePositive:
    """A predicted event that matched no gold event (and is not an ignored expansion)."""

    doc: str
    sentence: str
    source: str | None
    target: str | None
    cameo: str
    root: str
    negated: bool
    hypothetical: bool
    trigger: str


@dataclass(frozen=True, slots=True)
class CodeMismatch:
    """A strict match whose exact code, flags or speaker differ from the gold."""

    doc: str
    evidence: str
    gold_cameo: str
    predicted_cameo: str
    gold_negated: bool
    predicted_negated: bool
    gold_hypothetical: bool
    predicted_hypothetical: bool
    gold_speaker: str | None
    predicted_speaker: str | None


@dataclass(frozen=True, slots=True)
class FieldMiss:
    """A wrong metadata value, a body snippet, actor or quote not found."""

    doc: str
    kind: str  # "metadata", "body_missing", "furniture_kept", "actor", "quote"
    item: str  # field name, snippet, gold mention or quote text
    gold: str | None = None
    predicted: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentError:
    """A document the coder rejected or failed on; it is scored as fully missed."""

    doc: str
    file: str
    stage: str
    reason: str
    detail: str


@dataclass(frozen=True, slots=True)
class Report:
    """Everything ``score`` measured."""

    documents: int
    events: EventScores
    metadata: MetadataScores
    body: BodyScores
    actors: ActorScores
    quotes: QuoteScores
    per_document: tuple[DocumentResult, ...]
    missed_events: tuple[MissedEvent, ...]
    false_positives: tuple[FalsePositive, ...]
    code_mismatches: tuple[CodeMismatch, ...]
    field_misses: tuple[FieldMiss, ...]
    errors: tuple[DocumentError, ...]  # documents rejected or failed: scored as fully missed
