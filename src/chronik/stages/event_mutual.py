"""Fighting within one kind of group: both sides are the same group.

Part of the ``events`` stage (see :mod:`chronik.stages.events`): "Bei Kämpfen zwischen Rebellengruppen in
Syrien ist … Senfgas eingesetzt worden", "Die Milizen kämpfen gegeneinander": a trigger of a
``mutual_fights`` ``types`` type whose clause names one plural group noun right after a ``between_preps``
word (alone: no second side joined to it) or as its only actor with a ``words`` word ("gegeneinander",
"untereinander") is a fight of that group against itself.  The event has the group as source and target
and is marked ``mutual``, so the stage keeps it although its sides are one (events._distinct_sides drops
"Syriens Führung weist den Vorwurf zurück" as no act of Syria towards itself).  Two sides joined after the
between-preposition ("Bei Gefechten zwischen dem türkischen Militär und Anhängern der PKK") fight each
other: the first is the source, the second the target.  The code knows no German words.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from chronik.model import EventMention, Mention
from chronik.stages.event_build import frame_event
from chronik.stages.event_evidence import modality_of
from chronik.stages.event_irrealis import irrealis_modality
from chronik.stages.event_place import event_place
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

_KEYS = ("types", "words")
#: Sectors of armed groups that fight others of their kind ("Milizen griffen Kämpfer einer anderen Miliz an").
_ARMED_GROUPS = frozenset({"REB"})
#: Words between a between-preposition and its group ("zwischen verfeindeten Rebellengruppen").
_GROUP_REACH = 3


def mutual_cues(data: dict) -> dict[str, frozenset[str]]:
    """The ``mutual_fights`` cues of the ``events.yaml`` data: types as given, words lower-cased."""
    cues = data.get("mutual_fights") or {}
    return {"types": frozenset(cues.get("types") or []), "words": frozenset(w.lower() for w in cues.get("words") or [])}


def mutual_fight(frame: Frame, event: EventMention | None) -> EventMention | None:
    """The fight of one group against itself that ``frame`` tells (module docstring), with the group as
    both sides and ``mutual`` set, in place of ``event`` (the trigger's event by the other rules);
    ``event`` unchanged when the clause tells no such fight or no act happened."""
    cues = frame.lexicon.mutual_cues
    if frame.trigger.type not in cues.get("types", ()):
        return event
    if event is None and (pair := _between_pair(frame)):
        return _fight_event(frame, *pair)  # "Bei Gefechten zwischen dem türkischen Militär und der PKK"
    group = _between_group(frame) or _reciprocal_group(frame, cues["words"])
    if group is None:
        fighters = _rival_groups(frame)
        return (_fight_event(frame, *fighters) or event) if fighters else event
    return _fight_event(frame, group, group) or event


def _fight_event(frame: Frame, one: Mention, other: Mention) -> EventMention | None:
    """The fight of ``one`` against ``other`` (the same group: against itself, ``mutual``) at the frame's
    trigger: dated, placed and scored as the trigger's own event would be; None when its modality says
    no act happened."""
    modality = irrealis_modality(frame, modality_of(frame))
    first, second = (frame.article.actors.get(m.actor_id or "") for m in (one, other))
    if modality is None or first is None or second is None:
        return None
    return frame_event(frame, ([first], [second]), event_place(frame), modality, mutual=one.actor_id == other.actor_id)


def _between_pair(frame: Frame) -> tuple[Mention, Mention] | None:
    """The two sides of a fight noun that a between-preposition right after it names, joined by a
    coordinator ("Kämpfe zwischen der Armee und Rebellen", "… und Anhängern der PKK"): each within
    :data:`_GROUP_REACH` words of the word before it; None for anything else."""
    words, between = frame.words, _between_index(frame)
    if frame.kind != "noun" or between is None:
        return None
    after = sorted((frame.word_index(m.start), frame.word_index(m.end - 1), m) for m in frame.mentions
                   if frame.word_index(m.start) > between and m.actor_id)
    if len(after) < 2 or after[0][0] - between > _GROUP_REACH:
        return None
    (_, last, one), (start, _, other) = after[0], after[1]
    gap = words[last + 1 : start]
    if not gap or gap[0].lower() not in frame.lexicon.coordinators or gap[0] == "," or len(gap) > _GROUP_REACH:
        return None
    if not all(w[:1].isalpha() for w in gap) or one.actor_id == other.actor_id:
        return None
    return one, other


def _between_index(frame: Frame) -> int | None:
    """The index of a between-preposition right after the trigger (within two words, in its clause)."""
    end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)[1]
    return next((j for j in range(frame.end, min(end, frame.end + 2))
                 if frame.words[j].lower() in frame.lexicon.between_preps), None)


def _between_group(frame: Frame) -> Mention | None:
    """The group mention right after a between-preposition that follows the trigger within its clause,
    with no other actor joined to it ("zwischen Rebellengruppen", not "zwischen Rebellen und der Armee")."""
    words, between = frame.words, _between_index(frame)
    if between is None:
        return None
    after = sorted((frame.word_index(m.start), m) for m in frame.mentions if frame.word_index(m.start) > between)
    if not after or after[0][0] - between > _GROUP_REACH or after[0][1].kind != "GROUP" or not after[0][1].actor_id:
        return None
    last = frame.word_index(after[0][1].end - 1)
    joined = last + 1 < len(words) and words[last + 1].lower() in frame.lexicon.coordinators
    return None if joined else after[0][1]


def _rival_groups(frame: Frame) -> tuple[Mention, Mention] | None:
    """Two armed groups of one state and sector as the subject and the object of an attack verb ("Milizen aus
    Misrata griffen Kämpfer der Miliz von Sintan an", "Der IS tötete Kämpfer verfeindeter Milizen" has sides of
    its own): one group fights another of its kind.  Every actor of the clause but its places is an unnamed
    group (``GROUP`` mention) of one actor of an armed non-state sector, and the first two are two noun phrases
    (subject and object in either order: "In Tripolis griffen Milizen Kämpfer einer anderen Miliz an"), not a
    group and its genitive before the verb ("Kämpfer der Miliz griffen … an"); None otherwise."""
    if frame.kind == "noun":
        return None
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    inside = [m for m in frame.mentions if start <= frame.word_index(m.start) < end and m.actor_id and m.kind != "LOC"]
    if len(inside) < 2 or any(m.kind != "GROUP" or m.sector not in _ARMED_GROUPS for m in inside) \
            or len({m.actor_id for m in inside}) != 1:
        return None
    for before, after in pairwise(inside):
        between = frame.words[frame.word_index(before.end - 1) + 1 : frame.word_index(after.start)]
        if frame.word_index(after.start) > frame.index or not between[:1] \
                or between[0].lower() not in frame.lexicon.genitive_determiners:
            return inside[0], after
    return None  # "Kämpfer der Miliz griffen … an": one group and its genitive


def _reciprocal_group(frame: Frame, cues: frozenset[str]) -> Mention | None:
    """The clause's only actor, a group, when a reciprocal word of ``cues`` stands in the clause of a verb
    trigger ("Die Milizen kämpfen gegeneinander")."""
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    if frame.kind == "noun" or not any(w.lower() in cues for w in frame.words[start:end]):
        return None
    inside = [m for m in frame.mentions if start <= frame.word_index(m.start) < end and m.actor_id]
    return inside[0] if len(inside) == 1 and inside[0].kind == "GROUP" else None
