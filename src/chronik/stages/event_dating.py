"""When an event happened: the date of one event frame, and the dates that later sentences give to
earlier events.  Part of the ``events`` stage; the cue words come from ``events.yaml``.

The date of a trigger comes, in this order, from
1. a concrete time expression of its own clause, else of a clause before it in the sentence (the
   matrix clause of "…, wo er … zusammentraf"); a later clause is the content of the act or a
   relative clause with a time of its own ("bot an, Putin … zu treffen, die am Montag beginnt"),
   and a time introduced by a ``date_attribute_preps`` word dates a noun ("nach den Anschlägen vom
   13. November"), not the clause;
2. the narrated time of the sentences before, when the sentence opens with a
   ``narrative_continuations`` word ("Danach ordnete er den Rückzug an" after "im Dezember 2017");
3. the publication date: for news of the day (no ``background_tense`` word; but the day before when
   the report narrates that day, event_dates_context.py), or, as the publication
   month, for a background sentence that says the act was recent (``recent_past``: "hatten … zuletzt
   verstärkt"; a span of days or weeks: "hatte in den vergangenen Wochen … verlegt").
Afterwards :func:`redate_anaphoric` lets a definite event noun with a date of its own ("Das Treffen
habe bereits am Dienstagabend stattgefunden") date the earlier event of its type that had only the
publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import PUBLICATION_EVIDENCE, Article, DateClaim, EventMention, Precision, Sentence, TimeEx
from chronik.stages.event_causes import cause_frame, cause_times, outside_causes, sequential
from chronik.stages.event_dates_context import after_interval, event_day, narrated_day, noun_attribute_time
from chronik.stages.event_dates_setting import meeting_setting_date
from chronik.stages.event_enumeration import enumeration_commas, list_clause_span, reporting_clause
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span, insertion_close, opens_subordinate, word_at
from chronik.stages.event_speech import REPORTING_TYPES

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon

_CONCRETE = re.compile(r"^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?|-W\d{2})?$")
#: A season, quarter or half of a year that lies within its year ("im Herbst 2015": 2015-FA); winter spans
#: two years and is left out.
_PART_OF_YEAR = re.compile(r"^(\d{4})-(?:SP|SU|FA|Q[1-4]|H[12])$")
_DAYS_OR_WEEKS = re.compile(r"^P(?:X|\d+)[DW]$")
_MONTHS_OR_YEARS = re.compile(r"^P(?:X|\d+)[MY]$")
#: How many sentences back a continuation word ("Danach …") looks for the narrated time.
_CONTINUATION_REACH = 2


def event_date(frame: Frame, modality: str) -> DateClaim | None:
    """The date of ``frame``'s event by the rules of the module docstring, or None.  A reported,
    non-future event does not end after its report's publication ("in dieser Woche" ends today)."""
    noun = frame.index if frame.kind == "noun" else None
    times = usable_times(frame.article, frame.sentence, frame.words, frame.lexicon, noun)
    cause = cause_frame(frame)  # "nach dem Einmarsch …": only a time of its own phrase (event_causes.py)
    own = cause_times(frame, times, _clause_times) if cause else _clause_times(frame, outside_causes(frame, times))
    if cause and not own and not sequential(frame):
        return None
    own = _not_since(frame, own) or _not_first_since(frame, own)  # "im März als erster US-Präsident seit 1928": March
    if own:
        anchor = frame.sentence.tokens[frame.index].start
        best, day = min(own, key=lambda pair: abs(pair[0].start - anchor))
        text = frame.article.text[best.start : best.end]
        claim = DateClaim.from_value(_anchored(day, frame.article), f"text: {text!r}")
        claim = _narrowed(claim, best.mod)
        return claim if modality == "future" else _until_published(frame.article, claim)
    if _standing(frame):
        return None  # "lehnte Ankara weiterhin ab": held since an earlier report, not dated by this one
    return _continued(frame) or meeting_setting_date(frame) or _published(frame) or _chronicled(frame)


