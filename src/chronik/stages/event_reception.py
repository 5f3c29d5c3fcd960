"""How a proposal or an actor was received: "stößt bei X auf Kritik".

Part of the ``events`` stage (see :mod:`chronik.stages.events`): "Der Vorschlag von Finanzminister Schelling
stößt bei der SPÖ auf Kritik", "Die Forderung der CSU stieß bei der SPD auf Ablehnung", "Merkel stieß mit
ihrem Vorschlag bei Orbán auf Widerstand".  A form of the ``reception`` cue's ``verbs`` ("stoßen") with a
``nouns`` word after its ``at`` preposition ("auf Kritik") in its clause is the act of that noun's trigger
(ACCUSE for "Kritik", REJECT for "Ablehnung", SUPPORT for "Zustimmung"): its source is the actor after the
``by`` preposition ("bei der SPÖ"), its target the first other actor of the clause before the verb (the
subject, or the owner named in the subject's noun phrase).  At most one event per sentence; none when
either side is missing.  The code knows no German words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Actor, Article, EventMention, Mention, Sentence
from chronik.stages.event_build import frame_event
from chronik.stages.event_evidence import modality_of
from chronik.stages.event_irrealis import irrealis_modality
from chronik.stages.event_place import event_place
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span, placed_mentions

if TYPE_CHECKING:
    from chronik.stages.event_lexicon import EventLexicon

#: Words between a preposition and what it governs ("auf scharfe Kritik", "bei der Opposition").
_REACH = 3
#: A bracketed party after a name is an aside within the clause: "Die Forderung von Schelling (ÖVP) stößt bei …".
_BREAKS = (CLAUSE_BREAKS - {"(", ")"}) | {"."}


def reception_cues(data: dict) -> dict:
    """The ``reception`` cues of the ``events.yaml`` data: verb forms and prepositions lower-cased, nouns
    (as written) mapped to trigger ids; empty without the key."""
    cues = data.get("reception") or {}
    return {"verbs": frozenset(w.lower() for w in cues.get("verbs") or []), "at": (cues.get("at") or "").lower(),
            "by": (cues.get("by") or "").lower(), "nouns": dict(cues.get("nouns") or {})}


def received_acts(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention],
                  found: list[EventMention], lexicon: EventLexicon) -> list[EventMention]:
    """The reception act of ``sentence`` (module docstring), as a list of at most one event dated, placed and
    scored like a verb trigger of its type at the reception verb.  Requires the sentence's resolved
    ``mentions``; ``found`` holds the events up to the sentence (one of the same type there wins)."""
    from chronik.stages.event_frame import Frame  # the frame module imports the stage's other rules

    cues = lexicon.reception_cues
    for k, word in enumerate(words):
        if word.lower() not in cues.get("verbs", ()):
            continue
        start, end = clause_span(words, k, _BREAKS)
        trigger = _received_trigger(words, k, end, lexicon)
        if trigger is None or any(e.sentence == sentence.index and e.type == trigger.type for e in found):
            continue
        sides = _sides(article, sentence, words, mentions, (start, k, end), cues["by"])
        if sides is None:
            continue
        frame = Frame(article, sentence, words, k, k + 1, "verb", trigger, mentions, lexicon, {})
        modality = irrealis_modality(frame, modality_of(frame))
        if modality is not None:
            return [frame_event(frame, sides, event_place(frame), modality)]
    return []


def _received_trigger(words: list[str], k: int, end: int, lexicon: EventLexicon):
    """The trigger of the reception noun after the ``at`` preposition in the clause after word ``k``."""
    cues = lexicon.reception_cues
    for j in range(k + 1, end):
        if words[j].lower() != cues["at"]:
            continue
        noun = next((words[i] for i in range(j + 1, min(j + 1 + _REACH, end)) if words[i] in cues["nouns"]), None)
        if noun is not None:
            return lexicon.triggers.get(cues["nouns"][noun])
    return None


def _sides(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention],
           span: tuple[int, int, int], by: str) -> tuple[list[Actor], list[Actor]] | None:
    """([source], [target]): the actor after ``by`` in the clause after the verb, the first other actor of
    the clause before it; None when either is missing.  ``span`` is (clause start, verb, clause end)."""
    start, verb, end = span
    placed = [(i, m) for i, m in placed_mentions(sentence, mentions) if m.actor_id in article.actors and m.kind != "LOC"]
    bys = [j for j in range(verb + 1, end) if words[j].lower() == by]
    source = next((m for i, m in placed for j in bys if j < i <= j + _REACH), None)
    target = next((m for i, m in placed if start <= i < verb and m.actor_id != getattr(source, "actor_id", None)), None)
    if source is None or target is None:
        return None
    return [article.actors[source.actor_id]], [article.actors[target.actor_id]]
