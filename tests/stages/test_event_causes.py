"""Tests of event_causes.py: act nouns named as the cause or the anchor of another act ("als Reaktion auf den
Einmarsch", "nach dem Einmarsch … im Februar 2022", "seit Beginn des Militäreinsatzes im September 2015") take
only a time of their own phrase, lend it to no other act of their clause, and yield their sentence's slot of
their type to an act noun of the clause itself."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.stages.event_causes import cause_governor
from chronik.stages.event_lexicon import build_event_lexicon
from tests.stages.test_events import extract


def _of_type(ctx: Context, text: str, published: str, type_: str) -> list:
    return [e for e in extract(ctx, text, published) if e.type == type_]


@pytest.mark.parametrize(("text", "published"), [
    (("Die Europäische Union hat als Reaktion auf den russischen Einmarsch in die Ukraine ein umfangreiches "
      "Sanktionspaket auf den Weg gebracht."), "2022-02-25"),
    ("Wegen der russischen Luftangriffe in Syrien hat die Türkei den russischen Botschafter einbestellt.", "2015-10-05"),
    ("Seit dem russischen Einmarsch in die Ukraine sind Millionen Menschen aus dem Land geflohen.", "2022-07-22"),
    ("Die Nato hat als Antwort auf die russischen Luftangriffe ihre Präsenz in der Türkei verstärkt.", "2015-10-08"),
])
def test_a_cause_noun_without_a_time_of_its_own_stays_undated(ctx: Context, text: str, published: str) -> None:
    (attack,) = _of_type(ctx, text, published, "ASSAULT")
    assert attack.date is None  # it happened before the report's act: neither that act's day nor the publication's


@pytest.mark.parametrize(("text", "published", "date"), [
    (("Finnland hatte nach dem russischen Einmarsch in die Ukraine im Februar 2022 gemeinsam mit Schweden die "
      "Aufnahme in die Nato beantragt."), "2023-04-05", "2022-02"),
    ("Die EU hat nach dem russischen Angriff auf die Ukraine am 24. Februar harte Sanktionen verhängt.", "2022-03-01",
     "2022-02-24"),
    (("In den ukrainischen Häfen lagern seit Beginn des russischen Angriffskriegs im Februar Millionen Tonnen "
      "Getreide."), "2022-07-22", "2022-02"),
])
def test_a_cause_noun_takes_the_time_of_its_own_phrase(ctx: Context, text: str, published: str, date: str) -> None:
    (attack,) = _of_type(ctx, text, published, "ASSAULT")
    assert attack.date is not None and attack.date.value == date


@pytest.mark.parametrize(("text", "published", "date"), [
    # the armed intervention of a state is an attack; after "seit" with a month it is an act a reader can place
    ("Es ist Putins erster Besuch in Syrien seit Beginn des russischen Militäreinsatzes im September 2015.",
     "2017-12-11", "2015-09"),
    ("Seit Beginn des türkischen Militäreinsatzes in Syrien im Oktober 2019 sind Tausende Kurden geflohen.", "2019-12-01",
     "2019-10"),
])
def test_an_intervention_after_seit_with_a_month_is_an_attack(ctx: Context, text: str, published: str,
                                                              date: str) -> None:
    (attack,) = _of_type(ctx, text, published, "ASSAULT")
    assert attack.date is not None and attack.date.value == date


@pytest.mark.parametrize(("text", "published"), [
    # a bare year after "seit" is a time anchor, no time a reader can place: no act
    ("Es war sein erster Besuch in der syrischen Hauptstadt seit Beginn des russischen Militäreinsatzes 2015.",
     "2020-01-08"),
    ("Seit Beginn der russischen Luftangriffe 2015 hat Assad weite Teile des Landes zurückerobert.", "2018-03-01"),
])
def test_an_act_after_seit_with_a_bare_year_is_no_event(ctx: Context, text: str, published: str) -> None:
    assert _of_type(ctx, text, published, "ASSAULT") == []


@pytest.mark.parametrize(("text", "published", "type_", "wrong"), [
    ("Es ist Putins erster Besuch in Syrien seit Beginn des russischen Militäreinsatzes im September 2015.",
     "2017-12-11", "CONSULT", "2015-09"),
    ("Vor dem Treffen mit Putin am Montag hatte Erdogan Russland scharf kritisiert.", "2015-10-07", "ACCUSE",
     "2015-10-05"),
])
def test_the_time_of_a_cause_phrase_does_not_date_its_clause(ctx: Context, text: str, published: str, type_: str,
                                                               wrong: str) -> None:
    (event,) = _of_type(ctx, text, published, type_)
    assert event.date is None or event.date.value != wrong


@pytest.mark.parametrize(("text", "published", "date"), [
    # after "nach" the act may be the one just before its clause's: it shares the clause's day
    (("Sie solle um Mitternacht in Kraft treten, sagte der türkische Präsident Recep Tayyip Erdogan am Donnerstag "
      "nach einem rund sechsstündigen Treffen mit Kremlchef Wladimir Putin in Moskau."), "2020-03-06", "2020-03-05"),
])
def test_a_sequence_noun_shares_its_clause_time(ctx: Context, text: str, published: str, date: str) -> None:
    (meeting,) = _of_type(ctx, text, published, "CONSULT")
    assert meeting.date is not None and meeting.date.value == date


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Nach mehr als vier Jahren Kämpfen hat die syrische Armee die vollständige Rückeroberung Aleppos verkündet.",
     "Rückeroberung", "SYR"),
    ("Nach monatelangen Gefechten hat die irakische Armee die Rückeroberung Mossuls verkündet.", "Rückeroberung", "IRQ"),
])
def test_a_cause_noun_yields_the_slot_of_its_type_to_the_clause_s_act(ctx: Context, text: str, trigger: str,
                                                                     country: str) -> None:
    (attack,) = _of_type(ctx, text, "2016-12-23", "ASSAULT")
    assert attack.trigger == trigger and {a.country for a in attack.source} == {country}


def test_a_cause_noun_stands_in_when_the_clause_s_noun_names_no_act(ctx: Context) -> None:
    text = ("Seit Beginn der russischen Luftangriffe am 30. September haben Assads Truppen mehrere Offensiven in den "
            "Provinzen Hama, Aleppo und Latakia begonnen.")
    (attack,) = _of_type(ctx, text, "2015-10-21", "ASSAULT")
    assert attack.trigger == "Luftangriffe" and attack.date is not None and attack.date.value == "2015-09-30"


@pytest.mark.parametrize(("text", "published", "date"), [
    (("Einen Tag nach dem tödlichen Anschlag auf den russischen Botschafter in Ankara haben sich Russland, die "
      "Türkei und der Iran auf gemeinsame Grundsätze für eine Lösung des Syrien-Konflikts verständigt."),
     "2016-12-20", "2016-12-20"),
])
def test_a_cause_noun_s_day_is_no_day_the_report_narrates(ctx: Context, text: str, published: str, date: str) -> None:
    (agreement,) = _of_type(ctx, text, published, "AGREE")
    assert agreement.date is not None and agreement.date.value == date


@pytest.mark.parametrize(("text", "noun", "governor"), [
    ("Nach mehr als vier Jahren Kämpfen hat", 5, 0),
    ("seit Beginn des russischen Militäreinsatzes im", 4, 0),
    ("als Reaktion auf den russischen Einmarsch in", 5, 2),
    ("Wegen der russischen Luftangriffe in Syrien", 3, 0),
    ("nach 16 Stunden Verhandlungen haben", 3, 0),
    ("hatten seit 2015 die Truppen Assads", 4, None),  # "seit" governs the year
    ("auf den russischen Einmarsch", 3, None),  # no cause preposition
])
def test_cause_governor(ctx: Context, text: str, noun: int, governor: int | None) -> None:
    lexicon = ctx.compiled("event_lexicon", ctx.lang("de"), build_event_lexicon)
    assert cause_governor(text.split(" "), noun, lexicon) == governor


@pytest.mark.parametrize(("text", "mode"), [
    ("Als Vergeltung für den Luftangriff griffen Rebellen am Sonntag Stellungen der syrischen Armee an.", None),
    ("Nach dem Luftangriff beschossen Separatisten am Montag Stellungen der ukrainischen Armee.", "shelling"),
    ("Bei einem Luftangriff der syrischen Armee wurden am Montag 20 Rebellen getötet.", "aerial"),
])
def test_cause_noun_gives_no_mode(ctx: Context, text: str, mode: str | None) -> None:
    """A noun named as the cause is another act: its mode ("Luftangriff": aerial) does not pass to the verb;
    a noun of the act's own setting ("Bei einem Luftangriff … getötet") does."""
    attacks = [e for e in extract(ctx, text, "2016-03-10") if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].mode == mode, [(e.trigger, e.mode) for e in attacks]


def test_campaign_since_keeps_its_mode(ctx: Context) -> None:
    """"Seit Beginn der Luftangriffe … Einsätze geflogen": the sorties are the campaign the noun names."""
    text = ("Seit Beginn der Luftangriffe habe das russische Militär mehr als 900 Einsätze in Syrien geflogen, sagte "
            "Igor Konaschenkow vom Verteidigungsministerium.")
    attacks = [e for e in extract(ctx, text, "2016-03-10") if e.type == "ASSAULT"]
    assert attacks and all(e.mode == "aerial" for e in attacks), [(e.trigger, e.mode) for e in attacks]
