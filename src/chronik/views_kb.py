"""Rich renderings of knowledge-base entries, resolved mentions and NER scores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from chronik.kb.entries import Entry
from chronik.model import Article


def kb_entry_panel(entry: Entry) -> Panel:
    """One KB entry: names, id, and its roles with dates."""
    source = "/".join(Path(entry.source).parts[-2:])
    lines = [Text(f"{entry.kind} · {entry.public_id} · {source}", style="dim")]
    others = [n for n in entry.names if n != entry.name]
    if others:
        lines.append(Text("also: " + ", ".join(others[:12]) + (" …" if len(others) > 12 else "")))
    extra = entry.extra
    if entry.kind == "place":
        lines.append(Text(f"{extra.get('kind', 'place')} in {extra.get('country') or '–'} at {extra['lat']:.4f}, {extra['lon']:.4f}"))
    if entry.kind == "state":
        lines.append(Text(f"adjective {extra.get('adjective')} · capital {extra.get('capital')} · "
                          f"metonyms {', '.join(extra.get('metonyms') or []) or '–'}"))
    if entry.roles and entry.kind != "state":
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
        for column in ("from", "to", "country/org", "sector", "office", "title"):
            table.add_column(column)
        for r in sorted(entry.roles, key=lambda r: str(r.start or "")):
            table.add_row(str(r.start or "…"), str(r.end or "…"), r.country or r.org or "–", r.sector,
                          r.office or "", r.title or "")
        lines.append(table)
    return Panel(Group(*lines), title=Text(entry.name, style="bold"), expand=False)


def render_mentions(console: Console, article: Article) -> None:
    """The resolved actors and places of an article, each with its mentions."""
    if not article.mentions:
        return
    texts: dict[str, list[str]] = {}
    for m in article.mentions:
        key = m.actor_id or m.place_id
        if key:
            texts.setdefault(key, []).append(m.text)
    console.print()
    console.print(Text("actors:", style="bold"))
    for actor in article.actors.values():
        role = " ".join(x for x in (actor.country, actor.sector, actor.title) if x)
        console.print(f"  - {actor.name} [{actor.id}] {role}: {', '.join(sorted(set(texts.get(actor.id, []))))}",
                      highlight=False)
    if article.places:
        console.print(Text("places:", style="bold"))
        for place in article.places.values():
            where = f"{place.lat:.3f}, {place.lon:.3f}" if place.lat is not None else "no coordinates"
            console.print(f"  - {place.name} [{place.id}] {place.country or '–'} {where}", highlight=False)


def ner_score_table(scores: dict[str, Any]) -> Table:
    """Precision, recall and F1 per entity type and micro-averaged."""
    table = Table(title="Entities (outer spans, exact span and type)", box=box.SIMPLE_HEAD)
    for column in ("type", "precision", "recall", "F1", "gold", "found"):
        table.add_column(column, justify="left" if column == "type" else "right")
    rows = [*scores["per_type"].items(), ("micro", scores)]
    for name, s in rows:
        table.add_row(name, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                      str(s["tp"] + s["fn"]), str(s["tp"] + s["fp"]))
    return table
