"""Merging event mentions into canonical events, and the export contract of a canonical event."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.export import EVENT_KEYS, canonical_modality, event_record, mention_from_dict, mention_to_dict
from chronik.merge import Reported, canonical_date, merge_into
from chronik.model import PUBLICATION_EVIDENCE, Actor, DateClaim, EventMention, Place

PUTIN = Actor("Q7747", "Wladimir Putin", "RUS", "GOV", ["Putin"])
ASSAD = Actor("Q44329", "Baschar al-Assad", "SYR", "GOV", ["Assad"])
KREMLIN = Actor("Q159", "Russland", "RUS", "GOV", [], "state")
DAMASKUS = Place("Damaskus", 170654, 33.51, 36.29, "SYR", "gn:170654")


def visit(date: str | None = "2020-01-07", source=(PUTIN,), target=(ASSAD,), type_: str = "CONSULT") -> EventMention:
    return EventMention(type_, 0, 0, 50, "besucht", "visit", list(source), list(target),
                        DateClaim.from_value(date) if date else None, DAMASKUS, confidence=0.8)


def reported(article: str, event: EventMention, seq: int = 0, published: str | None = None) -> Reported:
    return Reported(article, f"{article}.txt", seq, event, dt.date.fromisoformat(published) if published else None)


def aid(date: str | None, mode: str | None, target=(ASSAD,)) -> EventMention:
    return EventMention("AID", 0, 0, 10, "Asyl", mode, [KREMLIN], list(target),
                        DateClaim.from_value(date) if date else None, confidence=0.7)


def test_the_same_visit_in_three_articles_is_one_event() -> None:
    events = merge_into([], [reported("a", visit()), reported("b", visit("2020-01")), reported("c", visit("2020", (KREMLIN,)))])
    assert len(events) == 1 and events[0].num_articles == 3
    assert events[0].date().value == "2020-01-07"  # the most precise consistent date


def test_an_undated_report_of_an_undated_article_joins_an_event_of_its_own_article_first() -> None:
    events = merge_into([], [reported("a", visit("2020-01-07")), reported("a", visit("2017-12-11"), 1),
                             reported("a", visit(None), 2), reported("b", visit(None))])
    assert sorted(e.num_articles for e in events) == [1, 1, 1] and sorted(len(e.mentions) for e in events) == [1, 1, 2]


def test_a_visit_s_reports_are_turned_its_way_by_country() -> None:
    """"Assads Reise nach Russland" anchors the visit; "empfing Putin seinen syrischen Verbündeten" shares no
    actor with it and is turned its way by country."""
    russia = Actor("Q159", "Russland", "RUS", "GOV", [], "state")
    sochi, moscow = visit("2017-11-20", (ASSAD,), (PUTIN,)), visit("2015-10-20", (ASSAD,), (PUTIN,))
    trip = visit("2017-11-20", (ASSAD,), (russia,))
    received = visit("2017-11-20", (PUTIN,), (Actor.group("SYR", "MIL"),))  # "empfing … seinen syrischen Verbündeten"
    events = merge_into([], [reported("a", sochi), reported("b", moscow), reported("c", received),
                             reported("c", trip, 1, published="2017-11-21")])
    [joined] = [e for e in events if len(e.mentions) == 3]
    source, target = joined.sides()
    assert {a.country for a in source} == {"SYR"} and {a.id for a in target} == {"Q7747", "Q159"}


@pytest.mark.parametrize(("known", "report", "joins", "why"), [
    (["2020-01-07"], visit(None), True, "the one dated visit of Putin to Assad in Damaskus"),
    (["2017-12-11", "2020-01-07"], visit(None), False, "two visits fit: any may be meant"),
    (["2020-01-07"], visit(None, source=(KREMLIN,)), False, "states alone recur in too many happenings"),
    (["2020-01-07"], replace(visit(None), location=Place("Sotschi", 491422, 43.6, 39.73, "RUS", "gn:491422")), False,
     "another place"),
    (["2020-01-07"], replace(visit(None), mode="meet"), False, "another mode"),
])
def test_an_undated_report_of_an_article_of_unknown_date_joins_only_an_unambiguous_event(known, report, joins, why) -> None:
    """"Russland hatte Assad und seiner Familie Asyl gewährt" in an article without any date: the asylum."""
    dated = [reported(f"k{i}", visit(day)) for i, day in enumerate(known)]
    events = merge_into([], [*dated, reported("new", report)])
    assert (len(events) == len(known)) == joins, why


def test_an_undated_report_joins_the_one_known_event_it_can_mean() -> None:
    """"Der Kreml hatte den Einsatz mit einer Bitte Assads begründet": the request reported the day before."""
    events = merge_into([], [reported("b", visit(None), published="2020-01-09"), reported("a", visit())])
    assert len(events) == 1 and events[0].num_articles == 2 and events[0].date().value == "2020-01-07"


@pytest.mark.parametrize(("known", "published", "why"), [
    (["2017-12-11", "2020-01-07"], "2020-02-01", "two visits fit: ambiguous"),
    (["2020-01-07"], "2019-12-01", "the visit began after the article appeared"),
])
def test_an_undated_report_stays_apart_when_it_cannot_be_placed(known, published, why) -> None:
    dated = [reported(f"k{i}", visit(day)) for i, day in enumerate(known)]
    events = merge_into([], [*dated, reported("new", visit(None), published=published)])
    assert len(events) == len(known) + 1, why


def test_an_undated_report_needs_a_named_actor_on_the_same_side() -> None:
    rebels, army = Actor.group("SYR", "REB"), Actor.group("SYR", "MIL")
    known = reported("a", visit("2024-12-08", (rebels,), (army,), "ASSAULT"))
    events = merge_into([], [known, reported("b", visit(None, (army,), (rebels,), "ASSAULT"), published="2024-12-20")])
    assert len(events) == 2


@pytest.mark.parametrize(("known_target", "merged"), [((), False), ((Actor("Q212", "Ukraine", "UKR", "GOV", kind="state"),), True)])
def test_an_undated_report_names_no_side_the_event_leaves_empty(known_target: tuple, merged: bool) -> None:
    """"Zuvor hatte Russland über Monate Soldaten an den Grenzen zur Ukraine zusammengezogen" (2022) is not
    Russia's deployment near Latakia (2015), whose reports named no target."""
    ukraine = Actor("Q212", "Ukraine", "UKR", "GOV", kind="state")
    known = reported("a", visit("2015-09", (KREMLIN,), known_target, "MOBILIZE"))
    events = merge_into([], [known, reported("b", visit(None, (KREMLIN,), (ukraine,), "MOBILIZE"), published="2022-02-24")])
    assert (len(events) == 1) is merged


