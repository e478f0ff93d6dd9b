"""Matching predicted events to gold events within one document."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ._normalise import norm_text, same_person
from ._report import CodeMismatch, FalsePositive, MissedEvent

# CAMEO codes of acts with no direction: the gold lists them once, first-named party
# as source, so a prediction with source and target swapped is as good.
SYMMETRIC_CODES = frozenset(
    {
        "040",  # consult (the two sides communicated)
        "044",  # meet at a third location
        "046",  # engage in negotiation (joint talks)
        "057",  # sign formal agreement
        "060",  # material cooperation
        "061",  # cooperate economically
        "062",  # cooperate militarily
        "063",  # judicial cooperation
        "0871",  # truce, ceasefire
    }
)


# GDELT QuadClass of each range of CAMEO roots: (first root, last root, quad class).
QUAD_RANGES = ((1, 5, "1"), (6, 9, "2"), (10, 14, "3"), (15, 20, "4"))

# Slots of a [tp, fp, fn] row in ``DocEvents.per_root`` and ``per_quad``.
TP, FP, FN = 0, 1, 2


def quad_of_root(root: str, fallback: object = None) -> str:
    """GDELT QuadClass of a CAMEO root: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4.

    A root that is not a number from 1 to 20 gives ``fallback`` as text, or "?".
    """
    try:
        number = int(root)
    except (TypeError, ValueError):
        number = None
    for first, last, quad in QUAD_RANGES:
        if number is not None and first <= number <= last:
            return quad
    return str(fallback) if fallback is not None else "?"


def _code(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return f"{value:02d}"
    return str(value).strip()


def _root(root: object, cameo: str) -> str:
    r = _code(root)
    if len(r) == 1 and r.isdigit():
        r = "0" + r
    return r or cameo[:2]


def _country(actor: object) -> str | None:
    if isinstance(actor, dict):
        actor = actor.get("country")
    if actor is None:
        return None
    text = str(actor).strip().upper()
    return text or None


@dataclass(slots=True)
class _Event:
    idx: int
    text: str  # gold evidence or predicted sentence, as given
    norm: str
    source: str | None
    target: str | None
    cameo: str
    root: str
    quad: str
    negated: bool
    hypothetical: bool
    speaker: str | None
    trigger: str = ""


def _to_event(idx: int, raw: dict, *, text_key: str) -> _Event:
    """A gold or predicted event dict as an ``_Event``; ``text_key`` names its sentence field."""
    cameo = _code(raw.get("cameo"))
    root = _root(raw.get("root"), cameo)
    return _Event(
        idx=idx,
        text=str(raw.get(text_key) or ""),
        norm=norm_text(raw.get(text_key)),
        source=_country(raw.get("source")),
        target=_country(raw.get("target")),
        cameo=cameo,
        root=root,
        quad=quad_of_root(root, raw.get("quad")),
        negated=bool(raw.get("negated")),
        hypothetical=bool(raw.get("hypothetical")),
        speaker=raw.get("speaker"),
        trigger=str(raw.get("trigger") or ""),
    )


def _evidence(g: _Event, p: _Event) -> bool:
    return bool(g.norm) and g.norm in p.norm


def _direct(g: _Event, p: _Event) -> bool:
    return p.source == g.source and p.target == g.target


def _swapped(g: _Event, p: _Event, symmetric: frozenset[str]) -> bool:
    return g.cameo in symmetric and p.source == g.target and p.target == g.source


def _actors(g: _Event, p: _Event, symmetric: frozenset[str]) -> bool:
    return _direct(g, p) or _swapped(g, p, symmetric)


def _same_flags(g: _Event, p: _Event) -> bool:
    return p.negated == g.negated and p.hypothetical == g.hypothetical


def _expands(g: _Event, p: _Event, symmetric: frozenset[str]) -> bool:
    """``p`` names one of ``g``'s parties and swaps the other for a conjoined one.

    Exactly one of source and target must be the same: an exact duplicate of a matched
    event is not an expansion. For symmetric codes the comparison is also made with
    ``g`` reversed, and the reversed event itself (both directions listed) counts too.
    """
    if (p.source == g.source) != (p.target == g.target):
        return True
    if g.cameo in symmetric:
        s, t = p.source == g.target, p.target == g.source
        return (s and t) or s != t
    return False


def _greedy(candidates: list[tuple[tuple, int, int]]) -> dict[int, int]:
    """Best-first one-to-one assignment: ``candidates`` are (quality, gold idx, pred idx)."""
    candidates.sort(key=lambda c: (tuple(-q for q in c[0]), c[1], c[2]))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in candidates:
        if gi in pairs or pi in used:
            continue
        pairs[gi] = pi
        used.add(pi)
    return pairs


def _ignorable(
    unmatched: list[_Event], matched_gold: list[_Event], symmetric: frozenset[str]
) -> set[int]:
    """Predictions that expand conjoined actors of a matched gold event."""
    out = set()
    for p in unmatched:
        for g in matched_gold:
            if _evidence(g, p) and p.root == g.root and _expands(g, p, symmetric):
                out.add(p.idx)
                break
    return out


@dataclass(frozen=True, slots=True)
class _Matching:
    """One level of matching (strict or root level) of one document."""

    pairs: dict[int, int]  # gold idx -> pred idx, one to one
    unmatched: list[_Event]  # predictions in no pair
    ignored: set[int]  # idx of unmatched predictions that only expand a matched gold event

    def counts(self, gold_count: int) -> tuple[int, int, int]:
        """(tp, fp, fn): ignored expansions are neither true nor false positives."""
        tp = len(self.pairs)
        return tp, len(self.unmatched) - len(self.ignored), gold_count - tp


def _strict_rank(g: _Event, p: _Event, symmetric: frozenset[str]) -> tuple:
    return (p.cameo == g.cameo, _same_flags(g, p), _direct(g, p), same_person(g.speaker, p.speaker))


def _root_level_rank(g: _Event, p: _Event, symmetric: frozenset[str]) -> tuple:
    return (_actors(g, p, symmetric), _direct(g, p), p.cameo == g.cameo, _same_flags(g, p))


def _pair_up(
    golds: list[_Event], preds: list[_Event], symmetric: frozenset[str], *, strict: bool
) -> _Matching:
    """Match gold and predicted events one to one on evidence and root.

    ``strict`` also requires source and target (swapped allowed for symmetric codes);
    the root level only uses them to rank the candidates.
    """
    rank = _strict_rank if strict else _root_level_rank
    pairs = _greedy(
        [
            (rank(g, p, symmetric), g.idx, p.idx)
            for g in golds
            for p in preds
            if _evidence(g, p) and p.root == g.root and (not strict or _actors(g, p, symmetric))
        ]
    )
    matched_gold = [g for g in golds if g.idx in pairs]
    unmatched = [p for p in preds if p.idx not in pairs.values()]
    return _Matching(pairs, unmatched, _ignorable(unmatched, matched_gold, symmetric))


@dataclass(slots=True)
class DocEvents:
    """The event comparison of one document (internal)."""

    strict_tp: int = 0
    strict_fp: int = 0
    strict_fn: int = 0
    ignored: int = 0
    root_tp: int = 0
    root_fp: int = 0
    root_fn: int = 0
    cameo_correct: int = 0
    flags_correct: int = 0
    speaker_correct: int = 0
    per_root: dict[str, list[int]] = field(default_factory=dict)  # label -> [tp, fp, fn]
    per_quad: dict[str, list[int]] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)
    missed: list[MissedEvent] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)
    mismatches: list[CodeMismatch] = field(default_factory=list)


def _tally(out: DocEvents, event: _Event, slot: int) -> None:
    """Count ``event`` as a TP, FP or FN (``slot``) of its root and of its quad class."""
    for table, label in ((out.per_root, event.root), (out.per_quad, event.quad)):
        table.setdefault(label, [0, 0, 0])[slot] += 1


def _describe(p: _Event) -> str:
    flags = "".join([" negated" if p.negated else "", " hypothetical" if p.hypothetical else ""])
    return f"{p.source or '-'}->{p.target or '-'} {p.cameo or '?'} (root {p.root or '?'}){flags}"


def _near(g: _Event, preds: list[_Event], symmetric: frozenset[str]) -> str | None:
    """What the coder said about this gold event's evidence, for error analysis."""
    on_evidence = [p for p in preds if _evidence(g, p)]
    if not on_evidence:
        return None
    notes = []
    for p in on_evidence[:3]:
        wrong = []
        if p.source != g.source and not _swapped(g, p, symmetric):
            wrong.append("source")
        if p.target != g.target and not _swapped(g, p, symmetric):
            wrong.append("target")
        if p.root != g.root:
            wrong.append("root")
        notes.append(f"{_describe(p)} [wrong {', '.join(wrong)}]" if wrong else _describe(p))
    more = f" (+{len(on_evidence) - 3} more)" if len(on_evidence) > 3 else ""
    return "; ".join(notes) + more


