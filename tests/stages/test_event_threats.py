"""Conditional threats, reciprocal acts and "weder … noch" (event_threats.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2015-06-05") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def of_type(found: list[EventMention], type_: str) -> list[EventMention]:
    return [e for e in found if e.type == type_]


def shown(found: list[EventMention]) -> list[tuple]:
    return [(e.type, e.trigger, [a.name for a in e.source], [a.name for a in e.target], e.modality) for e in found]


@pytest.mark.parametrize(("text", "source", "target"), [
    # a punishment announced as the consequence of a condition: the speaker threatens the punished one
    (("Sollte Moskau weitere Truppen in die Ostukraine schicken, werde dies neue Sanktionen gegen Russland nach "
      "sich ziehen, sagte Außenminister Frank-Walter Steinmeier."), "DEU", "RUS"),
    (("Sollte Russland seine Truppen nicht abziehen, werden wir neue Sanktionen gegen Moskau verhängen, sagte "
      "Merkel."), "DEU", "RUS"),
    (("Falls die Separatisten weiter vorrücken, werde das zusätzliche Strafmaßnahmen für Russland nach sich "
      "ziehen, erklärte ein Sprecher des US-Außenministeriums."), "USA", "RUS"),
    # a threat verb made hypothetical only by its condition is a threat made
    ("Die EU droht mit weiteren Sanktionen, falls Russland die Waffenruhe bricht.", None, "RUS"),
    # a threat verb after a preposed condition: its own clause threatens, the condition's subject is threatened
    ("Sollte Russland die Ukraine angreifen, droht die EU mit harten Sanktionen.", None, "RUS"),
    ("Wenn Nordkorea weitere Raketen testet, drohen die USA Pjöngjang mit militärischen Schritten.", "USA", "PRK"),
    # a punishment with a future auxiliary after a preposed condition: its own clause acts, not the condition's
    ("Sollte Russland die Ukraine angreifen, werde die EU Sanktionen gegen Moskau verhängen.", None, "RUS"),
])
def test_conditional_threat(ctx: Context, text: str, source: str | None, target: str) -> None:
    found = extract(ctx, text)
    threats = of_type(found, "THREATEN")
    assert len(threats) == 1, shown(found)
    assert threats[0].modality == "asserted"
    assert source is None or source in {a.country for a in threats[0].source}, shown(found)
    assert target in {a.country for a in threats[0].target}, shown(found)
    assert not of_type(found, "SANCTION"), shown(found)


@pytest.mark.parametrize(("text", "type_", "modality"), [
    # no condition: the punishment stays what it is
    ("Die EU hat neue Sanktionen gegen Russland verhängt, sagte Kirby.", "SANCTION", "asserted"),
    ("Die EU will neue Sanktionen gegen Russland verhängen, sagte Kirby.", "SANCTION", "future"),
    ("Die USA verhängten am Freitag neue Sanktionen gegen Nordkorea.", "SANCTION", "asserted"),
    # the punishment is itself the condition: hypothetical, no threat
    ("Wenn die EU Sanktionen gegen Russland verhängt, wird Moskau reagieren, sagte Peskow.", "SANCTION",
     "hypothetical"),
])
def test_no_threat(ctx: Context, text: str, type_: str, modality: str) -> None:
    found = extract(ctx, text)
    kept = of_type(found, type_)
    assert len(kept) == 1 and kept[0].modality == modality, shown(found)
    assert not of_type(found, "THREATEN"), shown(found)


@pytest.mark.parametrize(("text", "source", "target"), [
    # coordinated subjects that act on one another: the first accuses, the others are accused
    ("Russland und die Türkei beschuldigen sich gegenseitig.", "RUS", "TUR"),
    (("Für die Verschärfung der Lage machen sich die ukrainische Armee und die Separatisten gegenseitig "
      "verantwortlich."), "UKR", "UKR"),
    ("Armenien und Aserbaidschan werfen einander vor, die Waffenruhe in Berg-Karabach gebrochen zu haben.",
     "ARM", "AZE"),
])
def test_reciprocal(ctx: Context, text: str, source: str, target: str) -> None:
    found = extract(ctx, text)
    accusations = of_type(found, "ACCUSE")
    assert len(accusations) == 1, shown(found)
    event = accusations[0]
    assert [a.country for a in event.source] == [source] and [a.country for a in event.target] == [target], shown(found)
    assert {(a.country, a.sector) for a in event.source}.isdisjoint((a.country, a.sector) for a in event.target)


def test_reciprocal_noun_is_object(ctx: Context) -> None:
    """A noun in the clause is the verb's object: "ihre Anträge gegenseitig" are no mutual requests."""
    found = extract(ctx, "Die Abgeordneten der SPÖ und der FPÖ unterstützen ihre Anträge gegenseitig.")
    assert not of_type(found, "REQUEST"), shown(found)


