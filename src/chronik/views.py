"""Plain-text views for the terminal: run summaries, article lists, one article.

Presentation only: functions take library objects and return or print Rich
renderables; they never touch the store.
"""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from chronik.model import Article
from chronik.runner import RunReport
from chronik.views_kb import render_mentions

_MAX_SKIPPED_SHOWN = 20


def report_lines(report: RunReport, db: str) -> list[str]:
    """The summary of a run: counts, then skipped inputs by reason with examples."""
    lines = [
        f"read {report.read} · new {report.new} · unchanged {report.unchanged} · "
        f"duplicate {report.duplicate} · near-duplicate {report.near_duplicate} · "
        f"skipped {sum(report.skipped.values())}"
    ]
    if report.skipped:
        reasons = ", ".join(f"{reason} {n}" for reason, n in report.skipped.most_common())
        lines.append(f"skipped by reason: {reasons}")
        for item in report.skipped_examples[:_MAX_SKIPPED_SHOWN]:
            detail = f" ({item.detail})" if item.detail else ""
            lines.append(f"  {item.source}: {item.reason}{detail}")
        hidden = sum(report.skipped.values()) - min(len(report.skipped_examples), _MAX_SKIPPED_SHOWN)
        if hidden > 0:
            lines.append(f"  … and {hidden} more (stored in the inputs table)")
    lines.append(f"stored in {db}")
    return lines


def article_table(rows: list[dict[str, Any]], width: int = 80) -> Table:
    """A table of stored articles (as returned by ``Store.list_articles``).

    The source column is shown only where the terminal is wide enough (≥ 120).
    """
    wide = width >= 120
    table = Table(show_lines=False, box=box.SIMPLE_HEAD)
    for name in ("id", "published", "lang", "status"):
        table.add_column(name, no_wrap=True, min_width=9 if name == "status" else None)
    source_width = 40 if wide else 0
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=max(20, width - 56 - source_width))
    if wide:
        table.add_column("source", no_wrap=True, overflow="ellipsis", max_width=source_width)
    for row in rows:
        status = "near-dup" if row["duplicate_of"] else row["status"]
        cells = [row["id"], row["published_value"] or "–", row["lang"] or "–", status, row["title"] or "–"]
        table.add_row(*cells, *([row["source"]] if wide else []))
    return table


def render_article(console: Console, article: Article) -> None:
    """Print an article: metadata, numbered sentences, then the removed lines."""
    published = article.published
    console.print(Text(article.title or "(no title)", style="bold"))
    console.print(f"id {article.id} · source {article.source} · lang {article.lang or '–'} · published "
                  f"{published.value + ' (' + published.precision + ', ' + published.evidence + ')' if published else 'unknown'}"
                  + (f" · dateline {article.dateline}" if article.dateline else ""), highlight=False)
    if article.duplicate_of:
        console.print(f"near-duplicate of {article.duplicate_of}", highlight=False)
    console.print()
    for sentence in article.sentences:
        console.print(Text.assemble((f"[{sentence.index + 1}] ", "cyan"), sentence.text_in(article.text)))
    if not article.sentences and article.text:
        console.print(article.text, highlight=False)
    if article.timexes:
        console.print()
        console.print(Text("time expressions:", style="bold"))
        for t in article.timexes:
            mod = f" {t.mod}" if t.mod else ""
            console.print(f"  - {article.text[t.start:t.end]!r}: {t.type} {t.value}{mod}", highlight=False)
    render_mentions(console, article)
    visible = [span for span in article.removed if span.text.strip()]
    if visible:
        console.print()
        console.print(Text("removed:", style="bold"))
        for span in visible:
            console.print(Text.assemble((f"  - [{span.reason}] ", "red"), span.text.strip()))


def timex_score_table(scores: dict[str, Any]) -> Table:
    """The totals of a TIMEX3 evaluation (see :mod:`chronik.eval.timex`)."""
    table = Table(title=f"TIMEX3 on {scores['docs']} documents ({scores['gold']} gold, {scores['system']} found)",
                  box=box.SIMPLE_HEAD)
    for column in ("measure", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    for name in ("strict", "relaxed", "value"):
        table.add_row(f"{name} extent" if name != "value" else "value",
                      *(f"{scores[f'{name}_{m}']:.3f}" for m in ("precision", "recall", "f1")))
    table.add_row("type accuracy", "", "", f"{scores['type_accuracy']:.3f}")
    return table


def published_score_table(scores: dict[str, Any]) -> Table:
    """Claims and right claims per precision of a publication-dating evaluation."""
    table = Table(title=f"Publication dates of {scores['docs']} documents from the text alone "
                        f"({scores['claims']} claims, {scores['right']} right)", box=box.SIMPLE_HEAD)
    for column in ("precision", "claims", "right", "coverage"):
        table.add_column(column, justify="left" if column == "precision" else "right")
    for precision, counts in scores["per_precision"].items():
        coverage = counts["claims"] / scores["docs"] if scores["docs"] else 0.0
        table.add_row(precision, str(counts["claims"]), str(counts["right"]), f"{coverage:.1%}")
    return table
