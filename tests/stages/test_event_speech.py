"""Roles of speech acts that clause structure alone misreads (chronik.stages.event_speech)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2015-11-28") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def of_type(found: list[EventMention], type_: str) -> list[EventMention]:
    return [e for e in found if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # a fronted object with an inserted clause: the subject follows the finite verb (OVS)
    ("Eine Entschuldigung, wie Moskau sie verlangt, lehnte Ankara aber weiterhin ab.", "REJECT", "TUR", "RUS"),
    # a second main clause has its own subject; the denial answers the accusation before it
    ("Die Türkei wirft dem russischen Militär vor, ihren Luftraum verletzt zu haben; Moskau bestreitet das.",
     "REJECT", "RUS", "TUR"),
    # a fronted subordinate clause fills the prefield: the main clause's subject follows its verb
    ("Nachdem Russland die Ukraine angegriffen hatte, verurteilte Kanzler Scholz den Angriff.", "ACCUSE", "DEU", "RUS"),
])
def test_clause_subject_and_answered_addressee(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    matching = of_type(extract(ctx, text), type_)
    assert len(matching) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert {a.country for a in matching[0].source} == {source}
    assert target in {a.country for a in matching[0].target}


@pytest.mark.parametrize("text", [
    # the subject of a coordinated verb after a main clause is that clause's subject, not the object after it
    ("Drei Wochen darauf, am 11. Dezember, landete Putin auf dem Stützpunkt Hmeimim, traf dort Assad und "
    "ordnete den Abzug eines Teils der russischen Truppen an."),
])
def test_a_coordinated_verb_keeps_the_main_subject(ctx: Context, text: str) -> None:
    meetings = of_type(extract(ctx, text, "2017-12-12"), "CONSULT")
    assert meetings and {a.country for a in meetings[0].source} == {"RUS"}


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # a refusal that names nobody answers the accusation of the sentence before
    (("Die ukrainische Armee warf den Separatisten vor, ihre Angriffe verstärkt zu haben. "
     "Die Separatisten wiesen das zurück."), "REJECT", "REB", "MIL"),
])
def test_a_refusal_answers_the_accusation_before(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    refusal = of_type(extract(ctx, text), type_)
    assert len(refusal) == 1
    assert {a.sector for a in refusal[0].source} == {source}
    assert target in {a.sector for a in refusal[0].target}


def test_a_threat_goes_on_addressing_whom_the_same_side_criticised(ctx: Context) -> None:
    text = ("Russland hat den Beitritt Finnlands zur Nato scharf kritisiert. Das Außenministerium in Moskau "
            "erklärte am Dienstag, Russland sehe sich gezwungen, Gegenmaßnahmen zu ergreifen.")
    threats = of_type(extract(ctx, text, "2023-04-05"), "THREATEN")
    assert len(threats) == 1
    assert {a.country for a in threats[0].source} == {"RUS"}
    assert {a.country for a in threats[0].target} == {"FIN"}


@pytest.mark.parametrize("text", [
    # the addressee is named, only not as an actor: no addressee is borrowed from the sentence before
    ("Die Ukraine brach ihre diplomatischen Beziehungen zu Russland ab. "
    "Von der internationalen Gemeinschaft verlangte sie umfassende Sanktionen."),
    # a fronted object with its own clause, but nobody refused is named: no event
    "Den Eindruck, Russland habe in Syrien eine Niederlage erlitten, wies Putin zurück.",
])
def test_no_addressee_is_invented(ctx: Context, text: str) -> None:
    found = extract(ctx, text)
    assert not of_type(found, "REQUEST") and not of_type(found, "REJECT"), [(e.type, e.trigger) for e in found]


@pytest.mark.parametrize(("text", "published", "targets", "absent"), [
    # criticism of a meeting is aimed at its parties
    (("Assad ist nach Moskau gereist und hat dort mit Kremlchef Wladimir Putin beraten. "
     "Das Weiße Haus kritisierte den Empfang im Kreml."), "2015-10-21", {"RUS"}, set()),
    # an indefinite event noun introduces an act of its own, it does not refer back to the meeting before
    (("Putin traf in Sotschi den jordanischen König Abdullah II. "
     "Außenminister Sergej Lawrow sagte eine geplante Reise ab."), "2015-11-24", set(), {"JOR"}),
])
def test_reactions_to_a_meeting(ctx: Context, text: str, published: str, targets: set[str], absent: set[str]) -> None:
    reactions = [e for e in extract(ctx, text, published) if e.type in ("ACCUSE", "REJECT")]
    countries = {a.country for e in reactions for a in e.target}
    assert targets <= countries and not absent & countries


def test_continued_indirect_speech_demands_of_its_subject(ctx: Context) -> None:
    text = ("Nach syrischen Angaben betonte al-Scharaa, ein Neuanfang müsse die Fehler der Vergangenheit "
            "berücksichtigen. Russland solle durch konkrete Schritte das Vertrauen des syrischen Volkes "
            "zurückgewinnen.")
    demands = of_type(extract(ctx, text, "2025-01-28"), "REQUEST")
    assert len(demands) == 1
    assert {a.country for a in demands[0].source} == {"SYR"}
    assert {a.country for a in demands[0].target} == {"RUS"}


@pytest.mark.parametrize("text", [
    # the subject of "solle" is no actor: a purpose, not a demand of the army named after it
    ("Kremlsprecher Dmitri Peskow sagte, der Einsatz sei zeitlich begrenzt und solle die syrische Armee bei "
    "ihren Offensiven unterstützen."),
    # the speaker and the subject are one side: no demand of anybody
    "Russland solle sich auf einen langen Einsatz einstellen, sagte Putin.",
])
def test_an_obligation_without_an_asked_subject_is_no_demand(ctx: Context, text: str) -> None:
    assert not of_type(extract(ctx, text), "REQUEST")


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # reported speech before ", VERB SUBJECT": the subject after the verb speaks, the reported clause's actor
    # is addressed
    ("Russland bombardiere gezielt Krankenhäuser, kritisierte der französische Außenminister Laurent Fabius.",
     "ACCUSE", "FRA", "RUS"),
    ("Die Türkei unterstütze den IS, warf der russische Präsident Wladimir Putin vor.", "ACCUSE", "RUS", "TUR"),
    ("Merkel habe richtig gehandelt, lobte der französische Präsident François Hollande.", "SUPPORT", "FRA", "DEU"),
    (("Insbesondere gehe Israel den Rechtsverstößen seiner Besatzungskräfte nicht nach, kritisierte "
     "UN-Generalsekretär Ban Ki Moon am Montag."), "ACCUSE", None, "ISR"),
    # a demand verb after a reported obligation: the demand verb names the speaker, not "müsse"
    ("Russland müsse mehr tun, forderte Steinmeier am Montag.", "REQUEST", "DEU", "RUS"),
    # a quotation closed before the comma is reported speech, whatever its mood
    ("„Russland muss die Angriffe sofort einstellen“, forderte Außenminister Frank-Walter Steinmeier.",
     "REQUEST", "DEU", "RUS"),
    # speaker and addressee both after the verb
    ("Die Türkei unterstütze den IS, warf Putin Erdogan vor.", "ACCUSE", "RUS", "TUR"),
    ("Die Türkei unterstütze den IS, warf Putin der Regierung in Ankara vor.", "ACCUSE", "RUS", "TUR"),
])
def test_speaker_after_reported_clause(ctx: Context, text: str, type_: str, source: str | None, target: str) -> None:
    matching = of_type(extract(ctx, text), type_)
    assert len(matching) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert source is None or {a.country for a in matching[0].source} == {source}, matching[0]
    assert target in {a.country for a in matching[0].target}, matching[0]
    assert target not in {a.country for a in matching[0].source}, matching[0]


@pytest.mark.parametrize(("text", "type_", "source"), [
    # a second verb in asyndetic coordination shares the first clause's subject: no reported speech before it
    ("Merkel besuchte am Montag Ankara, lobte Erdogan.", "SUPPORT", "DEU"),
    ("Putin empfing Assad im Kreml, kritisierte die Türkei scharf.", "ACCUSE", "RUS"),
])
def test_coordinated_verb_is_no_inversion(ctx: Context, text: str, type_: str, source: str) -> None:
    matching = of_type(extract(ctx, text), type_)
    assert matching and {a.country for a in matching[0].source} == {source}, matching


def test_a_target_preposition_of_a_later_subordinate_clause_names_no_target(ctx: Context) -> None:
    text = ("Demirtaş warf der Regierung in Ankara zudem vor, dass deren Angriffe auf die IS-Jihadisten nur ein "
            "Vorwand seien, um gegen die PKK vorzugehen.")
    accusations = of_type(extract(ctx, text), "ACCUSE")
    assert accusations and {(a.country, a.sector) for a in accusations[0].target} == {("TUR", "GOV")}, accusations


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # the reported clause opens with its own author: the speaker only reports it
    ("Die Nato will die Türkei beim Ausbau der Luftüberwachung unterstützen, sagte Stoltenberg am Dienstag.",
     "SUPPORT", "Q7184", "TUR"),  # the Nato
    ("Die Türkei fordere den Abzug der russischen Truppen, sagte der Sprecher des Kreml.", "REQUEST", "TUR", "RUS"),
    # also inside quotation marks: the author stands after the opening mark
    ("„Die Türkei droht der EU“, sagte Kurz.", "THREATEN", "TUR", None),
    ('"Ankara erpresst die EU", sagte Kurz am Montag.', "THREATEN", "TUR", None),
    ("„Russland kritisiert die Nato zu Recht“, sagte Lawrow.", "ACCUSE", "RUS", None),
    # a quoted demand of the speaker's own side stays the speaker's
    ("„Wir fordern von Russland den Abzug“, sagte Kerry.", "REQUEST", "USA", "RUS"),
    ("„Assad muss gehen“, sagte Hollande.", "REQUEST", "FRA", "SYR"),
    # an object put first, the subject a pronoun after the verb: the speaker's own act (review of a898a73)
    ("„Die Türkei kritisieren wir scharf“, sagte Merkel.", "ACCUSE", "DEU", "TUR"),
    ("„Assad unterstützen wir nicht“, sagte Hollande.", "SUPPORT", "FRA", "SYR"),
    ("„Erdogan verurteile ich“, sagte Kurz.", "ACCUSE", "AUT", "TUR"),
    # an asked subject or an impersonal one leaves the act to the speaker
    ("Assad müsse gehen, sagte Hollande.", "REQUEST", "FRA", "SYR"),
    ("Moskau erklärte, man widerspräche der Darstellung Ankaras entschieden.", "REJECT", "RUS", "TUR"),
])
def test_who_authors_reported_speech(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    found = of_type(extract(ctx, text, "2016-02-10"), type_)
    assert len(found) == 1, found
    assert {a.country or a.id for a in found[0].source} == {source}, found[0]
    assert target is None or target in {a.country for a in found[0].target}, found[0]


def test_an_act_under_a_present_obligation_has_not_happened(ctx: Context) -> None:
    found = extract(ctx, "„Russland muss die Angriffe sofort einstellen“, forderte Steinmeier.")
    assert all(e.modality == "future" for e in found if e.type != "REQUEST"), found
    assert of_type(found, "REQUEST")[0].modality == "asserted"


def test_own_state_in_reported_clause_is_no_addressee(ctx: Context) -> None:
    text = "Den Eindruck, Russland habe in Syrien eine Niederlage erlitten, wies Putin am Montag zurück."
    assert not any("RUS" in {a.country for a in e.target} and e.type == "REJECT" for e in extract(ctx, text))


@pytest.mark.parametrize(("text", "type_", "wrong_source"), [
    # a dash between two main clauses (teasers, headlines): the second clause's act is not the first subject's
    ("Aktivisten machen Russland für die Attacke auf ein Spital verantwortlich – Türkei droht Kurden.",
     "THREATEN", "SYR"),
    ("Merkel trifft Erdogan in Ankara – Russland kritisiert die Türkei.", "ACCUSE", "DEU"),
])
def test_dash_opens_a_clause_of_its_own(ctx: Context, text: str, type_: str, wrong_source: str) -> None:
    assert not any(wrong_source in {a.country for a in e.source} for e in of_type(extract(ctx, text), type_))


def test_dash_closing_an_insertion_keeps_the_subject(ctx: Context) -> None:
    text = ("HDP-Chef Selahattin Demirtas – dem die Immunität ebenfalls entzogen werden soll – hatte die AKP "
            "gewarnt: Wir werden nicht erlauben, dass Ihr über uns urteilt.")
    threats = of_type(extract(ctx, text), "THREATEN")
    assert threats and {a.name for a in threats[0].source} == {"Selahattin Demirtaş"}, threats


@pytest.mark.parametrize(("text", "source", "target"), [
    # a split particle verb is active whatever the clause before holds; its object is the target
    (("Bei einem Anschlag in Ankara wurden am Sonntag 37 Menschen getötet; Erdogan machte die PKK für die Lage im "
      "Land verantwortlich."), "Q39723", "kb:pkk"),
])
def test_a_main_clause_after_a_passive_one_keeps_its_roles(ctx: Context, text: str, source: str, target: str) -> None:
    found = [e for e in events(analyse(ctx, text, "2016-04-28"), ctx).events if e.type == "ACCUSE"]
    assert len(found) == 1
    assert [a.id for a in found[0].source] == [source] and [a.id for a in found[0].target] == [target]


@pytest.mark.parametrize(("text", "type_", "source", "attribution"), [
    # the reported clause's own subject authors the act; the one cited is its attribution
    ("Laut Lawrow verurteilt Russland den Angriff der Türkei.", "ACCUSE", "Russland", "Sergej Lawrow"),
    ("Wie Peskow mitteilte, verurteilt der Kreml die Sanktionen der EU.", "ACCUSE", "Russland", "Dmitri Peskow"),
    ("Der Kreml kritisierte die Nato, sagte Peskow.", "ACCUSE", "Russland", "Dmitri Peskow"),
    ("Steinmeier zufolge fordert Deutschland eine Waffenruhe in Syrien.", "REQUEST", "Deutschland",
     "Frank-Walter Steinmeier"),
    # a subject that is asked leaves the act to the speaker
    ("Assad müsse gehen, sagte Hollande.", "REQUEST", "François Hollande", "François Hollande"),
])
def test_the_reported_clause_keeps_its_subject(ctx: Context, text: str, type_: str, source: str,
                                               attribution: str) -> None:
    found = of_type(extract(ctx, text, "2016-01-10"), type_)
    assert len(found) == 1, [(e.type, e.trigger) for e in extract(ctx, text, "2016-01-10")]
    assert [a.name for a in found[0].source] == [source] and found[0].attribution == attribution


@pytest.mark.parametrize(("text", "target"), [
    # a target preposition after another noun belongs to that noun when the verb has an object of its own
    ("Lawrow warf Washington Doppelmoral im Kampf gegen den IS vor.", {"USA"}),
    # a quoted phrase does not close the clause of a split particle verb
    ("Davutoglu warf Russland „ethnische Säuberungen“ in Syrien vor.", {"RUS"}),
    ('Davutoglu warf Russland "ethnische Säuberungen" in Syrien vor.', {"RUS"}),
])
def test_the_accused_object(ctx: Context, text: str, target: set[str]) -> None:
    found = of_type(extract(ctx, text, "2016-01-10"), "ACCUSE")
    assert len(found) == 1 and {a.country for a in found[0].target} == target


@pytest.mark.parametrize("text", [
    # alternatives after an act noun are its possible authors, one side: no attack of one on the other
    "Für die Angriffe sei entweder Russland oder die syrische Regierung verantwortlich, sagte Kerry.",
    "Hinter dem Anschlag stehe entweder der IS oder die PKK, sagte Davutoglu.",
])
def test_alternatives_are_one_side(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2016-01-10")
    assert not any(e.type == "ASSAULT" and e.target and {a.id for a in e.source} & {a.id for a in e.target} == set()
                   and len(e.source) == 1 for e in found), [(e.type, e.source, e.target) for e in found]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # ", so X." closing the sentence names the speaker of reported speech
    ("Die Türkei müsse sich für den Abschuss entschuldigen, so Lawrow.", "REQUEST", "RUS", "TUR"),
    ("Russland müsse die Angriffe auf Zivilisten einstellen, so Kerry.", "REQUEST", "USA", "RUS"),
])
def test_a_closing_so_names_the_speaker(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    found = of_type(extract(ctx, text, "2016-01-10"), type_)
    assert len(found) == 1 and {a.country for a in found[0].source} == {source}
    assert {a.country for a in found[0].target} == {target}


@pytest.mark.parametrize(("text", "source", "target"), [
    # a quoted or reported "muss" with its speaker is a demand on the subject
    ("„Assad muss die Fassbomben-Angriffe beenden“, sagte Kerry.", "USA", "SYR"),
    ("Die Türkei muss den Luftraum Syriens respektieren, sagte Lawrow.", "RUS", "TUR"),
    # the speaker is the subject before "sagte", a bracketed party between, not the newspaper told
    ("Außenminister Steinmeier (SPD) sagte der Süddeutschen Zeitung, Russland müsse die Angriffe einstellen.",
     "DEU", "RUS"),
    ("Innenminister Thomas de Maizière (CDU) sagte der Bild-Zeitung: Die Türkei muss die Flüchtlinge zurücknehmen.",
     "DEU", "TUR"),
])
def test_a_stated_obligation_is_the_speakers_demand(ctx: Context, text: str, source: str, target: str) -> None:
    found = of_type(extract(ctx, text, "2016-01-10"), "REQUEST")
    assert len(found) == 1, [(e.type, e.trigger) for e in extract(ctx, text, "2016-01-10")]
    assert {(a.country, a.sector) for a in found[0].source} == {(source, "GOV")}
    assert target in {a.country for a in found[0].target}


def test_a_foreseen_burden_is_no_demand(ctx: Context) -> None:
    text = "Sein Mandant werde die Kosten alleine tragen müssen, sagte der Anwalt von Strache."
    assert not of_type(extract(ctx, text, "2016-01-10"), "REQUEST")


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # the dative of the speaker's verb is the target, the genitive after the noun only whose support it is
    ("Obama versicherte der Türkei die Unterstützung der Nato.", "SUPPORT", "Barack Obama", "Türkei"),
    ("Kerry versicherte Netanjahu die Solidarität der USA.", "SUPPORT", "John Kerry", "Benjamin Netanjahu"),
    ("Merkel versicherte Poroschenko ihre volle Unterstützung.", "SUPPORT", "Angela Merkel", "Petro Poroschenko"),
    # a noun trigger's own target comes before its genitive backer
    ("Steinmeier versicherte, die Unterstützung der EU für die Ukraine bleibe.", "SUPPORT", "Frank-Walter Steinmeier",
     "Ukraine"),
    ("Assad müsse gehen, sagte Hollande.", "REQUEST", "François Hollande", "Baschar al-Assad"),
])
def test_the_addressee_of_the_speakers_verb_is_the_target(ctx: Context, text: str, type_: str, source: str,
                                                          target: str) -> None:
    found = of_type(extract(ctx, text), type_)
    assert len(found) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert [a.name for a in found[0].source] == [source] and [a.name for a in found[0].target] == [target]
