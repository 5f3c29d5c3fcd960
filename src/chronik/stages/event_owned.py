"""The target of a stance on what an actor did or said: the owner of the verb's object.

Part of the ``events`` stage (see :mod:`chronik.stages.events` and :mod:`chronik.stages.event_frame`):
"kritisierte die Vorgangsweise von Verteidigungsminister Gerald Klug", "Doskozil lobt die offene Art von
Mikl-Leitner", "Die SPÖ lehnt den Vorschlag von Finanzminister Schelling ab".  A criticism, praise or
refusal of a person's act, proposal or manner is aimed at that person.  The genitive form ("die Politik
Faymanns") is a free actor after the verb and needs no rule; the owner after ``owner_preps`` ("von") is
governed by a preposition, so the ordinary rules leave it out.

The code knows no German words: ``owner_preps``, ``determiners`` and ``prepositions`` come from
``events.yaml``, ``coordinators`` from ``actors.yaml``, through :class:`EventLexicon`.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from chronik.stages.event_slots import (
    CLAUSE_BREAKS,
    clause_span,
    governing_preposition,
    in_mention,
    preposition_before,
)
from chronik.stages.event_stance import clause_passive

if TYPE_CHECKING:
    from chronik.model import Mention
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_slots import Slot

_clause_span = partial(clause_span, breaks=CLAUSE_BREAKS)
#: Stances whose object may be what an actor did or said.
_STANCES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
#: Types of event nouns whose "von" actor suffers the act ("die Festnahme von Nawalny", "die Hinrichtung von
#: Oppositionellen"): the stance on it is not aimed at him.
_DONE_TO_OWNER = frozenset({"ASSAULT", "COERCE", "RETREAT", "SANCTION", "AID"})
#: How far before its actor the owner's preposition may stand ("von der Innenministerin Johanna Mikl-Leitner").
_PREP_REACH = 5


def owned_object(frame: Frame, slots: list[Slot], source: list[Mention]) -> list[Mention]:
    """The owner of the object of an active stance verb (ACCUSE, SUPPORT, REJECT): the first actor of
    the trigger's clause, no source, governed by an ``owner_preps`` preposition that follows a common noun
    (capitalised, no mention) which no preposition governs ("lobt die offene Art von Mikl-Leitner").
    [] for noun and light-verb triggers (the owner is then the noun's: "stimmten für den Vorstoß von X"), passives ("wurde von X kritisiert": X is the agent) and when no such actor is
    there.  Requires the frame's actor slots in sentence order; returns at most one mention."""
    if frame.kind in ("noun", "light") or frame.trigger.type not in _STANCES or clause_passive(frame):
        return []
    start, end = _clause_span(frame.words, frame.index)
    for slot in slots:
        if start <= slot.index < end and slot.prep in frame.lexicon.owner_preps and slot.mention not in source \
                and _owned_noun(frame, slot, start) and not _coordinated_apart(frame, slot):
            return [slot.mention]
    return []


def _owned_noun(frame: Frame, slot: Slot, start: int) -> bool:
    """The preposition of ``slot`` follows a common noun (not the trigger, no mention) that no preposition
    governs: the noun is the verb's object and ``slot``'s actor its owner."""
    k = preposition_before(frame, slot, _PREP_REACH, start)
    if k is None or k - 1 < start or k - 1 == frame.index:
        return False
    noun = frame.words[k - 1]
    done_to = frame.lexicon.nouns.get(noun)
    if done_to is not None and done_to.type in _DONE_TO_OWNER:
        return False  # "kritisierte die Festnahme von Nawalny": he suffered it
    return noun[:1].isupper() and not in_mention(frame, k - 1) and governing_preposition(frame, k - 1) is None \
        and _after_determiner(frame, k - 1, start)


def _coordinated_apart(frame: Frame, slot: Slot) -> bool:
    """A coordinator stands between the trigger and ``slot``: the owner belongs to another conjunct ("dass ich
    die Politik von Kurz unterstütze oder die Politik der Stadt kritisiere")."""
    low, high = sorted((frame.index, slot.index))
    return any(w.lower() in frame.lexicon.coordinators for w in frame.words[low + 1 : high])


def _after_determiner(frame: Frame, k: int, start: int) -> bool:
    """The noun at ``k`` opens with a determiner, adjectives apart ("die offene Art"): a noun phrase, not a
    name or the first word of the sentence."""
    lex = frame.lexicon
    j = k - 1
    while j >= start and frame.words[j][:1].islower() and frame.words[j].endswith(lex.adjective_endings) \
            and frame.words[j].lower() not in lex.determiners:
        j -= 1
    return j >= start and frame.words[j].lower() in lex.determiners


def genitive_reach(frame: Frame, k: int) -> bool:
    """Word ``k`` after a noun trigger may open its genitive: no number, comma or finite auxiliary stands between
    them ("bei Anschlägen 130 Menschen", "Kritik, wonach …", "Unter dem Druck der Proteste hatte Orban …": the
    subject of the clause, not the protesters)."""
    between = frame.words[frame.index + 1 : k]
    return not any(w[:1].isdigit() or w == "," or w.lower() in frame.lexicon.finite_auxiliaries for w in between)