def since_times(frame: Frame) -> list:
    """The time expressions of the frame's sentence when each follows a ``since_preps`` word ("seit April
    vergangenen Jahres", "seit 2015"): the sentence places its act only by when a state began.  [] when
    the sentence has none or one not so governed."""
    sentence, words = frame.sentence, frame.words
    times = [t for t in frame.article.timexes if sentence.start <= t.start < sentence.end]
    first = {tok.start: k for k, tok in enumerate(sentence.tokens)}
    governed = all(first.get(t.start, 0) > 0 and words[first[t.start] - 1].lower() in frame.lexicon.since_preps
                   for t in times)
    return times if governed else []


def _not_since(frame: Frame, times: list[tuple]) -> list[tuple]:
    """The (timex, day) pairs of ``times`` that do not follow a ``since_preps`` word: "seit 1928" says when
    a state began, not when the act happened.  May be empty."""
    since = frame.lexicon.since_preps
    return [pair for pair in times if not ((k := frame.word_index(pair[0].start)) > 0 and frame.words[k - 1].lower() in since)]


def _not_first_since(frame: Frame, times: list[tuple]) -> list[tuple]:
    """``times`` without those of a "seit" after a ``first_time`` word ("Erstmals seit 2011 trafen sich …"): the
    last such act, not this one.  May be empty."""
    first = frame.lexicon.pattern_cues.get("first_time", frozenset())
    starts = [(pair, frame.word_index(pair[0].start)) for pair in times]
    return [pair for pair, k in starts if not any(w.lower() in first for w in frame.words[max(0, k - 3) : max(0, k - 1)])]


def coarser_than_day(timex) -> bool:
    """A month, season or year ("seit April", "seit 2015"), not a day ("seit Dienstag", "seit gestern")."""
    return len(timex.value or "") < len("YYYY-MM-DD")


def _standing(frame: Frame) -> bool:
    """A ``standing_adverbs`` word in the trigger's clause ("Eine Entschuldigung lehnte Ankara aber
    weiterhin ab"): the act is a stance that holds on, first taken before this report."""
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    return any(w.lower() in frame.lexicon.standing_adverbs for w in frame.words[start:end])


def text_dated(frame: Frame, event: EventMention, own_clause: bool = False) -> bool:
    """The event's date comes from a time expression of the trigger's own clause, or (unless ``own_clause``) of
    the clause before a relative or subordinate clause that holds the trigger ("war am Dienstag in Damaskus, wo
    er … zusammentraf"): the strongest evidence of when it happened.  A time of an infinitive clause's
    matrix, of another sentence or of the publication may belong to another act.  In a text with no publication
    date, a year-less time of the clause ("am Montag") counts too: the text places the act as well as a dated one."""
    undated = event.date is None and frame.article.published is None
    if not undated and (event.date is None or not event.date.evidence.startswith("text")):
        return False
    words, lex = frame.words, frame.lexicon
    joined = enumeration_commas(frame.article, frame.sentence, words, lex)
    start, end = list_clause_span(words, frame.index, joined)
    if opens_subordinate(words, start, lex) and not own_clause:
        start = list_clause_span(words, start - 1, joined)[0]
    tokens = frame.sentence.tokens
    low, high = tokens[start].start, tokens[min(end, len(tokens)) - 1].end
    noun = frame.index if frame.kind == "noun" else None  # "Das für Montag angesetzte Treffen": its own time
    times = usable_times(frame.article, frame.sentence, words, lex, noun, unplaced=undated)
    return any(low <= t.start < high for t, _ in times)


def usable_times(article: Article, sentence: Sentence, words: list[str], lexicon: EventLexicon,
                 noun: int | None = None, unplaced: bool = False) -> list[tuple]:
    """(timex, calendar value) of the concrete dates of ``sentence`` that can be placed in the calendar
    (a year-less date needs the publication year; with ``unplaced`` it is kept with the value None) and that
    date a clause, not a noun ("nach den Anschlägen vom 13. November"), unless that noun is the event noun at
    index ``noun``."""
    found = []
    for timex in article.timexes:
        if not sentence.start <= timex.start < sentence.end:
            continue
        day = _calendar_value(timex, article.text[timex.start : timex.end])
        unplaceable = not article.published and timex.type in ("DATE", "TIME") \
            and (day or timex.value).startswith("XXXX")  # "am Montag" in an undated text
        if not (unplaced if unplaceable else day):
            continue
        k = word_at(sentence, timex.start)
        if k > 0 and words[k - 1].lower() in lexicon.date_attribute_preps and k - 2 != noun:
            continue
        if noun_attribute_time(words, k, word_at(sentence, timex.end - 1), lexicon) not in (None, noun):
            continue  # "sagte eine für Mittwoch geplante Reise ab": the trip's day, not the cancellation's
        found.append((timex, None if unplaceable else event_day(article, timex, day, lexicon)))
    return found


