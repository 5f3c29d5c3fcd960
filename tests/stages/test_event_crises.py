"""Tests of wars and crises outside Europe in wire news of 2015-2016: coalitions led by a state, weapons tests,
places freed or encircled, the aim of an offensive, the mode a noun gives a verb, and the forces, people and
places these reports name."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract
from tests.stages.test_mentions import analyse


def _of_type(ctx: Context, text: str, published: str, type_: str) -> list:
    return [e for e in extract(ctx, text, published) if e.type == type_]


def _sides(event) -> tuple[set, set]:
    return ({(a.country, a.sector) for a in event.source}, {(a.country, a.sector) for a in event.target})


@pytest.mark.parametrize(("text", "source", "target"), [
    (("Die von Saudi-Arabien angeführte Militärkoalition hat erneut Stellungen der Houthi-Rebellen in Sanaa "
      "bombardiert."), ("SAU", "MIL"), ("YEM", "REB")),
    ("Die von den USA geführte Koalition hat Stellungen der Taliban in der Provinz Helmand bombardiert.",
     ("USA", "MIL"), ("AFG", "REB")),
])
def test_a_coalition_led_by_a_state_is_its_forces(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    (attack,) = _of_type(ctx, text, "2016-01-10", "ASSAULT")
    assert _sides(attack) == ({source}, {target})


def test_a_state_supporting_a_group_does_not_own_it(ctx: Context) -> None:
    mentions = analyse(ctx, "Die vom Iran unterstützten Milizen griffen Tikrit an.", "2016-01-10").mentions
    assert [m.country for m in mentions if m.text == "Milizen"] == ["IRQ"]


@pytest.mark.parametrize(("text", "place"), [
    ("Die Armee bombardierte erneut Stellungen in Sanaa.", "Sanaa"),
    ("Die Huthi-Rebellen zogen sich aus Sanaa zurück.", "Sanaa"),
])
def test_a_first_name_after_a_preposition_of_place_is_a_known_city(ctx: Context, text: str, place: str) -> None:
    mentions = analyse(ctx, text, "2016-01-10").mentions
    assert [m.kind for m in mentions if m.text == place] == ["LOC"]


@pytest.mark.parametrize(("text", "mode"), [
    (("Bei einem Luftangriff der von Saudi-Arabien geführten Koalition wurden im Jemen 20 Zivilisten "
      "getötet."), "aerial"),
    ("Bei einem Selbstmordanschlag in Kabul wurden am Montag 14 Polizisten getötet.", "terror"),
])
def test_a_noun_of_the_clause_gives_the_verb_its_mode(ctx: Context, text: str, mode: str) -> None:
    (attack,) = _of_type(ctx, text, "2016-01-10", "ASSAULT")
    assert attack.mode == mode


def test_a_noun_of_another_conjunct_gives_no_mode(ctx: Context) -> None:
    text = ("Während dieser Jahre sollen Mundlos und Böhnhardt zehn Menschen in ganz Deutschland ermordet und zwei "
            "Sprengstoffanschläge in Köln verübt haben.")
    assert all(e.mode != "terror" for e in _of_type(ctx, text, "2016-01-10", "ASSAULT"))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Die türkische Artillerie hat Stellungen der Kurdenmiliz YPG in Nordsyrien beschossen.", ("TUR", "MIL"),
     ("SYR", "REB")),
    ("Iranische Revolutionsgarden haben zehn US-Marinesoldaten festgenommen.", ("IRN", "MIL"), ("USA", "MIL")),
    ("Die IS-Miliz hat im Irak 35 Jesiden entführt.", (None, "REB"), ("IRQ", "CVL")),
])
def test_forces_and_people_of_crisis_reports(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    (act,) = [e for e in extract(ctx, text, "2016-01-13") if e.type in ("ASSAULT", "COERCE")]
    assert _sides(act) == ({source}, {target})


@pytest.mark.parametrize("text", [
    "Nordkorea hat nach eigenen Angaben erfolgreich eine Wasserstoffbombe getestet.",
    "Nordkorea feuerte am Sonntag eine Langstreckenrakete ab.",
    "Nordkorea hat seinen fünften Atomtest durchgeführt.",
    "Pjöngjang hat erneut zwei ballistische Raketen ins Japanische Meer abgefeuert.",
])
def test_a_weapons_test_shows_force(ctx: Context, text: str) -> None:
    (test,) = _of_type(ctx, text, "2016-02-07", "MOBILIZE")
    assert _sides(test) == ({("PRK", "MIL")}, set())
    assert _of_type(ctx, text, "2016-02-07", "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "Die Hamas feuerte eine Rakete auf Israel ab.",  # aimed at someone: an attack
    "Der Konzern testete ein neues Verfahren.",  # no weapon
])
def test_no_weapons_test_without_a_weapon_or_with_a_target(ctx: Context, text: str) -> None:
    assert _of_type(ctx, text, "2016-02-07", "MOBILIZE") == []


def test_a_condemned_test_aims_at_the_testing_state(ctx: Context) -> None:
    text = "Der UN-Sicherheitsrat verurteilte den nordkoreanischen Atomtest scharf."
    (accusation,) = _of_type(ctx, text, "2016-01-07", "ACCUSE")
    assert {a.country for a in accusation.target} == {"PRK"}


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Irakische Truppen haben Falludscha vollständig von der IS-Miliz befreit.", "ASSAULT", ("IRQ", "MIL"),
     (None, "REB")),
    ("Regierungstruppen haben Ost-Aleppo eingekesselt.", "COERCE", ("SYR", "MIL"), ("SYR", "REB")),
    ("Die irakische Armee hat eine Großoffensive zur Rückeroberung von Mossul begonnen.", "ASSAULT",
     ("IRQ", "MIL"), ("IRQ", "REB")),
])
def test_places_freed_encircled_or_aimed_at(ctx: Context, text: str, type_: str, source: tuple,
                                             target: tuple) -> None:
    (act,) = _of_type(ctx, text, "2016-06-26", type_)
    assert _sides(act) == ({source}, {target})


@pytest.mark.parametrize("text", [
    "Die Armee hat 200 Geiseln befreit.",  # people rescued, no place freed
    "Die Türkei hat 20 Geiseln von der PKK befreit.",  # a state as subject is no place freed
    "Strache will sich von allen Lasten der Vergangenheit befreien.",
    "Drei Pfadfinder befreien ein Kleinstädtchen von der üblichen Plage.",
])
def test_freeing_without_a_place_is_no_seizure(ctx: Context, text: str) -> None:
    assert _of_type(ctx, text, "2016-06-26", "ASSAULT") == []


@pytest.mark.parametrize(("text", "source"), [
    ("Bei einem Taliban-Anschlag in Kabul wurden 64 Menschen getötet.", "Taliban"),
    ("Bei einem IS-Anschlag in Bagdad wurden 30 Menschen getötet.", "Islamischer Staat"),
])
def test_an_organisation_before_an_attack_nouns_hyphen_is_its_author(ctx: Context, text: str, source: str) -> None:
    (attack,) = _of_type(ctx, text, "2016-04-19", "ASSAULT")
    assert [a.name for a in attack.source] == [source] and attack.mode == "terror"


def test_the_author_of_an_attack_noun_is_no_side_of_other_acts(ctx: Context) -> None:
    assert _of_type(ctx, "Die Regierung verurteilte den PKK-Anschlag in Ankara.", "2016-02-18", "ACCUSE") == []
    (condemned,) = _of_type(ctx, "Erdogan verurteilte den PKK-Anschlag in Ankara.", "2016-02-18", "ACCUSE")
    assert [a.name for a in condemned.target] == ["PKK"]


@pytest.mark.parametrize("text", [
    # rockets fired towards a state are no weapons test; a satellite launch is none either
    "Militante Palästinenser haben aus dem Gazastreifen erneut mehrere Raketen nach Israel abgefeuert.",
    "Indien hat am Freitag eine Rakete mit 20 Satelliten ins All gestartet.",
])
def test_no_weapons_test(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2016-01-10") if e.type == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Erdogan machte die Gülen-Bewegung für den Putschversuch verantwortlich.",
    "Ankara wirft der Gülen-Bewegung vor, hinter dem Putschversuch zu stehen.",
])
def test_the_guelen_movement_is_turkish_opposition(ctx: Context, text: str) -> None:
    (accusation,) = _of_type(ctx, text, "2016-07-16", "ACCUSE")
    assert _sides(accusation)[1] == {("TUR", "OPP")}
