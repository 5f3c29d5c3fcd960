"""Stage ``ingest`` (placeholder, being written)."""

from __future__ import annotations

import hashlib

from chronik.context import Context
from chronik.model import Article, DateClaim, RawDoc


def make_article(raw: RawDoc, ctx: Context) -> Article:
    """Turn a RawDoc into an Article with id, language and published date."""
    digest = hashlib.sha256(" ".join(raw.text.split()).encode()).hexdigest()[:16]
    published = DateClaim.from_value(raw.published[:10], raw.published_evidence or "") if raw.published else None
    return Article(id=digest, source=raw.source, raw_text=raw.text, title=raw.title, url=raw.url,
                   outlet=raw.outlet, lang=raw.lang or ctx.settings.default_lang, published=published, meta=raw.meta)
