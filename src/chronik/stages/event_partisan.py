"""Acts of war known only from one side of the war: "Nach Angaben der Separatisten hat die Armee Donezk
beschossen", "Laut dem ukrainischen Militär haben Separatisten Stellungen beschossen".

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`).  The codebook codes an act attributed
only to a single party as claimed: a side's account of a fight (its own strikes, the foe's shelling) is what
that side says, no fact the report vouches for.  A neutral source (a monitor, a news agency, the UN, the
police reporting a crime) keeps the act asserted.  The code knows no German words: the attribution is found
by :mod:`chronik.stages.event_attribution` from the lexicon's cues.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Actor, EventMention
from chronik.stages.event_agents import event_actor
from chronik.stages.event_attribution import attributions, reporting_speaker
from chronik.stages.event_slots import actor_slots

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: Acts of war one side reports of the other or of itself.
_FIGHTING = frozenset({"ASSAULT"})
#: Sectors of the parties to a war: governments, forces, armed groups and their political wings.
_WARRING = frozenset({"GOV", "MIL", "REB", "OPP"})


def partisan_modality(frame: Frame, event: EventMention) -> str:
    """``event``'s modality, "claimed" instead of "asserted" when it is an act of war between warring parties
    (governments, forces, armed groups) that the sentence attributes to one of them (:func:`_partisan`): after
    "nach Angaben", "laut", "zufolge", or as a body speaking ("teilte das Verteidigungsministerium mit"); a person
    speaking is left alone."""
    if event.modality != "asserted" or event.type not in _FIGHTING or not event.attribution:
        return event.modality
    sides = [a for a in event.source + event.target if a is not None]
    if not sides or not event.target or any(a.sector not in _WARRING for a in sides):
        return event.modality
    slots = actor_slots(frame)
    speaker = reporting_speaker(frame, slots)
    # "Lawrow sagte, dass Russland … angegriffen habe": a named official's statement, read as his report
    cited = [event_actor(frame, m, acting=False) for m in attributions(frame, slots)
             if m is not speaker or m.kind != "PER"]
    return "claimed" if any(_partisan(a, sides) for a in cited) else event.modality


def _partisan(cited: Actor, sides: list[Actor]) -> bool:
    """``cited`` is a warring party of the state of one of ``sides`` (the same actor, or a warring body of
    that state: "die Separatisten" for the rebels of Donezk, "das russische Verteidigungsministerium" for
    Russia's forces); a transnational group only as itself."""
    if cited.sector not in _WARRING:
        return False
    return any(cited.id == a.id or (cited.country is not None and cited.country == a.country) for a in sides)
