"""Tests of reactions to an act the article names ("verurteilte den Angriff"; event_reference.py): the
condemnation of an act whose author no earlier event names is aimed at its unnamed authors, coded by the
state where it happened, and the condemner is no side of the condemned act."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _shown(found):
    return [(e.type, e.trigger, [(a.country, a.sector) for a in e.source], [(a.country, a.sector) for a in e.target])
            for e in found]


@pytest.mark.parametrize(("text", "source", "target"), [
    # the place of the sentence
    (("UNO-Generalsekretär Ban Ki-moon hat den Angriff auf ein Krankenhaus in der syrischen Stadt Aleppo scharf "
     "verurteilt."), (None, "IGO"), "SYR"),
    ("Außenminister Frank-Walter Steinmeier verurteilte den Anschlag in Kabul.", ("DEU", "GOV"), "AFG"),
    # the place of the condemned act, not the seat of its critic
    ("Das Außenministerium in Moskau verurteilte den Anschlag in Istanbul scharf.", ("RUS", "GOV"), "TUR"),
    ("Lawrow verurteilte in Moskau den Anschlag in Istanbul.", ("RUS", "GOV"), "TUR"),
    # no place in the sentence: the state the article has placed so far
    (("In Bagdad sind bei einer Explosion zwölf Menschen ums Leben gekommen. Der irakische Regierungschef Haider "
     "al-Abadi hat den Anschlag scharf verurteilt."), ("IRQ", "GOV"), "IRQ"),
    # a hyphenated compound counts by its last part
    (("In Villingen-Schwenningen ist eine Handgranate gefunden worden. Bundesjustizminister Heiko Maas hat den "
     "Handgranaten-Anschlag scharf verurteilt."), ("DEU", "GOV"), "DEU"),
    # an assault on people ("Übergriff") is an attack
    (("In Ajaccio wurde ein Gebetsraum verwüstet. Premierminister Manuel Valls verurteilte die Übergriffe auf den "
     "Gebetsraum."), ("FRA", "GOV"), "FRA"),
])
def test_condemned_act_of_unnamed_authors(ctx: Context, text: str, source: tuple, target: str) -> None:
    found = [e for e in extract(ctx, text, "2016-01-04") if e.type == "ACCUSE"]
    assert len(found) == 1, _shown(found)
    event = found[0]
    assert any(a.sector == source[1] and source[0] in (None, a.country) for a in event.source), _shown(found)
    assert [a.country for a in event.target] == [target], _shown(found)


@pytest.mark.parametrize("text", [
    "UNO-Generalsekretär Ban Ki-moon hat den Angriff auf ein Krankenhaus in Aleppo scharf verurteilt.",
    "Der französische Präsident François Hollande verurteilte die Anschläge in Brüssel.",
])
def test_condemner_is_no_side_of_the_act(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2016-01-04")
    assert not [e for e in found if e.type == "ASSAULT"], _shown(found)


@pytest.mark.parametrize("text", [
    # an earlier act with a named author keeps its author as the target
    "Russland hat die Ukraine angegriffen. Bundeskanzler Olaf Scholz verurteilte den Angriff.",
])
def test_named_author_wins(ctx: Context, text: str) -> None:
    found = [e for e in extract(ctx, text, "2022-02-25") if e.type == "ACCUSE"]
    assert [a.country for e in found for a in e.target] == ["RUS"], _shown(found)


@pytest.mark.parametrize(("text", "target"), [
    # a condemned act names its author itself: a state adjective, or an agent after "durch"
    ("Steinmeier kritisierte die russischen Luftangriffe auf Aleppo.", ("RUS", "GOV")),
    ("Die USA verurteilten die Bombardierung des Konvois durch die syrische Luftwaffe.", ("SYR", "GOV")),
    # attacks by individuals: a state adjective names attackers of that state, not its government
    ("Netanjahu verurteilte die palästinensischen Messerangriffe scharf.", ("PSE", "REB")),
    ("Netanjahu kritisierte die palästinensischen Messerattacken.", ("PSE", "REB")),
])
def test_condemned_act_names_its_author(ctx: Context, text: str, target: tuple) -> None:
    found = [e for e in extract(ctx, text, "2016-01-04") if e.type == "ACCUSE"]
    assert len(found) == 1 and [(a.country, a.sector) for a in found[0].target] == [target], _shown(found)


@pytest.mark.parametrize(("text", "absent"), [
    # the genitive of a condemned act whose genitive is its object is its victim, not the accused
    ("Putin verurteilte den Abschuss des russischen Kampfjets.", "RUS"),
])
def test_the_victim_of_a_condemned_act_is_not_accused(ctx: Context, text: str, absent: str) -> None:
    found = [e for e in extract(ctx, text, "2015-11-25") if e.type == "ACCUSE"]
    assert not any(a.country == absent for e in found for a in e.target), _shown(found)


def test_a_condemned_terror_attack_named_by_a_state_adjective_aims_at_its_attackers(ctx: Context) -> None:
    [accuse] = [e for e in extract(ctx, "Putin verurteilte den afghanischen Anschlag auf die Moschee.", "2016-01-10")
                if e.type == "ACCUSE"]
    assert [(a.country, a.sector) for a in accuse.target] == [("AFG", "REB")]