def _clause_times(frame: Frame, times: list[tuple]) -> list[tuple]:
    """The times of the trigger's clause, else those of the clauses before it."""
    joined = enumeration_commas(frame.article, frame.sentence, frame.words, frame.lexicon)
    start, end = list_clause_span(frame.words, frame.index, joined)
    own = _times_in(frame, times, start, end)
    if not own and (close := insertion_close(frame.words, end)) is not None:  # after the insertion, else in it
        own = (_times_in(frame, times, close + 1, list_clause_span(frame.words, close + 1, joined)[1])
               or _times_in(frame, times, end + 1, close))
    if not own and frame.kind == "noun":
        own = _relative_clause_times(frame, times, end, joined)
    if not own and frame.trigger.type in REPORTING_TYPES and (said := reporting_clause(frame.words, end, frame.lexicon)):
        own = _times_in(frame, times, *said)  # "Russland müsse …, sagte Kerry am Mittwoch": the statement's day
    low = frame.sentence.tokens[start].start
    return own or [pair for pair in times if pair[0].start < low]


def _times_in(frame: Frame, times: list[tuple], start: int, end: int) -> list[tuple]:
    """The (timex, claim) pairs of ``times`` that begin within the words [start, end) of the frame's sentence
    (the clause after a pair of dashes, too: "Das Treffen – das erste seit Monaten – fand am Freitag statt")."""
    tokens = frame.sentence.tokens
    if start >= min(end, len(tokens)):
        return []
    low, high = tokens[start].start, tokens[min(end, len(tokens)) - 1].end
    return [pair for pair in times if low <= pair[0].start < high]


def _relative_clause_times(frame: Frame, times: list[tuple], end: int, joined: frozenset[int]) -> list[tuple]:
    """The times of a relative clause right after the clause of a noun trigger ("das Bombenattentat auf
    eine Passagiermaschine, bei dem am 31. Oktober 224 Menschen ums Leben kamen"): it describes the
    noun's act."""
    words, lex = frame.words, frame.lexicon
    opener = [w.lower() for w in words[end + 1 : end + 3]]
    if end >= len(words) or words[end] != "," or not opener:
        return []
    pronoun = opener[1] if opener[0] in lex.prepositions and len(opener) > 1 else opener[0]  # "bei dem"
    if pronoun not in lex.relative_pronouns:
        return []
    return _times_in(frame, times, end + 1, list_clause_span(words, end + 1, joined)[1])


def _continued(frame: Frame) -> DateClaim | None:
    """"Danach ordnete er den Rückzug an": a sentence that opens with a continuation word happens at the
    narrated time of the sentences just before (:func:`_narrated_time`).  None when the sentence does not
    open so or nothing before narrates a time."""
    if not frame.words or frame.words[0].lower() not in frame.lexicon.narrative_continuations:
        return None
    article, index = frame.article, frame.sentence.index
    for back in range(index - 1, max(-1, index - 1 - _CONTINUATION_REACH), -1):
        claim = _narrated_time(frame, article.sentences[back])
        if claim is not None:
            return _continuation(claim, frame.words[0])
    return None


def _narrated_time(frame: Frame, sentence: Sentence) -> DateClaim | None:
    """The time ``sentence`` narrates: the date its last event took from the text, else its last usable
    time expression; None when it has neither (a publication date is no narrated time: "Damals …" after
    news of the day refers further back)."""
    dated = [e.date for e in frame.earlier if e.sentence == sentence.index and e.date is not None]
    from_text = [d for d in dated if d.evidence.startswith("text")]
    if from_text:
        return from_text[-1]
    article = frame.article
    words = [article.text[t.start : t.end] for t in sentence.tokens]
    times = usable_times(article, sentence, words, frame.lexicon)
    if times:
        timex, day = times[-1]
        text = article.text[timex.start : timex.end]
        return _narrowed(DateClaim.from_value(_anchored(day, article), f"text: {text!r}"), timex.mod)
    return None


