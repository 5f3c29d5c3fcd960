"""Tests of chronik.stages.event_reception: "stößt bei X auf Kritik" is X's act towards the subject."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Der Vorschlag von Finanzminister Schelling stößt bei der SPÖ auf Kritik.", "ACCUSE", "SPÖ", "Schelling"),
    ("Die Forderung der CSU stieß bei der SPD auf Ablehnung.", "REJECT", "SPD", "CSU"),
    ("Merkel stieß mit ihrem Vorschlag bei Orbán auf Widerstand.", "REJECT", "Orbán", "Merkel"),
    # a bracketed party is an aside within the clause, not its end
    ("Die Forderung von Finanzminister Hans Jörg Schelling (ÖVP) stößt bei SPÖ-Bundesgeschäftsführer Gerhard Schmid "
     "auf entschiedene Ablehnung.", "REJECT", "Schmid", "Schelling"),
    ("Der Vorschlag von Verteidigungsminister Gerald Klug (SPÖ) stieß bei Landeshauptmann Günther Platter (ÖVP) auf "
     "heftige Kritik.", "ACCUSE", "Platter", "Klug"),
])
def test_a_reception_is_the_reacting_actor_s_act(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    found = [e for e in extract(ctx, text, "2016-01-12") if e.type == type_]
    assert len(found) == 1
    assert source in found[0].source[0].name and target in found[0].target[0].name


@pytest.mark.parametrize("text", [
    "Der Plan stieß bei Russland auf scharfe Kritik.",  # nobody before the verb: no target
    "Die Truppen stießen bei Aleppo auf heftigen Widerstand der Rebellen.",  # a place, no reacting actor
    "Die Polizei stieß bei der Durchsuchung auf Waffen.",  # no reception noun
])
def test_no_reception_without_both_sides(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2016-01-12") if e.type in ("ACCUSE", "REJECT", "SUPPORT")]
