"""Mediated agreements: an agreement whose only named actors are the states that brokered it.

Part of the ``events`` stage (see :mod:`chronik.stages.events`):

- "Die Waffenruhe war Ende Dezember von Russland und der Türkei vermittelt worden", "Die Feuerpause war
  durch Ägypten ausgehandelt worden": a passive ``mediated_participles`` word whose agents follow a
  ``mediator_preps`` word, with a ceasefire noun as its subject (other agreements, "das Getreideabkommen",
  need not be between the sides that fight), or a subject pronoun opening the sentence right after one
  that a ceasefire noun opens ("Die Waffenruhe gilt seit dem 30. Dezember. Sie war von Moskau und Ankara
  ausgehandelt worden").  Used as an adjective ("die
  von Russland vermittelte Waffenruhe hielt nicht") the participle describes, it reports no act.  The brokers are no party: as with "unter Vermittlung der UN" the agreement is
  between the sides of the conflict, here the sides the article names, the government (or its army)
  and the insurgents (or the opposition) of one state that is not a broker.  The event is an AGREE from
  the government to the insurgents, so that it merges with the other reports of the agreement; with no
  such pair in the article no event is coded;
- "Die Delegationen sprachen nicht direkt miteinander; die Vermittler pendelten zwischen ihnen": a plural
  ``collective_mediators`` noun beside a plural ``shuttle_verbs`` verb followed by a between-preposition
  reports mediated talks (CONSULT, third-party).  The mediators are the states the article last names
  together ("Russland, die Türkei und der Iran", "von Moskau und Ankara"); the sides are the actors
  after the preposition, or when it names fewer than two (a pronoun: "zwischen ihnen") the conflict
  sides the article names.  The sentence's words date nothing: the event is undated, and the merge
  joins it to the talks it reports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Actor, Article, EventMention, Mention, Sentence
from chronik.stages.event_dating import event_date
from chronik.stages.event_evidence import confidence, modality_of
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon

#: Confidence of shuttle talks: the mediators are found by reference, not named in the sentence.
_SHUTTLE_CONFIDENCE = 0.6
#: Sectors of the two sides of an internal conflict: the state's and the insurgents'.
_STATE_SIDE = ("GOV", "MIL")
_INSURGENT_SIDE = ("REB", "OPP")


def mediated_agreement(frame: Frame, event: EventMention | None) -> EventMention | None:
    """``event`` unchanged unless ``frame``'s trigger is a mediated participle (see the module docstring)
    that the other rules left without an event; then the AGREE between the conflict sides, or None.

    Requires the frame's mentions resolved; guarantees that the brokers are on neither side."""
    if event is not None or frame.words[frame.index].lower() not in frame.lexicon.mediated_participles:
        return event
    brokers = _brokers(frame)
    if not brokers or not _agreement_subject(frame):
        return None
    sides = conflict_sides(frame.article, {m.country for m in brokers})
    if sides is None:
        return None
    modality = modality_of(frame)
    token = frame.sentence.tokens[frame.index]
    agreed = EventMention(type="AGREE", sentence=frame.sentence.index, start=frame.sentence.start,
                          end=frame.sentence.end, trigger=frame.article.text[token.start : token.end],
                          source=[sides[0]], target=[sides[1]], date=event_date(frame, modality),
                          modality=modality, context=["diplomatic"])
    agreed.confidence = confidence(frame, agreed)
    return agreed


def _brokers(frame: Frame) -> list[Mention]:
    """The actor mentions of the participle's clause after a ``mediator_preps`` word that comes within
    two words before the participle or after it ("von Russland und der Türkei vermittelt"): those
    joined to the first by coordinators.  Empty when the clause names another actor (a subject)."""
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    actors = [m for m in frame.mentions if m.kind not in ("LOC", "PRON") and start <= frame.word_index(m.start) < end]
    preps = [k for k in range(start, end) if frame.words[k].lower() in frame.lexicon.mediator_preps]
    if not actors or not preps:
        return []
    first = frame.word_index(actors[0].start)
    if not any(k < first and all(_joining(frame, j) for j in range(k + 1, first)) for k in preps):
        return []
    return actors


def _joining(frame: Frame, k: int) -> bool:
    """Word ``k`` may stand between a preposition and its actor, or between two coordinated actors."""
    word = frame.words[k].lower()
    return word in frame.lexicon.determiners or word in frame.lexicon.coordinators or not frame.words[k][:1].isupper()


def _ceasefire_noun(frame: Frame, word: str) -> bool:
    """``word`` is a ceasefire noun (a trigger of mode ceasefire): always between the sides that fight."""
    trigger = frame.lexicon.nouns.get(word)
    return trigger is not None and trigger.mode == "ceasefire"


def _agreement_subject(frame: Frame) -> bool:
    """A ceasefire noun opens the participle's clause, determiners apart ("Die Waffenruhe
    war … vermittelt worden"), or a subject pronoun opens the sentence right after one that a ceasefire
    noun opens ("Die Waffenruhe gilt seit dem 30. Dezember. Sie war von Moskau und Ankara ausgehandelt
    worden"), and no noun follows the participle (it is no adjective: "die von Moskau vermittelte
    Waffenruhe")."""
    start, _ = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    opening = _opening(frame, frame.words[start : frame.index])
    if start == 0 and opening and opening[0].lower() in frame.lexicon.subject_pronouns:
        opening = _opening(frame, _previous_words(frame))
    after = frame.words[frame.index + 1 : frame.index + 2]
    return any(_ceasefire_noun(frame, w) for w in opening) and not any(w[:1].isupper() for w in after)


