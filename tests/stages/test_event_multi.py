"""Several acts of one PLOVER type in one sentence (event_triggers.py): verbs of one type in different
conjuncts with different participants give one event each; a verb with its own noun, particle or
light-verb construction, or a second verb that repeats the act, still gives one."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.event_lexicon import build_event_lexicon
from chronik.stages.event_triggers import conjunct_boundary
from chronik.stages.events import events, sentence_triggers
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str = "2015-11-26") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def of_type(found: list[EventMention], type_: str) -> list[EventMention]:
    return [e for e in found if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "targets"), [
    (("Hollande hatte in Paris den britischen Premierminister David Cameron und Bundeskanzlerin Angela Merkel "
     "empfangen und in Washington US-Präsident Barack Obama getroffen."), "CONSULT", [{"GBR", "DEU"}, {"USA"}]),
    ("Hollande war zuvor mit Cameron in Paris zusammengetroffen und hatte am Dienstag Obama in Washington besucht.",
     "CONSULT", [{"GBR"}, {"USA"}]),
    (("Putin hatte im Oktober Erdogan in Moskau empfangen und im Dezember in Teheran den iranischen Präsidenten "
     "Hassan Rohani getroffen."), "CONSULT", [{"TUR"}, {"IRN"}]),
    (("Lawrow traf in Genf seinen amerikanischen Amtskollegen John Kerry und besuchte danach den iranischen "
     "Außenminister in Teheran."), "CONSULT", [{"USA"}, {"IRN"}]),
    ("Die Türkei kritisierte Russland scharf und warf dem Iran eine Einmischung in Syrien vor.", "ACCUSE",
     [{"RUS"}, {"IRN"}]),
])
def test_two_acts_of_one_type_in_two_conjuncts(ctx: Context, text: str, type_: str, targets: list[set[str]]) -> None:
    found = sorted(of_type(extract(ctx, text), type_), key=lambda e: e.trigger)
    assert len(found) == 2, [(e.trigger, [a.name for a in e.target]) for e in found]
    got = [{a.country for a in e.target} for e in found]
    assert sorted(map(sorted, got)) == sorted(map(sorted, targets))
    assert all({a.country for a in e.source} == {found[0].source[0].country} for e in found)  # the shared subject


@pytest.mark.parametrize("text", [
    # a split particle verb is one trigger
    "Der russische Präsident Wladimir Putin traf am Dienstag in Damaskus mit Baschar al-Assad zusammen.",
    # a light-verb construction is one trigger
    "Putin führte in Moskau Gespräche mit Assad.",
    # two verbs, one meeting: the same participants
    "Putin und Assad trafen sich am Dienstag in Moskau und berieten über die Lage in Syrien.",
    # travelling to a state and meeting its leader there is one visit
    ("Russlands Präsident Wladimir Putin ist überraschend in die syrische Hauptstadt Damaskus gereist und hat dort "
    "Präsident Baschar al-Assad getroffen."),
    ("Der russische Präsident Wladimir Putin hat die syrische Hauptstadt Damaskus besucht und dort Machthaber "
    "Baschar al-Assad getroffen."),
])
def test_one_act_told_with_several_words(ctx: Context, text: str) -> None:
    assert len(of_type(extract(ctx, text, "2020-01-07"), "CONSULT")) == 1


@pytest.mark.parametrize(("text", "boundary"), [
    ("Hollande hatte Cameron und Merkel empfangen und in Washington Obama getroffen .", "empfangen und in"),
    ("Putin traf Erdogan und Rohani und besuchte danach Teheran .", "Rohani und besuchte"),
])
def test_the_conjunct_boundary_is_no_noun_coordinator(ctx: Context, text: str, boundary: str) -> None:
    lexicon = ctx.compiled("event_lexicon", ctx.lang("de"), build_event_lexicon)
    words = text.split()
    first, second = [h for h in sentence_triggers(words, lexicon) if h.trigger.type == "CONSULT"]
    k = conjunct_boundary(words, first, second, lexicon)
    assert k is not None and " ".join(words[k - 1 : k + 2]) == boundary