@pytest.mark.parametrize(("second", "merged"), [
    ((("SYR", "GOV"), ("SYR", "REB")), True),  # "Sie war von Moskau und Ankara ausgehandelt worden"
    ((("SYR", "REB"), ("SYR", "GOV")), True),  # an agreement may be told from either side
    ((("SYR", "GOV"), ("SYR", "OPP")), False),  # another party
    ((("SYR", "GOV"),), False),  # one side only
])
def test_an_undated_report_naming_only_groups_needs_the_same_groups(second: tuple, merged: bool) -> None:
    government, rebels = Actor.group("SYR", "GOV"), Actor.group("SYR", "REB")
    known = reported("a", visit("2016-12-29", (government,), (rebels,), "AGREE"))
    sides = [[Actor.group(*pair)] for pair in second] + [[]]
    events = merge_into([], [known, reported("b", visit(None, sides[0], sides[1], "AGREE"), published="2017-01-24")])
    assert (len(events) == 1) is merged


def test_an_undated_report_by_a_leader_joins_his_state_s_act() -> None:
    """"Erdogan lehnte es ab, sich für den Abschuss des russischen Kampfjets zu entschuldigen"."""
    turkey, erdogan = Actor("Q43", "Türkei", "TUR", "GOV", kind="state"), Actor("Q39723", "Erdoğan", "TUR", "GOV")
    jets = Actor.group("RUS", "MIL")
    shot = reported("a", visit("2015-11-24", (turkey,), (jets,), "ASSAULT"))
    events = merge_into([], [shot, reported("b", visit(None, (erdogan,), (jets,), "ASSAULT"), published="2015-11-27")])
    assert len(events) == 1 and events[0].num_articles == 2


def test_the_mode_narrows_what_an_undated_report_means() -> None:
    """Russia's help (2015, no mode) and Assad's asylum (2024): "wo ihm Asyl gewährt wurde" is the asylum."""
    events = merge_into([], [reported("a", aid("2015-09-30", None)), reported("b", aid("2024-12-08", "asylum")),
                             reported("c", aid(None, "asylum"), published="2025-01-28")])
    [asylum] = [e for e in events if e.num_articles == 2]
    assert asylum.date().value == "2024-12-08"


