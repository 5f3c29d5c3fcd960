"""The owner of a stance verb's object is its target (event_owned.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _pairs(ctx: Context, text: str, type_: str) -> list[tuple[list[str], list[str]]]:
    return [([a.name for a in e.source], [a.name for a in e.target])
            for e in extract(ctx, text, "2016-03-01") if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Hans Peter Doskozil lobt die offene Art von Johanna Mikl-Leitner und ihre Handschlagqualität.",
     "SUPPORT", "Hans Peter Doskozil", "Johanna Mikl-Leitner"),
    ("Das sei nicht klug, kritisierte Landeshauptmann Günther Platter die Vorgangsweise von "
     "Verteidigungsminister Gerald Klug (SPÖ).", "ACCUSE", "Günther Platter", "Gerald Klug"),
    ("Die SPÖ lehnt den Vorschlag von Finanzminister Hans Jörg Schelling ab.", "REJECT", "SPÖ", "Hans Jörg Schelling"),
    ("Daher begrüßt die SPÖ den Vorschlag von Bundeskanzler Werner Faymann, die Regelung zu verschärfen.",
     "SUPPORT", "SPÖ", "Werner Faymann"),
])
def test_owner_of_the_object_is_the_target(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    assert ([source], [target]) in _pairs(ctx, text, type_)


@pytest.mark.parametrize(("text", "type_", "source"), [
    # a passive: "von" names the agent, who is the source
    ("Die Grünen wurden von Kanzler Werner Faymann kritisiert.", "ACCUSE", "Werner Faymann"),
])
def test_passive_agent_stays_the_source(ctx: Context, text: str, type_: str, source: str) -> None:
    assert all(src == [source] for src, _ in _pairs(ctx, text, type_))


@pytest.mark.parametrize("text", [
    # the owner belongs to the other conjunct: no target for "kritisiere"
    "Es geht mir nicht darum, dass ich die Politik von Integrationsminister Sebastian Kurz unterstütze oder die "
    "Politik der Stadt kritisiere.",
    # the noun is governed by a preposition: not the verb's object
    "Die Grünen kritisierten nach einem Treffen von Kanzler Werner Faymann die Pläne.",
])
def test_no_owner_target_outside_the_object(ctx: Context, text: str) -> None:
    assert not any("Sebastian Kurz" in tgt or "Werner Faymann" in tgt for _, tgt in _pairs(ctx, text, "ACCUSE"))