def _to_mismatch(doc_id: str, g: _Event, p: _Event) -> CodeMismatch:
    return CodeMismatch(
        doc=doc_id,
        evidence=g.text,
        gold_cameo=g.cameo,
        predicted_cameo=p.cameo,
        gold_negated=g.negated,
        predicted_negated=p.negated,
        gold_hypothetical=g.hypothetical,
        predicted_hypothetical=p.hypothetical,
        gold_speaker=g.speaker,
        predicted_speaker=p.speaker,
    )


def _coded_fields(e: _Event) -> dict:
    """The fields ``MissedEvent`` and ``FalsePositive`` both take from an event."""
    return {
        "source": e.source,
        "target": e.target,
        "cameo": e.cameo,
        "root": e.root,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
    }


def match_events(
    doc_id: str,
    gold_events: list[dict],
    predicted_events: list[dict],
    symmetric: frozenset[str] = SYMMETRIC_CODES,
) -> DocEvents:
    """Compare one document's gold events with the coder's events.

    Args:
        doc_id: the document's id, copied into every miss.
        gold_events: gold event dicts (devset schema, sentence in ``evidence``).
        predicted_events: the coder's event dicts (sentence in ``sentence``); items
            that are not dicts are skipped.
        symmetric: CAMEO codes whose source and target may be swapped.

    Returns:
        The counts and misses at the strict and the root level.
    """
    golds = [_to_event(i, e, text_key="evidence") for i, e in enumerate(gold_events)]
    preds = [
        _to_event(i, e, text_key="sentence")
        for i, e in enumerate(e for e in predicted_events if isinstance(e, dict))
    ]
    out = DocEvents()

    # Strict: evidence + root + source and target (swap allowed for symmetric codes).
    strict = _pair_up(golds, preds, symmetric, strict=True)
    out.strict_tp, out.strict_fp, out.strict_fn = strict.counts(len(golds))
    out.ignored = len(strict.ignored)

    for gi, pi in strict.pairs.items():
        g, p = golds[gi], preds[pi]
        _tally(out, g, TP)
        cameo_ok = p.cameo == g.cameo
        flags_ok = _same_flags(g, p)
        speaker_ok = same_person(g.speaker, p.speaker)
        out.cameo_correct += cameo_ok
        out.flags_correct += flags_ok
        out.speaker_correct += speaker_ok
        if not (cameo_ok and flags_ok and speaker_ok):
            out.mismatches.append(_to_mismatch(doc_id, g, p))
    missed_gold = [g for g in golds if g.idx not in strict.pairs]
    for g in missed_gold:
        _tally(out, g, FN)
        out.missed.append(
            MissedEvent(
                doc=doc_id,
                evidence=g.text,
                **_coded_fields(g),
                speaker=g.speaker,
                near=_near(g, preds, symmetric),
            )
        )
    false_positives = [p for p in strict.unmatched if p.idx not in strict.ignored]
    for p in false_positives:
        _tally(out, p, FP)
        out.false_positives.append(
            FalsePositive(doc=doc_id, sentence=p.text, **_coded_fields(p), trigger=p.trigger)
        )

    # Root confusion: left-over pairs that agree on evidence, source and target only.
    confused = _greedy(
        [
            ((), g.idx, p.idx)
            for g in missed_gold
            for p in false_positives
            if _evidence(g, p) and p.root != g.root and _actors(g, p, symmetric)
        ]
    )
    for gi, pi in confused.items():
        out.confusion[(golds[gi].root, preds[pi].root)] += 1

    # Root level: evidence + root; the actors only rank the candidates.
    root_level = _pair_up(golds, preds, symmetric, strict=False)
    out.root_tp, out.root_fp, out.root_fn = root_level.counts(len(golds))
    return out