def _seized(date: str | None, partial: str | None = None, target=None) -> EventMention:
    """"… nachdem Rebellen unter Führung von HTS am 8. Dezember Damaskus eingenommen hatten"."""
    hts = Actor("kb:hayat-tahrir-al-sham", "Hayat Tahrir al-Scham", "SYR", "REB", kind="org")
    return EventMention("COERCE", 0, 0, 10, "eingenommen", None, [Actor.group("SYR", "REB"), hts],
                        list(target or (Actor("Q858", "Syrien", "SYR", "GOV", kind="state"),)),
                        DateClaim.from_value(date) if date else None, DAMASKUS, confidence=0.8, partial_date=partial)


@pytest.mark.parametrize(("known", "partial", "target", "joins", "why"), [
    (["2024-12-08"], "XXXX-12-08", None, True, "the one event of that day"),
    (["2024-12-09"], "XXXX-12-08", None, False, "another day"),
    (["2016-12-08", "2024-12-08"], "XXXX-12-08", None, False, "two years fit: ambiguous"),
    (["2024-12"], "XXXX-12-08", None, False, "a month, not the day"),
    (["2024-12-08"], None, None, True, "no day at all: the one dated event with both its sides (timeless match)"),
    (["2024-12-08"], "XXXX-12-08", (Actor.group("SYR", "GOV"),), False, "a side agrees only by its country"),
])
def test_a_report_of_unknown_year_joins_the_one_event_of_its_day(known, partial, target, joins, why) -> None:
    dated = [reported(f"k{i}", _seized(day)) for i, day in enumerate(known)]
    events = merge_into([], [*dated, reported("new", _seized(None, partial, target))])
    assert (len(events) == len(known)) == joins, why


@pytest.mark.parametrize(("source", "target", "joins"), [
    ((KREMLIN,), (Actor.group("SYR", "GOV"),), True),  # "Moskau verhandelt mit der neuen Führung in Damaskus"
    ((KREMLIN,), (), False),  # "Russland hatte Truppen verlegt": a state alone recurs in too many happenings
    ((Actor.group("RUS", "OPP"),), (Actor.group("SYR", "GOV"),), False),  # two unnamed groups
])
def test_an_undated_report_without_a_person_joins_only_with_both_sides_named(source, target, joins) -> None:
    dated = reported("a", visit("2024-12-08", (KREMLIN, Actor.group("RUS", "OPP")), (Actor.group("SYR", "GOV"),)))
    undated = reported("b", visit(None, source, target))
    events = merge_into([], [dated, undated])
    assert (len(events) == 1) == joins


def test_a_partial_date_round_trips_through_json() -> None:
    event = _seized(None, "XXXX-12-08")
    assert mention_from_dict(mention_to_dict(event)) == event


ALEPPO = Place("Aleppo", 170063, 36.2, 37.16, "SYR", "gn:170063")


def test_opposite_sides_of_a_civil_war_at_one_place_are_two_acts() -> None:
    """"Die Armee bombardierte Aleppo" and "Rebellen nahmen Aleppo ein": both SYR, not one happening."""
    army, rebels, state = Actor.group("SYR", "MIL"), Actor.group("SYR", "REB"), Actor("Q858", "Syrien", "SYR", "GOV")
    bombed = EventMention("ASSAULT", 0, 0, 9, "bombardierte", None, [army], [rebels], DateClaim.from_value("2016-12"), ALEPPO)
    taken = EventMention("COERCE", 0, 0, 9, "nahmen ein", None, [rebels], [state], DateClaim.from_value("2016-12"), ALEPPO)
    assert len(merge_into([], [reported("a", bombed), reported("b", taken)])) == 2


@pytest.mark.parametrize(("second_place", "merged"), [(ALEPPO, True), (DAMASKUS, False), (None, False)])
def test_a_place_seized_and_a_place_attacked_are_one_happening_at_the_same_place(second_place, merged) -> None:
    """"eroberten den Osten Aleppos zurück" (ASSAULT) and "brachten Aleppo unter ihre Kontrolle" (COERCE)."""
    army, rebels = Actor.group("SYR", "MIL"), Actor.group("SYR", "REB")
    retaken = EventMention("ASSAULT", 0, 0, 9, "zurückerobert", None, [army], [rebels],
                           DateClaim.from_value("2016-12"), ALEPPO)
    control = EventMention("COERCE", 0, 0, 9, "Kontrolle", None, [army], [rebels],
                           DateClaim.from_value("2016-12-22"), second_place)
    events = merge_into([], [reported("a", retaken), reported("b", control)])
    assert (len(events) == 1) is merged


