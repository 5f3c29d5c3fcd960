"""``chronik kb show|import`` and ``chronik eval ner``: the knowledge base on the command line."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer
import yaml
from rich.console import Console

from chronik.context import build_context
from chronik.errors import InputError
from chronik.eval.ner import score_ner
from chronik.kb.base import load_kb
from chronik.kb.loader import load_entries, read_file
from chronik.kb.wikidata import merge_people, parse_wikidata, to_yaml
from chronik.views_kb import kb_entry_panel, ner_score_table

console = Console()
kb_app = typer.Typer(help="Inspect and extend the actor knowledge base.", no_args_is_help=True, rich_markup_mode=None)


@kb_app.command("show")
def kb_show_command(
    name: Annotated[str, typer.Argument(help="A name or part of one: Putin, Assad, HTS, Russland, Hamaimim.")],
    limit: Annotated[int, typer.Option(help="Show at most this many entries.")] = 5,
) -> None:
    """Print the entries that bear NAME, with their dated roles."""
    ctx = build_context()
    kb = load_kb(ctx.lang(ctx.settings.default_lang), ctx.settings.kb_dir)
    found = kb.search(name)
    if not found:
        raise InputError(f"nothing in the knowledge base is called {name!r}")
    for entry in found[:limit]:
        console.print(kb_entry_panel(entry))
    if len(found) > limit:
        console.print(f"… and {len(found) - limit} more (--limit)")


@kb_app.command("import")
def kb_import_command(
    file: Annotated[Path, typer.Argument(help="Wikidata JSON: entity dump lines (P39 statements) or SPARQL JSON results.")],
    into: Annotated[Path | None, typer.Option(
        "--into", help="User KB folder to write people/wikidata.yaml into (default: the first folder of CHRONIK_KB_DIR, else ./kb).")] = None,
) -> None:
    """Add the people and positions of a Wikidata file to a user knowledge-base folder."""
    result = parse_wikidata(file)
    folder = into or Path((os.environ.get("CHRONIK_KB_DIR") or "kb").split(os.pathsep)[0])
    target = folder / "people" / "wikidata.yaml"
    existing = yaml.safe_load(target.read_text(encoding="utf-8")) if target.exists() else []
    merged = merge_people(existing or [], result.people)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".yaml.tmp")
    tmp.write_text(to_yaml(merged), encoding="utf-8")
    try:
        read_file(tmp, "person")  # never leave an invalid file behind
    except Exception:
        tmp.unlink()
        raise
    tmp.replace(target)
    load_entries([folder])
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    roles = sum(len(p.get("roles") or []) for p in result.people)
    typer.echo(f"imported {len(result.people)} people ({roles} roles) into {target}; "
               f"use it with CHRONIK_KB_DIR={folder}")


def eval_ner_command(
    gold: Annotated[Path, typer.Argument(help="GermEval 2014 TSV file (e.g. NER-de-dev.tsv).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
) -> None:
    """Entity recognition: outer PER/LOC/ORG spans, exact span and type; precision, recall, F1."""
    if not gold.is_file():
        raise InputError(f"{gold}: no such file (a GermEval 2014 TSV file is expected)")
    scores = score_ner(gold, build_context()).as_dict()
    if as_json:
        print(json.dumps(scores))
    else:
        console.print(ner_score_table(scores))
