"""Stage published: metadata first, then the dateline; never a guess."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(("text", "value"), [
    ("Berlin – Die Kanzlerin hat den griechischen Premier empfangen.  (APA, 18.3.2016)", "2016-03-18"),
    ("Es bleibt schwierig. (András Szigetvari, 19.1.2016)", "2016-01-19"),
    ("Die Lage ist ernst. (red, 21.6.2015)\n", "2015-06-21"),
    # not at the end, no sign-off, or no calendar day: no date
    ("Er verwies auf den Bericht (Seite 2, 3.4.2016) und ging.", None),
    ("Die Lage ist ernst. (APA, 31.2.2016)", None),
    ("Die Lage ist ernst. (APA, 30.9.3015)", None),
    ("Die Lage ist ernst (2.1.2016).", None),
])
def test_a_closing_sign_off_dates_an_article_without_metadata(ctx, text, value):
    article = published(Article(id="t", source="t", raw_text=text, text=text), ctx)
    if value is None:
        assert article.published is None or article.published.evidence != "closing"
    else:
        assert (article.published.value, article.published.evidence) == (value, "closing")


def test_a_dateline_wins_over_a_closing_sign_off(ctx):
    text = "Die Lage ist ernst. (APA, 18.3.2016)"
    article = published(Article(id="t", source="t", raw_text=text, text=text, meta={"dateline_date": "2016-03-17"}), ctx)
    assert article.published.value == "2016-03-17"


def test_seed_004_is_dated_by_its_dateline(ctx, seeds_dir):
    import chronik

    text = (seeds_dir / "004_4a01c21f1a3f1e7b.txt").read_text(encoding="utf-8")
    article = chronik.process(text, ctx=ctx)
    assert article.published.value == "2015-11-26"


# --- inference from the text --------------------------------------------------

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from chronik.model import date_interval
from chronik.stages.published import DATELINE_CONFIDENCE
from chronik.stages.published_infer import Clue, bounds, claim_from, infer_published


def _text_article(text: str) -> Article:
    return Article(id="t", source="t", raw_text=text, text=text, lang="de")


# (text, expected value, expected start, expected end)
DATED = [
    # past "8. Dezember" placed in 2024 by the upper bound "bis zum 1. März 2025" (seed 003)
    ("Am 8. Dezember marschierten Rebellen in Damaskus ein, nachdem Assad das Land verlassen hatte. "
     "Die Übergangsregierung wurde von Mohammed al-Bashir geleitet, der bis zum 1. März 2025 als "
     "Premierminister amtiert.",
     "2024-12", "2024-12-08", "2024-12-31"),
    # a past and a future full date: between them, cut down to the bounds
    ("Am 3. Oktober 2015 trafen sich die Minister in Wien. Am 10. Oktober 2015 wird der Gipfel fortgesetzt.",
     "2015-10", "2015-10-03", "2015-10-09"),
    # two bounds inside one ISO week
    ("Am Montag, 19. Oktober 2015, hatte Assad Moskau besucht. Am Freitag, 23. Oktober 2015, soll "
     "in Wien verhandelt werden.", "2015-W43", "2015-10-19", "2015-10-22"),
    # "heute"/"gestern" right before a full date pin the day
    ("Die Minister treffen sich heute, Donnerstag, 25. Februar 2016, in Genf.",
     "2016-02-25", "2016-02-25", "2016-02-25"),
    ("Gestern (8. Dezember 2024) marschierten Rebellen in Damaskus ein.",
     "2024-12-09", "2024-12-09", "2024-12-09"),
    # "seit" makes a lower bound whatever the tense
    ("Seit dem 3. März 2022 verhandeln die Parteien in Istanbul. Die Gespräche sollen bis zum "
     "20. März 2022 dauern.", "2022-03", "2022-03-03", "2022-03-19"),
    # the weekday picks the year of a year-less date (25 February 2016 was a Thursday, 2015 a Wednesday)
    ("Am Donnerstag, 25. Februar, trafen sich die Minister in Genf. Die Waffenruhe soll bis zum "
     "31. März 2016 gelten.", "2016", "2016-02-25", "2016-03-30"),
]


@pytest.mark.parametrize(("text", "value", "start", "end"), DATED)
def test_text_inference_dates_articles(ctx, text, value, start, end):
    claim = infer_published(_text_article(text), ctx)
    assert claim is not None
    assert (claim.value, claim.start.isoformat(), claim.end.isoformat()) == (value, start, end)
    assert claim.evidence.startswith("text:")
    assert claim.confidence < DATELINE_CONFIDENCE


UNDATED = [
    "Der Minister sagte am Mittwoch, die Gespräche würden gestern fortgesetzt.",  # no year at all
    "Die Pfarrgemeinderäte werden am 23. Oktober 2016 neu gewählt.",  # an upper bound alone
    "Der Bürgerkrieg begann im Jahr 2011, sagte der Sprecher.",  # "after 2011": how long after?
    "Am 8. Dezember 2024 marschierten Rebellen in Damaskus ein, nachdem Assad geflohen war.",  # idem
    # both bounds, but two years apart: the recency assumption would be a guess
    "Am 3. März 2015 wurde er gewählt. Er wird bis zum 1. März 2017 amtieren.",
    "Am 5. Mai 2016 wurde gewählt. Am 1. Mai 2016 wird erneut gewählt.",  # bounds contradict
    # without the weekday both 2015 and 2016 fit the year-less date
    "Am 25. Februar trafen sich die Minister in Genf. Die Waffenruhe soll bis zum 31. März 2016 gelten.",
    "Einen Monat zuvor hatte der Kreml gewarnt.",  # relative only
    # the text contradicts itself: 25 February 2016 was a Thursday
    "Die Minister treffen sich heute, Mittwoch, 25. Februar 2016, in Genf.",
    # a bare year's clause tense is unreliable: no named day, no claim
    "Georgien war 2004 so weit. Proteste werden anders ablaufen als auf dem Maidan 2004.",
    # "von 2003 bis 2011" is a range, not "until 2011"
    "Sie gehörte von 3. März 2003 bis 5. Mai 2011 der Landesregierung an, sagte sie am 4. Mai 2011.",
    "",
]


@pytest.mark.parametrize("text", UNDATED)
def test_text_inference_says_unknown_without_enough_evidence(ctx, text):
    assert infer_published(_text_article(text), ctx) is None


def test_inference_leaves_the_article_untouched(ctx):
    article = _text_article(DATED[0][0])
    infer_published(article, ctx)
    assert article.sentences == [] and article.timexes == [] and article.published is None


def test_stage_uses_the_text_only_without_metadata_or_dateline(ctx):
    article = published(_text_article(DATED[0][0]), ctx)
    assert article.published.value == "2024-12"
    header = DateClaim.from_value("2020-01", "header")
    article = _text_article(DATED[0][0])
    article.published = header
    assert published(article, ctx).published is header
    article = _text_article(DATED[0][0])
    article.meta["dateline_date"] = "2024-12-23"
    assert published(article, ctx).published.evidence == "dateline"


def test_seed_003_is_dated_from_its_text(ctx, seeds_dir):
    import chronik

    text = (seeds_dir / "003_a2d3c83ee81bd03b.txt").read_text(encoding="utf-8")
    claim = chronik.process(text, ctx=ctx).published
    assert dt.date(2024, 12, 8) <= claim.start <= claim.end <= dt.date(2025, 2, 28)
    assert claim.start <= dt.date(2024, 12, 23) <= claim.end  # the true date


@pytest.mark.parametrize("name", ["001_a34b1a85caf9958b.txt", "002_20560e1e48f144ef.txt"])
def test_seeds_without_a_datable_text_stay_unknown(ctx, seeds_dir, name):
    import chronik

    assert chronik.process((seeds_dir / name).read_text(encoding="utf-8"), ctx=ctx).published is None


_days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))
_clues = st.lists(st.builds(lambda a, b, side: Clue(min(a, b), max(a, b), side, "x"),
                            _days, _days, st.sampled_from([-1, 1])), max_size=6)


@given(_clues)
def test_a_claim_never_leaves_its_unit_or_the_bounds(clues):
    claim = claim_from(clues)
    if claim is None:
        return
    lower, upper = bounds(clues)
    unit_start, unit_end, precision = date_interval(claim.value)
    assert claim.precision == precision
    assert unit_start <= claim.start <= claim.end <= unit_end
    assert lower is None or claim.start >= lower
    assert upper is None or claim.end <= upper
    assert lower is not None and upper is not None  # one bound alone never gives a claim


def test_english_text_runs_through_the_same_code(ctx):
    article = Article(id="t", source="t", raw_text="", text="The talks ended on 3 March 2016.", lang="en")
    claim = infer_published(article, ctx)
    assert claim is None or claim.evidence.startswith("text:")


def test_pipeline_dates_seed_003_from_its_text(ctx, seeds_dir):
    import datetime as dt

    from chronik.api import process

    article = process((seeds_dir / "003_a2d3c83ee81bd03b.txt").read_text(encoding="utf-8"), ctx=ctx)
    assert article.published.evidence.startswith("text")
    assert dt.date(2024, 12, 8) <= article.published.start <= article.published.end <= dt.date(2025, 2, 28)


@pytest.mark.parametrize("text", [
    # review of the closing sign-off: a label with a colon is a note of another kind, not the author's day
    "Die Türkei kritisierte Russland. (Termin: Montag, 18.4.2016)",
    "Die Türkei kritisierte Russland. (Foto: Reuters, 18.3.2016)",
    "Die Türkei kritisierte Russland. (Quelle: Urteil des VfGH, 12.3.2010)",
])
def test_a_labelled_note_is_no_closing_sign_off(ctx, text):
    article = published(Article(id="t", source="t", raw_text=text, text=text), ctx)
    assert article.published is None or article.published.evidence != "closing"
