"""Whom an attack or seizure that names no actor as its target hits, read from the thing it hits: civilian
places and people ("eröffneten das Feuer auf Cafés, Bars und Restaurants in Paris", "stürmten ein Hotel in
Bamako") are the civilians of the place's state, a base or barracks of the armed forces ("griffen eine
Luftwaffenbasis in Indien an") its military.  Part of the ``events`` stage; the cue words come from
``events.yaml`` (``civilian_targets``, ``military_targets``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_slots import CLAUSE_BREAKS, attributive, before_modifiers

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

_CIVILIANS = "CVL"
_FORCES = "MIL"
_STATE_SECTORS = frozenset({"GOV", "MIL"})


def attacked_sector(frame: Frame, start: int, end: int) -> str | None:
    """The sector ("CVL", "MIL") of the first thing in ``words[start:end]`` (the trigger's clause) that is a
    ``civilian_targets`` or ``military_targets`` word and stands as what the act hits: right after one of the
    trigger's target prepositions (determiners and adjectives apart: "auf eine indische Luftwaffenbasis") or,
    for a verb, as a bare noun phrase that no preposition governs ("stürmten am Freitag ein Hotel").  A thing
    after another preposition is only where the act happens ("Kämpfe in der Nähe der Kaserne"): None then,
    and when the clause names no such thing."""
    lex, words = frame.lexicon, frame.words
    for k in range(start, end):
        sector = _CIVILIANS if words[k] in lex.civilian_targets else _FORCES if words[k] in lex.military_targets else None
        if sector is None or k == frame.index:
            continue
        j = before_modifiers(words, k, lex)
        opener = words[j].lower() if j >= 0 else ""
        if opener in frame.trigger.target_preps:
            return sector
        if frame.kind != "noun" and j < k - 1 and opener not in lex.prepositions:
            return sector  # a determined object of the verb: "ein Hotel", "eine Kaserne"
    return None


def foreign_state_in(frame: Frame, start: int, end: int, country: str) -> bool:
    """A state, or a government or military actor, of a country other than ``country`` is named in
    ``words[start:end]`` (the attacking side of "Russland griff einen Stützpunkt in Syrien an": a foreign
    force's target base may be anyone's)."""
    return any(m.country and m.country != country and (m.kind == "STATE" or m.sector in _STATE_SECTORS)
               and start <= frame.word_index(m.start) < end for m in frame.mentions)


def reported_attack(frame: Frame) -> bool:
    """The attack noun of ``frame`` reports a new act whose object it names: no anaphoric determiner or
    possessive before it ("nach Beginn eines Angriffs auf eine Luftwaffenbasis in Indien", not "nach den
    Anschlägen auf …": those refer to an act told before) and a civilian or military thing after its target
    preposition in its clause (:func:`attacked_sector`).  Only for an attack of no set mode: air and missile
    strikes ("Bei Raketenangriffen auf Kliniken …") are a state's, whom the clause does not say.  Requires a
    noun frame."""
    lex, words = frame.lexicon, frame.words
    if frame.trigger.mode is not None:
        return False
    j = frame.index - 1
    while j >= 0 and words[j][:1].islower() and words[j].lower() not in lex.determiners and attributive(lex, words[j]):
        j -= 1
    if j >= 0 and (words[j].lower() in lex.anaphoric_determiners or words[j].lower() in lex.possessives):
        return False
    end = frame.index + 1
    while end < len(words) and words[end] not in CLAUSE_BREAKS:
        end += 1
    return attacked_sector(frame, frame.index + 1, end) is not None
