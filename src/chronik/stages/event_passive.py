"""Elliptic passives: participle headlines ("Sechs Oppositionelle freigelassen", "Journalist in Ankara verhaftet").

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`).  A headline drops the auxiliary of
a passive: "Sechs Oppositionelle freigelassen" is "Sechs Oppositionelle wurden freigelassen", so the noun
before the participle suffers the act and the agent is unnamed (the trigger's ``implied_agent``,
:mod:`chronik.stages.event_agents`, or whoever the article says acted).

Requires a frame whose words are its sentence's tokens.  Guarantees :func:`elliptic_passive` is True only
for a verb trigger that is the last word of a sentence of at most :data:`_MAX_WORDS` words, with at least
one word before it, no clause break, no finite auxiliary or other verb trigger, and the shape of a past
participle (``participle_patterns`` in ``events.yaml``; an empty list, as for English, turns it off).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span, governing_preposition

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_slots import Slot

_MAX_WORDS = 12  # longer sentences are body text, where a final participle belongs to a dropped auxiliary seldom


def elliptic_passive(frame: Frame) -> bool:
    """The trigger is the participle of a headline without auxiliary ("Sechs Oppositionelle freigelassen")."""
    lex = frame.lexicon
    words = [w for w in frame.words if any(c.isalnum() for c in w) or w in CLAUSE_BREAKS]
    if frame.kind != "verb" or not lex.participle_patterns or not 1 < len(words) <= _MAX_WORDS:
        return False
    if frame.index != _last_word(frame.words) or any(w in CLAUSE_BREAKS for w in words):
        return False
    if any(w.lower() in lex.finite_auxiliaries or w.lower() in lex.passive_auxiliaries for w in words):
        return False  # "Oppositionelle wurden freigelassen", "Russland hat protestiert": a clause of its own
    if any(k != frame.index for k, _ in frame.governors):
        return False  # another verb trigger is the finite verb: "Türkei schießt Jet ab"
    word = frame.words[frame.index].lower()
    return any(p.match(word) for p in lex.participle_patterns)


def _last_word(words: list[str]) -> int:
    """Index of the last word that is not punctuation."""
    k = len(words) - 1
    while k > 0 and not any(c.isalnum() for c in words[k]):
        k -= 1
    return k


def passive_subject(frame: Frame, passive: bool, sources: list[Slot], free: list[Slot]) -> list[Slot]:
    """The subject of a passive whose agent is named suffers the act ("Die eintreffenden Einsatzkräfte sind
    von jugendlichen Angreifern attackiert worden"): the free slots of its clause besides the agent, at most
    two; none for an active clause (``passive``: the caller's
    :func:`chronik.stages.event_stance.clause_passive`) or a clause without agent.  A noun trigger has them
    only as the means of a passive verb of its type ("Türkische Soldaten wurden bei einem Luftangriff der
    syrischen Armee getötet": the soldiers, before the noun's preposition)."""
    if not sources or not passive or (frame.kind == "noun" and not means_of_passive(frame)):
        return []
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)  # not "…: Russland unterstützt Assad"
    if frame.kind == "noun":
        end = frame.index
    return [s for s in free if s not in sources and start <= s.index < end][:2]


def means_of_passive(frame: Frame) -> bool:
    """The noun trigger is governed by a preposition of setting or means (``setting_preps``,
    ``instrument_preps``: "bei einem Luftangriff") and its clause has a verb trigger of its type."""
    lex = frame.lexicon
    if governing_preposition(frame, frame.index) not in lex.setting_preps | lex.instrument_preps:
        return False
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    return any(start <= k < end and kind == frame.trigger.type for k, kind in frame.governors)


def means_of_passive_clause(frame: Frame) -> bool:
    """:func:`means_of_passive`, and the clause is passive ("Bei einem Selbstmordanschlag in Ankara wurden 28
    Menschen getötet")."""
    from chronik.stages.event_stance import clause_passive  # event_stance imports the frame's modules

    return means_of_passive(frame) and clause_passive(frame)