def test_a_vaguer_report_joins_the_event_most_articles_report() -> None:
    """"Bereits im März 2016 hatte Putin einen Teilabzug verkündet": the withdrawal of 14 March that three
    articles report, not the first jets leaving the next day, reported once (whatever the input order)."""
    ordered = [reported("x", visit("2016-03")), reported("a", visit("2016-03-15")),
               reported("b", visit("2016-03-14")), reported("c", visit("2016-03-14"))]
    for batch in (ordered, ordered[::-1]):
        events = merge_into([], batch)
        [vague_home] = [e for e in events if any(r.article_id == "x" for r in e.mentions)]
        assert vague_home.date().value == "2016-03-14" and vague_home.num_articles == 3


def test_known_modes_that_differ_are_other_acts() -> None:
    events = merge_into([], [reported("a", aid("2015-09-30", "military")), reported("b", aid("2015-09-30", "asylum"))])
    assert len(events) == 2


def _consult(mode: str | None, date: str = "2017-11") -> EventMention:
    return EventMention("CONSULT", 0, 0, 10, "telefonierte", mode, [PUTIN], [ASSAD], DateClaim.from_value(date), confidence=0.7)


@pytest.mark.parametrize(("first", "second", "merged"), [
    ("visit", "meet", True),   # "ist nach Sotschi gereist" / "trafen sich am Montag in Sotschi"
    ("meet", "phone", False),  # "Am Dienstag telefonierte Putin mit Trump, um ihn über die Gespräche mit Assad zu unterrichten"
    ("phone", "visit", False),
    ("phone", None, True),     # "Putin sprach mit Assad": no mode, no contradiction
    ("visit", "third-party", False),  # "hat bei der Annäherung der USA und Kubas vermittelt": not his visit
    ("meet", "third-party", True),    # talks a mediator leads, reported as a meeting of the sides
])
def test_a_phone_call_is_never_the_meeting_it_reports_on(first, second, merged) -> None:
    events = merge_into([], [reported("a", _consult(first, "2017-11-20")), reported("b", _consult(second))])
    assert (len(events) == 1) is merged


def test_a_body_meeting_among_its_members_keeps_it_on_both_sides() -> None:
    nato = Actor("Q7184", "Nato", None, "IGO", kind="organisation")
    among = merge_into([], [reported("a", visit(source=(nato,), target=(nato,)))])[0]
    swapped = merge_into([], [reported("a", visit()), reported("b", visit(source=(ASSAD,), target=(PUTIN,)))])[0]
    assert [a.id for a in among.side("target")] == [nato.id]
    assert swapped.side("target") == []  # a side named either way is not repeated: both are sources


def test_symmetric_events_merge_with_sides_swapped() -> None:
    events = merge_into([], [reported("a", visit()), reported("b", visit(source=(ASSAD,), target=(PUTIN,)))])
    assert len(events) == 1


def test_other_dates_types_or_actors_are_other_events() -> None:
    events = merge_into([], [reported("a", visit()), reported("b", visit("2017-12-11")),
                             reported("c", visit(type_="ASSAULT")), reported("d", visit(target=(Actor("x", "X", "TUR", "GOV"),)))])
    assert len(events) == 4


def test_two_accusations_between_other_people_of_one_state_stay_apart() -> None:
    # "Pröll hält Faymann vor …" and "Ostermayer gibt Mitterlehner die Schuld": a shared country does not make
    # two persons one side; a state and its leader still are
    def person(key: str) -> Actor:
        return Actor(f"kb:{key}", key.title(), "AUT", "GOV", [], "person")

    def accuse(source: Actor, target: Actor) -> EventMention:
        return replace(visit(source=(source,), target=(target,), type_="ACCUSE"), mode=None, location=None)
    apart = merge_into([], [reported("a", accuse(person("proell"), person("faymann"))),
                            reported("a", accuse(person("ostermayer"), person("mitterlehner")), seq=1)])
    assert len(apart) == 2
    state = Actor("Q40", "Österreich", "AUT", "GOV", [], "state")
    together = merge_into([], [reported("a", accuse(person("proell"), person("faymann"))),
                               reported("b", accuse(state, person("faymann")))])
    assert len(together) == 1


