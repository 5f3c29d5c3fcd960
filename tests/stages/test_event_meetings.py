"""Meetings, accessions and joint openings: triggers and partners of event_meetings.py and the lexicon."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract, only


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # a body meeting at a member's motion: the mover consults the body (event_gatherings.py)
    ("Auf Antrag der Türkei kam der Nato-Rat in Brüssel zu einer Sondersitzung zusammen.", "CONSULT", "TUR", "IGO"),
    ("Der UN-Sicherheitsrat kam am Montag auf Antrag Russlands zu Beratungen zusammen.", "CONSULT", "RUS", "IGO"),
    # handing over the instrument of accession
    (("Finnlands Außenminister Pekka Haavisto hat am Dienstag in Brüssel die Beitrittsurkunde an "
      "US-Außenminister Antony Blinken übergeben."), "AGREE", "FIN", "USA"),
    ("Finnland ist am Dienstag der Nato beigetreten.", "AGREE", "FIN", "IGO"),
    # opening a joint project
    (("Der russische Präsident Wladimir Putin und der türkische Präsident Recep Tayyip Erdogan haben am Mittwoch "
      "in Istanbul die Gasleitung Turkstream eröffnet."), "COOPERATE", "RUS", "TUR"),
    # a joint press conference with a partner
    ("Das sagte Macron am Dienstag bei einer gemeinsamen Pressekonferenz mit Scholz.", "CONSULT", "FRA", "DEU"),
])
def test_meeting_partners(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    event = only(extract(ctx, text, "2023-04-05"), type_)
    assert source in {a.country or a.sector for a in event.source}
    assert target in {a.country or a.sector for a in event.target}


@pytest.mark.parametrize(("text", "type_"), [
    ("Russische Soldaten eröffneten das Feuer auf ukrainische Stellungen.", "COOPERATE"),
    ("Putin sagte auf einer Pressekonferenz in Moskau, Russland werde reagieren.", "CONSULT"),
    ("Auf Antrag der Türkei verhängte die EU Sanktionen.", "CONSULT"),
])
def test_no_partner_no_event(ctx: Context, text: str, type_: str) -> None:
    assert not [e for e in extract(ctx, text) if e.type == type_]


@pytest.mark.parametrize("text", [
    "Franziskus wurde am Montag bei der zweiten Station in Holguin von zehntausenden Menschen empfangen.",
    "Merkel wurde in Ankara von Demonstranten empfangen.",
])
def test_a_crowd_receiving_a_visitor_is_no_meeting(ctx: Context, text: str) -> None:
    """Unnamed civilians welcoming or facing a visitor hold no political consultation with him."""
    assert not [e for e in extract(ctx, text, "2015-09-22") if e.type == "CONSULT"]


@pytest.mark.parametrize(("text", "source", "targets"), [
    # a partner introduced by a title after "und" shares the "mit" of the first one (event_slots._join)
    ("Nach seinen Gesprächen mit Angela Merkel und seinem Amtskollegen Joachim Gauck zog Fischer Bilanz.",
     "Heinz Fischer", {"Angela Merkel", "Joachim Gauck"}),
    ("Nach Gesprächen mit Netanjahu und dem palästinensischen Präsidenten Mahmud Abbas reiste Kerry ab.",
     "John Kerry", {"Benjamin Netanjahu", "Mahmud Abbas"}),
    # a relative clause's meeting verb with no partner hands over to the noun; "ihn" is no subject
    (("Nach seinen Gesprächen mit Angela Merkel und seinem Amtskollegen Joachim Gauck, der ihn zum Mittagessen "
      "in Schloss Bellevue empfing – zog Fischer am Donnerstag Bilanz."), "Heinz Fischer", {"Angela Merkel", "Joachim Gauck"}),
])
def test_all_partners_of_a_meeting_noun(ctx: Context, text: str, source: str, targets: set[str]) -> None:
    event = only(extract(ctx, text, "2016-05-12"), "CONSULT")
    assert [a.name for a in event.source] == [source]
    assert {a.name for a in event.target} == targets


@pytest.mark.parametrize(("text", "source", "target"), [
    # a political organisation holds the talks of a meeting noun; two parties of one state are two sides
    ("Podemos hat am Montag Verhandlungen mit der PSOE aufgenommen.", "Podemos", "PSOE"),
    ("Die SPÖ hat Koalitionsverhandlungen mit der ÖVP aufgenommen.", "SPÖ", "ÖVP"),
    ("Die EU startete am Montag die Beitrittsverhandlungen mit Serbien.", "Europäische Union", "Serbien"),
])
def test_organisations_hold_talks(ctx: Context, text: str, source: str, target: str) -> None:
    event = only(extract(ctx, text, "2016-02-22"), "CONSULT")
    assert [a.name for a in event.source] == [source] and [a.name for a in event.target] == [target]


def test_a_minister_of_one_s_own_government_is_still_internal(ctx: Context) -> None:
    assert not [e for e in extract(ctx, "Nach einem Treffen mit Verteidigungsminister Schoigu sagte Putin, …", "2016-02-22")
                if e.type == "CONSULT"]


@pytest.mark.parametrize(("text", "partners"), [
    # a name after "und" + title with a finite verb of its own opens a new main clause: no partner
    ("Merkel sprach mit Obama und Präsident Hollande kritisierte Putin.", ["Barack Obama"]),
    ("Merkel telefonierte mit Putin und Präsident Poroschenko forderte neue Sanktionen.", ["Wladimir Putin"]),
    ("Merkel traf sich mit Obama und Präsident Hollande trat vor die Presse.", ["Barack Obama"]),
    ("Merkel traf sich mit Obama und Präsident Hollande lobte das Ergebnis.", ["Barack Obama"]),
    # no verb of its own: a partner (a closing participle, a preposition's phrase)
    ("Merkel hat mit Obama und Präsident Hollande telefoniert.", ["Barack Obama", "François Hollande"]),
    ("Merkel sprach mit Obama und Präsident Hollande über die Ukraine.", ["Barack Obama", "François Hollande"]),
])
def test_a_titled_name_with_its_own_verb_is_no_partner(ctx: Context, text: str, partners: list[str]) -> None:
    event = only(extract(ctx, text, "2016-05-12"), "CONSULT")
    assert [a.name for a in event.target] == partners
