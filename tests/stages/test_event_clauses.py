"""Tests of main clauses joined by a coordinator, with or without a comma (event_clauses.py): each trigger takes its roles
from its own clause."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _names(actors) -> set[str]:
    return {a.name for a in actors}


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Putin traf Assad, und Obama kritisierte das Treffen.", "ACCUSE", "Barack Obama", "Wladimir Putin"),
    ("Putin traf Assad, und Obama kritisierte das Treffen.", "CONSULT", "Wladimir Putin", "Baschar al-Assad"),
    ("In Paris schlägt die Regierung eine Reform vor, und Zehntausende gehen dagegen auf die Straße.", "PROTEST",
     "FRA CVL", "FRA GOV"),
])
def test_a_trigger_takes_its_sides_from_its_own_main_clause(ctx: Context, text: str, type_: str, source: str,
                                                           target: str) -> None:
    (event,) = [e for e in extract(ctx, text, "2016-01-04") if e.type == type_]
    assert source in _names(event.source) and target in _names(event.target)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Russland bombardiert weiter Aleppo, und die USA kritisieren das scharf.", "USA"),
    ("Die Türkei schoss einen russischen Kampfjet ab, und Putin drohte mit Konsequenzen.", "Türkei"),
])
def test_an_actor_of_the_other_main_clause_is_no_side(ctx: Context, text: str, wrong: str) -> None:
    events = extract(ctx, text, "2016-01-04")
    assert all(wrong not in _names(e.target) for e in events if e.type == "ASSAULT")
    assert all(wrong not in _names(e.source) for e in events if e.type != "ASSAULT")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Die Türkei, Russland und der Iran trafen sich am Montag in Moskau.", "Türkei", "Russland"),
    ("Merkel reiste nach Ankara, und dort traf sie Davutoglu.", "Angela Merkel", "Türkei"),
])
def test_a_list_or_a_clause_without_subject_is_not_split(ctx: Context, text: str, source: str, target: str) -> None:
    events = [e for e in extract(ctx, text, "2016-01-04") if e.type == "CONSULT"]
    assert any(source in _names(e.source) | _names(e.target) and target in _names(e.source) | _names(e.target)
               for e in events)


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Kerry traf Lawrow und Steinmeier kritisierte Moskau.", "ACCUSE", "Frank-Walter Steinmeier", "Russland"),
    ("Kerry traf Lawrow und Steinmeier kritisierte Moskau.", "CONSULT", "John Kerry", "Sergej Lawrow"),
    ("Juncker lobte Tsipras und Merkel kritisierte Athen.", "ACCUSE", "Angela Merkel", "Griechenland"),
    ("Merkel traf Hollande und der russische Präsident Putin kritisierte die Nato.", "ACCUSE", "Wladimir Putin",
     "Nato"),
    ("Lawrow kritisierte die Türkei und Davutoglu wies die Vorwürfe zurück.", "REJECT", "Ahmet Davutoğlu",
     "Sergej Lawrow"),
    ("Die Türkei schoss einen russischen Kampfjet ab und Putin drohte Ankara mit Konsequenzen.", "THREATEN",
     "Wladimir Putin", "Türkei"),
])
def test_und_with_a_subject_and_finite_verb_of_its_own_opens_a_main_clause(ctx: Context, text: str, type_: str,
                                                                         source: str, target: str) -> None:
    (event,) = [e for e in extract(ctx, text, "2016-01-04") if e.type == type_]
    assert _names(event.source) == {source} and _names(event.target) == {target}


@pytest.mark.parametrize(("text", "sources"), [
    ("Netanjahu empfing Kerry in Jerusalem und Abbas traf Mogherini in Ramallah.", {"Benjamin Netanjahu", "Mahmud Abbas"}),
    ("Assad dankte Putin und Rohani lobte Russland.", {"Baschar al-Assad", "Hassan Rohani"}),
])
def test_two_main_clauses_joined_by_und_give_two_acts_of_one_type(ctx: Context, text: str, sources: set[str]) -> None:
    events = extract(ctx, text, "2016-01-04")
    assert {a.name for e in events for a in e.source} == sources


@pytest.mark.parametrize(("text", "partners"), [
    ("Merkel hat Putin und Poroschenko getroffen und über die Ukraine gesprochen.", {"Wladimir Putin", "Petro Poroschenko"}),
    ("Obama empfing Merkel und Hollande am Montag im Weißen Haus.", {"Angela Merkel", "François Hollande"}),
    ("Obama traf Putin und Merkel in Antalya.", {"Wladimir Putin", "Angela Merkel"}),
])
def test_und_joining_objects_opens_no_clause(ctx: Context, text: str, partners: set[str]) -> None:
    (event,) = [e for e in extract(ctx, text, "2016-01-04") if e.type == "CONSULT"]
    assert _names(event.target) == partners
