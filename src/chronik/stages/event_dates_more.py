"""Dates that the sentence after a report gives to it.  Part of the ``events`` stage (called from
events.py after :func:`~chronik.stages.event_dating.redate_anaphoric`); the cue words come from
``events.yaml``.

News prose states an act first and tells when it was said in the next sentence:
"Das Verteidigungsministerium in Moskau wies die Vorwürfe zurück. Ministeriumssprecher Igor Konaschenkow
sagte am Donnerstag, …"; "Die syrische Armee hat die Rückeroberung Aleppos verkündet. Die Stadt sei
wieder unter Kontrolle der Regierung, erklärte die Armeeführung am Donnerstagabend."  The detailing
sentence is a report (a ``reporting_verbs`` word) of the same paragraph, no background (no
``background_tense`` word), whose reporting clause has a day of its own not after the publication.  Such
a day dates the acts of the sentence before that had only the publication date (or the day the report
narrates) when those acts are statements: a speech act type, or a sentence that reports (an act noun
under "verkündet").

An article whose year is unknown (no publication date) cannot place "am 8. Dezember" in the calendar, so
its acts stay undated; :func:`yearless_days` keeps such a day of the trigger's own clause on the event as
its partial date ("XXXX-12-08"), which only the merge uses (chronik.merge).

A campaign that the text says began at a time before the report ("Die Regierungstruppen hatten im Dezember
eine Offensive auf Idlib begonnen", a ``begin_verbs`` word in the trigger's clause) went on from then up to
the report as far as the text says: :func:`begun_until_publication` lets its date reach the publication
day, so that the merge joins it to reports of the campaign in between ("Derzeit fliegen russische und
syrische Kampfflugzeuge Angriffe auf die Provinz Idlib").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import PUBLICATION_EVIDENCE, DateClaim, Precision
from chronik.stages.event_dating import _anchored, _calendar_value, usable_times
from chronik.stages.event_enumeration import list_clause_span
from chronik.stages.event_slots import SPEECH_ACTS, word_at

if TYPE_CHECKING:
    from chronik.model import Article, EventMention, Sentence
    from chronik.stages.event_lexicon import EventLexicon

#: Acts that are statements: the day they were said is the day they happened.
_NARRATED = "(the day the report narrates)"
_YEARLESS_DAY = re.compile(r"^XXXX-\d{2}-\d{2}$")


def redate_by_detail(article: Article, lexicon: EventLexicon, found: list[EventMention]) -> None:
    """Give the statements of a sentence that have only the publication date (or the narrated day) the
    day of the reporting clause of the next sentence of the same paragraph (see the module docstring).
    Requires ``found`` to be the article's events; changes their dates in place."""
    for sentence, following in zip(article.sentences, article.sentences[1:]):
        weak = [e for e in found if e.sentence == sentence.index and _weakly_dated(e)]
        if not weak or "\n\n" in article.text[sentence.end : following.start]:
            continue
        claim = _reported_day(article, following, lexicon)
        if claim is None:
            continue
        reports = _reports(article, sentence, lexicon)
        for event in weak:
            if event.type in SPEECH_ACTS or reports:
                event.date = replace(claim, confidence=min(claim.confidence, event.date.confidence))


def _weakly_dated(event: EventMention) -> bool:
    """The event is no plan and its date is the publication date or the day the report narrates."""
    date = event.date
    if date is None or event.modality == "future":
        return False
    return date.evidence == PUBLICATION_EVIDENCE or date.evidence.endswith(_NARRATED)


def _words(article: Article, sentence: Sentence) -> list[str]:
    return [article.text[t.start : t.end] for t in sentence.tokens]


def _reports(article: Article, sentence: Sentence, lexicon: EventLexicon) -> bool:
    """``sentence`` holds a ``reporting_verbs`` word ("hat … verkündet")."""
    return any(w.lower() in lexicon.reporting_verbs for w in _words(article, sentence))


