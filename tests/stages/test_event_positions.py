"""Roles of positions in object relative clauses and with dative pronouns (chronik.stages.event_positions)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_events import only
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2016-03-01") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def of_type(found: list[EventMention], type_: str) -> list[EventMention]:
    return [e for e in found if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # an object relative pronoun: the clause's own actor acts on the noun before the comma
    ("Die EU verhängte Sanktionen gegen den Machthaber Lukaschenko, den Moskau seit Jahren unterstützt.",
     "SUPPORT", "RUS", "BLR"),
    ("Die Opposition lehnt Assad ab, dem Russland seit Jahren Waffen liefert.", "AID", "RUS", "SYR"),
    ("Frankreich verurteilte Präsident Assad, dem Moskau im vergangenen Jahr Kampfjets geliefert hat.",
     "AID", "RUS", "SYR"),
])
def test_object_relative(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    matching = of_type(extract(ctx, text), type_)
    assert len(matching) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert {a.country for a in matching[0].source} == {source}
    assert {a.country for a in matching[0].target} == {target}


@pytest.mark.parametrize("text", [
    # the second conjunct's own subject: the first conjunct's modal makes it no plan, so the present
    # "stützt" describes a standing alignment and reports no act (France does not support Russia)
    ("Zu unterschiedlich sind die Positionen zur Zukunft des syrischen Präsidenten Baschar al-Assad, "
    "den Paris loswerden will und Moskau stützt."),
    "Umstritten bleibt die Rolle von Präsident Assad, den Washington stürzen will und Teheran unterstützt.",
])
def test_relative_second_conjunct(ctx: Context, text: str) -> None:
    assert not [e for e in of_type(extract(ctx, text), "SUPPORT") if "FRA" in {a.country for a in e.source}
                or "USA" in {a.country for a in e.source}]


@pytest.mark.parametrize("text", [
    # a subordinate conjunct closed by its finite verb ("sei", "will") does not lend it to the next
    # conjunct with an actor of its own: the present "unterstütze" describes a standing alignment
    ("Die Rebellen lehnen eine Rolle des Iran ab, weil Teheran in dem Konflikt selbst Partei sei und Milizen "
    "auf der Seite der Regierung unterstütze."),
    "Die Kurden misstrauen Ankara, weil die Türkei an dem Krieg beteiligt sei und islamistische Milizen unterstütze.",
])
def test_subordinate_conjunct(ctx: Context, text: str) -> None:
    assert not of_type(extract(ctx, text), "SUPPORT"), [(e.type, e.trigger) for e in extract(ctx, text)]


@pytest.mark.parametrize(("text", "type_", "modality"), [
    # in a main clause the modal reaches on to the second conjunct
    ("Russland will Truppen schicken und Assad unterstützen.", "SUPPORT", "future"),
    # coordinated subjects share the modal
    ("Die Türkei und Russland wollen die Regierung in Damaskus kritisieren.", "ACCUSE", "future"),
])
def test_conjunct_modality(ctx: Context, text: str, type_: str, modality: str) -> None:
    found = of_type(extract(ctx, text), type_)
    assert [e.modality for e in found] == [modality], [(e.type, e.trigger, e.modality) for e in extract(ctx, text)]


@pytest.mark.parametrize(("text", "subject", "source", "target"), [
    # a zu-infinitive completing a noun is the act of the noun's owner, never the sentence subject's
    (("In Ankara sprach Putin mit Erdogan über die Entscheidung von US-Präsident Donald Trump, Jerusalem als "
     "Hauptstadt Israels anzuerkennen."), "RUS", "USA", "ISR"),
    ("Die Türkei kritisierte den Plan der USA, die syrischen Kurden zu unterstützen.", "TUR", None, None),
    ("Russland verurteilte die Entscheidung der USA, Waffen an die Kurden in Syrien zu liefern.", "RUS", None, None),
])
def test_infinitive_of_noun_owner(ctx: Context, text: str, subject: str, source: str | None, target: str | None) -> None:
    found = [e for e in extract(ctx, text) if e.type in ("SUPPORT", "AID")]
    assert not [e for e in found if subject in {a.country for a in e.source}], [(e.type, e.trigger) for e in found]
    if source:
        assert [({a.country for a in e.source}, {a.country for a in e.target}) for e in found] == [({source}, {target})]


@pytest.mark.parametrize(("text", "source", "target"), [
    # a dative pronoun before the subject is the addressee
    ("Putin sprach am Montag vor Journalisten. Das habe ihm Präsident Baschar al-Assad am Sonntag zugesichert.",
     "SYR", "RUS"),
    ("Putin sprach am Montag vor Journalisten. Das habe ihm der syrische Präsident am Sonntag versprochen.",
     "SYR", "RUS"),
])
def test_dative_pronoun(ctx: Context, text: str, source: str, target: str) -> None:
    matching = of_type(extract(ctx, text), "AGREE")
    assert len(matching) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert {a.country for a in matching[0].source} == {source}
    assert {a.country for a in matching[0].target} == {target}


@pytest.mark.parametrize(("text", "target"), [
    # a generic act noun that refers back points a criticism at the author of the act before
    ("Trump will Jerusalem als Hauptstadt Israels anerkennen. Putin und Erdogan kritisierten den Schritt.", "USA"),
    ("Die EU hat neue Sanktionen gegen Russland verhängt. Der Kreml verurteilte die Maßnahmen.", "Q458"),
])
def test_act_noun_referent(ctx: Context, text: str, target: str) -> None:
    matching = of_type(extract(ctx, text), "ACCUSE")
    assert len(matching) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert target in {a.country for a in matching[0].target} | {a.id for a in matching[0].target}


@pytest.mark.parametrize(("text", "sources", "target"), [
    # a bare "Beide" opening the clause: the two persons of the meeting before
    (("Putin sprach in Ankara mit Erdogan über die Entscheidung von US-Präsident Donald Trump, Jerusalem als "
     "Hauptstadt Israels anzuerkennen. Beide kritisierten den Schritt."), {"RUS", "TUR"}, "USA"),
    ("Merkel traf Hollande in Paris. Beide verurteilten die Angriffe Russlands.", {"DEU", "FRA"}, "RUS"),
])
def test_dual_subject(ctx: Context, text: str, sources: set[str], target: str) -> None:
    matching = of_type(extract(ctx, text), "ACCUSE")
    assert len(matching) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert {a.country for a in matching[0].source} == sources
    assert target in {a.country for a in matching[0].target}


def test_dual_subject_needs_an_addressee(ctx: Context) -> None:
    # a joint position addressed to nobody is no act of one of the pair towards the other
    text = ("Am Vortag hatte Putin mit US-Präsident Donald Trump telefoniert. Beide hätten sich für eine politische "
            "Lösung ausgesprochen, teilte der Kreml mit.")
    assert not of_type(extract(ctx, text), "SUPPORT")


@pytest.mark.parametrize(("text", "target"), [
    # a refusal of a zu-infinitive is addressed to the party the infinitive names
    (("Der türkische Präsident Recep Tayyip Erdogan lehnte es am Donnerstag ab, sich für den Abschuss des russischen "
     "Kampfjets zu entschuldigen."), "RUS"),
    ("Erdogan lehnte es ab, sich bei Russland zu entschuldigen.", "RUS"),
    ("Putin lehnte es ab, die amerikanischen Vorschläge zu prüfen.", "USA"),
    # a refused meeting or agreement is addressed to its partner
    ("Russland lehnte Gespräche mit der Ukraine ab.", "UKR"),
    ("Die Taliban haben Friedensgespräche mit der afghanischen Regierung abgelehnt.", "AFG"),
])
def test_refused_infinitive(ctx: Context, text: str, target: str) -> None:
    matching = of_type(extract(ctx, text), "REJECT")
    assert len(matching) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert {a.country for a in matching[0].target} == {target}
    assert {a.sector for a in matching[0].target} == {"GOV"}


@pytest.mark.parametrize(("text", "source", "target"), [
    # a refused tie ("Koalition", "Bündnis", "Zusammenarbeit", "Dialog") is addressed to its "mit" partner,
    # also a party of the refuser's own state and sector
    ("Die CHP lehnte eine Koalition mit der AKP ab.", "CHP", "AKP"),
    ("Die nationalistische MHP lehnte am Montag ein Bündnis mit der AKP ab.", "MHP", "AKP"),
    ("Die ÖVP schloss eine Koalition mit der FPÖ aus.", "ÖVP", "FPÖ"),
    ("Faymann schließt eine Zusammenarbeit mit der FPÖ aus.", "Werner Faymann", "FPÖ"),
])
def test_refused_tie_partner(ctx: Context, text: str, source: str, target: str) -> None:
    matching = of_type(extract(ctx, text), "REJECT")
    assert len(matching) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert [a.name for a in matching[0].source] == [source]
    assert [a.name for a in matching[0].target] == [target]


def test_criticised_tie_keeps_its_rules(ctx: Context) -> None:
    # only a refusal takes the tie's partner: criticism of a coalition names nobody criticised
    assert not of_type(extract(ctx, "Strache kritisierte die Koalition mit der ÖVP."), "ACCUSE")


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # "sich für X einsetzen": backing the person after "für" (advocate_for, beside campaign_for's REQUEST)
    ("Für Jeremic würde sich Moskau stark einsetzen.", "SUPPORT", "Russland", "Jeremic"),
    ("Merkel hat sich in Brüssel für Juncker eingesetzt.", "SUPPORT", "Angela Merkel", "Jean-Claude Juncker"),
    ("Russland hat sich im Sicherheitsrat für Assad eingesetzt.", "SUPPORT", "Russland", "Baschar al-Assad"),
    # a refusal to back someone is a REJECT (event_refusals.py); "von" after a noun opens no agent (event_stance.py)
    ("Nikolic hatte wissen lassen, dass er die Kandidatur von Jeremic nicht unterstützen würde.", "REJECT",
     "Tomislav Nikolić", "Jeremic"),
])
def test_backing_and_refusing_a_person(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    found = extract(ctx, text, "2016-04-11")
    event = only(found, type_)
    assert [a.name for a in event.source] == [source] and [a.name for a in event.target] == [target]
    assert event.modality != "negated"


@pytest.mark.parametrize("text", [
    "Washington werde sich weiter für eine Zwei-Staaten-Lösung für Israelis und Palästinenser einsetzen.",
    "Die Armee setzte Panzer gegen die Rebellen ein.",
    "Merkel setzte sich bei Erdogan für die Freilassung der Journalisten ein.",
])
def test_no_backing_of_a_person(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2016-04-11") if e.type == "SUPPORT"]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # "sich gegen Vorwürfe verteidigen" rejects the accusers (reject_defend), backs nobody
    ("Erdogan verteidigte sich gegen die Vorwürfe aus Moskau.", "REJECT", "Recep Tayyip Erdoğan", "Russland"),
    ("Davutoglu verteidigte sich gegen die Kritik der EU an der Pressefreiheit.", "REJECT", "Ahmet Davutoğlu",
     "Europäische Union"),
    # without "sich" a defended person is backed
    ("Putin verteidigte Assad gegen Kritik aus dem Westen.", "SUPPORT", "Wladimir Putin", "Baschar al-Assad"),
])
def test_defending_oneself_against_accusations(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    found = extract(ctx, text, "2016-04-11")
    assert [e.type for e in found] == [type_]
    assert [a.name for a in found[0].source] == [source] and [a.name for a in found[0].target] == [target]


def test_a_tie_in_a_genitive_attribute_is_not_refused(ctx: Context) -> None:
    # the policy of a coalition is refused, not the coalition partner
    assert not of_type(extract(ctx, "Die CSU lehnt die Flüchtlingspolitik der Koalition mit der SPD ab."), "REJECT")


@pytest.mark.parametrize(("text", "target"), [
    # a cancelled or refused visit is addressed to the government of the place visited
    ("Ankara – Erdogan sagte seinen Besuch in Moskau ab.", "RUS"),
    ("Moskau – Lawrow hat seine Reise nach Ankara abgesagt.", "TUR"),
    ("Wien – Faymann lehnte einen Besuch in Ankara ab.", "TUR"),
])
def test_refused_visit_host(ctx: Context, text: str, target: str) -> None:
    matching = of_type(extract(ctx, text), "REJECT")
    assert len(matching) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert [(a.country, a.sector) for a in matching[0].target] == [(target, "GOV")]


def test_a_visit_at_home_cancelled_addresses_nobody(ctx: Context) -> None:
    assert not of_type(extract(ctx, "Ankara – Erdogan sagte seinen Besuch in Istanbul ab."), "REJECT")


@pytest.mark.parametrize("text", [
    # a visit cancelled for a cause (weather, attacks, illness) refuses no host
    "Wegen des Nebels musste Faymann seinen Besuch in Skopje absagen.",
    "Merkel sagte wegen der Anschläge in Paris ihren Besuch in Brüssel ab.",
    "Kerry hat seine Reise nach Moskau aufgrund einer Erkrankung abgesagt.",
])
def test_a_visit_cancelled_for_a_cause_refuses_no_host(ctx: Context, text: str) -> None:
    assert not of_type(extract(ctx, text), "REJECT")


@pytest.mark.parametrize("text", [
    # a denial of past backing, negated praise or thanks, "noch nicht" and "kann nicht" are no refusal
    "Die Türkei hat den IS nie unterstützt, sagte Davutoglu.",
    "Merkel lobte Faymann nicht.",
    "Erdogan dankte Merkel nicht für ihre Hilfe.",
    "Merkel unterstützt den Vorschlag Faymanns noch nicht.",
    "Ohne Russland kann die EU die Ukraine nicht unterstützen.",
    "Russland habe sich nie für Assad eingesetzt, sagte Lawrow.",
    "Die Türkei hat dem IS keine Unterstützung gegeben.",
    "Assad wird von Russland nicht unterstützt.",
    "Erdogan begrüßte den Vorschlag Merkels nicht.",
])
def test_negated_backing_is_no_refusal(ctx: Context, text: str) -> None:
    found = extract(ctx, text)
    assert not of_type(found, "REJECT"), found
    assert all(e.modality == "negated" for e in of_type(found, "SUPPORT")), found


@pytest.mark.parametrize(("text", "source", "target"), [
    # a declared will not to back is a refusal (event_refusals.py)
    ("Merkel sagte, Deutschland werde die Türkei nicht unterstützen.", "DEU", "TUR"),
    ("Russland will die Ukraine nicht unterstützen.", "RUS", "UKR"),
])
def test_declared_refusal(ctx: Context, text: str, source: str, target: str) -> None:
    event = only(extract(ctx, text), "REJECT")
    assert [a.country for a in event.source] == [source] and [a.country for a in event.target] == [target]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Russland weigerte sich, mit der Ukraine zu verhandeln.", "Russland", "Ukraine"),
    ("Netanjahu weigerte sich, Abbas zu empfangen.", "Benjamin Netanjahu", "Mahmud Abbas"),
    ("Podemos hatte sich geweigert, mit der PSOE zu verhandeln.", "Podemos", "PSOE"),  # two parties of one state
    ("Assad weigerte sich, mit der syrischen Opposition zu sprechen.", "Baschar al-Assad", "SYR OPP"),
])
def test_a_refusal_to_meet_rejects_the_partner(ctx: Context, text: str, source: str, target: str) -> None:
    assert [(e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in extract(ctx, text, "2016-02-22")] \
        == [("REJECT", [source], [target])]


def test_a_preposition_zu_opens_no_refused_act(ctx: Context) -> None:
    text = ("Finanzielle Unterstützung einer Partei hat Griss im Vorfeld ausgeschlossen, dennoch war sie sowohl bei den "
            "Neos als auch bei der FPÖ zu einem Hearing geladen.")
    assert not [e for e in extract(ctx, text, "2016-02-22") if e.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "Ungarn weigerte sich, Flüchtlinge aus Syrien aufzunehmen.",  # where the refugees come from
    "Ungarn lehnte es ab, Flüchtlinge aus Griechenland aufzunehmen.",
    "Die Türkei weigert sich, Waffen an die Kurden in Syrien zu liefern.",  # a place
])
def test_a_place_or_origin_in_the_refused_act_is_no_party(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2016-02-22") if e.type == "REJECT" and e.target]


def test_a_refused_withdrawal_from_a_state_still_rejects_it(ctx: Context) -> None:
    event = only(extract(ctx, "Russland weigert sich, Truppen aus der Ukraine abzuziehen.", "2016-02-22"), "REJECT")
    assert [a.country for a in event.target] == ["UKR"]
