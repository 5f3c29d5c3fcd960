"""A place dateline opening a report is no side of an act (mention_dateline.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.stages.mention_dateline import dateline_mentions
from tests.stages.test_events import extract
from tests.stages.test_mentions import analyse


@pytest.mark.parametrize(("text", "type_", "source"), [
    ("Jakarta – Die indonesische Polizei hat am Samstag einen Mann festgenommen.", "COERCE", {("IDN", "POL")}),
    ("Wien – Bundeskanzler Werner Faymann kritisiert die Regierung in Berlin.", "ACCUSE", {("AUT", "GOV")}),
    ("Kiew/Moskau – Der US-Senat hat Waffenlieferungen an die Ukraine gebilligt.", "AID", {("USA", "GOV")}),
    ("Damaskus (AFP) – Russland hat am Montag die Türkei scharf kritisiert.", "ACCUSE", {("RUS", "GOV")}),
])
def test_dateline_is_no_actor(ctx: Context, text: str, type_: str, source: set) -> None:
    (event,) = [e for e in extract(ctx, text, "2016-01-16") if e.type == type_]
    assert {(a.country, a.sector) for a in event.source} == source, event
    assert all(a.kind != "state" or a.name not in text.split(" ")[0] for a in event.source), event


@pytest.mark.parametrize(("text", "datelines"), [
    ("Kiew/Moskau – Russland hat die Ukraine kritisiert.", 2),
    ("Wien – Die Regierung tagte.", 1),
    # a first place the gazetteer lacks, joined by "/" to a known one
    ("Idomeni/Athen – Die Regierung tagte.", 1),
    # a place inside the sentence, or a sentence that opens with a state acting, is no dateline
    ("Russland hat die Ukraine kritisiert.", 0),
    ("In Wien – und nur dort – tagte die Regierung.", 0),
])
def test_dateline_mentions(ctx: Context, text: str, datelines: int) -> None:
    assert len(dateline_mentions(analyse(ctx, text, "2016-01-16"))) == datelines
