"""The Python API for notebooks: process one text without a database."""

from __future__ import annotations

from chronik.context import Context, build_context
from chronik.model import Article, RawDoc
from chronik.pipeline import process_article
from chronik.stages.ingest import make_article


def process(
    text: str,
    published: str | None = None,
    *,
    title: str | None = None,
    lang: str | None = None,
    ctx: Context | None = None,
) -> Article:
    """Run every per-article stage over ``text`` and return the Article.

    ``published`` is an ISO date (``2020-01-07``, ``2020-01`` or ``2020``).
    Pass a ``ctx`` from :func:`chronik.context.build_context` when processing
    many texts, so resources load once.
    """
    ctx = ctx or build_context()
    raw = RawDoc(source="<text>", text=text, title=title, published=published,
                 published_evidence="metadata" if published else None, lang=lang)
    return process_article(make_article(raw, ctx), ctx)
