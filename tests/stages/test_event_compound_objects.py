"""Tests of the owner of an attacked thing named by a hyphenated compound ("Hamas-Trainingslager",
"IS-Stellungen", "US-Stützpunkt"; actors.yaml ``compound_target_heads``, event_context.attack_objects):
the organisation or the state's forces are the target of an attack or seizure, never its source, and
the compound names nobody for other acts."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Israel greift Hamas-Trainingslager im Gazastreifen an.", "ISR", "kb:hamas"),
    ("Die Türkei bombardierte PKK-Lager im Nordirak.", "TUR", "kb:pkk"),
    ("Afghanische Truppen eroberten die Taliban-Hochburg Musa Kala.", "AFG", "Q42418"),
    ("Taliban griffen einen US-Stützpunkt in Afghanistan an.", "AFG", "grp:USA-MIL"),
    # so is a state adjective before such a noun
    ("Die Rebellen haben in der Nacht ukrainische Stellungen beschossen.", "UKR", "grp:UKR-MIL"),
    ("Prorussische Rebellen beschossen ukrainische Stellungen bei Donezk.", "UKR", "grp:UKR-MIL"),
    # a state adjective on the act noun is its author, also for an offensive against the state's rebels
    ("Immer öfter sind Zivilisten Leidtragende der türkischen Offensive gegen PKK-Kämpfer im Südosten.", "TUR", "kb:pkk"),
])
def test_the_owner_of_an_attacked_compound_is_the_target(ctx: Context, text: str, source: str, target: str) -> None:
    (attack,) = [e for e in extract(ctx, text, "2016-01-10") if e.type == "ASSAULT"]
    assert attack.source[0].country == source
    assert [a.id for a in attack.target] == [target]


@pytest.mark.parametrize("text", [
    "Die Armee eroberte IS-Stellungen bei Ramadi.",  # no army of a known state: IS is no attacker
    "Die Türkei kritisierte die PKK-Lager im Nordirak.",  # no attack: the compound names nobody
])
def test_the_owner_of_a_compound_is_no_other_actor(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2016-01-10")
    assert not any(a.id in {"kb:pkk", "kb:islamic-state"} for e in found for a in e.source + e.target), found


@pytest.mark.parametrize(("text", "targets"), [
    # the partner of an earlier act named in a "nach"/"vor" phrase is no party of the main act
    ("Nach dem Treffen mit Assad telefonierte Putin mit Erdogan.", ["Recep Tayyip Erdoğan"]),
    ("Nach dem Telefonat mit Obama empfing Putin Rohani im Kreml.", ["Hassan Rohani"]),
    ("Merkel telefonierte nach dem Treffen mit Hollande mit Putin.", ["Wladimir Putin"]),
    ("Putin traf nach dem Telefonat mit Obama Rohani.", ["Hassan Rohani"]),  # the object stands in
    # a list of partners before the verb stays
    ("Mit Assad und Erdogan telefonierte Putin am Montag.", ["Baschar al-Assad", "Recep Tayyip Erdoğan"]),
])
def test_the_partner_of_an_earlier_act_is_no_target(ctx: Context, text: str, targets: list[str]) -> None:
    from tests.stages.test_events import extract
    found = [e for e in extract(ctx, text, "2015-11-12") if e.type == "CONSULT" and e.trigger != "Treffen"]
    assert len(found) == 1, [(e.type, e.trigger) for e in extract(ctx, text, "2015-11-12")]
    assert [a.name for a in found[0].target] == targets
