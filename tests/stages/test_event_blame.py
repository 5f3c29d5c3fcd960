"""Tests of event_blame.py: a blame that refers back names the author of an attack reported without one."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract

_CONDOLENCE = ("Zu Beginn des Treffens hatte Putin sein Beileid zum Tod von mehr als 30 türkischen Soldaten "
               "ausgesprochen, die vergangene Woche bei einem Luftangriff in Idlib getötet worden waren. ")


def _sides(event) -> tuple[set, set]:
    return {(a.country, a.sector) for a in event.source}, {(a.country, a.sector) for a in event.target}


@pytest.mark.parametrize(("text", "source", "target", "mode"), [
    (_CONDOLENCE + "Die Türkei macht die syrische Armee dafür verantwortlich.", ("SYR", "MIL"), ("TUR", "MIL"), "aerial"),
    (("Bei einem Luftangriff in Idlib wurden 33 türkische Soldaten getötet. Ankara macht die syrische Armee dafür "
     "verantwortlich."), ("SYR", "MIL"), ("TUR", "MIL"), "aerial"),
    (("Bei einem Selbstmordanschlag in Kabul sind am Montag 30 Menschen getötet worden. Präsident Ghani machte die "
     "Taliban für den Anschlag verantwortlich."), ("AFG", "REB"), ("AFG", "CVL"), "terror"),
    (("Bei einem Anschlag in Ankara wurden am Sonntag 37 Menschen getötet, Erdogan machte die PKK dafür "
     "verantwortlich."), ("TUR", "REB"), ("TUR", "CVL"), "terror"),
    (("Bei einem Luftangriff auf ein Spital in Idlib wurden 20 Zivilisten getötet. Die Opposition macht Russland "
     "für den Angriff verantwortlich."), ("RUS", "MIL"), ("SYR", "CVL"), "aerial"),
])
def test_the_blamed_side_attacked(ctx: Context, text: str, source: tuple, target: tuple, mode: str) -> None:
    """The blamed side is the attack's author, its victims the target; the blame is no ACCUSE of its own."""
    found = extract(ctx, text, "2020-03-05")
    attacks = [e for e in found if e.type == "ASSAULT"]
    assert len(attacks) == 1, [(e.type, e.trigger) for e in found]
    assert _sides(attacks[0]) == ({source}, {target})
    assert attacks[0].mode == mode and attacks[0].attribution
    assert not [e for e in found if e.type == "ACCUSE"]


def test_the_attack_keeps_its_own_date(ctx: Context) -> None:
    """"die vergangene Woche" dates the killing, not the blame of the report's day."""
    text = _CONDOLENCE + "Die Türkei macht die syrische Armee dafür verantwortlich."
    attack = next(e for e in extract(ctx, text, "2020-03-05") if e.type == "ASSAULT")
    assert attack.date is not None and attack.date.value == "2020-W09"


@pytest.mark.parametrize("text", [
    # the attack names its author: the blame is an accusation of its own
    "Bei Angriffen der syrischen Armee starben 20 Menschen. Die Opposition macht die Armee dafür verantwortlich.",
    # no back reference: an accusation about something else
    ("Bei einem Luftangriff in Idlib wurden 33 türkische Soldaten getötet. Ankara macht die syrische Armee für die "
    "Flüchtlingskrise verantwortlich."),
])
def test_an_accusation_stays(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2020-03-05")
    assert [e for e in found if e.type == "ACCUSE"]
    assert all(("SYR", "MIL") not in _sides(e)[0] or ("SYR", "CVL") in _sides(e)[1]
               for e in found if e.type == "ASSAULT")


def test_the_antecedent_of_an_extraposed_relative_clause_suffers_its_passive(ctx: Context) -> None:
    """", die vergangene Woche … getötet worden waren": "die" opens a relative clause (the time phrase takes no
    article), and its antecedent stands before the participle the clause is moved over."""
    text = _CONDOLENCE.replace("bei einem Luftangriff in Idlib", "bei einem Luftangriff von Assads Truppen in Idlib")
    found = extract(ctx, text + "Die Türkei macht die syrische Armee dafür verantwortlich.", "2020-03-05")
    attack = next(e for e in found if e.type == "ASSAULT")
    assert ("TUR", "MIL") in _sides(attack)[1] and ("RUS", "GOV") not in _sides(attack)[1]