@pytest.mark.parametrize(("first", "second"), [
    # the Greens' and the SPÖ manager's criticism of one minister are two acts (article 251's kind)
    (Actor("kb:gruene-oesterreich", "Die Grünen", "AUT", "PTY", [], "organisation"),
     Actor("per:gerhard-schmid", "Gerhard Schmid", "AUT", "PTY", [], "person")),
    # a union chief and a party
    (Actor("kb:erich-foglar", "Erich Foglar", "AUT", "CVL", [], "person"),
     Actor("kb:fpoe", "FPÖ", "AUT", "PTY", [], "organisation")),
])
def test_critics_of_one_minister_outside_the_state_stay_apart(first: Actor, second: Actor) -> None:
    schelling = Actor("kb:hans-joerg-schelling", "Hans Jörg Schelling", "AUT", "GOV", [], "person")

    def accuse(source: Actor) -> EventMention:
        return replace(visit(None, source=(source,), target=(schelling,), type_="ACCUSE"), mode=None, location=None)
    assert len(merge_into([], [reported("a", accuse(first)), reported("a", accuse(second), seq=1)])) == 2


def test_a_ministry_and_its_minister_are_still_one_side() -> None:
    ministry = Actor("kb:bmi", "Innenministerium", "AUT", "GOV", [], "organisation")
    minister = Actor("kb:mikl", "Johanna Mikl-Leitner", "AUT", "GOV", [], "person")
    strache = Actor("kb:strache", "Heinz-Christian Strache", "AUT", "PTY", [], "person")

    def reject(source: Actor) -> EventMention:
        return replace(visit(None, source=(source,), target=(strache,), type_="REJECT"), mode=None, location=None)
    assert len(merge_into([], [reported("a", reject(ministry)), reported("a", reject(minister), seq=1)])) == 1


def _published_on(day: str) -> EventMention:
    """A report whose day is only its article's publication day ("Russische Truppen rückten auf Kiew vor")."""
    event = visit(None)
    event.date = DateClaim.from_value(day, PUBLICATION_EVIDENCE)
    return event


def _text_dated(day: str) -> EventMention:
    event = visit(None)
    event.date = DateClaim.from_value(day, "text: 'Donnerstag'")
    return event


@pytest.mark.parametrize(("first", "second", "merged", "date"), [
    # news reports yesterday's act: a publication day may be the day before
    (_text_dated("2022-02-24"), _published_on("2022-02-25"), True, "2022-02-24"),
    (_published_on("2022-02-25"), _text_dated("2022-02-24"), True, "2022-02-24"),
    (_published_on("2022-02-24"), _published_on("2022-02-25"), True, "2022-02-24"),
    # a time expression's day is no guess, and one day is all the slack
    (_text_dated("2022-02-24"), _text_dated("2022-02-25"), False, None),
    (_text_dated("2022-02-23"), _published_on("2022-02-25"), False, None),
    (_published_on("2022-02-25"), _text_dated("2022-02-26"), False, None),
])
def test_a_day_known_only_from_publication_may_be_the_day_before(first, second, merged, date) -> None:
    events = merge_into([], [reported("a", first), reported("b", second)])
    assert (len(events) == 1) == merged
    if merged:
        assert events[0].date().value == date


def test_merging_is_incremental_and_idempotent() -> None:
    first = merge_into([], [reported("a", visit())])
    again = merge_into(first, [reported("b", visit()), reported("a", visit())])
    assert [e.id for e in again] == [first[0].id] and again[0].num_articles == 2 and len(again[0].mentions) == 2


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["2020", "2020-01", "2020-01-07", "2020-W02", "2020-01-08"]), min_size=1, max_size=5))
def test_canonical_date_lies_inside_every_wider_date_or_is_the_widest(values: list[str]) -> None:
    """Disagreeing days (07 vs 08) fall back to the most precise date they both lie in (2020-01)."""
    dates = [DateClaim.from_value(v) for v in values]
    chosen = canonical_date(dates)
    assert chosen in dates
    wider = [d for d in dates if d.end - d.start >= chosen.end - chosen.start and d is not chosen]
    widest = max(d.end - d.start for d in dates)
    assert all(d.start <= chosen.start and chosen.end <= d.end for d in wider) or chosen.end - chosen.start == widest


def test_export_record_has_exactly_the_contract_shape() -> None:
    event = merge_into([], [reported("a", visit()), reported("b", visit())])[0]
    record = event_record(event, {("a", 0): "Putin besuchte Assad in Damaskus.", ("b", 0): "…"})
    assert tuple(record) == EVENT_KEYS
    assert record["id"].startswith("ev_")
    assert record["source"] == [{"id": "Q7747", "name": "Wladimir Putin", "country": "RUS", "sector": "GOV", "aliases": ["Putin"]}]
    assert record["date"] == {"value": "2020-01-07", "start": "2020-01-07", "end": "2020-01-07", "precision": "day"}
    assert record["location"] == {"name": "Damaskus", "geonames_id": 170654, "lat": 33.51, "lon": 36.29, "country": "SYR"}
    assert record["mentions"][0] == {"doc": "a.txt", "sentence": "Putin besuchte Assad in Damaskus.", "start": 0,
                                     "end": 50, "trigger": "besucht"}
    assert (record["modality"], record["num_articles"], record["confidence"]) == ("asserted", 2, 0.8)


