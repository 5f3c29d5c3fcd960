"""The chronicle: filtered canonical events, timeline lines, and the cooperation–conflict series of a dyad.

Works on export-contract records (:mod:`chronik.export`) as the store returns
them, so the CLI, the report and the API share one notion of a filter.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from chronik.kb.base import fold

Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``chronik events|timeline|export`` and the API filter by; None means any."""

    actor: str | None = None
    country: str | None = None
    type: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    place: str | None = None
    min_confidence: float | None = None

    def keeps(self, record: Record) -> bool:
        """True when ``record`` passes every given criterion."""
        actors = record["source"] + record["target"]
        date = record.get("date")
        checks = [
            self.type is None or record["type"] == self.type.upper(),
            self.min_confidence is None or record["confidence"] >= self.min_confidence,
            self.country is None or any(a.get("country") == self.country.upper() for a in actors),
            self.actor is None or any(_named(a, self.actor) for a in actors),
            self.place is None or bool(record.get("location")) and fold(self.place) in fold(record["location"]["name"]),
            self.date_from is None or bool(date) and dt.date.fromisoformat(date["end"]) >= self.date_from,
            self.date_to is None or bool(date) and dt.date.fromisoformat(date["start"]) <= self.date_to,
        ]
        return all(checks)


def _named(actor: Record, query: str) -> bool:
    key = fold(query)
    return key == fold(actor["id"]) or any(key in fold(n) for n in [actor["name"], *actor.get("aliases", [])])


def sort_key(record: Record) -> tuple:
    """Chronological: by start of the date interval (undated last), then by id."""
    date = record.get("date")
    return (date is None, date["start"] if date else "", record["id"])


def timeline_line(record: Record) -> str:
    """"2020-01-07  CONSULT/visit  Wladimir Putin → Baschar al-Assad, Damaskus  (3 Artikel)"."""
    date = record.get("date")
    when = date["value"] if date else "undatiert"
    if date and date["precision"] != "day":
        when = f"{date['value']} ({date['start']}…{date['end']})"
    kind = record["type"] + (f"/{record['mode']}" if record.get("mode") else "")
    who = ", ".join(a["name"] for a in record["source"]) or "?"
    whom = ", ".join(a["name"] for a in record["target"])
    where = f", {record['location']['name']}" if record.get("location") else ""
    articles = record["num_articles"]
    return f"{when:<12}  {kind:<18}  {who}{' → ' + whom if whom else ''}{where}  ({articles} Artikel)"


def best_sentence(record: Record) -> str:
    """The sentence of the record's first mention (the evidence shown under a timeline line)."""
    return record["mentions"][0]["sentence"] if record["mentions"] else ""


def dyad_series(records: list[Record], first: str, second: str, scale: dict[str, float]) -> list[tuple[str, float, int]]:
    """(month, mean score, events) for events between two actors (ISO3 codes or names), either direction.

    The score of an event is ``scale[type]`` (−10 conflict … +10 cooperation,
    documented in ``lang/<xx>/events.yaml``); negated events do not count.
    """
    months: dict[str, list[float]] = defaultdict(list)
    for record in records:
        if record.get("date") is None or record.get("modality") == "negated" or record["type"] not in scale:
            continue
        sources, targets = record["source"], record["target"]
        if (_side_is(sources, first) and _side_is(targets, second)) or (_side_is(sources, second) and _side_is(targets, first)):
            months[record["date"]["start"][:7]].append(scale[record["type"]])
    return [(month, round(sum(v) / len(v), 2), len(v)) for month, v in sorted(months.items())]


def _side_is(actors: list[Record], who: str) -> bool:
    return any(a.get("country") == who.upper() or _named(a, who) for a in actors)


def dyad_svg(series: list[tuple[str, float, int]], title: str, width: int = 720, height: int = 300) -> str:
    """An SVG line chart of a dyad series (no plotting library needed)."""
    pad, n = 40, max(len(series), 1)
    x = [pad + i * (width - 2 * pad) / max(n - 1, 1) for i in range(n)]
    y = [height / 2 - score / 10 * (height / 2 - pad) for _, score, _ in series]
    points = " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(x, y))
    labels = "".join(f'<text x="{a:.1f}" y="{height - 8}" font-size="10" text-anchor="middle">{m}</text>'
                     for a, (m, _, _) in zip(x, series))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">'
            f'<text x="{pad}" y="20" font-size="14">{title}</text>'
            f'<line x1="{pad}" y1="{height / 2}" x2="{width - pad}" y2="{height / 2}" stroke="#999"/>'
            f'<text x="4" y="{pad}" font-size="10">+10</text><text x="4" y="{height - pad}" font-size="10">−10</text>'
            f'<polyline fill="none" stroke="#1f77b4" stroke-width="2" points="{points}"/>{labels}</svg>')


STORY_WINDOW = dt.timedelta(days=14)


def stories(links: list[tuple[str, str]], articles: dict[str, Record]) -> list[Record]:
    """Articles grouped into stories: two articles are in one story when they report a common event
    and were published within ``STORY_WINDOW`` of each other (a background mention years later starts
    no chain; an article without a publication date joins no story).

    ``links`` are (event id, article id) pairs; ``articles`` maps article ids to
    their records (title, published).  Returns stories of two or more articles,
    largest first, each with its articles in date order and the span of dates.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    seen_in_event: dict[str, list[str]] = defaultdict(list)
    for event_id, article_id in sorted(links):
        find(article_id)
        for other in seen_in_event[event_id]:
            if _close(articles.get(article_id), articles.get(other)):
                parent[find(article_id)] = find(other)
        seen_in_event[event_id].append(article_id)
    groups: dict[str, list[str]] = defaultdict(list)
    for article_id in parent:
        groups[find(article_id)].append(article_id)
    return sorted((_story(ids, articles) for ids in groups.values() if len(ids) > 1),
                  key=lambda s: (-len(s["articles"]), s["start"] or ""))


def _close(a: Record | None, b: Record | None) -> bool:
    dates = [dt.date.fromisoformat(x["published"]["start"]) for x in (a, b) if x and x.get("published")]
    return len(dates) == 2 and abs(dates[0] - dates[1]) <= STORY_WINDOW


def _story(ids: list[str], articles: dict[str, Record]) -> Record:
    members = sorted((articles[i] for i in ids if i in articles),
                     key=lambda a: ((a.get("published") or {}).get("start") or "9999", a["id"]))
    dates = [a["published"]["start"] for a in members if a.get("published")]
    return {"id": "st_" + min(ids)[:16], "articles": members, "start": min(dates, default=None),
            "end": max(dates, default=None), "title": members[0].get("title") if members else None}
