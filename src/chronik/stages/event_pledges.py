"""Pledges to stop an attack: "Russische Kampfflugzeuge sollten keine Gruppen mehr angreifen", "werde die Rebellen
nicht mehr bombardieren".

Part of the ``events`` stage (called by :func:`chronik.stages.events.events` for every trigger hit, and by
:func:`chronik.stages.event_irrealis.irrealis_modality`).  Requires a lexicon whose ``irrealis_cues`` carry the
lower-cased ``halt_words`` and ``halt_pledges`` of ``events.yaml``, and its ``negation`` words.  Guarantees, with no
German word in the code:

* :func:`halted_trigger`: for a verb hit of a :data:`HALTED_TYPES` trigger whose clause holds a negation followed,
  within :data:`_REACH` words, by a ``halt_words`` word ("nicht mehr", "keine Gruppen mehr") that no
  ``halt_comparisons`` word follows ("nicht mehr als 50 Ziele": a comparison), in a sentence with a
  ``halt_pledges`` word before the trigger's clause end (a future or modal auxiliary, a verb of announcing or
  promising), a CONCEDE trigger that ``halts`` the act: a pledge to stop attacking someone is de-escalation by the
  attacker's side towards the spared (the codebook's CONCEDE, "schonen (zusichern)"), not a negated attack.  Its
  roles are read like the attack's (the spared one is its object), and like "schonen" it needs the spared one
  named (``target_required``); other hits keep their trigger.
* :func:`conceding_sources`: a halting concession is a political act of a state: forces that pledge to stop
  ("Russische Kampfflugzeuge sollten keine Gruppen mehr angreifen") stand for their state's government.
* :func:`halt_modality`: the modality of a halting trigger's event: hypothetical in a conditional clause, else
  future (the sparing lies ahead; the negation is the halt, not a denial).
* :func:`stopped_at`: a verb trigger that is the zu-infinitive of a ``stop_verbs`` verb ("Russland hat aufgehört, die
  Opposition anzugreifen", "hörte auf zu schießen") names the act stopped, which is not done: :func:`halted_trigger`
  reads an attack so stopped as a ceasefire of the attacker (RETREAT/ceasefire, like "stellte die Angriffe ein"),
  and :func:`stop_modality` gives it the modality of the stopping verb's clause; a negated stop ("hörte nicht auf")
  stops nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import Actor
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span

if TYPE_CHECKING:
    from chronik.stages.event_hits import Hit
    from chronik.stages.event_lexicon import EventLexicon, Trigger

#: Types whose act a pledge may stop ("keine Rebellen mehr angreifen").
HALTED_TYPES = frozenset({"ASSAULT"})
#: The type of a pledge to stop such an act.
_HALT_TYPE = "CONCEDE"
#: The type of a demand: its verb in the sentence makes an obligation modal no pledge ("forderte, … solle").
_DEMAND_TYPE = "REQUEST"
#: The sector of the armed forces, and that of the government that concedes for them.
_FORCES, _GOVERNMENT = "MIL", "GOV"
#: How many words after its negation the halt word may stand ("keine gemäßigten Gruppen mehr").
_REACH = 4
#: The type and mode of an attack stopped: a ceasefire of the attacker ("hörte auf, … anzugreifen").
_STOP_TYPE, _STOP_MODE = "RETREAT", "ceasefire"


def halted_trigger(words: list[str], hit: Hit, lexicon: EventLexicon) -> Trigger:
    """``hit.trigger``, or a CONCEDE trigger that halts its act when the hit's clause pledges to stop it
    (module docstring)."""
    trigger, cues = hit.trigger, lexicon.irrealis_cues
    if trigger.type not in HALTED_TYPES or hit.kind == "noun":
        return trigger
    if stopped_at(words, hit.index, lexicon) is not None:
        return replace(trigger, type=_STOP_TYPE, mode=_STOP_MODE, sector_types={}, official_type=None, implied_agent=None)
    start = clause_span(words, hit.index, CLAUSE_BREAKS)[0]
    end = clause_span(words, max(hit.end - 1, hit.index), CLAUSE_BREAKS)[1]
    if not _halt_phrase([w.lower() for w in words[start:end]], lexicon):
        return trigger
    pledges = cues.get("halt_pledges", frozenset()) | cues.get("halt_obligations", frozenset())
    if not any(w.lower() in pledges for w in words[:end]):
        return trigger  # "griffen keine Stellungen mehr an": a report of what did not happen, no pledge
    return replace(trigger, type=_HALT_TYPE, mode=None, halts=True, target_required=True, sector_types={},
                   official_type=None, implied_agent=None)


def stopped_at(words: list[str], index: int, lexicon: EventLexicon) -> int | None:
    """Index of the ``stop_verbs`` verb whose zu-infinitive the verb at ``index`` is, in the same clause ("hörte auf zu
    schießen") or the one right before ("hat aufgehört, die Opposition anzugreifen"), when no negation stands in that
    verb's clause; a two-word entry ("hörte auf") needs its particle in the clause.  None otherwise."""
    lower = [w.lower() for w in words]
    if not _zu_infinitive(lower, index, lexicon):
        return None
    own = clause_span(words, index, CLAUSE_BREAKS)[0]
    start = clause_span(words, own - 2, CLAUSE_BREAKS)[0] if own > 1 else own
    for j in range(index - 1, start - 1, -1):
        for entry in lexicon.irrealis_cues.get("stop_verbs", frozenset()):
            verb, *particle = entry.split()
            span = range(*clause_span(words, j, CLAUSE_BREAKS))
            if lower[j] == verb and all(p in lower[span.start : span.stop] for p in particle):
                return None if any(lower[k] in lexicon.negation for k in span) else j
    return None


def stop_modality(words: list[str], at: int, lexicon: EventLexicon) -> str | None:
    """The modality of an act stopped by the verb at ``at`` (:func:`stopped_at`): None (no event) when that verb is a
    zu-infinitive itself ("forderte Russland auf, aufzuhören, …": the stop is demanded), "hypothetical" or "future"
    by the cues of its clause (a future, pledge or obligation modal: "werde aufhören", "müsse aufhören"), else
    "asserted"."""
    span = clause_span(words, at, CLAUSE_BREAKS)
    clause = [w.lower() for w in words[span[0] : span[1]]]
    if _zu_infinitive([w.lower() for w in words], at, lexicon):
        return None
    if any(w in lexicon.hypothetical for w in clause):
        return "hypothetical"
    if any(w in lexicon.future or w in lexicon.owed_modals for w in clause):
        return "future"
    return "asserted"


def _zu_infinitive(lower: list[str], k: int, lexicon: EventLexicon) -> bool:
    """The lower-cased word ``k`` is a zu-infinitive: a marker before it ("zu schießen") or inside it after at least
    two letters ("anzugreifen", "aufzuhören")."""
    return k > 0 and lower[k - 1] in lexicon.infinitive_markers \
        or any(lower[k].find(m, 2) > 0 for m in lexicon.infinitive_markers)


def demanded_halt(words: list[str], index: int, lexicon: EventLexicon) -> bool:
    """The halt at word ``index`` is demanded, not pledged: only a ``halt_obligations`` modal, no ``halt_pledges``
    word, stands before its clause's end, and the sentence has a speech or demand verb of its own ("Kerry sagte,
    Russland solle die Opposition nicht mehr angreifen", "Merkel forderte, die Türkei solle …").  Without such a
    verb the sentence goes on with an announcement before it ("Russische Kampfflugzeuge sollten zudem keine
    Gruppen mehr angreifen"), a pledge."""
    cues = lexicon.irrealis_cues
    end = clause_span(words, index, CLAUSE_BREAKS)[1]
    lowered = [w.lower() for w in words]
    if any(w in cues.get("halt_pledges", frozenset()) for w in lowered[:end]):
        return False
    return any(w in lexicon.reporting_verbs or _demand(lexicon, w) for w in lowered)


def _demand(lexicon: EventLexicon, word: str) -> bool:
    """``word`` is a verb form of a demand trigger ("forderte")."""
    trigger = lexicon.verbs.get(word)
    return trigger is not None and trigger.type == _DEMAND_TYPE


def _halt_phrase(clause: list[str], lexicon: EventLexicon) -> bool:
    """The lower-cased ``clause`` holds a negation and, at most :data:`_REACH` words after it, a ``halt_words`` word
    that no ``halt_comparisons`` word follows ("keine Gruppen mehr"; not "nicht mehr als 50 Ziele")."""
    cues = lexicon.irrealis_cues
    halts, comparisons = cues.get("halt_words", frozenset()), cues.get("halt_comparisons", frozenset())
    negations = [k for k, w in enumerate(clause) if w in lexicon.negation]
    for k, word in enumerate(clause):
        compared = k + 1 < len(clause) and clause[k + 1] in comparisons
        if word in halts and not compared and any(0 < k - n <= _REACH for n in negations):
            return True
    return False


def conditional_beside(words: list[str], index: int, openers: frozenset[str]) -> bool:
    """The clause right before or after the one of word ``index`` opens with a conditional word ("Die USA würden
    Assad nicht mehr angreifen, wenn er zurücktrete")."""
    start, end = clause_span(words, index, CLAUSE_BREAKS)
    after = end + 1 < len(words) and words[end + 1].lower() in openers
    before = start > 1 and words[clause_span(words, start - 2, CLAUSE_BREAKS)[0]].lower() in openers
    return after or before


def halt_modality(conditional: bool) -> str:
    """The modality of a halting trigger's event (module docstring); ``conditional``: its clause is one."""
    return "hypothetical" if conditional else "future"


def conceding_sources(sources: list[Actor]) -> list[Actor]:
    """``sources`` of a halting concession with every state's forces replaced by its government (once each):
    "RUS MIL" becomes "RUS GOV"; other actors are kept."""
    conceding: list[Actor] = []
    for actor in sources:
        if actor is not None and actor.sector == _FORCES and actor.country:
            actor = Actor.group(actor.country, _GOVERNMENT)
        if actor not in conceding:
            conceding.append(actor)
    return conceding