def test_event_mentions_round_trip_through_json() -> None:
    event = visit()
    assert mention_from_dict(mention_to_dict(event)) == event


def test_stories_join_articles_of_a_common_event_published_close_together() -> None:
    from chronik.chronicle import stories

    def article(ident: str, day: str | None) -> dict:
        published = {"value": day, "start": day, "end": day, "precision": "day"} if day else None
        return {"id": ident, "source": f"{ident}.txt", "title": ident.upper(), "published": published}

    articles = {a["id"]: a for a in [article("a", "2020-01-07"), article("b", "2020-01-08"), article("c", "2020-01-09"),
                                     article("d", "2023-05-01"), article("e", None)]}
    links = [("ev1", "a"), ("ev1", "b"), ("ev2", "b"), ("ev2", "c"), ("ev1", "d"), ("ev1", "e")]
    found = stories(links, articles)
    assert [[a["id"] for a in s["articles"]] for s in found] == [["a", "b", "c"]]
    assert (found[0]["start"], found[0]["end"], found[0]["title"]) == ("2020-01-07", "2020-01-09", "A")


def test_the_government_and_the_opposition_of_one_country_are_two_sides() -> None:
    """"Erdoğan warf Demirtaş vor …" and "Demirtaş warf der PKK vor …" in one article: both TUR, two acts."""
    erdogan = Actor("Q39723", "Recep Tayyip Erdoğan", "TUR", "GOV")
    demirtas = Actor("per:demirtas", "Demirtaş", "TUR", "OPP", kind="person")
    pkk = Actor("kb:pkk", "PKK", "TUR", "REB")
    first = EventMention("ACCUSE", 0, 0, 9, "vorgeworfen", None, [erdogan], [demirtas], None)
    second = EventMention("ACCUSE", 1, 10, 19, "warf vor", None, [demirtas], [pkk], None)
    assert len(merge_into([], [reported("a", first), reported("a", second, 1)])) == 2
    # the government and its forces are still one side
    army = Actor.group("TUR", "MIL")
    third = EventMention("ACCUSE", 2, 20, 29, "warf vor", None, [army], [demirtas], None)
    assert len(merge_into([], [reported("a", first), reported("a", third, 1)])) == 1


def _reference(day: str, place: Place | None = DAMASKUS, type_: str = "CONSULT") -> EventMention:
    """"Einen Tag nach dem Treffen von Damaskus": the act named only by its noun and place."""
    return EventMention(type_, 0, 0, 50, "Treffen", None, [], [], DateClaim.from_value(day, PUBLICATION_EVIDENCE),
                        place, reference=True)


@pytest.mark.parametrize(("known", "reference", "joins"), [
    ([visit("2020-01-07")], _reference("2020-01-08"), True),
    ([visit("2020-01-07")], _reference("2020-01-08", place=None), False),  # no place: nothing to name
    ([visit("2020-01-07")], _reference("2020-01-08", type_="ASSAULT"), False),  # another type
    ([visit("2020-01-07")], _reference("2020-02-08"), False),  # another time
    ([visit("2020-01-07"), visit("2020-01-07", target=(KREMLIN,))], _reference("2020-01-08"), False),  # ambiguous
    ([], _reference("2020-01-08"), False),  # nothing known: a reference founds no event
])
def test_a_reference_joins_the_one_act_it_names_or_is_dropped(known, reference, joins) -> None:
    existing = merge_into([], [reported(f"k{i}", e, i) for i, e in enumerate(known)])
    touched = merge_into(existing, [reported("ref", reference)])
    assert any(r.article_id == "ref" for e in touched for r in e.mentions) == joins
    assert all(e.mentions and not all(r.event.reference for r in e.mentions) for e in touched)



def test_a_reference_joins_the_act_its_batch_places_after_it() -> None:
    """The article of the day after, read first, names "die Friedensgespräche in Genf": the talks reported
    later in the same batch are placed first, so the reference finds them."""
    talks = replace(_reference("2020-01-07"), date=DateClaim.from_value("2020-01-07"))  # "die am Montag begonnen hatten"
    events = merge_into([], [reported("a", talks), reported("b", visit("2020-01-07"))])
    assert len(events) == 1 and events[0].num_articles == 2


