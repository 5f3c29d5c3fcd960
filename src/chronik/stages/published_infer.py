"""Publication date inferred from the text alone (used by stage ``published``).

:func:`infer_published` runs its own light pass (``segment`` + ``timex``
on a copy without a publication date), then reads the dates the text gives
with their year and turns each into a bound on the publication day:

* a date in a past clause, or after a ``since`` word ("seit"), is a lower
  bound: the article was written on or after its first day;
* a date in a future clause, or after an ``until`` word in a clause that is
  not past ("bis zum 1. März 2025 amtiert"), is an upper bound: the article
  was written before it (before the day itself for a day, within the month
  or year for coarser dates).

Dates without a year ("am 8. Dezember") are placed only when the text gives
a year elsewhere and exactly one year fits: a past date is looked for in
the latest explicit year and the one before, a future one in that year and
the one after, and the year must agree with the bounds and with a weekday
named with the date ("Donnerstag, 25. Februar").  Without any explicit
year there is no claim.

The claim needs a lower and an upper bound, one of them a named day: one
side alone says nothing about how far the article lies from it, and a
bare year's clause tense is unreliable.  It is the smallest calendar unit
(day, week, month, year) that holds the bounded interval; when none holds
it (it spans a new year) and the bounds are at most a season apart, the
unit holding the named lower day and the ``RECENCY_DAYS`` after it (news
report events soon after they happen).  ``start``/``end`` are the unit cut
down to the bounds, so the interval never claims more than the evidence
allows.  Contradicting bounds give no claim: a wrong confident date is
worse than none.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from chronik.context import Context
from chronik.model import Article, DateClaim, TimeEx, date_interval
from chronik.resources import LanguageData
from chronik.stages.segment import segment
from chronik.stages.timex import Lexicon, build_lexicon, timex

#: Inferred from tense and signal words: well below a dateline's 0.95.
CONFIDENCE = 0.6
#: How soon after an event news report it (the recency assumption).
RECENCY_DAYS = 14
#: The widest interval (about a season) inside which the recency assumption may pick a unit.
MAX_RECENCY_SPAN_DAYS = 92

_ANCHORED = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_COARSE = re.compile(r"^(\d{4})-(?:SP|SU|FA|WI|H[12]|Q[1-4])$")  # seasons, halves, quarters: the year
_RANGE_START = re.compile(r"\d\.?\s*$")  # a number right before "bis": the end of a range
_YEARLESS = re.compile(r"^XXXX-(\d{2})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class Clue:
    """One date of the text as a bound: ``side`` -1 lower (article after), +1 upper."""

    first: dt.date
    last: dt.date
    side: int
    text: str


@dataclass(frozen=True, slots=True)
class _Words:
    """Compiled signal patterns of one language (text right before a date)."""

    until: re.Pattern[str]
    since: re.Pattern[str]
    weekday: re.Pattern[str]
    weekdays: dict[str, int]
    deictic: re.Pattern[str]  # "heute, " right before a date; group 1 is the word
    offsets: dict[str, int]


def _build_words(lang: LanguageData) -> _Words:
    """Patterns of the ``published.yaml`` signals and the calendar's weekdays."""
    def tail(words: list[str]) -> re.Pattern[str]:
        ordered = sorted(words, key=len, reverse=True)
        alts = "|".join(re.escape(w.lower()).replace(r"\ ", r"\s+") for w in ordered)
        return re.compile(rf"(?:^|\W)(?:{alts})\s*$", re.IGNORECASE) if alts else re.compile("(?!)")
    days = {str(k).lower(): int(v) for k, v in lang.get("calendar", "weekdays").items()}
    offsets = {str(k).lower(): int(v) for k, v in lang.get("published", "deictic_days").items()}
    joiners = "|".join(map(re.escape, lang.get("published", "deictic_joiners")))
    deictic = re.compile(rf"(?:^|\W)({'|'.join(map(re.escape, offsets))})\s*[,(]?\s*(?:(?:{joiners})\s+)?$",
                         re.IGNORECASE) if offsets else re.compile("(?!)")
    return _Words(tail(lang.get("published", "until_signals")), tail(lang.get("published", "since_signals")),
                  re.compile(r"\b(" + "|".join(map(re.escape, days)) + r")\b", re.IGNORECASE), days,
                  deictic, offsets)


def infer_published(article: Article, ctx: Context) -> DateClaim | None:
    """A publication date from ``article.text`` alone, or None when the text does not allow one.

    Requires ``article.text`` (the clean stage); leaves ``article`` unchanged.
    Guarantees a claim whose ``[start, end]`` lies inside the interval of its
    precision around ``value``, with ``evidence`` starting "text:".
    """
    if not article.text.strip():
        return None
    probe = replace(article, published=None, sentences=[], timexes=[], meta=dict(article.meta))
    return claim_from_tagged(timex(segment(probe, ctx), ctx), ctx)


