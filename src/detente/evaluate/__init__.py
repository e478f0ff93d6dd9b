"""Scoring détente's coded documents against gold annotations (``detente evaluate``).

Public API::

    read_gold(gold_dir) -> list[dict]            every *.gold.json, with "path" resolved
    score(pairs) -> Report                       pure: [(gold, predicted coded-document dict)]
    evaluate(gold_dir, code_file) -> Report      read, code each document, score
    format_report(report) -> str                 plain-text tables and lists of misses
    report_to_dict(report) -> dict               the same for --format json

Matching rules are described in docs/evaluate.md.
"""
from ._events import SYMMETRIC_CODES
from ._format import format_report, report_to_dict
from ._gold import read_gold
from ._report import (
    ActorScores,
    BodyScores,
    CodeMismatch,
    DocumentError,
    DocumentResult,
    EventScores,
    FalsePositive,
    FieldMiss,
    FieldShare,
    LabelPrf,
    MetadataScores,
    MissedEvent,
    Prf,
    QuoteScores,
    Report,
    RootConfusion,
    Share,
)
from ._score import evaluate, score

__all__ = [
    "SYMMETRIC_CODES",
    "ActorScores",
    "BodyScores",
    "CodeMismatch",
    "DocumentError",
    "DocumentResult",
    "EventScores",
    "FalsePositive",
    "FieldMiss",
    "FieldShare",
    "LabelPrf",
    "MetadataScores",
    "MissedEvent",
    "Prf",
    "QuoteScores",
    "Report",
    "RootConfusion",
    "Share",
    "evaluate",
    "format_report",
    "read_gold",
    "report_to_dict",
    "score",
]
