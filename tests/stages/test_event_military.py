"""Sides of military acts (event_military.py): leaders of the acting force, the other side of an act in
the actor's own country, the state troops are massed against, and act nouns that only name the object
of another act."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2024-12-09") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def of_type(found: list[EventMention], type_: str) -> list[EventMention]:
    return [e for e in found if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "leader"), [
    (("Kämpfer unter Führung der islamistischen Gruppe Hayat Tahrir al-Scham (HTS) rückten in der Nacht zum "
     "Sonntag in die Hauptstadt Damaskus ein."), "ASSAULT", "Hayat Tahrir al-Sham"),
    ("Rebellen unter Führung von HTS haben am Sonntag Damaskus eingenommen.", "COERCE", "Hayat Tahrir al-Sham"),
])
def test_the_leader_of_the_acting_force_acts_with_it_and_is_no_target(ctx: Context, text: str, type_: str,
                                                                       leader: str) -> None:
    event = of_type(extract(ctx, text), type_)[0]
    assert leader in [a.name for a in event.source]
    assert leader not in [a.name for a in event.target]
    assert event.target and all(a.sector == "GOV" for a in event.target)


def test_a_leader_in_another_clause_does_not_join_the_source(ctx: Context) -> None:
    text = "Russland hatte Assad Asyl gewährt, nachdem Rebellen unter Führung von HTS Damaskus eingenommen hatten."
    aid = of_type(extract(ctx, text), "AID")
    assert aid and all(a.name != "Hayat Tahrir al-Sham" for e in aid for a in e.source)


@pytest.mark.parametrize(("text", "backer"), [
    ("Mit Unterstützung russischer Kampfjets eroberte die syrische Armee die Stadt Palmyra zurück.", "RUS"),
    ("Die syrische Armee eroberte mit Unterstützung russischer Kampfjets die Stadt Palmyra zurück.", "RUS"),
    ("Mit Hilfe der USA befreiten irakische Truppen die Stadt Ramadi vom IS.", "USA"),
])
def test_the_backer_of_an_act_is_neither_its_source_nor_its_target(ctx: Context, text: str, backer: str) -> None:
    event = of_type(extract(ctx, text, "2016-03-27"), "ASSAULT")[0]
    assert event.source and backer not in {a.country for a in event.source + event.target}


@pytest.mark.parametrize("text", [
    "Kerry kritisierte bei einem Besuch in Baku die Luftangriffe Russlands in Syrien.",
    "Bei einem Besuch in Baku kritisierte Kerry die Luftangriffe Russlands in Syrien.",
])
def test_the_place_of_another_act_noun_is_not_where_an_attack_is_aimed(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2016-02-14")
    assert all(a.country != "AZE" for e in of_type(found, "ASSAULT") for a in e.target)
    assert all(e.location is None or e.location.name != "Baku" for e in of_type(found, "ASSAULT"))


def test_a_withdrawal_leaves_the_country_the_article_places_it_in_not_the_one_it_names_most(ctx: Context) -> None:
    text = ("Russland und die Türkei würden als Garanten über die Waffenruhe wachen. Auch das Außenministerium in "
            "Ankara bestätigte die Einigung. Putin kündigte zudem an, die russische Militärpräsenz in Syrien zu "
            "verringern. Er habe Verteidigungsminister Sergej Schoigu angewiesen, einen Teil der Kräfte abzuziehen.")
    retreat = of_type(extract(ctx, text, "2016-12-29"), "RETREAT")
    assert retreat and [a.country for a in retreat[-1].target] == ["SYR"]


@pytest.mark.parametrize(("text", "type_", "target"), [
    ("Die syrische Armee griff am Mittwoch mit Unterstützung der russischen Luftwaffe den IS in Palmyra an.",
     "ASSAULT", "Islamischer Staat"),
    ("Kerry traf am Mittwoch unter Beistand der Schweiz Lawrow in Genf.", "CONSULT", "Sergej Lawrow"),
])
def test_the_object_after_a_backer_stays_the_target(ctx: Context, text: str, type_: str, target: str) -> None:
    found = of_type(extract(ctx, text, "2016-03-10"), type_)
    assert found and target in [a.name for a in found[0].target]


def test_support_as_the_trigger_keeps_its_target(ctx: Context) -> None:
    found = extract(ctx, "Russland sagte Assad am Montag seine Unterstützung zu.", "2016-03-27")
    assert any("Baschar al-Assad" in [a.name for a in e.target] for e in found)


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("Die Rebellen hatten ihre Offensive Ende November in der Provinz Idlib begonnen.", "SYR", "GOV"),
    ("Rebellen waren am Sonntag in Damaskus einmarschiert.", "SYR", "GOV"),
])
def test_insurgents_acting_at_a_place_of_their_country_act_against_its_government(
        ctx: Context, text: str, country: str, sector: str) -> None:
    event = of_type(extract(ctx, text), "ASSAULT")[0]
    assert (country, sector) in {(a.country, a.sector) for a in event.target}


@pytest.mark.parametrize("text", [
    "Die Dschihadistenmiliz kämpft in Syrien.",  # the state itself: a description, not an operation
    "Die syrische Armee flog Luftangriffe in der Provinz Idlib.",  # whom state forces fight the text must say
])
def test_no_other_side_without_insurgents_at_a_place(ctx: Context, text: str) -> None:
    assert not of_type(extract(ctx, text, "2015-09-30"), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Zuvor hatte Russland über Monate mehr als 150.000 Soldaten an den Grenzen zur Ukraine zusammengezogen.",
    "Russland hat Truppen im Grenzgebiet zur Ukraine zusammengezogen.",
])
def test_troops_massed_at_a_border_are_aimed_at_the_state_beyond(ctx: Context, text: str) -> None:
    event = of_type(extract(ctx, text, "2022-02-24"), "MOBILIZE")[0]
    assert [a.country for a in event.target] == ["UKR"]


@pytest.mark.parametrize(("text", "absent", "present"), [
    (("Eine frühere Waffenruhe, die die USA und Russland im September ausgehandelt hatten, war nach wenigen Tagen "
     "zusammengebrochen."), "RETREAT", "AGREE"),
])
def test_an_act_noun_that_is_the_object_of_a_relative_clause_is_not_an_act(ctx: Context, text: str, absent: str,
                                                                           present: str) -> None:
    found = extract(ctx, text, "2016-12-29")
    assert not of_type(found, absent)
    assert of_type(found, present)


def test_a_von_phrase_of_another_noun_is_not_the_agent_of_an_act_noun(ctx: Context) -> None:
    text = "Der Abzug sei mit der Führung von Hayat Tahrir al-Scham (HTS) abgestimmt worden."
    assert all(a.name != "Hayat Tahrir al-Sham" for e in of_type(extract(ctx, text), "RETREAT") for a in e.source)


def test_an_act_noun_with_its_own_agent_keeps_it(ctx: Context) -> None:
    text = "Überschattet wurde der Besuch vom Abschuss eines russischen Kampfjets durch die türkische Luftwaffe."
    event = of_type(extract(ctx, text, "2015-11-26"), "ASSAULT")[0]
    assert "TUR" in {a.country for a in event.source}


@pytest.mark.parametrize("text", [
    "Auch Soldaten, die an der russischen Botschaft in Damaskus stationiert waren, verließen das Land.",
    "Unter den Getöteten sind russische Soldaten, die auf einem Stützpunkt der syrischen Armee stationiert sind.",
])
def test_a_deployment_participle_with_sein_states_where_forces_are(ctx: Context, text: str) -> None:
    assert not of_type(extract(ctx, text), "MOBILIZE")


def test_a_deployment_with_haben_is_an_act(ctx: Context) -> None:
    assert of_type(extract(ctx, "Russland hat im September Truppen in Syrien stationiert."), "MOBILIZE")


def test_the_object_of_the_clause_is_not_the_target_of_an_act_noun_as_its_means(ctx: Context) -> None:
    text = ("Das ukrainische Außenministerium erklärte, Moskau habe mit dem Angriff die Vereinten Nationen und die "
            "Türkei brüskiert.")
    assert all(a.country != "TUR" for e in of_type(extract(ctx, text, "2022-07-23"), "ASSAULT") for a in e.target)


@pytest.mark.parametrize(("text", "target"), [
    # a relative clause after the verb's clause has its own target
    ("Russische Kampfflugzeuge sollten keine Gruppen mehr angreifen, die selbst gegen den IS kämpfen.", None),
    # an apposition is no relative clause: its actor still names whom the attacks hit
    (("Derzeit fliegen russische und syrische Kampfflugzeuge Angriffe auf die Provinz Idlib, die letzte große "
     "Hochburg der Rebellen."), ("SYR", "REB")),
])
def test_a_following_relative_clause_keeps_its_actors(ctx: Context, text: str, target: tuple | None) -> None:
    attacks = of_type(extract(ctx, text, "2020-01-07"), "ASSAULT")
    if target is None:
        assert all(a.name != "Islamischer Staat" for e in attacks for a in e.target)
    else:
        assert target in {(a.country, a.sector) for e in attacks for a in e.target}


@pytest.mark.parametrize("text", [
    ("Im Dezember 2017 hatte Putin den Luftwaffenstützpunkt Hmeimim in Syrien besucht und dort den Rückzug eines "
    "Teils der Truppen angeordnet."),
    ("In Syrien, wo Putin am Montag Assad traf und den Abzug eines großen Teils der Truppen anordnete, flog er "
    "danach nach Kairo weiter."),
])
def test_an_act_noun_in_the_next_conjunct_is_its_own_act(ctx: Context, text: str) -> None:
    retreat = of_type(extract(ctx, text, "2020-01-07"), "RETREAT")
    assert retreat and {a.country for a in retreat[0].source} == {"RUS"}
    assert [a.country for a in retreat[0].target] == ["SYR"]


def test_a_noun_after_the_object_of_the_first_conjunct_stays_with_its_verb(ctx: Context) -> None:
    text = "Am 11. Dezember landete Putin auf dem Stützpunkt Hmeimim, traf dort Assad und ordnete den Abzug der Truppen an."
    assert all(a.country != "SYR" for e in of_type(extract(ctx, text, "2017-12-12"), "RETREAT") for a in e.source)


def test_a_withdrawal_leaves_the_foreign_state_named_before(ctx: Context) -> None:
    text = ("Putin kündigte zudem an, die russische Militärpräsenz in Syrien zu verringern. Er habe "
            "Verteidigungsminister Sergej Schoigu angewiesen, einen Teil der Kräfte abzuziehen.")
    retreat = of_type(extract(ctx, text, "2016-12-29"), "RETREAT")[0]
    assert [a.country for a in retreat.target] == ["SYR"]



@pytest.mark.parametrize(("text", "target"), [
    # an attack on civilian places is aimed at the civilians of the place's state, not at its government
    (("Fast zeitgleich eröffneten Attentäter in mehreren Straßen im Osten von Paris das Feuer auf Cafés, Bars und "
     "Restaurants."), ("FRA", "CVL")),
    # rebels attacking at home with no civilian object: the government
    ("Die Rebellen hatten ihre Offensive Ende November in der Provinz Idlib begonnen.", ("SYR", "GOV")),
])
def test_civilian_places_make_civilian_targets(ctx: Context, text: str, target: tuple) -> None:
    attacks = [e for e in extract(ctx, text, "2015-11-14") if e.type == "ASSAULT"]
    assert attacks and target in {(a.country, a.sector) for a in attacks[0].target}, attacks


@pytest.mark.parametrize(("text", "source"), [
    # a state adjective on an attack noun: the state's forces; on an attack by individuals, its attackers
    ("Bei russischen Luftangriffen wurden in Idlib 20 Menschen getötet.", ("RUS", "MIL")),
    ("Bei palästinensischen Messerangriffen wurden seit Oktober 25 Israelis getötet.", ("PSE", "REB")),
])
def test_a_state_adjective_on_an_attack_noun_names_its_author(ctx: Context, text: str, source: tuple) -> None:
    found = [e for e in extract(ctx, text, "2016-01-10") if e.type == "ASSAULT"]
    assert len(found) == 1 and [(a.country, a.sector) for a in found[0].source] == [source], found


@pytest.mark.parametrize(("text", "backer"), [
    ("Die von den USA unterstützte Rebellenallianz SDF eroberte am Mittwoch einen Staudamm vom IS.", "USA"),
    ("Die vom Iran unterstützten Huthi-Rebellen beschossen am Mittwoch Stellungen der saudischen Armee.", "IRN"),
])
def test_a_backer_in_a_participle_attribute_is_no_side(ctx: Context, text: str, backer: str) -> None:
    (event,) = [e for e in extract(ctx, text, "2016-01-14") if e.type == "ASSAULT"]
    assert backer not in {a.country for a in event.source + event.target}, event


@pytest.mark.parametrize(("text", "source", "target"), [
    # a broken truce is a fight against the breaker's foe in its own state
    ("Kiew – Die Separatisten verletzten die Waffenruhe erneut.", ("UKR", "REB"), ("UKR", "GOV")),
    ("Ankara – Die PKK hat am Montag die Waffenruhe gebrochen.", ("TUR", "REB"), ("TUR", "GOV")),
    ("Damaskus – Die syrische Armee hat die Feuerpause nach Angaben von Rebellen mehrfach gebrochen.",
     ("SYR", "MIL"), ("SYR", "REB")),
    # the "mit" partner is the foe
    ("Israel hat die Waffenruhe mit der Hamas gebrochen.", ("ISR", "MIL"), ("PSE", "REB")),
])
def test_a_broken_truce_is_aimed_at_the_foe(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    attacks = [e for e in extract(ctx, text, "2015-06-20") if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert [(a.country, a.sector) for a in attacks[0].source] == [source]
    assert [(a.country, a.sector) for a in attacks[0].target] == [target]


def test_a_truce_broken_by_nobody_named_is_no_attack(ctx: Context) -> None:
    assert not extract(ctx, "Kiew – Die Waffenruhe wurde in der Nacht mehrfach verletzt.", "2015-06-20")


@pytest.mark.parametrize("text", [
    # no foe invented from the breaker's own state: a state, a group of another state's foe, a speaker
    "Israel hat die Waffenruhe gebrochen.",
    "Russland hat die Waffenruhe gebrochen, sagte Poroschenko.",
    "Die Hamas hat die Waffenruhe gebrochen.",
    # no breaker named: a passive, a generic "wer"
    "Die Waffenruhe sei gebrochen worden, sagte Lawrow.",
    "Moskau – Die Waffenruhe sei gebrochen worden, sagte Lawrow.",
    "Wer die Waffenruhe bricht, muss mit Sanktionen rechnen, warnte Kerry.",
])
def test_a_broken_truce_invents_no_foe(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2015-06-20")
    assert not [e for e in found if e.type == "ASSAULT" and e.target], found


@pytest.mark.parametrize("text", [
    "Die Hamas verkündete eine Waffenruhe.",  # its foe is another state
    "Die Hisbollah verkündete eine einseitige Waffenruhe.",
])
def test_a_declared_truce_invents_no_foe_at_home(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2015-06-20")
    assert not [e for e in found if e.target and all(a.country == e.source[0].country for a in e.target)], found
