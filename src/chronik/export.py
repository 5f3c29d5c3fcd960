"""Records that leave the program: the export contract of DESIGN.md, and back.

``event_record`` writes one canonical event exactly as the contract shows
(pinned by tests/test_export.py); ``mention_to_dict``/``mention_from_dict``
store an event mention losslessly.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from chronik.merge import Canonical
from chronik.model import Actor, DateClaim, EventMention, Place

EVENT_KEYS = ("id", "type", "mode", "context", "source", "target", "date", "location", "modality", "attribution",
              "confidence", "mentions", "num_articles")
CSV_COLUMNS = ("id", "type", "mode", "date", "date_start", "date_end", "precision", "source", "source_country",
               "source_sector", "target", "target_country", "target_sector", "location", "lat", "lon", "modality",
               "attribution", "confidence", "num_articles", "docs", "sentence")


def doc_name(source: str, url: str | None) -> str:
    """How exports name an article: its file name relative to the input, or for a record of a
    JSONL/CSV file (``feeds/wire.jsonl#id``) its URL when it has one."""
    return url if url and "#" in source else source


def actor_to_dict(actor: Actor) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "country": actor.country, "sector": actor.sector,
            "aliases": list(actor.aliases)}


def actor_from_dict(data: dict[str, Any]) -> Actor:
    return Actor(data["id"], data["name"], data.get("country"), data.get("sector"), list(data.get("aliases") or []),
                 data.get("kind", "person"), data.get("title"))


def date_to_dict(date: DateClaim | None) -> dict[str, Any] | None:
    if date is None:
        return None
    return {"value": date.value, "start": date.start.isoformat(), "end": date.end.isoformat(),
            "precision": date.precision.value}


def place_to_dict(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"name": place.name, "geonames_id": place.geonames_id, "lat": place.lat, "lon": place.lon,
            "country": place.country}


def mention_to_dict(event: EventMention) -> dict[str, Any]:
    """Everything of an event mention, JSON-ready (for the store)."""
    return {
        "type": event.type, "sentence": event.sentence, "start": event.start, "end": event.end,
        "trigger": event.trigger, "mode": event.mode,
        "source": [{**actor_to_dict(a), "kind": a.kind, "title": a.title} for a in event.source],
        "target": [{**actor_to_dict(a), "kind": a.kind, "title": a.title} for a in event.target],
        "date": event.date.to_dict() if event.date else None,
        "location": {**place_to_dict(event.location), "id": event.location.id} if event.location else None,
        "modality": event.modality, "attribution": event.attribution, "confidence": event.confidence,
        "context": list(event.context), **({"reference": True} if event.reference else {}),
        **({"partial_date": event.partial_date} if event.partial_date else {}),
    }


def mention_from_dict(data: dict[str, Any]) -> EventMention:
    date = data.get("date")
    place = data.get("location")
    return EventMention(
        type=data["type"], sentence=data["sentence"], start=data["start"], end=data["end"], trigger=data["trigger"],
        mode=data.get("mode"), source=[actor_from_dict(a) for a in data["source"]],
        target=[actor_from_dict(a) for a in data["target"]],
        date=DateClaim.from_value(date["value"], date.get("evidence", ""), date.get("confidence", 1.0)) if date else None,
        location=Place(place["name"], place.get("geonames_id"), place.get("lat"), place.get("lon"), place.get("country"),
                       place.get("id")) if place else None,
        modality=data.get("modality", "asserted"), attribution=data.get("attribution"),
        confidence=data.get("confidence", 0.0), context=list(data.get("context") or []),
        reference=bool(data.get("reference")), partial_date=data.get("partial_date"),
    )


def event_record(event: Canonical, sentences: dict[tuple[str, int], str]) -> dict[str, Any]:
    """The contract record of a canonical event; ``sentences`` maps (article id, sentence index) to its text."""
    best = event.best()
    source, target = event.sides()
    return {
        "id": event.id, "type": event.type, "mode": best.mode, "context": list(best.context),
        "source": [actor_to_dict(a) for a in source],
        "target": [actor_to_dict(a) for a in target],
        "date": date_to_dict(event.date()), "location": place_to_dict(event.location()),
        "modality": canonical_modality([r.event for r in event.mentions]),
        "attribution": next((r.event.attribution for r in event.mentions if r.event.attribution), None),
        "confidence": max(r.event.confidence for r in event.mentions),
        "mentions": [{"doc": r.doc, "sentence": sentences.get((r.article_id, r.event.sentence), ""),
                      "start": r.event.start, "end": r.event.end, "trigger": r.event.trigger}
                     for r in event.mentions],
        "num_articles": event.num_articles,
    }


def canonical_modality(mentions: list[EventMention]) -> str:
    """The modality most of ``mentions`` give; a tie goes to the reading of the most confident mention,
    then to "asserted" (a report that the act is under way outweighs an earlier announcement of it: "Xi war
    bereits am Dienstag in den USA eingetroffen" against "will seinen ersten Besuch … nutzen"), never to
    whichever mention came first.  "asserted" where there are no mentions."""
    if not mentions:
        return "asserted"
    counts = Counter(m.modality for m in mentions)
    surest = {m.modality: max(n.confidence for n in mentions if n.modality == m.modality) for m in mentions}
    return max(counts, key=lambda mod: (counts[mod], surest[mod], mod == "asserted"))


def jsonl(records: Iterable[dict[str, Any]]) -> Iterable[str]:
    """One JSON object per line."""
    for record in records:
        yield json.dumps(record, ensure_ascii=False) + "\n"


def csv_rows(records: Iterable[dict[str, Any]]) -> Iterable[str]:
    """The records flattened to CSV (one row per event; sides joined with '; ')."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    yield _drain(buffer)
    for r in records:
        date, place = r["date"] or {}, r["location"] or {}
        writer.writerow([
            r["id"], r["type"], r["mode"] or "", date.get("value", ""), date.get("start", ""), date.get("end", ""),
            date.get("precision", ""), *_side(r["source"]), *_side(r["target"]), place.get("name", ""),
            place.get("lat", ""), place.get("lon", ""), r["modality"], r["attribution"] or "", r["confidence"],
            r["num_articles"], "; ".join(sorted({m["doc"] for m in r["mentions"]})),
            r["mentions"][0]["sentence"] if r["mentions"] else "",
        ])
        yield _drain(buffer)


def _side(actors: list[dict[str, Any]]) -> list[str]:
    return ["; ".join(a["name"] for a in actors), "; ".join(a["country"] or "" for a in actors),
            "; ".join(a["sector"] or "" for a in actors)]


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
