"""Merge event mentions into canonical events, within and across articles.

Two mentions report the same happening when their types agree (CONSULT
modes may differ), their actors agree up to coreference (a side's actors
share an id or a country; symmetric types may swap sides), their dates
overlap (or one is unknown) and their places agree (same place or same
country, or one is unknown).  Merging is incremental: :func:`merge_into`
takes the canonical events that already exist and the new mentions, and
returns only the events it created or changed.  The canonical date is the
most precise date consistent with all the others.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from chronik.model import Actor, DateClaim, EventMention, Place

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(slots=True)
class Reported:
    """One event mention and the article (id and source) that reports it."""

    article_id: str
    doc: str
    seq: int
    event: EventMention


@dataclass(slots=True)
class Canonical:
    """A canonical event: its mentions and the fields derived from them."""

    id: str
    mentions: list[Reported] = field(default_factory=list)

    @property
    def type(self) -> str:
        return Counter(r.event.type for r in self.mentions).most_common(1)[0][0]

    @property
    def num_articles(self) -> int:
        return len({r.article_id for r in self.mentions})

    def best(self) -> EventMention:
        """The most confident mention (ties: the earliest)."""
        return max(self.mentions, key=lambda r: r.event.confidence).event

    def date(self) -> DateClaim | None:
        return canonical_date([r.event.date for r in self.mentions if r.event.date])

    def location(self) -> Place | None:
        places = [r.event.location for r in self.mentions if r.event.location]
        if not places:
            return None
        top = Counter(p.id for p in places).most_common(1)[0][0]
        return next(p for p in places if p.id == top)

    def side(self, name: str) -> list[Actor]:
        """Union of the mentions' actors on one side (source or target), by id; an actor on the
        source side is not repeated as a target (reports of a meeting may name it either way)."""
        seen: dict[str, Actor] = {}
        for r in sorted(self.mentions, key=lambda r: -r.event.confidence):
            for actor in getattr(r.event, name):
                seen.setdefault(actor.id, actor)
        if name == "target":
            sources = {a.id for a in self.side("source")}
            return [a for a in seen.values() if a.id not in sources]
        return list(seen.values())


def event_id(first: Reported) -> str:
    """A stable id from the first mention that created the event."""
    digest = hashlib.sha1(f"{first.article_id}:{first.seq}".encode()).hexdigest()[:16]
    return f"ev_{digest}"


def merge_into(existing: list[Canonical], new: list[Reported]) -> list[Canonical]:
    """Attach each new mention to the first compatible event (existing or new); return the touched events.

    Within one article an undated mention may join a dated event; across
    articles both dates must be known (an undated report cannot be placed).
    """
    events = list(existing)
    touched: dict[str, Canonical] = {}
    for reported in new:
        target = next((e for e in events if compatible(e, reported.event)
                       and (reported.event.date is not None and e.date() is not None
                            or all(r.article_id == reported.article_id for r in e.mentions))), None)
        if target is None:
            target = Canonical(event_id(reported))
            events.append(target)
        if not any(r.article_id == reported.article_id and r.seq == reported.seq for r in target.mentions):
            target.mentions.append(reported)
        touched[target.id] = target
    return list(touched.values())


def compatible(event: Canonical, mention: EventMention) -> bool:
    """True when ``mention`` reports the happening of ``event`` (see the module docstring)."""
    other = event.best()
    if other.type != mention.type:
        return False
    straight = _sides_agree(event.side("source"), mention.source) and _sides_agree(event.side("target"), mention.target)
    swapped = mention.type in SYMMETRIC_TYPES and _sides_agree(event.side("source"), mention.target) \
        and _sides_agree(event.side("target"), mention.source)
    return (straight or swapped) and _dates_agree(event.date(), mention.date) \
        and _places_agree(event.location(), mention.location)


def _sides_agree(ours: list[Actor], theirs: list[Actor]) -> bool:
    if not ours or not theirs:
        return True  # one report names fewer actors: no contradiction
    ids = {a.id for a in ours} & {a.id for a in theirs}
    countries = {a.country for a in ours if a.country} & {a.country for a in theirs if a.country}
    return bool(ids or countries)


def _dates_agree(a: DateClaim | None, b: DateClaim | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


def _places_agree(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    return a.id == b.id or (a.country is not None and a.country == b.country)


def canonical_date(dates: list[DateClaim]) -> DateClaim | None:
    """The most precise date whose interval lies inside every other date's (else the widest)."""
    if not dates:
        return None
    for candidate in sorted(dates, key=lambda d: (d.end - d.start, -d.confidence)):
        if all(other.start <= candidate.start and candidate.end <= other.end for other in dates if other is not candidate
               and other.end - other.start >= candidate.end - candidate.start):
            return candidate
    return max(dates, key=lambda d: d.end - d.start)
