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


def quad_of_root(root: str, fallback: object = None) -> str:
    """GDELT QuadClass of a CAMEO root: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4."""
    try:
        r = int(root)
    except (TypeError, ValueError):
        return str(fallback) if fallback is not None else "?"
    if 1 <= r <= 5:
        return "1"
    if 6 <= r <= 9:
        return "2"
    if 10 <= r <= 14:
        return "3"
    if 15 <= r <= 20:
        return "4"
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


def _gold_event(i: int, e: dict) -> _Event:
    cameo = _code(e.get("cameo"))
    root = _root(e.get("root"), cameo)
    return _Event(
        idx=i,
        text=str(e.get("evidence") or ""),
        norm=norm_text(e.get("evidence")),
        source=_country(e.get("source")),
        target=_country(e.get("target")),
        cameo=cameo,
        root=root,
        quad=quad_of_root(root, e.get("quad")),
        negated=bool(e.get("negated")),
        hypothetical=bool(e.get("hypothetical")),
        speaker=e.get("speaker"),
    )


def _pred_event(i: int, e: dict) -> _Event:
    cameo = _code(e.get("cameo"))
    root = _root(e.get("root"), cameo)
    return _Event(
        idx=i,
        text=str(e.get("sentence") or ""),
        norm=norm_text(e.get("sentence")),
        source=_country(e.get("source")),
        target=_country(e.get("target")),
        cameo=cameo,
        root=root,
        quad=quad_of_root(root, e.get("quad")),
        negated=bool(e.get("negated")),
        hypothetical=bool(e.get("hypothetical")),
        speaker=e.get("speaker"),
        trigger=str(e.get("trigger") or ""),
    )


def _evidence(g: _Event, p: _Event) -> bool:
    return bool(g.norm) and g.norm in p.norm


def _direct(g: _Event, p: _Event) -> bool:
    return p.source == g.source and p.target == g.target


def _swapped(g: _Event, p: _Event, symmetric: frozenset[str]) -> bool:
    return g.cameo in symmetric and p.source == g.target and p.target == g.source


def _actors(g: _Event, p: _Event, symmetric: frozenset[str]) -> bool:
    return _direct(g, p) or _swapped(g, p, symmetric)


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


def _bump(table: dict[str, list[int]], label: str, slot: int) -> None:
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
        why = []
        if p.source != g.source and not _swapped(g, p, symmetric):
            why.append("source")
        if p.target != g.target and not _swapped(g, p, symmetric):
            why.append("target")
        if p.root != g.root:
            why.append("root")
        notes.append(f"{_describe(p)} [wrong {', '.join(why)}]" if why else _describe(p))
    more = f" (+{len(on_evidence) - 3} more)" if len(on_evidence) > 3 else ""
    return "; ".join(notes) + more


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


def match_events(
    doc_id: str,
    gold_events: list[dict],
    predicted_events: list[dict],
    symmetric: frozenset[str] = SYMMETRIC_CODES,
) -> DocEvents:
    golds = [_gold_event(i, e) for i, e in enumerate(gold_events)]
    preds = [
        _pred_event(i, e) for i, e in enumerate(e for e in predicted_events if isinstance(e, dict))
    ]
    out = DocEvents()

    # Strict: evidence + source + target (swap allowed for symmetric codes) + root.
    candidates = []
    for g in golds:
        for p in preds:
            if _evidence(g, p) and p.root == g.root and _actors(g, p, symmetric):
                quality = (
                    p.cameo == g.cameo,
                    p.negated == g.negated and p.hypothetical == g.hypothetical,
                    _direct(g, p),
                    same_person(g.speaker, p.speaker),
                )
                candidates.append((quality, g.idx, p.idx))
    strict = _greedy(candidates)
    matched_gold = [g for g in golds if g.idx in strict]
    unmatched_preds = [p for p in preds if p.idx not in strict.values()]
    ignored = _ignorable(unmatched_preds, matched_gold, symmetric)
    out.strict_tp = len(strict)
    out.ignored = len(ignored)
    out.strict_fn = len(golds) - len(strict)
    out.strict_fp = len(unmatched_preds) - len(ignored)

    for gi, pi in strict.items():
        g, p = golds[gi], preds[pi]
        _bump(out.per_root, g.root, 0)
        _bump(out.per_quad, g.quad, 0)
        cameo_ok = p.cameo == g.cameo
        flags_ok = p.negated == g.negated and p.hypothetical == g.hypothetical
        speaker_ok = same_person(g.speaker, p.speaker)
        out.cameo_correct += cameo_ok
        out.flags_correct += flags_ok
        out.speaker_correct += speaker_ok
        if not (cameo_ok and flags_ok and speaker_ok):
            out.mismatches.append(
                CodeMismatch(
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
            )
    for g in golds:
        if g.idx not in strict:
            _bump(out.per_root, g.root, 2)
            _bump(out.per_quad, g.quad, 2)
            out.missed.append(
                MissedEvent(
                    doc=doc_id,
                    evidence=g.text,
                    source=g.source,
                    target=g.target,
                    cameo=g.cameo,
                    root=g.root,
                    negated=g.negated,
                    hypothetical=g.hypothetical,
                    speaker=g.speaker,
                    near=_near(g, preds, symmetric),
                )
            )
    for p in unmatched_preds:
        if p.idx in ignored:
            continue
        _bump(out.per_root, p.root, 1)
        _bump(out.per_quad, p.quad, 1)
        out.false_positives.append(
            FalsePositive(
                doc=doc_id,
                sentence=p.text,
                source=p.source,
                target=p.target,
                cameo=p.cameo,
                root=p.root,
                negated=p.negated,
                hypothetical=p.hypothetical,
                trigger=p.trigger,
            )
        )

    # Root confusion: left-over pairs that agree on evidence, source and target only.
    confused = _greedy(
        [
            ((), g.idx, p.idx)
            for g in golds
            if g.idx not in strict
            for p in unmatched_preds
            if p.idx not in ignored and _evidence(g, p) and p.root != g.root and _actors(g, p, symmetric)
        ]
    )
    for gi, pi in confused.items():
        out.confusion[(golds[gi].root, preds[pi].root)] += 1

    # Root level: evidence + root.
    candidates = []
    for g in golds:
        for p in preds:
            if _evidence(g, p) and p.root == g.root:
                quality = (
                    _actors(g, p, symmetric),
                    _direct(g, p),
                    p.cameo == g.cameo,
                    p.negated == g.negated and p.hypothetical == g.hypothetical,
                )
                candidates.append((quality, g.idx, p.idx))
    loose = _greedy(candidates)
    loose_gold = [g for g in golds if g.idx in loose]
    loose_unmatched = [p for p in preds if p.idx not in loose.values()]
    loose_ignored = _ignorable(loose_unmatched, loose_gold, symmetric)
    out.root_tp = len(loose)
    out.root_fn = len(golds) - len(loose)
    out.root_fp = len(loose_unmatched) - len(loose_ignored)
    return out
