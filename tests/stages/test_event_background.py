"""Tests of event_background.py: military acts named as a support's means, deployments into another state,
lasting support since a time, condolences for the dead, event nouns referring back, undated time clauses,
the means of another act and the titles of opinion pieces; and military ranks as MIL actors."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract
from tests.stages.test_mentions import analyse


def _of_type(ctx: Context, text: str, published: str, type_: str) -> list:
    return [e for e in extract(ctx, text, published) if e.type == type_]


@pytest.mark.parametrize(("text", "published", "target"), [
    ("Russland unterstützt Assad seit September 2015 mit Luftangriffen.", "2017-11-21", {("SYR", "REB")}),
    ("Frankreich unterstützt die malische Regierung mit Luftangriffen.", "2013-01-14", {("MLI", "REB")}),
    ("Die USA unterstützten die irakische Regierung am Freitag mit Luftangriffen.", "2014-08-09", {("IRQ", "REB")}),
])
def test_a_support_by_military_means_reports_the_attack(ctx: Context, text: str, published: str, target: set) -> None:
    (attack,) = _of_type(ctx, text, published, "ASSAULT")
    assert attack.source and {(a.country, a.sector) for a in attack.target} == target


@pytest.mark.parametrize(("text", "target"), [
    # the supported army's state's rebels are hit, by the supporter's forces; never the supported side
    ("Russland unterstützt die syrische Armee seit dem 30. September mit Luftangriffen.", {("SYR", "REB")}),
    ("Russland unterstützt das syrische Regime seit Ende September mit Luftangriffen.", {("SYR", "REB")}),
    ("Russland unterstützt das syrische Regime seit Ende September mit international scharf kritisierten "
     "Luftangriffen.", {("SYR", "REB")}),
    ("Die russische Luftwaffe unterstützt die Offensive der syrischen Armee mit Luftangriffen.", {("SYR", "REB")}),
])
def test_the_means_of_a_support_hits_the_supported_side_s_enemies(ctx: Context, text: str, target: set) -> None:
    (attack,) = _of_type(ctx, text, "2016-01-10", "ASSAULT")
    assert {(a.country, a.sector) for a in attack.source} == {("RUS", "MIL")}
    assert {(a.country, a.sector) for a in attack.target} == target


def test_a_means_with_its_own_target_is_one_attack(ctx: Context) -> None:
    text = ("Damaskus – In Syrien kämpfen Rebellen gegen Assad. Russland unterstützt Assad seit dem 30. September "
            "mit Luftangriffen auf Stellungen der Rebellen.")
    attacks = [e for e in _of_type(ctx, text, "2016-01-10", "ASSAULT") if e.trigger == "Luftangriffen"]
    assert len(attacks) == 1 and {(a.country, a.sector) for a in attacks[0].target} == {("SYR", "REB")}, attacks


def test_the_means_of_a_backing_of_an_operation_keeps_the_backing(ctx: Context) -> None:
    text = "Russland unterstützt mit seinen Luftschlägen eine Bodenoffensive der syrischen Armee."
    assert _of_type(ctx, text, "2015-10-21", "AID") and _of_type(ctx, text, "2015-10-21", "ASSAULT")


@pytest.mark.parametrize("text", [
    "Russland hatte ihn seit 2015 militärisch unterstützt.",
    "Russische Kampfflugzeuge hatten seit 2015 die Truppen Assads unterstützt.",
    "Der Iran unterstützt die Huthi-Rebellen seit 2014.",
    "Russland unterstützt Assad seit September 2015 mit Luftangriffen.",  # the act is the air campaign
])
def test_support_lasting_since_a_year_or_by_military_means_is_no_act_of_support(ctx: Context, text: str) -> None:
    assert not _of_type(ctx, text, "2025-01-28", "SUPPORT")


@pytest.mark.parametrize(("text", "published", "country"), [
    (("Israel schickte seit Sonntag Truppen in die entmilitarisierte Pufferzone auf den Golanhöhen und griff "
     "Waffenlager in Syrien aus der Luft an."), "2024-12-09", "SYR"),
    ("Russland hat Kampfflugzeuge nach Syrien verlegt.", "2015-09-10", "SYR"),
    ("Die Türkei schickte am Sonntag Truppen in den Norden Syriens.", "2019-10-13", "SYR"),
    ("Die USA verlegten 3000 Soldaten nach Polen.", "2022-02-03", "POL"),
])
def test_a_deployment_into_another_state_targets_it(ctx: Context, text: str, published: str, country: str) -> None:
    (deployment,) = _of_type(ctx, text, published, "MOBILIZE")
    assert [a.country for a in deployment.target] == [country]


@pytest.mark.parametrize(("text", "country"), [
    (("Zu Beginn des Treffens hatte Putin sein Beileid zum Tod von mehr als 30 türkischen Soldaten "
      "ausgesprochen, die vergangene Woche bei einem Luftangriff in Idlib getötet worden waren."), "TUR"),
    ("Merkel sprach Frankreich ihr Beileid zum Tod der französischen Soldaten aus.", "FRA"),
])
def test_a_condolence_for_the_dead_goes_to_their_state(ctx: Context, text: str, country: str) -> None:
    found = extract(ctx, text, "2020-03-05")
    assert not [e for e in found if e.type == "CONSULT"]
    (support,) = [e for e in found if e.type == "SUPPORT"]
    assert {(a.country, a.sector) for a in support.target} == {(country, "GOV")}


def test_members_of_an_army_are_no_bereaved(ctx: Context) -> None:
    text = "Angehörige der syrischen Armee trafen sich am Montag mit Vertretern der türkischen Regierung."
    assert _of_type(ctx, text, "2020-03-05", "CONSULT")


@pytest.mark.parametrize("text", [
    ("Die Reise fällt in eine Zeit großer Spannungen in der Region: Vier Tage zuvor war der iranische General "
     "Ghassem Soleimani bei einem US-Drohnenangriff im Irak getötet worden."),
    "Der Besuch kommt zu einem heiklen Zeitpunkt: Am Montag hatte die Türkei kurdische Stellungen bombardiert.",
])
def test_an_event_noun_referring_back_takes_no_actor_of_another_clause(ctx: Context, text: str) -> None:
    assert not _of_type(ctx, text, "2020-01-07", "CONSULT")


def test_an_undated_military_act_in_a_reported_als_clause_is_background(ctx: Context) -> None:
    text = ("Als Präsident Wladimir Putin seinen Angriffskrieg gegen die Ukraine begonnen habe, habe er geglaubt, "
            "Europa und die Nato spalten zu können.")
    assert not [e for e in extract(ctx, text, "2023-04-05") if e.type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize("text", [
    "Als Russland die Krim annektierte, reagierte der Westen nur mit milden Sanktionen.",
    "Als Rebellen die Stadt Aleppo eroberten, flohen Tausende Zivilisten.",
])
def test_an_undated_military_act_in_a_narrated_als_clause_is_an_act_of_unknown_date(ctx: Context, text: str) -> None:
    acts = [e for e in extract(ctx, text, "2023-04-05") if e.type in ("ASSAULT", "COERCE")]
    assert acts and all(e.date is None for e in acts)


@pytest.mark.parametrize("text", [
    "Als Russland im Februar 2022 die Ukraine angriff, reagierte der Westen mit Sanktionen.",  # dated
])
def test_a_dated_military_act_in_an_als_clause_stays(ctx: Context, text: str) -> None:
    assert _of_type(ctx, text, "2023-04-05", "ASSAULT")


@pytest.mark.parametrize("text", [
    "Mit russischer Luftunterstützung haben die syrischen Regierungstruppen im Dezember Aleppo zurückerobert.",
    "Die syrische Armee hatte im Dezember mit russischer Luftunterstützung eine Offensive auf Idlib begonnen.",
])
def test_aid_as_the_means_of_an_attack_is_no_aid_event(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2020-03-05")
    assert not [e for e in found if e.type == "AID"] and [e for e in found if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Kommentar: Moskaus Gewinn, Washingtons Rückzug",
    "Analyse: Warum Russland seine Truppen aus Syrien abzieht",
])
def test_the_title_of_an_opinion_piece_reports_no_act(ctx: Context, text: str) -> None:
    assert extract(ctx, text, "2017-11-21") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Vier Tage zuvor war der iranische General Ghassem Soleimani getötet worden.", "Ghassem Soleimani"),
    ("Der russische Generalstabschef Waleri Gerassimow traf am Montag in Ankara ein.", "Waleri Gerassimow"),
])
def test_a_military_rank_makes_a_military_actor(ctx: Context, text: str, name: str) -> None:
    article = analyse(ctx, text, "2020-01-07")
    (person,) = [m for m in article.mentions if m.text == name]
    assert person.sector == "MIL"


@pytest.mark.parametrize(("text", "published", "place", "victim"), [
    (("Einen Tag nach dem tödlichen Anschlag auf den russischen Botschafter in Ankara haben sich Russland, die "
     "Türkei und der Iran verständigt."), "2016-12-20", "TUR", ("RUS", "GOV")),
    ("Bei dem Anschlag auf deutsche Touristen in Istanbul sind am Dienstag zehn Menschen getötet worden.",
     "2016-01-13", "TUR", ("DEU", "CVL")),
    ("Der Anschlag auf die deutsche Reisegruppe in Istanbul hat am Dienstag zehn Menschen das Leben gekostet.",
     "2016-01-13", "TUR", ("DEU", "CVL")),
])
def test_an_unnamed_attacker_of_foreigners_is_of_the_place(ctx: Context, text: str, published: str, place: str,
                                                         victim: tuple) -> None:
    (attack,) = _of_type(ctx, text, published, "ASSAULT")
    assert [a.country for a in attack.source] == [place]
    assert [(a.country, a.sector) for a in attack.target] == [victim]


def test_an_attack_at_home_keeps_its_author_unnamed(ctx: Context) -> None:
    text = "Nach dem Anschlag auf französische Polizisten in Paris hat Hollande den Notstand verlängert."
    assert not [e for e in _of_type(ctx, text, "2016-06-14", "ASSAULT") if e.source]


def test_a_counter_accusation_is_not_merged_into_the_accusation() -> None:
    from chronik.merge import Reported, merge_into
    from chronik.model import Actor, EventMention

    army, rebels = Actor.group("UKR", "MIL"), Actor.group("UKR", "REB")
    accusation = EventMention("ACCUSE", 1, 0, 10, "warf vor", source=[army], target=[rebels])
    counter = EventMention("ACCUSE", 2, 11, 20, "beschuldigten", source=[rebels], target=[army])
    merged = merge_into([], [Reported("a", "a.txt", 0, accusation), Reported("a", "a.txt", 1, counter)])
    assert len(merged) == 2
