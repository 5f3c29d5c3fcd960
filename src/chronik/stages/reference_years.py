"""The time an undated article speaks of, estimated from the years its text states.

Used by the ``mentions`` and ``resolve`` stages for texts without a publication date (10kGNAD rows, plain-text
files) when its office holders named by title date nothing (:mod:`chronik.stages.reference_time`).  The dates
with a stated year are read as bounds by their clause's tense (:func:`published_infer.collect_clues`): a past
act of 2016 ("2016 kamen 90.000 Flüchtlinge") was written about in 2016 or later, a coming one ("die Wahl im
November 2016") before it.  News report what is recent, so the period is the year of the latest lower bound
(cut short by an upper bound), else the year before the earliest upper bound; without either, the latest stated year.  A person's role is then the one
held longest within it ("Trump" in a text about 2016 is the candidate, in one about 2017 or 2018 the president;
Strache in one about 2017 the FPÖ chief, vice-chancellor only from 18 December); a person who
held no role then takes the latest one, as without any estimate ("Putin" in a text recalling 1945).  The period
never replaces a publication date and never dates an event.  Without stated years, :func:`co_serving_period`
dates the text by the persons it names who held roles together (docs/kb.md).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from chronik.context import Context
from chronik.kb.entries import Entry, Role
from chronik.model import Article, TimeEx
from chronik.resources import LanguageData
from chronik.stages.published_infer import Clue, bounds, text_clues

_DAY = dt.timedelta(days=1)
_YEAR = re.compile(r"^\d{4}(?:$|-)")
#: The period before an upper bound alone: the year before it.
_BEFORE = dt.timedelta(days=366)


def text_period(article: Article, ctx: Context) -> tuple[dt.date, dt.date] | None:
    """The span [start, end) the undated ``article`` speaks of by its stated years (see the module docstring).
    Requires ``segment`` and ``timex`` run without a publication anchor.  None for a dated article, a text
    stating no year in a clause of known tense, or bounds that contradict each other."""
    if article.published is not None or not article.timexes:
        return None
    article = replace(article, timexes=[tx for tx in article.timexes if not _count(article.text, tx, ctx.lang(article.lang))])
    clues = text_clues(article, ctx)
    return period_of(clues) if clues else _stated_year(article)


def _count(text: str, timex: TimeEx, lang: LanguageData) -> bool:
    """``timex`` is a bare four-digit number after a ``count_words`` word of ``published.yaml``: a count read as a
    year ("mehr als 2000 Flüchtlinge"), no year the text states."""
    if not re.fullmatch(r"\d{4}", text[timex.start : timex.end]):
        return False
    before = " ".join(text[max(0, timex.start - 30) : timex.start].lower().split())
    return any(before.endswith(" " + w) or before == w for w in lang.get("published", "count_words"))


def _stated_year(article: Article) -> tuple[dt.date, dt.date] | None:
    """The latest year a date of ``article`` states in a clause of no known tense ("Der Vorwahlkampf 2016 geht in
    die entscheidende Phase"), as a span; None when no date states its year."""
    years = [int(tx.value[:4]) for tx in article.timexes
             if tx.type == "DATE" and _YEAR.match(tx.value) and tx.value[:4] in article.text[tx.start : tx.end]]
    return (dt.date(max(years), 1, 1), dt.date(max(years) + 1, 1, 1)) if years else None


def period_of(clues: list[Clue]) -> tuple[dt.date, dt.date] | None:
    """The span [start, end) the ``clues`` point at: from the latest lower bound to the end of its year (or
    the upper bound), else the year before the earliest upper bound; None without clues or when they contradict."""
    lower, upper = bounds(clues)
    if lower is not None:
        last = dt.date(lower.year, 12, 31) if upper is None else min(upper, dt.date(lower.year, 12, 31))
        return (lower, last + _DAY) if lower <= last else None
    if upper is not None:
        return upper + _DAY - _BEFORE, upper + _DAY
    return None


def period_day(span: tuple[dt.date, dt.date] | None) -> dt.date | None:
    """The last day of ``span`` (None without one): the day a serving politician is looked for."""
    return span[1] - _DAY if span else None


def role_in_period(entry: Entry, span: tuple[dt.date, dt.date] | None) -> Role | None:
    """The role ``entry`` held longest within the period ``span`` [start, end) (of equals, the latest, then the
    most senior); None without a span or a role held within it."""
    if span is None:
        return None
    held = {r: _overlap(r, span) for r in entry.roles}
    longest = max(held.values(), default=0)
    ties = tuple(r for r, days in held.items() if days == longest > 0)
    return Entry(entry.id, entry.kind, entry.name, entry.names, ties).role_at(None) if ties else None


def _overlap(role: Role, span: tuple[dt.date, dt.date]) -> int:
    """Days of ``span`` [start, end) on which ``role`` is held (0 when none)."""
    return max(0, (min(role.end or dt.date.max, span[1]) - max(role.start or dt.date.min, span[0])).days)


def co_serving_period(people: list[Entry], today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The last day (as a one-day span) on which the most of ``people`` (the distinct KB persons an undated text
    names) held a role, when at least two did and fewer do on ``today``: "Trump" beside "Obama" speaks of
    the candidate of 2016, when both served; beside "Putin" alone it says nothing (both serve today).  None
    otherwise."""
    days = [d for d in role_bounds(people) if d <= today]
    day = latest_most_serving(people, days) if days else None
    if day is None or (most := serving(people, day)) < 2 or serving(people, today) >= most:
        return None
    return day, day + _DAY


def role_bounds(people: list[Entry]) -> list[dt.date]:
    """The first and the last day of every known role of ``people``."""
    return [d for e in people for r in e.roles for d in (r.start, r.end and r.end - _DAY) if d]


def serving(people: list[Entry], day: dt.date) -> int:
    """How many of ``people`` hold a role on ``day``."""
    return sum(any(r.covers(day) for r in e.roles) for e in people)


def latest_most_serving(people: list[Entry], days: list[dt.date]) -> dt.date:
    """The latest of ``days`` (not empty) on which the most of ``people`` hold a role."""
    return max(days, key=lambda d: (serving(people, d), d))
