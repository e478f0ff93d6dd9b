"""Scoring metadata, body text, actors and quotes of one document."""
from __future__ import annotations

from dataclasses import dataclass, field

from ._normalise import (
    contains,
    norm_key,
    same_instant,
    same_name_list,
    same_person,
    same_text,
)
from ._report import FieldMiss

METADATA_FIELDS = ("title", "outlet", "published", "updated", "authors", "section", "dateline")
_COMPARE = {
    "published": same_instant,
    "updated": same_instant,
    "authors": same_name_list,
}

MIN_CONTAINED_MENTION = 4  # a predicted mention shorter than this must match exactly


@dataclass(slots=True)
class DocFields:
    """Counts for one document (internal)."""

    metadata: dict[str, bool] = field(default_factory=dict)
    kept: int = 0
    kept_total: int = 0
    dropped: int = 0
    dropped_total: int = 0
    actors: int = 0
    actors_mention: int = 0
    actors_total: int = 0
    actors_by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [correct, total]
    quotes_found: int = 0
    quotes_speaker: int = 0
    quotes_country: int = 0
    quotes_total: int = 0
    misses: list[FieldMiss] = field(default_factory=list)


def _show(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _mention_matches(gold: object, predicted: object) -> bool:
    g, p = norm_key(gold), norm_key(predicted)
    if not g or not p:
        return False
    if g == p:
        return True
    return len(p) >= MIN_CONTAINED_MENTION and (p in g or g in p)


def _norm_code(value: object) -> str:
    return str(value).strip().upper() if value is not None else ""


def _same_code(a: object, b: object) -> bool:
    return _norm_code(a) == _norm_code(b)


def _country_role(actor: dict) -> str:
    return f"{actor.get('country') or '-'}/{actor.get('role') or '-'}"


def _speaker_with_country(quote: dict) -> str:
    return f"{quote.get('speaker')} ({quote.get('speaker_country')})"


def score_fields(doc_id: str, gold: dict, predicted: dict | None, failed: bool) -> DocFields:
    """Compare everything but events: metadata, body snippets, actors and quotes.

    Args:
        doc_id: the document's id, copied into every miss.
        gold: the gold annotation (devset schema).
        predicted: the coded-document dict, or None when there is none.
        failed: the coder failed on the document; it then scores 0 on every item.

    Returns:
        The counts and the misses of the document.
    """
    out = DocFields()
    pred = predicted or {}

    gold_meta = gold.get("metadata") or {}
    pred_meta = pred.get("metadata") or {}
    for name in METADATA_FIELDS:
        g, p = gold_meta.get(name), pred_meta.get(name)
        ok = not failed and _COMPARE.get(name, same_text)(g, p)
        out.metadata[name] = ok
        if not ok:
            out.misses.append(FieldMiss(doc_id, "metadata", name, _show(g), _show(p)))

    text = pred.get("text") or ""
    for snippet in gold.get("body_must_contain") or []:
        out.kept_total += 1
        if not failed and contains(text, snippet):
            out.kept += 1
        else:
            out.misses.append(FieldMiss(doc_id, "body_missing", snippet))
    for snippet in gold.get("body_must_not_contain") or []:
        out.dropped_total += 1
        if not failed and not contains(text, snippet):
            out.dropped += 1
        else:
            out.misses.append(FieldMiss(doc_id, "furniture_kept", snippet))

    pred_actors = [a for a in pred.get("actors") or [] if isinstance(a, dict)]
    for actor in gold.get("actors") or []:
        out.actors_total += 1
        mention = actor.get("mention")
        same_mention = [] if failed else [a for a in pred_actors if _mention_matches(mention, a.get("mention"))]
        if same_mention:
            out.actors_mention += 1
        right = [a for a in same_mention
                 if _same_code(a.get("country"), actor.get("country")) and _same_code(a.get("role"), actor.get("role"))]
        # Which rule of the coder handled it (the predicted mention's kind), for per-kind accuracy.
        kind = str((right or same_mention or [{}])[0].get("kind") or ("unknown" if same_mention else "not found"))
        tally = out.actors_by_kind.setdefault(kind, [0, 0])
        tally[0] += bool(right)
        tally[1] += 1
        if right:
            out.actors += 1
        else:
            got = sorted({_country_role(a) for a in same_mention})
            out.misses.append(
                FieldMiss(
                    doc_id,
                    "actor",
                    str(mention),
                    _country_role(actor),
                    ", ".join(got) if got else None,
                )
            )

    pred_quotes = [q for q in pred.get("quotes") or [] if isinstance(q, dict)]
    for quote in gold.get("quotes") or []:
        out.quotes_total += 1
        snippet = quote.get("text_contains")
        found = [] if failed else [q for q in pred_quotes if contains(q.get("text"), snippet)]
        speaker_ok = any(same_person(quote.get("speaker"), q.get("speaker")) for q in found)
        country_ok = any(_same_code(q.get("speaker_country"), quote.get("speaker_country")) for q in found)
        out.quotes_found += bool(found)
        out.quotes_speaker += speaker_ok
        out.quotes_country += country_ok
        if not (speaker_ok and country_ok):
            got = "; ".join(_speaker_with_country(q) for q in found[:3])
            out.misses.append(
                FieldMiss(
                    doc_id,
                    "quote",
                    str(snippet),
                    _speaker_with_country(quote),
                    got or None,
                )
            )
    return out
