"""Tests of criticism and of bodies' own meetings (sixteenth session): verbs of reproach ("rügen", "tadeln",
"geißeln", "sich einschießen auf"), attacks of politicians on politicians as criticism (event_verbal.py), the
press as an actor, and a meeting noun of an organisation of states ("Krisentreffen der Arabischen Liga") as the
body's own meeting (mention_groups.py, event_references.own_body)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract
from tests.stages.test_mentions import analyse


def _events(ctx: Context, text: str, pub: str = "2016-01-10") -> list[tuple]:
    return [(e.type, {a.name for a in e.source}, {a.name for a in e.target}) for e in extract(ctx, text, pub)]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Außenminister Kurz rügte die Türkei wegen der Verhaftung von Journalisten.", "Sebastian Kurz", "Türkei"),
    ("Mikl-Leitner tadelte Griechenland für den mangelnden Schutz der Außengrenze.", "Johanna Mikl-Leitner",
     "Griechenland"),
    ("Die EU-Kommission hat Polen wegen des Mediengesetzes gerügt.", "EU-Kommission", "Polen"),
    ("Die FPÖ schießt sich auf Mikl-Leitner ein.", "FPÖ", "Johanna Mikl-Leitner"),
])
def test_verbs_of_reproach_accuse(ctx: Context, text: str, source: str, target: str) -> None:
    assert ("ACCUSE", {source}, {target}) in _events(ctx, text)


@pytest.mark.parametrize("text", [
    "Merkel verbrachte den Urlaub auf Rügen.",
    "Der Stürmer schoss sich mit zwei Toren ein.",
])
def test_no_reproach_without_its_words(ctx: Context, text: str) -> None:
    assert not [e for e in _events(ctx, text) if e[0] == "ACCUSE"]


def test_the_press_singles_out_a_politician(ctx: Context) -> None:
    (event,) = extract(ctx, "Britische Zeitungen schießen sich auf Oppositionsführer Corbyn ein.", "2015-09-17")
    assert (event.type, [(a.country, a.sector) for a in event.source], [a.name for a in event.target]) \
        == ("ACCUSE", [("GBR", "MED")], ["Jeremy Corbyn"])


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Erdogan attackierte Merkel wegen ihrer Flüchtlingspolitik.", "Recep Tayyip Erdoğan", "Angela Merkel"),
    ("Strache griff Faymann wegen der Flüchtlingspolitik an.", "Heinz-Christian Strache", "Werner Faymann"),
    ("Assad attackierte Erdogan in einem Interview.", "Baschar al-Assad", "Recep Tayyip Erdoğan"),
    ("Erdogan attackierte die Opposition.", "Recep Tayyip Erdoğan", "TUR OPP"),
])
def test_a_politicians_attack_on_a_politician_is_criticism(ctx: Context, text: str, source: str, target: str) -> None:
    assert _events(ctx, text) == [("ACCUSE", {source}, {target})]


@pytest.mark.parametrize(("text", "target"), [
    ("Erdogan griff die PKK an.", "PKK"),  # an armed group
    ("Russland griff die Türkei an.", "Türkei"),  # a state
    ("Kämpfer der Hamas griffen Netanjahu an.", "Benjamin Netanjahu"),  # armed attackers
    ("Frank S. griff Faymann mit einem Messer an.", "Werner Faymann"),  # a stranger, not a known politician
    ("Die Polizei griff Oppositionelle in Istanbul an.", "TUR OPP"),  # armed forces
    # a party's or a politician's followers attack with their bodies (events.yaml crowd_nouns)
    ("Anhänger der AfD griffen Journalisten an.", "DEU MED"),
    ("Pegida-Anhänger griffen in Dresden Journalisten an.", "DEU MED"),
    ("Mitglieder der NPD griffen einen Politiker der Linken an.", "Die Linke"),
    ("Anhänger Erdogans griffen Mitglieder der HDP an.", "HDP"),
])
def test_attacks_on_states_or_by_armed_groups_stay_attacks(ctx: Context, text: str, target: str) -> None:
    assert [e[0] for e in _events(ctx, text) if target in e[2]] == ["ASSAULT"]


@pytest.mark.parametrize(("text", "organisation"), [
    ("Das Krisentreffen der Arabischen Liga findet am Dienstag in Kairo statt.", "Arabischen Liga"),
    ("Ein Krisentreffen der Europäischen Union begann am Montag.", "Europäischen Union"),
])
def test_a_meeting_noun_before_an_organisation_is_no_name(ctx: Context, text: str, organisation: str) -> None:
    assert [m.text for m in analyse(ctx, text, "2016-01-10").mentions if m.kind == "ORG"] == [organisation]


@pytest.mark.parametrize(("text", "body"), [
    ("Das Krisentreffen der Arabischen Liga findet am Dienstag in Kairo statt.", "Arabische Liga"),
    ("Die Sondersitzung des UN-Sicherheitsrats zu Syrien begann am Abend.", "UN-Sicherheitsrat"),
])
def test_an_organisations_meeting_noun_is_its_own_meeting(ctx: Context, text: str, body: str) -> None:
    assert [(e.type, e.mode, [a.name for a in e.source], [a.name for a in e.target]) for e in extract(ctx, text, "2016-01-10")] \
        == [("CONSULT", "multilateral", [body], [body])]


@pytest.mark.parametrize("text", [
    "Der Sondergipfel der EU mit Afrika fand in Valletta statt.",  # a partner of no state (a continent)
    "Der EU-Gipfel mit Afrika fand in Valletta statt.",
    "Das Treffen der Arabischen Liga mit Lateinamerika findet in Riad statt.",
])
def test_an_organisations_meeting_with_a_partner_is_not_its_own(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2016-01-10") if e.mode == "multilateral" and e.source == e.target]


def test_talks_led_by_an_organisation_are_not_its_meeting(ctx: Context) -> None:
    text = "Die Gespräche in Astana sollen die von den Vereinten Nationen geführten Verhandlungen in Genf ergänzen."
    assert not [e for e in extract(ctx, text, "2017-01-23") if e.source]


@pytest.mark.parametrize(("text", "target"), [
    ("Juncker warnte vor der Flüchtlingspolitik Ungarns.", ("HUN", "GOV")),
    ("Kerry warnte vor der Politik Russlands in Syrien.", ("RUS", "GOV")),
    ("Merkel warnte vor der österreichischen Obergrenze.", ("AUT", "GOV")),
    ("Juncker warnte vor der Flüchtlingspolitik in Ungarn.", ("HUN", "GOV")),
    ("Juncker kritisierte die Flüchtlingspolitik in Ungarn.", ("HUN", "GOV")),
])
def test_a_warning_against_a_policy_criticises_its_owner(ctx: Context, text: str, target: tuple) -> None:
    assert [(e.type, [(a.country, a.sector) for a in e.target]) for e in extract(ctx, text, "2016-04-28")] \
        == [("ACCUSE", [target])]


@pytest.mark.parametrize("text", [
    "Merkel warnte vor einer Abschottung Europas.",  # no policy noun
    "Faymann warnte vor einer Politik der Abschottung.",  # a policy of nobody
    "Steinmeier warnte vor einer Eskalation in der Ostukraine.",
    "Merkel kritisierte in Wien die Flüchtlingspolitik.",  # the place of the speech, no owner
])
def test_no_criticism_of_an_unowned_policy(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2016-04-28") if e.type == "ACCUSE"]
