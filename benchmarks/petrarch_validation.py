"""Measure the event coder on the PETRARCH2 validation sentences.

Usage: .venv/bin/python benchmarks/petrarch_validation.py [--data DIR] [--set gsr|unit|all] [--json]
                                                          [--show-misses N] [--include-negated]

Reads ../shared/benchmarks/petrarch2-validation/*.derived.jsonl (see that folder's PROVENANCE.md):

- gsr  = PETR2_GSR_validation.derived.jsonl: 78 real-world English sentences (UniversalPetrarch),
         80 expected events with real actor codes. The main score.
- unit = PETR.UnitTest.records.derived.jsonl: 284 PETRARCH unit tests whose actors are fictional
         (Arnor=ARN, Gondor=GON, ...) and resolve only through PETRARCH's test dictionaries, which
         détente does not load. Only the root-only score means anything there; it is a probe of
         verb and syntax coverage, reported separately.

Each sentence becomes one Article (published = the record's YYYYMMDD date, for dated office
holders; an unreadable date is left out) and goes through parse_texts (batched), resolve_actors
and code_events. Each expected event is found when some détente event of the same sentence has

  strict:    the same source country, target country and CAMEO root (first two digits);
  root only: the same CAMEO root, whatever the actors.

Conventions (also in docs/benchmarks.md):
- country of an actor code = its first three letters; "", "---" -> None, so "---REB" has no
  country and matches a détente actor without one (or a missing actor); international actors
  (IGO NGO IMG UNO NAT EUR: e.g. "IGOEUREEC", détente "EUR") compare as one class "IGO".
- for the symmetric codes of detente.evaluate.SYMMETRIC_CODES (consult, meet, negotiate, sign...)
  the reverse direction also counts.
- expected codes that are not CAMEO codes (unit-test-only codes such as 903, 1717, 174K) are left
  out and counted; records with evaluate="false" or an expected error are left out.
- records that expect no event pass when détente codes nothing; reported beside the recall.
- negated détente events are not counted unless --include-negated.

Exits 0 with a message when the data folder is absent (a fresh clone).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
DEFAULT_DATA = SHARED / "petrarch2-validation"
CAMEO_TSV = SHARED / "cameo" / "cameo_codes.tsv"
SETS = {"gsr": "PETR2_GSR_validation.derived.jsonl", "unit": "PETR.UnitTest.records.derived.jsonl"}
INTERNATIONAL = {"IGO", "NGO", "IMG", "ISM", "UNO", "NAT", "EUR"}


def country(code: str | None) -> str | None:
    """Comparable country of a CAMEO-style actor code (see the module docstring)."""
    code = (code or "").strip().strip('"').upper()[:3]
    if not code or code == "---":
        return None
    return "IGO" if code in INTERNATIONAL else code


def read_cameo_codes(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    with path.open(encoding="utf-8", newline="") as f:
        return {row["cameo_code"] for row in csv.DictReader(f, delimiter="\t")}


def published(date: str | None) -> str | None:
    if date and len(date) == 8 and date.isdigit():
        return f"{date[:4]}-{date[4:6]}-{date[6:]}T12:00:00+00:00"
    return None


def read_set(path: Path, cameo_codes: set[str]) -> tuple[list[dict], Counter]:
    """Usable records (with text) and a count of what was left out and why."""
    records, skipped = [], Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("evaluate") == "false":
            skipped["evaluate=false"] += 1
            continue
        if rec.get("expected_error"):
            skipped["expected error"] += 1
            continue
        if not (rec.get("text") or "").strip():
            skipped["empty text"] += 1
            continue
        kept = []
        for ev in rec["expected_events"]:
            if cameo_codes and ev["code"] not in cameo_codes:
                skipped["non-CAMEO expected code (event)"] += 1
                continue
            kept.append(ev)
        if rec["expected_events"] and not kept:
            skipped["only non-CAMEO codes (record)"] += 1
            continue
        rec["expected"] = kept
        records.append(rec)
    return records, skipped


def code_all(records: list[dict]) -> tuple[list[list], float]:
    from detente.actors import resolve_actors
    from detente.events import code_events
    from detente.nlp import parse_texts
    from detente.records import Article

    started = time.perf_counter()
    out = []
    for rec, doc in zip(records, parse_texts([r["text"] for r in records], batch_size=64)):
        article = Article(article_id=rec["id"], uri=f"petrarch:{rec['id']}", text=rec["text"],
                          published=published(rec.get("date")))
        events, _quotes = code_events(doc, resolve_actors(doc, article), article_id=article.article_id)
        out.append(events)
    return out, time.perf_counter() - started


def matches(expected: dict, ev, symmetric: frozenset[str], strict: bool) -> bool:
    if ev.root != expected["code"][:2]:
        return False
    if not strict:
        return True
    want = (country(expected["source"]), country(expected["target"]))
    got = (country(ev.source.country) if ev.source else None, country(ev.target.country) if ev.target else None)
    return got == want or (expected["code"] in symmetric or ev.cameo in symmetric) and got == want[::-1]


def score(records: list[dict], coded: list[list], symmetric, include_negated: bool) -> dict:
    total = strict = root = 0
    by_root: dict[str, Counter] = {}
    no_event_records = no_event_ok = 0
    extra = 0
    misses = []
    for rec, evs in zip(records, coded):
        counted = [e for e in evs if include_negated or not e.negated]
        if rec["expect_no_events"]:
            no_event_records += 1
            no_event_ok += not counted
            if counted:
                misses.append((rec, evs, "expected no event"))
            continue
        rec_missed = []
        used = set()
        for exp in rec["expected"]:
            total += 1
            row = by_root.setdefault(exp["code"][:2], Counter())
            row["n"] += 1
            hit_strict = [i for i, e in enumerate(counted) if matches(exp, e, symmetric, True)]
            hit_root = any(matches(exp, e, symmetric, False) for e in counted)
            strict += bool(hit_strict)
            root += hit_root
            row["strict"] += bool(hit_strict)
            row["root"] += hit_root
            used.update(hit_strict)
            if not hit_strict:
                rec_missed.append(exp)
        extra += sum(i not in used for i in range(len(counted)))
        if rec_missed:
            misses.append((rec, evs, "missed " + ", ".join(f"{e['source']} {e['code']} {e['target']}" for e in rec_missed)))
    return {"expected": total, "strict": strict, "root": root, "by_root": by_root,
            "no_event_records": no_event_records, "no_event_ok": no_event_ok,
            "unmatched_detente_events": extra, "misses": misses}


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "  n/a"


def event_str(ev) -> str:
    src = ev.source.code if ev.source else "-"
    tgt = ev.target.code if ev.target else "-"
    flags = "".join([" negated" if ev.negated else "", " hypothetical" if ev.hypothetical else ""])
    return f"{src} {ev.cameo} {tgt} [{ev.trigger}]{flags}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--set", choices=("gsr", "unit", "all"), default="all")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N",
                        help="print N misses per set (strict misses and false events on no-event records)")
    parser.add_argument("--include-negated", action="store_true")
    args = parser.parse_args(argv)

    names = ["gsr", "unit"] if args.set == "all" else [args.set]
    paths = {name: args.data / SETS[name] for name in names}
    if not all(p.is_file() for p in paths.values()):
        print(f"skipped: no PETRARCH validation data at {args.data} (it lives in ../shared/benchmarks beside the repo)")
        return 0

    from detente.evaluate import SYMMETRIC_CODES
    from detente.nlp import load_nlp

    cameo_codes = read_cameo_codes(CAMEO_TSV)
    started = time.perf_counter()
    load_nlp()
    load_s = time.perf_counter() - started

    results = {}
    for name, path in paths.items():
        records, skipped = read_set(path, cameo_codes)
        coded, code_s = code_all(records)
        result = score(records, coded, SYMMETRIC_CODES, args.include_negated)
        result.update(records=len(records), skipped=dict(skipped), code_seconds=code_s,
                      events_coded=sum(len(e) for e in coded))
        results[name] = result

    if args.json:
        print(json.dumps({
            "include_negated": args.include_negated,
            "load_seconds": round(load_s, 2),
            "sets": {name: {
                "file": SETS[name],
                "records": r["records"], "skipped": r["skipped"], "expected_events": r["expected"],
                "found_strict": r["strict"], "share_strict": round(r["strict"] / r["expected"], 4) if r["expected"] else None,
                "found_root": r["root"], "share_root": round(r["root"] / r["expected"], 4) if r["expected"] else None,
                "no_event_records": r["no_event_records"], "no_event_records_clean": r["no_event_ok"],
                "detente_events": r["events_coded"], "unmatched_detente_events": r["unmatched_detente_events"],
                "by_root": {k: dict(v) for k, v in sorted(r["by_root"].items())},
                "code_seconds": round(r["code_seconds"], 2),
                "misses": [{"id": rec["id"], "text": rec["text"], "why": why,
                            "expected": rec["expected"], "detente": [event_str(e) for e in evs]}
                           for rec, evs, why in r["misses"][:args.show_misses]],
            } for name, r in results.items()},
        }, indent=2, ensure_ascii=False))
        return 0

    for name, r in results.items():
        title = {"gsr": "PETR2 GSR validation (real-world sentences)",
                 "unit": "PETRARCH unit tests (fictional actors: only 'root only' is meaningful)"}[name]
        print(f"{title}: {r['records']} records, {r['events_coded']} détente events"
              f"{' (negated counted)' if args.include_negated else ' (negated events not counted)'}")
        if r["skipped"]:
            print("  left out: " + ", ".join(f"{k} {v}" for k, v in sorted(r["skipped"].items())))
        print(f"  expected events found, strict (src+tgt country+root) {r['strict']:>4} / {r['expected']:<4} {pct(r['strict'], r['expected'])}")
        print(f"  expected events found, root only                     {r['root']:>4} / {r['expected']:<4} {pct(r['root'], r['expected'])}")
        print(f"  no-event records left without events                 {r['no_event_ok']:>4} / {r['no_event_records']:<4} "
              f"{pct(r['no_event_ok'], r['no_event_records'])}")
        print(f"  détente events matching no expected event (strict)   {r['unmatched_detente_events']:>4}")
        print(f"  {'root':<6} {'n':>4} {'strict':>7} {'root':>5}")
        for root, row in sorted(r["by_root"].items()):
            print(f"  {root:<6} {row['n']:>4} {row['strict']:>7} {row['root']:>5}")
        print(f"  time: parse + code {r['code_seconds']:.1f}s ({r['records'] / r['code_seconds']:.0f} sentences/s)")
        if args.show_misses:
            print(f"\n  misses: {len(r['misses'])} records (showing {min(args.show_misses, len(r['misses']))})")
            for rec, evs, why in r["misses"][:args.show_misses]:
                print(f"\n  {rec['id']} [{rec.get('category')}] {why}")
                print(f"    text:     {rec['text']}")
                print("    expected: " + ("; ".join(f"{e['source']} {e['code']} {e['target']}" for e in rec["expected"]) or "no event"))
                for ev in evs or [None]:
                    print(f"    détente:  {event_str(ev) if ev else '(no event)'}")
        print()
    print(f"time: model load {load_s:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
