"""Tests of event_patterns.py: habits, states and standing positions stay below the confident band."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.stages.event_patterns import PATTERN_CAP
from tests.stages.test_events import extract, only


@pytest.mark.parametrize(("text", "type_"), [
    ("Die HDP wirft Erdogan und der AKP-Regierung immer wieder vor, die Pressefreiheit einzuschränken.", "ACCUSE"),
    ("Die Opposition kritisiert regelmäßig die Regierung von Ministerpräsident Davutoglu.", "ACCUSE"),
    ("Russland hat der Ukraine wiederholt vorgeworfen, die Waffenruhe zu brechen.", "ACCUSE"),
    ("Moskau wirft dem Westen stets vor, sich in die inneren Angelegenheiten einzumischen.", "ACCUSE"),
    ("Die Türkei greift immer wieder Stellungen der PKK im Nordirak an.", "ASSAULT"),
    ("Israel bombardiert regelmäßig Ziele im Gazastreifen.", "ASSAULT"),
    ("Indien wirft Pakistan seit langem vor, antiindischen Rebellengruppen Unterschlupf zu gewähren.", "ACCUSE"),
    ("Der Iran liefert seit Jahren Waffen an die Hisbollah.", "AID"),
    ("Nach wie vor lehnt Russland einen Rücktritt Assads ab.", "REJECT"),
    ("In der Türkei werden immer wieder Journalisten festgenommen.", "COERCE"),
])
def test_habit_is_no_confident_dated_act(ctx: Context, text: str, type_: str) -> None:
    """A habitual phrase in the act's clause: the act scores below 0.8 and takes no publication date."""
    event = only(extract(ctx, text, "2016-03-10"), type_)
    assert event.confidence <= PATTERN_CAP and event.date is None, (event.confidence, event.date)


@pytest.mark.parametrize(("text", "type_", "day"), [
    ("Am Montag kritisierte Lawrow erneut die Luftangriffe der USA.", "ACCUSE", "2016-03-07"),
    ("Erstmals seit Jahren trafen sich am Montag die Außenminister Indiens und Pakistans.", "CONSULT", "2016-03-07"),
    ("Zum ersten Mal seit Monaten telefonierten Putin und Erdogan am Mittwoch miteinander.", "CONSULT", "2016-03-09"),
    ("Putin traf am Montag in Moskau Assad.", "CONSULT", "2016-03-07"),
])
def test_one_more_or_first_act_stays_confident(ctx: Context, text: str, type_: str, day: str) -> None:
    """"erneut" tells one more act, "erstmals seit Jahren" a first one: dated and confident."""
    event = only(extract(ctx, text, "2016-03-10"), type_)
    assert event.confidence >= 0.8 and event.date is not None and event.date.value == day


@pytest.mark.parametrize(("text", "type_"), [
    ("Die Sanktionen der EU gegen Russland bleiben bis Juli in Kraft.", "SANCTION"),
    ("Die Sanktionen der EU gegen Russland gelten seit 2014.", "SANCTION"),
    ("Die Waffenruhe zwischen der syrischen Armee und den Rebellen gilt seit Ende Februar als brüchig.", "RETREAT"),
    ("Die Türkei fordert seit 2012 eine Flugverbotszone in Nordsyrien.", "REQUEST"),
    ("Die USA kritisieren die russischen Luftangriffe in Syrien seit Wochen.", "ACCUSE"),
])
def test_state_or_standing_position_is_not_confident(ctx: Context, text: str, type_: str) -> None:
    """A noun act told as a state that holds, a stance held since a time: below the confident band."""
    assert only(extract(ctx, text, "2016-03-10"), type_).confidence <= PATTERN_CAP


def test_sanctions_extended_stay_confident(ctx: Context) -> None:
    """The making of the act, not its state: "verlängert" is news of the day."""
    event = only(extract(ctx, "Die EU hat am Montag die Sanktionen gegen Russland um sechs Monate verlängert.",
                         "2016-03-10"), "SANCTION")
    assert event.confidence >= 0.8


@pytest.mark.parametrize(("text", "confident"), [
    ("Eigentlich gilt seit Ende Februar eine Feuerpause zwischen der syrischen Armee und den Rebellen.", False),
    ("Die Waffenruhe zwischen der ukrainischen Armee und den Separatisten gilt seit September.", False),
    ("Seit Samstag gilt eine Waffenruhe zwischen der syrischen Armee und den Rebellen.", True),
    ("Seit Mitternacht gilt die Waffenruhe zwischen der syrischen Armee und den Rebellen.", True),
    ("Die Waffenruhe zwischen der ukrainischen Armee und den Separatisten trat am Samstag in Kraft.", True),
])
def test_ceasefire_in_force_against_taking_effect(ctx: Context, text: str, confident: bool) -> None:
    """"gilt" with only a month or year is a ceasefire in force (a state); with a day or "Mitternacht" it
    takes effect then (an act)."""
    event = only(extract(ctx, text, "2016-03-10"), "RETREAT")
    assert (event.confidence >= 0.8) == confident, event.confidence


