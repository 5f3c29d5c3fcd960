"""Tests of the political senses of triggers and actors (event_senses.py): sport reports, visits by
non-political people, cooperation with non-political partners, verbs in another sense."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract

_MATCH_REPORT = ("Der Trainer lobte nach dem Hinspiel seine Mannschaft, die nun wieder Tabellenführer der Bundesliga ist. "
                 "Das Rückspiel findet in zwei Wochen statt.")


@pytest.mark.parametrize(("text", "type_"), [
    # a sport report: a state names a team, a trigger has its sport sense ("schoss in Führung", "trifft auf")
    ("Robert Lewandowski schoss die Gäste in Leipzig in der 35. Minute in Führung. " + _MATCH_REPORT, "ASSAULT"),
    ("Die Weißrussen, die am Freitag Deutschland 2:5 unterlegen waren, treffen am Dienstag noch auf Frankreich. "
     + _MATCH_REPORT, "CONSULT"),
    ("Ein verwandelter Elfmeter lässt Österreichs Meister mit ordentlicher Basis zum Rückspiel nach Schweden reisen. "
     + _MATCH_REPORT, "CONSULT"),
    # arrivals and journeys of people who do not act politically: a place's state is no host
    ("Die anderen etwa 1.800 Menschen reisten über die Grenzübergänge in Kiefersfelden und Freilassing ein.", "CONSULT"),
    ("Die 24-jährige Österreicherin reiste vor zwei Jahren nach Syrien, um sich der Terrormiliz IS anzuschließen.",
     "CONSULT"),
    ("Bei ihrer Ankunft in Rumänien verteilten die Piloten Dan Barina und Rob Morgan Abzeichen.", "CONSULT"),
    # cooperation needs a political actor on both sides
    (("Wien – An der in Kooperation mit der Technischen Universität (TU) Wien durchgeführten Umfrage nahmen 900 "
      "Personen teil."), "COOPERATE"),
    # verbs in another sense: "demonstrieren" as showing, "bemühen" without "sich" as invoking
    ("Das demonstrierte am Abend auch der Präsident selbst: Erdoğan sagte in Istanbul, es gebe keine Einigung.",
     "PROTEST"),
    ("Wien – Die Regierung demonstriert in der Debatte über die Grenzkontrollen Einigkeit.", "PROTEST"),
    ("Die jemenitische Regierung demonstriert ihr Engagement für die Bewohner der Region.", "PROTEST"),
    ("Bundespräsident Heinz Fischer bemühte das bekannte Zitat der deutschen Kanzlerin Angela Merkel.", "REQUEST"),
    ("Die Regierungen in Washington und Havanna bemühen sich, die Erwartungen im Zaum zu halten.", "REQUEST"),
    # "eine Position einnehmen" takes a stance, it seizes no place
    ("Ungarn hat in der Flüchtlingsfrage eine ähnliche Position wie Polen eingenommen.", "COERCE"),
    ("Die polnische Regierung nahm gegenüber Deutschland eine harte Haltung ein.", "COERCE"),
    # "räumen" a camp or a square clears it of people: no withdrawal of one's forces
    ("Vergangene Woche hatte die griechische Polizei das Zeltlager an der Grenze zu Mazedonien geräumt.", "RETREAT"),
    # a thing at odds with principles ("widerspricht den Prinzipien"): nobody denies anything
    ("Österreich muss man vorhalten, dass all das den ethischen Prinzipien der Europäischen Union widerspricht.",
     "REJECT"),
    # a warning of a danger or against a step threatens nobody (also across a bracketed abbreviation)
    ("Kerry warnte Russland vor einer weiteren Eskalation in der Ukraine.", "THREATEN"),
    ("Der luxemburgische Außenminister Jean Asselborn hat die Visegrád-Staaten davor gewarnt, in der "
     "Flüchtlingskrise zu einem Verein von Abtrünnigen zu werden.", "THREATEN"),
    ("Russland hat vor einer wachsenden Gefahr durch Extremisten wie den Islamischen Staat (IS) gewarnt.",
     "THREATEN"),
    # a label accuses only as the head of the "als" phrase
    ("Als wichtigsten Partner im Kampf gegen die Terrormiliz bezeichnete Merkel die Türkei.", "ACCUSE"),
    ("Obama bezeichnete die Türkei als Verbündeten im Kampf gegen die Terroristen.", "ACCUSE"),
])
def test_non_political_sense_is_no_event(ctx: Context, text: str, type_: str) -> None:
    found = [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]
    assert found == [], [(e.type, e.trigger, [a.name for a in e.source], [a.name for a in e.target]) for e in found]


@pytest.mark.parametrize(("text", "type_", "source"), [
    # political visitors, also by a title before the name or at the end of a compound
    ("Innenministerin Johanna Mikl-Leitner besuchte am Dienstag Serbien.", "CONSULT", "Johanna Mikl-Leitner"),
    ("EU-Migrationskommissar Dimitris Avramopoulos sagte am Montag bei einem Besuch in Athen, die Lage sei ernst.",
     "CONSULT", "Dimitris Avramopoulos"),
    ("Der russische Präsident Wladimir Putin ist am Dienstag nach Damaskus gereist.", "CONSULT", "Wladimir Putin"),
    # a demonstration and an appeal in their political sense
    # ("Ungarn" after a quantifier are the people: Hungary's civilians, not the state)
    ("Tausende Ungarn demonstrierten am Samstag in Budapest gegen die Regierung von Viktor Orbán.", "PROTEST",
     "HUN CVL"),
    ("In Budapest haben am Sonntag tausende Ungarn gegen die Regierung demonstriert.", "PROTEST", "HUN CVL"),
    # a political article naming a sport event once is no sport report
    ("Putin traf Erdoğan am Rande des Finales der Fußball-WM in Moskau.", "CONSULT", "Wladimir Putin"),
    # a sport report's sentence without sport words, with political persons, keeps its act
    (_MATCH_REPORT + " Bundeskanzlerin Angela Merkel traf am Samstag in Berlin den französischen Präsidenten "
     "François Hollande.", "CONSULT", "Angela Merkel"),
    # cooperation between states
    ("Trotz Differenzen wollen China und die Türkei wirtschaftlich enger zusammenarbeiten.", "COOPERATE", "China"),
    # forces that leave their base withdraw
    ("Die russischen Truppen haben den Stützpunkt in Syrien geräumt.", "RETREAT", "RUS MIL"),
    ("Das russische Außenministerium widersprach der Darstellung der Türkei.", "REJECT", None),
    # a warning of a punishment is a threat
    ("Putin warnte die Türkei vor ernsten Konsequenzen.", "THREATEN", "Wladimir Putin"),
    ("Der iranische Präsident Hassan Rohani warnte Saudi-Arabien vor Vergeltungsmaßnahmen.", "THREATEN",
     "Hassan Rohani"),
    # a label heading the "als" phrase accuses, adjectives and a genitive attribute apart
    ("Erdogan bezeichnete Assad als einen der schlimmsten Terroristen der Welt.", "ACCUSE", "Recep Tayyip Erdoğan"),
    ("Lawrow bezeichnete die Türkei als Komplizen der Terroristen.", "ACCUSE", "Sergej Lawrow"),
])
def test_political_sense_stays(ctx: Context, text: str, type_: str, source: str | None) -> None:
    found = [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]
    assert len(found) == 1, found
    if source is not None:
        assert source in [a.name for a in found[0].source]
