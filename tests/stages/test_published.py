"""Stage published: metadata first, then the dateline; never a guess."""

from __future__ import annotations

from chronik.model import Article, DateClaim, Precision
from chronik.stages.published import published


def _article(meta: dict, claim: DateClaim | None = None) -> Article:
    return Article(id="t", source="t", raw_text="", meta=meta, published=claim)


def test_dateline_dates_an_article_without_metadata(ctx):
    article = published(_article({"dateline_date": "2015-11-26"}), ctx)
    assert article.published.value == "2015-11-26"
    assert article.published.precision == Precision.DAY
    assert article.published.evidence == "dateline"


def test_metadata_wins_over_the_dateline(ctx):
    header = DateClaim.from_value("2020-01", "header")
    article = published(_article({"dateline_date": "2015-11-26"}, header), ctx)
    assert article.published is header


def test_no_evidence_stays_unknown(ctx):
    assert published(_article({}), ctx).published is None


def test_seed_004_is_dated_by_its_dateline(ctx, seeds_dir):
    import chronik

    text = (seeds_dir / "004_4a01c21f1a3f1e7b.txt").read_text(encoding="utf-8")
    article = chronik.process(text, ctx=ctx)
    assert article.published.value == "2015-11-26"
