"""Threats and reciprocal acts: conditional punishments, "gegenseitig", "weder … noch".

Part of the ``events`` stage (see :mod:`chronik.stages.events` and :mod:`chronik.stages.event_frame`).
Requires a lexicon whose ``threat_cues`` come from ``events.yaml`` (see :func:`threat_cues`), the
``coordinators`` and ``paired_coordinators`` of the lexicon, and frames of one sentence.
Guarantees, with no German word in the code:

* :func:`conditional_threat`: a punishment (``PUNISHMENT_TYPES``) announced as the consequence of a
  condition ("Sollten die Separatisten weitere Gebiete erobern, werde dies zusätzliche Sanktionen für
  Russland nach sich ziehen, erklärte Kirby") is a THREATEN by its source, asserted (the threat was
  made), aimed at the punishment's target (the event stage gives no punishment without one).  The act of the
  condition clause itself is left to event_irrealis.py (hypothetical).  A sentence with a THREATEN verb
  of its own ("drohte mit Sanktionen, falls …") keeps that one: the punishment gives no event.  A
  THREATEN made hypothetical only by the condition ("droht mit Konsequenzen, falls …") is asserted.
* :func:`conditional_roles`: a threat or punishment verb after a preposed condition ("Sollte Russland …, droht die
  EU mit Sanktionen") takes its source from its own clause and, naming no target there, threatens the
  condition's subject.
* :func:`across_condition`: a noun trigger in the consequence clause does not qualify a verb trigger
  of the condition clause (it is not that verb's object).
* :func:`paired_sides`: actors of one source that act on one another, by a symmetric trigger ("Gespräche
  zwischen der Regierung und den Rebellen") or a reciprocal word ("machen sich gegenseitig
  verantwortlich", "beschuldigen einander"): the first is the source, the others the target.  A pair
  source ("beide Staatschefs", "die Militärs beider Länder": two slots at one word) of a symmetric trigger
  is both sides, whatever actor an earlier phrase governs ("Nach dem Treffen mit Putin sollen die
  Militärs beider Länder … koordinieren").
* :func:`coordinator_length`: "und", "sowohl … als auch" and "weder … noch" join actors alike;
  a paired coordinator written "X … Y" joins only after its opener X before the first conjunct.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import EventMention
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span, infinitive_clause

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon

#: Acts that, announced for a condition, threaten the one they would hit.
PUNISHMENT_TYPES = frozenset({"SANCTION", "ASSAULT", "COERCE"})
#: Modalities of a punishment that is announced, not reported as done.
_ANNOUNCED = frozenset({"future", "hypothetical"})
_KEYS = ("threat_conditions", "reciprocal_words")
#: How far before the first conjunct the opener of a paired coordinator may stand ("weder die USA noch …").
_OPENER_REACH = 3


def threat_cues(data: dict) -> dict[str, frozenset[str]]:
    """The cue lists of this module from the ``events.yaml`` data, lower-cased (missing keys: empty)."""
    return {key: frozenset(w.lower() for w in data.get(key) or []) for key in _KEYS}


def condition_clauses(words: list[str], lexicon: EventLexicon) -> list[tuple[int, int]]:
    """[start, end) of every clause opened by a condition word ("wenn", "falls", verb-first "sollten"),
    also after a coordinator ("und falls …"), with the zu-infinitives after it that complete its verb ("Wenn
    Russland versucht, die Ukraine anzugreifen, …": the attack is part of the condition)."""
    conditions = lexicon.threat_cues.get("threat_conditions", frozenset())
    spans = []
    for k, word in enumerate(words):
        if k and words[k - 1] not in CLAUSE_BREAKS:
            continue
        opener = words[k + 1] if word.lower() in lexicon.coordinators and k + 1 < len(words) else word
        if opener.lower() in conditions:
            start, end = clause_span(words, k, CLAUSE_BREAKS)
            while end + 1 < len(words) and words[end] == "," and infinitive_clause(
                    words, end + 1, (after := clause_span(words, end + 1, CLAUSE_BREAKS)[1]), lexicon):
                end = after
            spans.append((start, end))
    return spans


def _inside(spans: list[tuple[int, int]], k: int) -> bool:
    return any(start <= k < end for start, end in spans)


def across_condition(words: list[str], verb: int, noun: int, lexicon: EventLexicon) -> bool:
    """One of the two triggers stands in a condition clause and the other outside it ("Sollten sie
    weitere Gebiete erobern, werde dies Sanktionen nach sich ziehen": the sanctions are not conquered)."""
    spans = condition_clauses(words, lexicon)
    return bool(spans) and _inside(spans, verb) != _inside(spans, noun)


def conditional_threat(frame: Frame, event: EventMention | None,
                       build: Callable[[Frame], EventMention | None]) -> EventMention | None:
    """The event of ``frame`` read as a conditional threat where it is one (see the module docstring);
    any other event unchanged.  ``build`` (event_frame.build_event) codes a punishment noun with no agent
    of its own ("werde dies Sanktionen für Russland nach sich ziehen, erklärte Kirby") as the speaker's
    threat."""
    spans = condition_clauses(frame.words, frame.lexicon)
    if not spans or _inside(spans, frame.index) or frame.trigger.type not in PUNISHMENT_TYPES | {"THREATEN"}:
        return event
    if event is not None and event.type == "THREATEN":
        return replace(event, modality="asserted") if event.modality == "hypothetical" else event
    if any(kind == "THREATEN" for _, kind in frame.governors):
        return event  # "…, drohte Kirby": the threat verb codes the threat; the act stays what it is
    if event is None and frame.kind in ("noun", "light"):
        # the speaker threatens, the punished one is the noun's target: a speech act, read as symmetric
        # so that the target preposition's actor stays without an agent of the noun
        event = build(replace(frame, trigger=replace(frame.trigger, type="THREATEN", mode=None, symmetric=True)))
        return replace(event, modality="asserted") if event is not None and event.type == "THREATEN" else None
    if event is None or event.modality not in _ANNOUNCED:
        return event
    # a state threatens by its government, not by the forces that would strike ("werde Russland Schläge führen")
    speakers = [a.as_addressee() if a.kind == "state" else a for a in event.source]
    return replace(event, type="THREATEN", mode=None, modality="asserted", source=speakers)


def conditional_roles(frame: Frame, slots: list) -> tuple[list, list] | None:
    """Source and target mentions of a threat verb, or of a punishment (``PUNISHMENT_TYPES``, a threat by
    :func:`conditional_threat`: "Sollten die Terroristen wieder ihr Haupt erheben, werde Russland Schläge
    gegen sie führen"), after a preposed condition whose actors would otherwise
    take its roles ("Sollte Russland die Ukraine angreifen, droht die EU mit Sanktionen"): the first
    actor of the threat's own clause threatens, the condition's subject is threatened unless the clause
    names a target of its own.  None where the rule does not apply."""
    spans = condition_clauses(frame.words, frame.lexicon)
    if frame.trigger.type not in PUNISHMENT_TYPES | {"THREATEN"} or frame.kind == "noun" or not spans \
            or _inside(spans, frame.index):
        return None
    free = [s for s in slots if s.prep is None]
    if not free or not _inside(spans, free[0].index):
        return None  # the threat's own clause comes first: the usual rules read it
    main = [s for s in slots if not _inside(spans, s.index)]
    actors = [s for s in main if s.prep is None]
    if not actors:
        return None
    conditioned = [s for s in free if _inside(spans, s.index)][:1]
    targets = [s for s in main if s.prep in frame.trigger.target_preps] or actors[1:2] or conditioned
    return [actors[0].mention], [s.mention for s in targets]


def reciprocal(frame: Frame) -> bool:
    """A reciprocal word ("gegenseitig", "einander") stands in the clause of a verbal trigger (a noun
    there is the object: "unterstützen ihre Anträge gegenseitig" are no mutual requests)."""
    if frame.kind == "noun":
        return False
    words, cues = frame.words, frame.lexicon.threat_cues.get("reciprocal_words", frozenset())
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    return any(w.lower() in cues for w in words[start:max(end, frame.end)])


def paired_sides(frame: Frame, sources: list, targets: list) -> tuple[list, list]:
    """Source and target slots when one source names both sides: a symmetric trigger whose target is
    among its sources, or a reciprocal act whatever the target found (see the module docstring)."""
    if len(sources) < 2:
        return sources, targets
    if reciprocal(frame) or (frame.trigger.symmetric and all(t in sources for t in targets)):
        return sources[:1], sources[1:]
    pair = len(sources) == 2 and sources[0].index == sources[1].index
    if pair and frame.trigger.symmetric and all(t.index < sources[0].index for t in targets):
        return sources[:1], sources[1:]  # the pair is both sides; earlier targets belong to another phrase
    return sources, targets


def coordinator_length(lexicon: EventLexicon, words: list[str], between: list[str], first: int) -> int:
    """Words of the coordinator opening ``between`` (the words after a conjunct, the first conjunct at
    word ``first``): 1 ("und", ","), the length of a paired coordinator's second part ("sowohl Valls
    als auch Cazeneuve", "weder Moskau noch Kiew"), 0 for none."""
    if between and between[0] in lexicon.coordinators:
        return 1
    lowered = [w.lower() for w in between]
    before = {w.lower() for w in words[max(0, first - _OPENER_REACH) : first]}
    for pair in lexicon.paired_coordinators:
        opener, _, closer = pair.rpartition("…")
        parts = closer.split()
        if parts and lowered[: len(parts)] == parts and (not opener.strip() or opener.strip() in before):
            return len(parts)
    return 0
