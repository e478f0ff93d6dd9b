"""Plain-text and JSON renderings of a ``Report``."""
from __future__ import annotations

from dataclasses import asdict, fields

from ._report import CodeMismatch, FalsePositive, FieldMiss, LabelPrf, MissedEvent, Prf, Report, Share

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


# Header of every precision/recall table; the first column names the row.
PRF_HEADER = ["", "TP", "FP", "FN", "precision", "recall", "F1"]
# Rows of the root confusion table when ``max_items`` does not say.
CONFUSION_ROWS = 15


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _share(s: Share) -> str:
    return f"{_num(s.value):>6}  ({s.correct}/{s.total})"


def _count(s: Share) -> str:
    return f"{s.correct}/{s.total}"


def _named(label: str, names: dict[str, str]) -> str:
    """A code with its name, e.g. "04 consult"."""
    return f"{label} {names.get(label, '')}".rstrip()


def _table(header: list[str], rows: list[list[str]], align_left: int = 1) -> list[str]:
    """Lines of a table with columns as wide as their widest cell; the first ``align_left`` columns left-aligned."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        out = []
        for i, (c, w) in enumerate(zip(cells, widths)):
            out.append(str(c).ljust(w) if i < align_left else str(c).rjust(w))
        return "  " + "  ".join(out).rstrip()

    return [line(header), "  " + "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def _share_lines(rows: list[tuple[str, Share]], *, indent: str = "  ", gap: int = 2) -> list[str]:
    """One line per (label, share), the shares lined up ``gap`` spaces after the longest label."""
    width = max(len(label) for label, _ in rows) + gap
    return [f"{indent}{label.ljust(width)}{_share(share)}" for label, share in rows]


def _prf_row(name: str, p: Prf) -> list[str]:
    return [name, str(p.tp), str(p.fp), str(p.fn), _num(p.precision), _num(p.recall), _num(p.f1)]


def _labelled_rows(items: tuple[LabelPrf, ...], names: dict[str, str]) -> list[list[str]]:
    return [_prf_row(_named(i.label, names), i.scores) for i in items]


def _limited(lines: list[str], max_items: int | None) -> list[str]:
    if max_items is None or len(lines) <= max_items:
        return lines
    return lines[:max_items] + [f"  ... {len(lines) - max_items} more (see --format json)"]


def _pair(source: str | None, target: str | None) -> str:
    return f"{source or '-'}->{target or '-'}"


def _flags(negated: bool, hypothetical: bool) -> str:
    return "".join([" neg" if negated else "", " hyp" if hypothetical else ""])


def _summary_lines(report: Report) -> list[str]:
    """Events, metadata, body, actors and quotes over all documents."""
    ev = report.events
    out = ["Events"]
    out += _table(
        PRF_HEADER,
        [_prf_row("strict (evidence+source+target+root)", ev.strict), _prf_row("root-level (evidence+root)", ev.root_level)],
    )
    out.append(f"  conjoined-actor expansions ignored: {ev.ignored}")
    out.append("  among strict matches:")
    out += _share_lines(
        [("exact CAMEO code", ev.cameo), ("negated+hypothetical", ev.flags), ("speaker", ev.speaker)],
        indent="    ",
    )
    out.append("")

    meta = report.metadata
    out.append("Metadata")
    out += _table(
        ["field", "accuracy", "correct"],
        [[f.field, _num(f.share.value), _count(f.share)] for f in meta.fields]
        + [["all fields", _num(meta.overall.value), _count(meta.overall)]],
    )
    out.append("")

    sections = [
        # gap=1: the body's longer labels have always stood one space from their numbers.
        ("Body", [("story snippets kept", report.body.kept), ("furniture snippets dropped", report.body.dropped)], 1),
        ("Actors", [("mention+country+role", report.actors.accuracy), ("mention found", report.actors.mention_found)]
         + [(f"  by kind: {kind}", share) for kind, share in report.actors.by_kind], 2),
        (
            "Quotes",
            [
                ("quote found", report.quotes.found),
                ("speaker", report.quotes.speaker),
                ("speaker country", report.quotes.speaker_country),
            ],
            2,
        ),
    ]
    for title, rows, gap in sections:
        out += [title, *_share_lines(rows, gap=gap), ""]
    return out


def _breakdown_lines(report: Report, max_items: int | None) -> list[str]:
    """Strict event scores by CAMEO root and quad class, and the root confusion table."""
    ev = report.events
    out = []
    for title, column, items, names in (
        ("Events by CAMEO root (strict)", "root", ev.per_root, ROOT_NAMES),
        ("Events by quad class (strict)", "quad", ev.per_quad, QUAD_NAMES),
    ):
        if items:
            out.append(title)
            out += _table([column, *PRF_HEADER[1:]], _labelled_rows(items, names))
            out.append("")
    if ev.confusion:
        out.append("Root confusion (same evidence, source and target; different root)")
        out += _table(
            ["gold root", "predicted root", "count"],
            [
                [_named(c.gold_root, ROOT_NAMES), _named(c.predicted_root, ROOT_NAMES), str(c.count)]
                for c in ev.confusion[: max_items or CONFUSION_ROWS]
            ],
            align_left=2,
        )
        out.append("")
    return out


def _per_document_lines(report: Report) -> list[str]:
    out = ["Per document (events strict)"]
    out += _table(
        ["doc", "gold", "pred", "TP", "FP", "FN", "ign", "F1", "meta", "kept", "dropped", "actors", "quotes", "error"],
        [
            [
                d.id, str(d.gold_events), str(d.predicted_events), str(d.events.tp), str(d.events.fp),
                str(d.events.fn), str(d.ignored), _num(d.events.f1), _count(d.metadata),
                _count(d.body_kept), _count(d.body_dropped), _count(d.actors), _count(d.quotes),
                (d.error or "")[:60],
            ]
            for d in report.per_document
        ],
    )
    out.append("")
    return out


# Titles of the lists of ``FieldMiss`` records, by kind, in report order.
FIELD_MISS_TITLES = (
    ("metadata", "Wrong metadata"),
    ("body_missing", "Story snippets missing from the body"),
    ("furniture_kept", "Furniture kept in the body"),
    ("actor", "Gold actors not found (mention: gold country/role | coder)"),
    ("quote", "Gold quotes not attributed (speaker | coder)"),
)


def _missed_line(m: MissedEvent) -> str:
    coder = m.near or "nothing on this evidence"
    return (
        f"  [{m.doc}] {_pair(m.source, m.target)} {m.cameo}{_flags(m.negated, m.hypothetical)}: \"{m.evidence}\""
        f"\n      coder: {coder}"
    )


def _false_positive_line(f: FalsePositive) -> str:
    trigger = f" trigger={f.trigger!r}" if f.trigger else ""
    return f"  [{f.doc}] {_pair(f.source, f.target)} {f.cameo}{_flags(f.negated, f.hypothetical)}{trigger}: \"{f.sentence}\""


def _mismatch_line(c: CodeMismatch) -> str:
    return (
        f"  [{c.doc}] gold {c.gold_cameo}{_flags(c.gold_negated, c.gold_hypothetical)} speaker={c.gold_speaker}"
        f" | coder {c.predicted_cameo}{_flags(c.predicted_negated, c.predicted_hypothetical)}"
        f" speaker={c.predicted_speaker}: \"{c.evidence}\""
    )


def _field_miss_line(m: FieldMiss) -> str:
    if m.kind == "metadata":
        return f"  [{m.doc}] {m.item}: gold {m.gold!r} | coder {m.predicted!r}"
    if m.kind in ("actor", "quote"):
        return f"  [{m.doc}] {m.item!r}: {m.gold} | coder {m.predicted or 'nothing'}"
    return f"  [{m.doc}] {m.item!r}"


def _miss_lines(report: Report, max_items: int | None) -> list[str]:
    """The documents not coded, then each non-empty list of misses (capped at ``max_items``)."""
    out = []
    if report.errors:
        out.append(f"Documents not coded ({len(report.errors)}), scored as fully missed")
        out += [f"  [{e.doc}] {e.file}: {e.stage}/{e.reason}: {e.detail}" for e in report.errors]
        out.append("")
    lists = [
        ("Missed gold events", [_missed_line(m) for m in report.missed_events]),
        ("False positives", [_false_positive_line(f) for f in report.false_positives]),
        (
            "Strict matches with another code, flags or speaker",
            [_mismatch_line(c) for c in report.code_mismatches],
        ),
        *(
            (title, [_field_miss_line(m) for m in report.field_misses if m.kind == kind])
            for kind, title in FIELD_MISS_TITLES
        ),
    ]
    for title, lines in lists:
        if lines:
            out += [f"{title} ({len(lines)})", *_limited(lines, max_items), ""]
    return out


def format_report(report: Report, *, max_items: int | None = None) -> str:
    """Render a report as readable plain text: score tables, then the lists of misses.

    Args:
        report: what ``score`` or ``evaluate`` returned.
        max_items: cap on each list of misses (and on the root confusion rows); None
            lists everything.

    Returns:
        The text, ending in one newline.
    """
    failed = f", {len(report.errors)} not coded" if report.errors else ""
    plural = "" if report.documents == 1 else "s"
    out = [f"détente evaluation: {report.documents} document{plural}{failed}", ""]
    out += _summary_lines(report)
    out += _breakdown_lines(report, max_items)
    out += _per_document_lines(report)
    out += _miss_lines(report, max_items)
    return "\n".join(out).rstrip() + "\n"


def _scores_to_dict(record: object) -> dict:
    """A record's fields by name, with each score (``Prf``, ``Share``) as its dict."""
    return {f.name: _score_value(getattr(record, f.name)) for f in fields(record)}


def _score_value(value: object) -> object:
    if isinstance(value, (Prf, Share)):
        return value.to_dict()
    if isinstance(value, tuple) and value and all(isinstance(v, tuple) and len(v) == 2 for v in value):
        return {label: _score_value(share) for label, share in value}  # labelled shares, e.g. by kind
    return value


def report_to_dict(report: Report) -> dict:
    """Turn a report into a JSON-ready dict (for ``--format json``).

    Args:
        report: what ``score`` or ``evaluate`` returned.

    Returns:
        Plain dicts, lists, strings, numbers and None, in a fixed key order.
    """
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
        "body": _scores_to_dict(report.body),
        "actors": _scores_to_dict(report.actors),
        "quotes": _scores_to_dict(report.quotes),
        "per_document": [_scores_to_dict(d) for d in report.per_document],
        "missed_events": [asdict(m) for m in report.missed_events],
        "false_positives": [asdict(f) for f in report.false_positives],
        "code_mismatches": [asdict(c) for c in report.code_mismatches],
        "field_misses": [asdict(m) for m in report.field_misses],
        "errors": [asdict(e) for e in report.errors],
    }
