"""Plain-text and JSON renderings of a ``Report``."""
from __future__ import annotations

from dataclasses import asdict

from ._report import LabelPrf, Prf, Report, Share

ROOT_NAMES = {
    "01": "make public statement",
    "02": "appeal",
    "03": "express intent to cooperate",
    "04": "consult",
    "05": "diplomatic cooperation",
    "06": "material cooperation",
    "07": "provide aid",
    "08": "yield",
    "09": "investigate",
    "10": "demand",
    "11": "disapprove",
    "12": "reject",
    "13": "threaten",
    "14": "protest",
    "15": "exhibit force posture",
    "16": "reduce relations",
    "17": "coerce",
    "18": "assault",
    "19": "fight",
    "20": "unconventional mass violence",
}
QUAD_NAMES = {
    "1": "verbal cooperation",
    "2": "material cooperation",
    "3": "verbal conflict",
    "4": "material conflict",
}


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _share(s: Share) -> str:
    return f"{_num(s.value):>6}  ({s.correct}/{s.total})"


def _table(header: list[str], rows: list[list[str]], align_left: int = 1) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        out = []
        for i, (c, w) in enumerate(zip(cells, widths)):
            out.append(str(c).ljust(w) if i < align_left else str(c).rjust(w))
        return "  " + "  ".join(out).rstrip()

    return [line(header), "  " + "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def _prf_row(name: str, p: Prf) -> list[str]:
    return [name, str(p.tp), str(p.fp), str(p.fn), _num(p.precision), _num(p.recall), _num(p.f1)]


_PRF_HEADER = ["", "TP", "FP", "FN", "precision", "recall", "F1"]


def _labelled_rows(items: tuple[LabelPrf, ...], names: dict[str, str]) -> list[list[str]]:
    return [_prf_row(f"{i.label} {names.get(i.label, '')}".rstrip(), i.scores) for i in items]


def _limited(lines: list[str], max_items: int | None) -> list[str]:
    if max_items is None or len(lines) <= max_items:
        return lines
    return lines[:max_items] + [f"  ... {len(lines) - max_items} more (see --format json)"]


def _pair(source: str | None, target: str | None) -> str:
    return f"{source or '-'}->{target or '-'}"


def _flags(negated: bool, hypothetical: bool) -> str:
    return "".join([" neg" if negated else "", " hyp" if hypothetical else ""])


def format_report(report: Report, *, max_items: int | None = None) -> str:
    """A readable plain-text report. ``max_items`` caps each list of misses (None: all)."""
    ev = report.events
    failed = f", {len(report.errors)} not coded" if report.errors else ""
    plural = "" if report.documents == 1 else "s"
    out = [f"détente evaluation: {report.documents} document{plural}{failed}", ""]

    out.append("Events")
    out += _table(
        _PRF_HEADER,
        [_prf_row("strict (evidence+source+target+root)", ev.strict), _prf_row("root-level (evidence+root)", ev.root_level)],
    )
    out.append(f"  conjoined-actor expansions ignored: {ev.ignored}")
    out.append("  among strict matches:")
    out.append(f"    exact CAMEO code      {_share(ev.cameo)}")
    out.append(f"    negated+hypothetical  {_share(ev.flags)}")
    out.append(f"    speaker               {_share(ev.speaker)}")
    out.append("")

    out.append("Metadata")
    out += _table(
        ["field", "accuracy", "correct"],
        [[f.field, _num(f.share.value), f"{f.share.correct}/{f.share.total}"] for f in report.metadata.fields]
        + [["all fields", _num(report.metadata.overall.value), f"{report.metadata.overall.correct}/{report.metadata.overall.total}"]],
    )
    out.append("")

    out.append("Body")
    out.append(f"  story snippets kept        {_share(report.body.kept)}")
    out.append(f"  furniture snippets dropped {_share(report.body.dropped)}")
    out.append("")
    out.append("Actors")
    out.append(f"  mention+country+role  {_share(report.actors.accuracy)}")
    out.append(f"  mention found         {_share(report.actors.mention_found)}")
    out.append("")
    out.append("Quotes")
    out.append(f"  quote found      {_share(report.quotes.found)}")
    out.append(f"  speaker          {_share(report.quotes.speaker)}")
    out.append(f"  speaker country  {_share(report.quotes.speaker_country)}")
    out.append("")

    if ev.per_root:
        out.append("Events by CAMEO root (strict)")
        out += _table(["root", *_PRF_HEADER[1:]], _labelled_rows(ev.per_root, ROOT_NAMES))
        out.append("")
    if ev.per_quad:
        out.append("Events by quad class (strict)")
        out += _table(["quad", *_PRF_HEADER[1:]], _labelled_rows(ev.per_quad, QUAD_NAMES))
        out.append("")
    if ev.confusion:
        out.append("Root confusion (same evidence, source and target; different root)")
        out += _table(
            ["gold root", "predicted root", "count"],
            [
                [f"{c.gold_root} {ROOT_NAMES.get(c.gold_root, '')}".rstrip(),
                 f"{c.predicted_root} {ROOT_NAMES.get(c.predicted_root, '')}".rstrip(),
                 str(c.count)]
                for c in ev.confusion[: max_items or 15]
            ],
            align_left=2,
        )
        out.append("")

    out.append("Per document (events strict)")
    out += _table(
        ["doc", "gold", "pred", "TP", "FP", "FN", "ign", "F1", "meta", "kept", "dropped", "actors", "quotes", "error"],
        [
            [
                d.id, str(d.gold_events), str(d.predicted_events), str(d.events.tp), str(d.events.fp),
                str(d.events.fn), str(d.ignored), _num(d.events.f1),
                f"{d.metadata.correct}/{d.metadata.total}", f"{d.body_kept.correct}/{d.body_kept.total}",
                f"{d.body_dropped.correct}/{d.body_dropped.total}", f"{d.actors.correct}/{d.actors.total}",
                f"{d.quotes.correct}/{d.quotes.total}", (d.error or "")[:60],
            ]
            for d in report.per_document
        ],
    )
    out.append("")

    if report.errors:
        out.append(f"Documents not coded ({len(report.errors)}), scored as fully missed")
        out += [f"  [{e.doc}] {e.file}: {e.stage}/{e.reason}: {e.detail}" for e in report.errors]
        out.append("")

    if report.missed_events:
        out.append(f"Missed gold events ({len(report.missed_events)})")
        lines = []
        for m in report.missed_events:
            lines.append(f"  [{m.doc}] {_pair(m.source, m.target)} {m.cameo}{_flags(m.negated, m.hypothetical)}: \"{m.evidence}\"")
            lines[-1] += f"\n      coder: {m.near}" if m.near else "\n      coder: nothing on this evidence"
        out += _limited(lines, max_items)
        out.append("")
    if report.false_positives:
        out.append(f"False positives ({len(report.false_positives)})")
        out += _limited(
            [
                f"  [{f.doc}] {_pair(f.source, f.target)} {f.cameo}{_flags(f.negated, f.hypothetical)}"
                f"{' trigger=' + repr(f.trigger) if f.trigger else ''}: \"{f.sentence}\""
                for f in report.false_positives
            ],
            max_items,
        )
        out.append("")
    if report.code_mismatches:
        out.append(f"Strict matches with another code, flags or speaker ({len(report.code_mismatches)})")
        out += _limited(
            [
                f"  [{c.doc}] gold {c.gold_cameo}{_flags(c.gold_negated, c.gold_hypothetical)} speaker={c.gold_speaker}"
                f" | coder {c.predicted_cameo}{_flags(c.predicted_negated, c.predicted_hypothetical)}"
                f" speaker={c.predicted_speaker}: \"{c.evidence}\""
                for c in report.code_mismatches
            ],
            max_items,
        )
        out.append("")
    kinds = [
        ("metadata", "Wrong metadata"),
        ("body_missing", "Story snippets missing from the body"),
        ("furniture_kept", "Furniture kept in the body"),
        ("actor", "Gold actors not found (mention: gold country/role | coder)"),
        ("quote", "Gold quotes not attributed (speaker | coder)"),
    ]
    for kind, title in kinds:
        items = [m for m in report.field_misses if m.kind == kind]
        if not items:
            continue
        out.append(f"{title} ({len(items)})")
        lines = []
        for m in items:
            if kind == "metadata":
                lines.append(f"  [{m.doc}] {m.item}: gold {m.gold!r} | coder {m.predicted!r}")
            elif kind in ("actor", "quote"):
                lines.append(f"  [{m.doc}] {m.item!r}: {m.gold} | coder {m.predicted or 'nothing'}")
            else:
                lines.append(f"  [{m.doc}] {m.item!r}")
        out += _limited(lines, max_items)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def report_to_dict(report: Report) -> dict:
    """A JSON-ready dict of the report (for ``--format json``)."""
    ev = report.events

    def labelled(items: tuple[LabelPrf, ...]) -> dict:
        return {i.label: i.scores.to_dict() for i in items}

    return {
        "documents": report.documents,
        "events": {
            "strict": ev.strict.to_dict(),
            "root_level": ev.root_level.to_dict(),
            "ignored_expansions": ev.ignored,
            "cameo_accuracy": ev.cameo.to_dict(),
            "flag_accuracy": ev.flags.to_dict(),
            "speaker_accuracy": ev.speaker.to_dict(),
            "per_root": labelled(ev.per_root),
            "per_quad": labelled(ev.per_quad),
            "root_confusion": [asdict(c) for c in ev.confusion],
        },
        "metadata": {
            **{f.field: f.share.to_dict() for f in report.metadata.fields},
            "overall": report.metadata.overall.to_dict(),
        },
        "body": {"kept": report.body.kept.to_dict(), "dropped": report.body.dropped.to_dict()},
        "actors": {
            "accuracy": report.actors.accuracy.to_dict(),
            "mention_found": report.actors.mention_found.to_dict(),
        },
        "quotes": {
            "found": report.quotes.found.to_dict(),
            "speaker": report.quotes.speaker.to_dict(),
            "speaker_country": report.quotes.speaker_country.to_dict(),
        },
        "per_document": [
            {
                "id": d.id,
                "file": d.file,
                "gold_events": d.gold_events,
                "predicted_events": d.predicted_events,
                "events": d.events.to_dict(),
                "root_level": d.root_level.to_dict(),
                "ignored": d.ignored,
                "metadata": d.metadata.to_dict(),
                "body_kept": d.body_kept.to_dict(),
                "body_dropped": d.body_dropped.to_dict(),
                "actors": d.actors.to_dict(),
                "quotes": d.quotes.to_dict(),
                "error": d.error,
            }
            for d in report.per_document
        ],
        "missed_events": [asdict(m) for m in report.missed_events],
        "false_positives": [asdict(f) for f in report.false_positives],
        "code_mismatches": [asdict(c) for c in report.code_mismatches],
        "field_misses": [asdict(m) for m in report.field_misses],
        "errors": [asdict(e) for e in report.errors],
    }
