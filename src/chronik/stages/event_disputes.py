"""Standing quarrels and camps told as background, not as what was said that day: a present stance that the
other side's present counter-stance or claim answers ("Die Türkei wirft dem russischen Militär vor, ihren
Luftraum verletzt zu haben; Moskau bestreitet das", "Die Ukraine fordert von Russland bessere Bedingungen. Moskau
lehnt ab", "Russland gibt an, … Die USA halten Russland vor, …"), or one that sides of several countries hold
together ("Die USA und die syrische Opposition fordern Assads Rücktritt").

Part of the ``events`` stage (called by :func:`chronik.stages.event_build.frame_event`).  Requires a
:class:`~chronik.stages.event_frame.Frame` whose lexicon carries ``present_stances`` and ``counter_stances``
in :func:`~chronik.stages.event_patterns.pattern_cues`.  Guarantees, with no German word in the code:

* :func:`standing_stance`: the frame's trigger is a bare present stance (:func:`_bare_present_stance`) and one of
  the three below holds.
* :func:`answered_quarrel`: such a bare present stance is answered (:func:`answered_stance`): the quarrel is told
  as background, at no time the text places (the codebook's "at a time we can place"), so the event builder
  makes it a reference, which founds no event.
* :func:`answered_stance`: the frame's trigger is a ``present_stances`` verb after the lead, with no time
  expression, perfect or background word of its clause and no ``occasion_nouns`` word ("in einer gemeinsamen
  Erklärung"), quote mark, first-person word nor reporting verb in its sentence, and a later clause of its sentence or a clause of the sentence before or after holds
  every word of a ``counter_stances`` phrase and names a target of the stance (its actor or its country):
  "Russland gibt an, Stellungen von Terroristen zu bombardieren. Die USA halten Russland vor, moderate Kräfte
  ins Visier zu nehmen".
* :func:`characterising_stance`: such a bare present stance whose zu-infinitive content closes with a
  ``copulas`` word ("Erdogan wirft der HDP vor, der verlängerte Arm der PKK zu sein"): a standing charge.
* :func:`camp_stance`: such a bare present stance held by sides of several countries together ("Die USA und
  die syrische Opposition fordern Assads Rücktritt"): how a camp stands, not a statement of that day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_evidence import LEAD_SENTENCES
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span

if TYPE_CHECKING:
    from chronik.model import Actor, EventMention, Sentence
    from chronik.stages.event_frame import Frame

#: Marks that close a content clause; brackets only set off an insertion within it.
_CONTENT_BREAKS = CLAUSE_BREAKS - {"(", ")"}


def standing_stance(frame: Frame, event: EventMention) -> bool:
    """The event's bare present stance (:func:`_bare_present_stance`, checked once for the three) is a standing
    quarrel, a camp's position or a standing charge (module docstring)."""
    return _bare_present_stance(frame) and (answered_stance(frame, event.target) or answering_stance(frame, event.target)
                                            or camp_stance(frame, event.source) or characterising_stance(frame))


def answered_quarrel(frame: Frame, event: EventMention) -> bool:
    """The event's bare present stance is answered by its target's present counter-stance (:func:`answered_stance`),
    or is such a counter-stance answering its target's present stance (:func:`answering_stance`): a quarrel told as
    background, which names stances taken before, at no time the text places."""
    return _bare_present_stance(frame) and (answered_stance(frame, event.target)
                                            or answering_stance(frame, event.target))


def answering_stance(frame: Frame, targets: list[Actor]) -> bool:
    """The frame's trigger opens a ``counter_stances`` phrase ("Moskau bestreitet das") and an earlier clause of its
    sentence or the sentence before holds a ``present_stances`` word and names one of ``targets``: "Die Türkei wirft
    dem russischen Militär vor, …; Moskau bestreitet das".  Requires a bare present stance (:func:`answered_quarrel`
    checks it)."""
    cues = frame.lexicon.pattern_cues
    if not targets or frame.words[frame.index].lower() not in {p[0] for p in cues.get("counter_stances", ())}:
        return False
    stances = [(w,) for w in cues.get("present_stances", ())]
    start = clause_span(frame.words, frame.index, CLAUSE_BREAKS)[0]
    answered = [(frame.sentence, 0, start)]
    if (before := _sentence_at(frame, frame.sentence.index - 1)) is not None:
        answered.append((before, 0, len(before.tokens)))
    return any(_counter(frame, sentence, first, last, targets, stances) for sentence, first, last in answered)