def _reported_day(article: Article, sentence: Sentence, lexicon: EventLexicon) -> DateClaim | None:
    """The day of a usable time expression in the clause of a reporting verb of ``sentence`` ("sagte am
    Donnerstag, …"), when the sentence is no background and the day does not lie after the publication;
    else None."""
    words, published = _words(article, sentence), article.published
    lowered = [w.lower() for w in words]
    if published is None or any(w in lexicon.background_tense for w in lowered):
        return None
    offsets = [t.start for t in sentence.tokens]
    for k in (j for j, w in enumerate(lowered) if w in lexicon.reporting_verbs):
        start, end = list_clause_span(words, k)
        for timex, day in usable_times(article, sentence, words, lexicon):
            if not offsets[start] <= timex.start < (offsets[end] if end < len(offsets) else sentence.end):
                continue
            text = article.text[timex.start : timex.end]
            claim = DateClaim.from_value(_anchored(day, article), f"text: {text!r} (the report's next sentence)")
            if claim.precision == Precision.DAY and claim.end <= published.end:
                return claim
    return None


#: Acts that last as campaigns once begun (an offensive, a siege); a meeting or a demand that began is one act.
_CAMPAIGN_TYPES = frozenset({"ASSAULT", "COERCE"})
#: The longest span a date may have (the store bounds every event date by a year).
_LONGEST_SPAN = dt.timedelta(days=365)


def begun_until_publication(article: Article, lexicon: EventLexicon, found: list[EventMention]) -> None:
    """Let the date of each campaign act (``_CAMPAIGN_TYPES``) dated by a time expression before the
    publication, whose trigger's clause holds a ``begin_verbs`` word, end on the publication day (see the
    module docstring); not when the span would exceed ``_LONGEST_SPAN``.  Requires ``found`` to be the
    article's events; changes them in place; nothing when the article is undated."""
    if article.published is None:
        return
    until = article.published.start
    for event in found:
        date = event.date
        if event.type not in _CAMPAIGN_TYPES or date is None or date.evidence == PUBLICATION_EVIDENCE \
                or date.end >= until or until - date.start > _LONGEST_SPAN:
            continue
        sentence = article.sentences[event.sentence]
        words = _words(article, sentence)
        k = _trigger_word(words, event.trigger)
        if k is not None and any(w.lower() in lexicon.begin_verbs for w in words[slice(*list_clause_span(words, k))]):
            event.date = replace(date, end=until)


def _trigger_word(words: list[str], trigger: str) -> int | None:
    """Index of the first word of ``trigger`` (the trigger's text, first found in the sentence's words)."""
    head = trigger.split()[:1]
    return next((j for j, w in enumerate(words) if [w] == head), None)


def yearless_days(article: Article, lexicon: EventLexicon, found: list[EventMention]) -> None:
    """Give each undated event of an article without a publication date the year-less day ("XXXX-12-08")
    of the time expression of its trigger's own clause nearest the trigger, as its ``partial_date``
    ("…, nachdem Rebellen am 8. Dezember Damaskus eingenommen hatten"); a day introduced by a
    ``date_attribute_preps`` word ("die Anschläge vom 13. November") dates a noun, not the clause.
    Requires ``found`` to be the article's events; changes them in place; nothing when the article is dated."""
    if article.published is not None:
        return
    for event in found:
        if event.date is None and not event.reference:
            event.partial_date = _clause_day(article, article.sentences[event.sentence], event.trigger, lexicon)


def _clause_day(article: Article, sentence: Sentence, trigger: str, lexicon: EventLexicon) -> str | None:
    """The year-less day value of the time expression nearest the first word of ``trigger`` (the trigger's
    text, first found in the sentence) in that word's clause; None when the clause has none."""
    words = _words(article, sentence)
    k = _trigger_word(words, trigger)
    if k is None:
        return None
    start, end = list_clause_span(words, k)
    found = []
    for timex in article.timexes:
        value = _calendar_value(timex) if sentence.start <= timex.start < sentence.end else None
        j = word_at(sentence, timex.start) if value else -1
        if value and _YEARLESS_DAY.match(value) and start <= j < end \
                and not (j > 0 and words[j - 1].lower() in lexicon.date_attribute_preps):
            found.append((abs(j - k), value))
    return min(found)[1] if found else None