def test_no_reciprocal_word(ctx: Context) -> None:
    """Without a reciprocal word the coordinated subjects act together on the object."""
    found = of_type(extract(ctx, "Russland und die Türkei beschuldigen die syrische Regierung."), "ACCUSE")
    assert len(found) == 1, shown(found)
    assert {a.country for a in found[0].source} == {"RUS", "TUR"} and [a.country for a in found[0].target] == ["SYR"]


@pytest.mark.parametrize(("text", "type_", "sources", "modality"), [
    # "weder … noch" joins the actors like "und" (and negates)
    ("Weder Russland noch die Türkei haben Stellungen in Syrien angegriffen.", "ASSAULT", {"RUS", "TUR"}, "negated"),
    ("Weder die USA noch die EU verhängten neue Sanktionen gegen Russland.", "SANCTION", {"USA", None}, "negated"),
    # a bare "noch" is an adverb: it joins nothing
    ("Als Putin noch Assad unterstützte, kritisierte er die USA.", "SUPPORT", {"RUS"}, "asserted"),
])
def test_weder_noch(ctx: Context, text: str, type_: str, sources: set, modality: str) -> None:
    found = of_type(extract(ctx, text), type_)
    assert len(found) == 1, shown(extract(ctx, text))
    assert {a.country for a in found[0].source} == sources and found[0].modality == modality, shown(found)


def test_a_later_clause_s_future_auxiliary_makes_no_passive(ctx: Context) -> None:
    # "wird … reagieren" is the main clause's future: the preposed condition keeps its own subject
    text = "Wenn Russland die Ukraine angreift, wird die Nato reagieren, sagte Stoltenberg."
    (event,) = [e for e in events(analyse(ctx, text, "2015-06-20"), ctx).events if e.type == "ASSAULT"]
    assert [a.name for a in event.source] == ["Russland"] and event.modality == "hypothetical"


def test_a_warning_verb_keeps_the_hypothetical_act(ctx: Context) -> None:
    # the warning verb codes no threat here: the act it warns of stays, hypothetical
    text = "Wenn der Konflikt eskaliert, könnte Russland die Ukraine angreifen, warnte Merkel."
    (event,) = [e for e in events(analyse(ctx, text, "2016-03-01"), ctx).events if e.type == "ASSAULT"]
    assert [a.name for a in event.source] == ["Russland"] and event.modality == "hypothetical"


def test_a_threat_after_a_condition_is_made_by_its_own_clause(ctx: Context) -> None:
    (threat,) = of_type(extract(ctx, "Falls Russland die Ukraine angreift, droht die EU mit Sanktionen."), "THREATEN")
    assert [a.name for a in threat.source] == ["Europäische Union"] and [a.country for a in threat.target] == ["RUS"]


def test_a_state_threatens_by_its_government(ctx: Context) -> None:
    # "werde Russland Schläge führen": the strike would be the forces', the threat is the government's
    found = extract(ctx, "Sollten die Terroristen in Syrien wieder ihr Haupt erheben, werde Russland Schläge gegen "
                         "sie führen, sagte Putin.", "2017-12-11")
    (threat,) = of_type(found, "THREATEN")
    assert [(a.country, a.sector) for a in threat.source] == [("RUS", "GOV")], shown(found)
    assert "RUS" not in {a.country for a in threat.target}, shown(found)


@pytest.mark.parametrize(("text", "source", "target"), [
    # a punishment foretold to the subject of "muss … rechnen" is the speaker's threat, no demand
    ("„Russland muss mit Konsequenzen rechnen“, sagte Erdogan.", "TUR", "RUS"),
    ("Russland müsse mit ernsten Konsequenzen rechnen, sagte Davutoglu.", "TUR", "RUS"),
    # a warning against the addressee's provocations threatens it
    ("Davutoglu warnte Russland vor weiteren Provokationen.", "TUR", "RUS"),
    # the punishment's "gegen" names whom the threat is aimed at
    ("Die Türkei droht mit neuen Sanktionen gegen Russland.", "TUR", "RUS"),
])
def test_foretold_consequences_threaten(ctx: Context, text: str, source: str, target: str) -> None:
    found = extract(ctx, text)
    threats = of_type(found, "THREATEN")
    assert len(threats) == 1 and threats[0].modality == "asserted", shown(found)
    assert {a.country for a in threats[0].source} == {source}, shown(found)
    assert {a.country for a in threats[0].target} == {target}, shown(found)
    assert not of_type(found, "REQUEST"), shown(found)


def test_expected_losses_threaten_nobody(ctx: Context) -> None:
    found = extract(ctx, "Die Ukraine müsse mit weiteren Verlusten rechnen, sagte Poroschenko.")
    assert not of_type(found, "THREATEN"), shown(found)
