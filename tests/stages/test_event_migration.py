"""Tests of the migration crisis of 2015-2016 in wire news: borders closed, sealed, fenced or controlled against
a neighbour, people sent back across a border, a state's policy named by its adjective, and the zu-infinitive
that completes a condition."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _of_type(ctx: Context, text: str, published: str, type_: str) -> list:
    return [e for e in extract(ctx, text, published) if e.type == type_]


def _sides(event) -> tuple[set, set]:
    return ({(a.country, a.sector) for a in event.source}, {(a.country, a.sector) for a in event.target})


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ungarn hat die Grenze zu Serbien vollständig abgeriegelt.", "HUN", "SRB"),
    ("Ungarn riegelte um Mitternacht die Grenze zu Kroatien ab.", "HUN", "HRV"),
    ("Kroatien machte die Grenze zu Serbien dicht.", "HRV", "SRB"),
    ("Ungarn baut einen Zaun an der Grenze zu Serbien.", "HUN", "SRB"),
    ("Mazedonien baut einen zweiten Zaun an der Grenze zu Griechenland.", "MKD", "GRC"),
    ("Ungarn hat mit dem Bau eines Grenzzauns zu Serbien begonnen.", "HUN", "SRB"),
    ("Deutschland hat vorübergehend wieder Grenzkontrollen an der Grenze zu Österreich eingeführt.", "DEU", "AUT"),
    ("Auch Österreich führt Grenzkontrollen an der Grenze zu Ungarn ein.", "AUT", "HUN"),
    ("Tschechien verstärkte die Kontrollen an der Grenze zu Österreich.", "CZE", "AUT"),
    ("Die Grenze zu Serbien wurde von Ungarn in der Nacht abgeriegelt.", "HUN", "SRB"),
    ("Die Grenze zu Griechenland wurde von Mazedonien geschlossen.", "MKD", "GRC"),
    ("Die Abriegelung der Grenze zu Serbien durch Ungarn stieß auf Kritik.", "HUN", "SRB"),
])
def test_a_border_sealed_fenced_or_controlled_shuts_out_the_neighbour(ctx: Context, text: str, source: str,
                                                                     target: str) -> None:
    (sanction,) = _of_type(ctx, text, "2015-09-15", "SANCTION")
    assert _sides(sanction) == ({(source, "GOV")}, {(target, "GOV")})


@pytest.mark.parametrize("text", [
    "Die Polizei sperrte den Grenzübergang Nickelsdorf.",  # no neighbour shut out
    "Die Regierung führte eine neue Steuer ein.",  # "einführen" without controls
    "Die Bauern bauten einen Zaun um die Weide.",
    "Die Regierung kündigte die Schließung von 20 Schulen an.",  # a closure noun without a border
])
def test_other_closures_and_introductions_are_no_sanction(ctx: Context, text: str) -> None:
    assert _of_type(ctx, text, "2015-09-15", "SANCTION") == []


@pytest.mark.parametrize(("text", "type_", "target"), [
    ("Merkel kritisierte die österreichische Flüchtlingspolitik.", "ACCUSE", "AUT"),
    ("Die EU-Kommission kritisierte die ungarische Asylpolitik scharf.", "ACCUSE", "HUN"),
    ("Orban hat die deutsche Willkommenskultur scharf kritisiert.", "ACCUSE", "DEU"),
    ("Juncker lobte die griechische Flüchtlingspolitik.", "SUPPORT", "GRC"),
    ("Tsipras lehnte die österreichische Politik ab.", "REJECT", "AUT"),
    ("Obama kritisierte die russische Haltung im Syrien-Konflikt.", "ACCUSE", "RUS"),
])
def test_a_state_adjective_on_a_policy_addresses_its_government(ctx: Context, text: str, type_: str,
                                                                 target: str) -> None:
    (stance,) = _of_type(ctx, text, "2016-02-18", type_)
    assert _sides(stance)[1] == {(target, "GOV")}


def test_a_policy_of_no_state_addresses_nobody(ctx: Context) -> None:
    assert _of_type(ctx, "Merkel kritisierte die europäische Flüchtlingspolitik.", "2016-02-18", "ACCUSE") == []


@pytest.mark.parametrize(("text", "source"), [
    ("Griechenland schickte am Montag 202 Flüchtlinge in die Türkei zurück.", "GRC"),
    ("Berlin will syrische Flüchtlinge wieder nach Ungarn zurückschicken.", "DEU"),
    ("Deutschland schickte die Afghanen in ihre Heimat zurück.", "DEU"),  # a home country, no village
])
def test_people_sent_back_across_a_border_are_deported(ctx: Context, text: str, source: str) -> None:
    (deportation,) = _of_type(ctx, text, "2016-04-04", "COERCE")
    assert _sides(deportation)[0] == {(source, "GOV")}


def test_a_text_sent_back_is_no_deportation(ctx: Context) -> None:
    text = "Der Präsident schickte den Gesetzentwurf an das Parlament zurück."
    assert _of_type(ctx, text, "2016-04-04", "COERCE") == []


def test_a_destination_is_not_where_an_agentless_deportation_was_done(ctx: Context) -> None:
    text = "Aus Österreich wurden am Montag 50 Afghanen in die Türkei abgeschoben."
    assert all(a.country != "TUR" for e in _of_type(ctx, text, "2016-04-04", "COERCE") for a in e.source)


@pytest.mark.parametrize("text", [
    "Wenn Russland versucht, die Ukraine anzugreifen, wird die Nato reagieren.",
    "Serbien warnte vor Chaos, falls Ungarn versuchen sollte, die Grenze zu schließen.",
])
def test_a_zu_infinitive_completing_a_condition_is_no_threat(ctx: Context, text: str) -> None:
    assert _of_type(ctx, text, "2016-02-24", "THREATEN") == []


def test_a_punishment_after_a_condition_with_an_infinitive_stays_a_threat(ctx: Context) -> None:
    text = ("Sollte Russland versuchen, die Ukraine anzugreifen, werde die EU Sanktionen gegen Moskau verhängen, "
            "sagte Merkel.")
    (threat,) = _of_type(ctx, text, "2016-02-24", "THREATEN")
    assert _sides(threat)[1] == {("RUS", "GOV")}


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Im Gegenzug erhält die Türkei bis zu sechs Milliarden Euro von der EU.", (None, "IGO"), ("TUR", "GOV")),
    ("Die Ukraine bekam im Vorjahr 500 Millionen Dollar von den USA.", ("USA", "GOV"), ("UKR", "GOV")),
])
def test_money_received_from_a_party_is_its_aid(ctx: Context, text: str, giver: tuple, receiver: tuple) -> None:
    (aid,) = _of_type(ctx, text, "2016-03-18", "AID")
    assert _sides(aid) == ({giver}, {receiver})


def test_money_paid_is_no_aid(ctx: Context) -> None:
    assert _of_type(ctx, "Griechenland zahlte dem IWF 450 Millionen Euro.", "2015-04-09", "AID") == []


def test_defying_a_demand_rejects_its_author(ctx: Context) -> None:
    (refusal,) = _of_type(ctx, "Die Separatisten widersetzten sich der Forderung Kiews.", "2015-06-20", "REJECT")
    assert _sides(refusal)[1] == {("UKR", "GOV")}


def test_people_sent_to_a_state_were_not_sent_by_it(ctx: Context) -> None:
    text = "Athen – Am Montag wurden 200 Migranten in die Türkei zurückgeschickt."
    (deportation,) = _of_type(ctx, text, "2016-03-19", "COERCE")
    assert _sides(deportation)[0] == {("GRC", "GOV")}


def test_a_return_begun_by_a_state_is_its_deportation(ctx: Context) -> None:
    text = "Griechenland hat am Montag mit der Rückführung von Flüchtlingen in die Türkei begonnen."
    (deportation,) = _of_type(ctx, text, "2016-04-05", "COERCE")
    assert _sides(deportation)[0] == {("GRC", "GOV")}


def test_criticising_a_border_closure_addresses_its_author(ctx: Context) -> None:
    (criticism,) = _of_type(ctx, "Serbien kritisierte die Schließung der Grenze durch Ungarn.", "2015-09-16", "ACCUSE")
    assert _sides(criticism) == ({("SRB", "GOV")}, {("HUN", "GOV")})


def test_a_border_sealed_in_a_condition_shuts_out_no_other_actor(ctx: Context) -> None:
    text = "Belgrad fürchtet ein Chaos, falls es Ungarn gelingt, die Grenze abzuriegeln."
    assert [e.type for e in extract(ctx, text, None) if e.type in ("SANCTION", "THREATEN")] == []


def test_a_border_closed_in_an_infinitive_shuts_out_no_other_actor(ctx: Context) -> None:
    text = "Serbien warnte vor Chaos, falls Ungarn versuchen sollte, die Grenze zu schließen."
    assert _of_type(ctx, text, "2016-02-24", "SANCTION") == []


@pytest.mark.parametrize("text", [
    "Die griechische Polizei hält die Flüchtlinge dicht am Grenzübergang zu Mazedonien fest.",  # an adverb
    "Österreich sperrte am Mittwoch die Autobahn A4 an der Grenze zu Ungarn wegen eines Unfalls.",  # a road
    "Griechenland kündigte die Schließung des Lagers Idomeni an der Grenze zu Mazedonien an.",  # a camp
    "Die Grenze zu Griechenland ist seit Monaten dicht, sagte der mazedonische Präsident Iwanow.",  # a state
])
def test_only_the_border_itself_closed_is_a_sanction(ctx: Context, text: str) -> None:
    assert _of_type(ctx, text, "2016-03-10", "SANCTION") == []


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Mazedonien machte am Dienstag die Grenze zu Griechenland dicht.", "MKD", "GRC"),
    ("Ungarn sperrte den Grenzübergang zu Serbien.", "HUN", "SRB"),
    ("Mazedonien hat die Grenzen zu Griechenland am Montag dichtgemacht.", "MKD", "GRC"),
    ("Nach der Schließung der Grenze zu Mazedonien durch Griechenland sitzen Tausende fest.", "GRC", "MKD"),
])
def test_a_border_closed_as_object_or_closure_noun_stays_a_sanction(ctx: Context, text: str, source: str,
                                                                    target: str) -> None:
    (sanction,) = _of_type(ctx, text, "2016-03-10", "SANCTION")
    assert _sides(sanction) == ({(source, "GOV")}, {(target, "GOV")})


def test_border_controls_shut_out_only_the_neighbour_of_their_own_clause(ctx: Context) -> None:
    text = ("Schweden führte am Montag Ausweiskontrollen ein, Dänemark reagierte mit Kontrollen an der Grenze zu "
            "Deutschland.")
    assert _of_type(ctx, text, "2016-03-10", "SANCTION") == []


def test_a_light_verb_of_the_next_conjunct_leaves_its_own_act(ctx: Context) -> None:
    text = "Frankreich führte nach den Anschlägen Grenzkontrollen ein und verstärkte die Zusammenarbeit mit Belgien."
    (cooperation,) = _of_type(ctx, text, "2016-03-10", "COOPERATE")
    assert _sides(cooperation) == ({("FRA", "GOV")}, {("BEL", "GOV")})


def test_a_passive_return_names_its_agent_after_von(ctx: Context) -> None:
    text = "Die Flüchtlinge wurden am Mittwoch von Mazedonien nach Griechenland zurückgeschickt."
    (deportation,) = _of_type(ctx, text, "2016-03-10", "COERCE")
    assert _sides(deportation)[0] == {("MKD", "GOV")}


def test_people_brought_back_to_their_homes_are_not_deported(ctx: Context) -> None:
    text = "Die syrische Armee brachte die Menschen in ihre Dörfer bei Aleppo zurück."
    assert _of_type(ctx, text, "2016-03-10", "COERCE") == []


@pytest.mark.parametrize("text", [
    "Die Türkei erhielt am Mittwoch von Russland eine Rechnung über 20 Millionen Dollar.",  # a bill
    "Die Ukraine bekam 3 Milliarden Dollar von Russland zurück.",  # money paid back
])
def test_a_bill_or_money_paid_back_is_no_aid(ctx: Context, text: str) -> None:
    assert _of_type(ctx, text, "2016-03-10", "AID") == []


def test_advisers_are_no_military_means(ctx: Context) -> None:
    text = "Die EU unterstützt Griechenland mit Beratern bei der Registrierung der Flüchtlinge."
    assert all(e.mode != "military" for e in extract(ctx, text, "2016-03-10"))


def test_the_macedonian_president_iwanow_is_gjorge_ivanov(ctx: Context) -> None:
    (criticism,) = _of_type(ctx, "Der mazedonische Präsident Iwanow kritisierte Griechenland.", "2016-03-10", "ACCUSE")
    assert [(a.name, a.country) for a in criticism.source] == [("Gjorge Ivanov", "MKD")]


@pytest.mark.parametrize(("text", "aid"), [
    ("Der IWF erhielt am Mittwoch von Griechenland 450 Millionen Euro.", False),  # a debt repaid
    ("Griechenland erhielt vom IWF eine Milliarde Euro.", True),  # a loan given
])
def test_money_a_lender_receives_is_repaid_not_aid(ctx: Context, text: str, aid: bool) -> None:
    assert bool(_of_type(ctx, text, "2016-03-10", "AID")) is aid


@pytest.mark.parametrize(("text", "deported"), [
    ("Russland brachte am Mittwoch Hunderte Menschen aus Syrien nach Russland zurück.", False),  # brought home
    ("Deutschland schickte 50 Afghanen nach Afghanistan zurück.", True),
])
def test_people_brought_to_the_agents_own_state_are_not_deported(ctx: Context, text: str, deported: bool) -> None:
    assert bool(_of_type(ctx, text, "2016-03-10", "COERCE")) is deported


@pytest.mark.parametrize("text", [
    "Mazedonien hatte die Grenze zu Griechenland am Mittwoch geschlossen.",
    "Ungarn baut einen Zaun an der Grenze zu Serbien.",
    "Deutschland hat am Sonntag Kontrollen an der Grenze zu Österreich eingeführt.",
])
def test_a_border_shut_against_a_neighbour_is_never_sure(ctx: Context, text: str) -> None:
    """Analysts dispute whether a border closed against migrants sanctions the neighbour (max_confidence)."""
    found = [e for e in extract(ctx, text, "2016-03-10") if e.type == "SANCTION"]
    assert found and all(e.confidence < 0.8 for e in found)


@pytest.mark.parametrize(("text", "place"), [
    ("Österreich schob am Montag 50 Afghanen nach Kabul ab.", None),  # done in Austria, not in Kabul
    ("Mazedonien schob Hunderte Migranten nach Griechenland zurück.", None),
    ("Die Polizei schob am Dienstag in Wien zwei Afghanen nach Kabul ab.", "Wien"),  # where it was done
    ("In Wien wurden 30 Nigerianer in ihre Heimat abgeschoben.", "Wien"),
])
def test_a_deportation_is_placed_where_it_was_done_not_at_the_destination(ctx: Context, text: str,
                                                                          place: str | None) -> None:
    (deportation,) = _of_type(ctx, text, "2016-03-10", "COERCE")
    assert (deportation.location.name if deportation.location else None) == place


def test_a_visit_is_placed_at_its_destination(ctx: Context) -> None:
    (visit,) = _of_type(ctx, "Merkel reiste am Montag nach Kabul.", "2016-03-10", "CONSULT")
    assert visit.location.name == "Kabul"


@pytest.mark.parametrize(("text", "people"), [
    # refugees of no state of their own sent back are of the state that sends them, not of the one they came through
    ("Griechenland hat am Montag die ersten Flüchtlinge in die Türkei zurückgeschickt.", ("GRC", "CVL")),
    ("Mazedonien schob Hunderte Migranten nach Griechenland zurück.", ("MKD", "CVL")),
    ("Die EU-Staaten wollen Flüchtlinge ohne Bleiberecht in die Türkei zurückschicken.", (None, "CVL")),
    # a demonym names their state; a deportation sends people home
    ("Österreich schob am Montag 50 Afghanen nach Kabul ab.", ("AFG", "CVL")),
    ("Deutschland schob am Mittwoch 125 Asylbewerber nach Afghanistan ab.", ("AFG", "CVL")),
])
def test_people_sent_back_are_not_of_the_state_they_came_through(ctx: Context, text: str, people: tuple) -> None:
    (deportation,) = _of_type(ctx, text, "2016-03-10", "COERCE")
    assert _sides(deportation)[1] == {people}


@pytest.mark.parametrize("text", [
    "Die Grenze zu Griechenland bleibe geschlossen, sagte Gruevski.",
    "Mazedonien: Grenze zu Griechenland bleibt geschlossen.",
    "Ungarn hält die Grenze zu Serbien geschlossen.",
    "Die Grenze zu Griechenland werde geschlossen bleiben, sagte Gruevski.",
])
def test_a_border_that_stays_closed_is_a_state_not_an_act(ctx: Context, text: str) -> None:
    assert _of_type(ctx, text, "2016-03-10", "SANCTION") == []


@pytest.mark.parametrize("text", [
    "Mazedonien hat die Grenze zu Griechenland geschlossen.",
    "Ungarn schloss am Dienstag die Grenze zu Kroatien.",
    "Ungarn hielt Wort und schloss die Grenze zu Serbien.",  # a keeping word of another conjunct
])
def test_a_border_closed_stays_an_act(ctx: Context, text: str) -> None:
    assert len(_of_type(ctx, text, "2016-03-10", "SANCTION")) == 1
