"""A party and its own members are one side: no act of one towards the other.

Part of the ``events`` stage (see :mod:`chronik.stages.events`): "FPÖ-Bildungssprecher Walter Rosenkranz
schloss aus, dass die Freiheitlichen mitstimmen" is no refusal of the FPÖ by Rosenkranz, and "Die Grünen
üben Kritik an …, so Bildungssprecher Walser" no criticism of Walser by the Greens (such readings come from a
misread clause far more often than from a party attacking its own); acts of backing stay.  Membership is what the
knowledge base records: a person's role in a party organisation held on the event's day (any day when the
event is undated).  A target that is the source's own party, or a member of the source party, is dropped;
an event left with no target is dropped unless its type may stand alone.  The code knows no words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import Actor, EventMention
from chronik.stages.event_lexicon import TARGETLESS_TYPES

if TYPE_CHECKING:
    from chronik.kb.base import KnowledgeBase
    from chronik.kb.entries import Role

#: Acts against a side: a party's backing of its own leader ("Die SPÖ stärkte Faymann den Rücken") stays news.
_ADVERSE = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
#: The ``kind`` field of a party organisation's knowledge-base entry (organisations.yaml).
_PARTY = "party"


def party_members(kb: KnowledgeBase) -> dict[str, list[tuple[str, Role]]]:
    """Public person id -> [(public party id, role)] for every person role in a party organisation."""
    public = {entry.id: entry.public_id for entry in kb.entries.values() if entry.extra.get("kind") == _PARTY}
    members: dict[str, list[tuple[str, Role]]] = {}
    for entry in kb.entries.values():
        for role in entry.roles:
            if role.org in public:
                members.setdefault(entry.public_id, []).append((public[role.org], role))
    return members


def without_own_party(events: list[EventMention], members: dict) -> list[EventMention]:
    """``events`` with no target that shares a party with a source (module docstring); requires ``members``
    from :func:`party_members`; events that lose every target and need one are left out."""
    kept = []
    for event in events:
        day = event.date.start if event.date else None
        target = [t for t in event.target if event.type not in _ADVERSE
                  or not any(_same_party(s, t, members, day) for s in event.source)]
        if len(target) == len(event.target):
            kept.append(event)
        elif target or event.type in TARGETLESS_TYPES:
            kept.append(replace(event, target=target))
    return kept


def _same_party(a: Actor, b: Actor, members: dict, day: dt.date | None) -> bool:
    """One of ``a`` and ``b`` is a party the other is a member of on ``day`` (any day when None)."""
    return _member(a.id, b.id, members, day) or _member(b.id, a.id, members, day)


def _member(person: str, party: str, members: dict, day: dt.date | None) -> bool:
    return any(org == party and (day is None or role.covers(day)) for org, role in members.get(person, ()))
