"""Tests of ``chronik.stages.event_dates_context``: an act "in der Nacht zum/auf <Tag>" is dated on the
day named (the time tagger gives the evening before).  Real German sentences, published on the given day."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_event_dating import dated, extract


@pytest.mark.parametrize(("text", "published", "type_", "expected"), [
    # "Nacht zum/auf <Tag>": the day named
    ("Russland hat in der Nacht zum Donnerstag einen großangelegten Angriff auf die Ukraine begonnen.",
     "2022-02-24", "ASSAULT", "2022-02-24"),
    ("In der Nacht zum Samstag griff die israelische Luftwaffe Stellungen der Hamas im Gazastreifen an.",
     "2023-10-14", "ASSAULT", "2023-10-14"),
    ("Russland hat in der Nacht auf Sonntag die Ukraine mit Raketen angegriffen.",
     "2022-07-24", "ASSAULT", "2022-07-24"),
    ("In der Nacht zum 14. August bombardierte die syrische Luftwaffe Stellungen der Rebellen in Aleppo.",
     "2016-08-16", "ASSAULT", "2016-08-14"),
    # a night of a day ("Nacht des/vom …") and a plain day keep their day
    ("In der Nacht des 14. August bombardierte die syrische Luftwaffe Stellungen der Rebellen in Aleppo.",
     "2016-08-16", "ASSAULT", "2016-08-14"),
    ("Am Donnerstag hat Russland einen großangelegten Angriff auf die Ukraine begonnen.",
     "2022-02-25", "ASSAULT", "2022-02-24"),
])
def test_night_to_a_day(ctx: Context, text: str, published: str, type_: str, expected: str) -> None:
    assert dated(extract(ctx, text, published), type_) == expected


@pytest.mark.parametrize(("text", "published", "type_", "expected"), [
    # a sentence without a time of its own goes on at the day the report narrates (the day before)
    (("Der russische Präsident Wladimir Putin traf am Montag in Hmeimim den syrischen Präsidenten Baschar "
      "al-Assad. In Kairo verhandelte Putin mit dem ägyptischen Präsidenten Abdel Fattah al-Sisi."),
     "2017-12-12", "CONSULT", "2017-12-11"),
    (("IWF-Chefin Christine Lagarde traf am Donnerstag den ukrainischen Präsidenten Petro Poroschenko in "
      "Brüssel. Der Internationale Währungsfonds stellte der Ukraine neue Milliardenhilfen in Aussicht."),
     "2015-02-13", "AGREE", "2015-02-12"),
    # a background sentence narrates no day of the report: the publication date holds
    (("Bereits am Donnerstag hatten russische Einheiten das Atomkraftwerk Tschernobyl eingenommen. "
      "Generalsekretär Jens Stoltenberg kündigte an, Truppen nach Polen zu verlegen."),
     "2022-02-25", "MOBILIZE", "2022-02-25"),
    # a day further back is no day of the report
    (("Am 14. März 2016 traf Putin den syrischen Präsidenten Assad in Moskau. Putin ordnete den Abzug der "
      "russischen Truppen aus Syrien an."), "2016-03-17", "RETREAT", "2016-03-17"),
])
def test_narrated_day(ctx: Context, text: str, published: str, type_: str, expected: str) -> None:
    assert dated(extract(ctx, text, published), type_) == expected


@pytest.mark.parametrize(("text", "firm"), [
    # an act placed an interval after another is on its own day: the publication day is no report of
    # the day before ("Einen Tag nach …")
    (("Einen Tag nach der Ankündigung von Präsident Wladimir Putin hat Russland mit dem Abzug seiner Truppen "
     "aus Syrien begonnen."), True),
    ("Russland hat mit dem Abzug seiner Truppen aus Syrien begonnen.", False),
])
def test_after_an_interval_the_publication_day_is_firm(ctx: Context, text: str, firm: bool) -> None:
    event = next(e for e in extract(ctx, text, "2016-03-15") if e.type == "RETREAT")
    assert event.date is not None and event.date.value == "2016-03-15"
    assert ("after" in event.date.evidence) is firm, event.date.evidence
