"""Acts told as a standing relation in the present are background (chronik.stages.event_standing)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str) -> list[EventMention]:
    return [e for e in events(analyse(ctx, text, "2015-11-12"), ctx).events]


@pytest.mark.parametrize(("text", "type_"), [
    ("Russland unterstützt Assad seit Beginn des Bürgerkriegs mit Waffen.", "AID"),
    ("Der Iran liefert weiterhin Waffen an die Huthi-Rebellen.", "AID"),
    ("Die Türkei beschießt weiterhin Stellungen der Kurden in Syrien.", "ASSAULT"),
])
def test_a_standing_relation_is_background(ctx: Context, text: str, type_: str) -> None:
    found = [e for e in extract(ctx, text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert found[0].confidence < 0.8 and found[0].date is None


@pytest.mark.parametrize(("text", "type_"), [
    ("Frankreich fliegt seit Ende September Luftangriffe gegen den IS.", "ASSAULT"),  # a placeable start
    ("Russland hat Assad am Montag mit Waffen unterstützt.", "SUPPORT"),
    ("Russland liefert Assad neue Waffen.", "AID"),
    ("Obama trifft Putin zum ersten Mal seit dem Beginn der Krise.", "CONSULT"),  # a new act
])
def test_an_act_placed_in_time_stays_confident(ctx: Context, text: str, type_: str) -> None:
    found = [e for e in extract(ctx, text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert found[0].confidence >= 0.8 and found[0].date is not None


def test_an_anaphoric_since_keeps_the_narrated_day(ctx: Context) -> None:
    text = ("Am 8. Dezember nahmen Rebellen Damaskus ein. Seitdem verhandelt Moskau mit der neuen Führung in "
            "Damaskus über die Zukunft seiner Stützpunkte.")
    found = [e for e in events(analyse(ctx, text, "2024-12-20"), ctx).events if e.type == "CONSULT"]
    assert found and found[0].date is not None and found[0].date.value == "2024-12-08"
