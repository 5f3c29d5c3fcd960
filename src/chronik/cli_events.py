"""``chronik events|timeline|dyad|export`` and ``chronik eval events``: the chronicle on the command line."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from chronik.chronicle import EventFilter, best_sentence, dyad_series, dyad_svg, stories, timeline_line
from chronik.context import build_context
from chronik.errors import InputError
from chronik.eval.events import read_gold, score_events
from chronik.export import csv_rows, jsonl
from chronik.stages.event_lexicon import build_event_lexicon
from chronik.views_events import dyad_table, event_score_table, events_table

console = Console()

Actor = Annotated[Optional[str], typer.Option("--actor", help="Actor name, alias or id (Putin, Q7747).")]
Country = Annotated[Optional[str], typer.Option("--country", help="ISO 3166-1 alpha-3 of a source or target (RUS).")]
EventType = Annotated[Optional[str], typer.Option("--type", help="PLOVER type (CONSULT, ASSAULT …).")]
DateFrom = Annotated[Optional[str], typer.Option("--from", help="Events ending on or after this date (YYYY-MM-DD).")]
DateTo = Annotated[Optional[str], typer.Option("--to", help="Events starting on or before this date (YYYY-MM-DD).")]
PlaceOpt = Annotated[Optional[str], typer.Option("--place", help="Place name (part of it).")]
MinConf = Annotated[Optional[float], typer.Option("--min-confidence", help="Only events with at least this confidence (0–1).")]
Db = Annotated[str, typer.Option("--db", envvar="CHRONIK_DB", help="SQLite file or postgresql:// URL.")]


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option} {value!r}: expected a date like 2020-01-07") from None


def make_filter(actor, country, type_, date_from, date_to, place, min_confidence) -> EventFilter:
    """An EventFilter from CLI option values, validated."""
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise InputError(f"--min-confidence {min_confidence}: expected a number between 0 and 1")
    return EventFilter(actor, country, type_, _date(date_from, "--from"), _date(date_to, "--to"), place, min_confidence)


def _records(db: str, flt: EventFilter) -> list[dict]:
    from chronik.cli import _open_existing

    store = _open_existing(db)
    try:
        return store.event_records(flt)
    finally:
        store.close()


def events_command(actor: Actor = None, country: Country = None, type_: EventType = None, date_from: DateFrom = None,
                   date_to: DateTo = None, place: PlaceOpt = None, min_confidence: MinConf = None,
                   db: Db = "chronik.db") -> None:
    """The canonical events as a table."""
    records = _records(db, make_filter(actor, country, type_, date_from, date_to, place, min_confidence))
    console.print(events_table(records, console.width))


def timeline_command(actor: Actor = None, country: Country = None, type_: EventType = None, date_from: DateFrom = None,
                     date_to: DateTo = None, place: PlaceOpt = None, min_confidence: MinConf = None,
                     db: Db = "chronik.db") -> None:
    """Dated lines, oldest first, each with the sentence that reports it; undated events last."""
    for record in _records(db, make_filter(actor, country, type_, date_from, date_to, place, min_confidence)):
        typer.echo(timeline_line(record))
        typer.echo(f"              „{best_sentence(record)[:200]}“")


def stories_command(db: Db = "chronik.db",
                    limit: Annotated[int, typer.Option(help="Show at most this many stories.")] = 20) -> None:
    """Articles grouped into stories (articles that report a common event), largest first."""
    from chronik.cli import _open_existing

    store = _open_existing(db)
    try:
        found = stories(store.event_article_links(), {a["id"]: a for a in store.article_records()})
    finally:
        store.close()
    for story in found[:limit]:
        typer.echo(f"{story['start'] or '?'} … {story['end'] or '?'}  {len(story['articles'])} Artikel  {story['title'] or ''}")
        for article in story["articles"]:
            published = (article.get("published") or {}).get("value", "?")
            typer.echo(f"    {published:<10}  {article['source']}  {article.get('title') or ''}")


def dyad_command(first: Annotated[str, typer.Argument(help="Actor or ISO3 (RUS).")],
                 second: Annotated[str, typer.Argument(help="Actor or ISO3 (SYR).")],
                 plot: Annotated[Optional[Path], typer.Option("--plot", help="Write the curve to FILE (.svg, or .png with matplotlib).")] = None,
                 db: Db = "chronik.db") -> None:
    """The cooperation–conflict series between two actors per month (scale in lang/<xx>/events.yaml)."""
    ctx = build_context()
    scale = build_event_lexicon(ctx.lang(ctx.settings.default_lang)).scale
    series = dyad_series(_records(db, EventFilter()), first, second, scale)
    console.print(dyad_table(series, first, second))
    if plot:
        _write_plot(plot, series, f"{first} – {second}")
        typer.echo(f"wrote {plot}")


def _write_plot(path: Path, series, title: str) -> None:
    if path.suffix.lower() == ".svg":
        path.write_text(dyad_svg(series, title), encoding="utf-8")
        return
    if path.suffix.lower() != ".png":
        raise InputError(f"{path}: --plot writes .svg or .png")
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise InputError("PNG plots need matplotlib (pip install matplotlib); or write an .svg") from None
    fig, ax = plt.subplots(figsize=(8, 3))
    ax.plot([m for m, _, _ in series], [s for _, s, _ in series], marker="o")
    ax.axhline(0, color="grey")
    ax.set_ylim(-10, 10)
    ax.set_title(title)
    fig.autofmt_xdate()
    fig.savefig(path)


def export_command(fmt: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
                   what: Annotated[str, typer.Option("--what", help="events or articles.")] = "events",
                   out: Annotated[Optional[Path], typer.Option("--out", help="File to write (default: stdout).")] = None,
                   actor: Actor = None, country: Country = None, type_: EventType = None, date_from: DateFrom = None,
                   date_to: DateTo = None, place: PlaceOpt = None, min_confidence: MinConf = None,
                   db: Db = "chronik.db") -> None:
    """Canonical events (or articles) in the export contract of DESIGN.md, one per line."""
    if fmt not in ("jsonl", "csv") or what not in ("events", "articles"):
        raise InputError(f"--format {fmt!r} --what {what!r}: expected --format jsonl|csv and --what events|articles")
    if what == "articles":
        from chronik.cli import _open_existing

        store = _open_existing(db)
        try:
            records = store.article_records()
        finally:
            store.close()
        if fmt == "csv":
            raise InputError("articles export as --format jsonl")
        lines = jsonl(records)
    else:
        records = _records(db, make_filter(actor, country, type_, date_from, date_to, place, min_confidence))
        lines = jsonl(records) if fmt == "jsonl" else csv_rows(records)
    stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        stream.writelines(lines)
    finally:
        if out:
            stream.close()


def eval_events_command(gold: Annotated[Path, typer.Argument(help="Gold events YAML (../shared/gold/seeds.yaml).")],
                        db: Db = "chronik.db",
                        as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False) -> None:
    """Recall of required gold events and precision of system events, with and without dates."""
    scores = score_events(read_gold(gold), _records(db, EventFilter()))
    if as_json:
        print(json.dumps(scores))
    else:
        console.print(event_score_table(scores))
