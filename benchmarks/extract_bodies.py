"""Score HTML body extraction on the article-extraction benchmark (181 real news pages).

Usage: .venv/bin/python benchmarks/extract_bodies.py [BENCH_DIR] [--limit N] [--json] [--worst N]

Reads BENCH_DIR/ground-truth.json (``articleBody`` per page id) and html/<id>.html.gz
(default ../shared/benchmarks/article-extraction). Every page is decompressed and decoded
before any timing. Then, in one run on the same pages, it times and scores détente's
``extract_article`` and trafilatura's ``extract`` (default settings, and
``favor_precision=True``).

Score (the benchmark's PROVENANCE.md): both texts are lower-cased and split into ``\\w+``
tokens; per page, precision = multiset overlap / extracted tokens, recall = overlap / gold
tokens, F1 their harmonic mean (an empty or failed extraction scores 0). ``F1`` is the mean
of the per-page F1s (macro, the primary number); ``P``/``R``/``F1(agg)`` sum overlaps and
token counts over all pages (micro); ``sh4F1`` is upstream's own 4-token-shingle measure.
``--worst N`` prints détente's N lowest-F1 pages with the extra and missing words.
Exits 0 with a message when the benchmark folder is absent (a fresh clone).
"""
from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import trafilatura

from detente.extract import extract_article
from detente.records import Article, RawDocument

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "article-extraction"
TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def detente(html: str) -> str:
    data = html.encode("utf-8")
    result = extract_article(RawDocument(hashlib.sha256(data).hexdigest()[:32], "bench", data, "text/html"))
    return result.text if isinstance(result, Article) else ""


EXTRACTORS = {
    "detente extract_article": detente,
    "trafilatura default": lambda html: trafilatura.extract(html) or "",
    "trafilatura favor_precision": lambda html: trafilatura.extract(html, favor_precision=True) or "",
}


def shingles(words: list[str], n: int = 4) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 1))} if words else set()


def score(pages: dict[str, str], golds: dict[str, str], outputs: dict[str, str]) -> dict:
    per_page, overlap_sum, got_sum, gold_sum = {}, 0, 0, 0
    sh_p, sh_r = [], []
    for page_id in pages:
        got, gold = tokens(outputs[page_id]), tokens(golds[page_id])
        overlap = sum((Counter(got) & Counter(gold)).values())
        p = overlap / len(got) if got else 0.0
        r = overlap / len(gold) if gold else 0.0
        per_page[page_id] = 2 * p * r / (p + r) if p + r else 0.0
        overlap_sum, got_sum, gold_sum = overlap_sum + overlap, got_sum + len(got), gold_sum + len(gold)
        got_sh, gold_sh = shingles(got), shingles(gold)
        if got_sh:
            sh_p.append(len(got_sh & gold_sh) / len(got_sh))
        sh_r.append(len(got_sh & gold_sh) / len(gold_sh) if gold_sh else 0.0)
    p, r = overlap_sum / max(got_sum, 1), overlap_sum / max(gold_sum, 1)
    shp, shr = sum(sh_p) / max(len(sh_p), 1), sum(sh_r) / max(len(sh_r), 1)
    return {"F1": sum(per_page.values()) / len(per_page), "P": p, "R": r,
            "F1_agg": 2 * p * r / (p + r) if p + r else 0.0,
            "sh4F1": 2 * shp * shr / (shp + shr) if shp + shr else 0.0, "per_page": per_page}


def show_worst(pages, golds, outputs, per_page, count: int) -> None:
    for page_id in sorted(per_page, key=per_page.get)[:count]:
        got, gold = Counter(tokens(outputs[page_id])), Counter(tokens(golds[page_id]))
        extra, missing = got - gold, gold - got
        print(f"\n{page_id[:12]} F1 {per_page[page_id]:.3f}  got {sum(got.values())} gold "
              f"{sum(gold.values())}  extra {sum(extra.values())} missing {sum(missing.values())}")
        for label, bag in (("extra", extra), ("missing", missing)):
            lines = [line for line in re.split(r"\n+", outputs[page_id] if label == "extra" else golds[page_id])
                     if tokens(line) and sum((Counter(tokens(line)) & bag).values()) >= 0.6 * len(tokens(line))]
            for line in lines[:6]:
                print(f"   {label}: {line[:150]!r}")


def main(argv: list[str]) -> int:
    as_json, limit, worst, rest = False, None, 0, []
    args = iter(argv)
    for arg in args:
        if arg == "--json":
            as_json = True
        elif arg == "--limit":
            limit = int(next(args))
        elif arg == "--worst":
            worst = int(next(args))
        else:
            rest.append(arg)
    folder = Path(rest[0]) if rest else DEFAULT_DIR
    if not (folder / "ground-truth.json").is_file():
        print(f"skipped: no article-extraction benchmark at {folder} (it lives in ../shared/benchmarks)")
        return 0
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    pages = {i: gzip.decompress((folder / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8") for i in ids}
    golds = {i: truth[i]["articleBody"] for i in ids}
    for extractor in EXTRACTORS.values():  # warm up imports and caches outside the clock
        extractor(pages[ids[0]])
    results, all_outputs = {}, {}
    for name, extractor in EXTRACTORS.items():
        started = time.perf_counter()
        outputs = {}
        for page_id, html in pages.items():
            try:
                outputs[page_id] = extractor(html)
            except Exception as error:  # a failed extraction scores 0, it does not stop the run
                print(f"{name}: {page_id[:12]} failed: {error!r}", file=sys.stderr)
                outputs[page_id] = ""
        elapsed = time.perf_counter() - started
        results[name] = score(pages, golds, outputs) | {"pages_per_s": len(pages) / elapsed, "seconds": elapsed}
        all_outputs[name] = outputs
    if as_json:
        print(json.dumps({"pages": len(pages), "results": results}, indent=1))
        return 0
    print(f"body extraction on {len(pages)} pages of {folder.name}")
    print("| extractor | F1 (mean/page) | P | R | F1 (agg) | sh4F1 | pages/s |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, r in results.items():
        print(f"| {name} | {r['F1']:.3f} | {r['P']:.3f} | {r['R']:.3f} | {r['F1_agg']:.3f} | {r['sh4F1']:.3f} "
              f"| {r['pages_per_s']:.1f} |")
    if worst:
        name = next(iter(EXTRACTORS))
        show_worst(pages, golds, all_outputs[name], results[name]["per_page"], worst)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
