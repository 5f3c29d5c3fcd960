"""Tests of event_mutual.py: fighting within one kind of group has that group on both sides."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize("text", [
    ("Damaskus – Bei Kämpfen zwischen Rebellengruppen in Syrien ist nach Angaben unabhängiger Experten Senfgas "
    "eingesetzt worden."),
    "Die syrischen Rebellen kämpfen gegeneinander.",
])
def test_a_group_fights_itself(ctx: Context, text: str) -> None:
    """One plural group after "zwischen", or with "gegeneinander": the group is source and target."""
    fights = [e for e in extract(ctx, text, "2015-08-27") if e.type == "ASSAULT"]
    assert len(fights) == 1, [(e.type, e.trigger) for e in fights]
    sides = [(a.country, a.sector) for a in fights[0].source], [(a.country, a.sector) for a in fights[0].target]
    assert sides == ([("SYR", "REB")], [("SYR", "REB")]) and fights[0].mutual


@pytest.mark.parametrize("text", [
    "Bei Kämpfen zwischen kurdischen Milizen und Rebellen starben 20 Menschen.",  # two sides joined
    "Syriens Führung weist den Vorwurf zurück.",  # no act of a state towards itself
])
def test_no_mutual_fight(ctx: Context, text: str) -> None:
    """A second side joined to the group, or no fight: no event with one group on both sides."""
    assert not [e for e in extract(ctx, text, "2015-08-27") if e.mutual]


@pytest.mark.parametrize("text", [
    "Milizen aus Misrata griffen Kämpfer der Miliz von Sintan an.",
    "In Tripolis griffen Milizen Kämpfer einer rivalisierenden Miliz an.",
    "Kämpfer der Miliz griffen in Sirte Rebellen an.",
    "Milizen wurden in Tripolis von Kämpfern einer anderen Miliz angegriffen.",
])
def test_one_armed_group_attacks_another_of_its_kind(ctx: Context, text: str) -> None:
    """Subject and object are unnamed armed groups of one state: a fight among them, not against the government."""
    (fight,) = [e for e in extract(ctx, text, "2015-08-16") if e.type == "ASSAULT"]
    sides = [(a.country, a.sector) for a in fight.source], [(a.country, a.sector) for a in fight.target]
    assert sides == ([("LBY", "REB")], [("LBY", "REB")]) and fight.mutual


def test_a_group_and_its_genitive_are_one_side(ctx: Context) -> None:
    """"Kämpfer der Miliz" before the verb is one group: no fight among militias."""
    assert not [e for e in extract(ctx, "Kämpfer der Miliz griffen in Sirte an.", "2015-08-16") if e.mutual]
