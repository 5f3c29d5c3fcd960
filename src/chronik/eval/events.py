"""Score canonical events against a gold YAML file (the header of ``../shared/gold/seeds.yaml``).

- A gold actor matches a system actor when country and sector are equal (a
  null in the gold is "any", but not both null), or when one of its names
  occurs in the system actor's name or aliases (case- and accent-insensitive);
  the names are ``names`` (a list) or ``name`` (one).
- A side matches when any gold actor matches any system actor of that side;
  ``symmetric`` events may swap sides; a gold event without a target ignores it.
- A system date matches when its whole interval lies inside the gold range.
- recall = required gold events matched / required gold events;
  precision = system events matching any gold event / system events, where a
  system event that matches only optional gold events is left out of both.
  Both "actors+type" (no dates) and "dated".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from chronik.errors import InputError
from chronik.kb.base import fold

Record = dict[str, Any]


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The documents of a gold file, each with its events; InputError naming the file on a bad structure.

    Two shapes are read: a list of documents with their events (``seeds.yaml``)
    and a mapping with canonical ``events`` that list their ``docs``
    (``examples/news/expected.yaml``), which is turned into the first.
    """
    gold = _load(path)
    if isinstance(gold, dict) and isinstance(gold.get("events"), list):
        return _per_document(gold["events"])
    if not isinstance(gold, list) or not all(isinstance(d, dict) and "doc" in d for d in gold):
        raise InputError(f"{path}: expected a list of documents with 'doc' and 'events', "
                         "or a mapping with 'events' that list their 'docs'")
    return gold


def read_canonical(path: Path) -> list[dict[str, Any]] | None:
    """The canonical events (each with its ``docs``) of a gold file of that shape, else None."""
    gold = _load(path)
    return gold["events"] if isinstance(gold, dict) and isinstance(gold.get("events"), list) else None


def _load(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read the gold file: {exc}") from exc


def _per_document(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Canonical gold events (with ``docs``) → per-document gold (types as lists, dates as ranges)."""
    docs: dict[str, list[dict]] = {}
    for event in events:
        normal = normal_gold_event(event)
        for doc in event.get("docs") or []:
            docs.setdefault(doc, []).append(normal)
    return [{"doc": doc, "events": found} for doc, found in docs.items()]


def normal_gold_event(event: dict[str, Any]) -> dict[str, Any]:
    """A canonical gold event with its type as a list and its date as a [first day, last day] range."""
    return {**event, "type": event["type"] if isinstance(event["type"], list) else [event["type"]],
            "date": _range(event.get("date"))}


def _range(date: Any) -> list | None:
    """A gold date (value or [first, last]) as [first day, last day]."""
    from chronik.model import date_interval

    if date is None:
        return None
    first, last = date if isinstance(date, list) else (date, date)
    return [date_interval(str(first))[0], date_interval(str(last))[1]]


def score_events(gold: list[dict[str, Any]], records: list[Record]) -> dict[str, Any]:
    """Per-document and total recall/precision, with and without dates."""
    per_doc = {}
    totals = {"actors+type": [0, 0, 0, 0], "dated": [0, 0, 0, 0]}  # matched required, required, right, system
    for doc in gold:
        system = [r for r in records if any(same_doc(m["doc"], doc["doc"]) for m in r["mentions"])]
        per_doc[doc["doc"]] = {}
        for variant, dated in (("actors+type", False), ("dated", True)):
            counts = _counts(doc.get("events") or [], system, dated)
            per_doc[doc["doc"]][variant] = _rates(counts)
            totals[variant] = [a + b for a, b in zip(totals[variant], counts)]
    return {"total": {v: _rates(c) for v, c in totals.items()}, "per_doc": per_doc}


def same_doc(source: str, gold_doc: str) -> bool:
    """True when a mention's stored ``source`` is the gold file's document name."""
    return source == gold_doc or source.endswith("/" + gold_doc) or Path(source).name == Path(gold_doc).name


def _counts(gold_events: list[dict], system: list[Record], dated: bool) -> list[int]:
    required = [g for g in gold_events if g.get("required", True)]
    matched = sum(1 for g in required if any(event_matches(g, r, dated) for r in system))
    right, counted = 0, 0
    for record in system:
        hits = [g for g in gold_events if event_matches(g, record, dated)]
        if hits and not any(g.get("required", True) for g in hits):
            continue  # matches only optional gold events: neither rewarded nor punished
        counted += 1
        right += bool(hits)
    return [matched, len(required), right, counted]


def _rates(counts: list[int]) -> dict[str, Any]:
    matched, required, right, system = counts
    return {"recall": round(matched / required, 4) if required else None,
            "precision": round(right / system, 4) if system else None,
            "matched": matched, "required": required, "right": right, "system": system}


def event_matches(gold: dict[str, Any], record: Record, dated: bool) -> bool:
    """True when the system ``record`` is the ``gold`` event (type, actors, and the date if ``dated``)."""
    if record["type"] not in gold["type"]:
        return False
    src, tgt = gold.get("source") or [], gold.get("target") or []
    straight = _side(src, record["source"]) and (not tgt or _side(tgt, record["target"]))
    swapped = bool(gold.get("symmetric")) and _side(src, record["target"]) and (not tgt or _side(tgt, record["source"]))
    if not (straight or swapped):
        return False
    return not dated or _date_inside(record.get("date"), gold.get("date"))


def _side(gold_actors: list[dict], system_actors: list[Record]) -> bool:
    return any(actor_matches(g, s) for g in gold_actors for s in system_actors)


def actor_matches(gold: dict[str, Any], system: Record) -> bool:
    """The gold file's actor rule (see the module docstring)."""
    country, sector = gold.get("country"), gold.get("sector")
    if (country is not None or sector is not None) and country in (None, system.get("country")) \
            and sector in (None, system.get("sector")):
        return True
    names = [fold(system["name"]), *(fold(a) for a in system.get("aliases") or [])]
    return any(fold(n) in candidate for n in _gold_names(gold) for candidate in names)


def _gold_names(gold: dict[str, Any]) -> list[str]:
    """A gold actor's names: ``names`` (a list, seeds.yaml) and ``name`` (one, expected.yaml)."""
    return [*(gold.get("names") or []), *([gold["name"]] if gold.get("name") else [])]


def _date_inside(date: Record | None, gold_range: list | None) -> bool:
    if not gold_range:
        return True
    if not date:
        return False
    first, last = (d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)) for d in gold_range)
    return first <= dt.date.fromisoformat(date["start"]) and dt.date.fromisoformat(date["end"]) <= last
