"""The ``detente`` command line: thin wrappers over the Python API.

Data goes to stdout; progress and logs to stderr. A DetenteError becomes a one-line
message and exit code 1.
"""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from detente import code_files
from detente.config import FETCH_TIMEOUT, MAX_INPUT_BYTES, Settings
from detente.errors import DetenteError

app = typer.Typer(help="détente: news in, CAMEO-coded political events out.\n\n"
                  "Example: detente ingest examples/ --db demo.duckdb", no_args_is_help=True,
                  pretty_exceptions_enable=False)
# Table width when stdout is not a terminal (make demo, logs): wide enough for one row per event.
PIPED_WIDTH = 160
err = Console(stderr=True)
out = Console()
if not out.is_terminal:  # piped or logged: Rich would assume 80 columns and wrap every cell
    out = Console(width=PIPED_WIDTH)

DEFAULT_DB = "detente.duckdb"
DbOption = Annotated[Path, typer.Option("--db", help="DuckDB store file.", envvar="DETENTE_DB")]
PathsArgument = Annotated[list[str], typer.Argument(
    help="Files, folders, globs, http(s) URLs, or - for stdin. Forms by suffix: .html/.txt, "
         ".jsonl/.ndjson, .warc/.warc.gz, .rss/.atom/.xml feeds, .urls (one URL a line).")]
MaxBytesOption = Annotated[int, typer.Option(
    "--max-input-bytes", help="Reject inputs (and stop fetching pages) larger than this.")]
TimeoutOption = Annotated[float, typer.Option(
    "--fetch-timeout", help="Seconds a URL fetch may wait for the server before it is rejected.")]


class Format(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    json = "json"


def _require(format: Format, *allowed: Format) -> None:
    if format not in allowed:
        err.print(f"[red]error:[/red] --format {format.value} is not offered here; "
                  f"use one of {', '.join(f.value for f in allowed)}")
        raise typer.Exit(2)


def _fail(error: DetenteError) -> None:
    err.print(f"[red]error:[/red] {error}")
    raise typer.Exit(1)


@app.command()
def code(
    paths: PathsArgument,
    format: Annotated[Format, typer.Option("--format", "-f", help="jsonl, json or table.")] = Format.jsonl,
    max_input_bytes: MaxBytesOption = MAX_INPUT_BYTES,
    fetch_timeout: TimeoutOption = FETCH_TIMEOUT,
) -> None:
    """Code articles without a database and print the coded documents.

    Example: detente code ../shared/devset/seed.txt --format table
    """
    _require(format, Format.jsonl, Format.json, Format.table)
    settings = Settings(max_input_bytes=max_input_bytes, fetch_timeout=fetch_timeout)
    try:
        coded = (d.to_dict() for d in code_files(paths, settings=settings))
        documents = list(coded) if format == Format.json else coded
        if format == Format.json:
            print(json.dumps(documents, ensure_ascii=False, indent=1))
            return
        for document in documents:
            if format == Format.table:
                _print_document(document)
            else:
                print(json.dumps(document, ensure_ascii=False))
    except DetenteError as error:
        _fail(error)


def _print_document(document: dict) -> None:
    meta = document["metadata"] or {}
    out.rule(f"{document['source']}")
    if document["rejected"]:
        out.print(f"rejected at {document['rejected']['stage']}: {document['rejected']['reason']} "
                  f"({document['rejected']['detail']})")
        return
    out.print(f"[bold]{meta.get('title') or ''}[/bold]  {meta.get('outlet') or ''}  {meta.get('published') or ''}")
    table = Table()
    for column in ("source", "target", "cameo", "quad", "gs", "flags", "speaker", "trigger", "sentence"):
        table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=70 if column == "sentence" else None)
    for event in document["events"]:
        flags = ",".join(f for f in ("negated", "hypothetical") if event[f])
        table.add_row((event["source"] or {}).get("code", ""), (event["target"] or {}).get("code", ""),
                      event["cameo"], str(event["quad"]), str(event["goldstein"]), flags,
                      event["speaker"] or "", event["trigger"], event["sentence"][:90])
    out.print(table)


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = Path(DEFAULT_DB),
    max_input_bytes: MaxBytesOption = MAX_INPUT_BYTES,
    fetch_timeout: TimeoutOption = FETCH_TIMEOUT,
) -> None:
    """Code articles and store them, with their rejections, in a DuckDB file.

    Re-running adds nothing twice: articles already stored are skipped.

    JSON Lines, WARC, feed and .urls files give one article per record; only URLs use the network.

    Example: detente ingest examples/ --db demo.duckdb
    """
    from detente.run.store import ingest_paths

    settings = Settings(max_input_bytes=max_input_bytes, fetch_timeout=fetch_timeout)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("coding", total=None)
        try:
            summary = ingest_paths(paths, db=db, settings=settings, on_article=lambda _: progress.advance(task))
        except DetenteError as error:
            _fail(error)
    err.print(f"read {summary.read} · stored {summary.stored} · already stored {summary.already_stored} · "
              f"duplicates {summary.duplicates} · rejected {sum(summary.rejected.values())} · events {summary.events}")
    for reason, count in sorted(summary.rejected.items()):
        err.print(f"  rejected {reason}: {count}")


