"""The day each sentence of an article speaks of, for the roles the knowledge base dates (stage ``resolve``
and the summit rule of ``events``): a sentence's own date, else the publication day."""

from __future__ import annotations

import datetime as dt
import re

from chronik.model import Article

_DAY_OR_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2})(?:T.*)?)?$")  # "2015-09-30TEV": a part of that day


def sentence_dates(article: Article) -> dict[int, dt.date]:
    """Sentence index → the first day of its first DATE expression of day or month precision
    (or TIME on a known day: "am Mittwochabend")."""
    dates: dict[int, dt.date] = {}
    bounds = [(s.start, s.end, s.index) for s in article.sentences]
    for timex in article.timexes:
        match = _DAY_OR_MONTH.match(timex.value) if timex.type in ("DATE", "TIME") else None
        if not match:
            continue
        index = next((i for start, end, i in bounds if start <= timex.start < end), None)
        if index is not None and index not in dates:
            year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
            try:
                dates[index] = dt.date(year, month, day)
            except ValueError:
                continue
    return dates


def sentence_day(dates: dict[int, dt.date], published: dt.date | None, index: int) -> dt.date | None:
    """The day of sentence ``index``: its own date (:func:`sentence_dates`), else the publication day."""
    return dates.get(index) or published


def published_day(article: Article) -> dt.date | None:
    """The first day of the article's publication date; None when it has none."""
    return article.published.start if article.published else None
