"""Tests of participants named by reference: bodies meeting among their members, unnamed informers, "die
neue Führung", a bare "Beide", object pronouns (event_references.py, mention_anaphora.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _of_type(ctx: Context, text: str, type_: str, published: str = "2020-01-07"):
    return [e for e in extract(ctx, text, published) if e.type == type_]


@pytest.mark.parametrize(("text", "body"), [
    # a meeting verb whose only party is one organisation: the body meets among its members
    ("Die Staats- und Regierungschefs der Nato-Staaten berieten am Freitag in einer Videokonferenz über die Lage.",
     "Nato"),
    ("Der UN-Sicherheitsrat berät am Mittwoch über die Lage in Syrien.", "UN-Sicherheitsrat"),
    ("Die Außenminister der EU-Staaten trafen sich am Montag in Luxemburg.", "Europäische Union"),
    ("Die Arabische Liga traf sich zu einer Sondersitzung in Kairo.", "Arabische Liga"),
    ("Die Eurogruppe kam am Montag in Brüssel zusammen.", "Eurogruppe"),
])
def test_a_body_meets_among_its_members(ctx: Context, text: str, body: str) -> None:
    found = _of_type(ctx, text, "CONSULT")
    assert len(found) == 1, [(e.trigger, [a.name for a in e.source]) for e in found]
    assert [a.name for a in found[0].source] == [body]
    assert [a.name for a in found[0].target] == [body]
    assert found[0].mode == "multilateral"


@pytest.mark.parametrize(("text", "target"), [
    ("Die Nato berät am Montag mit Russland über Rüstungskontrolle.", ["Russland"]),  # a partner is named
    ("Guterres beriet am Montag über die Lage.", None),  # a person alone does not meet himself
    # a body of officials, not of states' delegates, sits alone; a topic is no partner
    ("Der EZB-Rat kommt am Sonntag zu einer Krisensitzung zu Griechenland zusammen.", None),
    ("Die EU-Kommission berät am Mittwoch über den Flüchtlingsdeal mit der Türkei.", None),
    ("Die Eurogruppe trifft sich am Montag zu Beratungen über das Hilfspaket mit Griechenland.", ["Eurogruppe"]),
    # a person after a topic that is no relation is the partner met
    ("Merkel sprach am Mittwoch über die Flüchtlingskrise mit dem türkischen Regierungschef Davutoglu.",
     ["Ahmet Davutoğlu"]),
    ("Juncker verhandelte am Mittwoch über die Flüchtlingskrise mit der Türkei.", ["Türkei"]),
])
def test_no_body_meeting_with_a_partner_or_for_a_person(ctx: Context, text: str, target) -> None:
    found = _of_type(ctx, text, "CONSULT")
    assert [[a.name for a in e.target] for e in found] == ([target] if target else [])


@pytest.mark.parametrize(("text", "informer", "informed", "day"), [
    # a passive briefing without an agent: by the author of the act reported just before, on its day
    (("Putin hatte den Abzug des Großteils der Truppen am Montag im Kreml angeordnet. Der syrische Präsident "
     "Baschar al-Assad sei in einem Telefonat informiert worden und habe zugestimmt, hieß es in Moskau."),
     "RUS", "SYR", "2016-03-14"),
    ("Die Türkei hat am Dienstag einen russischen Kampfjet abgeschossen. Moskau wurde erst später unterrichtet.",
     "TUR", "RUS", "2016-03-15"),
])
def test_an_unnamed_informer_is_the_author_of_the_act_before(ctx: Context, text: str, informer: str,
                                                             informed: str, day: str) -> None:
    found = _of_type(ctx, text, "CONSULT", "2016-03-16")
    assert [(e.source[0].country, e.target[0].country) for e in found] == [(informer, informed)]
    assert found[0].date is not None and found[0].date.value == day


def test_a_briefing_with_no_act_before_has_no_informer(ctx: Context) -> None:
    assert not _of_type(ctx, "Merkel wurde in einem Telefonat über die Entscheidung unterrichtet.", "CONSULT")


@pytest.mark.parametrize(("text", "partner"), [
    # "die neue Führung" without a state of its own: the government that took over where the article is
    (("Russland zieht Soldaten aus Syrien ab. Nach Angaben der neuen Machthaber in Damaskus haben russische "
     "Einheiten Stellungen bei Homs, Hama und Aleppo geräumt. Moskau verhandelt mit der neuen Führung zugleich "
     "über die Zukunft seiner Stützpunkte in Syrien."), "SYR"),
    (("Nach dem Sturz Assads hat sich die Lage in Syrien beruhigt. In Aleppo, Homs und Hama öffnen die Geschäfte "
     "wieder. Die Türkei verhandelt mit der neuen Regierung über die Rückkehr von Flüchtlingen."), "SYR"),
    ("Die Türkei verhandelt mit der neuen Führung in Damaskus.", "SYR"),
])
def test_the_new_leadership_is_the_government_of_the_articles_state(ctx: Context, text: str, partner: str) -> None:
    found = _of_type(ctx, text, "CONSULT", "2024-12-20")
    assert [(a.country, a.sector) for a in found[-1].target] == [(partner, "GOV")]


def test_a_new_government_of_no_clear_state_is_no_actor(ctx: Context) -> None:
    assert not _of_type(ctx, "Berlin will mit der neuen Regierung sprechen.", "CONSULT")


@pytest.mark.parametrize(("text", "type_", "parties"), [
    # a bare "Beide" as the subject of a meeting or an agreement: the two persons (else states) last named
    (("In Kairo verhandelte Putin mit dem ägyptischen Präsidenten Abdel Fattah al-Sisi. Beide wohnten der "
     "Unterzeichnung von Verträgen über den Bau des Atomkraftwerks El Dabaa durch den russischen Staatskonzern "
     "Rosatom bei."), "AGREE", {"Rosatom", "Wladimir Putin", "Abdel Fattah al-Sisi"}),
    ("Merkel empfing am Montag Macron in Berlin. Die beiden vereinbarten eine engere Zusammenarbeit.", "AGREE",
     {"Angela Merkel", "Emmanuel Macron"}),
    ("Russland und die Türkei verhandelten in Sotschi. Beide unterzeichneten ein Abkommen.", "AGREE",
     {"Russland", "Türkei"}),
])
def test_both_are_the_pair_named_before(ctx: Context, text: str, type_: str, parties: set[str]) -> None:
    found = _of_type(ctx, text, type_, "2017-12-12")
    assert len(found) == 1, [(e.trigger, [a.name for a in e.source]) for e in found]
    assert {a.name for a in found[0].source + found[0].target} == parties


def test_both_speaking_out_is_no_act_between_them(ctx: Context) -> None:
    text = ("Am Vortag hatte Putin mit US-Präsident Donald Trump telefoniert. Beide hätten sich für eine politische "
            "Lösung ausgesprochen, teilte der Kreml mit.")
    assert not _of_type(ctx, text, "SUPPORT", "2017-11-22")


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # an object pronoun is never the subject: the free actor of its clause is
    (("Assad habe sich zu Wahlen bereit erklärt, sagte Putin. Das habe ihm Präsident Baschar al-Assad bei dessen "
     "Besuch in Sotschi am Montag zugesichert."), "AGREE", "Baschar al-Assad", "Wladimir Putin"),
    ("Obama reiste am Montag nach Berlin. Dort empfing ihn Kanzlerin Merkel.", "CONSULT", "Angela Merkel",
     "Barack Obama"),
])
def test_an_object_pronoun_is_the_target(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    found = [e for e in _of_type(ctx, text, type_, "2017-11-22") if e.source[0].name == source]
    assert [[a.name for a in e.target] for e in found] == [[target]]


@pytest.mark.parametrize(("text", "type_", "countries"), [
    # a group noun before "beider Länder" / "der beiden Staaten": the two states last named, as that group
    (("Nach dem Treffen von Frankreichs Präsident François Hollande mit Kremlchef Wladimir Putin sollen die "
      "Militärs beider Länder ihre Einsätze in Syrien künftig enger koordinieren."), "COOPERATE",
     {("FRA", "MIL"), ("RUS", "MIL")}),
    (("Russland und die Türkei verhandelten am Montag in Sotschi. Am Dienstag unterzeichneten die Außenminister "
      "beider Staaten eine Vereinbarung."), "AGREE", {("RUS", "GOV"), ("TUR", "GOV")}),
    # "zwischen den beiden Ländern", "beide Länder" alone: the two governments
    (("Die Lage hat sich entspannt, seitdem Flüchtlinge von Serbien mit dem Zug direkt nach Kroatien transportiert "
      "werden. Seit Dienstag werden die Flüchtlinge gemäß einer Vereinbarung zwischen den beiden Ländern von der "
      "serbischen Grenzstadt Sid mit Zügen direkt nach Slavonski Brod befördert."), "AGREE", {("SRB", "GOV"), ("HRV", "GOV")}),
    (("Frankreich und Deutschland wollen ihre Zusammenarbeit vertiefen. Beide Länder unterzeichneten am Montag "
      "ein Abkommen."), "AGREE", {("FRA", "GOV"), ("DEU", "GOV")}),
])
def test_both_states_are_the_two_named_before(ctx: Context, text: str, type_: str, countries: set) -> None:
    found = _of_type(ctx, text, type_, "2015-11-27")
    assert len(found) == 1, [(e.trigger, [a.name for a in e.source]) for e in found]
    assert {(a.country, a.sector) for a in found[0].source + found[0].target} == countries


def test_a_head_noun_that_names_no_group_gives_no_pair(ctx: Context) -> None:
    text = "Frankreich und Russland verhandelten. Die Grenze beider Länder wurde vereinbart."
    assert not [e for e in extract(ctx, text, "2015-11-27") if any(a.id.startswith("grp:") for a in e.source)]
