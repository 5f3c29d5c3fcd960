"""Acts of domestic politics between parties, ministers and candidates (triggers in events.yaml):
endorsements ("Wahlempfehlung"); votes are not coded."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _coded(ctx: Context, text: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(e.type, [a.name for a in e.source], [a.name for a in e.target], e.modality)
            for e in extract(ctx, text, "2016-03-01")]


@pytest.mark.parametrize(("text", "expected"), [
    # an endorsement of a candidate, also a refused one
    ("Die Neos gaben eine Wahlempfehlung für Irmgard Griss ab.", ("SUPPORT", ["NEOS"], ["Irmgard Griss"], "asserted")),
    ("Die ÖVP gibt keine Wahlempfehlung für Alexander Van der Bellen ab.",
     ("SUPPORT", ["ÖVP"], ["Alexander Van der Bellen"], "negated")),
])
def test_domestic_act(ctx: Context, text: str, expected: tuple) -> None:
    assert expected in _coded(ctx, text)


@pytest.mark.parametrize("text", [
    # "stimmt" is true, no vote
    "Das stimmt für die ÖVP nicht, sagte Kanzler Werner Faymann.",
])
def test_no_vote(ctx: Context, text: str) -> None:
    assert not any(t == "SUPPORT" for t, *_ in _coded(ctx, text))


@pytest.mark.parametrize("text", [
    # votes are not coded: a light verb "stimmen … gegen/für" matched any "gegen"/"für" in the clause of a
    # "stimmen" form (review of the ninth session: "stimmte sich … über das Vorgehen gegen den IS ab")
    "Merkel stimmte sich mit Hollande über das Vorgehen gegen den IS ab.",
    "Auch Ungarn stimmte für die Verlängerung der Sanktionen gegen Russland.",
])
def test_no_vote_from_a_stray_preposition(ctx: Context, text: str) -> None:
    assert not any(t == "REJECT" for t, *_ in _coded(ctx, text))
