"""Measure the extract stage on the devset gold metadata and body snippets.

Usage: .venv/bin/python benchmarks/extract_devset.py [DEVSET_DIR] [--verbose]

Reads DEVSET_DIR/*.gold.json (default ../shared/devset), runs ``extract_article`` on each
file and prints the accuracy of each metadata field and the share of body snippets kept
(body_must_contain) and furniture dropped (body_must_not_contain). It also prints how often
``Article.outlet_country`` agrees with the country of the gold actors that are media people
(role MED, person true), per actor and per document. Exits 0 with a message when the devset
is absent (a fresh clone).
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

from detente.extract import extract_article
from detente.records import Article, RawDocument

FIELDS = ("title", "published", "updated", "authors", "outlet", "section", "dateline")
DEFAULT_DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"


def read_raw(path: Path) -> RawDocument:
    """A RawDocument as ingest would give it."""
    data = path.read_bytes()
    kind = "text/html" if path.suffix in {".html", ".htm"} else "text/plain"
    return RawDocument(hashlib.sha256(data).hexdigest()[:32], str(path), data, kind)


def med_people_countries(gold: dict) -> list[str]:
    """Countries of the gold actors that are media people (role MED, person true), one per actor."""
    return [a.get("country") for a in gold.get("actors", []) if a.get("role") == "MED" and a.get("person")]


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    devset = Path(args[0]) if args else DEFAULT_DEVSET
    golds = sorted(devset.glob("*.gold.json")) if devset.is_dir() else []
    if not golds:
        print(f"skipped: no devset at {devset} (it lives in ../shared/devset beside the repo)")
        return 0
    hits = dict.fromkeys(FIELDS, 0)
    kept = kept_total = dropped = dropped_total = 0
    med_agree = med_total = med_docs_agree = med_docs = 0
    started = time.perf_counter()
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        result = extract_article(read_raw(devset / gold["file"]))
        med = med_people_countries(gold)
        if med:
            got_country = result.outlet_country if isinstance(result, Article) else None
            med_total += len(med)
            med_agree += sum(country == got_country for country in med)
            med_docs += 1
            med_docs_agree += got_country in med
            if verbose and got_country not in med:
                print(f"{gold['id']}: outlet_country: got {got_country!r}, MED people {sorted(set(med))}")
        if not isinstance(result, Article):
            print(f"{gold['id']}: REJECTED {result.reason} {result.detail}")
            kept_total += len(gold["body_must_contain"])
            dropped_total += len(gold["body_must_not_contain"])
            continue
        got = result.metadata()
        for field in FIELDS:
            expected = gold["metadata"].get(field)
            value = got[field]
            ok = value == expected
            hits[field] += ok
            if not ok and verbose:
                print(f"{gold['id']}: {field}: got {value!r}, want {expected!r}")
        for snippet in gold["body_must_contain"]:
            kept_total += 1
            kept += snippet in result.text
            if snippet not in result.text and verbose:
                print(f"{gold['id']}: body lost {snippet!r}")
        for snippet in gold["body_must_not_contain"]:
            dropped_total += 1
            dropped += snippet not in result.text
            if snippet in result.text and verbose:
                print(f"{gold['id']}: furniture kept {snippet!r}")
    elapsed = time.perf_counter() - started
    n = len(golds)
    print(f"extract on {n} devset documents ({elapsed:.1f}s)")
    for field in FIELDS:
        print(f"  {field:<10} {hits[field] / n:.3f}  ({hits[field]}/{n})")
    print(f"  body kept       {kept / max(kept_total, 1):.3f}  ({kept}/{kept_total})")
    print(f"  furniture gone  {dropped / max(dropped_total, 1):.3f}  ({dropped}/{dropped_total})")
    print(f"  outlet_country = MED people's country: {med_agree / max(med_total, 1):.3f} of actors "
          f"({med_agree}/{med_total}), {med_docs_agree / max(med_docs, 1):.3f} of documents "
          f"({med_docs_agree}/{med_docs})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