def _chronicled(frame: Frame) -> DateClaim | None:
    """In an article without a publication date (a chronology, an archived text) a sentence with no time of
    its own goes on at the day the sentence right before narrates ("Am 8. Dezember nahmen sie Damaskus
    ein. Assad floh nach Moskau, wo ihm Asyl gewährt wurde.").  None when the article has a publication
    date, the sentence opens the text, or the sentence before narrates no day from its text."""
    if frame.article.published is not None or frame.sentence.index == 0:
        return None
    claim = _narrated_time(frame, frame.article.sentences[frame.sentence.index - 1])
    if claim is None or claim.precision != Precision.DAY:
        return None
    return replace(claim, evidence=f"{claim.evidence} (the day the text narrates)", confidence=claim.confidence * 0.7)


def _continuation(claim: DateClaim, word: str) -> DateClaim:
    evidence = f"{claim.evidence} (continued by {word!r})"
    return replace(claim, evidence=evidence, confidence=claim.confidence * 0.8)


def _published(frame: Frame) -> DateClaim | None:
    """The publication date for news of the day; its month for a background act said to be recent;
    else None."""
    published = frame.article.published
    if published is None:
        return None
    words = [w.lower() for w in frame.words]
    if _long_span(frame):
        return None  # "haben in den vergangenen Jahren … zurückerobert": no day of its own
    if not any(w in frame.lexicon.background_tense for w in words):
        interval = after_interval(frame)  # "Einen Tag nach …": not the day before the publication
        evidence = f"{PUBLICATION_EVIDENCE} (after {interval!r})" if interval else PUBLICATION_EVIDENCE
        return narrated_day(frame, published) or DateClaim(
            published.value, published.start, published.end, published.precision, evidence,
            published.confidence * 0.8)
    if _recent(frame, words) and published.precision in (Precision.DAY, Precision.MONTH):
        month = DateClaim.from_value(published.start.strftime("%Y-%m"), f"{PUBLICATION_EVIDENCE} (recent past)",
                                     published.confidence * 0.6)
        return replace(month, end=min(month.end, published.end))
    return None


def _recent(frame: Frame, words: list[str]) -> bool:
    """The sentence says its act is recent: a ``recent_past`` word ("zuletzt") or a span of days or weeks
    ("in den vergangenen Wochen", a DURATION timex "PXW")."""
    return any(w in frame.lexicon.recent_past for w in words) or bool(_spans(frame, _DAYS_OR_WEEKS))


def _spans(frame: Frame, unit: re.Pattern) -> list[TimeEx]:
    """The DURATION time expressions of the frame's sentence whose value matches ``unit``."""
    s = frame.sentence
    return [t for t in frame.article.timexes
            if s.start <= t.start < s.end and t.type == "DURATION" and unit.match(t.value)]


def _long_span(frame: Frame) -> bool:
    """A span of months or years after a ``span_preps`` word and a determiner says how long the act went on
    ("haben in den vergangenen Jahren … zurückerobert"); "nach vier Jahren Kämpfen" and "erstmals in drei
    Jahren" are not one."""
    words, lex = frame.words, frame.lexicon
    for timex in _spans(frame, _MONTHS_OR_YEARS):
        k = word_at(frame.sentence, timex.start)
        if k > 0 and words[k - 1].lower() in lex.span_preps and words[k].lower() in lex.determiners:
            return True
    return False


def redate_anaphoric(article: Article, lexicon: EventLexicon, found: list[EventMention]) -> None:
    """"Der syrische Präsident ist nach Moskau gereist … Das Treffen habe bereits am Dienstagabend
    stattgefunden": a definite (or possessive) event noun whose clause has a usable time expression,
    that time expression being nearer to it than to any other trigger of the sentence, dates the last
    earlier event of the noun's type in ``found`` that only had the publication date (or none).
    Requires ``found`` in article order; changes the dates of those events in place."""
    for sentence in article.sentences:
        words = [article.text[t.start : t.end] for t in sentence.tokens]
        for k, kind in _anaphoric_nouns(words, lexicon):
            claim = _own_time(article, sentence, words, lexicon, k)
            if claim is not None:
                _redate_last(found, sentence.index, kind, claim, article)


