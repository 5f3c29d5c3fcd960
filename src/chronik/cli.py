"""The ``chronik`` command line: parse options, call the library, print.

Every :class:`chronik.errors.ChronikError` becomes one line ``error: …`` on
stderr and the error's exit code; usage errors exit with 2.
"""

from __future__ import annotations

import contextlib
import functools
import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from chronik import __version__
from chronik.cli_events import (
    dyad_command,
    eval_events_command,
    events_command,
    export_command,
    report_command,
    stories_command,
    timeline_command,
)
from chronik.cli_kb import eval_ner_command, kb_app
from chronik.cli_web import serve_command
from chronik.context import build_context
from chronik.errors import ChronikError, InputError
from chronik.eval.published import score_published_dir
from chronik.eval.timex import score_dir as score_timex_dir
from chronik.runner import RunReport, run_documents
from chronik.settings import CsvOptions, load_settings
from chronik.stages.ingest import iter_inputs
from chronik.store.db import database_url
from chronik.store.repository import Store
from chronik.views import (
    article_table,
    published_score_table,
    render_article,
    report_lines,
    timex_score_table,
)

app = typer.Typer(
    name="chronik",
    help="Turn news articles into a chronicle of political events.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
console = Console()
err_console = Console(stderr=True)

class ArticleStatus(str, Enum):
    """The stored statuses of an article (``chronik articles --status``)."""

    processed = "processed"
    near_duplicate = "near_duplicate"


DbOption = Annotated[
    str, typer.Option("--db", envvar="CHRONIK_DB", help="SQLite file or postgresql:// URL.")
]


def _one_line_errors(command):
    """Turn a ChronikError raised by ``command`` into ``error: …`` on stderr and its exit code."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ChronikError as exc:
            err_console.print(f"error: {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        console.print(f"chronik {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """chronik: who did what to whom, when and where — from news articles."""


@app.command("run")
@_one_line_errors
def run_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, glob patterns, or - for stdin.")],
    db: DbOption = "chronik.db",
    csv_text_column: Annotated[str | None, typer.Option(help="CSV/TSV column with the text (name or 0-based index).")] = None,
    csv_title_column: Annotated[str | None, typer.Option(help="CSV/TSV column with the title.")] = None,
    csv_date_column: Annotated[str | None, typer.Option(help="CSV/TSV column with the publication date.")] = None,
    csv_url_column: Annotated[str | None, typer.Option(help="CSV/TSV column with the URL.")] = None,
    csv_id_column: Annotated[str | None, typer.Option(help="CSV/TSV column with a record id.")] = None,
    csv_delimiter: Annotated[str | None, typer.Option(help="CSV delimiter (default: detected).")] = None,
    csv_header: Annotated[bool | None, typer.Option("--csv-header/--csv-no-header",
                                                       help="Whether the CSV has a header row (default: detected).")] = None,
    lang: Annotated[str | None, typer.Option(help="Language assumed when detection is unsure (default de).")] = None,
    max_file_mb: Annotated[float | None, typer.Option(help="Skip files larger than this (default 20).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Annotated[int, typer.Option("--workers", "-j", help="Processes for the analysis (0 = all cores).")] = 0,
    dask: Annotated[str | None, typer.Option(
        "--dask", help="Run the analysis on a Dask cluster: its scheduler (tcp://host:8786), or local[:N] for N "
                       "local worker processes; needs a PostgreSQL --db (see docs/scale.md).")] = None,
) -> None:
    """Read articles, clean and segment them, and store them (new ones only)."""
    csv = CsvOptions(csv_text_column, csv_title_column, csv_date_column, csv_url_column, csv_id_column,
                     csv_delimiter, csv_header)
    max_bytes = int(max_file_mb * 1024 * 1024) if max_file_mb is not None else None
    if workers < 0:
        raise InputError(f"--workers {workers}: expected 0 (all cores) or a positive number")
    settings = load_settings(db=db, default_lang=lang, max_file_bytes=max_bytes, csv=csv, workers=workers)
    if dask:
        from chronik.distributed import require_postgresql

        require_postgresql(settings.db)
    ctx = build_context(settings)
    documents = iter_inputs(paths, settings)  # checks every path before the database is touched
    with _dask_client(dask) as client:  # and, with --dask, the scheduler
        store = Store.open(settings.db)
        try:
            report = _run_with_progress(documents, paths, store, ctx, quiet, client)
        finally:
            store.close()
    for line in report_lines(report, settings.db):
        console.print(line, highlight=False, soft_wrap=True)


def _dask_client(address: str | None):
    """A context manager giving a Dask client for ``--dask address``, or None without the option."""
    if not address:
        return contextlib.nullcontext()
    from chronik.distributed import dask_client

    return dask_client(address)


def _run_with_progress(documents, paths: list[str], store: Store, ctx, quiet: bool, client=None) -> RunReport:
    columns = (SpinnerColumn(), TextColumn("reading articles"), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, disable=quiet, transient=True) as progress:
        task = progress.add_task("run", total=None)

        def advance(n: int) -> None:
            progress.advance(task, n)

        if client is None:
            return run_documents(documents, paths, store, ctx, progress=advance)
        from chronik.distributed import run_on_dask

        return run_on_dask(documents, paths, store, ctx, client, progress=advance)


@app.command("articles")
@_one_line_errors
def articles_command(
    db: DbOption = "chronik.db",
    limit: Annotated[int, typer.Option(min=1, help="How many to list.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="How many to skip.")] = 0,
    status: Annotated[ArticleStatus | None, typer.Option(help="Only articles with this status.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List stored articles: id, date, title, language, status."""
    store = _open_existing(db)
    try:
        rows = store.list_articles(limit=limit, offset=offset, status=status.value if status else None)
    finally:
        store.close()
    if as_json:
        for row in rows:
            console.print_json(json.dumps(row, ensure_ascii=False, default=str), indent=None)
    else:
        console.print(article_table(rows, console.width))


@app.command("show")
@_one_line_errors
def show_command(
    article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix of at least 4 characters).")],
    db: DbOption = "chronik.db",
) -> None:
    """Show an article's clean text with sentence boundaries and the removed lines."""
    store = _open_existing(db)
    try:
        article = store.get_article(article_id)
    finally:
        store.close()
    render_article(console, article)


