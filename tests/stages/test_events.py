"""Tests of the ``events`` stage on German sentences: type, roles, place, date, modality, attribution."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2020-01-07") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def only(found: list[EventMention], type_: str) -> EventMention:
    matching = [e for e in found if e.type == type_]
    assert len(matching) == 1, [(e.type, e.trigger) for e in found]
    return matching[0]


@pytest.mark.parametrize(("text", "type_", "mode", "source", "target"), [
    ("Der russische Präsident Wladimir Putin hat Damaskus besucht.", "CONSULT", "visit", "RUS", "SYR"),
    ("Putin traf am Dienstag in Damaskus mit Baschar al-Assad zusammen.", "CONSULT", None, "RUS", "SYR"),
    ("Russland zog am Montag seine Truppen aus Syrien ab.", "RETREAT", None, "RUS", None),
    ("Der Kremlchef sicherte zu, die syrische Opposition zu schonen.", "CONCEDE", None, "RUS", "SYR"),
    ("Erdogan hat dem syrischen Regime vorgeworfen, Hilfe zu blockieren.", "ACCUSE", None, "TUR", "SYR"),
    ("Frankreich fliegt Luftangriffe auf Stellungen der IS-Miliz in Syrien.", "ASSAULT", None, "FRA", None),
    ("Die türkische Luftwaffe hat am Dienstag ein russisches Kampfflugzeug abgeschossen.", "ASSAULT", "aerial", "TUR", "RUS"),
    ("Überschattet wurde der Besuch vom Abschuss eines russischen Kampfjets durch die türkische Luftwaffe.",
     "ASSAULT", "aerial", "TUR", "RUS"),
    ("Die Waffenruhe gelte ab Mitternacht, sagte der türkische Präsident Recep Tayyip Erdogan nach einem Treffen "
     "mit Kremlchef Wladimir Putin in Moskau.", "CONSULT", None, "TUR", "RUS"),
    ("Nach einem Treffen mit dem französischen Präsidenten François Hollande im Kreml kündigte Russlands "
     "Staatschef Wladimir Putin an, beide Länder würden Informationen austauschen.", "CONSULT", None, "RUS", "FRA"),
    ("Frankreich und Russland wollen im Kampf gegen die Terrormiliz Islamischer Staat (IS) enger zusammenarbeiten.",
     "COOPERATE", None, "FRA", "RUS"),
    ("Russland und der Iran unterstützen Assad militärisch.", "SUPPORT", None, "IRN", "SYR"),
])
def test_type_and_roles(ctx: Context, text: str, type_: str, mode: str | None, source: str, target: str | None) -> None:
    event = only(extract(ctx, text), type_)
    if mode:
        assert event.mode == mode
    assert source in {a.country for a in event.source}
    if target:
        assert target in {a.country for a in event.target}


@pytest.mark.parametrize("text", [
    "Syriens Machthaber al-Assad ist in Moskau eingetroffen.",
    "Russlands Präsident Wladimir Putin hat Damaskus besucht.",
])
def test_a_genitive_state_before_a_person_is_not_a_second_actor(ctx: Context, text: str) -> None:
    event = only(extract(ctx, text), "CONSULT")
    assert [a.kind for a in event.source] == ["person"]


def test_a_state_acting_militarily_is_coded_mil(ctx: Context) -> None:
    event = only(extract(ctx, "Frankreich fliegt Luftangriffe auf Stellungen der IS-Miliz in Syrien."), "ASSAULT")
    assert [(a.country, a.sector) for a in event.source] == [("FRA", "MIL")]


def test_date_from_the_sentence_else_the_publication_date(ctx: Context) -> None:
    dated = only(extract(ctx, "Im Dezember 2017 besuchte Putin den Stützpunkt Hamaimim und traf Assad.", "2020-01-07"), "CONSULT")
    assert dated.date.value == "2017-12"
    today = only(extract(ctx, "Putin hat Assad in Damaskus getroffen.", "2020-01-07"), "CONSULT")
    assert today.date.value == "2020-01-07" and today.date.evidence == "publication date"


def test_place_of_the_event(ctx: Context) -> None:
    event = only(extract(ctx, "Putin traf Assad am Dienstag in Damaskus."), "CONSULT")
    assert event.location is not None and event.location.country == "SYR"


@pytest.mark.parametrize(("text", "modality"), [
    ("Putin traf Assad nicht.", "negated"),
    ("Putin will Assad in Damaskus treffen.", "future"),
    ("Putin traf Assad in Damaskus.", "asserted"),
])
def test_modality(ctx: Context, text: str, modality: str) -> None:
    assert only(extract(ctx, text), "CONSULT").modality == modality


def test_the_speaker_of_a_demand_is_its_source(ctx: Context) -> None:
    event = only(extract(ctx, "Assad müsse gehen, sagte der französische Präsident.", "2015-11-26"), "REQUEST")
    assert [a.id for a in event.source] == ["Q157"] and [a.id for a in event.target] == ["Q44329"]
    assert event.attribution == "François Hollande"


def test_sentences_without_actors_or_triggers_give_no_event(ctx: Context) -> None:
    assert extract(ctx, "Das Wetter in Damaskus war am Dienstag sonnig.") == []
    assert extract(ctx, "Die Angriffe gehen weiter.") == []


def test_evidence_offsets_point_into_the_text(ctx: Context) -> None:
    text = "Vorher war es ruhig. Putin hat Assad in Damaskus getroffen."
    article = analyse(ctx, text)
    event = only(events(article, ctx).events, "CONSULT")
    assert text[event.start:event.end] == "Putin hat Assad in Damaskus getroffen."
    assert event.trigger == "getroffen"


@pytest.mark.parametrize(("text", "not_a_party"), [
    ("Assads Besuch in Moskau war nach Angaben syrischer Staatsmedien die erste Reise ins Ausland.", "MED"),
    ("Laut Quellen der Financial Times hat Russland Soldaten nach Syrien verlegt.", "MED"),
    ("Wie die FT feststellt, ist HTS bereit, mit Moskau zusammenzuarbeiten.", "MED"),
])
def test_the_source_of_a_report_is_not_a_party_to_the_event(ctx: Context, text: str, not_a_party: str) -> None:
    found = extract(ctx, text, "2024-12-16")
    assert found, "the event itself is still found"
    assert all(a.sector != not_a_party for e in found for a in e.source + e.target), [
        (e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in found]


@pytest.mark.parametrize(("text", "start", "end"), [
    # "Ende September": the last third of the month
    ("Frankreich fliegt seit Ende September Luftangriffe auf Stellungen der IS-Miliz in Syrien.", "2015-09-21", "2015-09-30"),
    ("Frankreich flog Anfang Oktober Luftangriffe auf Stellungen der IS-Miliz in Syrien.", "2015-10-01", "2015-10-10"),
    # a reported event of "this week" does not end after the report
    ("Hollande hat sich in dieser Woche mit den USA abgestimmt.", "2015-11-23", "2015-11-26"),
    # a planned one may
    ("Putin will Assad in dieser Woche in Damaskus treffen.", "2015-11-23", "2015-11-29"),
])
def test_event_dates_follow_the_time_expression(ctx: Context, text: str, start: str, end: str) -> None:
    found = [e for e in extract(ctx, text, "2015-11-26") if e.date]
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in found][:1] == [(start, end)]


def test_coordinated_subjects_are_all_sources(ctx: Context) -> None:
    event = only(extract(ctx, "Russland, die Türkei und der Iran unterstützen Assad."), "SUPPORT")
    assert [a.country for a in event.source] == ["RUS", "TUR", "IRN"]


def test_an_actor_outside_a_noun_phrase_is_not_its_target(ctx: Context) -> None:
    found = extract(ctx, "Die Rückeroberung der Oasenstadt Palmyra durch die Terrormiliz Islamischer Staat (IS) "
                         "führte Putin auf mangelnde Koordination zurück.", "2016-12-16")
    assert not [e for e in found if e.type == "ASSAULT" and any(a.country == "RUS" for a in e.target)]


def test_the_two_of_them_are_the_last_two_persons_named(ctx: Context) -> None:
    found = extract(ctx, "Kremlsprecher Dmitri Peskow sagte, Putin sei in Damaskus gelandet und mit Assad "
                         "zusammengekommen. Die beiden Präsidenten hätten sich auf einem Kommandoposten getroffen.")
    met = [e for e in found if e.trigger == "getroffen"]
    assert len(met) == 1 and {a.id for a in met[0].source + met[0].target} == {"Q7747", "Q44329"}
