"""An agentless passive arrest is made by the police of the arrested people's state (event_agents.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "source", "target"), [
    ("In Minsk wurden am Sonntag sechs weißrussische Oppositionelle festgenommen.", ("BLR", "POL"), ("BLR", "OPP")),
    ("Am Sonntag wurden in Moskau zwei russische Oppositionelle verhaftet.", ("RUS", "POL"), ("RUS", "OPP")),
    # the police of the state where the arrest happens, whatever the arrested man's nationality
    ("In Italien wurde am Sonntag ein Algerier festgenommen.", ("ITA", "POL"), ("DZA", "CVL")),
    ("Ein in Deutschland geborener Syrer wurde am Sonntag in der Türkei festgenommen.", ("TUR", "POL"), ("SYR", "CVL")),
    # a named agent stays the source
    ("Die russische Polizei hat am Sonntag zwei Oppositionelle verhaftet.", ("RUS", "POL"), ("RUS", "OPP")),
])
def test_arrests(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    (event,) = [e for e in extract(ctx, text, "2015-12-28") if e.type == "COERCE"]
    assert [(a.country, a.sector) for a in event.source] == [source]
    assert [(a.country, a.sector) for a in event.target] == [target]


@pytest.mark.parametrize("text", [
    # other acts imply no agent: who killed them is unknown
    "In Kabul wurden am Sonntag zwei afghanische Polizisten getötet.",
    # people of no single state: nobody to code
    "Am Sonntag wurden zwei Männer festgenommen.",
])
def test_no_implied_agent(ctx: Context, text: str) -> None:
    assert [e for e in extract(ctx, text, "2015-12-28") if e.source and e.source[0].id.startswith("grp:")
            and e.type == "COERCE"] == []
    assert all(e.type != "ASSAULT" or e.source == [] or not e.source[0].id.endswith("-POL")
               for e in extract(ctx, text, "2015-12-28"))


@pytest.mark.parametrize("text", [
    "Drei russische Touristen wurden abgeschoben.",
    "Die Polizei in Bayern ermittelt. Zwei syrische Flüchtlinge wurden festgenommen.",
])
def test_a_nationality_does_not_place_the_implied_agent(ctx: Context, text: str) -> None:
    # where people come from is not where they are arrested or deported
    agents = {(a.country, a.sector) for e in extract(ctx, text, "2016-03-01") for a in e.source}
    assert ("RUS", "GOV") not in agents and ("SYR", "POL") not in agents, agents


@pytest.mark.parametrize(("text", "source", "target"), [
    # an existential "kam es zu …": the people of the place protested, against their government
    ("In Ajaccio kam es am Freitag zu gewalttätigen Demonstrationen.", ("FRA", "CVL"), ("FRA", "GOV")),
    ("Nach der Wahl kam es in Weißrussland zu Protesten.", ("BLR", "CVL"), ("BLR", "GOV")),
    ("Am Sonntag ist es in Kairo zu schweren Ausschreitungen gekommen.", ("EGY", "CVL"), ("EGY", "GOV")),
    # the place named in an earlier sentence is the scene the report goes on describing
    (("In Ajaccio wurde Feuer gelegt. Zwei Polizisten wurden verletzt. Einer der Täter floh. "
     "Am Freitag kam es zu weiteren Demonstrationen."), ("FRA", "CVL"), ("FRA", "GOV")),
    # a crowd demonstrating: an act of the chronicle even with no political actor named
    ("In Moskau demonstrierten am Sonntag tausende Menschen.", ("RUS", "CVL"), ("RUS", "GOV")),
])
def test_crowd_protests(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    (event,) = [e for e in extract(ctx, text, "2015-12-28") if e.type == "PROTEST"]
    assert [(a.country, a.sector) for a in event.source] == [source]
    assert [(a.country, a.sector) for a in event.target] == [target]


@pytest.mark.parametrize("text", [
    # "kommen" without the existential subject: no unnamed crowd
    "Zu den Demonstrationen in Paris kamen am Sonntag nur wenige.",
    # "demonstrieren" as showing something: no crowd of a state
    "Der Hacker hat in Berlin demonstriert, wie leicht sich die Software knacken lässt.",
])
def test_no_crowd_protest(ctx: Context, text: str) -> None:
    assert [e for e in extract(ctx, text, "2015-12-28") if e.type == "PROTEST"
            and any(a.sector == "CVL" for a in e.source)] == []


@pytest.mark.parametrize(("text", "sides"), [
    ("In Hebron wurden bei Zusammenstößen zwischen Palästinensern und israelischen Soldaten 15 Palästinenser verletzt.",
     {("PSE", None), ("ISR", "MIL")}),
    ("Am Sonntag waren in Idomeni rund 300 Flüchtlinge bei Zusammenstößen mit der griechischen Polizei verletzt worden.",
     {("GRC", "POL")}),
])
def test_clashes(ctx: Context, text: str, sides: set) -> None:
    # clashes of a crowd with soldiers or police: an attack, either side may have started it
    events = [e for e in extract(ctx, text, "2015-12-28") if e.type == "ASSAULT"]
    assert events and sides <= {(a.country, a.sector) for e in events for a in e.source + e.target}


def test_a_collision_is_no_clash(ctx: Context) -> None:
    text = "Bei einem Zusammenstoß zwischen einem Moped und einem Auto in Osttirol ist ein 15-Jähriger getötet worden."
    assert [e for e in extract(ctx, text, "2015-12-28") if e.trigger == "Zusammenstoß"] == []
