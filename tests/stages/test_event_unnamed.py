"""Tests of acts whose place is a part of a place ("im Norden von Mali") and of attacks on police named only
by a noun ("Die eintreffenden Einsatzkräfte sind … attackiert worden"; event_unnamed.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _shown(found):
    return [(e.type, e.trigger, [(a.country, a.sector) for a in e.source], [(a.country, a.sector) for a in e.target])
            for e in found]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # "<part noun> von <place>" places the act as "in <place>" does
    ("Russische Kampfjets haben im Norden von Aleppo Stellungen bombardiert.", "ASSAULT", ("RUS", "MIL"), "SYR"),
    (("Fast zeitgleich eröffneten Attentäter in mehreren Straßen im Osten von Paris das Feuer auf Cafés, Bars und "
      "Restaurants."), "ASSAULT", ("FRA", "REB"), "FRA"),
    ("Islamisten haben im Zentrum von Bamako ein Hotel angegriffen.", "ASSAULT", ("MLI", "REB"), "MLI"),
    ("In der Nähe von Kabul haben die Taliban einen Stützpunkt angegriffen.", "ASSAULT", ("AFG", "REB"), "AFG"),
    ("Im Zentrum von Istanbul wurde ein syrischer Journalist festgenommen.", "COERCE", ("TUR", "POL"), "SYR"),
    # police named by a noun suffer the attack: the police of the state where it happened
    ("In Kabul wurden Polizisten von den Taliban angegriffen.", "ASSAULT", ("AFG", "REB"), "AFG"),
    ("Die Taliban griffen in Kabul Polizisten an.", "ASSAULT", ("AFG", "REB"), "AFG"),
    (("In Ajaccio wurde Feuer gelegt, um Polizei und Feuerwehr dorthin zu locken. Die eintreffenden Einsatzkräfte "
      "sind von jugendlichen Angreifern mit Eisenstangen und Baseballschlägern attackiert worden."),
     "ASSAULT", (None, "CVL"), "FRA"),
])
def test_unnamed_side_is_placed(ctx: Context, text: str, type_: str, source: tuple, target: str) -> None:
    found = [e for e in extract(ctx, text, "2016-01-04") if e.type == type_]
    assert len(found) == 1, _shown(found)
    event = found[0]
    assert any(a.sector == source[1] and source[0] in (None, a.country) for a in event.source), _shown(found)
    assert target in {a.country for a in event.target}, _shown(found)


@pytest.mark.parametrize(("text", "target"), [
    ("In Kabul wurden Polizisten von den Taliban angegriffen.", ("AFG", "POL")),
    ("Die Taliban haben in Kabul Polizisten angegriffen.", ("AFG", "POL")),
])
def test_attacked_police_are_the_target(ctx: Context, text: str, target: tuple) -> None:
    found = [e for e in extract(ctx, text, "2016-01-04") if e.type == "ASSAULT"]
    assert [(a.country, a.sector) for a in found[0].target] == [target], _shown(found)


@pytest.mark.parametrize("text", [
    # the police act, they are not attacked
    "Nach Angaben des Chefredakteurs von Bugün TV, Tarik Toros, drangen die Polizisten in die Sendezentrale ein.",
    "Polizisten haben in Istanbul Demonstranten angegriffen.",
    # a named target stays the target
    "Die syrische Armee griff im Norden von Aleppo die Stellungen der Rebellen an.",
    # a place part that is no act's place
    "Der Präsident wohnt im Norden von Berlin.",
])
def test_no_police_target(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2016-01-04")
    assert not any(a.sector == "POL" and e.type == "ASSAULT" for e in found for a in e.target), _shown(found)
    assert not any(a.country == "SYR" and a.sector == "GOV" for e in found for a in e.target), _shown(found)


@pytest.mark.parametrize(("text", "source", "target"), [
    # journalists after the acting police are the object, not the report's source
    ("Die türkische Polizei hat zwei Journalisten festgenommen.", ("TUR", "POL"), ("TUR", "MED")),
    ("Die türkische Polizei hat den Journalisten Can Dündar festgenommen.", ("TUR", "POL"), ("TUR", "MED")),
    # "von" after a passive arrest names the agent, also after a day ...
    ("Der Journalist wurde am Montag von der türkischen Polizei festgenommen.", ("TUR", "POL"), ("TUR", "MED")),
    ("Drei Oppositionelle wurden von den Behörden in Minsk freigelassen.", ("BLR", "GOV"), ("BLR", "OPP")),
    # ... but not when it completes a noun: the arrested are the passive's subject
    (("Während des Besuchs von Papst Franziskus im kommunistischen Kuba sind mindestens 50 Dissidenten "
      "vorübergehend festgenommen worden."), ("CUB", "POL"), ("CUB", "OPP")),
])
def test_arrested_journalists_and_passive_agents(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    found = [e for e in extract(ctx, text, "2016-01-05") if e.type in ("COERCE", "RETREAT")]
    assert len(found) == 1, _shown(found)
    assert [(a.country, a.sector) for a in found[0].source] == [source], _shown(found)
    assert [(a.country, a.sector) for a in found[0].target] == [target], _shown(found)


def test_a_media_outlet_before_the_act_stays_the_report_s_source(ctx: Context) -> None:
    (event,) = [e for e in extract(ctx, "Wie die FT feststellt, hat HTS Damaskus eingenommen.", "2016-01-05")
                if e.type == "COERCE"]
    assert all(a.sector != "MED" for a in event.source + event.target), _shown([event])


@pytest.mark.parametrize("text", [
    # refugees without a state of their own are not the people of the country a report is set in
    "Wien – Österreich hat die Obergrenze beschlossen. Der französische Premier Valls lehnt eine Aufnahme weiterer Flüchtlinge ab.",
    "Faymann kündigte in Wien an, weniger Flüchtlinge aufzunehmen. Valls lehnt eine Aufnahme weiterer Flüchtlinge ab.",
])
def test_refugees_are_no_state_s_people_in_a_policy(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2016-01-04")
    assert not any(a.country == "AUT" and a.sector == "CVL" for e in found for a in e.source + e.target), _shown(found)


@pytest.mark.parametrize(("text", "target"), [
    # where force meets them, they are the people of the place
    ("Die Polizei hat in Südserbien einen Schlepper mit sechs Flüchtlingen festgenommen.", ("SRB", "CVL")),
    ("Die ungarische Polizei nahm am Montag in Röszke mehrere Flüchtlinge fest.", ("HUN", "CVL")),
])
def test_refugees_met_by_force_are_of_the_place(ctx: Context, text: str, target: tuple) -> None:
    found = [e for e in extract(ctx, text, "2016-01-04") if e.type == "COERCE"]
    assert found and target in {(a.country, a.sector) for a in found[0].target}, _shown(found)


@pytest.mark.parametrize(("text", "trigger"), [
    # attacks on refugee shelters: unnamed attackers against the shelter's residents (the far right: test_event_victims)
    ("Unbekannte haben in der Nacht eine Handgranate auf eine Flüchtlingsunterkunft in Villingen-Schwenningen geworfen.",
     "Handgranate"),
    ("Unbekannte Täter haben in der Nacht einen Brandanschlag auf ein Flüchtlingsheim in Sachsen verübt.", "Brandanschlag"),
    ("Unbekannte warfen in der Nacht Molotowcocktails auf ein Asylbewerberheim in Dresden.", "Molotowcocktails"),
])
def test_attacks_on_refugee_shelters(ctx: Context, text: str, trigger: str) -> None:
    found = [e for e in extract(ctx, text, "2016-01-29") if e.type == "ASSAULT"]
    assert [(e.trigger, e.mode) for e in found] == [(trigger, "terror")], _shown(found)
    assert [(a.country, a.sector) for a in found[0].source] == [("DEU", "REB")]
    assert [(a.country, a.sector) for a in found[0].target] == [("DEU", "CVL")]


@pytest.mark.parametrize("text", [
    "Der Spieler warf den Ball auf das Tor des Gegners in Dresden.",
    "Die Demonstranten warfen Eier auf das Rathaus in Dresden.",
])
def test_throwing_harmless_things_is_no_attack(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2016-01-29") if e.type == "ASSAULT"]


def test_a_condemned_attack_targets_its_unnamed_authors(ctx: Context) -> None:
    text = ("Unbekannte haben in der Nacht auf Freitag eine Handgranate auf eine Flüchtlingsunterkunft in "
            "Villingen-Schwenningen geworfen. Bundesjustizminister Heiko Maas hat den Handgranaten-Anschlag scharf verurteilt.")
    accuse = [e for e in extract(ctx, text, "2016-01-29") if e.type == "ACCUSE"]
    assert [[(a.country, a.sector) for a in e.target] for e in accuse] == [[("DEU", "REB")]]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # APA's spelling "Jihadisten", parents as civilians, members of parliament after an organisation's hyphen
    ("Die Jihadisten haben die Hafenstadt Sirte im Mai unter ihre Kontrolle gebracht.", "COERCE", ("LBY", "REB"),
     ("LBY", "GOV")),
    ("Die Eltern des Mädchens wurden in Rom festgenommen.", "COERCE", ("ITA", "POL"), ("ITA", "CVL")),
    ("Mehrere EU-Parlamentarier warfen Juncker vor, gelogen zu haben.", "ACCUSE", (None, "IGO"), (None, "IGO")),
])
def test_more_unnamed_groups(ctx: Context, text: str, type_: str, source: tuple, target: tuple) -> None:
    found = [e for e in extract(ctx, text, "2015-08-16") if e.type == type_]
    assert [[(a.country, a.sector) for a in e.source] for e in found] == [[source]], _shown(found)
    assert [[(a.country, a.sector) for a in e.target] for e in found] == [[target]], _shown(found)
