"""Tests of ``chronik.stages.event_dates_more``: a statement dated only by the publication takes the day
that the reporting clause of the next sentence gives ("… wies die Vorwürfe zurück. Ein Sprecher sagte am
Donnerstag, …").  Real German sentences, published on the given day."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_event_dating import dated, extract


@pytest.mark.parametrize(("text", "published", "type_", "expected"), [
    # a speech act, detailed by the next sentence's reporting clause
    (("Ashton Carter warf Russland vor, Gebiete ohne IS-Kämpfer bombardiert zu haben. "
      "Das Verteidigungsministerium in Moskau wies die Vorwürfe zurück. Ministeriumssprecher Igor "
      "Konaschenkow sagte am Mittwoch, die Luftwaffe habe ausschließlich Ziele des IS angegriffen."),
     "2015-10-01", "REJECT", "2015-09-30"),
    (("Die Türkei hat Russland eine Verletzung ihres Luftraums vorgeworfen. Das Außenministerium in Ankara "
      "erklärte am Sonntag, ein russischer Kampfjet sei in den türkischen Luftraum eingedrungen."),
     "2015-10-06", "ACCUSE", "2015-10-04"),
    # an act noun under an announcing verb: the announcement's day
    (("Nach mehr als vier Jahren Kämpfen hat die syrische Armee die vollständige Rückeroberung Aleppos "
      "verkündet. Die Stadt sei wieder ganz unter Kontrolle der Regierung, erklärte die Armeeführung am "
      "Donnerstagabend im Staatsfernsehen."),
     "2016-12-23", "ASSAULT", "2016-12-22"),
])
def test_the_next_sentence_dates_a_statement(ctx: Context, text: str, published: str, type_: str,
                                             expected: str) -> None:
    assert dated(extract(ctx, text, published), type_) == expected


@pytest.mark.parametrize(("text", "published", "type_", "expected"), [
    # a background sentence tells of an earlier statement
    (("Ashton Carter warf Russland vor, Gebiete ohne IS-Kämpfer bombardiert zu haben. "
      "Das Verteidigungsministerium in Moskau wies die Vorwürfe zurück. Ministeriumssprecher Igor "
      "Konaschenkow hatte am Montag gesagt, die Luftwaffe greife nur Ziele des IS an."),
     "2015-10-01", "REJECT", "2015-10-01"),
    # a new paragraph is no detail of the sentence before
    (("Ashton Carter warf Russland vor, Gebiete ohne IS-Kämpfer bombardiert zu haben. "
      "Das Verteidigungsministerium in Moskau wies die Vorwürfe zurück.\n\nMinisteriumssprecher Igor "
      "Konaschenkow sagte am Mittwoch, die Luftwaffe habe ausschließlich Ziele des IS angegriffen."),
     "2015-10-01", "REJECT", "2015-10-01"),
    # an act that is no statement keeps the day of the news
    (("Russische Kampfflugzeuge haben Stellungen der Rebellen in der Provinz Idlib bombardiert. Putin sagte am "
      "Mittwoch, der Einsatz sei zeitlich begrenzt."),
     "2015-10-01", "ASSAULT", "2015-10-01"),
])
def test_the_next_sentence_leaves_other_acts(ctx: Context, text: str, published: str, type_: str,
                                             expected: str) -> None:
    assert dated(extract(ctx, text, published), type_) == expected


@pytest.mark.parametrize(("text", "type_", "partial"), [
    # an article of unknown year: the day its trigger's own clause names, without a year
    (("Russland hatte Assad und seiner Familie Asyl gewährt, nachdem Rebellen unter Führung von HTS am "
      "8. Dezember Damaskus eingenommen hatten."), "COERCE", "XXXX-12-08"),
    ("Am 8. Dezember nahmen Rebellen Damaskus ein.", "COERCE", "XXXX-12-08"),
    # the day of another clause is not the asylum's
    (("Russland hatte Assad und seiner Familie Asyl gewährt, nachdem Rebellen unter Führung von HTS am "
      "8. Dezember Damaskus eingenommen hatten."), "AID", None),
    # a month is no day
    ("Im Dezember nahmen Rebellen Damaskus ein.", "COERCE", None),
])
def test_an_undated_article_keeps_the_day_without_a_year(ctx: Context, text: str, type_: str, partial) -> None:
    [event] = [e for e in extract(ctx, text, None) if e.type == type_]
    assert event.date is None and event.partial_date == partial


def test_a_dated_article_has_no_partial_dates(ctx: Context) -> None:
    [event] = extract(ctx, "Am 8. Dezember nahmen Rebellen Damaskus ein.", "2024-12-20")
    assert event.date is not None and event.partial_date is None


def _span(ctx: Context, text: str, published: str, type_: str) -> tuple[str, str]:
    [event] = [e for e in extract(ctx, text, published) if e.type == type_]
    return str(event.date.start), str(event.date.end)


@pytest.mark.parametrize(("text", "published", "span"), [
    # a campaign the text says began before the report goes on up to it
    ("Die Regierungstruppen hatten im Dezember mit russischer Luftunterstützung eine Offensive auf Idlib begonnen.",
     "2020-03-05", ("2019-12-01", "2020-03-05")),
    ("Die Türkei hat im Juli eine Offensive gegen die PKK gestartet.", "2016-02-10", ("2015-07-01", "2016-02-10")),
    # no begin word: the act is the time expression's
    ("Die Türkei hat im Juli Stellungen der PKK bombardiert.", "2016-02-10", ("2015-07-01", "2015-07-31")),
    # more than a year before the report: the time expression's (an event's date spans at most a year)
    ("Die Türkei hatte im Juli 2014 eine Offensive gegen die PKK begonnen.", "2016-02-10", ("2014-07-01", "2014-07-31")),
])
def test_a_begun_campaign_lasts_up_to_the_report(ctx: Context, text: str, published: str, span: tuple) -> None:
    assert _span(ctx, text, published, "ASSAULT") == span


def test_begun_talks_are_one_act_of_their_day(ctx: Context) -> None:
    assert _span(ctx, "Die Gespräche zwischen Kerry und Lawrow in Genf hatten am Montag begonnen.", "2016-02-10",
                 "CONSULT") == ("2016-02-08", "2016-02-08")
