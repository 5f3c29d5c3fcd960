"""Tests of pledges to stop an attack (event_pledges.py) and of concessions that need the spared one named."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Russland werde die gemäßigte Opposition nicht mehr angreifen, sagte Lawrow am Mittwoch.", "RUS", "OPP"),
    ("Lawrow sagte am Mittwoch, Russland werde keine Rebellen mehr bombardieren.", "RUS", "REB"),
    ("Die Türkei will die Kurdenmiliz YPG nicht mehr beschießen, sagte Davutoglu.", "TUR", "REB"),
    ("Erdogan versprach, die PKK nicht mehr anzugreifen.", "TUR", "REB"),
])
def test_pledge_to_stop_attacking_is_a_concession(ctx: Context, text: str, source: str, target: str) -> None:
    found = extract(ctx, text, "2015-11-26")
    assert not [e for e in found if e.type == "ASSAULT"], found
    conceded = [e for e in found if e.type == "CONCEDE"]
    assert len(conceded) == 1, found
    event = conceded[0]
    assert event.modality == "future"
    assert {a.country for a in event.source} == {source} and all(a.sector == "GOV" for a in event.source)
    assert [a.sector for a in event.target] == [target]


@pytest.mark.parametrize("text", [
    # no pledge: a report of what did not happen
    "Russische Kampfjets griffen am Montag keine Stellungen der Rebellen mehr an.",
    # no halt word: a plain negation
    "Russland werde die Rebellen nicht angreifen, sagte Lawrow.",
    # a comparison, no halt
    "Russland werde nicht mehr als 50 Ziele der Rebellen angreifen, sagte Lawrow.",
    "Russland werde nicht mehr nur den IS angreifen, sagte Lawrow.",
])
def test_negated_attack_without_a_pledge_to_stop_stays(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2015-11-26")
    assert [e.modality for e in found if e.type == "ASSAULT"] == ["negated"], found
    assert not [e for e in found if e.type == "CONCEDE"], found


@pytest.mark.parametrize("text", [
    # the spared unresolved: no concession ("die Kräfte, die …" names no actor)
    "Hollande sagte bei der gemeinsamen Pressekonferenz, man wolle die Angriffe auf den IS verstärken und dabei "
    "die Kräfte schonen, die gegen die Dschihadisten vorgehen.",
    # the actor of a relative clause after the trigger is none of its sides: not the IS spared
    "Russische Kampfflugzeuge sollten zudem keine Gruppen mehr angreifen, die mit dem IS verhandeln.",
])
def test_concession_needs_the_spared_named(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2015-11-26") if e.type == "CONCEDE"]


def test_sparing_a_named_side_stays(ctx: Context) -> None:
    found = [e for e in extract(ctx, "Putin sicherte Hollande zu, die gemäßigte Opposition zu schonen.", "2015-11-26")
             if e.type == "CONCEDE"]
    assert len(found) == 1 and found[0].target


def test_forces_pledging_to_stop_stand_for_their_government(ctx: Context) -> None:
    text = ("Russische Kampfflugzeuge führen seit September Luftangriffe in Syrien. Nach einem Treffen mit Hollande "
            "kündigte Putin am Donnerstagabend an, beide Länder würden Geheimdienstinformationen austauschen. "
            "Russische Kampfflugzeuge sollten zudem keine Gruppen mehr angreifen, die selbst gegen den IS kämpfen.")
    conceded = [e for e in extract(ctx, text, "2015-11-26") if e.type == "CONCEDE"]
    assert len(conceded) == 1, conceded
    assert [(a.country, a.sector) for a in conceded[0].source] == [("RUS", "GOV")]
    assert [a.sector for a in conceded[0].target] == ["REB"]  # the groups that fight the IS, not the IS


@pytest.mark.parametrize("text", [
    # another side's demand to stop attacking is no pledge of the attacker
    "Kerry sagte, Russland solle die Opposition nicht mehr angreifen.",
    "Merkel forderte, die Türkei solle die Kurden nicht mehr angreifen.",
    "Obama forderte, Russland solle die Rebellen nicht mehr bombardieren.",
    "Steinmeier sagte, die Türkei solle die Kurdenmiliz YPG nicht mehr beschießen.",
])
def test_demand_to_stop_attacking_is_no_concession(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2015-11-26") if e.type == "CONCEDE"]


@pytest.mark.parametrize("text", [
    # a pledge under a condition is hypothetical
    "Die USA würden Assad nicht mehr angreifen, wenn er zurücktrete.",
    "Russland werde die Rebellen nicht mehr bombardieren, sofern sie die Waffen niederlegten.",
    "Die Türkei werde die PKK nicht mehr angreifen, falls sie die Waffen niederlege.",
])
def test_conditional_pledge_is_hypothetical(ctx: Context, text: str) -> None:
    found = [e for e in extract(ctx, text, "2015-11-26") if e.type == "CONCEDE"]
    assert all(e.modality == "hypothetical" for e in found), found


@pytest.mark.parametrize(("text", "source", "target", "modality"), [
    ("Russland hat aufgehört, die Rebellen in Aleppo zu bombardieren.", "RUS", "REB", "asserted"),
    ("Die syrische Armee hörte auf, Aleppo zu bombardieren.", "SYR", None, "asserted"),
    ("Die Türkei hat mit den Angriffen auf die PKK aufgehört.", "TUR", None, "asserted"),
    ("Russland werde aufhören, die Rebellen zu bombardieren, sagte Lawrow.", "RUS", "REB", "future"),
])
def test_an_attack_stopped_is_a_ceasefire_of_the_attacker(ctx: Context, text: str, source: str, target: str | None,
                                                          modality: str) -> None:
    found = extract(ctx, text, "2016-01-10")
    assert not [e for e in found if e.type == "ASSAULT"], found
    (event,) = [e for e in found if e.type == "RETREAT"]
    assert event.mode == "ceasefire" and event.modality == modality
    assert {a.country for a in event.source} == {source}
    assert [a.sector for a in event.target] == ([target] if target else [])


@pytest.mark.parametrize(("text", "type_"), [
    ("Kerry forderte Russland auf, aufzuhören, die Rebellen anzugreifen.", "ASSAULT"),  # a stop demanded
    ("Kerry forderte Russland auf, aufzuhören, die Rebellen anzugreifen.", "RETREAT"),
    ("Die Polizei in Ankara hörte auf, Demonstranten festzunehmen.", "COERCE"),  # another act stopped: none
])
def test_an_act_stopped_or_a_stop_demanded_is_no_act(ctx: Context, text: str, type_: str) -> None:
    assert not [e for e in extract(ctx, text, "2016-01-10") if e.type == type_]


@pytest.mark.parametrize("text", [
    "Russland hat angefangen, die Rebellen in Aleppo zu bombardieren.",
    "Die Türkei hörte nicht auf, kurdische Stellungen in Syrien zu beschießen.",  # a negated stop goes on
])
def test_an_attack_begun_or_not_stopped_stays_an_attack(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2016-01-10")
    assert [e.type for e in found] == ["ASSAULT"], found


@pytest.mark.parametrize("text", [
    "Assad werde nicht aufhören, die Rebellen anzugreifen, sagte Kerry.",  # review: Kerry attacked Assad
    "Assad hat nicht aufgehört, die Rebellen anzugreifen, sagte Kerry.",
    "Russland werde nicht aufhören, die Opposition zu bombardieren, sagte Obama.",
])
def test_a_speaker_is_no_side_of_an_attack_not_stopped(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2016-01-10")
    assert not [e for e in found if any(a.country == "USA" for a in e.source)], found


@pytest.mark.parametrize("text", [
    "Wenn Russland aufhört, Aleppo zu bombardieren, wird die Opposition verhandeln.",  # review: was asserted
    "Wenn die Türkei aufhört, die Kurden anzugreifen, wird die PKK verhandeln.",
    "Falls Russland aufhört, Aleppo zu bombardieren, wird die Opposition verhandeln.",
])
def test_an_attack_stopped_on_a_condition_is_hypothetical(ctx: Context, text: str) -> None:
    found = [e for e in extract(ctx, text, "2016-01-10") if e.type == "RETREAT"]
    assert found and all(e.modality == "hypothetical" for e in found), found


@pytest.mark.parametrize("text", [
    "Riad behauptete, Saudi-Arabien habe aufgehört, den Jemen zu bombardieren.",  # review: was asserted
    "Der Kreml behauptete, Russland habe aufgehört, Aleppo zu bombardieren.",
])
def test_an_attack_stopped_by_a_claim_is_claimed(ctx: Context, text: str) -> None:
    found = [e for e in extract(ctx, text, "2016-01-10") if e.type == "RETREAT"]
    assert found and all(e.modality == "claimed" for e in found), found
