"""Acts of war known only from one side of the war are claimed (chronik.stages.event_partisan)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def assaults(ctx: Context, text: str) -> list[EventMention]:
    return [e for e in events(analyse(ctx, text, "2015-02-10"), ctx).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "modality"), [
    # the attacked side tells it: its account, no fact the report vouches for
    ("Nach Angaben der Separatisten hat die ukrainische Armee am Sonntag Donezk beschossen.", "claimed"),
    ("Laut dem ukrainischen Militär haben Separatisten am Sonntag Stellungen der Armee bei Mariupol beschossen.",
     "claimed"),
    ("Die ukrainische Armee hat am Sonntag Donezk beschossen, sagte ein Sprecher der Separatisten.", "claimed"),
    # the attacking side tells its own strikes
    ("Nach Angaben des russischen Verteidigungsministeriums haben russische Kampfjets am Sonntag Stellungen des "
     "IS bombardiert.", "claimed"),
    # a neutral source keeps the act asserted
    ("Nach Angaben der Beobachtungsstelle für Menschenrechte haben russische Kampfjets am Sonntag Stellungen des "
     "IS bombardiert.", "asserted"),
    ("Separatisten haben am Sonntag Stellungen der Armee bei Mariupol beschossen, teilte die OSZE mit.", "asserted"),
    ("Laut Polizei haben Attentäter am Samstag in Ankara 30 Menschen getötet.", "asserted"),
    ("Die ukrainische Armee hat am Sonntag Donezk beschossen.", "asserted"),
])
def test_an_act_of_war_told_by_one_side_is_claimed(ctx: Context, text: str, modality: str) -> None:
    found = assaults(ctx, text)
    assert len(found) == 1, [(e.type, e.trigger, e.modality) for e in found]
    assert found[0].modality == modality
    assert modality == "asserted" or found[0].confidence < 0.8
