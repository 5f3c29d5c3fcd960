"""Stances that clause structure alone misreads (chronik.stages.event_stance)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2015-11-28") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def of_type(found: list[EventMention], type_: str) -> list[EventMention]:
    return [e for e in found if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # a passive auxiliary in a subordinate clause of its own does not make the trigger's clause passive; the
    # sanctions announced for the condition are a threat (event_threats.py)
    (("Die Gipfelteilnehmer machten klar, dass die EU weitere Sanktionen gegen Russland verhängen könnte, falls "
     "die Vereinbarungen nicht umgesetzt werden."), "THREATEN", None, "RUS"),
    ("Die USA drohten Syrien mit Konsequenzen, falls wieder Chemiewaffen eingesetzt werden.", "THREATEN", "USA", "SYR"),
])
def test_passive_of_another_clause(ctx: Context, text: str, type_: str, source: str | None, target: str) -> None:
    matching = of_type(extract(ctx, text), type_)
    assert len(matching) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    if source:
        assert {a.country for a in matching[0].source} == {source}
    assert target in {a.country for a in matching[0].target}


@pytest.mark.parametrize("text", [
    # a passive auxiliary of the main clause still counts for a trigger in a subordinate clause
    "Der Besuch wurde erst bekanntgegeben, nachdem Assad wieder in Damaskus eingetroffen war.",
])
def test_main_clause_passive_still_counts(ctx: Context, text: str) -> None:
    assert not of_type(extract(ctx, text), "CONSULT")


@pytest.mark.parametrize("text", [
    # what the speaker asks of others is no concession
    "Diejenigen, die den türkischen Luftraum verletzt hätten, müssten sich entschuldigen, sagte Erdogan.",
    "Die Regierung in Moskau müsse einlenken, sagte der ukrainische Präsident Wolodymyr Selenskyj.",
])
def test_demanded_concession_is_none(ctx: Context, text: str) -> None:
    assert not of_type(extract(ctx, text), "CONCEDE")


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # a label a verb of speaking introduces is its subject's accusation; it answers the act against that side
    (("Die türkische Luftwaffe hat am Dienstag ein russisches Kampfflugzeug abgeschossen. Präsident Wladimir Putin "
     "sprach in Sotschi von einem Stoß in den Rücken, versetzt von Helfershelfern der Terroristen."),
     "ACCUSE", "RUS", "TUR"),
    (("Russland hat am Montag die Ukraine angegriffen. Der ukrainische Präsident Wolodymyr Selenskyj sprach "
     "von Barbarei."), "ACCUSE", "UKR", "RUS"),
    # an announced threat in the second conjunct is the subject's, aimed at whom the first conjunct addresses
    ("Russland hat den Beitritt Finnlands zur Nato scharf kritisiert und Vergeltung angekündigt.",
     "THREATEN", "RUS", "FIN"),
    # a concession that names nobody answers the latest pressure on its side
    (("Russland hat Wirtschaftssanktionen gegen die Türkei verhängt. Der türkische Präsident Recep Tayyip "
     "Erdogan bedauerte den Vorfall am Samstag erstmals öffentlich."), "CONCEDE", "TUR", "RUS"),
])
def test_stance_without_named_addressee(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    matching = of_type(extract(ctx, text), type_)
    assert len(matching) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert {a.country for a in matching[0].source} == {source}
    assert {a.country for a in matching[0].target} == {target}
    assert all(a.sector == "GOV" for a in matching[0].target)


@pytest.mark.parametrize("text", [
    # a label with no speaking subject is no accusation of anybody
    "Die Provokation blieb ohne Folgen.",
])
def test_label_without_speaker_is_none(ctx: Context, text: str) -> None:
    assert not of_type(extract(ctx, text), "ACCUSE")


@pytest.mark.parametrize("text", [
    # an appeal to one's own population addresses no other actor
    ("Der ukrainische Präsident Wolodymyr Selenskyj verhängte das Kriegsrecht und rief die Bevölkerung auf, "
    "Ruhe zu bewahren."),
])
def test_appeal_to_own_population_is_none(ctx: Context, text: str) -> None:
    assert not of_type(extract(ctx, text), "REQUEST")


@pytest.mark.parametrize(("text", "target"), [
    # a named civil body or person of the speaker's country is a side of its own, not "the population"
    ("Bundeskanzler Werner Faymann forderte den ÖGB auf, die Reform zu unterstützen.", "ÖGB"),
    ("Sozialminister Alois Stöger kritisierte die Wirtschaftskammer.", "Wirtschaftskammer Österreich"),
])
def test_named_civil_side_of_own_country_stays(ctx: Context, text: str, target: str) -> None:
    found = [e for e in extract(ctx, text) if e.type in ("REQUEST", "ACCUSE")]
    assert len(found) == 1 and [a.name for a in found[0].target] == [target]


def test_appeal_to_another_state_stays(ctx: Context) -> None:
    found = of_type(extract(ctx, "Stoltenberg rief Ankara und Moskau auf, die Lage nicht weiter zu verschärfen."),
                    "REQUEST")
    assert len(found) == 1 and "TUR" in {a.country for a in found[0].target}


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # "werden" with the trigger's infinitive is the future, not the passive: the subject acts, not the speaker
    ("Putin wird Assad am Montag treffen, sagte Kremlsprecher Dmitri Peskow.", "CONSULT", "Wladimir Putin", "SYR"),
    ("Russland wird die Türkei angreifen, sagte Peskow.", "ASSAULT", "Russland", "TUR"),
    # with an agent the infinitive is the participle too: "von Putin" acts
    ("Assad wird in Moskau von Putin empfangen.", "CONSULT", "Wladimir Putin", "SYR"),
    # the participle keeps the passive
    ("Der Journalist wurde von der türkischen Polizei festgenommen.", "COERCE", "TUR POL", None),
])
def test_future_auxiliary_with_an_infinitive_is_no_passive(ctx: Context, text: str, type_: str, source: str,
                                                           target: str | None) -> None:
    (event,) = of_type(extract(ctx, text), type_)
    assert [a.name for a in event.source] == [source], event
    assert target is None or target in {a.country for a in event.target}, event


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # a future auxiliary with the infinitive support verb of a light-verb construction is no passive
    ("Die EU wird Sanktionen gegen Russland verhängen.", "SANCTION", None, "RUS"),
    ("Die Türkei wird Russland einen Besuch abstatten.", "CONSULT", "TUR", "RUS"),
])
def test_future_of_a_light_verb(ctx: Context, text: str, type_: str, source: str | None, target: str) -> None:
    (event,) = of_type(extract(ctx, text), type_)
    assert event.modality == "future"
    assert [a.country for a in event.target] == [target]
    assert source is None or [a.country for a in event.source] == [source]


@pytest.mark.parametrize(("text", "type_"), [
    # the participle of the support verb after "werden" is a passive still: the agent is unnamed
    ("Gegen Russland werden neue Sanktionen verhängt.", "SANCTION"),
])
def test_passive_of_a_light_verb(ctx: Context, text: str, type_: str) -> None:
    assert all(e.modality != "future" for e in of_type(extract(ctx, text), type_))