def _opening(frame: Frame, words: list[str]) -> list[str]:
    """The first word of ``words`` that is no determiner, as a list of at most one word."""
    return [w for w in words if w.lower() not in frame.lexicon.determiners][:1]


def _previous_words(frame: Frame) -> list[str]:
    """The words of the sentence before the frame's (empty for the first sentence)."""
    index = frame.sentence.index - 1
    sentence = next((s for s in frame.article.sentences if s.index == index), None)
    text = frame.article.text
    return [text[t.start : t.end] for t in sentence.tokens] if sentence is not None else []


def conflict_sides(article: Article, brokers: set[str | None]) -> tuple[Actor, Actor] | None:
    """The first state of the article (in the order of its mentions) that is no broker's and that the
    article names with both a state side (GOV, MIL) and an insurgent side (REB, OPP): its two sides as
    actors (the article's own where known), the state side first.  None when there is no such state."""
    firsts: dict[tuple[str, bool], Mention] = {}
    for mention in sorted(article.mentions, key=lambda m: m.start):
        if mention.kind in ("LOC", "PRON") or mention.country in brokers or mention.country is None:
            continue
        if mention.sector in _STATE_SIDE + _INSURGENT_SIDE:
            firsts.setdefault((mention.country, mention.sector in _STATE_SIDE), mention)
            pair = firsts.get((mention.country, True)), firsts.get((mention.country, False))
            if all(pair):
                return _side_actor(article, pair[0]), _side_actor(article, pair[1])
    return None


def _side_actor(article: Article, mention: Mention) -> Actor:
    """The actor of ``mention`` as a side: the article's own, but a person stands for his country's group
    of his sector (a delegation's head for the government, "Baschar al-Dschaafari" for SYR GOV)."""
    known = article.actors.get(mention.actor_id or "")
    return known if known is not None and known.kind != "person" else Actor.group(mention.country, mention.sector)


def shuttle_talks(article: Article, sentence: Sentence, words: list[str], found: list[EventMention],
                  lexicon: EventLexicon) -> list[EventMention]:
    """The mediated talks of ``sentence`` (see the module docstring), as a list of at most one event; empty
    when the sentence has no such words, already has a meeting, or its mediators or sides are not found.

    Requires ``found`` to hold the events of the sentences up to ``sentence`` and the mentions resolved."""
    k = next((i for i, w in enumerate(words) if w.lower() in lexicon.shuttle_verbs), None)
    if k is None or any(e.sentence == sentence.index and e.type == "CONSULT" for e in found):
        return []
    between = next((j for j in range(k + 1, min(k + 5, len(words))) if words[j].lower() in lexicon.between_preps), None)
    if between is None or not any(w in lexicon.collective_mediators for w in words[max(0, k - 3) : k + 4]):
        return []
    mediators = named_together(article, sentence.index)
    sides = _sides_after(article, sentence, between) or list(conflict_sides(article, {a.country for a in mediators}) or [])
    if not mediators or len(sides) < 2:
        return []
    token = sentence.tokens[k]
    return [EventMention(type="CONSULT", sentence=sentence.index, start=sentence.start, end=sentence.end,
                         trigger=article.text[token.start : token.end], mode="third-party", source=mediators,
                         target=sides, confidence=_SHUTTLE_CONFIDENCE, context=["diplomatic"])]


def _sides_after(article: Article, sentence: Sentence, between: int) -> list[Actor]:
    """The actors named after word ``between`` of ``sentence`` up to the end of its clause, when there are
    at least two ("pendelten zwischen Kairo und Gaza"); else empty."""
    start = sentence.tokens[between].end
    words = [article.text[t.start : t.end] for t in sentence.tokens]
    _, end_word = clause_span(words, between, CLAUSE_BREAKS)
    end = sentence.tokens[end_word - 1].end
    named = [article.actors[m.actor_id] for m in article.mentions if start <= m.start < end and m.kind not in ("LOC", "PRON")
             and m.actor_id in article.actors]
    return named if len(named) >= 2 else []


def named_together(article: Article, before: int) -> list[Actor]:
    """The states of the last coordinated list of two or more states ("Russland, die Türkei und der Iran",
    "von Moskau und Ankara") in the nearest sentence before sentence ``before`` that has one; empty when
    no sentence has one.  States are joined when only lower-case words and commas stand between them."""
    for index in range(before - 1, -1, -1):
        states = sorted((m for m in article.mentions if m.sentence == index and m.kind == "STATE"
                         and m.actor_id in article.actors), key=lambda m: m.start)
        run: list[Mention] = []
        last: list[Mention] = []
        for mention in states:
            if run and _joined(article.text[run[-1].end : mention.start]) and mention.actor_id not in {m.actor_id for m in run}:
                run.append(mention)
            else:
                run = [mention]
            last = list(run) if len(run) >= 2 else last
        if last:
            return [article.actors[m.actor_id] for m in last]
    return []


def _joined(between: str) -> bool:
    """The text between two coordinated names: commas and lower-case words only (", die", " und der")."""
    return all(part == "," or part[:1].islower() for part in between.replace(",", " , ").split())
