"""Unnamed attackers are armed non-state actors, and stabbing is killing (lang/de actors.yaml, events.yaml)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "source"), [
    ("Ein palästinensischer Attentäter hat am Montag eine Israelin erstochen.", ("PSE", "REB")),
    ("Bei einem Messerangriff eines palästinensischen Angreifers wurde eine Israelin verletzt. Es war der dritte "
     "Anschlag binnen einer Woche.", ("PSE", "REB")),
    ("Unbekannte Bewaffnete haben in Kabul zwei afghanische Polizisten erschossen.", ("AFG", "REB")),
    ("Ein irakischer Selbstmordattentäter hat in Bagdad zwölf Soldaten getötet.", ("IRQ", "REB")),
    ("Zwei nigerianische Selbstmordattentäterinnen haben in Maiduguri 58 Menschen getötet.", ("NGA", "REB")),
    # armed men are an armed group, also when the adjective opens the sentence
    ("Bewaffnete Männer haben in Kabul zwei afghanische Polizisten erschossen.", ("AFG", "REB")),
    ("Eine Gruppe bewaffneter Männer hatte am Donnerstag in Jakarta mehrere Ziele angegriffen.", ("IDN", "REB")),
    # an attack on an envoy is political violence: the attacker is no criminal civilian
    ("Der Angreifer schoss am Mittwoch in Ankara auf den russischen Botschafter.", ("TUR", "REB")),
])
def test_attackers_are_armed_groups(ctx: Context, text: str, source: tuple) -> None:
    attacks = [e for e in extract(ctx, text, "2016-01-05") if e.type == "ASSAULT"]
    assert attacks, text
    assert {(a.country, a.sector) for a in attacks[0].source} == {source}
    assert all(a.sector != "CVL" for a in attacks[0].source), attacks[0]  # the victims may be civilians


@pytest.mark.parametrize(("text", "attacker"), [
    # an attacker of no armed group in a report of no political violence is a criminal civilian
    ("In Wien hat die Polizei einen Angreifer niedergeschossen, der Passanten mit einem Messer attackiert hatte.",
     ("AUT", "CVL")),
    ("Ein 18-Jähriger hat in Houston auf Schüler geschossen. In Houston schoss die Polizei den Angreifer nieder.",
     ("USA", "CVL")),
    # an attack the report calls an "Anschlag", or an armed group named in it, keeps the rebels
    ("Nach dem Anschlag in Wien hat die Polizei einen Angreifer niedergeschossen.", ("AUT", "REB")),
    ("In Kabul hat die Polizei einen Angreifer niedergeschossen. Die Taliban bekannten sich zu dem Angriff.",
     ("AFG", "REB")),
])
def test_unaffiliated_attackers_are_civilians(ctx: Context, text: str, attacker: tuple) -> None:
    shot = [e for e in extract(ctx, text, "2016-01-05") if e.type == "ASSAULT" and
            any(a.sector == "POL" for a in e.source)]
    assert shot, text
    assert {(a.country, a.sector) for a in shot[0].target} == {attacker}


def test_attackers_without_a_state_make_no_actor(ctx: Context) -> None:
    # no country adjective and none in the article: no actor to code, no event
    assert [e for e in extract(ctx, "Die Angreifer töteten sieben Soldaten.", "2016-01-05")] == []


@pytest.mark.parametrize(("text", "absent", "present"), [
    # a verb form right after a preposition with its article is an adjective: no COERCE "besetzten"
    ("Ein palästinensischer Angreifer hat eine israelische Frau im besetzten Westjordanland angegriffen.",
     "COERCE", "ASSAULT"),
    # a circumposition "von X aus" closes before the finite verb: the verb still reports the act
    ("Von Hmeimim aus reiste Putin weiter nach Kairo zu Gesprächen mit dem ägyptischen Präsidenten Abdel Fattah "
     "al-Sisi.", None, "CONSULT"),
])
def test_participles_after_prepositions(ctx: Context, text: str, absent: str | None, present: str) -> None:
    types = {e.type for e in extract(ctx, text, "2017-12-11")}
    assert present in types and absent not in types, types


def test_a_described_person_is_no_civilian_group(ctx: Context) -> None:
    # "der starke Mann Libyens" describes Haftar; no Libyan civilians attack
    found = extract(ctx, "Der starke Mann Libyens, Chalifa Haftar, griff Tripolis an.", "2019-04-05")
    assert all(a.sector != "CVL" for e in found for a in e.source), found


@pytest.mark.parametrize(("text", "target"), [
    # a terror attack that is the setting of a passive killing and names no author: by armed attackers of the
    # country where it happened, on the people killed
    ("Bei einem Selbstmordanschlag in Ankara wurden 28 Menschen getötet.", ("TUR", "CVL")),
    ("Bei einem Bombenanschlag in Istanbul sind am Dienstag zehn deutsche Touristen getötet worden.", ("DEU", "CVL")),
    ("Bei einem Autobombenanschlag auf einen Militärkonvoi in Ankara wurden 28 Menschen getötet.", ("TUR", "CVL")),
])
def test_an_unclaimed_terror_attack_at_home(ctx: Context, text: str, target: tuple) -> None:
    attacks = [e for e in extract(ctx, text, "2016-02-18") if e.type == "ASSAULT"]
    assert len(attacks) == 1, attacks
    assert attacks[0].mode == "terror"
    assert {(a.country, a.sector) for a in attacks[0].source} == {("TUR", "REB")}
    assert target in {(a.country, a.sector) for a in attacks[0].target}


@pytest.mark.parametrize("text", [
    # an attack only named as a time or a topic is no report of it
    "Nach den Anschlägen in Paris hat Frankreich die Grenzkontrollen verschärft.",
    "Die Anschläge in Paris haben Europa erschüttert.",
])
def test_a_named_attack_is_no_unclaimed_report(ctx: Context, text: str) -> None:
    assert not any(e.type == "ASSAULT" and ("FRA", "REB") in {(a.country, a.sector) for a in e.source}
                   for e in extract(ctx, text, "2016-02-18"))


def test_a_later_claim_names_the_unclaimed_attacker(ctx: Context) -> None:
    text = ("Bei einem Selbstmordanschlag in Ankara sind am Sonntag 37 Menschen getötet worden. Die Terrormiliz IS "
            "bekannte sich zu dem Anschlag.")
    attacks = [e for e in extract(ctx, text, "2016-03-14") if e.type == "ASSAULT"]
    assert len(attacks) == 1 and ("TUR", "REB") not in {(a.country, a.sector) for a in attacks[0].source}, attacks
