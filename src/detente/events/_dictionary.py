"""Load the CAMEO tables and the verb-pattern dictionary (``events/data/``)."""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

DATA = resources.files("detente") / "events" / "data"
# verbs.tsv code of a use of a verb that is no event ("met the deadline").
NO_EVENT = "---"
QUAD_BY_ROOT = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 10)},
                **{f"{r:02d}": 3 for r in range(10, 15)}, **{f"{r:02d}": 4 for r in range(15, 21)}}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One verbs.tsv row: a trigger lemma, the words it requires, where its target is."""

    cameo: str
    lemma: str
    requires: tuple[str, ...]
    target: tuple[str, ...]  # "dobj", "iobj" or preposition words
    flags: frozenset[str]
    example: str


@dataclass(frozen=True, slots=True)
class Code:
    """One CAMEO code with its Goldstein value and quad class."""

    cameo: str
    root: str
    name: str
    goldstein: float
    quad: int


def _rows(filename: str) -> list[list[str]]:
    with (DATA / filename).open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        return [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


@functools.cache
def read_codes() -> dict[str, Code]:
    """CAMEO code -> Code, from cameo.tsv."""
    codes = {}
    for row in _rows("cameo.tsv"):
        if len(row) < 5 or row[0] == "cameo":
            continue
        codes[row[0]] = Code(row[0], row[1], row[2], float(row[3]), int(row[4]))
    return codes


@functools.cache
def read_patterns() -> dict[str, tuple[Pattern, ...]]:
    """Trigger lemma -> its patterns, most specific (most required words) first."""
    patterns: dict[str, list[Pattern]] = {}
    for row in _rows("verbs.tsv"):
        if len(row) < 2 or row[0] == "cameo":
            continue
        row = row + [""] * (6 - len(row))
        pattern = Pattern(
            cameo=row[0], lemma=row[1].lower(), requires=tuple(row[2].lower().split()),
            target=tuple(t.strip() for t in row[3].split(",") if t.strip()),
            flags=frozenset(f.strip() for f in row[4].split(",") if f.strip()), example=row[5],
        )
        patterns.setdefault(pattern.lemma, []).append(pattern)
    return {lemma: tuple(sorted(rows, key=lambda p: -len(p.requires))) for lemma, rows in patterns.items()}


@functools.cache
def read_nouns() -> dict[str, tuple[tuple[tuple[str, ...], Pattern], ...]]:
    """Event noun (head lemma) -> (modifier lemmas, pattern) rows, most specific first."""
    nouns: dict[str, list[tuple[tuple[str, ...], Pattern]]] = {}
    for row in _rows("nouns.tsv"):
        if len(row) < 2 or row[0] == "cameo":
            continue
        row = row + [""] * (4 - len(row))
        *modifiers, head = row[1].lower().split()
        pattern = Pattern(cameo=row[0], lemma=head, requires=tuple(modifiers),
                          target=tuple(t.strip() for t in row[2].split(",") if t.strip()),
                          flags=frozenset({"nominal"}), example=row[3])
        nouns.setdefault(head, []).append((tuple(modifiers), pattern))
    return {head: tuple(sorted(rows, key=lambda r: -len(r[0]))) for head, rows in nouns.items()}


def code_info(cameo: str) -> Code:
    """The Code for ``cameo``; unknown codes fall back to their root's quad and 0 Goldstein."""
    codes = read_codes()
    if cameo in codes:
        return codes[cameo]
    root = cameo[:2]
    return Code(cameo, root, "", codes[root].goldstein if root in codes else 0.0, QUAD_BY_ROOT.get(root, 1))
