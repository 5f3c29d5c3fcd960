"""Tests of wrong roles and senses on unseen news (event_subject.py: feminine oblique prefield and subject
pronouns; event_speech.py: the speaker of a later speech verb; event_requests.py: a setting's genitive
attribute; event_senses.py ``words`` and event_military.py ``stative`` through ``sense_constraints`` and
``stative_participles`` in events.yaml)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _of_type(ctx: Context, text: str, type_: str):
    return [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]


def _shown(found):
    return [(e.type, e.trigger, [a.name for a in e.source], [a.name for a in e.target]) for e in found]


@pytest.mark.parametrize(("text", "type_"), [
    # "ist/sei gefordert" without a passive auxiliary: is challenged, no demand
    ("Der Sprecher der EU-Kommission sagte, gefordert sei ganz klar die griechische Regierung.", "REQUEST"),
    ("Gefordert sind nun die Regierungen in Athen und Ankara, sagte Juncker.", "REQUEST"),
    # "mit Haft bedroht sein": carries a penalty, nobody threatens
    (("Den Vorschlag, Vergehen zu verfolgen, die mit bis zu einem Jahr Haft bedroht sind, wies Anwaltspräsident "
     "Rupert Wolff zurück."), "THREATEN"),
    # "kämpft um seine Zukunft": a contest, no fight
    (("Rom – Während neue Enthüllungen für Aufregung sorgen, kämpft Roms Bürgermeister Ignazio Marino um seine "
     "politische Zukunft."), "ASSAULT"),
    # "schließt … nicht aus": holds it possible, rejects nothing
    (("Der deutsche Finanzminister Wolfgang Schäuble schließt ein Ausscheiden Griechenlands aus der Eurozone nicht "
     "aus."), "REJECT"),
    ("Merkel schließt einen Austritt Griechenlands aus der Eurozone nicht aus.", "REJECT"),
    # "aufgeben" of a hope or of oneself gives up no office or claim
    ("Varoufakis: Griechenland hat sich aufgegeben.", "CONCEDE"),
    ("Die ungarische Regierung hat die Hoffnung auf eine europäische Lösung aufgegeben.", "CONCEDE"),
    # "bedauerte, dass …": regrets a state of affairs, apologises for nothing
    (("Der Vertreter der EU, der dänische Diplomat Peter Sörensen, bedauerte, dass Israel den Berichterstatter "
     "nicht reisen ließ."), "CONCEDE"),
    ("Steinmeier bedauerte, dass Russland an dem Treffen nicht teilnahm.", "CONCEDE"),
])
def test_other_sense_is_no_event(ctx: Context, text: str, type_: str) -> None:
    found = _of_type(ctx, text, type_)
    assert found == [], _shown(found)


@pytest.mark.parametrize(("text", "type_", "source"), [
    ("Die Opposition hatte den Rücktritt von Tsipras gefordert.", "REQUEST", "GRC"),
    ("Die Türkei hat Russland mit Konsequenzen bedroht.", "THREATEN", "Türkei"),
    ("Der griechische Premier Alexis Tsipras ist am Montag zurückgetreten.", "CONCEDE", "Alexis Tsipras"),
    ("Erdogan bedauerte den Abschuss des russischen Kampfjets.", "CONCEDE", "Recep Tayyip Erdoğan"),
    # a placeholder "es" or a resolved pronoun keeps the subject
    ("Es demonstrierten Tausende Anhänger der Opposition gegen die Regierung in Kiew.", "PROTEST", "UKR"),
    ("Seehofer griff die Kanzlerin an. Er warf Merkel am Montag Versagen vor.", "ACCUSE", "Horst Seehofer"),
])
def test_political_sense_stays(ctx: Context, text: str, type_: str, source: str) -> None:
    found = _of_type(ctx, text, type_)
    assert found and any(source in (a.name, a.country) for a in found[0].source), _shown(found)


@pytest.mark.parametrize(("text", "source", "target"), [
    # "der" before a feminine noun in the prefield is dative: the subject follows the verb
    ("Der Regierung in Athen wirft Schäuble mangelnden Reformwillen vor.", "Wolfgang Schäuble", "GRC"),
    ("Der Kanzlerin Angela Merkel wirft Seehofer Versagen in der Flüchtlingspolitik vor.", "Horst Seehofer",
     "Angela Merkel"),
    ("Der türkischen Regierung warf Putin Verrat vor.", "Wladimir Putin", "TUR"),
    # a nominative subject in the prefield stays the source
    ("Russland wirft der ukrainischen Regierung Versagen vor.", "Russland", "UKR"),
    ("Der Minister Schäuble wirft Griechenland mangelnden Reformwillen vor.", "Wolfgang Schäuble", "Griechenland"),
])
def test_fronted_dative_object_is_the_target(ctx: Context, text: str, source: str, target: str) -> None:
    found = _of_type(ctx, text, "ACCUSE")
    assert len(found) == 1, _shown(found)
    assert source in [a.name for a in found[0].source], _shown(found)
    assert any(target in (a.name, a.country) for a in found[0].target), _shown(found)


@pytest.mark.parametrize("text", [
    # an unresolved subject pronoun: the actor after the verb is the object, not the accuser
    ("Nordkorea reagierte scharf. Es warf der Regierung von Präsidentin Park Geun-hye in einer Erklärung vor, "
    "einen Angriff geplant zu haben."),
])
def test_a_subject_pronoun_leaves_the_object_no_source(ctx: Context, text: str) -> None:
    found = _of_type(ctx, text, "ACCUSE")
    assert not any("Park Geun Hye" in [a.name for a in e.source] for e in found), _shown(found)


@pytest.mark.parametrize(("text", "type_", "wrong"), [
    # the speaker of the speech verb after a reported clause is no side of the reported act
    (("Russland bombardiere gezielt Krankenhäuser in Syrien, kritisierte der französische Außenminister Laurent "
     "Fabius."), "ASSAULT", "Laurent Fabius"),
    # a place in a setting's genitive attribute is no addressee of a demand
    ("US-Präsident Barack Obama drängte am Rande des Umweltgipfels in Paris auf Spannungsabbau.", "REQUEST",
     "Frankreich"),
    # ... or in a phrase of cause or time before the demand ("nach dem Anschlag in Paris")
    ("Merkel forderte nach dem Anschlag in Paris mehr Zusammenarbeit.", "REQUEST", "Frankreich"),
    (("Der serbische Regierungschef Aleksandar Vučić rief nach den Terroranschlägen in Paris zu Toleranz gegenüber "
     "Flüchtlingen auf."), "REQUEST", "Frankreich"),
])
def test_no_target_from_speaker_or_setting(ctx: Context, text: str, type_: str, wrong: str) -> None:
    found = _of_type(ctx, text, type_)
    assert not any(wrong in [a.name for a in e.target] for e in found), _shown(found)


@pytest.mark.parametrize(("text", "type_", "target"), [
    (("Russland bombardiere gezielt Krankenhäuser in Syrien, kritisierte der französische Außenminister Laurent "
     "Fabius."), "ASSAULT", "Syrien"),
    ("US-Präsident Barack Obama forderte eine Waffenruhe in Syrien.", "REQUEST", "Syrien"),
    ("Merkel rief zu einer Waffenruhe in Syrien auf.", "REQUEST", "Syrien"),
])
def test_the_reported_act_keeps_its_target(ctx: Context, text: str, type_: str, target: str) -> None:
    found = _of_type(ctx, text, type_)
    assert found and target in [a.name for a in found[0].target], _shown(found)