@pytest.mark.parametrize(("text", "type_"), [
    ("Putin verlangt seit dem Abschuss des Kampfjets eine Entschuldigung Ankaras.", "REQUEST"),
    ("Putin und Obama haben sich bisher nur selten getroffen.", "CONSULT"),
])
def test_standing_demand_or_rare_meeting_is_not_confident(ctx: Context, text: str, type_: str) -> None:
    """A present demand held "seit" an act, meetings told as rare: below the confident band."""
    assert only(extract(ctx, text, "2016-03-10"), type_).confidence <= PATTERN_CAP


@pytest.mark.parametrize(("text", "type_"), [
    ("Bei den schwersten Kämpfen seit Monaten haben Separatisten am Montag Stellungen der ukrainischen Armee "
     "angegriffen.", "ASSAULT"),
    ("Frankreich fliegt seit Ende September Luftangriffe auf Stellungen der IS-Miliz in Syrien.", "ASSAULT"),
])
def test_record_or_campaign_since_a_month_stays_confident(ctx: Context, text: str, type_: str) -> None:
    """"seit Monaten" after an act noun is its record, not a habit; a campaign since a month has a placeable start."""
    assert only(extract(ctx, text, "2016-03-10"), type_).confidence >= 0.8


def test_habit_takes_no_day_of_the_text_before(ctx: Context) -> None:
    """A habitual accusation after a dated sentence takes neither its day nor the publication's."""
    text = ("Ankara – Die türkische Armee hat am Sonntag erneut Stellungen der Kurdenmiliz YPG in Nordsyrien "
            "beschossen. Ankara wirft der YPG seit langem vor, mit der PKK zusammenzuarbeiten.")
    assert only(extract(ctx, text, "2016-02-15"), "ACCUSE").date is None


@pytest.mark.parametrize(("text", "confident"), [
    ("Eine Entschuldigung, wie Moskau sie verlangt, lehnte Ankara aber weiterhin ab.", False),
    ("Die Sanktionen, die Kiew fordert, lehnt Berlin ab.", False),
    ("Die Ukraine fordert von Russland bessere Bedingungen für eine Tilgung der Schulden.", True),
])
def test_known_stance_in_relative_clause(ctx: Context, text: str, confident: bool) -> None:
    """A present demand in a relative or "wie" clause is a stance the reader knows; a sentence opening with
    the article "Die" is no relative clause."""
    event = only(extract(ctx, text, "2015-11-28"), "REQUEST")
    assert (event.confidence >= 0.8) == confident, event.confidence



@pytest.mark.parametrize(("text", "type_"), [
    ("Lawrow hat seine Kritik an der Türkei wiederholt.", "ACCUSE"),
    ("Kerry hat seine Forderung an Assad wiederholt.", "REQUEST"),
])
def test_reiteration_is_no_habit(ctx: Context, text: str, type_: str) -> None:
    """"wiederholt" closing the clause is the participle of "wiederholen": one reiteration, news of the day."""
    event = only(extract(ctx, text, "2016-03-10"), type_)
    assert event.confidence >= 0.8 and event.date is not None


@pytest.mark.parametrize(("text", "type_"), [
    ("Kerry hat seine Kritik an Russland wiederholt.", "ACCUSE"),
    ("Erdogan hat seine Drohung gegen Russland wiederholt.", "THREATEN"),
])
def test_repeated_act_keeps_the_day(ctx: Context, text: str, type_: str) -> None:
    """One act repeated, not a habit: confident and dated on the publication day."""
    event = only(extract(ctx, text, "2016-03-10"), type_)
    assert event.confidence >= 0.8 and event.date is not None and event.date.value == "2016-03-10"


@pytest.mark.parametrize("text", [
    "Das Treffen zwischen Putin und Erdogan galt als Zeichen der Entspannung.",
    "Der Besuch von Kerry in Moskau gilt als wichtiges Signal an Assad.",
    "Nach dem Treffen zwischen Kerry und Lawrow in Genf herrscht Optimismus.",
])
def test_judged_act_or_act_before_a_state_is_no_state(ctx: Context, text: str) -> None:
    """"gilt als" judges the act, it tells no state in force; a noun a preposition governs is no subject of
    the state verb: the meeting or visit stays confident."""
    assert only(extract(ctx, text, "2016-03-10"), "CONSULT").confidence >= 0.8


@pytest.mark.parametrize(("text", "type_"), [
    ("Worauf haben sich Merkel und Hollande in Paris geeinigt?", "AGREE"),
    ("Haben sich Kerry und Lawrow auf eine Waffenruhe geeinigt?", "AGREE"),
    ("Trifft Putin am Montag in Sotschi Erdogan?", "CONSULT"),
    ("„Warum kritisiert Kurz die griechische Regierung?“", "ACCUSE"),
    ("Hat Russland die Separatisten in der Ostukraine unterstützt?", "SUPPORT"),
    ("„Hat die Türkei den russischen Jet abgeschossen?“, fragte Putin.", "ASSAULT"),
])
def test_question_asserts_no_act(ctx: Context, text: str, type_: str) -> None:
    """A sentence ending with a question mark, or a quoted question, asks about the act: hypothetical and
    below the confident band."""
    event = only(extract(ctx, text, "2016-03-10"), type_)
    assert event.confidence <= PATTERN_CAP
    assert event.modality == "hypothetical", event.modality


