"""Dates of events that depend on the words around a time expression, not on its calendar value alone.
Part of the ``events`` stage (called from event_dating.py); the cue words come from ``events.yaml``.

"in der Nacht zum Donnerstag": the time tagger resolves the night to the evening before (the
Wednesday, as TIMEX3 annotation does), but an act of that night ("Russland hat in der Nacht zum
Donnerstag einen Angriff … begonnen") is coded on the day named: the act goes on into that day and
the reports date it so.  A ``night_links`` word inside a night time expression moves its day on by one.

A report published the morning after narrates the day before ("Putin traf am Montag Assad … In Kairo
verhandelte Putin mit al-Sisi", published Tuesday): a sentence of the day without a time of its own
takes that narrated day rather than the publication day (:func:`narrated_day`).

"Einen Tag nach der Ankündigung … hat Russland mit dem Teilabzug … begonnen": a sentence that places
its act an interval after another one tells that its day is not the day of that act, so its
publication day is no report of the day before (:func:`after_interval`).

"Lawrow sagte eine für Mittwoch geplante Reise in die Türkei ab": a time inside the attribute of a noun
(a determiner and a preposition before it, an attributive participle after it) dates that noun, the trip,
not the clause's act, the cancellation (:func:`noun_attribute_time`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import DateClaim, Precision
from chronik.stages.event_causes import cause_event
from chronik.stages.event_force import interval_start

if TYPE_CHECKING:
    from chronik.model import Article, EventMention, TimeEx
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon

_NIGHT = "NI"
_DAYS_OR_WEEKS = re.compile(r"^P\d+[DW]$")
#: How many days before the publication a report of the day may narrate (published the next morning).
_NARRATED_REACH = 1
_WORD = re.compile(r"\w+")


def event_day(article: Article, timex: TimeEx, day: str, lexicon: EventLexicon) -> str:
    """The calendar value ``day`` of ``timex`` as the date of an act: the day after for a night named
    by the day it leads to ("Nacht zum Donnerstag" → Thursday); else ``day`` unchanged.  Requires ``day``
    to be the calendar value of ``timex`` ("YYYY-MM-DD" for a day); guarantees a value of the same shape."""
    if not _night_to(article, timex, lexicon):
        return day
    try:
        named = dt.date.fromisoformat(day) + dt.timedelta(days=1)
    except ValueError:
        return day
    return named.isoformat()


def _night_to(article: Article, timex: TimeEx, lexicon: EventLexicon) -> bool:
    """``timex`` is a night ("…TNI") whose words hold a ``night_links`` word ("Nacht zum/auf …")."""
    if timex.type != "TIME" or not timex.value.endswith("T" + _NIGHT):
        return False
    words = _WORD.findall(article.text[timex.start : timex.end].lower())
    return any(w in lexicon.night_links for w in words)


def after_interval(frame: Frame) -> str | None:
    """The words of an interval of days or weeks right before an ``elapsed_preps`` word in the frame's
    sentence ("Einen Tag nach", "Zwei Wochen nach"), or None; None too when the trigger is the noun the
    interval counts from ("Einen Tag nach der Einigung von Minsk": event_force.py dates it).  Requires the article's time expressions."""
    sentence, text = frame.sentence, frame.article.text
    starts = {tok.start: k for k, tok in enumerate(sentence.tokens)}
    ends = {tok.end: k for k, tok in enumerate(sentence.tokens)}
    for timex in frame.article.timexes:
        if timex.type != "DURATION" or not _DAYS_OR_WEEKS.match(timex.value or "") \
                or not sentence.start <= timex.start < sentence.end or timex.start not in starts:
            continue
        k = ends.get(timex.end)
        if k is not None and k + 1 < len(frame.words) and frame.words[k + 1].lower() in frame.lexicon.elapsed_preps \
                and not (frame.kind == "noun" and interval_start(frame) == k + 1):  # the act counted from
            return f"{text[timex.start : timex.end]} {frame.words[k + 1]}"
    return None


def narrated_day(frame: Frame, published: DateClaim) -> DateClaim | None:
    """The day a report of the day narrates, for a sentence of it without a time of its own: "Putin …
    traf am Montag Assad … In Kairo verhandelte Putin mit al-Sisi" (published on Tuesday) is Monday's
    news.  The day of the last earlier event of the article dated by a day of the text, when that day
    lies within ``_NARRATED_REACH`` days before the publication day and its sentence is no background
    ("Bereits am Donnerstag hatten russische Einheiten … eingenommen" narrates no day of the report) and
    it is no cause noun ("Einen Tag nach dem Anschlag haben sich … verständigt");
    None otherwise (then the publication date holds).  Requires ``frame.earlier`` in article order."""
    if published.precision != Precision.DAY:
        return None
    last = next((e.date for e in reversed(frame.earlier) if e.date is not None and e.date.evidence.startswith("text")
                 and e.date.precision == Precision.DAY and e.modality != "future" and not _background(frame, e)
                 and not cause_event(frame.article, frame.lexicon, e)), None)  # cause_event: event_causes.py
    if last is None:
        return None
    if not dt.timedelta(0) < published.start - last.start <= dt.timedelta(days=_NARRATED_REACH):
        return None
    return replace(last, evidence=f"{last.evidence} (the day the report narrates)",
                   confidence=published.confidence * 0.8)


def _background(frame: Frame, event: EventMention) -> bool:
    """The sentence of ``event`` holds a ``background_tense`` word ("hatten", "damals")."""
    sentence = frame.article.sentences[event.sentence]
    text = frame.article.text
    return any(text[t.start : t.end].lower() in frame.lexicon.background_tense for t in sentence.tokens)


def noun_attribute_time(words: list[str], first: int, last: int, lexicon: EventLexicon) -> int | None:
    """Index of the noun whose attribute holds the time expression of words [first, last] ("eine für Mittwoch
    geplante Reise", "die am Montag begonnene Offensive"): a determiner and a preposition stand right before it,
    attributive words after it, then a capitalised noun; None when the time is no such attribute."""
    from chronik.stages.event_slots import attributive  # event_slots imports the frame's modules

    if first < 2 or words[first - 2].lower() not in lexicon.determiners or words[first - 1].lower() not in lexicon.prepositions:
        return None
    k = last + 1
    while k < len(words) and attributive(lexicon, words[k]):
        k += 1
    return k if last + 1 < k < len(words) and words[k][:1].isupper() else None
