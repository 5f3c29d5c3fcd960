"""The ordered per-article stages and the function that applies them.

A stage is a plain function ``(Article, Context) -> Article`` that documents
what it requires and what it sets.  Stages are pure with respect to the
corpus: they read only the article and the Context, so they can be mapped
over a process pool or a Dask cluster.  Corpus-level work (deduplication,
storing, merging) lives in :mod:`chronik.runner`.
"""

from __future__ import annotations

from collections.abc import Callable

from chronik.context import Context
from chronik.model import Article
from chronik.stages.clean import clean
from chronik.stages.events import events
from chronik.stages.mentions import mentions
from chronik.stages.published import published_from_metadata, published_from_text
from chronik.stages.resolve import resolve
from chronik.stages.segment import segment
from chronik.stages.timex import timex

Stage = Callable[[Article, Context], Article]

#: Stages that prepare the text and its date; the runner checks for near-duplicates after them.
CLEAN_STAGES: tuple[Stage, ...] = (clean, published_from_metadata)
#: Stages that analyse the clean text.
ANALYSIS_STAGES: tuple[Stage, ...] = (segment, timex, published_from_text, mentions, resolve, events)
#: Every per-article stage after ``ingest``, in order.
STAGES: tuple[Stage, ...] = CLEAN_STAGES + ANALYSIS_STAGES


def process_article(article: Article, ctx: Context, stages: tuple[Stage, ...] = STAGES) -> Article:
    """Run ``stages`` over one ingested article and return it.

    Requires an article from :func:`chronik.stages.ingest.make_article`.
    """
    for stage in stages:
        article = stage(article, ctx)
    return article
