"""Speech acts whose negation lies in their content clause.

Part of the ``events`` stage (see :mod:`chronik.stages.events`):

- "Assad habe in der Zukunft Syriens keinen Platz, bekräftigte Hollande", "Der Präsident habe keine
  Zukunft, sagte der Minister": a reported content clause that denies someone a place, a role or a
  future (a negation word right before a ``denial_nouns`` noun, at most one adjective between) is a
  REJECT of that someone by the speaker.  The negation belongs to the content; the speech act itself
  (a ``reporting_verbs`` verb in another clause) is asserted.

The denied one is the first actor of the content clause not governed by a preposition ("Für Russland
spiele das keine Rolle" denies nobody); the speaker is an actor of the reporting verb's clause.  Nothing
is coded when the sentence already has a speech act of its own, or when either side is missing or both
are the same actor.

- "Macron und Scholz haben sich dafür offen gezeigt, dass die Ukraine … angreift": a SUPPORT light
  construction announcing its content clause by a correlate ("dafür") backs that clause's subject.  The code knows no German words: cue lists come from ``events.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Actor, Article, EventMention, Mention, Sentence
from chronik.stages.event_dating import event_date
from chronik.stages.event_evidence import confidence, modality_of
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span

if TYPE_CHECKING:
    from chronik.stages.event_lexicon import EventLexicon, Trigger

#: Speech acts that already code the sentence's stance: no second one from the content.
_SPEECH = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"})
#: Kinds of mentions that can be denied a place or speak.
_ACTOR_KINDS = frozenset({"PER", "STATE", "DESC", "ORG", "GROUP"})


def denied_place(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention],
                 found: list[EventMention], lexicon: EventLexicon) -> list[EventMention]:
    """The REJECT of ``sentence`` (see the module docstring) as a list of at most one event.

    Requires the sentence's resolved ``mentions`` and ``found`` holding the events up to the sentence."""
    if any(e.sentence == sentence.index and e.type in _SPEECH for e in found):
        return []
    denial = _denial(words, lexicon)
    verb = next((k for k, w in enumerate(words) if w.lower() in lexicon.reporting_verbs), None)
    if denial is None or verb is None:
        return []
    content, speech = clause_span(words, denial, CLAUSE_BREAKS), clause_span(words, verb, CLAUSE_BREAKS)
    if content == speech:
        return []
    target = _first_free(article, sentence, words, mentions, content, lexicon)
    source = _first_free(article, sentence, words, mentions, speech, lexicon)
    if target is None or source is None or target.id == source.id:
        return []
    trigger = next(t for t in lexicon.verbs.values() if t.type == "REJECT")
    return [_speech_event(article, sentence, words, mentions, verb, lexicon, trigger, [source], [target])]


def _denial(words: list[str], lexicon: EventLexicon) -> int | None:
    """Index of a ``denial_nouns`` noun right after a negation word (one adjective may stand between:
    "keine politische Zukunft"), or None."""
    for k, word in enumerate(words):
        if word not in lexicon.denial_nouns:
            continue
        before = [w.lower() for w in words[max(0, k - 2) : k]]
        if before and (before[-1] in lexicon.negation or (
                len(before) == 2 and before[0] in lexicon.negation and before[1].endswith(lexicon.adjective_endings))):
            return k
    return None


def _first_free(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention],
                span: tuple[int, int], lexicon: EventLexicon) -> Actor | None:
    """The actor of the first resolved mention inside word ``span`` (unresolved ones are passed over) not
    governed by a preposition (a determiner or adjective may stand between), or None when it is so governed."""
    for mention in sorted(mentions, key=lambda m: m.start):
        k = _word_index(sentence, mention.start)
        if k is None or not span[0] <= k < span[1] or mention.kind not in _ACTOR_KINDS \
                or (mention.actor_id or "") not in article.actors:
            continue
        j = k - 1
        while j >= span[0] and (words[j].lower() in lexicon.determiners or words[j].lower().endswith(lexicon.adjective_endings)
                                and not words[j][:1].isupper() and words[j].lower() not in lexicon.prepositions):
            j -= 1
        if j >= span[0] and words[j].lower() in lexicon.prepositions:
            return None
        return article.actors[mention.actor_id]
    return None


def _speech_event(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention], k: int,
                  lexicon: EventLexicon, trigger: Trigger, source: list[Actor], target: list[Actor]) -> EventMention:
    """The ``trigger``'s event from ``source`` to ``target`` at the verb ``k``, dated and scored as a verb's
    event (a frame of word ``k`` with ``trigger``)."""
    from chronik.stages.event_frame import Frame  # the frame module imports the stage's other rules

    frame = Frame(article, sentence, words, k, k + 1, "verb", trigger, mentions, lexicon, {})
    modality = _speech_modality(frame, words, lexicon)
    token = sentence.tokens[k]
    event = EventMention(type=trigger.type, sentence=sentence.index, start=sentence.start, end=sentence.end,
                         trigger=article.text[token.start : token.end], source=source, target=target,
                         date=event_date(frame, modality), modality=modality, context=list(trigger.context))
    event.confidence = confidence(frame, event)
    return event


def _speech_modality(frame, words: list[str], lexicon: EventLexicon) -> str:
    """The modality of the speech act at the frame's verb: a negation counts only inside the verb's own
    clause ("Putin sagte, Assad habe keinen Platz": the negation is the content's, the saying asserted)."""
    modality = modality_of(frame)
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    if modality == "negated" and not any(w.lower() in lexicon.negation for w in words[start:end]):
        return "asserted"
    return modality


def _word_index(sentence: Sentence, offset: int) -> int | None:
    """Index of the token of ``sentence`` that contains character ``offset``, or None."""
    return next((k for k, t in enumerate(sentence.tokens) if t.start <= offset < t.end), None)


def backed_clause(article: Article, sentence: Sentence, words: list[str], mentions: list[Mention],
                  found: list[EventMention], lexicon: EventLexicon) -> list[EventMention]:
    """"Macron und Scholz haben sich dafür offen gezeigt, dass die Ukraine … angreift": a SUPPORT light
    construction whose object is a content clause announced by a ``content_correlates`` word of its clause
    backs the content clause's subject (its first actor not governed by a preposition).  The sources are
    the resolved actors of the trigger's clause before it.  At most one event; none when the sentence
    already has a SUPPORT or either side is missing."""
    if any(e.sentence == sentence.index and e.type == "SUPPORT" for e in found):
        return []
    for k, word in enumerate(words):
        supports = [(verbs, t) for verbs, t in lexicon.light.get(word, ()) if t.type == "SUPPORT"]
        if not supports:
            continue
        start, end = clause_span(words, k, CLAUSE_BREAKS)
        light = [t for verbs, t in supports if any(w.lower() in verbs for w in words[start:end])]
        if not light or not any(w.lower() in lexicon.content_correlates for w in words[start:end]) \
                or end + 1 >= len(words) or words[end + 1].lower() not in lexicon.subordinators:
            continue
        target = _first_free(article, sentence, words, mentions, clause_span(words, end + 1, CLAUSE_BREAKS), lexicon)
        sources = [article.actors[m.actor_id] for m in sorted(mentions, key=lambda m: m.start)
                   if m.kind in _ACTOR_KINDS and (m.actor_id or "") in article.actors
                   and start <= (_word_index(sentence, m.start) or -1) < k]
        sources = [a for a in {a.id: a for a in sources}.values() if target is None or a.id != target.id]
        if target is None or not sources:
            return []
        return [_speech_event(article, sentence, words, mentions, k, lexicon, light[0], sources, [target])]
    return []
