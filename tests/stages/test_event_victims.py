"""Tests of whom an attack that names no actor as its target hits (event_victims.py): the forces of a state
whose base is attacked, the civilians of one whose hotel or mosque is, insurgents attacking at home, unnamed
attackers behind a new attack noun, and storming."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _attacks(ctx: Context, text: str) -> list:
    return [e for e in extract(ctx, text, "2016-01-04") if e.type == "ASSAULT"]


def _sides(event) -> tuple[set, set]:
    return ({(a.country, a.sector) for a in event.source}, {(a.country, a.sector) for a in event.target})


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Bewaffnete haben am Samstag eine Luftwaffenbasis in Indien angegriffen.", ("IND", "REB"), ("IND", "MIL")),
    ("Die Rebellen beschossen am Sonntag einen Armeeposten in Syrien.", ("SYR", "REB"), ("SYR", "MIL")),
    ("Extremisten haben am Sonntag eine Kaserne in Nigeria gestürmt.", ("NGA", "REB"), ("NGA", "MIL")),
    ("Bewaffnete stürmten am Freitag ein Hotel in Bamako.", ("MLI", "REB"), ("MLI", "CVL")),
    ("Islamisten griffen am Montag ein Hotel in Mali an.", ("MLI", "REB"), ("MLI", "CVL")),
    ("Bewaffnete griffen am Samstag einen Armeestützpunkt im Sinai an.", ("EGY", "REB"), ("EGY", "MIL")),
])
def test_insurgents_attacking_a_thing_at_home_hit_its_holder(ctx: Context, text: str, source: tuple,
                                                            target: tuple) -> None:
    (attack,) = _attacks(ctx, text)
    assert _sides(attack) == ({source}, {target})


def test_a_foreign_force_bombing_a_hospital_hits_civilians(ctx: Context) -> None:
    (attack,) = _attacks(ctx, "Russland bombardierte am Dienstag ein Krankenhaus in Syrien.")
    assert _sides(attack)[1] == {("SYR", "CVL")}


@pytest.mark.parametrize(("text", "source", "target"), [
    (("Mehr als 48 Stunden nach Beginn eines Angriffs auf eine Luftwaffenbasis in Indien sind erneut Schüsse zu "
      "hören gewesen."), ("IND", "REB"), ("IND", "MIL")),
    ("Bei einem Angriff auf einen Militärstützpunkt in Afghanistan wurden am Sonntag fünf Soldaten getötet.",
     ("AFG", "REB"), ("AFG", "MIL")),
])
def test_a_new_attack_noun_on_a_thing_is_by_unnamed_attackers_of_its_state(ctx: Context, text: str, source: tuple,
                                                                         target: tuple) -> None:
    (attack,) = _attacks(ctx, text)
    assert _sides(attack) == ({source}, {target}) and attack.confidence < 0.8


@pytest.mark.parametrize("text", [
    "Die Miliz kämpft in Syrien.",  # where a fight goes on, no act
    "Nach den Angriffen auf die Luftwaffenbasis in Indien sagte Modi seine Reise ab.",  # an act told before
    "Bei Raketenangriffen auf Kliniken und Schulen in Syrien wurden 50 Zivilisten getötet.",  # a state's strikes
    "Der Sturm der Entrüstung war groß.",
    "Ein schwerer Sturm hat am Sonntag in Kroatien Schäden angerichtet.",
    "Die Fans stürmten nach dem Spiel den Platz.",
])
def test_no_unnamed_attack_where_none_is_reported(ctx: Context, text: str) -> None:
    assert all(("SYR", "REB") not in _sides(e)[0] and ("IND", "REB") not in _sides(e)[0] for e in _attacks(ctx, text))
    assert not [e for e in _attacks(ctx, text) if e.trigger.lower().startswith(("sturm", "stürm", "kämpft"))]


def test_storming_an_embassy_attacks_its_state(ctx: Context) -> None:
    (attack,) = _attacks(ctx, "Demonstranten stürmten am Samstag die saudische Botschaft in Teheran.")
    assert _sides(attack) == ({("IRN", "CVL")}, {("SAU", "GOV")})


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ein Attentäter sprengte sich am Dienstag in Istanbul in die Luft.", ("TUR", "REB"), ("TUR", "GOV")),
    ("Ein Selbstmordattentäter riss am Montag in Kabul 20 Menschen mit in den Tod.", ("AFG", "REB"), ("AFG", "CVL")),
    ("Ein Palästinenser stach am Montag in Jerusalem auf zwei Israelis ein.", ("PSE", None), ("ISR", "CVL")),
])
def test_idioms_of_attacks_by_individuals(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    (attack,) = _attacks(ctx, text)
    assert _sides(attack) == ({source}, {target})


@pytest.mark.parametrize("text", [
    "Die Armee sprengte am Montag eine Brücke in die Luft.",
    "Das Schiff stach am Montag in See.",
])
def test_no_attack_in_other_senses_of_the_idioms(ctx: Context, text: str) -> None:
    assert _attacks(ctx, text) == []


def test_a_foreign_force_attacking_a_base_does_not_hit_the_state_forces(ctx: Context) -> None:
    (attack,) = _attacks(ctx, "Russland griff am Sonntag einen Stützpunkt in Syrien an.")
    assert ("SYR", "MIL") not in _sides(attack)[1]


@pytest.mark.parametrize("text", [
    "Die Demonstranten stürmten am Montag das Parlament in Skopje.",  # a riot as well as an attack
    "Ein Selbstmordattentäter sprengte sich am Dienstag in Istanbul in die Luft.",  # whom he hit is unsaid
])
def test_disputed_or_inferred_attacks_are_never_sure(ctx: Context, text: str) -> None:
    (attack,) = _attacks(ctx, text)
    assert attack.confidence <= 0.75


@pytest.mark.parametrize(("text", "type_"), [
    # storming by the police is a raid; by armed men it stays an attack
    ("Die türkische Polizei stürmte am Freitag die Redaktion der Zeitung Zaman in Istanbul.", "COERCE"),
    ("Bewaffnete stürmten am Freitag ein Hotel in Bamako.", "ASSAULT"),
])
def test_who_storms_decides_the_type(ctx: Context, text: str, type_: str) -> None:
    assert [e.type for e in extract(ctx, text, "2016-03-05")] == [type_]


@pytest.mark.parametrize(("text", "sides"), [
    # the far right is no armed group: an unarmed political camp (OPP), whether they march or attack
    ("Rechtsextremisten demonstrierten am Samstag in Dresden gegen die Asylpolitik der Regierung.",
     ({("DEU", "OPP")}, {("DEU", "GOV")})),
    ("Rechtsextreme griffen am Samstag in Heidenau Polizisten an.", ({("DEU", "OPP")}, {("DEU", "POL")})),
    ("Rechtsextremisten griffen am Samstag ein Flüchtlingsheim in Heidenau an.", ({("DEU", "OPP")}, {("DEU", "CVL")})),
    ("Neonazis verübten am Samstag einen Brandanschlag auf ein Flüchtlingsheim in Sachsen.",
     ({("DEU", "OPP")}, {("DEU", "CVL")})),
    ("Rechtsextremisten haben einen Brandanschlag auf eine Flüchtlingsunterkunft in Nauen verübt.",
     ({("DEU", "OPP")}, {("DEU", "CVL")})),
])
def test_the_far_right_is_no_armed_group(ctx: Context, text: str, sides: tuple) -> None:
    (event,) = [e for e in extract(ctx, text, "2016-01-04") if e.type in ("ASSAULT", "PROTEST")]
    assert _sides(event) == sides


def test_a_terror_attack_of_civilians_on_civilians_of_their_state_keeps_its_target(ctx: Context) -> None:
    # two groups of people that share an id (DEU CVL) are no one side in a terror attack
    (attack,) = _attacks(ctx, "Demonstranten verübten am Samstag einen Brandanschlag auf ein Flüchtlingsheim in Sachsen.")
    assert _sides(attack) == ({("DEU", "CVL")}, {("DEU", "CVL")})


def test_civilians_of_one_state_in_no_terror_attack_are_one_side(ctx: Context) -> None:
    # a brawl of unnamed people is no political act: the rule is for terror attacks only
    assert _attacks(ctx, "Demonstranten warfen am Samstag Steine auf Flüchtlinge in Heidenau.") == []


@pytest.mark.parametrize(("text", "sides"), [
    # review of d7ff8d7: a far-right word right before another group noun is its adjective; armed fighters stay REB
    ("Rechtsextreme Milizionäre des Rechten Sektors lieferten sich in Mukatschewo ein Feuergefecht mit der Polizei.",
     ({("UKR", "REB")}, {("UKR", "GOV")})),
    ("Bewaffnete Rechtsextremisten lieferten sich in Mukatschewo ein Feuergefecht mit der ukrainischen Polizei.",
     ({("UKR", "REB")}, {("UKR", "GOV")})),
    # ... and of the far-right camp when the head is civilians
    ("Rechtsextreme Demonstranten griffen am Samstag in Heidenau Polizisten an.", ({("DEU", "OPP")}, {("DEU", "POL")})),
    ("In Mukatschewo lieferten sich bewaffnete Rechtsextremisten ein Feuergefecht mit der ukrainischen Polizei.",
     ({("UKR", "REB")}, {("UKR", "GOV")})),
    # inside a sentence a capitalised far-right noun is a side of its own: subject, then object
    ("In Heidenau griffen Rechtsextreme Flüchtlinge aus Syrien an.", ({("DEU", "OPP")}, {("SYR", "CVL")})),
])
def test_a_far_right_attribute_leaves_the_head_its_group(ctx: Context, text: str, sides: tuple) -> None:
    (event,) = [e for e in extract(ctx, text, "2015-07-11") if e.type == "ASSAULT"]
    assert _sides(event) == sides
