"""References to an act named only by its noun and place ("nach der Einigung von Minsk"; event_referred.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "type_", "place"), [
    ("Einen Tag nach der Einigung von Minsk bleibt die Lage in der Ostukraine angespannt.", "AGREE", "Minsk"),
    ("Nach den Anschlägen in Paris herrscht auch im Iran die Sorge vor ähnlichen Angriffen.", "ASSAULT", "Paris"),
    (("Er hoffe, dass die Entscheidung die Friedensgespräche in Genf voranbringe, die am Montag wieder begonnen "
      "hatten."), "CONSULT", "Genf"),
])
def test_a_noun_with_its_place_only_refers_to_an_act(ctx: Context, text: str, type_: str, place: str) -> None:
    (reference,) = [e for e in extract(ctx, text, "2015-11-20") if e.type == type_]
    assert reference.reference and not reference.source and not reference.target
    assert reference.location is not None and reference.location.name == place


@pytest.mark.parametrize("text", [
    "Putin und Poroschenko haben sich in Minsk auf eine Waffenruhe geeinigt.",  # an act of its own
    "Nach der Einigung bleibt die Lage angespannt.",  # no place: nothing to refer to
])
def test_no_reference_without_a_bare_noun_and_its_place(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2015-02-12") if e.reference]


def test_an_agent_of_another_clause_is_no_agent_of_the_noun(ctx: Context) -> None:
    text = ("Die Vorratsdatenspeicherung war 2014 vom Verfassungsgerichtshof gekippt worden, nach den Anschlägen in "
            "Paris im Jänner dachte Innenministerin Johanna Mikl-Leitner aber über eine Wiedereinführung nach.")
    attacks = [e for e in extract(ctx, text, "2015-11-20") if e.type == "ASSAULT"]
    assert all(not e.source for e in attacks), attacks
