"""Attacks reported through a claim of responsibility, and the side that loses a place taken.

Part of the ``events`` stage (see :mod:`chronik.stages.events`):

* a claim for an attack reports the attack itself ("Die Miliz hatte sich zu den Anschlägen vom 13.
  November bekannt", "Sie übernahm die Verantwortung für das Bombenattentat auf eine russische
  Passagiermaschine"): the claimant is the source, the attack noun's own phrase names the target, and
  the attack noun is the sentence's act of its type (its date is the one nearest the noun);
* a place taken by a ``place_object`` trigger ("eroberten Aleppo zurück", "marschierten in Damaskus
  ein") was held by the other side: a state's own forces take it from that state's rebels, anyone
  else from the state; a place of their own country that insurgents attack is the state's ("Die Separatisten
  beschossen Marjinka").

The cue words come from ``events.yaml`` (``claim_cues``); the code knows no words.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from chronik.model import Actor, Mention
from chronik.stages.event_background import described_sector, victim_adjective
from chronik.stages.event_context import located_victim
from chronik.stages.event_lexicon import EventLexicon, Trigger
from chronik.stages.event_place import host_state, nearest_place_country
from chronik.stages.event_slots import Slot, actor_slots, before_modifiers, clause_span, governing_preposition

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—"})  # brackets are asides within a clause
_clause_span = partial(clause_span, breaks=_CLAUSE_BREAKS)
#: Sectors that act for a state: a place they take was held by the state's rebels.
_STATE_SECTORS = frozenset({"GOV", "MIL", "POL"})
#: Sectors that fight their own state: a place of it they attack is the state's.
_INSURGENT_SECTORS = frozenset({"REB"})
_ATTACK = "ASSAULT"


def claimed_attack(words: list[str], lexicon: EventLexicon) -> tuple[int, Trigger] | None:
    """The first attack noun of the sentence ``words`` that a claim cue of its clause attaches ("hatte sich
    zu den Anschlägen bekannt"), as (word index, trigger); None when there is none."""
    for k, word in enumerate(words):
        trigger = lexicon.nouns.get(word)
        if trigger is not None and trigger.type == _ATTACK and is_claimed(words, k, lexicon):
            return k, trigger
    return None


def is_claimed(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """Word ``k`` is attached to a claim cue of its clause: by one of the cue's prepositions ("zu den
    Anschlägen", "für das Attentat") or, for a cue without prepositions, as its bare object."""
    start, end = _clause_span(words, k)
    clause = {w.lower() for w in words[start:end]}
    prep = _preposition(words, k, lexicon)
    return any(cues & clause and (not needs or needs & clause) and (prep in preps if preps else prep is None)
               for cues, preps, needs in lexicon.claim_cues)


def claimed_roles(frame: Frame, slots: list[Slot]) -> tuple[list[Mention], list[Mention]] | None:
    """(source, target) of a claimed attack noun: the claimant (the first free actor of the clause before
    the noun, or a pronoun opening the clause that continues the previous sentence's actor, else the first
    free actor after the noun: "Zu dem Anschlag bekannte sich die Terrormiliz IS") and the actors the
    noun's target prepositions govern in its clause.  None when the frame is no claimed attack noun.
    Actors of other clauses ("…, bei denen 130 Menschen getötet wurden") are never the target."""
    if frame.kind != "noun" or frame.trigger.type != _ATTACK or not is_claimed(frame.words, frame.index, frame.lexicon):
        return None
    start, end = _clause_span(frame.words, frame.index)
    before = [s for s in slots if start <= s.index < frame.index and s.prep is None]
    after = [s for s in slots if frame.index < s.index < end and s.prep is None]
    source = [before[0].mention] if before else _continued_subject(frame, start) or [s.mention for s in after[:1]]
    target = [s.mention for s in slots if frame.index < s.index < end and s.prep in frame.trigger.target_preps]
    return source, target


def claimant(frame: Frame) -> Actor | None:
    """The claimant of the claimed attack noun of ``frame`` (:func:`claimed_roles`) as an actor, named as
    the knowledge base names it; None when the frame is no claimed attack noun or names no claimant."""
    roles = claimed_roles(frame, actor_slots(frame))
    if not roles or not roles[0]:
        return None
    return Actor.of_mention(roles[0][0], frame.article.actors)


def _continued_subject(frame: Frame, start: int) -> list[Mention]:
    """An unresolved pronoun opening the clause ("Sie übernahm auch die Verantwortung …") continues the
    subject of the previous sentence, its first resolved actor ("Die Miliz hatte sich … bekannt"): that
    actor, as a mention at the pronoun; else []."""
    pronoun = next((m for m in frame.mentions if m.kind == "PRON" and not m.actor_id
                    and frame.word_index(m.start) == start), None)
    previous = [m for m in frame.article.mentions if m.sentence == frame.sentence.index - 1 and m.actor_id
                and m.kind != "LOC"]
    if pronoun is None or not previous:
        return []
    subject = previous[0]
    return [replace(pronoun, actor_id=subject.actor_id, country=subject.country, sector=subject.sector)]


def held_target(frame: Frame, source: list[Mention]) -> Actor | None:
    """The side an act with no named target is aimed at, by the act's own phrase: the state an attack
    noun's target phrase names by adjective ("Attentat auf eine russische Passagiermaschine": its
    civilians for a terror attack, else its government), or the holder of the place a ``place_object``
    trigger takes (see the module docstring).  None when neither applies."""
    victim = _adjective_victim(frame) if frame.kind == "noun" and frame.trigger.type == _ATTACK else None
    return victim or _place_holder(frame, source)


def _subjects(source: list[Mention]) -> tuple[Mention, ...]:
    """The source mentions that name the taker, not the place taken: all but a genitive state ("den größten
    Teil Syriens zurückerobert", which the source may be read from)."""
    return tuple(m for m in source if m.how != "kb:genitive")


def _adjective_victim(frame: Frame) -> Actor | None:
    """"Anschlag auf eine russische Passagiermaschine": a state adjective right after one of the noun's
    target prepositions (determiners apart) names the state hit."""
    adjective = victim_adjective(frame)
    if adjective is None:
        return None
    j, country = adjective
    if frame.trigger.mode == "terror":
        return Actor.group(country, described_sector(frame, j + 1) or "CVL")  # event_background.py
    return host_state(frame, country)


def _place_holder(frame: Frame, source: list[Mention]) -> Actor | None:
    """Who held the place a ``place_object`` trigger takes: the nearest place (or state) of the trigger's
    clause, or the place an attack verb takes as its object (:func:`_attacked_place_country`).  A state's own
    forces take it from (or attack) that state's rebels, its insurgents attack the state (or the civilians or forces
    the clause names, event_context.located_victim); anyone else takes it from the state; a foreign state's forces
    attack the state's armed groups ("Die USA bombardierten Mossul": IS, Iraq's rebels, not its government)."""
    if not source:
        return None
    country = nearest_place_country(frame, _subjects(source)) if frame.trigger.place_object else _attacked_place_country(frame)
    if country is None:
        return None
    if any(m.country == country and m.sector in _STATE_SECTORS for m in source):
        return Actor.group(country, "REB")
    if not frame.trigger.place_object and source[0].country == country and source[0].sector in _INSURGENT_SECTORS:
        return located_victim(frame, country)  # "Die Separatisten beschossen Marjinka": the state's, as event_military.home_front
    if frame.trigger.place_object:
        return host_state(frame, country)  # a place taken by anyone else was the state's
    # a foreign state's forces bombing a place fight the armed groups there ("Russland hat Aleppo bombardiert",
    # "Die US-Luftwaffe bombardierte Rakka"), as the seeds' gold codes air strikes in Syria; a foreign armed
    # group's attack may be aimed at anyone
    if source[0].sector not in _STATE_SECTORS:
        return None
    if (source[0].country, country) in frame.lexicon.interstate_fronts:
        return host_state(frame, country)  # "Die russische Armee beschoss Mariupol": Ukraine's (events.yaml)
    return Actor.group(country, "REB")


def _attacked_place_country(frame: Frame) -> str | None:
    """The country of the place an attack verb takes as its bare object ("Russland hat Aleppo
    bombardiert", "Aleppo wurde bombardiert"): a place mention (no state) of the trigger's clause that no
    preposition governs; None for nouns ("die Angriffe Aleppos …"), other acts or when there is none."""
    if frame.trigger.type != _ATTACK or frame.kind not in ("verb", "particle", "light"):  # "nahmen Mariupol unter Beschuss"
        return None
    places = frame.article.places
    start, end = _clause_span(frame.words, frame.index)
    for m in frame.mentions:
        k = frame.word_index(m.start)
        if m.place_id in places and m.kind == "LOC" and start <= k < end and governing_preposition(frame, k) is None:
            return places[m.place_id].country
    return None


def _preposition(words: list[str], k: int, lexicon: EventLexicon) -> str | None:
    """The preposition of the noun at ``k`` (lower-cased), skipping determiners, adjectives and one
    capitalised attributive word right before the noun ("zu den (blutigen) Pariser Anschlägen"); None for none."""
    j = k - 1
    before = words[j - 1] if j > 0 else ""
    if words[j][:1].isupper() and (before.lower() in lexicon.determiners
                                   or (before[:1].islower() and before.endswith(lexicon.adjective_endings))):
        j -= 1
    j = before_modifiers(words, j + 1, lexicon)
    return words[j].lower() if j >= 0 and words[j].lower() in lexicon.prepositions else None

