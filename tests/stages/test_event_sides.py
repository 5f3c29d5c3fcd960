"""An event's target never repeats its source as a whole state or group (events.py ``_distinct_sides``)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "type_"), [
    ("Syriens Führung weist den Vorwurf zurück.", "REJECT"),
    ("Russlands Regierung wies die Kritik am Montag zurück.", "REJECT"),
    # a leader's own state, the subject of what he promises, is not whom he promises it
    ("Putin sicherte zu, Russland werde die Waffenruhe respektieren.", "AGREE"),
    ("Merkel sagte zu, Deutschland werde mehr Flüchtlinge aufnehmen.", "AGREE"),
])
def test_a_state_is_not_its_own_target(ctx: Context, text: str, type_: str) -> None:
    # with no other target a rejection is no event (a REJECT needs a target)
    assert [e for e in extract(ctx, text, "2016-01-05") if e.type == type_] == []


@pytest.mark.parametrize("text", [
    # a body meeting among its members keeps the body on both sides
    "Die Staats- und Regierungschefs der Nato-Staaten berieten am Freitag in einer Videokonferenz über die Lage.",
])
def test_meetings_within_one_side_stay(ctx: Context, text: str) -> None:
    (event,) = [e for e in extract(ctx, text, "2022-02-25") if e.type == "CONSULT"]
    assert event.target, event


@pytest.mark.parametrize("text", [
    "Sowohl Russland als auch die Türkei kritisierten die USA.",
    "Russland wie auch die Türkei kritisierten die USA.",
    "Russland und die Türkei kritisierten die USA.",
])
def test_paired_coordinators_join_the_sources(ctx: Context, text: str) -> None:
    (event,) = [e for e in extract(ctx, text, "2015-12-27") if e.type == "ACCUSE"]
    assert {a.country for a in event.source} == {"RUS", "TUR"} and {a.country for a in event.target} == {"USA"}


@pytest.mark.parametrize("text", [
    "Der Kreml wies einen Bericht der New York Times zurück.",
    "Der Kreml dementierte einen Bericht der New York Times.",
])
def test_a_rejected_report_names_its_author_as_target(ctx: Context, text: str) -> None:
    # the report is the object of the act, not the attribution of the sentence
    (event,) = [e for e in extract(ctx, text, "2016-05-13") if e.type == "REJECT"]
    assert [a.name for a in event.source] == ["Russland"] and [a.name for a in event.target] == ["New York Times"]


def test_a_report_after_a_preposition_is_still_an_attribution(ctx: Context) -> None:
    (event,) = [e for e in extract(ctx, "Einem Bericht der New York Times zufolge griff Russland die Türkei an.",
                                   "2016-05-13") if e.type == "ASSAULT"]
    assert [a.name for a in event.source] == ["Russland"] and event.attribution == "New York Times"


@pytest.mark.parametrize(("text", "country"), [
    ("Brüssel – Am Freitag hat die EU-Kommission einen britischen Pressebericht zurückgewiesen.", "GBR"),
    ("Der Kreml wies russische Medienberichte zurück.", "RUS"),
])
def test_a_rejected_report_of_a_state_s_press_targets_its_media(ctx: Context, text: str, country: str) -> None:
    (event,) = [e for e in extract(ctx, text, "2016-05-13") if e.type == "REJECT"]
    assert [(a.country, a.sector) for a in event.target] == [(country, "MED")]


def test_a_report_inside_a_split_verb_after_a_preposition_stays_the_attribution(ctx: Context) -> None:
    (event,) = [e for e in extract(ctx, "Die Türkei schoss nach Angaben des Pentagon einen russischen Jet ab.",
                                   "2016-03-01") if e.type == "ASSAULT"]
    assert event.attribution == "Pentagon"


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # a day before a titled person is no part of the title: "am" governs the day, the person is the object
    ("Merkel traf am Montag Präsident Hollande.", "CONSULT", "Angela Merkel", "François Hollande"),
    ("Putin traf am Montag Präsident Baschar al-Assad.", "CONSULT", "Wladimir Putin", "Baschar al-Assad"),
    ("Erdogan empfing am Dienstag Kanzlerin Angela Merkel in Ankara.", "CONSULT", "Recep Tayyip Erdoğan",
     "Angela Merkel"),
    # a place before the title still is no part of it
    ("Cameron hat in Washington US-Präsident Barack Obama getroffen.", "CONSULT", "David Cameron", "Barack Obama"),
])
def test_a_titled_person_after_a_day_is_the_object(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    (event,) = [e for e in extract(ctx, text, "2016-01-05") if e.type == type_]
    assert [a.name for a in event.source] == [source] and target in [a.name for a in event.target], event


def test_a_promise_to_another_state_keeps_it(ctx: Context) -> None:
    (event,) = [e for e in extract(ctx, "Merkel sagte der Türkei zu, Deutschland werde mehr Flüchtlinge aufnehmen.",
                                   "2016-01-05") if e.type == "AGREE"]
    assert [a.name for a in event.target] == ["Türkei"]


@pytest.mark.parametrize(("text", "type_", "side", "name"), [
    # a noun for a kind of organisation right before its name is an apposition: the organisation is the side,
    # not a group of the context's state beside it
    ("Die Lage in Syrien ist angespannt. Erdogan machte die Terrororganisation PKK für den Anschlag verantwortlich.",
     "ACCUSE", "target", "PKK"),
    ("Die Lage in Syrien ist angespannt. Die Türkei beschoss Stellungen der Miliz YPG.", "ASSAULT", "target", "YPG"),
    ("Russland bombardierte die Rebellengruppe Ahrar al-Scham.", "ASSAULT", "target", "Ahrar al-Scham"),
    # the noun is taken with the name, not left to read "Terrororganisation Hamas" as an unknown organisation
    ("Die Terrororganisation Hamas feuerte Raketen auf Israel ab.", "ASSAULT", "source", "Hamas"),
    ("Die Rebellengruppe Ahrar al-Scham griff Stellungen der Armee an.", "ASSAULT", "source", "Ahrar al-Scham"),
    ("Nordkoreanische Ärzte starben im Ausland. In Nigeria wurden drei Mediziner getötet, vermutlich von der "
     "Terrororganisation Boko Haram.", "ASSAULT", "source", "Boko Haram"),
])
def test_an_organisation_named_in_apposition_is_the_side(ctx: Context, text: str, type_: str, side: str,
                                                        name: str) -> None:
    (event,) = [e for e in extract(ctx, text, "2016-01-10") if e.type == type_]
    assert [a.name for a in getattr(event, side)] == [name], event