def claim_from_tagged(article: Article, ctx: Context) -> DateClaim | None:
    """The claim from an article already segmented and tagged WITHOUT a publication anchor."""
    lang = ctx.lang(article.lang)
    lex = ctx.compiled("timex", lang, build_lexicon)
    words = ctx.compiled("published", lang, _build_words)
    return claim_from(collect_clues(article, lex, words))


def collect_clues(article: Article, lex: Lexicon, words: _Words) -> list[Clue]:
    """Bounds from the DATE expressions: those with a year first, then year-less ones placed by them.

    Requires ``article`` segmented and tagged (``sentences``, ``timexes``).
    """
    text = article.text
    starts = [s.start for s in article.sentences]
    dated: list[tuple[TimeEx, int]] = []
    for tx in article.timexes:
        if tx.type != "DATE" or not starts:
            continue
        sentence = article.sentences[max(bisect_right(starts, tx.start) - 1, 0)]
        dated.append((tx, _side(text, tx, (sentence.start, sentence.end), lex, words)))
    clues = [c for tx, side in dated
             if side and (c := _anchored(text, tx, side)) is not None and _weekday_agrees(c, words)]
    clues += [c for tx, _ in dated if (pair := _deictic(text, tx, words)) is not None for c in pair]
    years = [c.first.year for tx, _ in dated if (c := _anchored(text, tx, 0)) is not None]
    if not clues or not years:
        return clues
    for tx, side in dated:
        found = _yearless(text, tx, side, clues, (max(years), words)) if side else None
        if found is not None:
            clues.append(found)
    return clues


def _side(text: str, tx: TimeEx, span: tuple[int, int], lex: Lexicon, words: _Words) -> int:
    """-1 when ``tx`` bounds the article from below, +1 from above, 0 when it does not bound it.

    ``span`` is the sentence holding ``tx``.
    """
    before = text[max(0, tx.start - 25):tx.start]
    if words.since.search(before):
        return -1
    until = words.until.search(before)
    if until and not _RANGE_START.search(before[:until.start() + 1]):  # "von 2003 bis 2011" is a range
        # "bis zum 1. März amtiert": before it, unless its own clause is past
        return 0 if _tense(text, _clause(text, span, tx.start), tx.start, lex) < 0 else 1
    return _tense(text, span, tx.start, lex)


def _clause(text: str, span: tuple[int, int], position: int) -> tuple[int, int]:
    """The part of ``span`` between the commas around ``position``."""
    start = text.rfind(",", span[0], position)
    end = text.find(",", position, span[1])
    return (span[0] if start < 0 else start), (span[1] if end < 0 else end)


def _tense(text: str, span: tuple[int, int], position: int, lex: Lexicon) -> int:
    """The tense cue nearest ``position`` within ``span`` (its sentence): +1 future, -1 past, 0 none."""
    best, tense = None, 0
    for pattern, sign in ((lex.future, 1), (lex.past, -1)):
        for cue in pattern.finditer(text, *span):
            distance = abs(cue.start() - position)
            if best is None or distance < best:
                best, tense = distance, sign
    return tense


def _anchored(text: str, tx: TimeEx, side: int) -> Clue | None:
    """The clue of a date that names its year ("1. März 2025", "2011", "Frühjahr 2015")."""
    value = tx.value
    coarse = _COARSE.match(value)
    if coarse:
        value = coarse.group(1)
    if not _ANCHORED.match(value):
        return None
    extent = text[tx.start:tx.end]
    if value[:4] not in extent:  # resolved from an earlier mention ("einen Monat zuvor"), not stated
        return None
    try:
        first, last, _ = date_interval(value)
    except ValueError:
        return None
    return Clue(first, last, side, extent)


def _deictic(text: str, tx: TimeEx, words: _Words) -> tuple[Clue, Clue] | None:
    """"heute, 8. Dezember 2024": the publication day itself, as a lower and an upper clue."""
    said = words.deictic.search(text, max(0, tx.start - 30), tx.start)
    clue = _anchored(text, tx, -1)
    if said is None or clue is None or clue.first != clue.last or not _weekday_agrees(clue, words):
        return None
    day = clue.first - dt.timedelta(days=words.offsets[said.group(1).lower()])
    extent = f"{said.group(1)} {clue.text}"
    return Clue(day, day, -1, extent), Clue(day + dt.timedelta(days=1), day + dt.timedelta(days=1), 1, extent)


def _weekday_agrees(clue: Clue, words: _Words) -> bool:
    """False when the clue names a weekday that its day does not fall on (the text contradicts itself)."""
    named = words.weekday.search(clue.text)
    if named is None or clue.first != clue.last:
        return True
    return clue.first.isoweekday() == words.weekdays[named.group(1).lower()]


