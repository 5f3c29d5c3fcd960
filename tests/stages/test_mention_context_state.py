"""Tests of the state of an institution named without one (mention_context_state): "Die Regierung",
"das Außenministerium", "die Armee", "die Bundesregierung" take the state the context fixes, or none."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract
from tests.stages.test_mentions import analyse


def groups(ctx: Context, text: str) -> list[tuple[str, str | None]]:
    """(text, country) of the GROUP mentions of ``text``, in order."""
    return [(m.text, m.country) for m in analyse(ctx, text, "2016-01-10").mentions if m.kind == "GROUP"]


@pytest.mark.parametrize(("text", "noun", "country"), [
    # a capital dateline
    ("Ankara (APA) - Die Regierung hat Russland scharf kritisiert.", "Regierung", "TUR"),
    ("Moskau (APA) - Das Außenministerium hat die Türkei scharf kritisiert.", "Außenministerium", "RUS"),
    ("Kiew (APA) - Die Armee hat Stellungen der Separatisten beschossen.", "Armee", "UKR"),
    # the government or military actors just named
    ("Präsident Erdogan hat am Sonntag eine Rede gehalten. Die Regierung warf der PKK vor, Anschläge zu planen.",
     "Regierung", "TUR"),
    ("Poroschenko hat am Montag die Front besucht. Die Armee beschoss Stellungen der Separatisten.", "Armee", "UKR"),
    # a state named beside the actors just named leaves their state open: the dateline decides
    ("Moskau (APA) - Erdogan hat Russland scharf kritisiert. Die Regierung wies die Vorwürfe zurück.", "Regierung",
     "RUS"),
    (("Ankara (APA) - Putin hat die Türkei scharf kritisiert. Das Außenministerium bestellte den russischen "
      "Botschafter ein."), "Außenministerium", "TUR"),
    # an army takes the state of the place of its own sentence, not the dateline's
    ("Kairo (APA) - In Libyen hat die Armee am Samstag Stellungen des IS in Sirte bombardiert.", "Armee", "LBY"),
    # a federal government after a federal state's dateline is that state's
    (("Wien (APA) - Die deutsche Kanzlerin Angela Merkel hat die Obergrenze Österreichs kritisiert. Die "
      "Bundesregierung wies die Kritik am Montag zurück."), "Bundesregierung", "AUT"),
    # a speaker of its own sentence addresses another government: the dateline decides
    (("Ankara (APA) - Der deutsche Außenminister Frank-Walter Steinmeier hat die Regierung am Montag "
      "aufgefordert, die Pressefreiheit zu achten."), "Regierung", "TUR"),
    # the same noun named before with a state
    ("Das syrische Regime ist bedrängt. Russland unterstützt eine Offensive des Regimes gegen Oppositionelle.",
     "Regimes", "SYR"),
    # a state after a preposition of seat
    ("1930 putschte das Militär in Brasilien.", "Militär", "BRA"),
    # the federal government: Austria's or Germany's, as the article fixes it, never by default
    (("Bundeskanzler Faymann hat am Montag Orban kritisiert. Die Bundesregierung forderte Ungarn auf, die Grenze "
      "zu öffnen."), "Bundesregierung", "AUT"),
    ("Kanzlerin Merkel hat am Montag Erdogan getroffen. Die Bundesregierung lobte die Türkei.", "Bundesregierung",
     "DEU"),
    ("Berlin (APA/dpa) - Die Bundesregierung hat Russland zur Zurückhaltung aufgerufen.", "Bundesregierung", "DEU"),
    # a party of one of the federal states speaks of its own federal government
    ("Die FPÖ hat die Bundesregierung am Montag scharf kritisiert.", "Bundesregierung", "AUT"),
    ("FPÖ-Chef Strache warf der Bundesregierung Versagen vor.", "Bundesregierung", "AUT"),
    ("Die AfD hat die Flüchtlingspolitik der Bundesregierung kritisiert.", "Bundesregierung", "DEU"),
    # "dortig": of the place just named; a dateline of two places: the one the article names most
    (("Addis Abeba/Bujumbura – Die AU will keine Truppen nach Burundi entsenden. Eine Mission ohne die "
      "Einwilligung der dortigen Regierung sei unvorstellbar."), "Regierung", "BDI"),
    (("Colombo/Genf – Im Bürgerkrieg in Sri Lanka wurden Kriegsverbrechen begangen. Der Krieg endete 2009, als "
      "die Armee den Aufstand niederschlug."), "Armee", "LKA"),
    # an air force by its dateline, not by the state the article is about
    ("Moskau (APA) - Die Luftwaffe hat Stellungen des IS in Syrien bombardiert.", "Luftwaffe", "RUS"),
])
def test_institution_takes_the_state_of_its_context(ctx: Context, text: str, noun: str, country: str) -> None:
    found = [c for t, c in groups(ctx, text) if t == noun]
    assert found and found[-1] == country, groups(ctx, text)


@pytest.mark.parametrize(("text", "noun"), [
    ("Die Regierung hat die Opposition scharf kritisiert.", "Regierung"),  # no context: no state
    ("Die Bundesregierung hat die Türkei aufgefordert, die Pressefreiheit zu achten.", "Bundesregierung"),
    # the government actors just named are of two states
    ("Erdogan traf am Montag Putin. Die Regierung kritisierte die Sanktionen.", "Regierung"),
    # an owner the mentions stage could not read
    ("Seoul – Nordkorea droht. Das Militär des international isolierten Landes drohte Südkorea.", "Militär"),
    # a federal government of no federal state named
    ("Ankara (APA) - Die Bundesregierung kritisierte die Türkei.", "Bundesregierung"),
    # an ideology marks a foreign ruler: not the dateline's
    ("Seoul (APA) - Südkorea hat neue Sanktionen gegen das kommunistische Regime verhängt.", "Regime"),
    # a dateline that is no capital and names no party (a venue of talks) fixes no state
    (("Genf – Die Friedensgespräche für Syrien stocken. Die syrischen Rebellen setzten ihre Angriffe in Syrien fort. "
      "Staffan de Mistura traf am Montag Vertreter der Opposition. Das Regime lehnte direkte Gespräche ab."), "Regime"),
    # an air force in a report about a state is as often a foreign one
    (("In Syrien kämpfen Rebellen in Aleppo, Homs und Idlib. In Syrien flog die Luftwaffe Angriffe auf "
      "Stellungen bei Hama."), "Luftwaffe"),
])
def test_institution_without_a_fixed_state(ctx: Context, text: str, noun: str) -> None:
    assert all(t != noun for t, _ in groups(ctx, text)), groups(ctx, text)


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Ankara (APA) - Die Regierung hat Russland scharf kritisiert.", "ACCUSE", ("TUR", "GOV"), "RUS"),
    ("Kiew (APA) - Das Militär warf den Separatisten vor, die Waffenruhe gebrochen zu haben.", "ACCUSE",
     ("UKR", "MIL"), "UKR"),
    # the opposition or an armed group of one state accuses its own government
    ("Die syrische Opposition warf der Regierung vor, Chlorgas eingesetzt zu haben.", "ACCUSE", ("SYR", "OPP"), "SYR"),
    ("Die PKK warf der Regierung vor, den Friedensprozess zu sabotieren.", "ACCUSE", ("TUR", "REB"), "TUR"),
    ("Wien (APA) - Die Bundesregierung hat Ungarn scharf kritisiert.", "ACCUSE", ("AUT", "GOV"), "HUN"),
])
def test_institution_acts_for_its_state(ctx: Context, text: str, type_: str, source: tuple, target: str) -> None:
    found = [e for e in extract(ctx, text, "2016-01-10") if e.type == type_]
    assert len(found) == 1, found
    assert [(a.country, a.sector) for a in found[0].source] == [source]
    assert [a.country for a in found[0].target] == [target]


def test_an_envoy_does_not_fix_the_government_of_his_host_state(ctx: Context) -> None:
    text = "Wien (APA) - Ein Sprecher der US-Botschaft sagte, die Regierung müsse die Reformen umsetzen."
    assert ("Regierung", "USA") not in groups(ctx, text), groups(ctx, text)