def answered_stance(frame: Frame, targets: list[Actor]) -> bool:
    """The frame's present stance towards ``targets`` is answered by their present counter-stance (module
    docstring).  Requires a bare present stance (:func:`standing_stance` checks it)."""
    if not targets:
        return False
    words = [w.lower() for w in frame.words]
    end = clause_span(words, frame.index, CLAUSE_BREAKS)[1]
    answers = [(frame.sentence, end, len(words))]
    for neighbour in (_sentence_at(frame, frame.sentence.index - 1), _sentence_at(frame, frame.sentence.index + 1)):
        if neighbour is not None:
            answers.append((neighbour, 0, len(neighbour.tokens)))
    return any(_counter(frame, sentence, first, last, targets) for sentence, first, last in answers)


def camp_stance(frame: Frame, sources: list[Actor]) -> bool:
    """The frame's bare present stance (:func:`_bare_present_stance`, which :func:`standing_stance` checks) is
    held by sides of several countries together ("Die USA und die syrische Opposition fordern Assads Rücktritt"):
    a camp's standing position."""
    return len({a.country for a in sources if a is not None and a.country}) > 1


def characterising_stance(frame: Frame) -> bool:
    """The frame's bare present stance (:func:`_bare_present_stance`, which :func:`standing_stance` checks)
    charges its target with being something:
    its zu-infinitive content closes with a ``copulas`` word ("Erdogan wirft der HDP vor, der verlängerte Arm
    der PKK zu sein"), a standing charge, not one about an act ("…, Flüchtlinge durchzuwinken")."""
    words = [w.lower() for w in frame.words]
    end = clause_span(words, frame.index, CLAUSE_BREAKS)[1]
    if end + 1 >= len(words) or words[end] != ",":
        return False
    content = _outside_brackets(words[end + 1 : clause_span(words, end + 1, _CONTENT_BREAKS)[1]])
    last = [w for w in content if w.isalpha()][-2:]
    lex = frame.lexicon
    return len(last) == 2 and last[0] in lex.infinitive_markers and last[1] in lex.pattern_cues["copulas"]


def _outside_brackets(words: list[str]) -> list[str]:
    """``words`` without those a pair of brackets encloses ("der Arbeiterpartei Kurdistans (PKK) zu sein")."""
    kept, depth = [], 0
    for w in words:
        depth += (w == "(") - (w == ")")
        if depth == 0 and w != ")":
            kept.append(w)
    return kept


def _bare_present_stance(frame: Frame) -> bool:
    """A ``present_stances`` verb trigger after the lead, with no time expression, perfect or background word of
    its clause, no ``occasion_nouns`` word of its sentence that names the occasion of the stance ("fordern in
    einer gemeinsamen Erklärung", "nach ihrem Treffen") and no quote mark, first-person word nor reporting verb
    in its sentence."""
    lex, words = frame.lexicon, [w.lower() for w in frame.words]
    cues = lex.pattern_cues
    if frame.kind == "noun" or frame.sentence.index <= LEAD_SENTENCES \
            or words[frame.index] not in cues.get("present_stances", ()):
        return False
    if any(w in lex.reporting_verbs or w in lex.quote_closers or w in lex.quote_pronouns for w in words):
        return False  # "„Wir fordern …“, sagte Kerry": said that day
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    if set(words) & cues["occasion_nouns"]:
        return False
    if any(w in lex.news_of_the_day or w in lex.background_tense for w in words[start:end]):
        return False
    tokens = frame.sentence.tokens
    low, high = tokens[start].start, tokens[min(end, len(tokens)) - 1].end
    return not any(low <= t.start < high for t in frame.article.timexes)


def _sentence_at(frame: Frame, index: int) -> Sentence | None:
    """The article's sentence of ``index``, if any (not the frame's lead: a headline answers nothing)."""
    sentences = frame.article.sentences
    return sentences[index] if 0 < index < len(sentences) and sentences[index].index == index else None


def _counter(frame: Frame, sentence: Sentence, first: int, last: int, targets: list[Actor],
             phrases: tuple | list | None = None) -> bool:
    """A clause among words [first, last) of ``sentence`` holds every word of one of ``phrases`` (default: the
    ``counter_stances``) and a mention of one of ``targets`` (its actor, or an actor of its country: "Moskau" answers
    for "das russische Militär")."""
    text = frame.article.text
    words = [text[t.start : t.end].lower() for t in sentence.tokens]
    phrases = frame.lexicon.pattern_cues.get("counter_stances", ()) if phrases is None else phrases
    ids = {a.id for a in targets if a is not None}
    countries = {a.country for a in targets if a is not None and a.country}
    k = first
    while k < last:
        start, end = clause_span(words, k, CLAUSE_BREAKS)
        start, end = max(start, first), min(end, last)
        clause = set(words[start:end])
        if end > start and any(set(phrase) <= clause for phrase in phrases):
            low, high = sentence.tokens[start].start, sentence.tokens[end - 1].end
            if any(low <= m.start < high and (m.actor_id in ids or (m.country and m.country in countries))
                   for m in frame.article.mentions):
                return True
        k = end + 1
    return False