def _yearless(text: str, tx: TimeEx, side: int, clues: list[Clue], ref: tuple[int, _Words]) -> Clue | None:
    """The clue of "am 8. Dezember" when exactly one year near the latest explicit one fits.

    ``ref`` is (the latest explicit year, the signal words); returns None when no year fits.
    """
    match = _YEARLESS.match(tx.value)
    if match is None:
        return None
    ref_year, words = ref
    lower, upper = bounds(clues)
    named = words.weekday.search(text, tx.start, tx.end)
    options = []
    for year in (ref_year - 1, ref_year) if side < 0 else (ref_year, ref_year + 1):
        try:
            day = dt.date(year, int(match.group(1)), int(match.group(2)))
        except ValueError:
            continue
        if named and day.isoweekday() != words.weekdays[named.group(1).lower()]:
            continue
        too_late = side < 0 and upper is not None and day > upper
        if too_late or (side > 0 and lower is not None and day < lower):
            continue
        options.append(day)
    if len(options) != 1:  # no year fits, or two do: the text does not say which
        return None
    return Clue(options[0], options[0], side, text[tx.start:tx.end])


def bounds(clues: list[Clue]) -> tuple[dt.date | None, dt.date | None]:
    """(earliest possible, latest possible publication day) the clues allow; None where open."""
    lows = [c.first for c in clues if c.side < 0]
    highs = [_high(c) for c in clues if c.side > 0]
    return (max(lows) if lows else None), (min(highs) if highs else None)


def _high(clue: Clue) -> dt.date:
    """The latest publication day an upper-bound clue allows (the day before a named day)."""
    return clue.last - dt.timedelta(days=1) if clue.first == clue.last else clue.last


def claim_from(clues: list[Clue]) -> DateClaim | None:
    """The claim the clues support (see the module docstring), or None.

    Needs both bounds: "after 8 December 2024" alone says nothing about how
    long after (anniversaries, background), and events are announced months
    ahead.  One bound must be a day the text names: a bare year is often part
    of a noun phrase ("Bilanz 2013", "Maidan 2004") whose clause tense says
    nothing about it, while a full date almost always dates the clause's
    event.  The recency assumption only picks a unit inside bounds at most
    ``MAX_RECENCY_SPAN_DAYS`` apart whose lower bound is a day the text names.
    """
    lower, upper = bounds(clues)
    if lower is None or upper is None or lower > upper:
        return None
    day_named = any(c.side < 0 and c.first == c.last == lower for c in clues)
    if not day_named and not any(c.side > 0 and c.first == c.last and _high(c) == upper for c in clues):
        return None
    unit = _smallest_unit(lower, upper)
    if unit is None and day_named and (upper - lower).days <= MAX_RECENCY_SPAN_DAYS:
        unit = _smallest_unit(lower, min(upper, _recent(lower)))
    if unit is None:
        return None
    start, end, precision = date_interval(unit)
    start, end = max(start, lower), min(end, upper)
    return DateClaim(unit, start, end, precision, _explain(clues), CONFIDENCE)


def _recent(day: dt.date) -> dt.date:
    """The last day of the recency window after ``day``."""
    return day + dt.timedelta(days=RECENCY_DAYS)


def _smallest_unit(first: dt.date, last: dt.date) -> str | None:
    """The value of the smallest calendar unit holding [first, last], or None (it spans two years)."""
    if first == last:
        return first.isoformat()
    week = first.isocalendar()
    if week[:2] == last.isocalendar()[:2]:
        return f"{week[0]}-W{week[1]:02d}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year}-{first.month:02d}"
    if first.year == last.year:
        return str(first.year)
    return None


def _explain(clues: list[Clue]) -> str:
    """A short evidence string naming the binding lower and upper clue."""
    lower, upper = bounds(clues)
    parts = []
    if lower is not None and lower == upper:
        clue = next(c for c in clues if c.side < 0 and c.first == lower)
        return f"text: on {lower.isoformat()} ('{' '.join(clue.text.split())}')"
    if lower is not None:
        clue = next(c for c in clues if c.side < 0 and c.first == lower)
        parts.append(f"after {lower.isoformat()} ('{' '.join(clue.text.split())}')")
    if upper is not None:
        clue = next(c for c in clues if c.side > 0 and _high(c) == upper)
        parts.append(f"before {(upper + dt.timedelta(days=1)).isoformat()} ('{' '.join(clue.text.split())}')")
    return "text: " + ", ".join(parts)


def text_clues(article: Article, ctx: Context) -> list[Clue]:
    """The bounds (:func:`collect_clues`) of an article segmented and tagged without a publication anchor."""
    lang = ctx.lang(article.lang)
    return collect_clues(article, ctx.compiled("timex", lang, build_lexicon), ctx.compiled("published", lang, _build_words))
