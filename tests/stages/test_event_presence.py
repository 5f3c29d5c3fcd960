"""Tests of event_presence.py: a political visit told with "sein" and a foreign state or its capital."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "source", "target"), [
    (("Erst vor wenigen Tagen war Indiens Regierungschef Narendra Modi überraschend beim Erzfeind Pakistan, um neue "
     "Friedensgespräche einzuleiten."), "IND", "PAK"),
    ("Am Montag war Außenminister Steinmeier in Moskau.", "DEU", "RUS"),
    ("Steinmeier war am Montag in Moskau.", "DEU", "RUS"),
])
def test_a_stay_abroad_is_a_visit(ctx: Context, text: str, source: str, target: str) -> None:
    """A government person "war in/bei" a foreign state or its capital, the place closing the clause: a visit."""
    visits = [e for e in extract(ctx, text, "2016-01-04") if e.type == "CONSULT"]
    assert len(visits) == 1, [(e.type, e.trigger) for e in visits]
    assert visits[0].mode == "visit"
    assert [(a.country, a.sector) for a in visits[0].source] == [(source, "GOV")]
    assert [(a.country, a.sector) for a in visits[0].target] == [(target, "GOV")]


@pytest.mark.parametrize("text", [
    "Putin war am Montag in Moskau.",  # at home
    "Putin war in Syrien aktiv.",  # a predicate follows the place
    "Russland ist in Syrien seit 2015 militärisch präsent.",
    "Außenminister Steinmeier war früher Botschafter in Moskau.",  # a predicate noun
    "Die Touristen waren in Moskau.",  # nobody of a government
])
def test_no_visit(ctx: Context, text: str) -> None:
    """Home, a predicate after the place or before it, or no government person: no visit."""
    assert not [e for e in extract(ctx, text, "2016-01-04") if e.type == "CONSULT"]


def test_an_auxiliary_keeps_its_verb(ctx: Context) -> None:
    """"war … nach Moskau gereist": the participle is the visit, "war" adds none."""
    visits = [e for e in extract(ctx, "Steinmeier war am Montag nach Moskau gereist.", "2016-01-04") if e.type == "CONSULT"]
    assert [e.trigger for e in visits] == ["gereist"]
