"""The event actor a mention stands for (:func:`event_actor`: a state in a military act is its forces), and
agents an agentless passive implies: "In Minsk wurden sechs Oppositionelle festgenommen".

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`).  Some acts have one kind of
agent wherever they happen: an arrest is made by the police of the state whose people are arrested.
A trigger says so with ``implied_agent`` (a sector) in ``lang/<xx>/events.yaml``.  Requires a frame
and the target mentions its clause gave; guarantees an unnamed group actor (:meth:`Actor.group`) only
for a verb trigger in a passive clause (or a participle headline, :mod:`chronik.stages.event_passive`) with
no named agent and a target, in the state the clause places it ("In Italien wurde ein Algerier
festgenommen": Italy's police, whatever the target's nationality), else the state of a local group it is
done to ("Mittlerweile sind zwei Personen verhaftet worden": the state the article puts them in), else the
state of the article's dateline ("Minsk – …"); None when none of these names a state.  A noun trigger
with ``implied_agent`` in an existential clause ("In Ajaccio kam es zu Demonstrationen") has that group of
the state where it happened (:func:`chronik.stages.event_unnamed.act_state`) as its author, target or not (:func:`existential`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.kb.entries import STATE_SECTORS
from chronik.model import Actor, Mention
from chronik.stages.event_context import MILITARY_TYPES
from chronik.stages.event_place import destination
from chronik.stages.event_slots import CLAUSE_BREAKS, before_modifiers, clause_span
from chronik.stages.event_stance import clause_passive
from chronik.stages.event_unnamed import act_state, part_preposition
from chronik.stages.mention_dateline import dateline_state
from chronik.stages.mention_group_country import LOCAL_SECTORS, PLACED_PEOPLE

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

_INSURGENTS = frozenset({"REB", "OPP"})  # a state's own people it may fight
_LOCAL = LOCAL_SECTORS | {"MED"}  # groups of the state where they are: civilians, opposition, journalists


def unowned_harm(frame: Frame, speaker: Mention | None, targets: list[Mention]) -> bool:
    """An attack told in an agentless passive is not the act of the ``speaker`` who reports it: only a state's
    organs report their own attacks so ("seien verletzt worden, teilte die UNO mit" names no attacker), and not
    when its victims are of the speaker's own state ("Peskow sagte, drei russische Soldaten seien getötet
    worden": not by Russia; its rebels stay: "Ankara erklärte, 30 PKK-Kämpfer seien getötet worden").  False for
    other types or with no speaker."""
    if frame.trigger.type != "ASSAULT" or speaker is None:
        return False
    own = bool(targets) and all(speaker.country and m.country == speaker.country and m.sector not in _INSURGENTS
                                for m in targets)
    return speaker.sector not in STATE_SECTORS or own


def implied_agent(frame: Frame, targets: list[Mention]) -> Actor | None:
    """The state group that did the act of an agentless passive ("wurden … festgenommen": the police of
    the state where it happened), or None when the trigger implies no agent, the clause is active or
    names the agent, there is no target, or the sentence places the act in no state."""
    sector = frame.trigger.implied_agent
    if sector is not None and existential(frame):
        country = act_state(frame, *clause_span(frame.words, frame.index, CLAUSE_BREAKS)) or _scene_state(frame)
        return Actor.group(country, sector) if country else None  # "In Ajaccio kam es zu Demonstrationen"
    if sector is None or frame.kind == "noun" or not targets or not clause_passive(frame):
        return None
    sent_to = _destinations(frame)  # "wurden in die Türkei zurückgeschickt": not by Turkey
    candidates = (_located_in(frame), _local_target_state(frame, targets), dateline_state(frame.article))
    country = next((c for c in candidates if c and c not in sent_to), None)
    return Actor.group(country, sector) if country else None  # "In Italien wurde ein Algerier festgenommen": Italy's


def existential(frame: Frame) -> bool:
    """A noun trigger governed by an ``existential_preps`` word ("zu"), determiners and adjectives apart, in a
    clause with an ``existential_verbs`` verb and the ``existential_subjects`` subject ("kam es zu heftigen
    Demonstrationen", "Es kam zu Zusammenstößen"): the act happened, its author unnamed.  False otherwise."""
    cues = frame.lexicon.locus_cues
    if frame.kind != "noun":
        return False
    j = before_modifiers(frame.words, frame.index, frame.lexicon)
    if j < 0 or frame.words[j].lower() not in cues.get("existential_preps", ()):
        return False
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    clause = {w.lower() for w in frame.words[start:end]}
    return bool(clause & cues.get("existential_verbs", frozenset())) and bool(clause & cues.get("existential_subjects", frozenset()))


def _scene_state(frame: Frame) -> str | None:
    """The country of the latest place the article named before the trigger's sentence: the scene a report of
    unrest goes on describing ("… in Ajaccio … Am Freitag kam es zu weiteren Demonstrationen"); None when
    the article named no located place before."""
    places = frame.article.places
    before = [m for m in frame.article.mentions if m.place_id in places and m.sentence < frame.sentence.index]
    return places[before[-1].place_id].country if before else None


def _local_target_state(frame: Frame, targets: list[Mention]) -> str | None:
    """The state of the first target that is an unnamed local group ("zwei Personen", "Oppositionelle"):
    the resolve stage placed it in the state the article puts it in, and its own state acts on it.  A
    nationality says where someone comes from, not where the act was: a named one ("ein Algerier", no
    sector) or a state adjective before the group ("drei russische Touristen wurden abgeschoben")."""
    local = [m.country for m in targets if m.kind == "GROUP" and m.sector in _LOCAL and m.country
             and frame.state_adjective(frame.word_index(m.start) - 1) is None]  # "russische Touristen"
    return local[0] if local else None


def _destinations(frame: Frame) -> set[str]:
    """The countries of the places or states in the trigger's clause after a locative preposition and a
    ``directional_determiners`` word ("in die Türkei"): where people were sent, never the state that sent them."""
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    lex = frame.lexicon
    return {m.country for m in frame.mentions
            if start <= (k := frame.word_index(m.start)) < end and m.kind in ("LOC", "STATE") and m.country
            and (j := before_modifiers(frame.words, k, lex)) >= 0 and frame.words[j].lower() in lex.locative_preps
            and frame.words[j + 1].lower() in lex.directional_determiners}


def _located_in(frame: Frame) -> str | None:
    """The country of the state or place nearest the trigger in its clause right after a locative
    preposition (``locative_preps``: "in Marokko"), not a destination after a ``directional_determiners`` word
    ("wurden in die Türkei zurückgeschickt": Turkey is where they went, not who sent them)."""
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    lex = frame.lexicon
    located = [(abs(k - frame.index), m.country) for m in frame.mentions
               if start <= (k := frame.word_index(m.start)) < end and m.kind in ("LOC", "STATE") and m.country
               and (((j := before_modifiers(frame.words, k, lex)) >= 0 and frame.words[j].lower() in lex.locative_preps
                     and frame.words[j + 1].lower() not in lex.directional_determiners)  # "in der Türkei"
                    or part_preposition(frame, k) in frame.lexicon.locative_preps)]  # "im Norden von Mali"
    return min(located)[1] if located else None  # the nearest: "Ein in Deutschland geborener Syrer … in der Türkei"


#: Agents an act's trigger may imply that act for a state without its forces (deportation, release, arrest).
_CIVIL_AGENTS = frozenset({"GOV", "POL"})
#: Acts whose unnamed people of no sector are civilians, as their authors (True) or their victims (False).
_CIVILIAN_ROLES = {True: frozenset({"PROTEST"}), False: frozenset({"ASSAULT", "COERCE"})}


def event_actor(frame: Frame, mention: Mention, acting: bool = True) -> Actor:
    """The event actor of ``mention``; an ``acting`` state in a military act is its forces
    ("Frankreich fliegt Luftangriffe"), unless the trigger names a civil agent ("Deutschland hat 20.000
    Menschen abgeschoben": its government); a state on the receiving side stays the state ("Rebellen nehmen
    Damaskus ein": the government loses its capital)."""
    sector = mention.sector
    if acting and mention.kind == "STATE" and frame.trigger.type in MILITARY_TYPES \
            and frame.trigger.implied_agent not in _CIVIL_AGENTS:
        sector = "MIL"
    if not acting and (sent := sent_people(frame, mention)) is not None:
        return sent
    if mention.kind == "GROUP" and sector is None and mention.country and frame.trigger.type in _CIVILIAN_ROLES[acting]:
        return Actor.group(mention.country, "CVL")  # "zwei Israelis getötet", "Tausende Ungarn demonstrierten"
    actor = Actor.of_mention(mention, frame.article.actors)
    return actor if sector == mention.sector else replace(actor, sector=sector)


def sent_people(frame: Frame, mention: Mention) -> Actor | None:
    """"Griechenland schickte Flüchtlinge in die Türkei zurück": refugees without a state of their own
    (``PLACED_PEOPLE``) that a trigger sending people ``back`` sends to the state their country was read from are civilians of the state that
    sends them: of the clause's place, else of its first state that is no destination (the sender or the people's
    origin: "Migranten aus Pakistan"), else of no state.  None for other triggers or people."""
    if frame.trigger.sends_away != "back" or mention.how != PLACED_PEOPLE or not mention.country:
        return None
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    located = [(k, m.country) for m in frame.mentions if m.kind in ("LOC", "STATE") and m.country
               and start <= (k := frame.word_index(m.start)) < end]
    sent_to = {c for k, c in located if destination(frame, k)}
    if mention.country not in sent_to:
        return None
    senders = [c for k, c in located if not destination(frame, k)]
    country = next((c for c in (_located_in(frame), *senders) if c and c not in sent_to), None)
    return Actor.group(country, "CVL")