@app.command()
def events(
    db: DbOption = Path(DEFAULT_DB),
    source: Annotated[Optional[str], typer.Option(help="Source country or actor code, e.g. KOR or KORGOV.")] = None,
    target: Annotated[Optional[str], typer.Option(help="Target country or actor code.")] = None,
    root: Annotated[Optional[str], typer.Option(help="CAMEO root code, e.g. 03.")] = None,
    since: Annotated[Optional[str], typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    negated: Annotated[Optional[bool], typer.Option("--negated/--not-negated",
                                                    help="Only negated events, or only events that are not.")] = None,
    hypothetical: Annotated[Optional[bool], typer.Option("--hypothetical/--factual",
                                                         help="Only hypothetical events, or only factual ones.")] = None,
    limit: Annotated[Optional[int], typer.Option(help="At most this many rows.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table, csv, jsonl or json.")] = Format.table,
) -> None:
    """Query stored events.

    Example: detente events --source KOR --target RUS --root 03 --db demo.duckdb
    """
    from detente.store import open_store, read_events

    try:
        con = open_store(db)
        rows = read_events(con, source=source, target=target, root=root, since=since, until=until,
                           negated=negated, hypothetical=hypothetical, limit=limit)
    except DetenteError as error:
        _fail(error)
    _print_rows(rows, format, columns=("event_date", "source_code", "target_code", "cameo", "goldstein",
                                       "negated", "hypothetical", "speaker", "sentence"))


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="First country, ISO3 (e.g. KOR).")],
    b: Annotated[str, typer.Argument(help="Second country, ISO3 (e.g. RUS).")],
    db: DbOption = Path(DEFAULT_DB),
    by: Annotated[str, typer.Option(help="Period: day, week, month or year.")] = "month",
    top: Annotated[int, typer.Option(help="How many of the strongest events to list.")] = 5,
    format: Annotated[Format, typer.Option("--format", "-f", help="table, csv, jsonl or json.")] = Format.table,
) -> None:
    """How relations between two countries move: events by period, quad classes, Goldstein, ties index.

    Example: detente dyad KOR RUS --by month --db demo.duckdb
    """
    from detente.analyse import dyad_series, top_events
    from detente.store import open_store

    try:
        con = open_store(db)
        rows = dyad_series(con, a.upper(), b.upper(), by=by)
        strongest = top_events(con, a.upper(), b.upper(), limit=top)
    except (DetenteError, ValueError) as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(1) from None
    _print_rows(rows, format)
    if format == Format.table and strongest:
        out.print(f"[bold]Strongest {a.upper()}–{b.upper()} events[/bold]")
        _print_rows(strongest, format, columns=("event_date", "source_code", "target_code", "cameo",
                                                "goldstein", "sentence"))


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of *.gold.json files with their documents.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
) -> None:
    """Score the pipeline against gold annotations: events P/R/F1, metadata, body, actors, quotes.

    Example: detente evaluate ../shared/devset
    """
    _require(format, Format.table, Format.json)
    from detente import evaluate as evaluation

    def code_file(path: Path) -> dict:
        return next(iter(code_files([str(path)]))).to_dict()

    try:
        report = evaluation.evaluate(gold_dir, code_file)
    except DetenteError as error:
        _fail(error)
    if format == Format.json:
        print(json.dumps(evaluation.report_to_dict(report), ensure_ascii=False, indent=1))
    else:
        print(evaluation.format_report(report))


def _print_rows(rows: list[dict], format: Format, *, columns: tuple[str, ...] | None = None) -> None:
    columns = columns or (tuple(rows[0]) if rows else ())
    if format == Format.json:
        print(json.dumps(rows, ensure_ascii=False, default=str, indent=1))
    elif format == Format.jsonl:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, default=str))
    elif format == Format.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table()
        for column in columns:  # one line per row; long sentences end in an ellipsis
            table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=70 if column == "sentence" else None)
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        out.print(table)


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    text = "" if value is None else str(value)
    return text if len(text) <= 100 else text[:97] + "..."


def main() -> None:  # pragma: no cover - entry point
    app()
