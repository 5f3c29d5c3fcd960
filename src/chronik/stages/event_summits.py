"""Briefing an organisation's summit: a meeting with the organisation.

Part of the ``events`` stage (see :mod:`chronik.stages.events`):

- "Merkel und Hollande flogen im Anschluss direkt zum EU-Gipfel nach Brüssel, um ihre Kollegen zu
  unterrichten": a ``briefing_verbs`` verb in a sentence that names an organisation's summit (a meeting
  noun compounded with the organisation, "EU-Gipfel", "Nato-Gipfel", after a preposition);
- "Die Staats- und Regierungschefs der EU hatten das Abkommen bei ihrem Gipfel in Brüssel begrüßt.
  Merkel und Hollande berichteten dort nach ihrer Ankunft aus Minsk über die Ergebnisse": a briefing verb
  with a ``back_references`` word ("dort") after a sentence that names a meeting noun after a preposition
  and an organisation: "dort" is that organisation's summit.

Those who brief (the government people and states of the sentence before the verb, none after a
preposition, joined to the first by coordinators) meet the organisation: a CONSULT, multilateral, from
them to the organisation.  Nothing is coded when the sentence already has a meeting, or when the
briefers, the summit or its organisation are not found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Actor, Article, DateClaim, EventMention, Mention, Sentence
from chronik.stages.event_dating import event_date
from chronik.stages.event_evidence import confidence, modality_of
from chronik.stages.sentence_days import sentence_dates

if TYPE_CHECKING:
    from chronik.stages.event_lexicon import EventLexicon

#: The sector of organisations whose summits are briefed.
_ORGANISATION = "IGO"
#: Sectors of those who brief: governments.
_BRIEFERS = frozenset({"GOV"})


def summit_briefing(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention],
                    found: list[EventMention], lexicon: EventLexicon) -> list[EventMention]:
    """The briefing of ``sentence`` (see the module docstring) as a list of at most one CONSULT event.

    Requires the sentence's resolved ``mentions`` and ``found`` holding the events up to the sentence."""
    k = next((i for i, w in enumerate(words) if w.lower() in lexicon.briefing_verbs), None)
    if k is None or any(e.sentence == sentence.index and e.type == "CONSULT" for e in found):
        return []
    org, before = _summit_here(article, sentence, words, mentions, lexicon), None
    if org is None and any(w.lower() in lexicon.back_references for w in words) and sentence.index > 0:
        before = article.sentences[sentence.index - 1]
        org = _summit_before(article, before, lexicon)
    briefers = _briefers(article, sentence, words, mentions, k, lexicon)
    if org is None or not briefers:
        return []
    event = _briefing(article, sentence, words, mentions, k, lexicon, briefers, org)
    if before is not None and not (event.date and event.date.evidence.startswith("text")):
        event.date = _day_of(article, before) or event.date  # "dort": the summit's day, named before
    return [event]


def _day_of(article: Article, sentence: Sentence) -> DateClaim | None:
    """The day (or month) of the first time expression of ``sentence``, or None."""
    day = sentence_dates(article).get(sentence.index)
    return DateClaim.from_value(day.isoformat(), f"summit of sentence {sentence.index}") if day else None


def _briefing(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention], k: int,
              lexicon: EventLexicon, briefers: list[Actor], org: Actor) -> EventMention:
    """The CONSULT of ``briefers`` with ``org`` at the briefing verb ``k``, dated and scored as a verb's
    event (a frame of the verb with the summit noun's trigger)."""
    from chronik.stages.event_frame import Frame  # the frame module imports the stage's other rules

    trigger = next(t for t in lexicon.nouns.values() if t.type == "CONSULT")
    frame = Frame(article, sentence, words, k, k + 1, "verb", trigger, mentions, lexicon, {})
    modality = modality_of(frame)
    token = sentence.tokens[k]
    event = EventMention(type="CONSULT", sentence=sentence.index, start=sentence.start, end=sentence.end,
                         trigger=article.text[token.start : token.end], mode="multilateral", source=briefers,
                         target=[org], date=event_date(frame, modality), modality=modality, context=["diplomatic"])
    event.confidence = confidence(frame, event)
    return event


def _summit_here(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention],
                 lexicon: EventLexicon) -> Actor | None:
    """The organisation compounded with a meeting noun after a preposition ("zum EU-Gipfel"), or None."""
    for mention in mentions:
        k = _word_index(sentence, mention.start)
        trigger = lexicon.nouns.get(words[k]) if k is not None else None
        if (trigger is not None and trigger.type == "CONSULT" and mention.sector == _ORGANISATION
                and words[k].startswith(mention.text + "-") and k > 0 and words[k - 1].lower() in lexicon.prepositions):
            return article.actors.get(mention.actor_id or "")
    return None


def _summit_before(article: Article, sentence: Sentence, lexicon: EventLexicon) -> Actor | None:
    """The organisation of the sentence before, when it names a meeting noun after a preposition (possessives
    and determiners apart: "bei ihrem Gipfel") and exactly one organisation; else None."""
    words = [article.text[t.start : t.end] for t in sentence.tokens]
    orgs = {m.actor_id for m in article.mentions if m.sentence == sentence.index and m.sector == _ORGANISATION
            and m.actor_id in article.actors}
    if len(orgs) != 1:
        return None
    for k, word in enumerate(words):
        trigger = lexicon.nouns.get(word)
        j = k - 1
        while j >= 0 and (words[j].lower() in lexicon.determiners or words[j].lower() in lexicon.possessives):
            j -= 1
        if trigger is not None and trigger.type == "CONSULT" and j >= 0 and words[j].lower() in lexicon.prepositions:
            return article.actors[orgs.pop()]
    return None


def _briefers(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention], k: int,
              lexicon: EventLexicon) -> list[Actor]:
    """The government actors before word ``k`` that open the sentence's subject: the first actor mention
    (not after a preposition) and those joined to it by coordinators; empty when it is no government's."""
    before = [m for m in sorted(mentions, key=lambda m: m.start) if m.kind in ("PER", "STATE", "DESC")
              and (i := _word_index(sentence, m.start)) is not None and i < k]
    chain: list[Mention] = []
    for mention in before:
        i = _word_index(sentence, mention.start)
        if chain:
            gap = words[_word_index(sentence, chain[-1].end - 1) + 1 : i]
            if not any(w.lower() in lexicon.coordinators for w in gap) or len(gap) > 4:
                break
        elif i > 0 and words[i - 1].lower() in lexicon.prepositions:
            return []
        chain.append(mention)
    actors = [article.actors[m.actor_id] for m in chain if m.actor_id in article.actors]
    return actors if actors and all(a.sector in _BRIEFERS for a in actors) else []


def _word_index(sentence: Sentence, offset: int) -> int | None:
    """Index of the token of ``sentence`` that contains character ``offset``, or None."""
    return next((k for k, t in enumerate(sentence.tokens) if t.start <= offset < t.end), None)