@pytest.mark.parametrize(("text", "type_"), [
    ("„Die Türkei hat den russischen Jet abgeschossen“, sagte Putin am Montag.", "ASSAULT"),
    ("Putin trifft Erdogan in Sotschi – Einigung in Sicht?", "CONSULT"),
])
def test_act_before_a_question_stays_asserted(ctx: Context, text: str, type_: str) -> None:
    """A quote that asks nothing, or an act before a dash and a headline's question, stays asserted."""
    assert only(extract(ctx, text, "2016-03-10"), type_).modality == "asserted"


@pytest.mark.parametrize(("text", "type_", "confident"), [
    ("Aden dient als Sitz der Regierung, seitdem die Huthi-Rebellen Sanaa eingenommen haben.", "COERCE", False),
    ("Die Beziehungen sind gespannt, seitdem die Türkei einen russischen Kampfjet abgeschossen hat.", "ASSAULT", False),
    ("Die Beziehungen sind gespannt, seitdem die Türkei im November einen russischen Kampfjet abgeschossen hat.",
     "ASSAULT", True),
    ("Die Türkei hat am Dienstag einen russischen Kampfjet abgeschossen.", "ASSAULT", True),
])
def test_since_clause_is_background(ctx: Context, text: str, type_: str, confident: bool) -> None:
    """An act in a "seitdem" clause after a comma is the start of a state, below the band and undated, unless
    a time expression of its own clause places it."""
    event = only(extract(ctx, text, "2016-03-10"), type_)
    assert (event.confidence >= 0.8) == confident, event.confidence
    assert confident or event.date is None


def test_headline_question_after_a_colon_keeps_the_act(ctx: Context) -> None:
    """A question after a colon asks about what follows the act, not the act: the meeting stays confident."""
    event = only(extract(ctx, "Putin trifft Erdogan in Sotschi: Neustart der Beziehungen?", "2016-03-10"), "CONSULT")
    assert event.confidence >= 0.8, event.confidence


@pytest.mark.parametrize("text", [
    "Am Montag kritisierte Merkel, dass Russland immer wieder Zivilisten bombardiert.",
    "Am Montag sprach Kerry über Russland, das immer wieder Luftangriffe auf Rebellen fliegt.",
    "Am Montag besuchte Merkel die Türkei, die immer wieder Stellungen der Kurdenmiliz YPG beschießt.",
    "Die Türkei, die immer wieder kurdische Stellungen beschießt, kritisierte am Montag die USA.",  # an adjective
])
def test_habit_in_a_subordinate_clause_takes_no_day_of_the_main_clause(ctx: Context, text: str) -> None:
    """A habit in a "dass" or relative clause ("das immer wieder …": a relative pronoun, no article) is no act
    of the main clause's day."""
    event = only(extract(ctx, text, "2016-02-10"), "ASSAULT")
    assert event.date is None and event.confidence <= PATTERN_CAP


def test_habit_phrase_inside_a_noun_phrase_after_a_comma_is_no_habit(ctx: Context) -> None:
    text = "Am Montag kritisierte Kerry, die seit Jahren andauernden russischen Luftangriffe auf Aleppo."
    assert all(e.date is not None for e in extract(ctx, text, "2016-02-10") if e.type == "ACCUSE")


@pytest.mark.parametrize(("text", "type_", "known"), [
    # a stance named in an aside on the object of another act is known: it founds no event of its own
    ("Eine Entschuldigung, wie Moskau sie verlangt, lehnte Ankara aber weiterhin ab.", "REQUEST", True),
    ("Einen Rücktritt Assads, wie ihn die USA fordern, lehnt Russland ab.", "REQUEST", True),
    # the stance stated as the sentence's act, or told with a day of its own, is an act
    ("Putin verlangt von der Türkei eine Entschuldigung.", "REQUEST", False),
    # an article before a name opens a main clause, not a relative one: the denial is an act
    ("Israel wirft der Hamas vor, Raketen abzufeuern, die Hamas bestreitet das.", "REJECT", False),
    ("Eine Entschuldigung, wie sie Putin am Mittwoch verlangte, lehnte Erdogan ab.", "REQUEST", False),
])
def test_a_known_stance_in_an_aside_is_a_reference(ctx: Context, text: str, type_: str, known: bool) -> None:
    event = only(extract(ctx, text, "2015-11-28"), type_)
    assert event.reference is known


def test_the_rejection_of_a_known_demand_keeps_its_target(ctx: Context) -> None:
    event = only(extract(ctx, "Eine Entschuldigung, wie Moskau sie verlangt, lehnte Ankara aber weiterhin ab.",
                         "2015-11-28"), "REJECT")
    assert [a.name for a in event.target] == ["Russland"]