eval_app = typer.Typer(help="Score chronik against gold data.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(eval_app, name="eval")


@eval_app.command("timex")
@_one_line_errors
def eval_timex_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of TimeML .tml files (KRAUTS format).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
) -> None:
    """TIMEX3 scores: strict and relaxed extent F1, value F1, type accuracy (the DCT is the publication date)."""
    _print_scores(gold_dir, score_timex_dir, timex_score_table, as_json)


@eval_app.command("published")
@_one_line_errors
def eval_published_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of TimeML .tml files; their DCT is the truth.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
) -> None:
    """Publication dating from the text alone (DCT hidden): claims and right claims per precision."""
    _print_scores(gold_dir, score_published_dir, published_score_table, as_json)


eval_app.command("ner")(_one_line_errors(eval_ner_command))
eval_app.command("events")(_one_line_errors(eval_events_command))
for _name, _function in (("events", events_command), ("timeline", timeline_command), ("stories", stories_command),
                         ("dyad", dyad_command), ("export", export_command), ("report", report_command)):
    app.command(_name)(_one_line_errors(_function))
app.command("serve")(_one_line_errors(serve_command))
app.add_typer(kb_app, name="kb")
for _command in kb_app.registered_commands:
    _command.callback = _one_line_errors(_command.callback)


def _print_scores(gold_dir: Path, score, table, as_json: bool) -> None:
    """Score the TimeML folder ``gold_dir`` with ``score`` and print a JSON object or ``table(scores)``."""
    if not gold_dir.is_dir() or not any(gold_dir.glob("*.tml")):
        raise InputError(f"{gold_dir}: not a folder of .tml files")
    scores = score(gold_dir, build_context())
    if as_json:
        print(json.dumps(scores, ensure_ascii=False, default=str))
    else:
        console.print(table(scores))


def _open_existing(db: str) -> Store:
    """Open an existing chronik database; a missing file or a foreign database is an error, never created."""
    url = database_url(db)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        raise InputError(f"no database at {db!r}; create one with `chronik run PATH --db {db}`")
    return Store.open(db, create=False)


def main() -> None:
    """Console-script entry point (usage errors exit with 2, chronik errors with their code)."""
    app()
