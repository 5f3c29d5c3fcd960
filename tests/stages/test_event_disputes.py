"""Tests of event_disputes.py: a present stance answered by the other side's present counter-stance is a
standing dispute, below the confident band; a stance not answered, or dated, stays confident."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.stages.event_patterns import PATTERN_CAP
from tests.stages.test_events import extract, only

#: A headline and a lead of three sentences, so that the probe sentence stands in the report's body.
_LEAD = ("Streit um Syrien. Moskau – Außenminister Sergej Lawrow traf am Montag in Moskau seinen Kollegen "
         "John Kerry. Die Gespräche dauerten vier Stunden. Danach gaben beide eine Pressekonferenz. ")


@pytest.mark.parametrize(("text", "type_"), [
    ("Die Türkei wirft dem russischen Militär vor, ihren Luftraum verletzt zu haben; Moskau bestreitet das.",
     "ACCUSE"),
    ("Nordkorea unterstellt den USA, einen Angriff vorzubereiten, was Washington und Seoul bestreiten.", "ACCUSE"),
    ("Die Ukraine fordert von Russland bessere Bedingungen für die Tilgung der Schulden. Moskau lehnt ab.",
     "REQUEST"),
    ("Griechenland verlangt von Deutschland Reparationen. Berlin weist das zurück.", "REQUEST"),
    ("Griechenland fordert von Mazedonien die Öffnung der Grenze, was Skopje ablehnt.", "REQUEST"),
    # the target's present claim in the sentence before
    ("Russland gibt an, Stellungen von Terroristen zu bombardieren. Die USA halten Russland vor, moderate "
     "Kräfte ins Visier zu nehmen.", "ACCUSE"),
    ("Israel behauptet, nur militärische Ziele anzugreifen. Die Palästinenser werfen Israel vor, Zivilisten zu "
     "töten.", "ACCUSE"),
    ("Kiew wirft Moskau vor, die Separatisten mit Waffen zu versorgen, was der Kreml bestreitet.", "ACCUSE"),
    ("Ankara beschuldigt die PKK, hinter dem Anschlag zu stecken; die PKK weist das zurück.", "ACCUSE"),
    ("Israel wirft dem Iran vor, an Atomwaffen zu arbeiten. Teheran bestreitet das.", "ACCUSE"),
])
def test_answered_present_stance_is_a_standing_dispute(ctx: Context, text: str, type_: str) -> None:
    event = only(extract(ctx, _LEAD + text, "2016-03-10"), type_)
    # a quarrel told as background names stances taken before: it joins, founds no event
    assert event.confidence <= PATTERN_CAP and event.reference


@pytest.mark.parametrize(("text", "type_"), [
    # past tense: a statement made
    ("Die Türkei warf dem russischen Militär vor, ihren Luftraum verletzt zu haben; Moskau bestreitet das.",
     "ACCUSE"),
    # a time of its own clause
    ("Die Ukraine fordert heute von Russland bessere Bedingungen für die Tilgung der Schulden. "
     "Moskau lehnt ab.", "REQUEST"),
    # no counter-stance of the target
    ("Die Ukraine fordert von Russland bessere Bedingungen für die Tilgung der Schulden. "
     "Die EU unterstützt die Regierung in Kiew.", "REQUEST"),
    # a claim of the target in the past, a stance in the past
    ("Russland gab an, Stellungen von Terroristen zu bombardieren. Die USA warfen Russland daraufhin vor, "
     "moderate Kräfte ins Visier zu nehmen.", "ACCUSE"),
    # a stance whose sentence names its occasion is a statement made
    ("Die Türkei wirft Russland in einer Erklärung des Außenministeriums vor, ihren Luftraum verletzt zu haben. "
     "Moskau bestreitet das.", "ACCUSE"),
    # said on an occasion the sentence names
    ("Die Türkei wirft Russland vor, ihren Luftraum verletzt zu haben, sagte Davutoglu am Mittwoch. "
     "Moskau bestreitet das.", "ACCUSE"),
    # a counter-stance of a third party
    ("Die Türkei wirft dem russischen Militär vor, ihren Luftraum verletzt zu haben. Die Nato bestreitet das.",
     "ACCUSE"),
])
def test_unanswered_or_past_stance_is_left_alone(ctx: Context, text: str, type_: str) -> None:
    event = only(extract(ctx, _LEAD + text, "2016-03-10"), type_)
    assert event.confidence > PATTERN_CAP and not event.reference, event.confidence


@pytest.mark.parametrize(("text", "type_", "confident"), [
    ("Die USA und die syrische Opposition fordern Assads Rücktritt.", "REQUEST", False),
    ("Frankreich und Großbritannien kritisieren die russischen Luftangriffe in Syrien.", "ACCUSE", False),
    # one country's sides, or a dated or past joint demand, is left alone
    ("Die USA und die syrische Opposition forderten am Dienstag Assads Rücktritt.", "REQUEST", True),
    ("Merkel und Schäuble fordern von Tsipras mehr Reformen.", "REQUEST", True),
])
def test_joint_present_stance_of_several_countries_is_a_camp(ctx: Context, text: str, type_: str,
                                                             confident: bool) -> None:
    """A bare present stance held by sides of several countries in a report's body: a camp's position."""
    event = only(extract(ctx, _LEAD + text, "2016-03-10"), type_)
    assert (event.confidence >= 0.8) == confident, event.confidence


@pytest.mark.parametrize(("text", "confident"), [
    ("Erdogan wirft der HDP vor, der verlängerte Arm der verbotenen Arbeiterpartei Kurdistans (PKK) zu sein.", False),
    ("Putin wirft Erdogan vor, ein Komplize des IS zu sein.", False),
    # a dated or past charge, a charge about an act
    ("Erdogan warf der HDP am Dienstag vor, der verlängerte Arm der PKK zu sein.", True),
    ("Poroschenko wirft Putin vor, Truppen in die Ostukraine geschickt zu haben.", True),
])
def test_present_charge_of_being_is_standing(ctx: Context, text: str, confident: bool) -> None:
    """A bare present accusation whose content closes with "zu sein" charges a standing quality."""
    event = only(extract(ctx, _LEAD + text, "2016-03-10"), "ACCUSE")
    assert (event.confidence >= 0.8) == confident, event.confidence


@pytest.mark.parametrize(("text", "referred"), [
    # the answer to a standing charge or demand is as standing as the charge: a reference
    ("Die Türkei wirft dem russischen Militär vor, ihren Luftraum verletzt zu haben; Moskau bestreitet das.", True),
    ("Kiew wirft Moskau vor, die Separatisten mit Waffen zu versorgen, was der Kreml bestreitet.", True),
    ("Griechenland verlangt von Deutschland Reparationen. Berlin weist das zurück.", True),
    # a verb-final particle verb in a relative clause answers too
    ("Griechenland fordert von Mazedonien die Öffnung der Grenze, was Skopje ablehnt.", True),
    # the answer to a charge made on a day the text names stays a statement
    ("Die Türkei warf Russland am Dienstag vor, ihren Luftraum verletzt zu haben. Moskau bestreitet das.", False),
])
def test_answer_to_a_standing_stance(ctx: Context, text: str, referred: bool) -> None:
    event = only(extract(ctx, _LEAD + text, "2016-03-10"), "REJECT")
    assert event.reference is referred, event
