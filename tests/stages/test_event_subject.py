"""Tests of event_subject.py: the source of a verb event by the German main clause's subject position.  A
prepositional phrase, a time expression or an oblique object before the finite verb leaves the subject
after it; a noun phrase there that names no known actor is the subject, so no actor from a dateline,
another clause or the object becomes the source."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _of_type(ctx: Context, text: str, type_: str) -> list:
    return [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]


def _names(actors) -> str:
    return " ".join(a.name for a in actors)


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # a prepositional phrase before the finite verb: the subject follows it
    (("Im Prozess gegen Südtirols Alt-Landeshauptmann Luis Durnwalder (SVP) wegen Amtsunterschlagung hat "
     "Staatsanwalt Igor Secco am Freitag drei Jahre Haft für den Ex-Politiker gefordert."),
     "REQUEST", "Igor Secco", "Durnwalder"),
    # a fronted act noun with its owner is the object of the speech verb: the owner is the target
    ("Putins Forderung nach einer Entschuldigung wies Erdogan zurück.", "REJECT", "Recep Tayyip Erdoğan",
     "Wladimir Putin"),
    ("Die Forderung Moskaus nach einer Entschuldigung lehnte die Regierung in Ankara ab.", "REJECT", "TUR GOV",
     "Russland"),
    ("Die Vorwürfe Russlands wies Erdogan als Verleumdung zurück.", "REJECT", "Recep Tayyip Erdoğan", "Russland"),
    ("Den Vorschlag Junckers lehnte Orbán am Freitag ab.", "REJECT", "Viktor Orbán", "Jean-Claude Juncker"),
    ("Merkels Kritik wies der ungarische Ministerpräsident Viktor Orbán zurück.", "REJECT", "Viktor Orbán",
     "Angela Merkel"),
])
def test_the_subject_after_the_finite_verb_is_the_source(ctx: Context, text: str, type_: str, source: str,
                                                        target: str) -> None:
    acts = _of_type(ctx, text, type_)
    assert acts and source in _names(acts[0].source) and target in _names(acts[0].target)


@pytest.mark.parametrize(("text", "type_", "wrong"), [
    # a noun phrase that names no actor is the subject: neither the dateline nor the object acts
    (("Kiew – Tausende Nationalisten haben in der ukrainischen Hauptstadt Kiew gegen mögliche Wahlen im "
     "Donbass protestiert."), "PROTEST", "Ukraine"),
    (("Rom – Hunderte Kleinsparer haben am Sonntag vor der Nationalbank in Rom gegen die Bankenrettung "
     "demonstriert."), "PROTEST", "Italien"),
    ("Vater, Mutter und seine acht Geschwister haben Syrien inzwischen auch verlassen.", "RETREAT", "Syrien"),
    ("Westliche Regierungen werfen Russland vor, die Aufständischen in der Ukraine mit Waffen zu versorgen.",
     "ACCUSE", "Russland"),
    # unnamed critics, observers or experts speak for no side: the object does not become the speaker
    (("Kritiker in Deutschland und in der Türkei warfen Merkel vor, Erdogan zwei Wochen vor der Wahl eine "
      "Bühne zu bieten."), "ACCUSE", "Angela Merkel"),
    ("Beobachter warfen Merkel vor, Erdogan eine Bühne zu bieten.", "ACCUSE", "Angela Merkel"),
    ("Viele Experten werfen der Regierung in Ankara vor, die Pressefreiheit einzuschränken.", "ACCUSE", "TUR"),
    # a prepositional phrase opens the clause after the dateline: the dateline's state does not act
    (("Wien – Nach der Genehmigung von Granatenlieferungen an die Saudis prangert der Abgeordnete weitere "
     "Ausfuhrbewilligungen der Republik für Waffen an."), "ACCUSE", "Österreich"),
    # the subject of a subordinate clause after the trigger acts in that clause only
    (("Damit hat sie es indirekt als berechtigt anerkannt, dass die EU-Kommission Deutschland deswegen vor dem "
     "Europäischen Gerichtshof verklagt hat."), "SUPPORT", "EU-Kommission"),
    # an agent phrase after another noun belongs to that noun ("Ankündigung von Putin")
    (("Einen Tag nach der Ankündigung von Präsident Wladimir Putin hat Russland mit dem Abzug seiner Truppen aus "
     "Syrien begonnen."), "RETREAT", "Putin"),
    (("Blatter ist vor kurzem als Präsident zurückgetreten, nachdem US-Behörden 14 Personen im Umfeld der Fifa "
     "verhaftet haben."), "CONCEDE", "USA"),
    # a masculine article makes the prefield nominative: the actor after the verb is the one called upon
    ("Der Minister rief die USA erneut auf, Russland mit Angaben über deren Positionen zu versorgen.",
     "REQUEST", "USA"),
    # a noun and the clause apposed to it are no list: the clause's own subject acts
    ("Den Vorwurf, Russland bombardiere Zivilisten, wies Lawrow zurück.", "ASSAULT", "RUS CVL"),
    # a subordinate clause whose subject names nobody takes no source from the main clause
    (("Kein Verständnis hat FPÖ-Chef Heinz-Christian Strache für die Aussage, wonach die Arbeitnehmer ständig neue "
      "Schutzbestimmungen fordern würden."), "REQUEST", "Heinz-Christian Strache"),
    # an agent phrase in the clause after a noun is no agent of the noun
    ("Die Türkei hat den Vorwurf Russlands, sie kaufe Öl vom IS, zurückgewiesen.", "ACCUSE", "Islamischer Staat"),
    # the genitive attribute of an object is no subject: an unnamed army shelled, not the rebels
    ("Die Armee beschoss am Sonntag Stellungen der Rebellen in Aleppo.", "ASSAULT", "SYR REB"),
    ("Die Armee bombardierte in der Nacht Stellungen der kurdischen Rebellen im Nordirak.", "ASSAULT", "REB"),
])
def test_an_unnamed_subject_takes_no_source_from_elsewhere(ctx: Context, text: str, type_: str, wrong: str) -> None:
    assert not any(wrong in _names(e.source) for e in _of_type(ctx, text, type_))


@pytest.mark.parametrize(("text", "type_", "source"), [
    # the actor in the prefield or after the verb stays the source
    ("Russland warf Polen daraufhin Vernachlässigung seiner Pflichten vor.", "ACCUSE", "Russland"),
    ("Vergangene Woche hat Russland die Ukraine angegriffen.", "ASSAULT", "Russland"),
    ("Am Sonntag haben die USA acht Kampfjets an Ägypten geliefert.", "AID", "USA"),
    ("ÖVP, FPÖ, Grüne und zwei Listen hatten sich nach der Gemeinderatswahl auf die Zusammenarbeit geeinigt.",
     "AGREE", "ÖVP"),
    ("Israel schickte seit Sonntag Truppen auf die Golanhöhen und griff Waffenlager in Syrien aus der Luft an.",
     "ASSAULT", "Israel"),
    ("Die Ukraine fordert von Russland bessere Bedingungen für eine Tilgung der Schulden.", "REQUEST", "Ukraine"),
    ("Nahe der Grenze zur Türkei haben russische Kampfflugzeuge Stellungen der Rebellen bombardiert.",
     "ASSAULT", "RUS"),
    # "der" before a feminine noun is dative: the subject follows the verb
    ("Der Regierung in Ankara warf die HDP Versagen vor.", "ACCUSE", "HDP"),
    # experts of a named body speak for it
    ("Experten der UNO warfen dem Assad-Regime vor, Fassbomben einzusetzen.", "ACCUSE", "Vereinte Nationen"),
    # a fronted oblique "Kritikern" is the object, not an unnamed speaker
    ("Den Kritikern warf Erdogan vor, die Türkei zu verraten.", "ACCUSE", "Recep Tayyip Erdoğan"),
    ("Die Opposition warf Erdogan vor, die Wahl zu manipulieren.", "ACCUSE", "TUR OPP"),
    ("Die Separatisten beschossen am Sonntag Stellungen der ukrainischen Armee.", "ASSAULT", "UKR"),
])
def test_the_clause_actor_stays_the_source(ctx: Context, text: str, type_: str, source: str) -> None:
    acts = _of_type(ctx, text, type_)
    assert acts and any(source in a.name or source == a.country for a in acts[0].source)


@pytest.mark.parametrize(("text", "source"), [
    ("Ex-Sozialminister Iain Duncan Smith ruft das Wahlvolk auf, Osborne kein Wort zu glauben.", "Iain Duncan Smith"),
    ("Ex-Premier Berlusconi kritisierte am Montag Renzi.", "Silvio Berlusconi"),
])
def test_an_ex_prefix_is_no_time_phrase_opening_the_clause(ctx: Context, text: str, source: str) -> None:
    events = [e for e in extract(ctx, text, "2016-05-04") if e.type in ("REQUEST", "ACCUSE")]
    assert events and all([a.name for a in e.source] == [source] for e in events)
