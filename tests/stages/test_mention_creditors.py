"""Tests of a state's creditors (mention_creditors): the lending institutions, an IGO group of no country,
where the article names an international organisation and a state near the noun; a firm's creditors are none."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract

_TALKS = "Die EU und der IWF verhandeln mit Athen über neue Hilfen. "


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    (_TALKS + "Tsipras warf den Gläubigern vor, Griechenland erpressen zu wollen.", "ACCUSE", ("GRC", "GOV"),
     (None, "IGO")),
    (_TALKS + "Die Gläubiger forderten von Athen weitere Reformen.", "REQUEST", (None, "IGO"), ("GRC", "GOV")),
    (_TALKS + "Die Geldgeber haben Griechenland ein Ultimatum gestellt.", "THREATEN", (None, "IGO"), ("GRC", "GOV")),
])
def test_a_states_creditors_are_the_lending_institutions(ctx: Context, text: str, type_: str, source: tuple,
                                                          target: tuple) -> None:
    found = [e for e in extract(ctx, text, "2015-07-01") if e.type == type_]
    assert len(found) == 1, found
    assert [(a.country, a.sector) for a in found[0].source] == [source]
    assert [(a.country, a.sector) for a in found[0].target] == [target]


@pytest.mark.parametrize("text", [
    # a firm's creditors, no international organisation named
    "Der Wursthersteller meldete ein Sanierungsverfahren an. Den Gläubigern wird eine Quote von 20 Prozent angeboten.",
    "Schelling kritisierte die Gläubiger der Heta scharf.",
])
def test_other_creditors_are_no_actor(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2015-07-01") if any(a.sector == "IGO" for a in e.target + e.source)]
