"""Tests of acts named only as the topic of talks (event_topics.py): references with no date of the talk."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "type_"), [
    # a zu-infinitive completing an act noun after "über": what the talk was about
    ("In Ankara sprach Putin am Abend mit Erdogan über Syrien und über die Entscheidung von US-Präsident Donald "
     "Trump, Jerusalem als Hauptstadt Israels anzuerkennen.", "SUPPORT"),
    ("Putin telefonierte am Dienstag mit Netanjahu über den Beschluss der USA, Jerusalem als Hauptstadt Israels "
     "anzuerkennen.", "SUPPORT"),
    # the topic phrase opening the sentence, the talk after it
    ("Über die Entscheidung Trumps, Jerusalem als Hauptstadt Israels anzuerkennen, sprachen Putin und Erdogan am "
     "Montag.", "SUPPORT"),
    # an act noun after "über" in a talk's sentence
    ("Lawrow und Kerry berieten am Freitag in Genf über die russischen Luftangriffe in Syrien.", "ASSAULT"),
])
def test_talk_topic_is_a_reference(ctx: Context, text: str, type_: str) -> None:
    found = [e for e in extract(ctx, text, "2015-11-26") if e.type == type_]
    assert found and all(e.reference and e.date is None for e in found), found


@pytest.mark.parametrize(("text", "type_"), [
    # no talk: the act itself ("über" of a place)
    ("Russische Kampfjets bombardierten am Donnerstag Stellungen der Rebellen in Aleppo.", "ASSAULT"),
    # an act of its own conjunct after the talk's topic
    ("Merkel sprach am Montag mit Hollande über die Flüchtlingskrise und lobte die Türkei für ihre Hilfe.", "SUPPORT"),
])
def test_act_beside_a_talk_stays(ctx: Context, text: str, type_: str) -> None:
    found = [e for e in extract(ctx, text, "2015-11-26") if e.type == type_]
    assert found and not any(e.reference for e in found), extract(ctx, text, "2015-11-26")
