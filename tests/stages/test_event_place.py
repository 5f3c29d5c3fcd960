"""Where an event happened (event_frame._place): the trigger's own clause first, the place a "wo" clause
refers back to, else the nearest place in the sentence."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "type_", "place"), [
    # a "wo" clause happens at the place before its comma, not at the main clause's destination
    (("Nach einem Zwischenstopp auf dem Luftwaffenstützpunkt Hmeimim, wo Putin am Montag den Abzug eines großen "
      "Teils der russischen Truppen anordnete, flog der Kremlchef nach Kairo weiter."), "RETREAT", "Hmeimim"),
    (("Assad floh nach Moskau, wo ihm und seiner Familie Asyl gewährt wurde."), "AID", "Moskau"),
    (("Nach einem kurzen Halt in Latakia, wo Putin am Montag vor Hunderten stationierten Soldaten eine lange "
      "Rede hielt und den Abzug eines Teils der russischen Truppen anordnete, reiste der Kremlchef nach Kairo "
      "weiter."), "RETREAT", "Latakia"),
    # the trigger's own clause wins over a nearer place in another clause
    (("Bevor sie nach Berlin zurückflog, traf Merkel am Sonntag Erdogan in Istanbul."), "CONSULT", "Istanbul"),
])
def test_the_place_of_an_event(ctx: Context, text: str, type_: str, place: str) -> None:
    [event] = [e for e in extract(ctx, text, "2017-12-12") if e.type == type_]
    assert event.location is not None and place in event.location.name


@pytest.mark.parametrize(("text", "type_", "place"), [
    # a capital that a place-taking verb takes stands for its state and is where the act happened
    ("Am 8. Dezember nahmen Rebellen Damaskus ein.", "COERCE", "Damaskus"),
    ("Rebellen nehmen Damaskus ein – Assad gestürzt", "COERCE", "Damaskus"),
])
def test_a_capital_taken_is_the_place(ctx: Context, text: str, type_: str, place: str) -> None:
    [event] = [e for e in extract(ctx, text, "2024-12-09") if e.type == type_]
    assert event.location is not None and place in event.location.name


@pytest.mark.parametrize(("text", "place"), [
    # a sentence's first word "In" places the capital after it
    (("In Ankara sprach Putin am Abend mit dem türkischen Präsidenten Recep Tayyip Erdogan über Syrien und über "
      "die Entscheidung von US-Präsident Donald Trump, Jerusalem als Hauptstadt Israels anzuerkennen."), "Ankara"),
    # a visit goes to the capital after "nach", not where it came from
    ("Von Hmeimim aus reiste Putin weiter nach Kairo zu Gesprächen mit dem ägyptischen Präsidenten al-Sisi.", "Kairo"),
    # a meeting does not happen where a participant arrived from
    ("Nach seiner Ankunft aus Minsk traf Poroschenko in Berlin Merkel.", "Berlin"),
    # "aus" after a place names its origin only after "von": "in Genf aus Anlass …" is where they met
    ("Kerry traf Lawrow in Genf aus Anlass der Syrien-Gespräche.", "Genf"),
])
def test_a_meeting_happens_where_its_participants_go(ctx: Context, text: str, place: str) -> None:
    [event] = [e for e in extract(ctx, text, "2017-12-12") if e.type == "CONSULT"]
    assert event.location is not None and event.location.name == place


def test_a_meeting_is_not_where_a_government_body_that_reports_it_sits(ctx: Context) -> None:
    text = ("Assad ist am Dienstag nach Moskau gereist. Auch das Präsidialamt in Damaskus bestätigte die Reise, "
            "nachdem der Kreml sie öffentlich gemacht hatte.")
    found = [e for e in extract(ctx, text, "2015-10-21") if e.type == "CONSULT"]
    assert found and all(e.location is None or e.location.name == "Moskau" for e in found), found


@pytest.mark.parametrize(("text", "type_", "place"), [
    # a speech act is not where the act it names happened
    ("Merkel verurteilte den Anschlag in Ankara scharf.", "ACCUSE", None),
    ("Lawrow verurteilte in Moskau den Anschlag in Istanbul.", "ACCUSE", "Moskau"),
    ("Obama kritisierte in Washington die Luftangriffe in Aleppo.", "ACCUSE", "Washington"),
    # other acts keep the place of their own noun phrase
    ("Bei den Luftangriffen in Aleppo töteten russische Kampfflugzeuge 20 Zivilisten.", "ASSAULT", "Aleppo"),
])
def test_a_speech_act_is_not_placed_by_the_act_it_names(ctx: Context, text: str, type_: str,
                                                         place: str | None) -> None:
    found = [e for e in extract(ctx, text, "2016-01-10") if e.type == type_]
    assert found and all((e.location.name if e.location else None) == place for e in found), found


@pytest.mark.parametrize(("text", "target", "place"), [
    # a headline's statement after a colon is no part of the noun's own phrase
    ("Nach Blitzbesuch in Syrien: Putin in Kairo und Ankara", ["Syrien"], None),
    ("Treffen in Minsk: Merkel und Putin einigen sich", ["Wladimir Putin"], "Minsk"),
])
def test_a_headline_statement_is_not_the_noun_s_phrase(ctx: Context, text: str, target: list[str],
                                                        place: str | None) -> None:
    [event] = [e for e in extract(ctx, text, "2017-12-12") if e.type == "CONSULT"]
    assert [a.name for a in event.target] == target
    assert (event.location.name if event.location else None) == place


@pytest.mark.parametrize("text", [
    # a capital that names its government in another act is no place
    "Moskau kritisierte Washington scharf.",
    "Berlin warf Ankara Menschenrechtsverletzungen vor.",
])
def test_a_capital_naming_a_government_is_no_place(ctx: Context, text: str) -> None:
    [event] = extract(ctx, text, "2024-12-09")
    assert event.location is None


@pytest.mark.parametrize(("text", "type_", "place"), [
    # a person met is no government body: the meeting keeps its place
    ("Kerry traf am Sonntag den russischen Außenminister in Zürich.", "CONSULT", "Zürich"),
    # a dash pair is an insertion, no headline statement
    ("Das Treffen zwischen Kerry und Lawrow – das dritte binnen einer Woche – fand am Freitag in Genf statt.",
     "CONSULT", "Genf"),
    # the setting of a statement ("am Rande eines Treffens in Genf") is where it was made
    ("Lawrow kritisierte am Rande eines Treffens in Genf die USA.", "ACCUSE", "Genf"),
])
def test_places_kept_by_the_review(ctx: Context, text: str, type_: str, place: str) -> None:
    found = [e for e in extract(ctx, text, "2016-01-10") if e.type == type_]
    assert found and found[0].location is not None and found[0].location.name == place, found


@pytest.mark.parametrize(("text", "place"), [
    # a place in the topic of talks is not where they are held
    (("Moskau verhandelt mit der neuen Führung zugleich über die Zukunft seiner beiden Stützpunkte in Syrien, des "
      "Luftwaffenstützpunkts Hmeimim und des Marinehafens in Tartus."), None),
    ("Putin beriet mit Erdogan über die Gaspipeline Turkstream in Istanbul.", None),
    # a place before the topic still is
    ("Lawrow sprach mit Kerry in Genf über die Lage in Aleppo.", "Genf"),
])
def test_a_place_in_the_topic_of_talks_is_no_venue(ctx: Context, text: str, place: str | None) -> None:
    talks = [e for e in extract(ctx, text, "2016-03-14") if e.type == "CONSULT"]
    assert talks and [e.location.name if e.location else None for e in talks] == [place]
