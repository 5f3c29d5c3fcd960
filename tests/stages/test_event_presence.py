"""Tests of event_presence.py: a political visit told with "sein" and a foreign state or its capital."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "source", "target"), [
    (("Erst vor wenigen Tagen war Indiens Regierungschef Narendra Modi überraschend beim Erzfeind Pakistan, um neue "
     "Friedensgespräche einzuleiten."), "IND", "PAK"),
    ("Am Montag war Außenminister Steinmeier in Moskau.", "DEU", "RUS"),
    ("Steinmeier war am Montag in Moskau.", "DEU", "RUS"),
])
def test_a_stay_abroad_is_a_visit(ctx: Context, text: str, source: str, target: str) -> None:
    """A government person "war in/bei" a foreign state or its capital, the place closing the clause: a visit."""
    visits = [e for e in extract(ctx, text, "2016-01-04") if e.type == "CONSULT"]
    assert len(visits) == 1, [(e.type, e.trigger) for e in visits]
    assert visits[0].mode == "visit"
    assert [(a.country, a.sector) for a in visits[0].source] == [(source, "GOV")]
    assert [(a.country, a.sector) for a in visits[0].target] == [(target, "GOV")]


@pytest.mark.parametrize("text", [
    "Putin war am Montag in Moskau.",  # at home
    "Putin war in Syrien aktiv.",  # a predicate follows the place
    "Russland ist in Syrien seit 2015 militärisch präsent.",
    "Außenminister Steinmeier war früher Botschafter in Moskau.",  # a predicate noun
    "Die Touristen waren in Moskau.",  # nobody of a government
])
def test_no_visit(ctx: Context, text: str) -> None:
    """Home, a predicate after the place or before it, or no government person: no visit."""
    assert not [e for e in extract(ctx, text, "2016-01-04") if e.type == "CONSULT"]


def test_an_auxiliary_keeps_its_verb(ctx: Context) -> None:
    """"war … nach Moskau gereist": the participle is the visit, "war" adds none."""
    visits = [e for e in extract(ctx, "Steinmeier war am Montag nach Moskau gereist.", "2016-01-04") if e.type == "CONSULT"]
    assert [e.trigger for e in visits] == ["gereist"]


@pytest.mark.parametrize(("text", "pair", "day"), [
    # a promise to a foreign leader at a place of his country was made face to face: the two met there
    (("Kanzlerin Angela Merkel hatte Hollande am Mittwoch in Paris zugesagt, Deutschland werde mehr "
      "Verantwortung übernehmen."), ("Angela Merkel", "François Hollande"), "2015-11-25"),
    ("Merkel sagte Davutoglu am Sonntag in Ankara Unterstützung bei der Visaliberalisierung zu.",
     ("Angela Merkel", "Ahmet Davutoğlu"), "2015-11-22"),
    ("US-Außenminister John Kerry sicherte Netanjahu am Dienstag in Jerusalem die Unterstützung der USA zu.",
     ("John Kerry", "Benjamin Netanjahu"), "2015-11-24"),
])
def test_a_promise_made_in_person_tells_a_meeting(ctx: Context, text: str, pair: tuple, day: str) -> None:
    [meeting] = [e for e in extract(ctx, text, "2015-11-26") if e.type == "CONSULT"]
    assert (meeting.mode, [a.name for a in meeting.source], [a.name for a in meeting.target]) == ("meet", *map(list, zip(pair)))
    assert meeting.date is not None and meeting.date.value == day and meeting.location is not None


@pytest.mark.parametrize("text", [
    "Putin sicherte Assad am Dienstag in Moskau weitere Unterstützung zu.",  # at the speaker's home
    "Faymann sagte Tsipras in Wien Hilfe bei der Bewältigung der Flüchtlingskrise zu.",
    "Kerry versprach den Palästinensern in Ramallah weitere Hilfe.",  # to a people, not a leader
    "Merkel hat Poroschenko weitere Hilfe zugesagt.",  # no place
    "Merkel sagte Poroschenko Hilfe für die Menschen in Kiew zu.",  # the place of what is promised
    "Merkel sagte Poroschenko am Telefon Hilfe beim Wiederaufbau in Donezk zu.",
    # made from afar, though placed in the addressee's country
    "Putin hat Assad am Mittwoch in Damaskus telefonisch weitere Unterstützung zugesagt.",
    "Merkel sagte Poroschenko am Mittwoch in Kiew am Telefon weitere Unterstützung zu.",
])
def test_a_promise_elsewhere_tells_no_meeting(ctx: Context, text: str) -> None:
    assert [e for e in extract(ctx, text, "2015-11-26") if e.type == "CONSULT"] == []
