"""Scoring publication dating with the true date hidden.

:func:`score_published_dir` reads every KRAUTS TimeML file of a folder,
keeps only its text (the DCT is the answer, never shown to the system),
runs ``clean`` and ``published`` with no metadata, and counts a claim right
when its ``[start, end]`` contains the DCT day.  Coverage and accuracy are
given per precision, because a right year is worth less than a right day.

:func:`score_in_range` checks claims on texts known only to come from a
span of dates (10kGNAD: 2015–2016): any claim outside it is wrong.

:func:`score_seeds` scores the seed articles against the ``published``
ranges of ``gold/seeds.yaml``: a claim is right when its interval lies
inside ``[first, last]``; where the range is null only "unknown" is right.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from chronik.context import Context
from chronik.eval.timex import read_timeml
from chronik.model import Article, DateClaim, Precision, RawDoc
from chronik.stages.clean import clean
from chronik.stages.ingest import iter_inputs, make_article
from chronik.stages.published import published


def date_text(text: str, ctx: Context, lang: str = "de") -> DateClaim | None:
    """The publication claim for a bare text: ``clean`` then ``published``, no metadata."""
    article = Article(id="eval", source="eval", raw_text=text, lang=lang)
    return published(clean(article, ctx), ctx).published


def _empty_counts() -> dict[str, dict[str, int]]:
    """Claims and right claims per precision, all zero."""
    return {p.value: {"claims": 0, "right": 0} for p in Precision}


def score_published_dir(gold_dir: Path, ctx: Context) -> dict[str, Any]:
    """Scores of text-only publication dating over the ``.tml`` files of ``gold_dir``.

    Requires files with a DCT (files without one are not counted).  Returns
    ``{"docs", "claims", "right", "accuracy", "per_precision": {precision:
    {"claims", "right"}}, "per_file": {name: {"dct", "claim", "right"}}}``;
    ``accuracy`` is right / claims (1.0 when there are no claims).
    """
    per_precision = _empty_counts()
    per_file: dict[str, dict[str, Any]] = {}
    for path in sorted(Path(gold_dir).glob("*.tml")):
        dct, text, _ = read_timeml(path)
        if not dct:
            continue
        truth = dt.date.fromisoformat(dct[:10])
        claim = date_text(text, ctx)
        right = claim is not None and claim.start <= truth <= claim.end
        if claim is not None:
            per_precision[claim.precision.value]["claims"] += 1
            per_precision[claim.precision.value]["right"] += int(right)
        per_file[path.name] = {"dct": dct[:10], "claim": claim.to_dict() if claim else None, "right": right}
    return _totals(per_precision, per_file)


def _totals(per_precision: dict[str, dict[str, int]], per_file: dict[str, Any]) -> dict[str, Any]:
    """The summary dict of :func:`score_published_dir`."""
    claims = sum(c["claims"] for c in per_precision.values())
    right = sum(c["right"] for c in per_precision.values())
    return {"docs": len(per_file), "claims": claims, "right": right,
            "accuracy": right / claims if claims else 1.0,
            "per_precision": per_precision, "per_file": per_file}


def score_seeds(seeds_dir: Path, gold_file: Path, ctx: Context) -> dict[str, dict[str, Any]]:
    """Per seed document: its claim, the gold range and whether the claim is right.

    Each seed is read as a file (so a `` date YYYY-MM`` header counts as
    metadata), then ``clean`` and ``published`` run.  Returns
    ``{doc: {"claim", "gold", "right"}}`` for every document of ``gold_file``.
    """
    gold = yaml.safe_load(Path(gold_file).read_text(encoding="utf-8"))
    result = {}
    for entry in gold:
        claim = _date_file(Path(seeds_dir) / entry["doc"], ctx)
        span = entry.get("published")
        result[entry["doc"]] = {"claim": claim.to_dict() if claim else None, "gold": span,
                                "right": seed_right(claim, span)}
    return result


def seed_right(claim: DateClaim | None, span: list[Any] | None) -> bool:
    """A claim is right when it lies inside ``span``; a null span wants no claim."""
    if span is None:
        return claim is None
    if claim is None:
        return False
    first, last = (d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)) for d in span)
    return first <= claim.start and claim.end <= last


def score_in_range(texts: list[str], first: dt.date, last: dt.date, ctx: Context) -> dict[str, Any]:
    """Claims on texts known only to come from ``[first, last]`` (a corpus span, e.g. 10kGNAD 2015–2016).

    A claim whose interval leaves the span is certainly wrong; one inside may
    still be wrong, so this is a plausibility check, not an accuracy.  Returns
    ``{"docs", "claims", "outside", "per_precision"}``.
    """
    per_precision = _empty_counts()
    outside = 0
    for text in texts:
        claim = date_text(text, ctx)
        if claim is None:
            continue
        inside = first <= claim.start and claim.end <= last
        per_precision[claim.precision.value]["claims"] += 1
        per_precision[claim.precision.value]["right"] += int(inside)
        outside += int(not inside)
    claims = sum(c["claims"] for c in per_precision.values())
    return {"docs": len(texts), "claims": claims, "outside": outside, "per_precision": per_precision}


def _date_file(path: Path, ctx: Context) -> DateClaim | None:
    """The claim for one file read the way ``chronik run`` reads it (ingest, clean, published)."""
    raws = [r for r in iter_inputs([str(path)], ctx.settings) if isinstance(r, RawDoc)]
    if not raws:
        return None
    article = make_article(raws[0], ctx)
    return published(clean(article, ctx), ctx).published
