"""Readings of trigger words that are no political act: a verb whose clause closes with a particle it does
not take, a verb form used as an adjective, and a withdrawal by people who are not forces, staff or a
government.

Requires: the words of a sentence and the word index of a bare verb trigger (:func:`foreign_particle`),
or an event whose actors are resolved (:func:`civilian_withdrawal`); cues from ``lang/<xx>/events.yaml``
(``separable_particles``, ``particle_idioms``, ``attributive_agent_preps``) via :func:`particle_cues`.
Guarantees: both only say what to drop; nothing is changed or added.  The rules:

* A finite verb in a main clause whose clause closes with a separable particle is that particle verb,
  not the bare one: "räumte Albrecht ein" (concede: einräumen), "räumt mit einem Mythos auf",
  "trifft das so nicht zu", "liefert ein Ladegerät mit".  Particle verbs the lexicon knows ("zog … ab")
  are matched before; so a particle left over here is foreign to the trigger.  The particle must close
  the trigger's own conjunct: after a coordinator that opens a new verbal conjunct ("räumte die Stellung
  und zog sich zurück") it belongs to the next verb.  A fixed adverb phrase ending the clause ("nach wie
  vor") is no particle.
* An inflected verb form before a noun is an adjective when its agent phrase opens after a determiner or
  preposition ("der von der Türkei unterstützten Rebellen", "die vom Iran unterstützten Houthi-Rebellen")
  or adverbs stand between a preposition inside the clause and the form ("mit international scharf
  kritisierten Luftangriffen"): it describes the noun (a standing alignment, a past act), it reports no act
  of the sentence.  A phrase opening the clause ("Seit langem unterstützten Russland …") is a finite verb's.
* A withdrawal (RETREAT/withdraw) is an act of forces, staff or a government: people leaving a country
  ("Tausende Flüchtlinge haben das Land verlassen") migrate, and a company withdrawing aircraft or a
  private party withdrawing a claim is business or law.  Without a political source (``POLITICAL_SECTORS``)
  the withdrawal is no event; releases, ceasefires and disarmament keep their own rules.
* A leaving verb (trigger flag ``forces_only``: "verlassen") whose only actors are states as its source
  names the place left, not who leaves: "er dürfe Österreich nicht verlassen", "Ein Großteil der Antiken
  verlässt das Land": someone unnamed leaves, no event.  Forces leaving name their target ("Die russischen
  Truppen verlassen Syrien") or are no bare state.
"""

from __future__ import annotations

from chronik.kb.entries import POLITICAL_SECTORS
from chronik.model import EventMention
from chronik.stages.event_clauses import bare_opening


def particle_cues(data: dict) -> dict[str, frozenset]:
    """The cue lists of this module from ``events.yaml`` data, lower-cased (idioms as word tuples)."""
    return {"separable_particles": frozenset(w.lower() for w in data.get("separable_particles") or []),
            "particle_idioms": frozenset(tuple(p.lower().split()) for p in data.get("particle_idioms") or []),
            "attributive_agent_preps": frozenset(w.lower() for w in data.get("attributive_agent_preps") or [])}


def foreign_particle(words: list[str], k: int, cues: dict[str, frozenset], lexicon) -> bool:
    """The verb at ``k`` is part of a particle verb it is not a trigger as (module docstring); ``lexicon``
    gives the coordinators, determiners and the known particle verbs."""
    particles = cues.get("separable_particles") or frozenset()
    end = _conjunct_end(words, k, lexicon)
    if end - 1 <= k or words[end - 1].lower() not in particles:
        return False
    tail = tuple(w.lower() for w in words[:end])
    if any(tail[-len(idiom):] == idiom for idiom in cues.get("particle_idioms") or ()):
        return False
    return not any(p == words[end - 1].lower() for p, _ in lexicon.particles.get(words[k].lower(), []))


def attributive_participle(words: list[str], k: int, cues: dict[str, frozenset], lexicon) -> bool:
    """The inflected verb form at ``k`` is an adjective before the noun that follows it: its agent phrase
    opens after a determiner or preposition ("der von der Türkei unterstützten Rebellen", "mit von der
    Türkei aus der Luft unterstützten Milizen"), or adverbs do inside a phrase ("mit international scharf
    kritisierten Luftangriffen").  Requires the sentence's words and ``lexicon`` (determiners, prepositions,
    adjective endings); a phrase opening its clause ("Seit langem unterstützten Russen …") is a verb's."""
    if not words[k].lower().endswith(lexicon.adjective_endings or ("\0",)) or not _noun_after(words, k, lexicon):
        return False
    opens = lexicon.determiners | lexicon.prepositions
    agents = cues.get("attributive_agent_preps") or frozenset()
    for j in range(k - 1, max(k - 8, 0), -1):
        if not words[j][:1].isalnum():
            break
        if words[j].lower() in agents:
            return words[j - 1].lower() in opens
    j = k - 1
    while j > 0 and words[j][:1].islower() and words[j].lower() not in opens:
        j -= 1  # adverbs
    return j < k - 1 and words[j].lower() in opens and j > 0 and words[j - 1][:1].isalnum()


def _noun_after(words: list[str], k: int, lexicon) -> bool:
    """A noun (capitalised) follows word ``k``, after adjectives only."""
    j = k + 1
    while j < len(words) and words[j][:1].islower() and words[j].lower().endswith(lexicon.adjective_endings or ("\0",)) \
            and words[j].lower() not in lexicon.determiners:
        j += 1
    return j < len(words) and words[j][:1].isupper()


def _conjunct_end(words: list[str], k: int, lexicon) -> int:
    """Index after the last word of the conjunct of the verb at ``k``: the clause ends at punctuation or a
    sentence end, the conjunct before a coordinator followed by a lower-case word that no determiner or
    adjective can be ("und zog sich zurück": another verb) or opening a main clause with its own subject
    (event_clauses.bare_opening)."""
    j = k + 1
    while j < len(words) and (words[j][:1].isalnum()) and words[j] != ".":
        if words[j] in lexicon.coordinators and words[j] != "," and (_verbal(words, j + 1, lexicon)
                                                                      or bare_opening(words, j, lexicon)):
            return j  # "und zog sich zurück", "und Davutoglu wies die Vorwürfe zurück"
        j += 1
    return j


def _verbal(words: list[str], j: int, lexicon) -> bool:
    """Word ``j`` is lower-case and opens no noun phrase (no determiner, possessive, preposition, nor an
    adjective before a noun: "und schwere Versäumnisse"): the coordinated part is a verb's conjunct."""
    if j >= len(words) or not words[j][:1].islower():
        return False
    lower = words[j].lower()
    adjective = lower.endswith(lexicon.adjective_endings or ("\0",)) and words[j + 1 : j + 2] != [] \
        and words[j + 1][:1].isupper()
    return not (adjective or lower in lexicon.determiners or lower in lexicon.possessives or lower in lexicon.prepositions)


def state_left(forces_only: bool, event: EventMention) -> bool:
    """A ``forces_only`` withdrawal with no target whose sources are all states: the place left."""
    return forces_only and not event.target and bool(event.source) and all(a.kind == "state" for a in event.source)


def civilian_withdrawal(event: EventMention) -> bool:
    """A RETREAT/withdraw with no political source: people or firms leaving, no forces withdrawing."""
    return event.type == "RETREAT" and event.mode == "withdraw" \
        and not any(a.sector in POLITICAL_SECTORS for a in event.source)
