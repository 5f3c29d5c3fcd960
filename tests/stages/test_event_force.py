"""Tests of the military-act rules of event_force.py: intervals that date an act, the rebels at an attacked
place, the place a withdrawal leaves, persons who travel, reported ceasefires, stand-in nouns, objects named
before and the target of an act noun whose source is a state adjective."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _of_type(ctx: Context, text: str, published: str, type_: str) -> list:
    return [e for e in extract(ctx, text, published) if e.type == type_]


@pytest.mark.parametrize(("text", "published", "date"), [
    (("Einen Tag nach Beginn der russischen Luftangriffe in Syrien wächst im Westen die Kritik am Vorgehen "
      "Moskaus."), "2015-10-01", "2015-09-30"),
    ("Vier Tage nach dem russischen Angriff auf die Ukraine hat die EU Sanktionen verhängt.", "2022-02-28",
     "2022-02-24"),
    # the interval counts from the sentence's own day, not from the publication
    (("Zwei Tage nach dem russischen Angriff auf die Ukraine wurden am 26. Februar in Polen die ersten "
      "Flüchtlinge gezählt."), "2022-03-01", "2022-02-24"),
])
def test_an_interval_before_nach_dates_the_act_noun(ctx: Context, text: str, published: str, date: str) -> None:
    (attack,) = _of_type(ctx, text, published, "ASSAULT")
    assert attack.date is not None and attack.date.value == date


def test_an_interval_in_a_background_sentence_gives_no_date(ctx: Context) -> None:
    text = "Einen Tag nach dem russischen Angriff auf die Ukraine hatte die EU Sanktionen verhängt."
    (attack,) = _of_type(ctx, text, "2022-07-01", "ASSAULT")
    assert attack.date is None or attack.date.value != "2022-06-30"


@pytest.mark.parametrize(("text", "published"), [
    ("Die syrischen Regierungstruppen haben am Montag eine Offensive auf Idlib begonnen.", "2020-03-02"),
    ("Syrische Truppen haben am Montag eine Offensive auf Aleppo begonnen.", "2016-11-15"),
])
def test_own_forces_attacking_a_place_of_their_country_fight_its_rebels(ctx: Context, text: str, published: str) -> None:
    (attack,) = _of_type(ctx, text, published, "ASSAULT")
    assert {(a.country, a.sector) for a in attack.target} == {("SYR", "REB")}


@pytest.mark.parametrize("text", [
    "Wie viele Soldaten und Flugzeuge Syrien verlassen sollen, blieb offen.",  # Syria is the place left
    "Assad habe das Land verlassen, erklärten die Rebellen.",  # a person leaving is no withdrawal
    "Die Feuerpause solle um Mitternacht in Kraft treten, sagte Putin am Donnerstag in Moskau.",
    ("Von Sonntag an soll in den umkämpften Gebieten Donezk und Luhansk eine Waffenruhe gelten, wie "
     "Bundeskanzlerin Angela Merkel und Frankreichs Präsident François Hollande am Donnerstag mitteilten."),
])
def test_no_withdrawal_by_the_place_left_a_traveller_or_a_speaker(ctx: Context, text: str) -> None:
    assert _of_type(ctx, text, "2016-03-15", "RETREAT") == []


def test_forces_leaving_a_state_withdraw(ctx: Context) -> None:
    (retreat,) = _of_type(ctx, "Die russischen Truppen haben Syrien verlassen.", "2016-03-15", "RETREAT")
    assert {a.country for a in retreat.source} == {"RUS"}


def test_a_noun_stands_in_for_a_military_verb_of_another_clause(ctx: Context) -> None:
    text = ("Russland fliegt seit Ende September Luftangriffe in Syrien, auch in der Grenzregion, in der "
            "turkmenische Rebellen gegen die Truppen von Präsident Baschar al-Assad kämpfen.")
    (attack,) = _of_type(ctx, text, "2015-11-24", "ASSAULT")
    assert {a.country for a in attack.source} == {"RUS"}
    assert attack.trigger == "Luftangriffe"


def test_an_object_named_before_keeps_its_place(ctx: Context) -> None:
    text = ("Am Samstag ist der Hafen der ukrainischen Stadt Odessa mit Raketen angegriffen worden. Russland habe "
            "vier Marschflugkörper vom Typ Kalibr auf den Hafen abgefeuert, teilte das ukrainische Militär mit.")
    (attack,) = _of_type(ctx, text, "2022-07-23", "ASSAULT")
    assert {a.country for a in attack.source} == {"RUS"}
    assert {a.country for a in attack.target} == {"UKR"}


def test_an_adjective_source_keeps_the_nouns_own_target(ctx: Context) -> None:
    text = "Vier Tage nach dem russischen Angriff auf die Ukraine hat die EU Sanktionen verhängt."
    (attack,) = _of_type(ctx, text, "2022-02-28", "ASSAULT")
    assert {a.country for a in attack.target} == {"UKR"}


@pytest.mark.parametrize(("text", "target"), [
    (("In den ukrainischen Häfen lagern seit Beginn des russischen Angriffskriegs Millionen Tonnen "
      "Getreide."), {"UKR"}),
    # an adjective on an actor of a relative clause places nothing
    (("Russland fliegt seit Ende September Luftangriffe in Syrien, auch in der Grenzregion, in der "
      "turkmenische Rebellen gegen die Truppen von Präsident Baschar al-Assad kämpfen."), {"SYR"}),
])
def test_a_state_adjective_after_a_locative_places_an_attack_noun(ctx: Context, text: str, target: set) -> None:
    (attack,) = _of_type(ctx, text, "2022-07-22", "ASSAULT")
    assert {a.country for a in attack.target} == target


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Die Polizei nahm am Samstag in Köln 31 Verdächtige fest.", "COERCE", ("DEU", "POL"), ("DEU", "CVL")),
    ("Kiew – Die Polizei hat am Sonntag in der Hauptstadt 15 Demonstranten festgenommen.", "COERCE",
     ("UKR", "POL"), ("UKR", "CVL")),
    ("Die Polizei hat in Belgien mehrere Terrorverdächtige festgenommen.", "COERCE", ("BEL", "POL"), ("BEL", "CVL")),
    ("Ägyptische Sicherheitskräfte töteten am Montag zehn Extremisten auf dem Sinai.", "ASSAULT",
     ("EGY", "POL"), ("EGY", "REB")),
    # "von" after a place taken names whom it was taken from
    ("Kurdische Kämpfer haben die Stadt Sindschar von der IS-Miliz zurückerobert.", "ASSAULT", ("IRQ", "REB"),
     (None, "REB")),
    ("Die irakische Armee hat Ramadi von der Terrormiliz IS zurückerobert.", "ASSAULT", ("IRQ", "MIL"), (None, "REB")),
    # a state helping is no place of the act: the army retook the town from its rebels
    ("Die afghanische Armee hat Kundus mit Unterstützung der USA zurückerobert.", "ASSAULT", ("AFG", "MIL"),
     ("AFG", "REB")),
])
def test_police_and_forces_of_the_place_act(ctx: Context, text: str, type_: str, source: tuple, target: tuple) -> None:
    (event,) = _of_type(ctx, text, "2016-01-10", type_)
    assert source in {(a.country, a.sector) for a in event.source}
    assert {(a.country, a.sector) for a in event.target} == {target}


@pytest.mark.parametrize("text", [
    # police a report only cites or lists are no side of other acts
    ("Wie die Polizei in Berlin mitteilte, hatten die Opfer am Samstag ein Haus im Stadtteil Wedding "
     "verlassen."),
    ("Ankara – Erdogan wirft dem Prediger vor, Polizei und Justiz unterwandert zu haben."),
])
def test_police_of_the_place_take_no_other_act(ctx: Context, text: str) -> None:
    assert all(("DEU", "POL") not in {(a.country, a.sector) for a in e.source + e.target}
               and ("TUR", "POL") not in {(a.country, a.sector) for a in e.source + e.target}
               for e in extract(ctx, text, "2016-01-10"))


@pytest.mark.parametrize(("text", "source", "target"), [
    # tear gas and water cannon used against people: coercion of them
    ("Mazedonische Polizisten setzten Tränengas gegen Flüchtlinge an der Grenze zu Griechenland ein.",
     ("MKD", "POL"), ("MKD", "CVL")),
    ("Die Polizei ging in Istanbul mit Tränengas und Wasserwerfern gegen Demonstranten vor.", ("TUR", "POL"),
     ("TUR", "CVL")),
    # the dateline's unknown first place does not hide the known one; the police are Macedonia's
    (("Idomeni/Athen – An der griechisch-mazedonischen Grenze bei Idomeni ist die mazedonische Polizei am "
      "Mittwoch erneut mit Tränengas gegen Flüchtlinge vorgegangen."), ("MKD", "POL"), ("GRC", "CVL")),
])
def test_riot_control_coerces_the_crowd(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    (event,) = _of_type(ctx, text, "2016-03-02", "COERCE")
    assert {(a.country, a.sector) for a in event.source} == {source}
    assert target in {(a.country, a.sector) for a in event.target}


def test_riot_control_on_nobody_named_is_no_act(ctx: Context) -> None:
    text = "Die israelische Armee setzte dort Tränengas ein, wie eine Reporterin der Nachrichtenagentur AFP berichtete."
    assert _of_type(ctx, text, "2016-03-02", "COERCE") == []


def test_the_police_last_named(ctx: Context) -> None:
    text = ("Athen – Die mazedonische Polizei hat die Grenze geschlossen. Am Wochenende hatte die Polizei Tränengas "
            "gegen Flüchtlinge eingesetzt.")
    (event,) = _of_type(ctx, text, "2016-03-02", "COERCE")
    assert {(a.country, a.sector) for a in event.source} == {("MKD", "POL")}


@pytest.mark.parametrize(("text", "source", "target"), [
    # a state's executions are its government's acts, not its forces'
    ("Saudi-Arabien hat am Samstag 47 Menschen hingerichtet.", ("SAU", "GOV"), ("SAU", "CVL")),
    ("In Saudi-Arabien wurden am Samstag 47 Menschen hingerichtet.", ("SAU", "GOV"), ("SAU", "CVL")),
    # hostages are civilians of the place
    ("Die Terrormiliz IS hat in Syrien zwei Geiseln hingerichtet.", (None, "REB"), ("SYR", "CVL")),
])
def test_executions(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    (event,) = _of_type(ctx, text, "2016-01-04", "ASSAULT")
    assert {(a.country, a.sector) for a in event.source} == {source}
    assert {(a.country, a.sector) for a in event.target} == {target}


@pytest.mark.parametrize(("text", "source", "target"), [
    # a border closed "zu" a neighbour shuts that neighbour out
    ("Mazedonien hat die Grenze zu Griechenland geschlossen.", "MKD", "GRC"),
    ("Die Türkei hat die Grenze zu Syrien für Flüchtlinge aus Aleppo geschlossen.", "TUR", "SYR"),
])
def test_a_border_closed_to_a_neighbour(ctx: Context, text: str, source: str, target: str) -> None:
    (event,) = _of_type(ctx, text, "2016-03-05", "SANCTION")
    assert {a.country for a in event.source} == {source} and {a.country for a in event.target} == {target}
