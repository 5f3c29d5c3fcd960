"""Tests of event_withdrawal.py: material act nouns whose author is the announcer, the subject shared with an
earlier conjunct or the apologiser; the state a withdrawal leaves by the withdrawal named just before; and a
fight going on since a time, which is no act."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _of_type(ctx: Context, text: str, published: str, type_: str) -> list:
    return [e for e in extract(ctx, text, published) if e.type == type_]


def _sides(event) -> tuple[set, set]:
    return {a.country for a in event.source}, {a.country for a in event.target}


@pytest.mark.parametrize(("text", "published", "type_", "source"), [
    ("Bereits im März 2016 hatte Putin einen Teilabzug verkündet, die Luftangriffe gingen danach aber weiter.",
     "2017-12-12", "RETREAT", "RUS"),
    ("Die syrische Armee hat am Donnerstag die Rückeroberung Aleppos verkündet.", "2016-12-23", "ASSAULT", "SYR"),
    ("Die irakische Armee hat die Rückeroberung Mossuls verkündet.", "2017-07-10", "ASSAULT", "IRQ"),
    ("Am Montag hatte Obama den Abzug der Kampftruppen bekanntgegeben.", "2011-10-22", "RETREAT", "USA"),
])
def test_an_announced_act_noun_is_the_announcers_act(ctx: Context, text: str, published: str, type_: str,
                                                     source: str) -> None:
    acts = _of_type(ctx, text, published, type_)
    assert acts and source in _sides(acts[0])[0]


@pytest.mark.parametrize("text", [
    "Die Opposition meldete am Montag Angriffe auf Wohnviertel in Aleppo.",  # a report of others' acts
    "Die Beobachtungsstelle meldete am Montag neue Luftangriffe.",
])
def test_a_reported_act_noun_is_not_the_reporters(ctx: Context, text: str) -> None:
    reporter = text.split()[1]
    assert not any(reporter in a.name for e in _of_type(ctx, text, "2016-12-23", "ASSAULT") for a in e.source)


@pytest.mark.parametrize(("text", "published", "source"), [
    (("Drei Wochen darauf, am 11. Dezember, landete der Kremlchef Wladimir Putin selbst auf dem Stützpunkt "
     "Hmeimim, traf dort Assad und ordnete den Abzug eines bedeutenden Teils der Truppen an."), "2017-12-20", "RUS"),
    ("Am Dienstag flog Obama nach Bagdad, traf dort Maliki und ordnete den Abzug der Truppen an.", "2011-12-14",
     "USA"),
    ("Am Montag reiste Schoigu nach Damaskus, traf dort Assad und befahl den Rückzug der Soldaten.", "2017-12-20",
     "RUS"),
])
def test_an_act_noun_in_a_coordinated_conjunct_belongs_to_the_shared_subject(ctx: Context, text: str,
                                                                            published: str, source: str) -> None:
    retreats = _of_type(ctx, text, published, "RETREAT")
    assert retreats and _sides(retreats[0])[0] == {source}


@pytest.mark.parametrize(("text", "source", "target"), [
    (("Der türkische Präsident Recep Tayyip Erdogan lehnte es am Donnerstag ab, sich für den Abschuss des "
     "russischen Kampfjets zu entschuldigen."), "TUR", "RUS"),
    ("Putin forderte die Türkei auf, sich für den Abschuss des russischen Kampfjets zu entschuldigen.", "TUR", "RUS"),
])
def test_an_act_apologised_for_is_the_apologisers(ctx: Context, text: str, source: str, target: str) -> None:
    (attack,) = _of_type(ctx, text, "2015-11-27", "ASSAULT")
    assert _sides(attack) == ({source}, {target})
    assert attack.date is None  # it happened before the refusal the sentence dates


def test_a_withdrawal_leaves_the_state_of_the_withdrawal_named_just_before(ctx: Context) -> None:
    text = ("In Kairo verhandelte Putin mit dem ägyptischen Präsidenten Abdel Fattah al-Sisi. Beobachter bleiben "
            "skeptisch, wie weit der angekündigte Rückzug aus Syrien tatsächlich reicht. Bereits im März 2016 "
            "hatte Putin einen Teilabzug verkündet.")
    (retreat,) = _of_type(ctx, text, "2017-12-12", "RETREAT")
    assert _sides(retreat) == ({"RUS"}, {"SYR"})


@pytest.mark.parametrize("text", [
    "Im Osten der Ukraine kämpfen seit April vergangenen Jahres Regierungstruppen gegen prorussische Separatisten.",
    "Im Osten der Ukraine kämpfen seit April ukrainische Soldaten gegen prorussische Separatisten.",
    "In Syrien kämpfen seit 2011 Rebellen gegen die Truppen von Präsident Assad.",
    "Die kurdischen Milizen bekämpfen seit Jahren den Islamischen Staat im Norden Syriens.",
])
def test_a_fight_going_on_since_a_time_is_no_act(ctx: Context, text: str) -> None:
    assert not _of_type(ctx, text, "2015-02-12", "ASSAULT")


def test_a_fight_begun_on_a_day_is_an_act(ctx: Context) -> None:
    text = "Seit Dienstag bekämpft die syrische Armee die Rebellen in Idlib mit einer neuen Offensive."
    assert _of_type(ctx, text, "2015-02-12", "ASSAULT")


def test_a_fight_on_a_day_stays_an_act(ctx: Context) -> None:
    text = "Am Montag kämpften ukrainische Soldaten in Debalzewe gegen prorussische Separatisten."
    assert _of_type(ctx, text, "2015-02-12", "ASSAULT")


_LEAD = ("Auf einem Stützpunkt im Zentrum Polens sind am Montag zwei US-Tarnkappenjets gelandet. Die Landung wurde "
         "im Fernsehen übertragen. Polen grenzt an die Ukraine und sieht sich durch Russland bedroht. ")


@pytest.mark.parametrize("line", [
    "In der Ostukraine kämpfen Regierungstruppen gegen prorussische Separatisten.",
    "Im Norden Syriens bekämpfen kurdische Milizen den Islamischen Staat.",
])
def test_an_undated_present_fight_after_the_lead_is_background(ctx: Context, line: str) -> None:
    assert not _of_type(ctx, _LEAD + line, "2015-07-20", "ASSAULT")


@pytest.mark.parametrize("text", [
    # In the headline or lead a present fight is the news.
    "In der Ostukraine kämpfen Regierungstruppen gegen prorussische Separatisten.",
    # A perfect or a time of its own clause reports an act.
    _LEAD + "In der Ostukraine haben Regierungstruppen gegen prorussische Separatisten gekämpft.",
    _LEAD + "Am Dienstag kämpfen Regierungstruppen in Debalzewe gegen prorussische Separatisten.",
])
def test_a_present_fight_in_the_lead_or_dated_stays_an_act(ctx: Context, text: str) -> None:
    assert _of_type(ctx, text, "2015-07-20", "ASSAULT")


@pytest.mark.parametrize(("text", "source"), [
    # a ceasefire its subject announces or proclaims is its own
    ("Ankara – Die PKK verkündete am Montag eine einseitige Waffenruhe.", "PKK"),
    ("Ankara – Die PKK hat eine einseitige Waffenruhe ausgerufen.", "PKK"),
])
def test_an_announced_ceasefire_is_the_announcers(ctx: Context, text: str, source: str) -> None:
    ceasefires = [e for e in _of_type(ctx, text, "2015-06-20", "RETREAT") if e.mode == "ceasefire"]
    assert len(ceasefires) == 1
    assert [a.name for a in ceasefires[0].source] == [source]
    assert [(a.country, a.sector) for a in ceasefires[0].target] == [("TUR", "GOV")]  # insurgents: their government


@pytest.mark.parametrize("text", [
    # a ceasefire broken is not its subject's
    "Kiew – Die Separatisten verletzten die Waffenruhe erneut.",
    "Ankara – Die PKK hat am Montag die Waffenruhe gebrochen.",
])
def test_a_ceasefire_broken_is_not_declared(ctx: Context, text: str) -> None:
    assert not _of_type(ctx, text, "2015-06-20", "RETREAT")


def test_a_ceasefire_announced_by_brokers_is_none_of_theirs(ctx: Context) -> None:
    text = "Damaskus – Russland und die USA verkündeten eine Waffenruhe für Syrien."
    assert not [e for e in _of_type(ctx, text, "2016-02-23", "RETREAT") if e.mode == "ceasefire"]
