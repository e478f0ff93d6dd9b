"""Scoring (gold, predicted) pairs, and running a coder over a gold folder."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from ._events import SYMMETRIC_CODES, match_events
from ._fields import METADATA_FIELDS, score_fields
from ._gold import read_gold
from ._report import (
    ActorScores,
    BodyScores,
    DocumentError,
    DocumentResult,
    EventScores,
    FieldShare,
    LabelPrf,
    MetadataScores,
    Prf,
    QuoteScores,
    Report,
    RootConfusion,
    Share,
)


def _root_sort(label: str) -> tuple:
    return (0, int(label)) if label.isdigit() else (1, label)


def _labelled(table: dict[str, list[int]]) -> tuple[LabelPrf, ...]:
    return tuple(LabelPrf(k, Prf(*table[k])) for k in sorted(table, key=_root_sort))


def _add(totals: list[int], counts: Iterable[int]) -> None:
    """Add ``counts`` into ``totals``, slot by slot."""
    for i, count in enumerate(counts):
        totals[i] += count


def failed_prediction(gold: dict, exc: BaseException) -> dict:
    """The coded-document dict standing for a document whose coding raised ``exc``."""
    return {
        "source": str(gold.get("path") or gold.get("file") or ""),
        "id": None,
        "metadata": None,
        "text": "",
        "actors": [],
        "events": [],
        "quotes": [],
        "rejected": {"stage": "evaluate", "reason": "exception", "detail": f"{type(exc).__name__}: {exc}"},
    }


def score(pairs: Iterable[tuple[dict, dict | None]], *, symmetric_codes: Iterable[str] = SYMMETRIC_CODES) -> Report:
    """Compare each gold annotation with the coder's output for the same document.

    Pure: reads nothing, writes nothing.

    Args:
        pairs: (gold, predicted): gold in the devset schema, predicted a coded document
            dict as ``detente code`` prints it. A predicted ``None`` or one with
            ``rejected`` set counts as a document the coder failed: every item of it
            is missed.
        symmetric_codes: CAMEO codes whose source and target may be swapped.

    Returns:
        The scores over all documents, per document, and every miss.
    """
    symmetric = frozenset(symmetric_codes)
    docs: list[DocumentResult] = []
    errors: list[DocumentError] = []
    missed, false_positives, mismatches, field_misses = [], [], [], []
    strict = [0, 0, 0]
    root_level = [0, 0, 0]
    ignored = cameo_ok = flags_ok = speaker_ok = 0
    per_root: dict[str, list[int]] = {}
    per_quad: dict[str, list[int]] = {}
    confusion: Counter = Counter()
    meta = {name: [0, 0] for name in METADATA_FIELDS}
    kept = [0, 0]
    dropped = [0, 0]
    actors = [0, 0, 0]  # full match, mention found, total
    actor_kinds: dict[str, list[int]] = {}  # predicted mention kind -> [correct, total]
    quotes = [0, 0, 0, 0]  # found, speaker, country, total

    for n, (gold, predicted) in enumerate(pairs):
        doc_id = str(gold.get("id") or f"#{n + 1}")
        file = str(gold.get("file") or "")
        error = None
        if not isinstance(predicted, dict):
            error = DocumentError(doc_id, file, "evaluate", "no_output", "the coder returned no document")
            predicted = None
        elif predicted.get("rejected"):
            rejected = predicted["rejected"]
            rejected = rejected if isinstance(rejected, dict) else {"detail": str(rejected)}
            error = DocumentError(
                doc_id,
                file,
                *(str(rejected.get(key) or "") for key in ("stage", "reason", "detail")),
            )
        if error:
            errors.append(error)
        failed = error is not None

        pred_events = [] if failed else (predicted.get("events") or [])
        ev = match_events(doc_id, gold.get("events") or [], pred_events, symmetric)
        fl = score_fields(doc_id, gold, predicted, failed)

        _add(strict, (ev.strict_tp, ev.strict_fp, ev.strict_fn))
        _add(root_level, (ev.root_tp, ev.root_fp, ev.root_fn))
        ignored += ev.ignored
        cameo_ok += ev.cameo_correct
        flags_ok += ev.flags_correct
        speaker_ok += ev.speaker_correct
        for doc_table, table in ((ev.per_root, per_root), (ev.per_quad, per_quad)):
            for label, counts in doc_table.items():
                _add(table.setdefault(label, [0, 0, 0]), counts)
        confusion.update(ev.confusion)
        missed += ev.missed
        false_positives += ev.false_positives
        mismatches += ev.mismatches
        field_misses += fl.misses
        for name, ok in fl.metadata.items():
            _add(meta[name], (ok, 1))
        _add(kept, (fl.kept, fl.kept_total))
        _add(dropped, (fl.dropped, fl.dropped_total))
        _add(actors, (fl.actors, fl.actors_mention, fl.actors_total))
        for kind, counts in fl.actors_by_kind.items():
            _add(actor_kinds.setdefault(kind, [0, 0]), counts)
        _add(quotes, (fl.quotes_found, fl.quotes_speaker, fl.quotes_country, fl.quotes_total))

        docs.append(
            DocumentResult(
                id=doc_id,
                file=file,
                gold_events=len(gold.get("events") or []),
                predicted_events=len(pred_events),
                events=Prf(ev.strict_tp, ev.strict_fp, ev.strict_fn),
                root_level=Prf(ev.root_tp, ev.root_fp, ev.root_fn),
                ignored=ev.ignored,
                metadata=Share(sum(fl.metadata.values()), len(fl.metadata)),
                body_kept=Share(fl.kept, fl.kept_total),
                body_dropped=Share(fl.dropped, fl.dropped_total),
                actors=Share(fl.actors, fl.actors_total),
                quotes=Share(fl.quotes_speaker, fl.quotes_total),
                error=f"{error.stage}/{error.reason}: {error.detail}".strip() if error else None,
            )
        )

    tp = strict[0]
    events = EventScores(
        strict=Prf(*strict),
        root_level=Prf(*root_level),
        ignored=ignored,
        cameo=Share(cameo_ok, tp),
        flags=Share(flags_ok, tp),
        speaker=Share(speaker_ok, tp),
        per_root=_labelled(per_root),
        per_quad=_labelled(per_quad),
        confusion=tuple(
            RootConfusion(g, p, c)
            for (g, p), c in sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
    )
    fields = tuple(FieldShare(name, Share(*meta[name])) for name in METADATA_FIELDS)
    return Report(
        documents=len(docs),
        events=events,
        metadata=MetadataScores(
            fields=fields,
            overall=Share(sum(f.share.correct for f in fields), sum(f.share.total for f in fields)),
        ),
        body=BodyScores(kept=Share(*kept), dropped=Share(*dropped)),
        actors=ActorScores(
            accuracy=Share(actors[0], actors[2]),
            mention_found=Share(actors[1], actors[2]),
            by_kind=tuple((kind, Share(*actor_kinds[kind])) for kind in sorted(actor_kinds)),
        ),
        quotes=QuoteScores(
            found=Share(quotes[0], quotes[3]),
            speaker=Share(quotes[1], quotes[3]),
            speaker_country=Share(quotes[2], quotes[3]),
        ),
        per_document=tuple(docs),
        missed_events=tuple(missed),
        false_positives=tuple(false_positives),
        code_mismatches=tuple(mismatches),
        field_misses=tuple(field_misses),
        errors=tuple(errors),
    )


def evaluate(
    gold_dir: Path,
    code_file: Callable[[Path], dict],
    *,
    on_document: Callable[[dict, dict], None] | None = None,
) -> Report:
    """Read the gold in ``gold_dir``, code each document with ``code_file``, score.

    Args:
        gold_dir: the folder of ``*.gold.json`` annotations.
        code_file: ``code_file(path)`` returns a coded-document dict (or an object with
            ``to_dict()``, such as a ``CodedDocument``). An exception raised by it, or a
            return value that is not a document, is recorded in ``Report.errors`` and
            the document scores as fully missed; the run goes on.
        on_document: called as ``on_document(gold, predicted)`` after each document
            (progress bars).

    Returns:
        The report of ``score`` over every document.

    Raises:
        InputError: the gold folder is missing, empty or holds a malformed annotation.
    """
    pairs = []
    for gold in read_gold(Path(gold_dir)):
        try:
            predicted = code_file(gold["path"])
            if hasattr(predicted, "to_dict") and not isinstance(predicted, dict):
                predicted = predicted.to_dict()
            if not isinstance(predicted, dict):
                raise TypeError(f"the coder returned {type(predicted).__name__}, not a coded-document dict")
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the evaluation
            predicted = failed_prediction(gold, exc)
        pairs.append((gold, predicted))
        if on_document is not None:
            on_document(gold, predicted)
    return score(pairs)
