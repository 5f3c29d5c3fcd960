"""Tests of the confidence score (``chronik.stages.event_evidence.confidence``): which evidence raises or
lowers how likely an event is right.  Real-looking German news sentences, published on the given day."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def _event(ctx: Context, text: str, type_: str) -> EventMention:
    found = [e for e in events(analyse(ctx, text, "2015-10-20"), ctx).events if e.type == type_]
    assert found, text
    return found[0]


@pytest.mark.parametrize(("text", "type_"), [
    # named states or officials on both sides, the target next to the trigger, a short asserted sentence
    ("Russland warf der Türkei am Dienstag eine Provokation vor.", "ACCUSE"),
    ("Die Ukraine fordert von Russland bessere Bedingungen für die Tilgung der Schulden.", "REQUEST"),
    ("US-Außenminister John Kerry traf am Montag den palästinensischen Präsidenten Mahmud Abbas.", "CONSULT"),
])
def test_political_sides_named_near_the_trigger_are_confident(ctx: Context, text: str, type_: str) -> None:
    assert _event(ctx, text, type_).confidence >= 0.8


@pytest.mark.parametrize(("text", "type_"), [
    # a side the knowledge base does not know, read from the text only
    ("Der Aktivist Jonas Brandauer warf der Regierung in Wien Versagen vor.", "ACCUSE"),
    # not asserted: a plan
    ("Der Außenminister will nächste Woche nach Moskau reisen, um Lawrow zu treffen, hieß es in Berlin.", "CONSULT"),
])
def test_weak_evidence_stays_below_the_confident_band(ctx: Context, text: str, type_: str) -> None:
    assert _event(ctx, text, type_).confidence < 0.8


_BACKGROUND = ("Der Konflikt dauert seit Jahren an. Die Lage in der Region gilt als angespannt. "
               "Beobachter erwarten keine rasche Lösung. ")


@pytest.mark.parametrize(("text", "type_"), [
    ("Russland warf der Türkei am Dienstag eine Provokation vor.", "ACCUSE"),
    ("Die Ukraine fordert von Russland bessere Bedingungen für die Tilgung der Schulden.", "REQUEST"),
])
def test_a_lead_sentence_scores_higher_than_the_same_sentence_later(ctx: Context, text: str, type_: str) -> None:
    assert _event(ctx, text, type_).confidence > _event(ctx, _BACKGROUND + text, type_).confidence


@pytest.mark.parametrize(("near", "far", "type_"), [
    # the same act with its target named right after the trigger and far from it
    ("Russland kritisierte die Türkei am Dienstag scharf.",
     "Russland kritisierte am Dienstag nach einer langen und hitzigen Sitzung in New York die Türkei.", "ACCUSE"),
])
def test_a_target_near_the_trigger_scores_higher(ctx: Context, near: str, far: str, type_: str) -> None:
    assert _event(ctx, near, type_).confidence > _event(ctx, far, type_).confidence



@pytest.mark.parametrize(("known", "placed", "type_"), [
    # a transnational group the knowledge base knows has no state by the codebook: no vague side, as sure as
    # armed men placed in a state
    ("Die Terrormiliz IS tötete im Irak 40 Soldaten.", "Bewaffnete töteten im Irak 40 Soldaten.", "ASSAULT"),
])
def test_a_known_stateless_group_is_no_vague_side(ctx: Context, known: str, placed: str, type_: str) -> None:
    assert _event(ctx, known, type_).confidence == _event(ctx, placed, type_).confidence >= 0.8


@pytest.mark.parametrize(("text", "type_"), [
    ("US-Außenminister John Kerry traf am Montag den russischen Außenminister Sergej Lawrow in Genf.", "CONSULT"),
    ("Die türkische Armee beschoss am Samstag Stellungen der Kurdenmiliz YPG.", "ASSAULT"),
])
def test_a_weekday_places_the_act_in_an_undated_text_too(ctx: Context, text: str, type_: str) -> None:
    # the text's evidence of when the act happened does not depend on the article's metadata
    undated = [e for e in events(analyse(ctx, text, None), ctx).events if e.type == type_]
    assert undated and undated[0].date is None
    assert undated[0].confidence == _event(ctx, text, type_).confidence


@pytest.mark.parametrize(("placed", "named"), [
    # a foreign force's strikes set in a state, whose government the place does not name as the target
    ("Russland hat am Dienstag Luftangriffe in Syrien geflogen.",
     "Russland hat am Dienstag Luftangriffe auf Stellungen des IS geflogen."),
    ("Die US-geführte Koalition bombardierte am Dienstag Ziele im Irak.",
     "Die US-geführte Koalition bombardierte am Dienstag Stellungen des IS."),
])
def test_a_target_read_off_the_place_of_a_foreign_force_is_not_confident(ctx: Context, placed: str,
                                                                         named: str) -> None:
    assert _event(ctx, placed, "ASSAULT").confidence < 0.8 <= _event(ctx, named, "ASSAULT").confidence


@pytest.mark.parametrize("text", [
    # armed men at home aim at their state; a place seized names what is taken, whose owner is the target
    "Eine Gruppe bewaffneter Männer hat am Dienstag in Jakarta mehrere Ziele angegriffen.",
    "Die Rebellen haben am Dienstag den Osten Aleppos erobert.",
])
def test_a_target_of_an_attack_at_home_or_a_place_taken_stays_confident(ctx: Context, text: str) -> None:
    found = [e for e in events(analyse(ctx, text, "2015-10-20"), ctx).events if e.type in ("ASSAULT", "COERCE")]
    assert found and found[0].confidence >= 0.8, [(e.type, e.confidence) for e in found]


@pytest.mark.parametrize(("conjoined", "apart"), [
    # the two sides of a symmetric act as one conjoined subject: the sentence bracket parts them from the verb
    ("Kerry und Lawrow haben sich am Dienstag in München auf eine Feuerpause in Syrien geeinigt.",
     "Kerry hat sich am Dienstag in München mit Lawrow auf eine Feuerpause in Syrien geeinigt."),
])
def test_conjoined_sides_of_a_symmetric_act_are_no_distant_parties(ctx: Context, conjoined: str,
                                                                     apart: str) -> None:
    assert _event(ctx, conjoined, "AGREE").confidence >= 0.8
    assert _event(ctx, apart, "AGREE").confidence < _event(ctx, conjoined, "AGREE").confidence



_INTERVIEW = ("Wien – Außenminister Kurz traf am Dienstag Lawrow in Moskau. Im Interview spricht er über Syrien. "
              "STANDARD: Herr Kurz, Russland bombardiert Syrien. "
              "Kurz: Ich habe Lawrow am Dienstag aufgefordert, die Angriffe auf Zivilisten einzustellen. "
              "STANDARD: Und die Türkei? Kurz: Das ist eine andere Frage.")


def test_acts_told_in_an_interviews_turns_stay_below_the_confident_band(ctx: Context) -> None:
    """The interviewer's premise and the interviewee's account are no report; the news lead before the first
    labelled turn is.  The interviewer's line makes no event at all (an interviewer's turn is framing:
    event_patterns.py)."""
    found = events(analyse(ctx, _INTERVIEW, "2015-10-20"), ctx).events
    assert not [e for e in found if e.type == "ASSAULT" and e.confidence >= 0.8]
    assert _event(ctx, _INTERVIEW, "REQUEST").confidence < 0.8
    assert _event(ctx, _INTERVIEW, "CONSULT").confidence >= 0.8


def test_quotes_of_several_speakers_make_no_interview(ctx: Context) -> None:
    # each label speaks once: a report quoting politicians, not an interview's turns
    text = ('Wien – Faymann hat am Montag Orban kritisiert. Merkel: "Wir schaffen das." Seehofer: "Wir brauchen '
            'eine Obergrenze." Faymann: "Ungarn muss Flüchtlinge aufnehmen." Am Dienstag traf Faymann Merkel in Berlin.')
    assert _event(ctx, text, "CONSULT").confidence >= 0.8


def test_one_labelled_headline_makes_no_interview(ctx: Context) -> None:
    text = "Merkel: Griechenland muss Reformen umsetzen. Berlin – Merkel hat am Dienstag Tsipras aufgefordert, " \
           "die Reformen umzusetzen."
    assert _event(ctx, text, "REQUEST").confidence >= 0.8


def _undated(ctx: Context, text: str, type_: str) -> EventMention:
    found = [e for e in events(analyse(ctx, text, None), ctx).events if e.type == type_]
    assert found, text
    return found[0]


@pytest.mark.parametrize(("text", "type_"), [
    # the knowledge base gives these persons roles of two sectors (Poroschenko: president, later opposition
    # leader; Trump: candidate, later president): with no day, which one acts is a guess
    ("Petro Poroschenko warf Russland eine Provokation vor.", "ACCUSE"),
    ("Donald Trump warf China Währungsmanipulation vor.", "ACCUSE"),
])
def test_a_role_an_undated_text_leaves_to_a_guess_is_a_vague_side(ctx: Context, text: str, type_: str) -> None:
    assert _undated(ctx, text, type_).confidence < _event(ctx, text, type_).confidence


@pytest.mark.parametrize(("text", "type_"), [
    # one role's sector and country whatever the day: nothing is guessed
    ("Sergej Lawrow warf der Türkei eine Provokation vor.", "ACCUSE"),
    ("Angela Merkel forderte von Russland den Abzug der Truppen.", "REQUEST"),
    # persons named together date the text (reference_years.co_serving_period: both ran in 2016): no guess
    ("Hillary Clinton warf Donald Trump Rassismus vor.", "ACCUSE"),
])
def test_a_role_of_one_sector_needs_no_day(ctx: Context, text: str, type_: str) -> None:
    assert _undated(ctx, text, type_).confidence == _event(ctx, text, type_).confidence


@pytest.mark.parametrize(("text", "type_"), [
    # the sentence names no addressee: the target is the party of the sentence before
    ("Tsipras warf Österreich Alleingänge vor. Die Opposition forderte Neuwahlen.", "REQUEST"),
    ("Kurz lud die Westbalkanstaaten nach Wien ein. Athen rief seine Botschafterin zurück.", "SANCTION"),
])
def test_a_target_taken_from_another_sentence_is_not_confident(ctx: Context, text: str, type_: str) -> None:
    assert _event(ctx, text, type_).confidence < 0.8


@pytest.mark.parametrize(("text", "type_"), [
    # a place seized or left names its holder's state in the sentence: the target is read off it
    ("Die Rebellen hatten den Osten Aleppos im Sommer 2012 erobert.", "ASSAULT"),
    ("Kurz lud die Westbalkanstaaten nach Wien ein. Athen rief seine Botschafterin aus Wien zurück.", "SANCTION"),
])
def test_a_target_read_off_a_place_of_the_sentence_stays_confident(ctx: Context, text: str, type_: str) -> None:
    assert _event(ctx, text, type_).confidence >= 0.8
