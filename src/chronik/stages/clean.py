"""Stage ``clean`` (placeholder, being written)."""

from __future__ import annotations

from chronik.context import Context
from chronik.model import Article


def clean(article: Article, ctx: Context) -> Article:
    """Requires ``raw_text``; sets ``text`` (boilerplate removed) and ``removed``."""
    article.text = article.raw_text
    return article
