"""Acts of domestic politics between parties, ministers and candidates (triggers in events.yaml):
votes in parliament ("stimmte gegen den Antrag der FPÖ") and endorsements ("Wahlempfehlung")."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _coded(ctx: Context, text: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(e.type, [a.name for a in e.source], [a.name for a in e.target], e.modality)
            for e in extract(ctx, text, "2016-03-01")]


@pytest.mark.parametrize(("text", "expected"), [
    # a vote against a motion or bill rejects its author
    ("Im Nationalrat stimmten die Neos gegen den Antrag der FPÖ.", ("REJECT", ["NEOS"], ["FPÖ"], "asserted")),
    ("Die Grünen haben gegen den Antrag der FPÖ gestimmt.",
     ("REJECT", ["Die Grünen – Die Grüne Alternative"], ["FPÖ"], "asserted")),
    # a vote for it supports the author
    ("Die Grünen stimmten für den Antrag der FPÖ.",
     ("SUPPORT", ["Die Grünen – Die Grüne Alternative"], ["FPÖ"], "asserted")),
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
