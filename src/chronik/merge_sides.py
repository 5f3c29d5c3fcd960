"""The sides of a canonical event: the union of its reports' actors, and the way round it is exported.

Matching (``merge.compatible``) sees the plain union (:func:`union_side`): reports of a symmetric type may
name its parties either way round.  The exported sides (:func:`output_sides`) turn reports round first where
the event has a known direction: a visit goes from the visitor to the host, whichever end a report names
as its subject ("Xi … Besuch in Washington", "Obama … bei seinem Treffen mit Xi").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from chronik.model import Actor, EventMention

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: The CONSULT mode whose reports give the event its direction: the visitor is the source, the host the target.
VISIT_MODE = "visit"


class HasEvent(Protocol):
    event: EventMention


def union_side(mentions: Sequence[HasEvent], name: str, anchor: EventMention | None = None) -> list[Actor]:
    """Union of the mentions' actors on one side (``name`` "source" or "target"), by id, the most confident
    report's first; an actor on the source side is not repeated as a target (reports of a meeting may name it
    either way) unless a mention names it on both sides.  With an ``anchor`` report, each report of a
    symmetric type is first turned the way of the anchor (:func:`_oriented`)."""
    seen: dict[str, Actor] = {}
    for r in sorted(mentions, key=lambda r: -r.event.confidence):
        sides = _oriented(r.event, anchor) if anchor is not None else (r.event.source, r.event.target)
        for actor in sides[name == "target"]:
            seen.setdefault(actor.id, actor)
    if name == "target":
        sources = {a.id for a in union_side(mentions, "source", anchor)} - _own_partners(mentions)
        return [a for a in seen.values() if a.id not in sources]
    return list(seen.values())


def output_sides(mentions: Sequence[HasEvent]) -> tuple[list[Actor], list[Actor]]:
    """(source, target) for output.  A visit to a state (:func:`_visit_anchor`): every report turned the way
    of its most confident report of that visit, so the visitor is the source and the host the target
    ("Obama … bei seinem Treffen mit Xi" turned round to Xi's visit to the USA).  Otherwise :func:`union_side`'s, or, when that
    leaves no target although reports named one (a meeting reported from both ends: "Treffen mit Hollande"
    by Putin, "Treffen von Hollande mit Putin") or puts two parties a report names as meeting each other on
    one side (:func:`_met_on_one_side`), the reports turned the way of the most confident one."""
    visit = _visit_anchor(mentions)
    if visit is not None:
        return union_side(mentions, "source", visit), union_side(mentions, "target", visit)
    source, target = union_side(mentions, "source"), union_side(mentions, "target")
    if (target or not any(r.event.target for r in mentions)) and not _met_on_one_side(mentions, source):
        return source, target
    best = best_event(mentions)
    return union_side(mentions, "source", best), union_side(mentions, "target", best)


def _met_on_one_side(mentions: Sequence[HasEvent], side: list[Actor]) -> bool:
    """Two different actors that a report of a symmetric type names on opposite sides are both on ``side``
    ("Merkel hatte Hollande … zugesagt" and "hatte er Cameron und Merkel empfangen": Merkel and Hollande are
    the two ends of the meeting, not one side of it)."""
    ids = actor_ids(side)
    return any(a != b for r in mentions if r.event.type in SYMMETRIC_TYPES
               for a in actor_ids(r.event.source) & ids for b in actor_ids(r.event.target) & ids)


def _visit_anchor(mentions: Sequence[HasEvent]) -> EventMention | None:
    """The report that gives a visit its direction: the most confident visit report whose target names a state
    ("Besuch in den USA", "besucht Kuba": the visitor goes to the state); None when there is none (a visit
    report naming only persons may name the host as its subject: "Castro empfing den Argentinier")."""
    return best_event([r for r in mentions if r.event.type in SYMMETRIC_TYPES and r.event.mode == VISIT_MODE
                  and any(a.kind == "state" for a in r.event.target)])


def best_event(mentions: Sequence[HasEvent]) -> EventMention | None:
    """The most confident mention (ties: the earliest); None for none."""
    return max(mentions, key=lambda r: r.event.confidence).event if mentions else None


def _oriented(event: EventMention, anchor: EventMention) -> tuple[list[Actor], list[Actor]]:
    """(source, target) of one report, turned round for a symmetric type when it names the anchor report's
    parties the other way ("Treffen mit Hollande" by Putin, "Treffen von Hollande mit Putin") and none the
    same way: by actor, else by country where no actor is shared ("empfing Putin seinen syrischen Verbündeten"
    against "Assads Reise nach Russland")."""
    if event.type not in SYMMETRIC_TYPES or event is anchor:
        return event.source, event.target
    for key in (actor_ids, _countries):
        crossed = key(event.source) & key(anchor.target) or key(event.target) & key(anchor.source)
        straight = key(event.source) & key(anchor.source) or key(event.target) & key(anchor.target)
        if crossed or straight:
            return (event.target, event.source) if crossed and not straight else (event.source, event.target)
    return event.source, event.target


def _countries(actors: list[Actor]) -> set[str]:
    return {a.country for a in actors if a.country}


def _own_partners(mentions: Sequence[HasEvent]) -> set[str]:
    """Actors a mention names on both sides: a body meeting among its members ("Die Staats- und
    Regierungschefs der Nato-Staaten berieten …": Nato with Nato)."""
    both = set()
    for r in mentions:
        both |= actor_ids(r.event.source) & actor_ids(r.event.target)
    return both


def actor_ids(actors: list[Actor]) -> set[str]:
    """The ids of ``actors``."""
    return {a.id for a in actors}
