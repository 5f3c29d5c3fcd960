"""Stage ``segment`` (placeholder, being written)."""

from __future__ import annotations

from chronik.context import Context
from chronik.model import Article, Sentence


def segment(article: Article, ctx: Context) -> Article:
    """Requires ``text``; sets ``sentences`` with tokens (offsets into ``text``)."""
    article.sentences = [Sentence(0, 0, len(article.text))] if article.text.strip() else []
    return article
