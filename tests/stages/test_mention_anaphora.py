"""Tests of actor mentions that refer back or stand for forces (mention_anaphora): alliance nouns,
military equipment with a state adjective; and KB people of the demo corpus."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_mentions import analyse


def actors(ctx: Context, text: str, published: str = "2020-01-07") -> set[tuple[str, str | None, str | None]]:
    return {(m.text, m.country, m.sector) for m in analyse(ctx, text, published).mentions if m.actor_id}


@pytest.mark.parametrize(("text", "expected"), [
    ("Türkische F-16-Kampfflugzeuge schossen die russische Su-24 ab.",
     {("F-16-Kampfflugzeuge", "TUR", "MIL"), ("Su-24", "RUS", "MIL")}),
    ("Ein russischer Kampfjet wurde abgeschossen.", {("Kampfjet", "RUS", "MIL")}),
    ("Die Armee setzte türkische Drohnen ein.", {("Drohnen", "TUR", "MIL")}),
    ("Eine syrische MiG-23 stürzte ab.", {("MiG-23", "SYR", "MIL")}),
])
def test_equipment_with_a_state_adjective_is_that_states_military(ctx: Context, text: str, expected: set) -> None:
    assert expected <= actors(ctx, text)


@pytest.mark.parametrize("text", [
    "Drohnen griffen die Stadt an.",
    "Die Su-24 stürzte ab.",
])
def test_equipment_without_a_state_adjective_is_no_actor(ctx: Context, text: str) -> None:
    assert not any(sector == "MIL" for _, _, sector in actors(ctx, text))


@pytest.mark.parametrize(("text", "word"), [
    ("Finnland ist der Nato beigetreten. Das Bündnis wächst damit.", "Bündnis"),
    ("Schweden will in die Nato. Moskau warnte vor der Allianz.", "Allianz"),
    ("Die Nato-Staaten berieten. Der Generalsekretär des Bündnisses äußerte sich.", "Bündnisses"),
])
def test_an_alliance_noun_refers_back_to_the_last_alliance(ctx: Context, text: str, word: str) -> None:
    found = {m.text: m.actor_id for m in analyse(ctx, text).mentions}
    assert found.get(word) == "Q7184"


@pytest.mark.parametrize("text", [
    "Das Bündnis wächst.",
    "Die Grünen sind ein Bündnis aus Parteien.",
])
def test_an_alliance_noun_without_an_alliance_before_is_no_actor(ctx: Context, text: str) -> None:
    assert all(m.text not in ("Bündnis",) for m in analyse(ctx, text).mentions)


def test_kubrakow_is_ukraines_infrastructure_minister_in_2022(ctx: Context) -> None:
    text = "Der ukrainische Infrastrukturminister Olexander Kubrakow unterschrieb."
    assert ("Olexander Kubrakow", "UKR", "GOV") in actors(ctx, text, "2022-07-22")
