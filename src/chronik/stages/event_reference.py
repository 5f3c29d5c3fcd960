"""Targets found through an event noun that refers back to an act already reported ("Scholz verurteilte
den Angriff": the attacker; "Moskau wies die Vorwürfe zurück": the accuser).  Part of the ``events``
stage; the nouns are the event nouns of ``events.yaml``, the code knows no words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Actor, EventMention
from chronik.stages.event_slots import CLAUSE_BREAKS, governing_preposition

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: Which side of the referred act a reaction is aimed at: a condemnation or a refusal at its author,
#: an apology or regret at its victim.
_SIDES = {"ACCUSE": ("source",), "REJECT": ("source",), "CONCEDE": ("target",)}
#: Acts whose sides are interchangeable: a reaction is aimed at all their parties ("kritisierte den Empfang").
_SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def referent_actors(frame: Frame) -> list[Actor]:
    """The actors a reaction is aimed at when its object is an event noun of an earlier act of the article
    ("verurteilte den Angriff", "bedauerte den Abschuss"): the matching side (``_SIDES``) of the latest
    earlier event of the noun's type, both sides of an act without a clear author (``_SYMMETRIC``).
    Requires ``frame.earlier`` in text order; returns [] for other types, when the clause has no such
    object noun or no such event exists.
    A state acting through its forces comes back as the state."""
    sides = _SIDES.get(frame.trigger.type)
    if sides is None:
        return []
    kind = _object_noun_type(frame)
    act = _latest(frame.earlier, kind) if kind else None
    if act is None:
        return []
    sides = ("source", "target") if kind in _SYMMETRIC else sides
    actors = [a for side in sides for a in getattr(act, side)]
    return [a.as_addressee() for a in actors]


def _object_noun_type(frame: Frame) -> str | None:
    """The type of the nearest event noun in the trigger's clause that no preposition governs
    ("verurteilte den Angriff", "hat den Abschuss bedauert"), other than the trigger itself, that no
    coordinator separates from the trigger ("die Angriffe verstärken und die Kräfte schonen") and that
    refers back (see :func:`_definite`)."""
    start, end = frame.index, frame.index
    while start > 0 and frame.words[start - 1] not in CLAUSE_BREAKS:
        start -= 1
    while end < len(frame.words) and frame.words[end] not in CLAUSE_BREAKS:
        end += 1
    nouns = [k for k in range(start, end) if k != frame.index and frame.words[k] in frame.lexicon.nouns
             and governing_preposition(frame, k) is None and not _coordinated_away(frame, k)
             and _definite(frame, k)]
    if not nouns:
        return None
    nearest = min(nouns, key=lambda k: abs(k - frame.index))
    return frame.lexicon.nouns[frame.words[nearest]].type


def _definite(frame: Frame, k: int) -> bool:
    """The noun at ``k`` follows a definite determiner or a possessive, adjectives apart ("den Angriff",
    "den offiziellen Empfang"): it refers back; "eine geplante Reise" introduces an act of its own."""
    lex = frame.lexicon
    j = k - 1
    while j >= 0 and not frame.words[j][:1].isupper() and frame.words[j].lower().endswith(lex.adjective_endings) \
            and frame.words[j].lower() not in lex.anaphoric_determiners | lex.possessives:
        j -= 1
    return j >= 0 and frame.words[j].lower() in lex.anaphoric_determiners | lex.possessives


def _latest(events: list[EventMention], kind: str) -> EventMention | None:
    """The last of ``events`` of type ``kind`` that names a source."""
    return next((e for e in reversed(events) if e.type == kind and e.source), None)


def _coordinated_away(frame: Frame, k: int) -> bool:
    """A coordinator ("und", "sowie") lies between word ``k`` and the trigger: another verb's object."""
    low, high = sorted((k, frame.index))
    return any(w.lower() in frame.lexicon.coordinators for w in frame.words[low + 1 : high])
