"""Tests of readings of trigger words that are no political act (event_precision.py): a verb whose clause
closes with a particle it does not take ("räumte … ein"), a withdrawal by people who are no forces, staff or
government, and a state named as the place a leaving verb leaves."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _shown(found):
    return [(e.type, e.mode, e.trigger, [a.name for a in e.source], [a.name for a in e.target]) for e in found]


@pytest.mark.parametrize(("text", "type_"), [
    # "einräumen" (admit), "aufräumen mit" (do away with): not "räumen" (vacate)
    ("Deutschland hinke im internationalen Vergleich hinterher, räumte Sozialstaatssekretär Thorben Albrecht ein.",
     "RETREAT"),
    ("Außenminister Sebastian Kurz räumte am Donnerstag Fehler ein.", "RETREAT"),
    ("Außenministerin Karin Kneissl räumte am Montag mit dem Mythos der Neutralität auf.", "RETREAT"),
    ("Die chinesische Regierung räumt mit dem Mythos von der harmonischen Gesellschaft auf.", "RETREAT"),
    ("Allerdings räumt auch die österreichische Polizei ein, dass die Anspannung vor dem Gipfel wächst.", "RETREAT"),
    # people leaving a country migrate, a firm withdrawing aircraft or a private person his house is no withdrawal
    ("Im Laufe des Tages haben mehr als 7.800 Flüchtlinge das Land Richtung Österreich wieder verlassen.", "RETREAT"),
    ("Vater, Mutter und seine acht Geschwister haben Syrien inzwischen auch verlassen.", "RETREAT"),
    ("Gagey sagte am Montag in Paris, 2016 sollten fünf Flugzeuge aus der Langstreckenflotte abgezogen werden.",
     "RETREAT"),
    ("Der Lobbyist Walter Meischberger hat seine Villa in Wien geräumt.", "RETREAT"),
    # a state as the only actor of "verlassen" is the place left by someone unnamed
    ("Man habe ihm gesagt, er dürfe Österreich wegen des Asylverfahrens nicht verlassen.", "RETREAT"),
    ("Zeitweise musste der Betreiber Österreich sogar verlassen.", "RETREAT"),
])
def test_other_reading_is_no_event(ctx: Context, text: str, type_: str) -> None:
    found = [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]
    assert found == [], _shown(found)


@pytest.mark.parametrize(("text", "type_", "source"), [
    # the bare verb with no particle, or the particle of another verb in a later conjunct
    ("Die syrische Armee räumte am Montag ihre Stellungen in Palmyra.", "RETREAT", "SYR MIL"),
    ("Die syrische Armee räumte am Montag die Stellungen und zog sich zurück.", "RETREAT", "SYR MIL"),
    # particle verbs the lexicon knows keep their trigger
    (("Labour-Oppositionsführer Jeremy Corbyn forderte Premier David Cameron auf, gegen Steuerhinterziehung "
      "vorzugehen."), "REQUEST", "Jeremy Corbyn"),
    ("Ein israelischer Polizist schoss den palästinensischen Angreifer nieder.", "ASSAULT", "ISR POL"),
    ("Russland zog am Dienstag seine Truppen aus Syrien ab.", "RETREAT", "Russland"),
    # "nach wie vor" closes the clause as an adverb, no particle
    ("Russland unterstützte am Montag Assad nach wie vor.", "SUPPORT", "Russland"),
    # forces and governments withdraw and leave
    ("Die russischen Truppen haben am Montag Syrien verlassen.", "RETREAT", "RUS MIL"),
    ("Die österreichische Regierung hat am Montag ihre Diplomaten aus Libyen abgezogen.", "RETREAT", "AUT GOV"),
])
def test_political_reading_stays(ctx: Context, text: str, type_: str, source: str) -> None:
    found = [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]
    assert len(found) == 1, _shown(found)
    assert source in [a.name for a in found[0].source], _shown(found)


@pytest.mark.parametrize(("text", "type_"), [
    # a participle with its agent phrase describes the noun it precedes: a standing alignment, no act
    (("Die Kurden rangen am Montag mit von der Türkei aus der Luft unterstützten islamistischen Rebellen um die "
     "Ortschaft Tal Rifaat."), "SUPPORT"),
    (("Außenminister Abdel-Malek al-Mikhlafi nannte die Übernahme eines Stützpunktes durch die vom Iran unterstützten "
     "Houthi-Rebellen."), "SUPPORT"),
    ("Der Korridor war bisher in der Hand der von der Türkei unterstützten Ahrar al-Sham.", "SUPPORT"),
    (("Papst Franziskus hat die von der römisch-katholischen Kirche beauftragte Unabhängige Opferschutzkommission "
     "empfangen."), "REQUEST"),
    ("Die durch die EU verhängten Sanktionen gegen Russland bleiben in Kraft.", "SANCTION"),
    # adverbs inside a prepositional phrase: "mit international scharf kritisierten Luftangriffen"
    ("Russland unterstützt das Regime seit Ende September mit international scharf kritisierten Luftangriffen.",
     "ACCUSE"),
])
def test_attributive_participle_is_no_act(ctx: Context, text: str, type_: str) -> None:
    found = [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]
    assert found == [], _shown(found)


@pytest.mark.parametrize(("text", "type_", "source"), [
    # a finite verb after a clause-opening phrase or a subject stays an act
    ("Seit langem unterstützten Russland und Iran die Regierung Assad.", "SUPPORT", "RUS"),
    ("Bis heute unterstützten Russland und der Iran Assad.", "SUPPORT", "RUS"),
    ("Die Minister der EU kritisierten Russland am Montag.", "ACCUSE", None),
    ("Die USA unterstützten Rebellen im Norden Syriens.", "SUPPORT", "USA"),
])
def test_finite_verb_before_noun_stays(ctx: Context, text: str, type_: str, source: str | None) -> None:
    found = [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]
    assert found, _shown(extract(ctx, text, "2016-03-01"))
    assert source is None or found[0].source[0].country == source, _shown(found)
