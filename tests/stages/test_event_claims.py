"""Tests of event_claims.py: claimed attacks, the side that loses a place taken, genitive objects."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Die Terrormiliz Islamischer Staat (IS) hatte sich zu dem Anschlag auf eine russische Passagiermaschine vom 31. Oktober bekannt, "
     "bei dem 224 Menschen getötet wurden.", "REB", ("RUS", "CVL")),
    ("Die Dschihadistenmiliz kämpft in Syrien. Sie übernahm auch die Verantwortung für das Bombenattentat auf "
     "eine russische Passagiermaschine, bei dem am 31. Oktober alle 224 Menschen ums Leben kamen.",
     "REB", ("RUS", "CVL")),
    # the claimant after the verb ("Zu dem Anschlag bekannte sich …")
    ("Zu dem Anschlag in Kairo bekannte sich die Terrormiliz Islamischer Staat.", "REB", ("EGY", "GOV")),
    # a claim that refers back names the author of the authorless attack of the sentence before
    ("Bei einem Anschlag in Kairo wurden am Freitag sechs Polizisten getötet. Zu dem Anschlag bekannte sich die "
     "Terrormiliz IS.", "REB", ("EGY", "POL")),
    ("Bei einem Selbstmordanschlag in Ankara sind am Sonntag mindestens 37 Menschen getötet worden. Die "
     "Terrormiliz IS bekannte sich zu dem Anschlag.", "REB", ("TUR", "CVL")),
])
def test_a_claim_reports_the_attack(ctx: Context, text: str, source: str, target: tuple) -> None:
    """The claimant attacked; the attack noun's own phrase names the target, not the relative clause's victims."""
    attacks = [e for e in extract(ctx, text, "2015-11-26") if e.type == "ASSAULT"]
    assert len(attacks) == 1
    event = attacks[0]
    assert [a.sector for a in event.source] == [source]
    assert target in {(a.country, a.sector) for a in event.target}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Dies sei der nächste Schritt, nachdem Assad-Truppen Aleppo zurückerobert haben.", ("SYR", "MIL"), ("SYR", "REB")),
    ("Putin sagte, nach der Rückeroberung der Großstadt Aleppo durch die syrischen Regierungstruppen müsse "
     "eine Waffenruhe erreicht werden.", ("SYR", "MIL"), ("SYR", "REB")),
    ("Die Rückeroberung der Oasenstadt Palmyra durch die Terrormiliz Islamischer Staat (IS) war symbolisch.",
     (None, "REB"), ("SYR", "GOV")),
    # an attack verb's bare object place of the attacker's own state: its rebels hold it
    ("Regierungstruppen bombardierten Aleppo.", ("SYR", "MIL"), ("SYR", "REB")),
    ("Aleppo wurde von syrischen Kampfjets bombardiert.", ("SYR", "MIL"), ("SYR", "REB")),
    # a place of their own state that insurgents attack is the state's
    ("Kiew – Die prorussischen Separatisten beschossen am Sonntag die Stadt Mariupol.", ("UKR", "REB"), ("UKR", "GOV")),
    ("Mariupol wurde von den prorussischen Separatisten beschossen.", ("UKR", "REB"), ("UKR", "GOV")),
    ("Ankara – PKK-Kämpfer griffen am Sonntag Diyarbakır an.", ("TUR", "REB"), ("TUR", "GOV")),
])
def test_a_place_taken_is_lost_by_its_holder(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    events = [e for e in extract(ctx, text, "2016-12-16") if e.type in ("ASSAULT", "COERCE")]
    assert len(events) == 1
    assert source in {(a.country, a.sector) for a in events[0].source}
    assert target in {(a.country, a.sector) for a in events[0].target}


@pytest.mark.parametrize("text", [
    "Russland annektierte die Halbinsel im März 2014.",
    "Russland besetzte die Region.",
])
def test_the_occupier_is_not_the_place(ctx: Context, text: str) -> None:
    """A state taking a place it does not name is not where the place lies: no rebels of its own lose it."""
    events = [e for e in extract(ctx, text, "2016-03-18") if e.type == "COERCE"]
    assert not any(a.sector == "REB" for e in events for a in e.target), events


@pytest.mark.parametrize("text", [
    "Vier Tage nach dem Abschuss eines russischen Kampfjets an der Grenze hat Russland Sanktionen gegen die Türkei verhängt.",
    "Über seinen Verbleib war zunächst nichts bekannt.",
])
def test_no_attack_without_an_attacker(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2015-11-28") if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "target"), [
    # a foreign state's forces attacking a place fight the armed groups there (the seeds' air strikes in Syria)
    ("Die USA bombardierten Mossul.", ("IRQ", "REB")),
    ("Russland hat Aleppo bombardiert.", ("SYR", "REB")),
    ("Die Türkei beschoss Azaz.", ("SYR", "REB")),
    ("Die US-Luftwaffe bombardierte Rakka.", ("SYR", "REB")),
    ("Russische Jets bombardierten am Sonntag erneut Aleppo.", ("SYR", "REB")),
])
def test_a_place_a_foreign_force_attacks_is_held_by_rebels(ctx: Context, text: str, target: tuple) -> None:
    [attack] = [e for e in extract(ctx, text, "2016-01-10") if e.type == "ASSAULT"]
    assert [(a.country, a.sector) for a in attack.target] == [target]


def test_a_foreign_force_bombing_a_hospital_still_hits_civilians(ctx: Context) -> None:
    [attack] = [e for e in extract(ctx, "Russland bombardierte ein Krankenhaus in Idlib.", "2016-01-10")
                if e.type == "ASSAULT"]
    assert [(a.country, a.sector) for a in attack.target] == [("SYR", "CVL")]


@pytest.mark.parametrize("text", [
    "Boko Haram tötete in Nigeria drei Ärzte.",
    "In Nigeria wurden drei Mediziner von Boko Haram getötet.",
    "Boko Haram entführte in Nigeria zwei Entwicklungshelfer.",
])
def test_people_named_by_occupation_are_civilians(ctx: Context, text: str) -> None:
    attack = next(e for e in extract(ctx, text, "2015-11-28") if e.type == "ASSAULT")
    assert ("NGA", "CVL") in {(a.country, a.sector) for a in attack.target}


def test_the_genitive_of_a_shoot_down_is_its_target(ctx: Context) -> None:
    events = extract(ctx, "Überschattet wurde der Besuch vom Abschuss eines russischen Kampfjets durch die "
                          "türkische Luftwaffe.", "2015-11-26")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert {a.country for a in attack.source} == {"TUR"} and {a.country for a in attack.target} == {"RUS"}


@pytest.mark.parametrize(("text", "target"), [
    ("Die Terrormiliz Islamischer Staat hatte sich zu den Pariser Anschlägen vom 13. November bekannt, bei denen "
     "130 Menschen getötet wurden.", "FRA"),
    ("Die Terrormiliz Islamischer Staat bekannte sich zu dem Moskauer Anschlag auf ein Konzerthaus.", "RUS"),
    ("Die Terrormiliz Islamischer Staat bekannte sich zu den blutigen Istanbuler Anschlägen.", "TUR"),
])
def test_a_city_adjective_places_an_attack_in_its_state(ctx: Context, text: str, target: str) -> None:
    """"die Pariser Anschläge" are attacks in France: with no target named, France is attacked, as with "in Paris"."""
    attacks = [e for e in extract(ctx, text, "2015-11-26") if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert [a.sector for a in attacks[0].source] == ["REB"]
    assert {a.country for a in attacks[0].target} == {target}


def test_a_claimed_attack_takes_the_date_of_its_noun(ctx: Context) -> None:
    text = ("Die Terrormiliz Islamischer Staat hatte sich zu den Pariser Anschlägen vom 13. November bekannt, "
            "bei denen 130 Menschen getötet wurden.")
    attack = next(e for e in extract(ctx, text, "2015-11-26") if e.type == "ASSAULT")
    assert attack.date is not None and attack.date.value == "2015-11-13"


def test_a_claim_does_not_make_the_attackers_deaths_its_attack(ctx: Context) -> None:
    """The attackers killed by the police are no victims of the claimed attack."""
    text = ("Eine Gruppe bewaffneter Männer hatte am Donnerstag in Jakarta mehrere Ziele angegriffen. Fünf Angreifer "
            "wurden bei Schusswechseln mit der Polizei getötet. Zu den Angriffen bekannte sich die IS-Miliz.")
    attacks = [e for e in extract(ctx, text, "2016-01-16") if e.type == "ASSAULT"]
    assert not [e for e in attacks if {a.sector for a in e.source} == {"REB"} and {a.sector for a in e.target} == {"REB"}]
    # the claimant joins the unnamed attackers of the attack reported before
    assert [e for e in attacks if "Islamischer Staat" in [a.name for a in e.source] and ("IDN", "REB") in
            {(a.country, a.sector) for a in e.source} and "IDN" in {a.country for a in e.target}]


@pytest.mark.parametrize(("text", "target"), [
    # review of 20faff0: on an interstate front (events.yaml interstate_fronts) a foreign state's forces hit the state
    ("Die russische Armee beschoss Mariupol.", ("UKR", "GOV")),
    ("Russische Truppen beschossen Mariupol, sagte Poroschenko.", ("UKR", "GOV")),
    ("Die syrische Armee beschoss Kilis.", ("TUR", "GOV")),
    ("Syrische Kampfjets bombardierten Kilis.", ("TUR", "GOV")),
])
def test_a_place_a_state_at_war_with_its_state_attacks_is_the_state(ctx: Context, text: str, target: tuple) -> None:
    [attack] = [e for e in extract(ctx, text, "2015-01-24") if e.type == "ASSAULT"]
    assert [(a.country, a.sector) for a in attack.target] == [target]
