"""The event scorer implements the rules in the header of ../shared/gold/seeds.yaml."""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.eval.events import actor_matches, event_matches, score_events

PUTIN = {"id": "Q7747", "name": "Wladimir Putin", "country": "RUS", "sector": "GOV", "aliases": ["Putin"]}
ASSAD = {"id": "Q44329", "name": "Baschar al-Assad", "country": "SYR", "sector": "GOV", "aliases": ["Assad"]}
REBELS = {"id": "grp:SYR-REB", "name": "SYR REB", "country": "SYR", "sector": "REB", "aliases": []}


def record(type_="CONSULT", source=(PUTIN,), target=(ASSAD,), date=("2020-01-07", "2020-01-07"), doc="000.txt"):
    return {"id": "ev_1", "type": type_, "source": list(source), "target": list(target),
            "date": {"value": date[0], "start": date[0], "end": date[1], "precision": "day"} if date else None,
            "mentions": [{"doc": doc, "sentence": "", "start": 0, "end": 1, "trigger": "x"}]}


GOLD = {"type": ["CONSULT"], "source": [{"country": "RUS", "sector": "GOV", "names": ["Putin"]}],
        "target": [{"country": "SYR", "sector": "GOV"}], "symmetric": True,
        "date": [dt.date(2020, 1, 1), dt.date(2020, 1, 31)]}


@pytest.mark.parametrize(("gold", "system", "expected"), [
    ({"country": "RUS", "sector": "GOV"}, PUTIN, True),
    ({"country": "RUS", "sector": None}, PUTIN, True),          # null is "any"
    ({"country": "RUS", "sector": "MIL"}, PUTIN, False),
    ({"country": None, "sector": None, "names": ["Westen"]}, PUTIN, False),  # both null: only names
    ({"country": "FRA", "sector": "GOV", "names": ["putin"]}, PUTIN, True),  # names, case-insensitive
    ({"country": "SYR", "sector": "MIL", "names": ["Hafis"]}, ASSAD, False),
    ({"country": "SYR", "sector": "MIL", "name": "Baschar al-Assad"}, ASSAD, True),  # expected.yaml: one name
    ({"country": "SYR", "sector": "MIL", "name": "Hafis al-Assad"}, ASSAD, False),
])
def test_actor_rule(gold: dict, system: dict, expected: bool) -> None:
    assert actor_matches(gold, system) is expected


def test_symmetric_events_may_swap_sides_and_dates_must_lie_inside() -> None:
    assert event_matches(GOLD, record(source=(ASSAD,), target=(PUTIN,)), dated=True)
    assert not event_matches({**GOLD, "symmetric": False}, record(source=(ASSAD,), target=(PUTIN,)), dated=False)
    assert event_matches(GOLD, record(date=("2019-12-01", "2020-01-31")), dated=False)
    assert not event_matches(GOLD, record(date=("2019-12-01", "2020-01-31")), dated=True)
    assert not event_matches(GOLD, record(date=None), dated=True)


def test_optional_gold_events_neither_reward_nor_punish() -> None:
    gold = [{"doc": "000.txt", "events": [GOLD, {**GOLD, "type": ["ASSAULT"], "target": [{"country": "SYR", "sector": "REB"}],
                                                 "required": False}]}]
    system = [record(), record("ASSAULT", target=(REBELS,)), record("ACCUSE")]
    total = score_events(gold, system)["total"]["actors+type"]
    assert (total["recall"], total["precision"], total["system"]) == (1.0, 0.5, 2)
