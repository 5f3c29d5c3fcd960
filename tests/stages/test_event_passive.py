"""Roles in passives and participle headlines, unnamed people as sides (event_passive.py, event_agents.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract

_DATE = "2015-12-28"


def _sides(actors) -> list[tuple]:
    return sorted({(a.country, a.sector) for a in actors}, key=str)


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    # a participle headline is an elliptic passive: the noun suffers the act, the trigger implies the agent
    ("Sechs Oppositionelle in Minsk freigelassen.", "RETREAT", ("BLR", "GOV"), ("BLR", "OPP")),
    ("Zwei Journalisten in Ankara festgenommen.", "COERCE", ("TUR", "POL"), ("TUR", "MED")),
    ("Mehrere Aktivisten in Moskau verhaftet.", "COERCE", ("RUS", "POL"), ("RUS", "OPP")),
    # an agentless passive without a place: the state the article puts the arrested people in
    ("In Ajaccio auf Korsika kam es zu Krawallen. Mittlerweile sind zwei Personen wegen der Übergriffe verhaftet "
     "worden.", "COERCE", ("FRA", "POL"), ("FRA", "CVL")),
    ("Der Attentäter stammte aus Paris. In der Nacht auf Sonntag wurden der Bruder und der Vater des Attentäters "
     "verhaftet.", "COERCE", ("FRA", "POL"), ("FRA", "CVL")),
    ("Minsk – Proteste der Opposition gegen die Wahl wurden gewaltsam niedergeschlagen.", "COERCE", ("BLR", "POL"),
     ("BLR", "OPP")),
    # a passive with its agent named: the subject is the target
    ("In Ajaccio kam es zu Krawallen. Die französischen Einsatzkräfte sind von jugendlichen Angreifern mit "
     "Eisenstangen attackiert worden.", "ASSAULT", ("FRA", "CVL"), ("FRA", "POL")),
    ("Firtasch wird von den USA Korruption in Indien vorgeworfen.", "ACCUSE", ("USA", "GOV"), (None, None)),
])
def test_passive_roles(ctx: Context, text: str, kind: str, source: tuple, target: tuple) -> None:
    events = [e for e in extract(ctx, text, _DATE) if e.type == kind]
    assert events, text
    assert _sides(events[-1].source) == [source]
    assert target in _sides(events[-1].target)


@pytest.mark.parametrize(("text", "kind", "source"), [
    # a finite verb at the end of a short sentence is no participle headline
    ("Russland protestiert.", "PROTEST", ("RUS", "GOV")),
    ("Die Türkei protestiert.", "PROTEST", ("TUR", "GOV")),
    # an active clause keeps its named agent
    ("Die russische Polizei hat in Moskau zwei Aktivisten festgenommen.", "COERCE", ("RUS", "POL")),
    ("Die Regierung in Minsk hat sechs Oppositionelle freigelassen.", "RETREAT", ("BLR", "GOV")),
])
def test_active_unchanged(ctx: Context, text: str, kind: str, source: tuple) -> None:
    events = [e for e in extract(ctx, text, _DATE) if e.type == kind]
    assert events and _sides(events[0].source) == [source]


@pytest.mark.parametrize("text", [
    # a kinship noun before a name introduces the name: no civilians
    "Assads Bruder Maher traf Putin in Moskau.",
    "Nach seinem Bruder Salah A. wurde international gefahndet.",
])
def test_kinship_before_name(ctx: Context, text: str) -> None:
    from tests.stages.test_mentions import analyse

    article = analyse(ctx, text, _DATE)
    assert not [m for m in article.mentions if m.kind == "GROUP" and m.sector == "CVL"]


@pytest.mark.parametrize(("text", "modality"), [
    # "werden" with a participle is a present passive, not a future: a description of support, no event
    ("Die Armee kämpft gegen Milizen, die vom Iran unterstützt werden.", None),
    ("Die Rebellen werden vom Iran unterstützt.", None),
    # a future passive has a second "werden"; a future with the infinitive stays future
    ("Die Rebellen werden vom Iran angegriffen werden.", "future"),
    ("Putin wird Assad am Montag treffen.", "future"),
])
def test_passive_werden_is_no_future(ctx: Context, text: str, modality: str | None) -> None:
    found = [e.modality for e in extract(ctx, text, "2016-12-23")]
    assert found == ([modality] if modality else []), found


def test_a_noun_is_the_means_of_a_passive_verb(ctx: Context) -> None:
    # the verb names no agent, the noun of the means does; the passive's subject suffers the act
    text = "Mehr als 30 türkische Soldaten wurden bei einem Luftangriff der syrischen Armee getötet."
    found = [(_sides(e.source), _sides(e.target)) for e in extract(ctx, text, "2020-03-01") if e.type == "ASSAULT"]
    assert found == [([("SYR", "MIL")], [("TUR", "MIL")])], found


def test_a_number_after_an_event_noun_opens_no_genitive(ctx: Context) -> None:
    text = "In Paris waren im November bei islamistischen Anschlägen 130 Menschen getötet worden."
    assert not any(("CVL" in {a.sector for a in e.source}) for e in extract(ctx, text, "2016-03-01"))


@pytest.mark.parametrize("text", [
    # "die" before a time phrase opens the relative clause; the antecedent stands before the participle
    ("Putin hatte sein Beileid zum Tod von 30 türkischen Soldaten ausgesprochen, die vergangene Woche von der "
     "syrischen Armee getötet worden waren."),
    "Putin sprach den Familien von 30 türkischen Soldaten, die von der syrischen Armee getötet wurden, sein Beileid aus.",
])
def test_the_antecedent_suffers_a_passive_relative_clause(ctx: Context, text: str) -> None:
    attacks = [e for e in extract(ctx, text, "2020-03-05") if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert {(a.country, a.sector) for a in attacks[0].source} == {("SYR", "MIL")}
    assert {(a.country, a.sector) for a in attacks[0].target} == {("TUR", "MIL")}
