"""Tests of event_dates_setting.py: an act set at a meeting the article reported takes that meeting's day."""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.context import Context
from tests.stages.test_events import extract

_MEETING = "Putin und Erdogan trafen sich am Donnerstag in Moskau. "


@pytest.mark.parametrize(("text", "type_"), [
    ("Nach dem Treffen hatte Putin die Türkei kritisiert.", "ACCUSE"),
    ("Zu Beginn des Treffens hatte Putin der Türkei für ihre Hilfe gedankt.", "SUPPORT"),
])
def test_act_at_the_meeting_takes_its_day(ctx: Context, text: str, type_: str) -> None:
    found = [e for e in extract(ctx, _MEETING + text, "2020-03-06") if e.type == type_]
    assert len(found) == 1 and found[0].date is not None, found
    assert found[0].date.start == found[0].date.end == dt.date(2020, 3, 5)


@pytest.mark.parametrize(("text", "type_"), [
    # another act named as the setting: not the meeting's day
    ("Nach dem Abschuss des Kampfjets hatte Putin die Türkei kritisiert.", "ACCUSE"),
    # no meeting named
    ("Zuvor hatte Putin die Türkei kritisiert.", "ACCUSE"),
    # before the meeting, not at it
    ("Vor dem Treffen hatte Putin die Türkei kritisiert.", "ACCUSE"),
])
def test_act_not_set_at_the_meeting(ctx: Context, text: str, type_: str) -> None:
    found = [e for e in extract(ctx, _MEETING + text, "2020-03-06") if e.type == type_]
    assert len(found) == 1 and found[0].date is None, found
