"""The time an undated article speaks of, from the office holders it names by title (reference_time.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.context import Context
from chronik.stages.mention_affiliation import bracket_pattern
from chronik.stages.mentions import resources
from chronik.stages.reference_time import reference_day
from tests.stages.test_events import extract
from tests.stages.test_mentions import analyse


def _reference(ctx: Context, text: str, published: str | None = None) -> dt.date | None:
    article = analyse(ctx, text, published)
    lang = ctx.lang("de")
    return reference_day(article, resources(ctx, lang), ctx.compiled("affiliation_brackets", lang, bracket_pattern))


@pytest.mark.parametrize(("text", "day"), [
    # the span both hold their offices in, read at its end (Kerry: 2013-02-01 to 2017-01-20)
    ("US-Präsident Barack Obama und Außenminister John Kerry reisten nach Havanna.", dt.date(2017, 1, 19)),
    ("Premierminister David Cameron sprach mit Labour-Chef Jeremy Corbyn.", dt.date(2016, 7, 12)),
    # the latest day on which the most persons named still serve (Obama left in January 2017, Kurz's office
    # as foreign minister ran to December 2017)
    ("Außenminister Sebastian Kurz traf in Washington US-Präsident Barack Obama.", dt.date(2017, 1, 19)),
    ("Außenminister Sebastian Kurz traf in Washington Barack Obama.", dt.date(2017, 1, 19)),
    # a holder named as former, a span of a single long office or one still held: no time
    ("Der frühere US-Präsident Bill Clinton reiste nach Havanna.", None),
    ("FPÖ-Chef Heinz-Christian Strache sprach in Wien.", None),
    ("Kremlchef Wladimir Putin sprach in Moskau.", None),
])
def test_reference_day_of_an_undated_text(ctx: Context, text: str, day: dt.date | None) -> None:
    assert _reference(ctx, text) == day


def test_a_dated_text_has_no_reference_day(ctx: Context) -> None:
    assert _reference(ctx, "US-Präsident Barack Obama und Außenminister John Kerry reisten nach Havanna.",
                      "2016-03-21") is None


@pytest.mark.parametrize(("text", "sector"), [
    # in an undated article of Obama's and Kerry's time the FARC are a guerrilla, not the later party
    (("US-Präsident Barack Obama besuchte Kuba. Außenminister John Kerry traf in Havanna die Unterhändler der "
      "FARC. Die FARC dankten Kerry für die Unterstützung."), "REB"),
    # nothing dates the text: the latest role
    ("Kerry traf in Havanna die Unterhändler der FARC. Die FARC dankten Kerry für die Unterstützung.", "OPP"),
])
def test_roles_at_the_reference_day(ctx: Context, text: str, sector: str) -> None:
    thanks = [e for e in extract(ctx, text, None) if e.type == "SUPPORT"]
    assert thanks and {a.sector for a in thanks[0].source} == {sector}


def test_candidates_of_2016_are_party_politicians(ctx: Context) -> None:
    # Trump and Clinton as candidates (KB roles): PTY, not the government
    (accusation,) = [e for e in extract(ctx, "Die frühere Außenministerin Hillary Clinton hat Donald Trump scharf "
                                              "kritisiert.", "2016-05-10") if e.type == "ACCUSE"]
    assert {(a.name, a.sector) for a in accusation.source + accusation.target} == {
        ("Hillary Clinton", "PTY"), ("Donald Trump", "PTY")}


@pytest.mark.parametrize("text", [
    "Der frühere US-Präsident Bill Clinton traf in Bogota Vertreter der FARC. Die FARC dankten Clinton.",
    "In Havanna traf der Papst den Ex-Machthaber Fidel Castro. Castro empfing ihn in einem Trainingsanzug.",
])
def test_a_holder_named_as_former_holds_no_office_in_an_undated_text(ctx: Context, text: str) -> None:
    people = {a.name: a.sector for e in extract(ctx, text, None) for a in e.source + e.target if a.kind == "person"}
    former = next(name for name in people if "Clinton" in name or "Castro" in name)
    assert people[former] is None, people


@pytest.mark.parametrize(("text", "sector"), [
    # an undated text naming "US-Präsident Obama" (2009 to 2017, too long a span for a day) speaks of Trump the
    # candidate, not the president of 2017
    ("Donald Trump kritisierte Mexiko scharf. US-Präsident Barack Obama verteidigte Mexiko.", "PTY"),
    ("US-Präsident Barack Obama warnte vor Donald Trump. Trump kritisierte Mexiko scharf.", "PTY"),
    ("Kanzler Werner Faymann traf in Wien Heinz-Christian Strache. Strache kritisierte Mexiko scharf.", "PTY"),
    # nothing dates the text: the latest role
    ("Donald Trump kritisierte Mexiko scharf.", "GOV"),
])
def test_roles_within_the_span_of_the_office_holders_named(ctx: Context, text: str, sector: str) -> None:
    (accusation,) = [e for e in extract(ctx, text, None) if e.type == "ACCUSE"]
    assert {a.sector for a in accusation.source} == {sector}
