"""A political visit told with "sein" and a place.

Part of the ``events`` stage (see :mod:`chronik.stages.events`): "Erst vor wenigen Tagen war Indiens
Regierungschef Narendra Modi überraschend beim Erzfeind Pakistan, um neue Friedensgespräche
einzuleiten", "Am Montag war Außenminister Steinmeier in Moskau": a form of "sein" (``presence_visits``
``verbs`` in ``events.yaml``) as the main verb of a clause that ends with a ``preps`` word ("in", "bei")
and a foreign state or its capital is a visit (CONSULT/visit, the cue's ``trigger``) of the government
person of the clause to that state's government.  The place must close the clause, so "war in Syrien
aktiv", "ist in Syrien militärisch präsent" and an auxiliary ("war … nach Moskau gereist") are no
visit; between the verb and the preposition stand only the visitor (titles before a name too), time
phrases and lower-case adverbs ("überraschend"), so "war Botschafter in Moskau" is none either.  A
visitor's own country ("Putin war in Moskau") is no visit.  At most one event per sentence; none when
the sentence already has a consultation.  A sentence with no such visit may tell a meeting by a promise
made in person (:mod:`chronik.stages.event_in_person`).  The code knows no German words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import UNKNOWN_PERSON_PREFIX, Actor, Article, EventMention, Mention, Sentence
from chronik.stages.event_in_person import in_person_meetings
from chronik.stages.event_place import host_state
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span, placed_mentions, word_at

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon

_KEYS = ("verbs", "preps", "remote")
#: The sector of a visitor: a person of a government.
_VISITOR_SECTOR = "GOV"
#: Words between a preposition and the visited place ("beim Erzfeind Pakistan", "in der Hauptstadt Kabul").
_PLACE_REACH = 3


def presence_cues(data: dict) -> dict:
    """The ``presence_visits`` cues of the ``events.yaml`` data: verb and preposition forms lower-cased,
    the trigger id as given (missing keys: empty)."""
    cues = data.get("presence_visits") or {}
    return {key: frozenset(w.lower() for w in cues.get(key) or []) for key in _KEYS} \
        | {"trigger": cues.get("trigger"), "in_person": frozenset(cues.get("in_person") or [])}


def presence_visits(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention],
                    found: list[EventMention], lexicon: EventLexicon,
                    build: Callable[[Frame], EventMention | None]) -> list[EventMention]:
    """The visit of ``sentence`` told with "sein" (module docstring), as a list of at most one event, built
    by ``build`` (event_frame.build_event: date, modality, place) with the visitor as source and the
    visited state's government as target.  Requires the sentence's resolved ``mentions`` and ``found``
    holding the events up to the sentence."""
    from chronik.stages.event_frame import Frame  # the frame module imports the stage's other rules

    cues = lexicon.presence_cues
    trigger = lexicon.triggers.get(cues.get("trigger"))
    if trigger is None or any(e.sentence == sentence.index and e.type == trigger.type for e in found):
        return []
    for k, word in enumerate(words):
        visit = _visit_at(article, sentence, words, mentions, k, lexicon) if word.lower() in cues["verbs"] else None
        if visit is None:
            continue
        visitor, country = visit
        frame = Frame(article, sentence, words, k, k + 1, "verb", trigger, mentions, lexicon, {})
        event = build(frame)
        source = [a for a in event.source if a.id == visitor.actor_id] if event is not None else []
        if source:
            host = [a for a in event.target if a.country == country][:1] or [host_state(frame, country)]
            return [replace(event, source=source, target=host)]
    return in_person_meetings(article, sentence, words, mentions, found, lexicon)  # "hatte Hollande in Paris zugesagt"


def _visit_at(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention], k: int,
              lexicon: EventLexicon) -> tuple[Mention, str] | None:
    """(visitor mention, visited country) when the "sein" form at word ``k`` tells a visit, else None."""
    start, end = clause_span(words, k, CLAUSE_BREAKS | {"."})
    placed = [(i, m) for i, m in placed_mentions(sentence, mentions) if m.actor_id in article.actors
              and article.actors[m.actor_id].kind == "state" and k < i and word_at(sentence, m.end - 1) == end - 1]
    if not placed:
        return None
    i, place = placed[-1]
    prep = next((j for j in range(i - 1, max(k, i - 1 - _PLACE_REACH), -1)
                 if words[j].lower() in lexicon.prepositions), None)
    if prep is None or words[prep].lower() not in lexicon.presence_cues["preps"]:
        return None
    visitors = [m for j, m in placed_mentions(sentence, mentions) if start <= j < prep and m.kind == "PER"
                and _government_person(article, m)]
    country = article.actors[place.actor_id].country
    if not visitors or not country or article.actors[visitors[0].actor_id].country in (None, country):
        return None
    return (visitors[0], country) if _only_subject(article, sentence, words, k, prep, visitors[0]) else None


def _government_person(article: Article, mention: Mention) -> bool:
    """The mention names a knowledge-base person of a government."""
    actor: Actor | None = article.actors.get(mention.actor_id or "")
    return actor is not None and actor.kind == "person" and actor.sector == _VISITOR_SECTOR \
        and not actor.id.startswith(UNKNOWN_PERSON_PREFIX)


def _only_subject(article: Article, sentence: Sentence, words: list[str], k: int, prep: int, visitor: Mention) -> bool:
    """Between the verb ``k`` and the preposition ``prep`` stand only the visitor with the capitalised words
    right before it (its title: "Indiens Regierungschef Narendra Modi"), time expressions and lower-case
    words: no predicate noun ("war früher Botschafter in Moskau")."""
    tokens = sentence.tokens
    first = word_at(sentence, visitor.start)
    titled = first
    while titled > k + 1 and words[titled - 1][:1].isupper():
        titled -= 1
    covered = [(tokens[titled].start, visitor.end)] + [(t.start, t.end) for t in article.timexes]
    return all(not words[j][:1].isupper() or any(s <= tokens[j].start < e for s, e in covered)
               for j in range(k + 1, prep))
