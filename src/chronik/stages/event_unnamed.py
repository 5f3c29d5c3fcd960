"""Where an act happened and whom it hit when the sentence names its sides only by a noun.

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`).  Two rules (and a third, on
journalists, below), their cue words from
``events.yaml`` (``place_part_nouns``, ``place_part_preps``) and ``actors.yaml`` (``group_nouns`` POL):

- a part of a place: "im Zentrum von Tel Aviv", "im Norden von Mali", "am Stadtrand von Paris" place an
  act as "in Tel Aviv" does.  :func:`locative_preposition` is the one test the place rules share
  (event_context.located_state, event_military._located_place_country, event_agents._located_in):
  the preposition governing the place, or, when a ``place_part_nouns`` noun and a ``place_part_preps``
  word stand before it, the preposition governing that noun.
- police attacked: "Die eintreffenden Einsatzkräfte sind von jugendlichen Angreifern … attackiert
  worden".  Police nouns alone make no mention (too often a misread side elsewhere), but as the
  not-governed subject of a passive attack, or the object an active attack verb takes, they are the
  police of the state the clause places the act in, else of the article's dateline.
  :func:`attacked_police` requires an ASSAULT frame; it guarantees a POL group actor or None.
- journalists as the object: people of the media before a trigger are usually the report's source, but
  after another actor of the trigger's clause they suffer the act ("Die Polizei hat zwei Journalisten
  festgenommen"; :func:`media_object`), and the agent of a passive arrest is the actor after "von" that
  completes no noun (:func:`passive_agent`); an agent phrase of another clause before a noun trigger is not
  the noun's (:func:`noun_agent_elsewhere`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Actor, Mention
from chronik.stages.event_enumeration import enumeration_commas
from chronik.stages.event_slots import (
    CLAUSE_BREAKS,
    SPEECH_ACTS,
    Slot,
    before_modifiers,
    clause_span,
    governing_preposition,
    in_mention,
    in_timex,
    preposition_before,
)
from chronik.stages.mention_dateline import dateline_mentions, dateline_state

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: The types whose unnamed police victim this module codes.
_ATTACK_TYPES = frozenset({"ASSAULT"})
_AGENT_REACH = 6  # words between an agent preposition and its actor (determiners, adjectives, a title)


def locus_cues(data: dict, actors: dict) -> dict[str, frozenset[str]]:
    """The cue lists of this module (part nouns as written, prepositions lower-cased, police nouns) and the
    existential cues of :func:`chronik.stages.event_agents.existential`, lower-cased."""
    return {"place_part_nouns": frozenset(data.get("place_part_nouns") or []),
            "place_part_preps": frozenset(w.lower() for w in data.get("place_part_preps") or []),
            "existential_verbs": frozenset(w.lower() for w in data.get("existential_verbs") or []),
            "existential_subjects": frozenset(w.lower() for w in data.get("existential_subjects") or []),
            "existential_preps": frozenset(w.lower() for w in data.get("existential_preps") or []),
            "police_nouns": frozenset((actors.get("group_nouns") or {}).get("POL") or [])}


def locative_preposition(frame: Frame, k: int) -> str | None:
    """The preposition that places the word at ``k``: its own governing one ("in Syrien", "im Osten der
    Ukraine"), or, after "<part noun> von", the one governing the part noun ("im Zentrum von Tel Aviv")."""
    return part_preposition(frame, k) or governing_preposition(frame, k)


def part_preposition(frame: Frame, k: int) -> str | None:
    """"im Norden von Mali": the preposition before the part noun that word ``k`` completes; None when no
    part noun and ``place_part_preps`` word stand right before ``k`` (determiners apart)."""
    cues, words = frame.lexicon.locus_cues, frame.words
    j = before_modifiers(words, k, frame.lexicon)
    if j < 1 or words[j].lower() not in cues.get("place_part_preps", ()) \
            or words[j - 1] not in cues.get("place_part_nouns", ()) or j - 1 == frame.index:
        return None
    i = before_modifiers(words, j - 1, frame.lexicon)
    return words[i].lower() if i >= 0 and words[i].lower() in frame.lexicon.prepositions else None


def attacked_police(frame: Frame, source: list[Mention]) -> Actor | None:
    """The police of the state of the act (:func:`act_state`) when a police noun in the trigger's clause
    suffers the attack: not governed by a preposition, and before a passive verb, or in an active clause
    after a ``source`` mention of that clause ("wurden Polizisten angegriffen", "haben die Taliban
    Polizisten angegriffen"; not "…, drangen die Polizisten ein").  None for other acts, nouns or states."""
    if frame.trigger.type not in _ATTACK_TYPES or frame.kind == "noun":
        return None
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    police = frame.lexicon.locus_cues.get("police_nouns", frozenset())
    passive = frame.lexicon.passive_auxiliaries & {w.lower() for w in frame.words[start:end]}
    acting = [k for m in source if start <= (k := frame.word_index(m.start)) < end]
    after = min(acting) if acting else end  # an active clause needs its own subject before the police
    for k in range(start, end):
        if frame.words[k] in police and governing_preposition(frame, k) is None \
                and (k < frame.index if passive else k > after):
            country = act_state(frame, start, end)
            return Actor.group(country, "POL") if country else None
    return None


def act_state(frame: Frame, start: int, end: int) -> str | None:
    """The country of the place nearest the trigger that a locative preposition governs in its clause
    (words ``start`` to ``end``), else of the latest place the article named in this sentence or the two
    before it ("In Ajaccio wurde Feuer gelegt. Die eintreffenden Einsatzkräfte …"), else of the dateline."""
    places = frame.article.places
    here = [(abs(k - frame.index), places[m.place_id].country if m.place_id in places else m.country)
            for m in frame.mentions if (m.place_id in places or m.kind == "STATE")
            and start <= (k := frame.word_index(m.start)) < end
            and locative_preposition(frame, k) in frame.lexicon.locative_preps]
    if here and min(here)[1]:
        return min(here)[1]
    dateline = dateline_mentions(frame.article)
    before = [m for m in frame.article.mentions if m.place_id in places and m.start < frame.sentence.tokens[frame.index].start
              and frame.sentence.index - 2 <= m.sentence and m.start not in dateline]
    if before:
        return places[before[-1].place_id].country
    return dateline_state(frame.article)


def media_as_agent(frame: Frame, slot: Slot) -> bool:
    """Media report: one before a trigger that is no speech act is the report's source ("Wie die FT
    feststellt, hat HTS …"), unless journalists suffer a passive ("Zwei Journalisten festgenommen") or are
    the object of the trigger's clause ("Die Polizei hat zwei Journalisten festgenommen")."""
    from chronik.stages.event_stance import clause_passive  # event_stance imports event_slots' users

    return slot.mention.sector == "MED" and frame.trigger.type not in SPEECH_ACTS and slot.index < frame.index \
        and not (slot.mention.kind == "GROUP" and clause_passive(frame)) and not media_object(frame, slot)


def media_object(frame: Frame, slot: Slot) -> bool:
    """Journalists (people of the media, not an outlet) after another actor of the trigger's own clause are
    its object, not the report's source: "Die Polizei hat zwei Journalisten festgenommen"."""
    mention = slot.mention
    if mention.kind not in ("GROUP", "PER"):
        return False
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    return start <= slot.index < end and any(
        start <= frame.word_index(m.start) < slot.index and m.sector != "MED" and (m.actor_id or m.country)
        for m in frame.mentions)


def passive_agent(frame: Frame, slot: Slot, passive: bool) -> bool:
    """The actor after a ``passive_source_preps`` preposition of a passive verb clause is its agent ("wurde
    von der Polizei festgenommen"), unless the preposition follows a noun it completes ("Während des Besuchs
    von Papst Franziskus … festgenommen": the visitor arrests nobody)."""
    if not passive or frame.kind == "noun" or slot.prep not in frame.trigger.passive_source_preps:
        return False
    j = preposition_before(frame, slot, 4)
    if j is None or j == 0:
        return j is not None
    before = frame.words[j - 1]
    return not before[:1].isupper() or in_timex(frame, j - 1)


def noun_agent_elsewhere(frame: Frame, slot: Slot) -> bool:
    """An agent phrase of another clause or noun is no agent of a noun trigger: "Die Vorratsdatenspeicherung
    war vom Verfassungsgerichtshof gekippt worden, nach den Anschlägen in Paris …" (the court attacked
    nobody); "nach der Ankündigung von Präsident Putin hat Russland mit dem Abzug begonnen" (Putin
    announced); "den Vorwurf Russlands, sie kaufe Öl vom IS" (the IS accused nobody).  True for a noun
    frame and a slot outside the noun's clause, or before the noun whose preposition follows another noun."""
    if frame.kind != "noun":
        return False
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    joined = enumeration_commas(frame.article, frame.sentence, frame.words, frame.lexicon)
    while end in joined:  # "Ein Treffen von Merkel, Hollande und Putin": the list goes on after its comma
        end = clause_span(frame.words, end + 1, CLAUSE_BREAKS)[1]
    if slot.index > frame.index:
        return slot.index >= end
    return slot.index < start or _after_other_noun(frame, slot)


def _after_other_noun(frame: Frame, slot: Slot) -> bool:
    """The slot's preposition (within ``_AGENT_REACH`` words before it) follows a capitalised word that is
    neither a mention nor the trigger: the phrase is that noun's attribute ("Ankündigung von Putin")."""
    k = preposition_before(frame, slot, _AGENT_REACH + 1, floor=1)  # at most _AGENT_REACH words between
    if k is None:
        return False
    noun = k - 1
    return frame.words[noun][:1].isupper() and noun != frame.index and not in_mention(frame, noun)


def acting_side(frame: Frame, mention: Mention, acting: set[str]) -> bool:
    """``mention`` (a target candidate) is one of the acting side, whose ids are ``acting``: the same actor,
    except unnamed civilians hit by a terror attack of other civilians of their state ("Neonazis verübten einen
    Brandanschlag auf ein Flüchtlingsheim in Sachsen": two groups of people that share an id, not one side)."""
    if mention.actor_id not in acting:
        return False
    return not (frame.trigger.type == "ASSAULT" and frame.trigger.mode == "terror" and mention.kind == "GROUP"
                and mention.sector == "CVL")
