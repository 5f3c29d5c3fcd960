"""Attribution of a sentence's report (chronik.stages.event_slots): a news outlet that passes a report on is
no party to the act it reports, and the speaker of a reporting verb that opens its clause follows the verb."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _shown(found):
    return [(e.type, e.trigger, [a.name for a in e.source], [a.name for a in e.target], e.attribution) for e in found]


@pytest.mark.parametrize(("text", "type_", "source", "target", "outlet"), [
    # "wie X meldete", "berichtete die Agentur X": the outlet reports, the clause's subject acts
    ("Wie die Agentur Tass meldete, forderte Putin den Rückzug der türkischen Truppen aus dem Irak.",
     "REQUEST", "Wladimir Putin", "TUR", "Tass"),
    ("Die USA hätten Russland vorgeworfen, Zivilisten zu bombardieren, meldete die Agentur Reuters.",
     "ACCUSE", "USA", "RUS", "Reuters"),
    ("Russland hat die Luftangriffe der Türkei scharf kritisiert, berichtete die Agentur Interfax.",
     "ACCUSE", "Russland", "TUR", "Interfax"),
    # "…, meldete der Nachrichtensender NTV Türk": the speaker follows the verb, the target stays the act's
    (("Das türkische Militär habe als Reaktion auf den Beschuss Ziele des IS angegriffen, meldete der "
     "Nachrichtensender NTV Türk."), "ASSAULT", "TUR", "Islamischer Staat", "NTV"),
    # a reporting verb opening its clause after a comma takes no speaker before the comma: the army is shelled
    ("Die Separatisten beschossen am Wochenende erneut Stellungen der ukrainischen Armee, teilte das Militär in "
     "Kiew mit.", "ASSAULT", "UKR", "UKR", "Militär"),
    # the name in apposition to an attribution phrase is the source cited, no party
    ("Nach Angaben des Chefredakteurs von Bugün TV, Tarik Toros, nahmen Polizisten in Istanbul zwei Journalisten "
     "fest.", "COERCE", "TUR", "TUR", "Toros"),
])
def test_reporting_outlet_is_no_party(ctx: Context, text: str, type_: str, source: str, target: str,
                                      outlet: str) -> None:
    found = [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]
    assert len(found) == 1, _shown(extract(ctx, text, "2016-03-01"))
    event = found[0]
    assert source in [a.name for a in event.source] + [a.country for a in event.source], _shown(found)
    assert target in [a.name for a in event.target] + [a.country for a in event.target], _shown(found)
    assert outlet not in " ".join(a.name for a in event.source + event.target), _shown(found)


@pytest.mark.parametrize("text", [
    # the outlet reports a demand or accusation by someone the knowledge base does not know
    "Der Provinzgouverneur machte die PKK für den Anschlag verantwortlich, wie DHA weiter berichtete.",
    "Für Jeremic würde sich Moskau stark einsetzen, berichtete die Zeitung Danas.",
])
def test_reporting_outlet_is_no_speaker(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2016-03-01")
    assert not any(a.name in ("DHA", "Danas") for e in found for a in e.source), _shown(found)


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # a speaker of "sagte" still demands ("Assad müsse gehen, sagte …")
    ("Assad müsse gehen, sagte der französische Präsident François Hollande.", "REQUEST", "FRA", "SYR"),
    ("Die Türkei müsse ihre Angriffe auf die Kurden sofort einstellen, sagte Außenminister Lawrow.",
     "REQUEST", "RUS", "TUR"),
])
def test_speaker_still_speaks(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    found = [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]
    assert found, _shown(extract(ctx, text, "2016-03-01"))
    assert found[0].source[0].country == source and found[0].target[0].country == target, _shown(found)


@pytest.mark.parametrize(("text", "type_", "outlet"), [
    # "nach Angaben der Menschenrechtsorganisation IHD": a descriptive noun before the cited name
    ("Die türkische Armee hat nach Angaben der Menschenrechtsorganisation IHD in Cizre mehrere Zivilisten getötet.",
     "ASSAULT", "IHD"),
])
def test_described_outlet_is_attribution(ctx: Context, text: str, type_: str, outlet: str) -> None:
    found = [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]
    assert found and found[0].attribution == outlet, _shown(extract(ctx, text, "2016-03-01"))
    assert outlet not in [a.name for a in found[0].target], _shown(found)
