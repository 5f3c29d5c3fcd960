"""Tests of crowds in protest reports: a number noun alone ("Tausende", "Zehntausende") is the civilians of the
place (mention_crowds.py), a number before a noun only counts it, and "auf die Straße gehen" is a protest."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract
from tests.stages.test_mentions import analyse


def _protests(ctx: Context, text: str) -> list:
    return [e for e in extract(ctx, text, "2016-01-04") if e.type == "PROTEST"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("In Budapest protestierten am Sonntag Tausende gegen Orbán.", ("HUN", "CVL"), ("HUN", "GOV")),
    ("Tausende protestierten am Sonntag in Budapest gegen die Regierung.", ("HUN", "CVL"), ("HUN", "GOV")),
    ("Zehntausende Menschen gingen am Samstag in Warschau gegen die neue Regierung auf die Straße.",
     ("POL", "CVL"), ("POL", "GOV")),
    ("In Moskau gingen am Samstag Zehntausende gegen Putin auf die Straße.", ("RUS", "CVL"), ("RUS", "GOV")),
])
def test_a_crowd_protests_against_its_government(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    (protest,) = _protests(ctx, text)
    assert ({(a.country, a.sector) for a in protest.source}, {(a.country, a.sector) for a in protest.target}) \
        == ({source}, {target})


@pytest.mark.parametrize(("text", "counted"), [
    ("Tausende Menschen demonstrierten in Dresden.", "Menschen"),
    ("Hunderte italienische Kleinsparer haben in Rom demonstriert.", None),
])
def test_a_number_before_a_noun_only_counts_it(ctx: Context, text: str, counted: str | None) -> None:
    texts = [m.text for m in analyse(ctx, text, "2016-01-04").mentions if m.kind == "GROUP"]
    assert texts == ([counted] if counted else [])


@pytest.mark.parametrize("text", [
    "Der Präsident ging am Sonntag die Straße entlang.",
    "Hunderte Soldaten wurden am Montag an die Grenze verlegt.",
])
def test_no_crowd_protest_without_one(ctx: Context, text: str) -> None:
    assert _protests(ctx, text) == []
    assert all(a.sector != "CVL" for e in extract(ctx, text, "2016-01-04") for a in e.source)


@pytest.mark.parametrize(("text", "source", "coerced"), [
    # a protest noun in a setting phrase with its author is a happening beside the arrests of the clause
    (("Kiew – Bei einer Kundgebung von ukrainischen Rechtsextremisten in Kiew hat die Polizei mehr als zehn "
      "Teilnehmer vorübergehend festgenommen."), ("UKR", "OPP"), ("UKR", "OPP")),
    ("Bei einer Kundgebung der Opposition in Istanbul nahm die Polizei Dutzende Demonstranten fest.", ("TUR", "OPP"),
     ("TUR", "CVL")),
])
def test_a_protest_in_a_setting_phrase_is_an_act_of_its_own(ctx: Context, text: str, source: tuple, coerced: tuple) -> None:
    found = extract(ctx, text, "2015-10-14")
    protests = [e for e in found if e.type == "PROTEST"]
    assert [[(a.country, a.sector) for a in e.source] for e in protests] == [[source]]
    assert [[(a.country, a.sector) for a in e.target] for e in found if e.type == "COERCE"] == [[coerced]]


def test_a_protest_noun_qualifies_a_protest_verb(ctx: Context) -> None:
    text = "Bei einer Kundgebung der Opposition in Istanbul demonstrierten Tausende gegen Erdogan."
    assert len(_protests(ctx, text)) == 1


def test_a_protest_in_a_setting_phrase_takes_no_object_of_the_clause(ctx: Context) -> None:
    text = "Bei einer Kundgebung der AKP in Ankara griff Erdogan die Opposition scharf an."
    assert all(a.name != "Recep Tayyip Erdoğan" for e in _protests(ctx, text) for a in e.target)
