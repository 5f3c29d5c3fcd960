"""Commas that join an enumeration of actors break no clause (event_enumeration.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize("text", [
    "Ein Treffen von Merkel, Hollande und Putin fand am Freitag in Paris statt.",
    "Das Treffen zwischen Merkel, Hollande und Putin fand am Freitag in Paris statt.",
])
def test_a_meeting_noun_takes_every_partner_of_its_list(ctx: Context, text: str) -> None:
    meetings = [e for e in extract(ctx, text, "2016-03-10") if e.type == "CONSULT"]
    assert len(meetings) == 1
    names = {a.name for a in meetings[0].source + meetings[0].target}
    assert names == {"Angela Merkel", "François Hollande", "Wladimir Putin"}
    assert meetings[0].date is not None and meetings[0].date.value == "2016-03-04"


def test_a_comma_no_coordinator_closes_ends_the_clause(ctx: Context) -> None:
    text = "Nach dem Treffen mit Assad, Russland werde die Angriffe fortsetzen, sagte Putin."
    meetings = [e for e in extract(ctx, text, "2016-03-10") if e.type == "CONSULT"]
    assert meetings and all(a.name != "Russland" for e in meetings for a in e.source + e.target)
