"""Confidence evidence about how the sentence names an event's target (used by event_evidence.confidence).

Requires a :class:`~chronik.stages.event_frame.Frame` and its :class:`~chronik.model.EventMention` with
sides set.  Guarantees, with no German word in the code:

* :func:`target_only_placed`: an attack or seizure (``LOCATED_ACTS``) whose target the sentence names only
  as a place after a ``locative_preps`` word ("Russland hat Luftangriffe in Syrien geflogen"; a province of
  the state, "bombardierten Ziele in der Provinz Idlib"), by forces of other states only.  Such a target is
  the state whose ground a foreign force hits, which is often that force's ally (Russia flew its strikes
  for the Syrian government): the place does not say whom the act is aimed at.  An attack by armed men of
  the place's own state, or a stateless group beside them, is aimed at that state.
* :func:`conjoined_sides`: a symmetric act whose two sides are one conjoined subject before the trigger
  ("Kerry und Lawrow haben sich … geeinigt"): far from the trigger only by the sentence bracket, so the
  distance weights, meant for parties of other clauses, do not apply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import EventMention
from chronik.stages.event_context import LOCATED_ACTS
from chronik.stages.event_unnamed import locative_preposition

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame


def named_targets(frame: Frame, event: EventMention) -> list[int]:
    """Word indices of the sentence's mentions of the event's target actors, leaving out, for an attack or
    seizure by foreign forces (:func:`_foreign_force`), those a ``locative_preps`` word governs ("in Syrien":
    a place, no party named)."""
    ids = {a.id for a in event.target if a is not None}
    sentence, located = frame.sentence, event.type in LOCATED_ACTS and _foreign_force(event)
    found = [frame.word_index(m.start) for m in frame.mentions
             if m.actor_id in ids and sentence.start <= m.start < sentence.end]
    return [k for k in found if not (located and locative_preposition(frame, k) in frame.lexicon.locative_preps)]


def target_only_placed(frame: Frame, event: EventMention) -> bool:
    """An attack or seizure whose target the sentence names as no party, but whose country is that of a
    place the sentence sets the act in (a ``locative_preps`` word governs it): the target was read off the
    place (see the module docstring).  A place taken ("hatten den Osten Aleppos erobert") names what is
    seized, whose owner is the target, and is left alone."""
    if event.type not in LOCATED_ACTS or not _foreign_force(event) or named_targets(frame, event):
        return False
    countries = {a.country for a in event.target if a is not None and a.country}
    return any(frame.mention_country(m) in countries and frame.sentence.start <= m.start < frame.sentence.end
               and locative_preposition(frame, frame.word_index(m.start)) in frame.lexicon.locative_preps
               for m in frame.mentions)


def placed_target(frame: Frame, event: EventMention) -> bool:
    """The trigger's sentence names a place of a target's state ("Assad-Truppen haben Aleppo zurückerobert":
    the place's holder is the target; "Luftangriffe in Syrien"), so a target no party mention names was read
    off the sentence, not taken from another one."""
    countries = {a.country for a in event.target if a is not None and a.country}
    sentence = frame.sentence
    return any(m.kind == "LOC" and frame.mention_country(m) in countries and sentence.start <= m.start < sentence.end
               for m in frame.mentions)


def _foreign_force(event: EventMention) -> bool:
    """Every source is of a state other than the targets' ("Russland" on "Syrien"); not insurgents or
    terrorists at home, nor a stateless group beside them ("griffen in Jakarta mehrere Ziele an")."""
    countries = {a.country for a in event.target if a is not None}
    return bool(event.source and countries) and all(a is not None and a.country is not None
                                                    and a.country not in countries for a in event.source)


def conjoined_sides(frame: Frame, event: EventMention) -> bool:
    """A symmetric act whose two sides are the conjoined subject before the trigger ("Kerry und Lawrow haben
    sich in München auf eine Feuerpause geeinigt"): a source and a target mention of the trigger's sentence
    that only a ``coordinators`` word parts, both before the trigger.  Their distance to the trigger is the
    sentence bracket, not a party of another clause."""
    if not frame.trigger.symmetric or not event.source or not event.target:
        return False
    sentence = frame.sentence
    spans = {}
    for side, actors in (("s", event.source), ("t", event.target)):
        ids = {a.id for a in actors if a is not None}
        spans[side] = [(frame.word_index(m.start), frame.word_index(max(m.end - 1, m.start)))
                       for m in frame.mentions if m.actor_id in ids and sentence.start <= m.start < sentence.end]
    coordinators = frame.lexicon.coordinators
    return any(end < start2 < frame.index and all(w.lower() in coordinators for w in frame.words[end + 1 : start2])
               and end + 1 < start2
               for a, b in (("s", "t"), ("t", "s")) for _, end in spans[a] for start2, _ in spans[b])