def test_a_batch_of_dropped_references_writes_nothing(tmp_path, ctx) -> None:
    """An article whose only event mention refers to an act no stored event holds is stored with no event."""
    from chronik.chronicle import EventFilter
    from chronik.runner import run
    from chronik.store.repository import Store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Minsk, 13.02.2015\n\nEinen Tag nach der Einigung von Minsk bleibt die Lage "
                                  "in der Ostukraine angespannt.\n", encoding="utf-8")
    store = Store.open(str(tmp_path / "r.db"))
    try:
        report = run([str(folder)], store, ctx)
        assert report.new == 1 and store.event_records(EventFilter()) == []
    finally:
        store.close()


HOLLANDE = Actor("Q729", "François Hollande", "FRA", "GOV", ["Hollande"])
CAMERON = Actor("Q192", "David Cameron", "GBR", "GOV", ["Cameron"])


def test_a_meeting_reported_from_both_ends_keeps_a_target() -> None:
    """"Nach einem Treffen mit Hollande kündigte Putin an …", "Nach dem Treffen von Hollande mit Putin …"."""
    events = merge_into([], [reported("a", visit("2015-11-26", (PUTIN,), (HOLLANDE,))),
                             reported("b", visit("2015-11-26", (HOLLANDE,), (PUTIN,)))])
    assert len(events) == 1
    assert [a.id for a in events[0].side("target")] == []  # matching sees both parties on both sides
    source, target = events[0].sides()
    assert ([a.id for a in source], [a.id for a in target]) == (["Q7747"], ["Q729"])


def test_a_meeting_with_other_parties_is_another_meeting() -> None:
    """Hollande with Cameron is not Hollande with Putin, even when both reports of the latter named each party
    on both sides (so that the event's target side is empty)."""
    meeting = merge_into([], [reported("a", visit("2015-11-26", (PUTIN,), (HOLLANDE,))),
                              reported("b", visit("2015-11-26", (HOLLANDE,), (PUTIN,)))])
    events = merge_into(meeting, [reported("a", visit(None, (HOLLANDE,), (CAMERON,)), seq=3)])
    assert len(events) == 1 and len(events[0].mentions) == 1


def test_a_stored_event_is_found_by_the_day_without_a_year(tmp_path, ctx) -> None:
    """An article of unknown year, stored in a later batch, joins the stored event of the day it names."""
    from chronik.chronicle import EventFilter
    from chronik.runner import run
    from chronik.store.repository import Store

    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "2024-12-08-sturz.txt").write_text(
        "Damaskus, 08.12.2024\n\nKämpfer unter Führung der Gruppe Hayat Tahrir al-Scham (HTS) haben am "
        "Sonntag die Hauptstadt Damaskus eingenommen.\n", encoding="utf-8")
    (second / "abzug.txt").write_text(
        "Russland zieht Soldaten ab\n\nRussland hatte Assad Asyl gewährt, nachdem Rebellen unter Führung von HTS "
        "am 8. Dezember Damaskus eingenommen hatten.\n", encoding="utf-8")
    store = Store.open(str(tmp_path / "r.db"))
    try:
        run([str(first)], store, ctx)
        run([str(second)], store, ctx)
        seized = [r for r in store.event_records(EventFilter()) if r["type"] in ("COERCE", "ASSAULT")]
        assert [(r["num_articles"], r["date"]["value"]) for r in seized] == [(2, "2024-12-08")]
    finally:
        store.close()


@pytest.mark.parametrize(("readings", "expected"), [
    # Two readings each: the surer one wins, not the first ("kurz vor dem Besuch", 0.65, against "wird am
    # Sonntag zu einem dreitägigen Besuch in Hanoi erwartet", 0.7).
    ([("asserted", 0.65), ("future", 0.7)], "future"),
    # "will seinen ersten Besuch in den USA … nutzen" against "war bereits am Dienstag in den USA eingetroffen".
    ([("future", 0.7), ("asserted", 0.8), ("future", 0.65), ("asserted", 0.8)], "asserted"),
    # Equally sure: the report that it happens ("Russland bemüht sich um eine Waffenruhe") over the plan.
    ([("future", 0.7), ("asserted", 0.7)], "asserted"),
    # A majority stays a majority.
    ([("future", 0.5), ("future", 0.55), ("asserted", 0.55)], "future"),
])
def test_canonical_modality_breaks_ties_by_the_surest_mention(readings, expected):
    mentions = [replace(visit(), modality=m, confidence=c) for m, c in readings]
    assert canonical_modality(mentions) == expected


