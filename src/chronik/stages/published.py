"""Stage ``published``: the article's publication date from its strongest evidence.

Evidence, strongest first: metadata read at ingest (JSONL/CSV field, HTML
meta via htmldate, the `` date YYYY-MM`` header) — already in
``article.published`` — then a dateline under the title found by ``clean``
(``meta["dateline_date"]``), then inference from the text
(:func:`chronik.stages.published_infer.infer_published`: explicit dates as
bounds by tense and "bis"/"seit", year-less dates placed by them).  When
the text does not allow a date it stays unknown, because a wrong confident
date is worse than none.
"""

from __future__ import annotations

from chronik.context import Context
from chronik.model import Article, DateClaim
from chronik.stages.published_infer import claim_from_tagged, infer_published
from chronik.stages.timex import timex

#: A dateline is printed by the outlet but read by our rules: slightly less sure than metadata.
DATELINE_CONFIDENCE = 0.95


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
    """Requires ``clean``; sets ``published`` from the dateline when metadata gave none."""
    iso = article.meta.get("dateline_date")
    if article.published is None and iso:
        article.published = DateClaim.from_value(iso, "dateline", DATELINE_CONFIDENCE)
    return article


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
