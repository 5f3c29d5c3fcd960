"""``chronik events|timeline|dyad|export`` and ``chronik eval events``: the chronicle on the command line."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from chronik.chronicle import EventFilter, best_sentence, dyad_series, dyad_svg, stories, timeline_line
from chronik.context import build_context
from chronik.errors import InputError
from chronik.eval.events import read_canonical, read_gold, score_events
from chronik.eval.merge import score_merge
from chronik.export import csv_rows, jsonl
from chronik.stages.event_lexicon import build_event_lexicon
from chronik.views_events import dyad_table, event_score_table, events_table, merge_summary

console = Console()

Actor = Annotated[str | None, typer.Option("--actor", help="Actor name, alias or id (Putin, Q7747).")]
Country = Annotated[str | None, typer.Option("--country", help="ISO 3166-1 alpha-3 of a source or target (RUS).")]
EventType = Annotated[str | None, typer.Option("--type", help="PLOVER type (CONSULT, ASSAULT …).")]
DateFrom = Annotated[str | None, typer.Option("--from", help="Events ending on or after this date (YYYY-MM-DD).")]
DateTo = Annotated[str | None, typer.Option("--to", help="Events starting on or before this date (YYYY-MM-DD).")]
PlaceOpt = Annotated[str | None, typer.Option("--place", help="Place name (part of it).")]
MinConf = Annotated[float | None, typer.Option("--min-confidence", help="Only events with at least this confidence (0–1).")]
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
                 plot: Annotated[Path | None, typer.Option("--plot", help="Write the curve to FILE (.svg, or .png with matplotlib).")] = None,
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


EXPORT_FORMATS = ("jsonl", "csv", "geojson", "graphml", "gexf", "polecat")
FormatOpt = Annotated[str, typer.Option("--format", help="jsonl, csv, geojson (QGIS), graphml or gexf (actor network "
                                                         "for Gephi), polecat (POLECAT-compatible TSV).")]


def export_command(fmt: FormatOpt = "jsonl",
                   what: Annotated[str, typer.Option("--what", help="events or articles (articles: jsonl only).")] = "events",
                   out: Annotated[Path | None, typer.Option("--out", help="File to write (default: stdout).")] = None,
                   actor: Actor = None, country: Country = None, type_: EventType = None, date_from: DateFrom = None,
                   date_to: DateTo = None, place: PlaceOpt = None, min_confidence: MinConf = None,
                   db: Db = "chronik.db") -> None:
    """Canonical events (or articles) in the export contract of DESIGN.md, one per line; or the events as
    GeoJSON, their actor network as GraphML/GEXF, or a POLECAT-compatible TSV (docs/exports.md)."""
    if fmt not in EXPORT_FORMATS or what not in ("events", "articles"):
        raise InputError(f"--format {fmt!r} --what {what!r}: expected --format {'|'.join(EXPORT_FORMATS)} "
                         "and --what events|articles")
    if what == "articles":
        if fmt != "jsonl":
            raise InputError(f"--what articles exports as --format jsonl only; --format {fmt} is for events")
        lines = jsonl(_article_records(db))
    else:
        records = _records(db, make_filter(actor, country, type_, date_from, date_to, place, min_confidence))
        lines = _event_lines(fmt, records, db)
    stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        stream.writelines(lines)
    finally:
        if out:
            stream.close()


def _article_records(db: str) -> list[dict]:
    from chronik.cli import _open_existing

    store = _open_existing(db)
    try:
        return store.article_records()
    finally:
        store.close()


def _event_lines(fmt: str, records: list[dict], db: str) -> Iterable[str]:
    """The text of an events export in ``fmt`` (one of EXPORT_FORMATS), as an iterable of strings."""
    if fmt in ("jsonl", "csv"):
        return jsonl(records) if fmt == "jsonl" else csv_rows(records)
    if fmt == "geojson":
        from chronik.geo_export import events_geojson

        return [json.dumps(events_geojson(records), ensure_ascii=False) + "\n"]
    scale = _scale()
    if fmt == "polecat":
        from chronik.polecat import polecat_rows, publication_dates

        return polecat_rows(records, scale, publication_dates(_article_records(db)))
    from chronik.network import actor_network, gexf, graphml

    network = actor_network(records, scale)
    return [graphml(network) if fmt == "graphml" else gexf(network)]


def _scale() -> dict[str, float]:
    """The cooperation–conflict scale of the default language (lang/<xx>/events.yaml)."""
    ctx = build_context()
    return build_event_lexicon(ctx.lang(ctx.settings.default_lang)).scale


def report_command(out: Annotated[Path, typer.Option("--out", help="HTML file to write.")] = Path("report.html"),
                   actor: Actor = None, country: Country = None, type_: EventType = None, date_from: DateFrom = None,
                   date_to: DateTo = None, place: PlaceOpt = None, min_confidence: MinConf = None,
                   db: Db = "chronik.db") -> None:
    """One self-contained HTML report (counts, timeline, top actors, network, map, dyad curves, events with
    their sentences) that opens offline; filters as for `chronik timeline`."""
    from chronik.report import render_report, write_report

    flt = make_filter(actor, country, type_, date_from, date_to, place, min_confidence)
    filters = {"actor": actor, "country": country, "type": type_, "from": date_from, "to": date_to, "place": place,
               "min-confidence": min_confidence}
    records = _records(db, flt)
    write_report(out, render_report(records, _scale(), filters))
    typer.echo(f"wrote {out} ({len(records)} events)")


def eval_events_command(gold: Annotated[Path, typer.Argument(help="Gold events YAML (../shared/gold/seeds.yaml).")],
                        db: Db = "chronik.db",
                        as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False) -> None:
    """Recall of required gold events and precision of system events, with and without dates."""
    records = _records(db, EventFilter())
    scores = score_events(read_gold(gold), records)
    canonical = read_canonical(gold)
    if canonical is not None:
        scores["merge"] = score_merge(canonical, records)
    if as_json:
        print(json.dumps(scores))
        return
    console.print(event_score_table(scores))
    if canonical is not None:
        print(merge_summary(scores["merge"]))
