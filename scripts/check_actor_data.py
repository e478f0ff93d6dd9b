#!/usr/bin/env python3
"""Check détente's actor dictionaries (src/detente/actors/data/*.tsv).

The TSV files are the single source of truth: edit them directly, then run

    python scripts/check_actor_data.py [--data-dir DIR]

to validate them. Prints the row count of every file; on failure prints one line per
problem (file:line: problem) to stderr and exits 1.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import NamedTuple

DATA_DIR = Path(__file__).resolve().parents[1] / "src" / "detente" / "actors" / "data"
SPECIAL = {"UNO", "NAT", "EUR", "IGO", "XKX", "PSE", "TWN", "HKG"}
ROLE_CODES = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "BUS", "MED", "CVL", "IGO"}
COLUMNS = {
    "countries.tsv": ["iso3", "name", "aliases", "adjectives", "capitals", "seats"],
    "institutions.tsv": ["phrase", "country", "role", "name"],
    "bodies.tsv": ["phrase", "country", "role", "name"],
    "roles.tsv": ["phrase", "role", "person"],
    "people.tsv": ["name", "aliases", "country", "role", "office", "start", "end", "source"],
}
COUNTRY_ROWS = 198  # 193 UN members + the extras below
COUNTRY_EXTRAS = ("TWN", "PSE", "XKX", "VAT", "HKG")
AMBIGUOUS = ("Korea", "Congo", "Georgia")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Problem(NamedTuple):
    file: str
    line: int  # 1-based line in the file; 0 = the file as a whole
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"


class Row(NamedTuple):
    line: int
    cells: list[str]


def read_tsv(path: Path) -> tuple[Row | None, list[Row]]:
    """Return (header, data rows) of a TSV file; '#' lines and blank lines are skipped."""
    header, rows = None, []
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if line.startswith("#"):
                continue
            if header is None:
                header = Row(n, line.split("\t"))
            elif line.strip():
                rows.append(Row(n, line.split("\t")))
    return header, rows


def _valid_codes() -> set[str]:
    import pycountry

    return {c.alpha_3 for c in pycountry.countries} | SPECIAL


def validate(data_dir: Path = DATA_DIR) -> tuple[list[Problem], dict[str, int]]:
    """Validate every dictionary file in data_dir; return (problems, row counts per file)."""
    data_dir = Path(data_dir)
    problems: list[Problem] = []
    counts: dict[str, int] = {}
    tables: dict[str, list[Row]] = {}
    valid = _valid_codes()

    for fname, cols in COLUMNS.items():
        path = data_dir / fname
        if not path.is_file():
            problems.append(Problem(fname, 0, f"file missing in {data_dir}"))
            continue
        header, rows = read_tsv(path)
        if header is None:
            problems.append(Problem(fname, 0, "no header line"))
            continue
        if header.cells != cols:
            problems.append(Problem(fname, header.line, f"header {header.cells} != {cols}"))
        counts[fname] = len(rows)
        good: list[Row] = []
        for n, r in rows:
            err = lambda msg: problems.append(Problem(fname, n, msg))  # noqa: E731
            if len(r) != len(cols):
                err(f"{len(r)} columns, want {len(cols)}: {r}")
                continue
            good.append(Row(n, r))
            for c in r:
                if c != c.strip() or "||" in c or c.startswith("|") or c.endswith("|"):
                    err(f"badly formed cell {c!r}")
            d = dict(zip(cols, r))
            iso = d.get("iso3", d.get("country"))
            if iso is not None and iso not in valid:
                err(f"unknown country code {iso!r}")
            if "role" in d and d["role"] not in ROLE_CODES:
                err(f"unknown role {d['role']!r}")
            if fname == "roles.tsv" and d["person"] not in {"0", "1"}:
                err(f"person must be 0 or 1, got {d['person']!r}")
            if fname == "people.tsv":
                dates = {}
                for key in ("start", "end"):
                    if d[key]:
                        dates[key] = _parse_date(d[key])
                        if dates[key] is None:
                            err(f"bad {key} date {d[key]!r} (want YYYY-MM-DD)")
                if not d["start"]:
                    err("start missing")
                s, e = dates.get("start"), dates.get("end")
                if s and e and s > e:
                    err(f"start {s} after end {e}")
                if not d["source"]:
                    err("source missing")
        tables[fname] = good

    if "countries.tsv" in tables:
        problems += _check_countries(tables["countries.tsv"])
    if "people.tsv" in tables:
        problems += _check_overlaps(tables["people.tsv"])
    return problems, counts


def _parse_date(s: str) -> dt.date | None:
    if not DATE_RE.fullmatch(s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def _check_countries(rows: list[Row]) -> list[Problem]:
    f = "countries.tsv"
    out: list[Problem] = []
    first_line: dict[str, int] = {}
    for n, r in rows:
        if r[0] in first_line:
            out.append(Problem(f, n, f"duplicate iso3 {r[0]} (first on line {first_line[r[0]]})"))
        first_line.setdefault(r[0], n)
    if len(rows) != COUNTRY_ROWS:
        out.append(Problem(f, 0, f"{len(rows)} rows, want {COUNTRY_ROWS} (193 UN members + 5)"))
    for extra in COUNTRY_EXTRAS:
        if extra not in first_line:
            out.append(Problem(f, 0, f"{extra} missing"))
    # the same phrase must not point to two different countries
    seen: dict[str, tuple[str, int]] = {}
    for n, r in rows:
        for cell in r[1:]:
            for p in filter(None, cell.split("|")):
                if p in seen and seen[p][0] != r[0]:
                    out.append(Problem(f, n, f"phrase {p!r} in {r[0]} and {seen[p][0]} (line {seen[p][1]})"))
                if p in AMBIGUOUS:
                    out.append(Problem(f, n, f"ambiguous bare word {p!r} present"))
                seen.setdefault(p, (r[0], n))
    return out


def _check_overlaps(rows: list[Row]) -> list[Problem]:
    """No two tenures of one person (name, country) in one office may overlap."""
    out: list[Problem] = []
    by: dict[tuple[str, str, str], list[tuple[str, str, int]]] = {}
    for n, r in rows:
        by.setdefault((r[0], r[2], r[4]), []).append((r[5], r[6] or "9999-12-31", n))
    for key, spans in by.items():
        spans.sort()
        for (a0, a1, an), (b0, b1, bn) in zip(spans, spans[1:]):
            if b0 < a1:
                out.append(Problem("people.tsv", bn, f"tenure overlaps line {an} for {key}"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=DATA_DIR, help="directory holding the TSV files")
    args = ap.parse_args(argv)
    problems, counts = validate(args.data_dir)
    for fname, n in counts.items():
        print(f"{fname}: {n} rows")
    for p in problems:
        print(f"ERROR {p}", file=sys.stderr)
    print("validation:", f"{len(problems)} problem(s)" if problems else "OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
