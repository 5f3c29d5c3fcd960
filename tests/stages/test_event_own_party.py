"""Tests of chronik.stages.event_own_party: a party and its own members are one side of adverse acts."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _coded(ctx: Context, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in extract(ctx, text, "2016-03-10")]


@pytest.mark.parametrize("text", [
    # the party's own education speaker is no target of its criticism, nor the party of its speaker's refusal
    "Wien – Die Grünen üben Kritik an der Zentralmatura, so Bildungssprecher Harald Walser.",
    "Wien – FPÖ-Bildungssprecher Walter Rosenkranz schloss am Mittwoch aus, dass die Freiheitlichen mitstimmen.",
    "Wien – Die ÖVP kritisierte Klubobmann Reinhold Lopatka.",
])
def test_no_adverse_act_within_one_party(ctx: Context, text: str) -> None:
    assert not [c for c in _coded(ctx, text) if c[0] in ("ACCUSE", "REJECT", "REQUEST", "THREATEN")]


@pytest.mark.parametrize(("text", "expected"), [
    # members acting towards other parties keep their acts
    ("Wien – FPÖ-Bildungssprecher Walter Rosenkranz kritisierte die SPÖ.", ("ACCUSE", ["Walter Rosenkranz"], ["SPÖ"])),
    ("Wien – ÖVP-Klubobmann Reinhold Lopatka drohte der SPÖ mit Neuwahlen.",
     ("THREATEN", ["Reinhold Lopatka"], ["SPÖ"])),
    # backing one's own leader stays news
    ("Wien – Die FPÖ stellte sich hinter Heinz-Christian Strache.", ("SUPPORT", ["FPÖ"], ["Heinz-Christian Strache"])),
    # a former member is another side after leaving (Nachbaur left the Team Stronach club in 2015)
    ("Wien – Kathrin Nachbaur kritisierte das Team Stronach scharf.", ("ACCUSE", ["Kathrin Nachbaur"], ["Team Stronach"])),
])
def test_acts_towards_other_sides_stay(ctx: Context, text: str, expected: tuple) -> None:
    assert expected in _coded(ctx, text)
