"""Rich tables for canonical events, dyad series and event scores."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.table import Table


def events_table(records: list[dict[str, Any]], width: int = 100) -> Table:
    """One row per canonical event."""
    table = Table(title=f"{len(records)} events", box=box.SIMPLE_HEAD, width=max(width, 80))
    for column in ("date", "type", "source", "target", "place", "art.", "conf.", "modality"):
        table.add_column(column, overflow="fold")
    for r in records:
        date = r["date"]["value"] if r.get("date") else "–"
        kind = r["type"] + (f"/{r['mode']}" if r.get("mode") else "")
        table.add_row(date, kind, ", ".join(a["name"] for a in r["source"]), ", ".join(a["name"] for a in r["target"]),
                      r["location"]["name"] if r.get("location") else "", str(r["num_articles"]),
                      f"{r['confidence']:.2f}", r["modality"])
    return table


def dyad_table(series: list[tuple[str, float, int]], first: str, second: str) -> Table:
    """Month, mean cooperation–conflict score and number of events."""
    table = Table(title=f"{first} – {second}: cooperation (+10) … conflict (−10) per month", box=box.SIMPLE_HEAD)
    for column in ("month", "score", "events"):
        table.add_column(column, justify="left" if column == "month" else "right")
    for month, score, count in series:
        table.add_row(month, f"{score:+.1f}", str(count))
    return table


def event_score_table(scores: dict[str, Any]) -> Table:
    """Recall and precision per document and in total, with and without dates."""
    table = Table(title="Events against gold", box=box.SIMPLE_HEAD)
    for column in ("document", "recall", "precision", "dated recall", "dated precision"):
        table.add_column(column, justify="left" if column == "document" else "right")
    rows = [*scores["per_doc"].items(), ("total", scores["total"])]
    for name, s in rows:
        table.add_row(name, *(_rate(s[v][m]) for v in ("actors+type", "dated") for m in ("recall", "precision")))
    return table


def merge_summary(merge: dict[str, Any]) -> str:
    """Merge quality in words, with each event split over several canonical events and its articles."""
    lines = [(f"merge: {merge['found']} of {merge['multi_doc_events']} multi-article events found; "
              f"merged once {merge['merged_once']}/{merge['found']} ({_rate(merge['merged_once_rate'])}); "
              f"article coverage {_rate(merge['article_coverage'])}")]
    for row in merge["events"]:
        if row["candidates"] and not row["merged_once"]:
            lines.append(f"  split {row['id']} over {row['candidates']} events: "
                         f"{', '.join(row['split_docs'])} apart from {', '.join(row['best_docs'])}")
    return "\n".join(lines)


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"