def _anaphoric_nouns(words: list[str], lexicon: EventLexicon) -> list[tuple[int, str]]:
    """(index, type) of the event nouns right after a definite determiner or a possessive that refer
    back: not followed by a genitive ("den Sturz des Regimes" introduces its act) and not in a clause that
    plans ("Der Rückzug solle am Dienstag beginnen")."""
    cues = lexicon.anaphoric_determiners | lexicon.possessives
    found = []
    for k, word in enumerate(words):
        if k == 0 or word not in lexicon.nouns or words[k - 1].lower() not in cues:
            continue
        start, end = list_clause_span(words, k)
        following = words[k + 1].lower() if k + 1 < len(words) else ""
        planned = any(w.lower() in lexicon.future for w in words[start:end])
        if following not in lexicon.determiners and not planned:
            found.append((k, lexicon.nouns[word].type))
    return found


def _own_time(article: Article, sentence: Sentence, words: list[str], lexicon: EventLexicon,
              k: int) -> DateClaim | None:
    """The day-precise date of a usable time expression in the clause of word ``k`` that lies nearer to
    ``k`` than to any other event trigger word of the sentence; None when there is none."""
    start, end = list_clause_span(words, k)
    triggers = [j for j, w in enumerate(words)
                if w in lexicon.nouns or w.lower() in lexicon.verbs or w.lower() in lexicon.particles]
    others = [j for j in triggers if j != k]
    for timex, day in usable_times(article, sentence, words, lexicon):
        t = word_at(sentence, timex.start)
        if start <= t < end and all(abs(t - k) < abs(t - j) for j in others):
            text = article.text[timex.start : timex.end]
            claim = DateClaim.from_value(_anchored(day, article), f"text: {text!r}")
            return claim if claim.precision == Precision.DAY else None
    return None


def _redate_last(found: list[EventMention], before: int, kind: str, claim: DateClaim,
                 article: Article) -> None:
    """Give ``claim`` to the last event of type ``kind`` before sentence ``before`` when that event had
    only the publication date or none, and ``claim`` does not lie after the publication."""
    earlier = [e for e in found if e.sentence < before and e.type == kind and e.modality != "future"]
    if not earlier:
        return
    last = earlier[-1]
    published = article.published
    weak = last.date is None or last.date.evidence == PUBLICATION_EVIDENCE
    if weak and (published is None or claim.end <= published.end):
        last.date = replace(claim, evidence=f"{claim.evidence} (a later mention of the same {kind.lower()})")


def _calendar_value(timex, written: str = "") -> str | None:
    """The concrete calendar value of a DATE, or the day of a TIME ("am Mittwochabend":
    "2015-09-30TEV" → "2015-09-30"), or the year of a season, quarter or half-year when the expression as
    ``written`` names it ("im Herbst 2015": "2015-FA" → "2015"; a bare "im Herbst" may be last year's);
    None for anything else."""
    if timex.type not in ("DATE", "TIME"):
        return None
    value = timex.value.split("T")[0] if timex.type == "TIME" else timex.value
    if part := _PART_OF_YEAR.match(value):
        return part.group(1) if any(c.isdigit() for c in written) else None
    return value if _CONCRETE.match(value) else None


def _narrowed(claim: DateClaim, mod: str | None) -> DateClaim:
    """"Anfang/Mitte/Ende September" → the first, middle or last third of the month (or year)."""
    thirds = {"START": 0, "MID": 1, "END": 2}
    if mod not in thirds or claim.precision not in (Precision.MONTH, Precision.YEAR):
        return claim
    third = ((claim.end - claim.start).days + 1) // 3
    start = claim.start + dt.timedelta(days=third * thirds[mod])
    end = claim.end if mod == "END" else start + dt.timedelta(days=third - 1)
    return replace(claim, start=start, end=end)


def _until_published(article: Article, claim: DateClaim) -> DateClaim:
    published = article.published
    if published is None or not claim.start <= published.end < claim.end:
        return claim
    return replace(claim, end=published.end)


def _anchored(value: str, article: Article) -> str:
    """"XXXX-12-08" (tagged before the publication date was known) takes the publication year."""
    published = article.published
    if not value.startswith("XXXX"):
        return value
    if published is None:
        raise ValueError(value)
    return str(published.start.year) + value[4:]
