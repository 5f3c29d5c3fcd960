"""Tests of the ``timex`` stage: extents, types, values and mods of German time expressions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.context import Context
from chronik.errors import ResourceError
from chronik.model import Article, DateClaim, TimeEx
from chronik.resources import LanguageData
from chronik.stages import timex_calendar as cal
from chronik.stages.segment import segment
from chronik.stages.timex import build_lexicon, timex


def run(ctx: Context, text: str, published: str | None = "2017-12-14", lang: str = "de") -> list[TimeEx]:
    """The timexes of ``text`` published on ``published`` (segment + timex)."""
    article = Article(id="t", source="t", raw_text=text, text=text, lang=lang)
    article.published = DateClaim.from_value(published, "test") if published else None
    return timex(segment(article, ctx), ctx).timexes


def described(text: str, found: list[TimeEx]) -> list[tuple[str, str, str, str | None]]:
    return [(text[t.start : t.end], t.type, t.value, t.mod) for t in found]


# Publication date 2017-12-14, a Thursday (ISO week 50).
CASES = [
    ("Die Minister trafen sich am Dienstagabend in Brüssel.",
     ("Dienstagabend", "TIME", "2017-12-12TEV", None)),
    ("Letzte Woche wurde das Abkommen unterzeichnet.", ("Letzte Woche", "DATE", "2017-W49", None)),
    ("Vergangene Woche kam es zu Protesten.", ("Vergangene Woche", "DATE", "2017-W49", None)),
    ("In den letzten Tagen haben sich die Kämpfe verschärft.",
     ("den letzten Tagen", "DURATION", "PXD", None)),
    ("Die Wahl findet am 18. Dezember statt.", ("18. Dezember", "DATE", "2017-12-18", None)),
    ("Die Wahl hatte am 8. Dezember stattgefunden.", ("8. Dezember", "DATE", "2017-12-08", None)),
    ("Im Dezember 2017 wurde der Vertrag unterzeichnet.", ("Dezember 2017", "DATE", "2017-12", None)),
    ("Seit Ende September gilt die Waffenruhe.", ("Ende September", "DATE", "2017-09", "END")),
    ("Die Frist läuft bis zum 1. März 2025.", ("1. März 2025", "DATE", "2025-03-01", None)),
    ("Mitte der 90er Jahre begann der Krieg.", ("Mitte der 90er Jahre", "DATE", "199", "MID")),
    ("Im Frühjahr soll gewählt werden.", ("Frühjahr", "DATE", "2017-SP", None)),
    ("Zu Ostern wird der Papst sprechen.", ("Ostern", "DATE", "2018-04-01", None)),
    ("Heute beginnt der Gipfel.", ("Heute", "DATE", "2017-12-14", None)),
    # KRAUTS (It-TimeML) convention: "vor" is a signal, the extent a duration
    ("Vor drei Jahren wurde er gewählt.", ("drei Jahren", "DURATION", "P3Y", None)),
    ("In der kommenden Woche wird der Rat entscheiden.", ("der kommenden Woche", "DATE", "2017-W51", None)),
    ("Die Saison 2015/16 war schwierig.", ("2015/16", "DATE", "2015", None)),
    ("Die Sitzung beginnt um 20.30 Uhr.", ("20.30 Uhr", "TIME", "2017-12-14T20:30", None)),
    ("Die Grenze wird täglich kontrolliert.", ("täglich", "SET", "P1D", None)),
    ("Am Dienstag wird der Rat tagen.", ("Dienstag", "DATE", "2017-12-19", None)),
    ("Am Dienstag hat der Rat getagt.", ("Dienstag", "DATE", "2017-12-12", None)),
    # "soll … angegriffen haben", "… angegriffen haben soll": a claimed past act, not a plan
    ("Der Mann soll am Dienstag zwei Polizisten angegriffen haben.", ("Dienstag", "DATE", "2017-12-12", None)),
    ("Sie erschossen am Dienstag einen Mann, der Soldaten angegriffen haben soll.",
     ("Dienstag", "DATE", "2017-12-12", None)),
    ("Der Minister soll am Dienstag nach Paris reisen.", ("Dienstag", "DATE", "2017-12-19", None)),
    ("Vor 2010 gab es das nicht.", ("2010", "DATE", "2010", "BEFORE")),
    ("Rund zwei Stunden dauerte die Debatte.", ("Rund zwei Stunden", "DURATION", "PT2H", "APPROX")),
    ("Im ersten Quartal 2016 stiegen die Exporte.", ("ersten Quartal 2016", "DATE", "2016-Q1", None)),
    ("Anfang 2015 war alles anders.", ("Anfang 2015", "DATE", "2015", "START")),
    ("Das geschah im 15. Jahrhundert.", ("15. Jahrhundert", "DATE", "14", None)),
    ("Er kam gestern Abend an.", ("gestern Abend", "TIME", "2017-12-13TEV", None)),
    ("Jeden Montag trifft sich der Rat.", ("Jeden Montag", "SET", "XXXX-WXX-1", None)),
    ("Die Kommission tagt einmal im Monat.", ("einmal im Monat", "SET", "P1M", None)),
    ("Jetzt ist es zu spät.", ("Jetzt", "DATE", "PRESENT_REF", None)),
    ("Die Regierung hat heuer gespart.", ("heuer", "DATE", "2017", None)),
    ("Er war 2009 Minister.", ("2009", "DATE", "2009", None)),
    ("Die Verhandlungen dauerten eineinhalb Stunden.", ("eineinhalb Stunden", "DURATION", "PT1.5H", None)),
    ("Am vergangenen Wochenende wurde gewählt.", ("vergangenen Wochenende", "DATE", "2017-W49-WE", None)),
    ("Seit Jahren wird gestritten.", ("Jahren", "DURATION", "PXY", None)),
    ("Zu Pfingsten kamen viele.", ("Pfingsten", "DATE", "2017-06-04", None)),
    ("Die Zahl ist im Vorjahr gestiegen.", ("Vorjahr", "DATE", "2016", None)),
    ("Das war in den 1990er-Jahren.", ("den 1990er-Jahren", "DATE", "199", None)),
    ("Die Zahlen kamen im dritten Quartal.", ("dritten Quartal", "DATE", "2017-Q3", None)),
    ("In der Nacht auf Sonntag wurde eingebrochen.", ("Nacht auf Sonntag", "TIME", "2017-12-09TNI", None)),
    ("Nach dem einwöchigen Aufenthalt reiste er ab.", ("einwöchigen", "DURATION", "P1W", None)),
    ("Sie stritten jahrelang.", ("jahrelang", "DURATION", "PXY", None)),
    ("Ende der achtziger Jahre fiel die Mauer.", ("Ende der achtziger Jahre", "DATE", "198", "END")),
    ("Das Haus stammt aus der Mitte des 19. Jahrhunderts.",
     ("Mitte des 19. Jahrhunderts", "DATE", "18", "MID")),
    ("Es kamen 30.000 Besucher pro Jahr.", ("pro Jahr", "SET", "P1Y", None)),
    ("Walther von der Vogelweide starb um 1230.", ("1230", "DATE", "1230", None)),
    ("Im vergangenen Winter fror der See zu.", ("vergangenen Winter", "DATE", "2016-WI", None)),
    ("Im Herbst vergangenen Jahres begann es.", ("Herbst vergangenen Jahres", "DATE", "2016-FA", None)),
    ("Im kommenden Sommer wird gebaut.", ("kommenden Sommer", "DATE", "2018-SU", None)),
    ("Die Frist endete am 3.5.2016.", ("3.5.2016", "DATE", "2016-05-03", None)),
    ("Stand: 2016-05-03.", ("2016-05-03", "DATE", "2016-05-03", None)),
    ("Die Delegation reist morgen früh ab.", ("morgen früh", "TIME", "2017-12-15TMO", None)),
    ("Er sprach am Montag, dem 2. Mai 2016.", ("Montag, dem 2. Mai 2016", "DATE", "2016-05-02", None)),
    ("Er siegte mit zwölf Sekunden Vorsprung.", ("zwölf Sekunden", "DURATION", "PT12S", None)),
    ("Das wird sich über die Jahre hinweg rächen.", ("die Jahre", "DURATION", "PXY", None)),
    # "seit" puts a bare month in the past whatever the tense (December 2017: this year's March, not next)
    ("Seit März fliegt Russland Luftangriffe.", ("März", "DATE", "2017-03", None)),
    # a new date something is put off to lies ahead whatever the tense (December 2017: next year's March)
    ("Das Treffen wurde auf März verschoben.", ("März", "DATE", "2018-03", None)),
    ("Das Treffen wurde auf den 3. März verschoben.", ("3. März", "DATE", "2018-03-03", None)),
    ("Die EU vertagte die Entscheidung auf April.", ("April", "DATE", "2018-04", None)),
    ("Die Gespräche in Genf wurden auf Ende Februar vertagt.", ("Ende Februar", "DATE", "2018-02", "END")),
    # the date it was put off on keeps the clause's tense
    ("Im März wurde das Treffen verschoben.", ("März", "DATE", "2017-03", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_single_expression(ctx: Context, text: str, expected: tuple) -> None:
    assert described(text, run(ctx, text)) == [expected]


# Narrative anchoring: shifts count from the last date mentioned.
SEQUENCES = [
    ("Am 3. Mai 2016 trat er zurück. Einen Monat zuvor hatte er noch gewonnen.",
     [("3. Mai 2016", "DATE", "2016-05-03", None), ("Einen Monat zuvor", "DATE", "2016-04", None)]),
    ("Am 3. Mai 2016 trat er zurück. Zwei Tage später kam die Nachricht.",
     [("3. Mai 2016", "DATE", "2016-05-03", None), ("Zwei Tage später", "DATE", "2016-05-05", None)]),
    ("Am 3. Mai 2016 wurde er gewählt. Am Tag darauf trat er zurück.",
     [("3. Mai 2016", "DATE", "2016-05-03", None), ("Tag darauf", "DATE", "2016-05-04", None)]),
    ("Konzerte am 10. und 11. Februar.",
     [("10", "DATE", "2018-02-10", None), ("11. Februar", "DATE", "2018-02-11", None)]),
    ("Aufführungen am 11., 18. und 25. März.",
     [("11", "DATE", "2018-03-11", None), ("18", "DATE", "2018-03-18", None),
      ("25. März", "DATE", "2018-03-25", None)]),
    ("Die Waffenruhe hielt zwei bis drei Tage.",
     [("zwei", "DURATION", "P2D", None), ("drei Tage", "DURATION", "P3D", None)]),
    ("Die Polizei kam gestern in den frühen Morgenstunden.",
     [("gestern", "DATE", "2017-12-13", None), ("frühen Morgenstunden", "TIME", "2017-12-13TMO", None)]),
    ("Geöffnet von 10-18 Uhr.",
     [("10", "TIME", "2017-12-14T10:00", None), ("18 Uhr", "TIME", "2017-12-14T18:00", None)]),
    ("Am Donnerstag, 25. Februar 2010 um 20.30 Uhr spricht er.",
     [("Donnerstag, 25. Februar 2010", "DATE", "2010-02-25", None),
      ("20.30 Uhr", "TIME", "2010-02-25T20:30", None)]),
    # "am Vortag" counts from the day of the sentence before, else from publication (not from a
    # background day named paragraphs earlier)
    (("Das habe Assad ihm am Montag zugesichert. Erdogan lehnte das ab. Ankara sieht das anders. "
      "Am Vortag hatte Putin mit Trump telefoniert."),
     [("Montag", "DATE", "2017-12-11", None), ("Vortag", "DATE", "2017-12-13", None)]),
    ("Am Montag landete er in Berlin. Am Vortag war er in Paris.",
     [("Montag", "DATE", "2017-12-11", None), ("Vortag", "DATE", "2017-12-10", None)]),
    ("Am Montag landete er in Berlin. Am Vorabend war er in Paris.",
     [("Montag", "DATE", "2017-12-11", None), ("Vorabend", "DATE", "2017-12-10", None)]),
    ("Am Montag landete er in Berlin. Tags zuvor war er in Paris.",
     [("Montag", "DATE", "2017-12-11", None), ("Tags zuvor", "DATE", "2017-12-10", None)]),
    ("Am Montag landete er in Berlin. Tags darauf flog er weiter.",
     [("Montag", "DATE", "2017-12-11", None), ("Tags darauf", "DATE", "2017-12-12", None)]),
    # a month in between does not change the day a part of day belongs to
    (("Putin war am Montag in Hmeimim. Die Flüge waren seit Oktober 2015 ausgesetzt. "
      "In Ankara sprach Putin am Abend mit Erdogan."),
     [("Montag", "DATE", "2017-12-11", None), ("Oktober 2015", "DATE", "2015-10", None),
      ("Abend", "TIME", "2017-12-11TEV", None)]),
    # the morning after "der Nacht zum Donnerstag" is Thursday's
    ("Russland hat in der Nacht zum Donnerstag angegriffen. Putin sprach am frühen Morgen.",
     [("Nacht zum Donnerstag", "TIME", "2017-12-13TNI", None), ("frühen Morgen", "TIME", "2017-12-14TMO", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SEQUENCES, ids=[s[0][:40] for s in SEQUENCES])
def test_sequences(ctx: Context, text: str, expected: list) -> None:
    assert described(text, run(ctx, text)) == expected


NOT_TIMEXES = [
    "Der 16 Jahre alte Schüler gewann.",
    "Rund 1500 Grenzschützer wurden entsandt.",
    "Mit 16 Jahren darf man wählen.",
    "Sie zahlten 2000 Euro.",
    "Das Spiel endete 0 zu 3.",
    "Der MIP-Montag ist beliebt, der Winter-Biathlon auch.",
    "Platz 9. Jan Kuppelwieser 24.26,0 Minuten.",
    "Er lief 1:21,34 und gewann 0:13 (37:45).",
]


@pytest.mark.parametrize("text", NOT_TIMEXES)
def test_no_false_positives(ctx: Context, text: str) -> None:
    assert run(ctx, text) == []


def test_without_publication_date_values_are_underspecified(ctx: Context) -> None:
    text = "Heute und am Dienstag, aber nicht 2015 und nicht drei Tage."
    assert described(text, run(ctx, text, published=None)) == [
        ("Heute", "DATE", "PRESENT_REF", None),
        ("Dienstag", "DATE", "XXXX-XX-XX", None),
        ("2015", "DATE", "2015", None),
        ("drei Tage", "DURATION", "P3D", None),
    ]


def test_text_whose_lower_case_changes_length_is_still_tagged(ctx: Context) -> None:
    text = "İstanbul, am 3. Mai 2016: Heute tagt der Rat."
    assert len(text.lower()) != len(text)
    assert described(text, run(ctx, text)) == [("3. Mai 2016", "DATE", "2016-05-03", None),
                                                ("Heute", "DATE", "2017-12-14", None)]


def test_english_vocabulary_loads_and_tags(ctx: Context) -> None:
    text = "The summit took place on 3 May 2016, two days later he resigned."
    assert described(text, run(ctx, text, lang="en")) == [
        ("3 May 2016", "DATE", "2016-05-03", None),
        ("two days later", "DATE", "2016-05-05", None),
    ]


@pytest.mark.parametrize("code", ["de", "en"])
def test_every_rule_compiles_with_a_known_kind(ctx: Context, code: str) -> None:
    from chronik.stages.timex_resolve import RESOLVERS

    lang: LanguageData = ctx.lang(code)
    lexicon = build_lexicon(lang)
    assert lexicon.rules
    assert {kind for kind, _ in lexicon.rules} <= set(RESOLVERS)


@pytest.mark.parametrize(("rule", "message"), [({"kind": "nonsense", "pattern": "x"}, "known kind"),
                                               ({"kind": "year", "pattern": "{nowhere}"}, "unknown classes"),
                                               ({"kind": "year", "pattern": "(?P<year>"}, "not a valid")])
def test_broken_rule_is_a_resource_error(ctx: Context, rule: dict, message: str) -> None:
    lang = ctx.lang("de")
    timex_data = {**lang.data["timex"], "rules": {**lang.data["timex"]["rules"], "broken": rule}}
    broken = LanguageData("xx", {**lang.data, "timex": timex_data})
    with pytest.raises(ResourceError, match=message):
        build_lexicon(broken)


@pytest.mark.parametrize(("year", "expected"), [(2015, "2015-04-05"), (2016, "2016-03-27"),
                                                 (2024, "2024-03-31"), (2025, "2025-04-20"),
                                                 (1961, "1961-04-02")])
def test_easter(year: int, expected: str) -> None:
    assert cal.easter(year).isoformat() == expected


@pytest.mark.parametrize(("day", "unit", "expected"), [(dt.date(2015, 12, 31), "W", "2015-W53"),
                                                        (dt.date(2016, 1, 3), "W", "2015-W53"),
                                                        (dt.date(1995, 6, 1), "DE", "199"),
                                                        (dt.date(1995, 6, 1), "CE", "19"),
                                                        (dt.date(2016, 2, 29), "M", "2016-02")])
def test_fmt(day: dt.date, unit: str, expected: str) -> None:
    assert cal.fmt(day, unit) == expected


def test_add_months_clamps_to_month_end() -> None:
    assert cal.add_months(dt.date(2016, 3, 31), -1) == dt.date(2016, 2, 29)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.:-/ ,aAUhrJjM\n")), max_size=60),
       st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
def test_never_raises_on_odd_numbers_and_extreme_dates(ctx: Context, text: str, published: dt.date) -> None:
    for t in run(ctx, text, published.isoformat()):
        assert 0 <= t.start < t.end <= len(text)


def test_month_precise_publication_does_not_anchor_days(ctx: Context) -> None:
    text = "Heute kam er, 2015 ging er."
    assert described(text, run(ctx, text, published="2017-12")) == [
        ("Heute", "DATE", "PRESENT_REF", None), ("2015", "DATE", "2015", None)]


WORDS = st.sampled_from(["am", "Dienstag", "3.", "Mai", "2016", "Uhr", "20", "vor", "drei", "Jahren", "heute",
                         "letzte", "Woche", "Ende", "September", "täglich", "und", "-", "10.", "zwei",
                         "Tage",
                         "später", ".", "Frühjahr", "der", "90er", "Jahre", "Mitte", ",", "Ostern"])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=25), st.dates(dt.date(1950, 1, 1), dt.date(2040, 12, 31)) | st.none())
def test_offsets_sorted_disjoint_and_in_range(ctx: Context, words: list[str],
                                              published: dt.date | None) -> None:
    text = " ".join(words)
    found = run(ctx, text, published.isoformat() if published else None)
    previous_end = 0
    for t in found:
        assert previous_end <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == text[t.start:t.end].strip()
        assert t.type in {"DATE", "TIME", "DURATION", "SET"} and t.value
        previous_end = t.end


def test_a_year_after_seit_sets_no_year_for_an_undated_story(ctx: Context) -> None:
    # "seit 2011" starts a lasting state; with no publication date, "Ende September" after it has no year
    text = "In Syrien tobt seit 2011 ein Bürgerkrieg. Russland fliegt seit Ende September Luftangriffe."
    assert [t.value for t in run(ctx, text, None)] == ["2011", "XXXX-09"]


def test_a_day_set_for_in_a_past_clause_goes_by_the_tense(ctx: Context) -> None:
    # "für Mittwoch" sets a day ahead ("hat … für Mittwoch eingeladen"), but not in a clause told in the past:
    # said on Thursday 14 December 2017, "war für Mittwoch angesetzt" is the day before
    assert [t.value for t in run(ctx, "Das Treffen war für Mittwoch angesetzt.")] == ["2017-12-13"]
    assert [t.value for t in run(ctx, "Putin hat Erdogan für Mittwoch eingeladen.")] == ["2017-12-20"]


@pytest.mark.parametrize("text", [
    "Das sagte Steinmeier der Welt am Sonntag.",
    "Er sagte der Bild am Sonntag, Russland müsse handeln.",
])
def test_a_newspapers_name_holds_no_time(ctx: Context, text: str) -> None:
    assert run(ctx, text) == []


@pytest.mark.parametrize(("text", "value"), [
    # a present form of a scheduled meeting sets a weekday ahead (2015-11-12 is a Thursday)
    ("Der UN-Sicherheitsrat berät am Freitag über Syrien.", "2015-11-13"),
    ("Kerry trifft am Montag Lawrow in Genf.", "2015-11-16"),
    ("Merkel reist am Samstag in die Türkei.", "2015-11-14"),
    # the preterite and the perfect stay in the past
    ("Der UN-Sicherheitsrat beriet am Freitag über Syrien.", "2015-11-06"),
    ("Kerry traf am Montag Lawrow in Genf.", "2015-11-09"),
    ("Der UN-Sicherheitsrat hat am Montag über Syrien beraten.", "2015-11-09"),
])
def test_a_scheduled_meeting_in_the_present_is_the_coming_weekday(ctx: Context, text: str, value: str) -> None:
    found = run(ctx, text, "2015-11-12")
    assert [t.value for t in found] == [value]