OBAMA = Actor("Q76", "Barack Obama", "USA", "GOV", ["Obama"])
XI = Actor("Q15031", "Xi Jinping", "CHN", "GOV", ["Xi"])
USA = Actor("Q30", "USA", "USA", "GOV", kind="state")


def test_a_visit_to_a_state_is_exported_from_the_visitor_to_the_host() -> None:
    """"Xi … seinen ersten Besuch in den USA", "Obama … bei seinem Treffen mit Xi": the host's report is turned
    round for output, so Obama is not a source; matching still sees the plain union of the reports."""
    events = merge_into([], [reported("a", visit("2015-09-25", (XI,), (USA,))),
                             reported("a", replace(visit("2015-09-25", (OBAMA,), (XI,)), mode="meet"), 1)])
    assert len(events) == 1
    source, target = events[0].sides()
    assert ([a.id for a in source], [a.id for a in target]) == (["Q15031"], ["Q30", "Q76"])
    assert {a.id for a in events[0].side("source")} == {"Q15031", "Q76"}


def test_a_visitor_received_by_the_crowd_stays_the_source() -> None:
    """"Franziskus wurde … von zehntausenden Menschen empfangen" (the crowd as the subject of a visit report)
    with "Besuch von Papst Franziskus in Kuba": the crowd goes to the host's side."""
    pope, cuba, crowd = Actor("Q450675", "Franziskus", "VAT", "GOV"), Actor("Q241", "Kuba", "CUB", "GOV", kind="state"), \
        Actor.group("CUB", "CVL")
    events = merge_into([], [reported("a", visit("2015-09-21", (pope,), (cuba,))),
                             reported("a", replace(visit("2015-09-21", (crowd,), (pope,)), confidence=0.65), 1)])
    source, target = events[0].sides()
    assert ([a.id for a in source], [a.id for a in target]) == (["Q450675"], ["Q241", crowd.id])


def test_a_visit_naming_only_persons_keeps_the_union() -> None:
    """No report names a state as the visited party ("Putin empfing Assad" and "Assad traf Putin"): the event
    has no known direction, so the sides are the union (turned the way of the best report when that leaves no
    target)."""
    events = merge_into([], [reported("a", visit("2020-01-07", (PUTIN,), (ASSAD,))),
                             reported("a", replace(visit("2020-01-07", (ASSAD,), (PUTIN,)), confidence=0.7), 1)])
    source, target = events[0].sides()
    assert ([a.id for a in source], [a.id for a in target]) == (["Q7747"], ["Q44329"])


def test_an_undated_report_joins_the_event_its_own_article_reports_with_others() -> None:
    """"Es war Assads zweite Reise nach Russland" joins the visit its own article dated, also once another
    article's report of that visit has joined it."""
    events = merge_into([], [reported("a", visit("2017-11-20", (ASSAD,), (PUTIN,))),
                             reported("b", visit("2017-11", (ASSAD,), (PUTIN,))),
                             reported("c", visit("2015-10-20", (ASSAD,), (PUTIN,))),
                             reported("a", visit(None, (ASSAD,), (KREMLIN,)), 1, published="2017-11-21")])
    [own] = [e for e in events if any(r.article_id == "b" for r in e.mentions)]
    assert len(events) == 2 and len(own.mentions) == 3


def test_the_two_ends_of_a_meeting_are_not_one_side() -> None:
    """"Merkel hatte Hollande in Paris zugesagt" (a meeting) and "hatte er in Paris Cameron und Merkel
    empfangen": the export keeps Merkel and Hollande on opposite sides."""
    hollande = Actor("Q157", "François Hollande", "FRA", "GOV")
    merkel, cameron = Actor("Q567", "Angela Merkel", "DEU", "GOV"), Actor("Q192", "David Cameron", "GBR", "GOV")
    promise = replace(visit("2015-11-25", (merkel,), (hollande,)), mode="meet", confidence=0.85)
    received = replace(visit(None, (hollande,), (cameron, merkel)), mode="meet", confidence=0.75)
    [event] = merge_into([], [reported("a", promise), reported("b", received, published="2015-11-26")])
    source, target = event.sides()
    assert {a.name for a in source} == {"Angela Merkel", "David Cameron"} and [a.name for a in target] == ["François Hollande"]
