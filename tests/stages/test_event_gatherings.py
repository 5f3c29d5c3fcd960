"""Tests of gatherings: convened meetings, summit settings, offered meetings, hosts, departures (event_gatherings.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _of_type(ctx: Context, text: str, type_: str, published: str = "2020-01-07"):
    return [e for e in extract(ctx, text, published) if e.type == type_]


@pytest.mark.parametrize(("text", "mover", "body"), [
    # a motion to convene is how the mover consults the body: one CONSULT, no demand of its own
    ("Auf Antrag der Türkei kam der Nato-Rat in Brüssel zu einer Sondersitzung zusammen.", "TUR", "Nato"),
    ("Der UN-Sicherheitsrat kam am Montag auf Antrag Russlands zu Beratungen hinter verschlossenen Türen "
     "zusammen.", "RUS", "UN-Sicherheitsrat"),
    ("Auf Antrag Frankreichs kam der UN-Sicherheitsrat am Freitag zu einer Dringlichkeitssitzung zusammen.",
     "FRA", "UN-Sicherheitsrat"),
    ("Der Nato-Rat trat auf Ersuchen Polens zu einer Sondersitzung zusammen.", "POL", "Nato"),
])
def test_a_motion_to_convene_is_the_movers_consultation(ctx: Context, text: str, mover: str, body: str) -> None:
    found = extract(ctx, text)
    assert [e.type for e in found] == ["CONSULT"], [(e.type, e.trigger) for e in found]
    assert [a.country for a in found[0].source] == [mover]
    assert [a.name for a in found[0].target] == [body]


def test_pushing_a_body_stays_a_demand(ctx: Context) -> None:
    found = extract(ctx, "Auf Drängen Frankreichs berät der UN-Sicherheitsrat an diesem Freitag über die Lage in "
                         "Syrien.")
    assert sorted(e.type for e in found) == ["CONSULT", "REQUEST"]


@pytest.mark.parametrize("text", [
    # an organisation's own summit as the setting of an agreement is no meeting with the other party
    "Die EU hatte sich bei ihrem Gipfel in Brüssel am Donnerstag auf einen Aktionsplan mit Ankara verständigt.",
    "Die Vereinbarung war am Freitag beim EU-Gipfel in Brüssel zwischen den 28 EU-Staaten und dem türkischen "
    "Ministerpräsidenten Ahmet Davutoglu geschlossen worden.",
    "Die Nato hatte sich bei ihrem Gipfel in Madrid mit Schweden auf ein Abkommen geeinigt.",
    # an offer of a meeting the sentence reports is that meeting, no cooperation of its own
    "Erdogan bot zugleich an, Putin am Rande der Weltklimakonferenz in Paris zu treffen.",
])
def test_settings_and_offers_add_no_event(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2015-11-28")
    assert not [e for e in found if e.type in ("CONSULT", "COOPERATE") and e.trigger.split()[0] in (
        "Gipfel", "EU-Gipfel", "bot")], [(e.type, e.trigger) for e in found]


def test_a_summit_of_the_parties_stays_a_meeting(ctx: Context) -> None:
    found = _of_type(ctx, "Darauf verständigten sich die Präsidenten Wladimir Putin, Recep Tayyip Erdogan und "
                          "Hassan Ruhani am Mittwoch bei einem Gipfeltreffen in Sotschi.", "CONSULT", "2017-11-22")
    assert len(found) == 1


@pytest.mark.parametrize(("text", "hosts", "sides"), [
    ("In der kasachischen Hauptstadt Astana haben am Montag Gespräche zwischen Vertretern der syrischen Regierung "
     "und bewaffneter Rebellengruppen begonnen. Eingeladen hatten Russland, die Türkei und der Iran.",
     {"RUS", "TUR", "IRN"}, {"GOV", "REB"}),
    ("In Genf haben am Dienstag Gespräche zwischen Vertretern der libyschen Regierung und der Opposition begonnen. "
     "Eingeladen hatten Italien und Ägypten.", {"ITA", "EGY"}, {"GOV", "OPP"}),
])
def test_the_hosts_named_after_talks_lead_them(ctx: Context, text: str, hosts: set, sides: set) -> None:
    found = _of_type(ctx, text, "CONSULT", "2017-01-23")
    assert len(found) == 1, [(e.trigger, e.source, e.target) for e in found]
    assert found[0].mode == "third-party"
    assert {a.country for a in found[0].source} == hosts
    assert {a.sector for a in found[0].target} == sides


@pytest.mark.parametrize(("text", "visited"), [
    # the place after "aus" is where the visitors come from
    ("Kanzlerin Angela Merkel und der französische Präsident François Hollande berichteten dort direkt nach ihrer "
     "Ankunft aus Minsk über die Ergebnisse.", None),
    ("Assad ist aus Damaskus nach Moskau gereist.", "RUS"),
    ("Nach seiner Rückkehr aus Moskau reiste Hollande nach Berlin.", "DEU"),
])
def test_a_visit_is_not_to_the_place_of_departure(ctx: Context, text: str, visited: str | None) -> None:
    found = _of_type(ctx, text, "CONSULT", "2015-02-13")
    assert [a.country for e in found for a in e.target] == ([visited] if visited else [])


@pytest.mark.parametrize(("text", "kept"), [
    # a meeting verb in a relative clause naming no actor: its parties are not the main clause's actors
    ("An der Zeremonie nahmen UN-Generalsekretär António Guterres und der türkische Präsident Recep Tayyip Erdogan "
     "teil, der die Delegationen empfangen hatte.", False),
    ("Bei der Feier sprach der russische Präsident Wladimir Putin, der die Gäste zuvor empfangen hatte.", False),
    # a relative clause naming the partner keeps its meeting
    ("Das Treffen fand in Sotschi statt, wo Putin den syrischen Präsidenten empfangen hatte.", True),
])
def test_a_bare_relative_clause_meets_no_one_named(ctx: Context, text: str, kept: bool) -> None:
    assert bool(_of_type(ctx, text, "CONSULT", "2022-07-22")) == kept
