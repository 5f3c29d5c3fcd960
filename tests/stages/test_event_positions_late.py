"""Positions taken in one statement (chronik.stages.event_positions_late): subsumed criticism, exile
arrivals, self-directed acts, punished aggressors, recognised regions, "ihnen" for a person's entourage."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2022-02-24") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def of_type(found: list[EventMention], type_: str) -> list[EventMention]:
    return [e for e in found if e.type == type_]


@pytest.mark.parametrize(("text", "source", "target"), [
    # criticism and a threat in one statement: the threat is the act a coder keeps
    ("Russland hat den Beitritt Finnlands zur Nato scharf kritisiert und Vergeltung angekündigt.", "RUS", "FIN"),
    ("Die Türkei kritisierte Griechenland scharf und drohte mit Konsequenzen.", "TUR", "GRC"),
])
def test_threat_subsumes_criticism(ctx: Context, text: str, source: str, target: str) -> None:
    found = extract(ctx, text)
    assert not of_type(found, "ACCUSE"), [(e.type, e.trigger) for e in found]
    threat = of_type(found, "THREATEN")
    assert threat and {a.country for a in threat[0].source} == {source}
    assert target in {a.country for a in threat[0].target}


@pytest.mark.parametrize("text", [
    # a threat with an addressee of its own leaves the criticism standing (two acts)
    "Frankreich kritisierte Russland scharf und drohte der Türkei mit Sanktionen.",
])
def test_criticism_of_another_target_stays(ctx: Context, text: str) -> None:
    assert of_type(extract(ctx, text), "ACCUSE")


@pytest.mark.parametrize(("text", "person"), [
    # "ihnen" after "X und seine Familie": the act towards them is towards X; the arrival is exile, no visit
    (("Assad und seine Familie seien in Moskau eingetroffen. Russland habe ihnen aus humanitären Gründen "
     "Asyl gewährt."), "Baschar al-Assad"),
    ("Janukowitsch und seine Begleiter seien in Moskau eingetroffen. Russland habe ihnen Asyl gewährt.",
     "Wiktor Janukowytsch"),
])
def test_asylum_for_a_person_and_his_entourage(ctx: Context, text: str, person: str) -> None:
    found = extract(ctx, text, "2024-12-08")
    aid = of_type(found, "AID")
    assert aid and aid[0].mode == "asylum" and {a.country for a in aid[0].source} == {"RUS"}
    assert person.split()[-1][:5] in " ".join(a.name for a in aid[0].target)
    assert not of_type(found, "CONSULT")


@pytest.mark.parametrize("text", [
    # "ihnen" for a plural group stays open: no person, no act towards one
    "Die Rebellen seien in Damaskus eingetroffen. Russland habe ihnen Asyl gewährt.",
])
def test_plural_group_is_no_entourage(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2024-12-08")
    assert not [e for e in of_type(found, "AID") if any(a.kind == "person" for a in e.target)]


@pytest.mark.parametrize("text", [
    # a visit far from an asylum granted later stays a visit
    ("Putin empfing Assad am Dienstag in Moskau. Die Gespräche dauerten lange. Jahre später habe Russland Assad "
    "Asyl gewährt."),
])
def test_distant_visit_stays(ctx: Context, text: str) -> None:
    assert of_type(extract(ctx, text, "2024-12-08"), "CONSULT")


@pytest.mark.parametrize(("text", "type_"), [
    # a person whose only counterpart is his own state ("das Land") acts on it, not towards another actor
    (("Nach mehr als 13 Jahren Bürgerkrieg ist die Herrschaft von Präsident Baschar al-Assad in Syrien zu Ende. "
     "Assad habe nach Verhandlungen mit Beteiligten des Konflikts beschlossen, sein Amt aufzugeben und das Land "
     "zu verlassen."), "CONCEDE"),
])
def test_self_directed_act_is_none(ctx: Context, text: str, type_: str) -> None:
    found = extract(ctx, text, "2024-12-08")
    assert not [e for e in of_type(found, type_) if {a.country for a in e.target} == {"SYR"}]


@pytest.mark.parametrize("text", [
    "Der Oppositionsführer Alexej Nawalny kritisierte Russland am Montag scharf.",
    "Der ehemalige Präsident Donald Trump kritisierte die USA scharf.",
])
def test_a_person_acting_on_his_state_named_in_the_sentence_stays(ctx: Context, text: str) -> None:
    assert of_type(extract(ctx, text, "2019-12-08"), "ACCUSE")


@pytest.mark.parametrize(("text", "source", "target"), [
    # sanctions that name nobody punish the author of the latest attack
    (("Russland greift die Ukraine an. US-Präsident Joe Biden sprach von einem grundlosen Angriff und kündigte "
     "gemeinsam mit den Verbündeten harte Strafmaßnahmen an."), "USA", "RUS"),
    ("Die irakische Armee ist in Kuwait einmarschiert. Die britische Regierung kündigte Sanktionen an.",
     "GBR", "IRQ"),
])
def test_sanctions_punish_the_attacker(ctx: Context, text: str, source: str, target: str) -> None:
    sanction = of_type(extract(ctx, text), "SANCTION")
    assert sanction and source in {a.country for a in sanction[0].source}
    assert {a.country for a in sanction[0].target} == {target}


def test_sanctions_do_not_reach_back_to_an_attack_off_the_lead(ctx: Context) -> None:
    text = ("Der Haushalt war am Montag Thema im Parlament. Die Opposition kritisierte die Pläne. Die irakische Armee "
            "ist in Kuwait einmarschiert. Die Börsen reagierten gelassen. Der Ölpreis stieg leicht. Die Zinsen "
            "blieben unverändert. Die britische Regierung kündigte Sanktionen an.")
    assert not [e for e in of_type(extract(ctx, text), "SANCTION") if {a.country for a in e.target} == {"IRQ"}]


@pytest.mark.parametrize(("text", "source", "target"), [
    # countermeasures that name nobody answer the act the article leads with
    (("Finnland ist der Nato beigetreten. Außenminister Pekka Haavisto übergab am Dienstag in Brüssel die "
      "Beitrittsurkunde. Als letztes Mitgliedsland hatte vergangene Woche die Türkei den Beitritt Finnlands "
      "ratifiziert. Russland kündigte Gegenmaßnahmen an."), "RUS", "FIN"),
    (("Die USA haben neue Sanktionen gegen Russland verhängt. Der Kreml kündigte Vergeltungsmaßnahmen an."),
     "RUS", "USA"),
])
def test_countermeasures_answer_the_lead_act(ctx: Context, text: str, source: str, target: str) -> None:
    threat = of_type(extract(ctx, text, "2023-04-04"), "THREATEN")
    assert threat and {a.country for a in threat[0].source} == {source}
    assert {a.country for a in threat[0].target} == {target}


def test_countermeasures_answer_no_act_of_their_own_side(ctx: Context) -> None:
    text = "Russland hat neue Raketen getestet. Moskau kündigte Gegenmaßnahmen an."
    assert not of_type(extract(ctx, text, "2023-04-04"), "THREATEN")


@pytest.mark.parametrize(("text", "target"), [
    # a region of another state recognised as a state names its separatists
    (("Putin hatte am Montag die selbst ernannten „Volksrepubliken“ Donezk und Luhansk in der Ostukraine als "
     "unabhängige Staaten anerkannt."), "UKR"),
    ("Russland erkannte Abchasien und Südossetien als unabhängige Staaten an.", "GEO"),
])
def test_recognised_region_is_its_separatists(ctx: Context, text: str, target: str) -> None:
    support = of_type(extract(ctx, text), "SUPPORT")
    assert support and {(a.country, a.sector) for a in support[0].target} == {(target, "REB")}


@pytest.mark.parametrize("text", [
    # a recognition of something else names no separatists
    "Merkel erkannte die Fortschritte in Aleppo an.",
])
def test_other_recognition_names_no_region(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text) if any(a.sector == "REB" for a in e.target)]


def test_alliance_noun_after_its_secretary_general(ctx: Context) -> None:
    # "das Bündnis" after "Nato-Generalsekretär Jens Stoltenberg": the alliance of his office that day
    found = extract(ctx, "Nato-Generalsekretär Jens Stoltenberg verurteilte den Angriff ebenfalls. "
                         "Das Bündnis aktivierte seine Verteidigungspläne für Osteuropa.")
    mobilize = of_type(found, "MOBILIZE")
    assert mobilize and mobilize[0].source[0].name == "Nato"


@pytest.mark.parametrize(("text", "kept"), [
    # a head of state or government tasking a minister of his own government: administration, no act
    ("Putin beauftragte Lawrow, die Bemühungen Russlands um eine friedliche Lösung des Konflikts zu verstärken.", False),
    ("Obama beauftragte Außenminister Kerry, mit Russland über eine Waffenruhe zu verhandeln.", False),
    ("Putin beauftragte Verteidigungsminister Schoigu, mit dem Abzug der Truppen zu beginnen.", False),
    # a head tasking a head, or a head of another state, is an act
    (("Der türkische Präsident Recep Tayyip Erdoğan hat Ministerpräsident Ahmet Davutoğlu mit der Bildung einer "
      "Übergangsregierung beauftragt."), True),
    ("Die EU-Staaten beauftragten Mogherini, mit Teheran zu verhandeln.", True),
])
def test_an_order_within_one_government_is_no_act(ctx: Context, text: str, kept: bool) -> None:
    assert any(e.type == "REQUEST" for e in extract(ctx, text, "2016-03-14")) is kept
