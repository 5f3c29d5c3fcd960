"""Acts told only as the content of a claim or a denial (chronik.stages.event_hearsay)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2016-01-10") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def of_type(found: list[EventMention], type_: str) -> list[EventMention]:
    return [e for e in found if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "modality"), [
    # the content of an accusation, a report or a rumour is claimed
    ("Der Kreml wies den Vorwurf zurück, Russland bombardiere Zivilisten in Syrien.", "ASSAULT", "claimed"),
    ("Russland dementierte Berichte, wonach russische Kampfjets ein Krankenhaus in Idlib bombardiert hätten.",
     "ASSAULT", "claimed"),
    ("Der Kreml wies Berichte zurück, wonach Putin Assad zum Rücktritt gedrängt habe.", "REQUEST", "claimed"),
    ("Es gibt Gerüchte, dass Putin nach Damaskus reisen werde.", "CONSULT", "claimed"),
    ("Seehofer hat Vorwürfe, er habe Merkel erpresst, zurückgewiesen.", "THREATEN", "claimed"),
    ("Lawrow behauptete, die Türkei habe dem IS Waffen geliefert.", "AID", "claimed"),
    # "Nach … Berichten" is an attribution noun, no reporting verb; the modal ends its phrase
    ("Nach unbestätigten Berichten sollen russische Kampfjets ein Krankenhaus in Idlib bombardiert haben.",
     "ASSAULT", "claimed"),
    # the content of a denial is negated
    ("Ankara dementierte, dass türkische Truppen in den Irak einmarschiert seien.", "ASSAULT", "negated"),
    ("Moskau bestreitet, Zivilisten in Syrien bombardiert zu haben.", "ASSAULT", "negated"),
    # the content of a negated reporting verb is negated: nothing was said
    ("Kerry sagte nicht, Russland solle sich aus der Ukraine zurückziehen.", "REQUEST", "negated"),
    ("Steinmeier hat nicht gesagt, dass Russland die Separatisten unterstütze.", "SUPPORT", "negated"),
])
def test_content_of_a_claim_or_denial_is_not_asserted(ctx: Context, text: str, type_: str, modality: str) -> None:
    found = of_type(extract(ctx, text), type_)
    assert len(found) == 1, [(e.type, e.trigger, e.modality) for e in extract(ctx, text)]
    assert found[0].modality == modality


@pytest.mark.parametrize(("text", "type_", "modality"), [
    # a temporal or relative clause after a denial or a report is no content: its act stays asserted
    ("Lawrow wies die Vorwürfe zurück, nachdem die Türkei den russischen Kampfjet abgeschossen hatte.",
     "ASSAULT", "asserted"),
    ("Die Gerüchte verstummten, als Putin am Montag Damaskus besuchte.", "CONSULT", "asserted"),
    # a negation of the reported clause, or one that negates nothing, leaves the report standing
    ("Nicht nur Kerry sagte, Russland solle sich aus der Ukraine zurückziehen.", "REQUEST", "asserted"),
    ("Kerry sagte, Russland solle die gemäßigte Opposition nicht angreifen.", "REQUEST", "asserted"),
])
def test_other_clauses_stay_asserted(ctx: Context, text: str, type_: str, modality: str) -> None:
    found = of_type(extract(ctx, text), type_)
    assert found and found[0].modality == modality, [(e.type, e.trigger, e.modality) for e in extract(ctx, text)]


@pytest.mark.parametrize("text", [
    # whom the denied content names is not the one the denial rejects
    "Moskau bestreitet, Zivilisten in Syrien bombardiert zu haben.",
    "Russland dementierte Berichte, wonach russische Kampfjets ein Krankenhaus in Idlib bombardiert hätten.",
    "Erdogan bestritt, dass die Türkei Öl vom IS kaufe.",
    "Gerüchte, wonach Assad Syrien verlassen habe, wies der Kreml zurück.",
    "Der Kreml wies Berichte zurück, wonach Putin Assad zum Rücktritt gedrängt habe.",
    "Peskow wies Spekulationen zurück, Putin könnte Assad fallen lassen.",
])
def test_a_denial_rejects_nobody_its_content_names(ctx: Context, text: str) -> None:
    assert not of_type(extract(ctx, text), "REJECT"), [(e.type, e.trigger) for e in extract(ctx, text)]


@pytest.mark.parametrize(("text", "source", "target"), [
    # a denial answers its accusers; a refusal is addressed to whom its content names
    ("Nordkorea unterstellt den USA, einen Angriff vorzubereiten, was Washington und Seoul bestreiten.", "USA", "PRK"),
    ("Ankara wies die Vorwürfe Moskaus zurück, die Türkei kaufe Öl vom IS.", "TUR", "RUS"),
])
def test_a_denial_keeps_its_accusers(ctx: Context, text: str, source: str, target: str) -> None:
    found = of_type(extract(ctx, text), "REJECT")
    assert len(found) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert source in {a.country for a in found[0].source} and {a.country for a in found[0].target} == {target}


@pytest.mark.parametrize(("text", "target"), [
    ("Lawrow unterstellte den USA, die Terroristen zu schützen.", "USA"),
    ("Putin unterstellt der Türkei, den IS mit Öl-Geschäften zu finanzieren.", "TUR"),
    ("Kiew lastet Moskau den Abschuss der MH17 an.", "RUS"),
])
def test_imputing_verbs_accuse(ctx: Context, text: str, target: str) -> None:
    found = of_type(extract(ctx, text), "ACCUSE")
    assert len(found) == 1 and {a.country for a in found[0].target} == {target}


@pytest.mark.parametrize(("text", "kind", "modality"), [
    # a nearer reporting verb or a coordinator governs the content clause, not the denial or claim before it
    ("Lawrow wies die Kritik zurück und sagte, Putin werde am Montag Erdogan treffen.", "CONSULT", "future"),
    ("Lawrow wies die Kritik zurück und sagte, Russland habe in Syrien nur Terroristen bombardiert.", "ASSAULT",
     "asserted"),
    ("Nach Berichten über neue Luftangriffe sagte Kerry, Russland müsse die Bombardierung von Aleppo sofort "
     "einstellen.", "REQUEST", "asserted"),
])
def test_a_nearer_verb_governs_the_content_clause(ctx: Context, text: str, kind: str, modality: str) -> None:
    assert modality in {e.modality for e in extract(ctx, text) if e.type == kind}


@pytest.mark.parametrize(("text", "source", "target"), [
    # the actor opening a claimed or denied content clause is its act's subject, not the denier
    ("Lawrow wies Berichte zurück, Russland habe in Syrien Zivilisten bombardiert.", "RUS", "SYR"),
    ("Lawrow wies Vorwürfe zurück, Russland habe in Syrien Stellungen des IS bombardiert.", "RUS", None),
])
def test_the_subject_of_a_denied_content_clause_acts(ctx: Context, text: str, source: str, target: str | None) -> None:
    found = of_type(extract(ctx, text), "ASSAULT")
    assert len(found) == 1 and found[0].modality == "claimed", [(e.type, e.source, e.target) for e in found]
    assert [a.country for a in found[0].source] == [source]
    assert "Sergej Lawrow" not in {a.name for a in found[0].source + found[0].target}
    assert target is None or target in {a.country for a in found[0].target}
