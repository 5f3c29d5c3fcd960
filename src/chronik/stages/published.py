"""Stage ``published``: the article's publication date from its strongest evidence.

Evidence, strongest first: metadata read at ingest (JSONL/CSV field, HTML
meta via htmldate, the `` date YYYY-MM`` header) — already in
``article.published`` — then a dateline under the title found by ``clean``
(``meta["dateline_date"]``).  Inference from the text (explicit dates,
weekdays, tense) is not done yet: without evidence the date stays unknown,
because a wrong confident date is worse than none.
"""

from __future__ import annotations

from chronik.context import Context
from chronik.model import Article, DateClaim

#: A dateline is printed by the outlet but read by our rules: slightly less sure than metadata.
DATELINE_CONFIDENCE = 0.95


def published(article: Article, ctx: Context) -> Article:
    """Requires ``clean`` to have run; sets ``published`` from the dateline when metadata gave none.

    Guarantees that an existing ``published`` (metadata) is never replaced.
    """
    iso = article.meta.get("dateline_date")
    if article.published is None and iso:
        article.published = DateClaim.from_value(iso, "dateline", DATELINE_CONFIDENCE)
    return article
