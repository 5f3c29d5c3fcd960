"""Stage ``published``: the article's publication date from its strongest evidence.

Evidence, strongest first: metadata read at ingest (JSONL/CSV field, HTML
meta via htmldate, the `` date YYYY-MM`` header) — already in
``article.published`` — then a dateline under the title found by ``clean``
(``meta["dateline_date"]``), then a sign-off closing the text with its day
("… (APA, 18.3.2016)", ``closing_patterns`` of ``published.yaml``), then inference from the text
(:func:`chronik.stages.published_infer.infer_published`: explicit dates as
bounds by tense and "bis"/"seit", year-less dates placed by them).  When
the text does not allow a date it stays unknown, because a wrong confident
date is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re

from chronik.context import Context
from chronik.model import Article, DateClaim
from chronik.resources import LanguageData
from chronik.stages.published_infer import claim_from_tagged, infer_published
from chronik.stages.timex import timex

#: A dateline is printed by the outlet but read by our rules: slightly less sure than metadata.
DATELINE_CONFIDENCE = 0.95
#: A sign-off's day is the day of writing; an update may come later.
CLOSING_CONFIDENCE = 0.9
#: The characters at the end of the text a sign-off is looked for in.
_CLOSING_WINDOW = 80


def published(article: Article, ctx: Context) -> Article:
    """Requires ``clean`` to have run; when metadata gave no date, sets ``published``
    from the dateline, else from the text (None when the text does not allow one).

    Guarantees that an existing ``published`` (metadata) is never replaced and
    that a text inference has lower confidence than a dateline.  For a single
    text; the pipeline splits the work into :func:`published_from_metadata`
    and :func:`published_from_text` so that the text is tagged only once.
    """
    article = published_from_metadata(article, ctx)
    if article.published is None:
        article.published = infer_published(article, ctx)
    return article


def published_from_metadata(article: Article, ctx: Context) -> Article:
    """Requires ``clean``; sets ``published`` from the dateline, else from a closing sign-off
    (:func:`closing_date`), when metadata gave none."""
    iso = article.meta.get("dateline_date")
    if article.published is None and iso:
        article.published = DateClaim.from_value(iso, "dateline", DATELINE_CONFIDENCE)
    if article.published is None and (iso := closing_date(article.text, ctx.compiled(
            "closing_patterns", ctx.lang(article.lang), _closing_patterns))):
        article.published = DateClaim.from_value(iso, "closing", CLOSING_CONFIDENCE)
    return article


def closing_date(text: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """The ISO day of a sign-off ending ``text`` ("… (red, 21.6.2015)"), None without one or when it names
    no calendar day or one still to come (a typing error: "(APA, 30.9.3015)")."""
    tail = text.rstrip()[-_CLOSING_WINDOW:]
    for pattern in patterns:
        if (match := pattern.search(tail)) is not None:
            try:
                day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                return None
            return day.isoformat() if day <= dt.date.today() else None
    return None


def _closing_patterns(lang: LanguageData) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in lang.get("published", "closing_patterns"))


def published_from_text(article: Article, ctx: Context) -> Article:
    """Requires ``segment`` and ``timex``; an article still undated gets a date from its text.

    Its time expressions were tagged without an anchor, which is what the
    inference reads; when a date is found they are tagged again against it.
    """
    if article.published is not None or not article.timexes:
        return article
    claim = claim_from_tagged(article, ctx)
    if claim is not None:
        article.published = claim
        article = timex(article, ctx)
    return article
