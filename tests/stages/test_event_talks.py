"""Tests of talks, mediated negotiations and agreements between two sides (event_talks.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _of_type(ctx: Context, text: str, type_: str):
    return [e for e in extract(ctx, text) if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "source", "targets"), [
    # the actors after "zwischen" are the two sides, whatever the clause order (a passive included)
    ("Die Vereinbarung war am Freitag beim EU-Gipfel in Brüssel zwischen den 28 EU-Staaten und dem türkischen "
     "Ministerpräsidenten Ahmet Davutoglu geschlossen worden.", "AGREE", "Europäische Union", {"TUR"}),
    ("Seit Mitternacht gilt der Flüchtlingspakt zwischen der Europäischen Union und der Türkei.", "AGREE",
     "Europäische Union", {"TUR"}),
    # a joint statement is agreed by all its authors
    ("Russland, die Türkei und der Iran kündigten am Dienstag in einer gemeinsamen Erklärung an, einen "
     "dreiseitigen Mechanismus zur Überwachung der Waffenruhe einzurichten.", "AGREE", "Russland", {"TUR", "IRN"}),
    # coordinated partners of a meeting are all met, titles apart
    ("Zuvor hatte Hollande in Paris den britischen Premierminister David Cameron und Bundeskanzlerin Angela Merkel "
     "empfangen.", "CONSULT", "François Hollande", {"GBR", "DEU"}),
    # the speaker after the verb, not the partner before it ("mit Merkel sagte Macron")
    ("Nach einem Treffen mit Merkel sagte Macron, Frankreich werde Flüchtlinge aufnehmen.", "CONSULT",
     "Emmanuel Macron", {"DEU"}),
    # "miteinander" and "am Telefon" make coordinated subjects each other's partners
    ("Putin und Erdoğan sprachen am Rande des Gipfels in Sotschi miteinander.", "CONSULT", "Wladimir Putin", {"TUR"}),
    ("Dem Kreml zufolge sprachen Putin und Erdoğan am Freitag am Telefon über Syrien.", "CONSULT",
     "Wladimir Putin", {"TUR"}),
])
def test_sides_of_talks_and_agreements(ctx: Context, text: str, type_: str, source: str, targets: set) -> None:
    found = _of_type(ctx, text, type_)
    assert len(found) == 1, found
    assert [a.name for a in found[0].source] == [source]
    assert {a.country for a in found[0].target} == targets


@pytest.mark.parametrize(("text", "type_"), [
    # a meeting that is not planned or did not take place is no event
    ("Ein Treffen Putins mit Assad stehe nicht auf dem Programm.", "CONSULT"),
    ("Putin sagte, er habe Assad noch nicht getroffen.", "CONSULT"),
    ("Putin traf Assad nicht.", "CONSULT"),
    # a negation before the reciprocal word that completes the verb, however far from it
    ("Nach der Eröffnungssitzung sprachen die Delegationen der syrischen Regierung und der Rebellen in Astana "
     "nicht direkt miteinander.", "CONSULT"),
    # "sprechen von" is saying, not meeting
    ("Davutoglu sprach von einem historischen Tag für die Beziehungen zwischen seinem Land und der Europäischen "
     "Union.", "CONSULT"),
    ("Merkel sprach am Telefon von einem historischen Tag.", "CONSULT"),
    # a mediation phrase qualifies the agreement; it is no meeting of its own
    ("Russland und die Ukraine haben unter Vermittlung der Vereinten Nationen und der Türkei ein Abkommen "
     "unterzeichnet.", "CONSULT"),
    # a statement noun without a joint word is no agreement
    ("In einer Erklärung der syrischen Armee hieß es, Russland habe die Angriffe eingestellt.", "AGREE"),
])
def test_no_event(ctx: Context, text: str, type_: str) -> None:
    assert _of_type(ctx, text, type_) == []


def test_a_mediator_leads_the_talks_between_the_sides(ctx: Context) -> None:
    found = _of_type(ctx, "Am selben Tag begann in Genf eine neue Runde der indirekten Friedensgespräche zwischen "
                          "Regierung und Opposition unter Vermittlung des UN-Sondergesandten Staffan de Mistura.",
                     "CONSULT")
    assert [a.name for a in found[0].source] == ["Staffan de Mistura"]
    assert [a.sector for a in found[0].target] == ["OPP"]


def test_a_place_after_the_partner_is_not_the_agent_of_a_meeting(ctx: Context) -> None:
    found = _of_type(ctx, "Die Lage sei ernst, sagte Macron am Dienstag bei einer gemeinsamen Pressekonferenz mit "
                          "Scholz auf Schloss Meseberg nördlich von Berlin.", "CONSULT")
    assert [a.country for a in found[0].source] == ["FRA"]
    assert [a.country for a in found[0].target] == ["DEU"]


def test_speaking_with_a_partner_is_a_meeting(ctx: Context) -> None:
    found = _of_type(ctx, "Putin sprach am Telefon mit Erdogan über Syrien.", "CONSULT")
    assert [a.country for a in found[0].target] == ["TUR"]


def test_mediated_agreement_keeps_its_sides(ctx: Context) -> None:
    found = _of_type(ctx, "Russland und die Ukraine haben unter Vermittlung der Vereinten Nationen und der Türkei "
                          "ein Abkommen unterzeichnet.", "AGREE")
    assert [a.country for a in found[0].source] == ["RUS"]
    assert [a.country for a in found[0].target] == ["UKR"]


def test_leaders_speaking_in_separate_settings_do_not_meet(ctx: Context) -> None:
    text = "Merkel und Obama sprachen in getrennten Interviews über die Flüchtlingskrise."
    assert not [e for e in extract(ctx, text, "2016-01-10") if e.type == "CONSULT"]
