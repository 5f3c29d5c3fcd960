"""The time an undated article speaks of, estimated from the office holders it names by title.

Part of the ``resolve`` stage (see :mod:`chronik.stages.resolve`).  A text without a publication date
(10kGNAD rows, plain-text files) still dates itself by the people it names in office: "US-Präsident Barack
Obama" holds that office from 2009 to 2017, "Außenminister John Kerry" from 2013 to 2017, so a text naming
both was written between 2013 and 2017, when the FARC were an armed guerrilla, not a party.  The roles the
knowledge base dates are then taken at :func:`reference_day`, the latest day of the span every such
office holder shares on which the most persons the article names still serve; it is used only where no publication date is known, never as a date of an event.

A holder named as former ("der frühere US-Präsident", "Ex-Kanzler", ``former_words`` in ``actors.yaml``)
says nothing of the time; nor does a title that fits none of the person's roles or fits them all alike
in a person of several offices.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from chronik.kb.entries import Entry, Role
from chronik.model import Article, Mention
from chronik.stages.mention_roles import described, titled_roles
from chronik.stages.reference_years import latest_most_serving, role_bounds

if TYPE_CHECKING:
    from chronik.stages.mentions import Resources

#: The words before a name that a title is searched in for a former-office word ("der frühere US-Präsident").
_FORMER_WINDOW = 3
#: The end of a role still held: a span only open-ended dates nothing (the latest roles are taken anyway).
_OPEN = dt.date.max
#: The longest span that dates a text: a party chair of fourteen years ("FPÖ-Chef Strache") says little.
_MAX_SPAN = dt.timedelta(days=5 * 366)


def reference_day(article: Article, res: Resources, brackets: re.Pattern[str]) -> dt.date | None:
    """The last day of the span in which every KB person the article names by a title of one of its roles
    held such a role (see the module docstring: news name office holders while they serve, and a report is
    closer to its latest holder's end than to the others' starts); None for a dated article, when nobody is so
    named, when the span is open (every such role still held) or longer than :data:`_MAX_SPAN`, or when the
    spans do not meet (a former holder named as if in office, or a wrong link)."""
    return day_in_span(article, res, reference_span(article, res, brackets))


def day_in_span(article: Article, res: Resources, span: tuple[dt.date, dt.date] | None) -> dt.date | None:
    """The reference day (:func:`reference_day`) within ``span``, the article's :func:`reference_span`; None without
    one or when it is longer than :data:`_MAX_SPAN`."""
    if span is None or span[1] - span[0] > _MAX_SPAN:
        return None
    return _most_serving_day(article, res, span)


def reference_span(article: Article, res: Resources, brackets: re.Pattern[str]) -> tuple[dt.date, dt.date] | None:
    """The span [start, end) in which every KB person the undated ``article`` names by a title of one of its roles
    held such a role, however long ("US-Präsident Barack Obama": 2009 to 2017); None for a dated article, when
    nobody is so named, when the span is open or when the spans do not meet."""
    if article.published is not None:
        return None
    span: tuple[dt.date, dt.date] | None = None
    for mention in article.mentions:
        spans = _office_spans(article, mention, res, brackets)
        if not spans:
            continue
        span = _within(span, spans)
        if span is None:
            return None
    return None if span is None or span[1] == _OPEN else span


def role_within(entry: Entry, span: tuple[dt.date, dt.date] | None) -> Role | None:
    """The role ``entry`` held within ``span`` (the latest, then the most senior): an undated article that names
    "US-Präsident Barack Obama" speaks of Donald Trump the candidate, not the president.  None without a span or
    such a role."""
    if span is None:
        return None
    held = tuple(r for r in entry.roles if (r.start or dt.date.min) < span[1] and span[0] < (r.end or _OPEN))
    return Entry(entry.id, entry.kind, entry.name, entry.names, held).role_at(None) if held else None


def _most_serving_day(article: Article, res: Resources, span: tuple[dt.date, dt.date]) -> dt.date:
    """The latest day of ``span`` [start, end) on which the most KB persons the article names (not as former
    holders) hold a role: "Außenminister Kurz traf Obama" is dated while both served (Obama left in January
    2017, Kurz in December 2017).  Tried days: the span's last day and the first and last days of those
    persons' roles within it."""
    people = named_people(article, res)
    days = [span[1] - dt.timedelta(days=1), *(d for d in role_bounds(people) if span[0] <= d < span[1])]
    return latest_most_serving(people, days)


def named_people(article: Article, res: Resources) -> list[Entry]:
    """The distinct KB persons ``article`` names by a mention of one candidate, not as former holders, in
    order of first mention."""
    found = {e.id: e for m in article.mentions if m.kind == "PER" and len(m.candidates) == 1
             and not named_as_former(article, m, res)
             and (e := res.kb.entries.get(m.candidates[0])) is not None and e.kind == "person"}
    return list(found.values())


def _office_spans(article: Article, mention: Mention, res: Resources,
                  brackets: re.Pattern[str]) -> list[tuple[dt.date, dt.date]]:
    """The spans [start, end) of the roles the title before ``mention`` names, for a person mention of one KB
    candidate not named as a former holder; [] otherwise."""
    if mention.kind != "PER" or len(mention.candidates) != 1 or named_as_former(article, mention, res):
        return []
    entry = res.kb.entries.get(mention.candidates[0])
    if entry is None or entry.kind != "person":
        return []
    roles = titled_roles(entry, described(article, mention, res, brackets), res)
    return [(r.start or dt.date.min, r.end or _OPEN) for r in roles]


def named_as_former(article: Article, mention: Mention, res: Resources) -> bool:
    """A ``former_words`` word (or prefix: "Ex-Präsident") stands among the few words before ``mention``."""
    former = res.cues.group_country.get("former_words", frozenset())
    before = article.text[max(0, mention.start - 60) : mention.start].split()[-_FORMER_WINDOW:]
    return any(w.lower() in former or any(w.startswith(p) for p in former if p.endswith("-")) for w in before)


def _within(span: tuple[dt.date, dt.date] | None, spans: list[tuple[dt.date, dt.date]]) -> tuple[dt.date, dt.date] | None:
    """The part of ``span`` (everything when None) that the latest of ``spans`` it meets covers; None when
    it meets none of them."""
    met = [(max(s, span[0]), min(e, span[1])) if span else (s, e) for s, e in spans]
    met = [(s, e) for s, e in met if s < e]
    return max(met, key=lambda p: p[1]) if met else None
