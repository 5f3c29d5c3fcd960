"""Tests of mention_fighters.py: armed groups named by what they fight."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_mentions import analyse


@pytest.mark.parametrize(("text", "word"), [
    ("Russische Kampfflugzeuge sollten keine Gruppen mehr angreifen, die selbst gegen den IS kämpfen.", "Gruppen"),
    ("Die USA liefern Waffen an Kräfte, die gegen Assad kämpfen.", "Kräfte"),
    ("Die Türkei bombardierte Verbände, welche gegen die Armee kämpften.", "Verbände"),
])
def test_group_fighting_someone_is_armed(ctx: Context, text: str, word: str) -> None:
    found = [m for m in analyse(ctx, text, "2015-11-26").mentions if m.text == word]
    assert [(m.kind, m.sector) for m in found] == [("GROUP", "REB")], found


@pytest.mark.parametrize(("text", "word"), [
    # generic action: police as often as rebels
    ("Man wolle die Kräfte schonen, die gegen die Dschihadisten vorgehen.", "Kräfte"),
    # no opponent, or a cause fought, not an actor
    ("Die Gruppen, die in Aleppo kämpfen, sind zersplittert.", "Gruppen"),
    ("Organisationen, die gegen Armut kämpfen, erhalten mehr Geld.", "Organisationen"),
    # a capitalised word between the head and the comma: the relative clause belongs to that noun
    ("Die Gruppen kritisierten die Regierung, die gegen die Rebellen kämpft.", "Gruppen"),
])
def test_group_without_a_fight_is_no_mention(ctx: Context, text: str, word: str) -> None:
    assert not [m for m in analyse(ctx, text, "2015-11-26").mentions if m.text == word]
