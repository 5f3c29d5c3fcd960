"""Plain-text views for the terminal: run summaries, article lists, one article.

Presentation only: functions take library objects and return or print Rich
renderables; they never touch the store.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from chronik.model import Article
from chronik.runner import RunReport

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


def article_table(rows: list[dict[str, Any]]) -> Table:
    """A table of stored articles (as returned by ``Store.list_articles``)."""
    table = Table(show_lines=False)
    for column in ("id", "published", "title", "lang", "status", "source"):
        table.add_column(column, overflow="fold" if column == "title" else "ellipsis")
    for row in rows:
        status = row["status"] if not row["duplicate_of"] else f"{row['status']} of {row['duplicate_of']}"
        table.add_row(row["id"], row["published_value"] or "–", row["title"] or "–", row["lang"] or "–",
                      status, row["source"])
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
    if article.removed:
        console.print()
        console.print(Text("removed:", style="bold"))
        for span in article.removed:
            if span.text.strip():
                console.print(Text.assemble((f"  - [{span.reason}] ", "red"), span.text.strip()))
