"""Tests of plural "sie" (mention_plural): a subject "sie" with a plural finite verb refers to the nearest
plural actor before it; singular verbs, objects, genitives, prepositional objects and coordinations of
actors leave it open."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract
from tests.stages.test_mentions import analyse


def pronoun_actor(ctx: Context, text: str, published: str = "2020-01-07") -> str | None:
    """The actor of the (last) "sie" of ``text``."""
    pronouns = [m for m in analyse(ctx, text, published).mentions if m.kind == "PRON" and m.text.lower() == "sie"]
    assert pronouns, text
    return pronouns[-1].actor_id


@pytest.mark.parametrize(("text", "actor"), [
    # the subject of the sentence before
    ("Die syrischen Rebellen äußerten Vorbehalte. Vor allem lehnen sie eine Rolle des Iran ab.", "grp:SYR-REB"),
    ("Die Rebellen zogen sich aus Aleppo zurück. Sie hatten die Stadt vier Jahre lang gehalten.", "grp:SYR-REB"),
    ("Die russischen Truppen rückten am Morgen vor. Am Abend erreichten sie die Vororte von Kiew.", "grp:RUS-MIL"),
    ("Türkische Soldaten überquerten die Grenze. Dort lieferten sie sich Gefechte mit kurdischen Milizen.",
     "grp:TUR-MIL"),
    ("Die Demonstranten versammelten sich vor dem Parlament in Kiew. Sie forderten den Rücktritt der Regierung.",
     "grp:UKR-CVL"),
    # a plural after the finite verb of the sentence before
    ("Im Frühjahr begannen syrische Rebellen eine Offensive. Am 8. Dezember nahmen sie die Stadt Aleppo ein.",
     "grp:SYR-REB"),
    # the same sentence, after a comma
    ("Die syrischen Rebellen erklärten, am Montag hätten sie die schweren Waffen abgezogen.", "grp:SYR-REB"),
])
def test_a_plural_subject_sie_is_the_plural_actor_before(ctx: Context, text: str, actor: str) -> None:
    assert pronoun_actor(ctx, text) == actor


@pytest.mark.parametrize("text", [
    # singular verb: a woman, a state or a feminine noun
    "Die Türkei hat den Abschuss verteidigt. Am Dienstag lehnte sie eine Entschuldigung ab.",
    "Die Rebellen kontrollieren den Osten. Die Waffenruhe gilt seit Dezember. Sie war von Moskau ausgehandelt worden.",
    # an object: the verb's subject stands before it
    "Die Rebellen forderten eine Waffenruhe. Regierungstruppen und Milizen verletzten sie fortlaufend.",
    # a genitive or prepositional object is no antecedent
    "Die beiden Präsidenten besuchten das Hauptquartier der russischen Streitkräfte. Dort ließen sie sich unterrichten.",
    "Die Regierung verhandelte mit den Rebellen. Am Abend unterzeichneten sie ein Abkommen.",
    # the subject before is a coordination, or a plural noun that names no actor
    "Russland und die Türkei warnten die Rebellen. Am Abend einigten sie sich auf eine Waffenruhe.",
    "Die Gespräche mit den Rebellen sollten in Astana stattfinden. Sie seien zusätzlich geplant.",
])
def test_other_sie_stay_open(ctx: Context, text: str) -> None:
    assert pronoun_actor(ctx, text) is None


@pytest.mark.parametrize(("text", "published", "type_", "source", "target"), [
    ("Die syrischen Rebellen äußerten Vorbehalte. Vor allem lehnen sie eine Rolle des Iran als Garantiemacht ab.",
     "2017-01-24", "REJECT", "SYR REB", "Iran"),
    (("Ende November 2024 begannen Rebellen unter Führung der islamistischen Gruppe Hayat Tahrir al-Scham (HTS) "
      "eine Offensive aus der Provinz Idlib. Am 8. Dezember nahmen sie Damaskus ein."),
     "2024-12-20", "COERCE", "SYR REB", "Syrien"),
])
def test_the_resolved_pronoun_is_the_events_source(ctx: Context, text: str, published: str, type_: str,
                                                   source: str, target: str) -> None:
    (event,) = [e for e in extract(ctx, text, published) if e.type == type_]
    assert [a.name for a in event.source] == [source]
    assert target in [a.name for a in event.target]


@pytest.mark.parametrize(("text", "country"), [
    # no place but venues abroad: the state a compound names is where the rebels are
    (("Die Syrien-Gespräche in Astana sind zu Ende gegangen. Russland, die Türkei und der Iran einigten sich. "
      "Russland und die Türkei sprachen sich für eine Teilnahme der Rebellen an den Verhandlungen in Genf aus."),
     "SYR"),
    (("Die Jemen-Gespräche in Stockholm sind zu Ende gegangen. Saudi-Arabien und der Iran einigten sich. "
      "Saudi-Arabien sprach sich für eine Teilnahme der Rebellen an den Verhandlungen in Genf aus."),
     "YEM"),
])
def test_rebels_at_talks_abroad_are_of_the_state_a_compound_names(ctx: Context, text: str, country: str) -> None:
    rebels = [m for m in analyse(ctx, text, "2017-01-24").mentions if m.text == "Rebellen"]
    assert rebels and rebels[0].country == country
