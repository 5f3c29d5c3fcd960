"""A party in brackets after a person is his affiliation, never a side of an act (mention_affiliation.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _sides(ctx: Context, text: str) -> list[set[str]]:
    return [{a.name for a in e.source + e.target} for e in extract(ctx, text, "2016-03-01")]


@pytest.mark.parametrize(("text", "party"), [
    ("Die Grünen kritisierten Innenministerin Johanna Mikl-Leitner (ÖVP) scharf.", "ÖVP"),
    ("Volksanwältin Gertrude Brinek (ÖVP) kritisierte Kanzler Werner Faymann (SPÖ).", "SPÖ"),
    ("Bayerns Ministerpräsident Horst Seehofer (CSU) forderte von Kanzlerin Angela Merkel eine Obergrenze.", "CSU"),
    ("Die Grünen kritisierten Werner Faymann und Josef Ostermayer (beide SPÖ) scharf.", "SPÖ"),
])
def test_party_in_brackets_is_no_side(ctx: Context, text: str, party: str) -> None:
    sides = _sides(ctx, text)
    assert sides, "the act itself is still found"
    assert all(party not in names for names in sides), sides


def test_party_named_in_the_sentence_is_a_side(ctx: Context) -> None:
    # the same party outside brackets still acts
    sides = _sides(ctx, "Die SPÖ kritisierte Verteidigungsminister Hans Peter Doskozil scharf.")
    assert any("SPÖ" in names for names in sides), sides


def test_unknown_person_takes_the_party_in_brackets(ctx: Context) -> None:
    # "Tamandl (ÖVP)": an Austrian party politician the knowledge base does not know, so the act is political and kept
    # (Volksanwältin Brinek, the earlier example, is now known: an ombudswoman of the state, AUT GOV)
    (event,) = [e for e in extract(ctx, "Abgeordnete Gabriele Tamandl (ÖVP) kritisierte Kanzler Werner Faymann (SPÖ).",
                                   "2016-03-01") if e.type == "ACCUSE"]
    assert (event.source[0].country, event.source[0].sector) == ("AUT", "PTY")


@pytest.mark.parametrize(("text", "person", "country", "sector"), [
    # "<party>-<title> Name": the party before the hyphen is his affiliation
    ("HDP-Chef Selahattin Demirtaş kritisierte Präsident Erdoğan scharf.", "Selahattin Demirtaş", "TUR", "OPP"),
    ("SPÖ-Chef Max Mustermann kritisierte die ÖVP.", "Max Mustermann", "AUT", "PTY"),
    # party functions and group ("Klub") titles of Austrian politics (actors.yaml party_official)
    ("SPÖ-Bundesgeschäftsführer Gerhard Schmid kritisierte Finanzminister Hans Jörg Schelling scharf.",
     "Gerhard Schmid", "AUT", "PTY"),
    ("ÖVP-Klubobmann Reinhold Lopatka kritisierte die SPÖ scharf.", "Reinhold Lopatka", "AUT", "PTY"),
    ("FPÖ-Bildungssprecher Walter Rosenkranz kritisierte Unterrichtsministerin Gabriele Heinisch-Hosek.",
     "Walter Rosenkranz", "AUT", "PTY"),
    ("ÖVP-Landesrat Christopher Drexler kritisierte die SPÖ.", "Christopher Drexler", "AUT", "PTY"),
    # the title described before the person, in apposition
    ("Der Chef der HDP, Selahattin Demirtaş, kritisierte Präsident Erdoğan scharf.", "Selahattin Demirtaş", "TUR", "OPP"),
])
def test_unknown_person_takes_the_party_of_his_title(ctx: Context, text: str, person: str, country: str,
                                                     sector: str) -> None:
    (event,) = [e for e in extract(ctx, text, "2016-03-01") if e.type == "ACCUSE"]
    assert [(a.name, a.country, a.sector) for a in event.source] == [(person, country, sector)], event
    # the party named in his title is no side of the act
    title_party = text.split()[0].split("-")[0]
    assert all(a.name not in ("HDP", title_party) for a in event.target), event


@pytest.mark.parametrize("text", [
    "Fußball-Chef Max Mustermann kritisierte Präsident Erdoğan scharf.",  # no organisation before the hyphen
    "HDP-Wähler Max Mustermann kritisierte Präsident Erdoğan scharf.",  # no title after it
])
def test_no_affiliation_without_organisation_and_title(ctx: Context, text: str) -> None:
    events = [e for e in extract(ctx, text, "2016-03-01") if e.type == "ACCUSE"]
    assert all(a.sector is None for e in events for a in e.source), events


def test_group_after_an_affiliation_preposition_is_no_side(ctx: Context) -> None:
    # "von der Gruppe X": his group, not the addressee of his demand
    text = ("Der Leiter der Rebellendelegation, Mohammed Allusch von der Gruppe Dschaisch al-Islam, verlangte, "
            "zunächst müsse die Waffenruhe in Syrien gefestigt werden.")
    events = [e for e in extract(ctx, text, "2017-01-24") if e.type == "REQUEST"]
    # (the demand names no addressee: without its group as one it is no event)
    assert all("Dschaisch al-Islam" not in {a.name for a in e.source + e.target} for e in events), events


@pytest.mark.parametrize(("text", "sector"), [
    ("Der britische Parteichef Max Mustermann kritisierte Premierminister Cameron.", "PTY"),
    ("Der britische Oppositionsführer Max Mustermann kritisierte Premierminister Cameron.", "OPP"),
    ("Nato-Chef Max Mustermann kritisierte Russland.", "IGO"),  # "Chef" takes its organisation's sector
])
def test_leader_titles_give_the_sector_of_what_they_lead(ctx: Context, text: str, sector: str) -> None:
    (event,) = [e for e in extract(ctx, text, "2016-03-01") if e.type == "ACCUSE"]
    assert event.source[0].sector == sector, event
