"""Tests of the second round of sense constraints (event_senses.py, ``sense_constraints`` in events.yaml):
light-verb idioms of trigger verbs ("die Entscheidung treffen", "sich Gefechte liefern"), "drohen" read as
"to face" or "to be in danger of", "aufheben" of something that is no restriction, and bare treaty nouns
that name a document, not its making."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _shown(found):
    return [(e.type, e.mode, e.trigger, [a.name for a in e.source], [a.name for a in e.target]) for e in found]


@pytest.mark.parametrize(("text", "type_"), [
    # "eine Entscheidung treffen" decides; buildings "getroffen" are hit
    ("Die deutsche Regierung traf am Montag die Entscheidung, Griechenland zu helfen.", "CONSULT"),
    ("Merkel traf am Montag die Entscheidung, Flüchtlinge aus Ungarn einreisen zu lassen.", "CONSULT"),
    ("Die UNO teilte mit, in Aleppo seien am Montag zwei Schulen getroffen worden.", "CONSULT"),
    # "sich Gefechte liefern" fights, nobody delivers
    ("In Cizre, einer Hochburg der PKK, liefern sich türkische Soldaten und kurdische Rebellen seit Tagen schwere "
     "Gefechte.", "AID"),
    # drohen + dative + a nominative thing (faces), or + zu-infinitive (is in danger of)
    ("Im Zusammenhang mit der Übertragung der Pensionisten der Bank Austria droht Österreich eine EU-Strafe.",
     "THREATEN"),
    ("Ungarn droht wegen der Zäune ein Verfahren der EU-Kommission.", "THREATEN"),
    ("Österreich droht eine Klage der EU-Kommission.", "THREATEN"),
    ("Doch dabei droht nicht nur Jazenjuks NF in der Versenkung zu verschwinden, auch Poroschenkos Popularität "
     "ist gesunken.", "THREATEN"),
    # aufheben of what restricts nobody's acts: immunity, a judgment
    ("In einer historischen Sitzung hob der Kongress am Dienstag die Immunität von Otto Pérez auf.", "CONCEDE"),
    ("Der Verfassungsgerichtshof hob das Urteil des Obersten Gerichtshofs am Montag auf.", "CONCEDE"),
    # a bare treaty noun names the document
    ("Mitrow betonte, Russland habe bei dem Vertrag zwischen der EU und der Türkei darauf bestanden.", "AGREE"),
    ("Der augenfälligste Unterschied liegt im Zugang zu dem Abkommen zwischen der EU und den USA.", "AGREE"),
    # "stellen" without "hinter" backs nobody
    ("Außenminister Sebastian Kurz stellte am Donnerstag klar, dass Österreich die Grenze schützen werde.",
     "SUPPORT"),
])
def test_other_sense_is_no_event(ctx: Context, text: str, type_: str) -> None:
    found = [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]
    assert found == [], _shown(found)


@pytest.mark.parametrize(("text", "type_", "source"), [
    ("Merkel traf am Montag Putin in Berlin.", "CONSULT", "Angela Merkel"),
    ("Merkel hat am Montag in Berlin Putin getroffen.", "CONSULT", "Angela Merkel"),
    ("Russland liefert seit Montag Waffen an Syrien.", "AID", "Russland"),
    ("Die USA lieferten am Montag Hilfsgüter an die Ukraine.", "AID", "USA"),
    ("Die Türkei drohte Russland am Montag mit Konsequenzen.", "THREATEN", "Türkei"),
    ("Russland drohte der Ukraine am Montag, die Gaslieferungen einzustellen.", "THREATEN", "Russland"),
    ("Die EU drohte Russland am Montag mit einer harten Strafe.", "THREATEN", "Europäische Union"),
    ("Die EU hob am Montag die Sanktionen gegen den Iran auf.", "CONCEDE", "Europäische Union"),
    ("Die USA haben am Montag die Wirtschaftssanktionen gegen Kuba aufgehoben.", "CONCEDE", "USA"),
    ("Die EU und die Türkei haben am Montag ein Abkommen geschlossen.", "AGREE", "Europäische Union"),
    ("Das Abkommen zwischen der EU und der Türkei wurde am Montag in Brüssel unterzeichnet.", "AGREE",
     "Europäische Union"),
    # backing: "sich hinter X stellen", "Rückendeckung geben", "den Rücken stärken"
    ("Der russische Präsident Wladimir Putin stellte sich demonstrativ hinter Assad.", "SUPPORT", "Wladimir Putin"),
    ("Die Nato hat sich am Montag hinter die Türkei gestellt.", "SUPPORT", "Nato"),
    ("EU-Ratspräsident Donald Tusk gab Merkel in der Flüchtlingskrise Rückendeckung.", "SUPPORT", "Donald Tusk"),
    ("Obama stärkte Merkel am Montag den Rücken.", "SUPPORT", "Barack Obama"),
    # "sprechen mit" with the partner before a closing participle
    ("Merkel hat am Montag mit Putin über die Ukraine gesprochen.", "CONSULT", "Angela Merkel"),
])
def test_political_sense_stays(ctx: Context, text: str, type_: str, source: str) -> None:
    found = [e for e in extract(ctx, text, "2016-03-01") if e.type == type_]
    assert len(found) == 1, _shown(found)
    assert source in [a.name for a in found[0].source], _shown(found)


@pytest.mark.parametrize(("text", "types", "source", "target"), [
    # "militärisch unterstützen" is military aid (AID/military), not verbal SUPPORT: the light-verb match
    # consumes its support verb
    ("Deutschland will Frankreich im Kampf gegen den IS militärisch unterstützen.", ["AID"], "Deutschland",
     "Frankreich"),
    ("Russland hat Assad militärisch unterstützt.", ["AID"], "Russland", "Baschar al-Assad"),
    # other types keep their verb: "Abkommen treffen" is no meeting either way
    ("Russland und die Ukraine haben ein Abkommen getroffen.", ["AGREE"], "Russland", "Ukraine"),
])
def test_light_verb_consumes_its_support_verb(ctx: Context, text: str, types: list[str], source: str,
                                              target: str) -> None:
    found = extract(ctx, text, "2015-11-26")
    assert sorted(e.type for e in found) == types, _shown(found)
    assert [a.name for a in found[0].source] == [source] and [a.name for a in found[0].target] == [target]
    if types == ["AID"]:
        assert found[0].mode == "military"


@pytest.mark.parametrize("text", [
    # present "unterstützen … militärisch" with no time, or "seit" a year: an alignment, as the bare verb
    "Russland und der Iran unterstützen Assad militärisch, die Türkei steht auf der Seite der Rebellen.",
    "Russland hatte ihn seit 2015 militärisch unterstützt.",
])
def test_light_verb_standing_alignment_is_no_event(ctx: Context, text: str) -> None:
    assert extract(ctx, text, "2017-11-22") == []


def test_a_time_of_another_clause_does_not_make_an_alignment_an_act(ctx: Context) -> None:
    text = ("Mitte November begannen die Regierungstruppen, unterstützt von der russischen Luftwaffe und von Milizen, "
            "die vom Iran unterstützt werden, eine Großoffensive auf die eingeschlossenen Viertel.")
    assert not [e for e in extract(ctx, text, "2016-12-23") if e.type == "SUPPORT"]


@pytest.mark.parametrize(("text", "target"), [
    # a label as the predicate of "bezeichnen als" accuses the one labelled
    ("Erdogan bezeichnete Assad als Terroristen.", "Baschar al-Assad"),
    ("Poroschenko bezeichnete Russland als Aggressor.", "Russland"),
    ("Erdogan bezeichnete die Vorwürfe Putins als Lüge.", "Wladimir Putin"),
    ("Erdoğan bezeichnete die HDP als verlängerten Arm der PKK.", "HDP"),
    ("Strache bezeichnete Merkel als Brandstifter.", "Angela Merkel"),
])
def test_a_label_accuses(ctx: Context, text: str, target: str) -> None:
    found = [e for e in extract(ctx, text, "2016-01-10") if e.type == "ACCUSE"]
    assert len(found) == 1 and [a.name for a in found[0].target] == [target], _shown(found)


@pytest.mark.parametrize("text", [
    # the label itself, read as a group of the dateline's country, is no side: the one labelled names no actor
    "Athen – Finanzminister Varoufakis hat die Gläubiger als Terroristen bezeichnet.",
    "Athen – Varoufakis ist zurückgetreten. Er hatte die Gläubiger zuvor als Terroristen bezeichnet.",
])
def test_a_label_is_not_the_one_labelled(ctx: Context, text: str) -> None:
    found = [e for e in extract(ctx, text, "2015-07-06") if e.type == "ACCUSE"]
    assert not [e for e in found if any(a.sector == "REB" for a in e.target)], _shown(found)


def test_a_label_noun_without_als_accuses_nobody(ctx: Context) -> None:
    found = extract(ctx, "Die syrische Armee nannte die Zahl der getöteten Terroristen.", "2016-01-10")
    assert not [e for e in found if e.type == "ACCUSE"], _shown(found)


def test_recalling_an_ambassador_downgrades_relations(ctx: Context) -> None:
    found = [e for e in extract(ctx, "Österreich hat seinen Botschafter aus der Türkei zurückberufen.", "2016-01-10")
             if e.type == "SANCTION"]
    assert len(found) == 1 and [a.country for a in found[0].target] == ["TUR"], _shown(found)


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # "angreifen"/"attackieren" with an adverb of speech is criticism
    ("London – Der frühere britische Finanzminister Nigel Lawson hat die Regierung scharf angegriffen.",
     "ACCUSE", ("GBR", "GOV"), ("GBR", "GOV")),
    ("Ankara – Erdogan attackierte die EU scharf.", "ACCUSE", ("TUR", "GOV"), (None, "IGO")),
    # "unter Beschuss nehmen" shells
    ("Kiew – Die ukrainische Armee nahm Stellungen der Separatisten unter Beschuss.", "ASSAULT", ("UKR", "MIL"),
     ("UKR", "REB")),
    ("Kiew – Die Separatisten nahmen am Sonntag Mariupol unter Beschuss.", "ASSAULT", ("UKR", "REB"), ("UKR", "GOV")),
    # a ban of an organisation, a newspaper put under state administration
    ("Kairo – Die ägyptische Regierung verbot die Muslimbruderschaft.", "COERCE", ("EGY", "GOV"), ("EGY", "OPP")),
    ("Ankara – Ein türkisches Gericht hat die prokurdische Partei HDP verboten.", "COERCE", ("TUR", "JUD"),
     ("TUR", "OPP")),
    # a state's initiative or proposal refused or criticised is its government's
    ("Jerusalem – Netanjahu lehnte die französische Friedensinitiative ab.", "REJECT", ("ISR", "GOV"), ("FRA", "GOV")),
    ("Moskau – Lawrow wies den amerikanischen Vorschlag zurück.", "REJECT", ("RUS", "GOV"), ("USA", "GOV")),
    ("Berlin – Merkel kritisierte die griechischen Reformvorschläge.", "ACCUSE", ("DEU", "GOV"), ("GRC", "GOV")),
    # a siege: the besieged place's holder
    ("Damaskus – Die syrische Armee belagerte im Sommer die Stadt Homs.", "COERCE", ("SYR", "MIL"), ("SYR", "REB")),
    ("Damaskus – Die Rebellen belagerten am Montag Aleppo.", "COERCE", ("SYR", "REB"), ("SYR", "GOV")),
    # going on strike; officials, attachés and prisoners of war of a state
    ("Athen – In Griechenland traten am Montag Flüchtlinge in einen Hungerstreik.", "PROTEST", ("GRC", "CVL"),
     ("GRC", "GOV")),
    ("Washington – Die USA verhängten ein Einreiseverbot gegen mehrere russische Regierungsbeamte.", "SANCTION",
     ("USA", "GOV"), ("RUS", "GOV")),
    ("Ankara – Die Türkei hat den russischen Militärattaché ausgewiesen.", "SANCTION", ("TUR", "GOV"),
     ("RUS", "GOV")),
    # "feuern auf" shoots at
    ("Tel Aviv – Ein Bewaffneter feuerte am Freitag in Tel Aviv auf Passanten.", "ASSAULT", ("ISR", "REB"),
     ("ISR", "CVL")),
    ("Kiew – Die Separatisten feuerten auf ukrainische Stellungen.", "ASSAULT", ("UKR", "REB"), ("UKR", "MIL")),
])
def test_more_idioms(ctx: Context, text: str, type_: str, source: tuple, target: tuple) -> None:
    found = extract(ctx, text, "2016-03-20")
    assert [e.type for e in found] == [type_], _shown(found)
    assert [(a.country, a.sector) for a in found[0].source] == [source]
    assert [(a.country, a.sector) for a in found[0].target] == [target]


@pytest.mark.parametrize("text", [
    "Damaskus – Die Rebellen griffen die Stellungen der Armee heftig an.",  # an assault all the same
    "Kiew – Die Armee griff die Stellungen der Separatisten scharf an.",  # armed forces attacking sharply
    "Kiew – Die Separatisten haben Mariupol angegriffen.",
])
def test_an_attack_without_a_speech_adverb_stays_one(ctx: Context, text: str) -> None:
    assert [e.type for e in extract(ctx, text, "2016-03-20")] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Ankara – Die PKK ist in der Türkei verboten.",  # a state
    "Berlin – Das Rauchen ist in Restaurants verboten.",
    "Wien – Die Grünen fordern, das Mittel in Österreich zu verbieten.",  # a demand's content
    "Moskau – Russland verbot die Einfuhr türkischer Lebensmittel.",  # no actor banned
    "Moskau – Das Gesetz verbietet ausländischen NGOs die Arbeit in Russland.",  # a law's standing rule
    # "feuern" without "auf" dismisses or cheers
    "Washington – Obama feuerte seinen Berater.",
    "Wien – Die Fans feuerten die Mannschaft lautstark an.",
    # content censored is no place blocked
    "Peking – Chinas Zensur hat die Enthüllungen über Briefkastenfirmen online blockiert.",
    "Kiew – Russland blockierte eine Resolution im UN-Sicherheitsrat.",  # a decision stopped
    "Paris – Die französische Polizei hat die Zugänge zum Stadion in Paris abgeriegelt.",  # a cordon, no siege
])
def test_no_ban_without_an_act_on_an_actor(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2016-03-20") if e.type in ("COERCE", "ASSAULT")]
@pytest.mark.parametrize(("text", "source", "target"), [
    # "mit X ins Gericht gehen": criticising X (accuse_court)
    ("Ebenso heftig ging der FDP-Abgeordnete Michael Theurer mit Juncker ins Gericht.", "Michael Theurer",
     "Jean-Claude Juncker"),
    ("Kurz ging mit der Türkei hart ins Gericht.", "Sebastian Kurz", "Türkei"),
])
def test_going_to_court_with_someone_criticises(ctx: Context, text: str, source: str, target: str) -> None:
    found = [e for e in extract(ctx, text, "2015-09-17") if e.type == "ACCUSE"]
    assert [([a.name for a in e.source], [a.name for a in e.target]) for e in found] == [([source], [target])]


@pytest.mark.parametrize("text", [
    "Die Regierung ging mit der Opposition vor Gericht.",
    "Merkel ging mit Hollande zum Abendessen.",
])
def test_no_criticism_without_ins_gericht(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2015-09-17") if e.type == "ACCUSE"]


@pytest.mark.parametrize(("text", "source"), [
    # a plain "Beamte" is no government: the office it serves decides ("Beamte des US-Außenministeriums")
    ("Washington – Beamte des US-Außenministeriums kritisierten Russland.", "USA"),
    ("Brüssel – Beamte der EU-Kommission kritisierten Ungarn.", None),
])
def test_officials_of_an_office_speak_for_it(ctx: Context, text: str, source: str | None) -> None:
    found = [e for e in extract(ctx, text, "2016-03-20") if e.type == "ACCUSE"]
    assert len(found) == 1, _shown(found)
    assert [a.country for a in found[0].source] == [source]


@pytest.mark.parametrize(("text", "target"), [
    # "unter Beschuss nehmen" by a politician, party or opposition is criticism, no shelling
    ("Seehofer nahm Merkel in der Flüchtlingsfrage erneut unter Beschuss.", ("DEU", "GOV")),
    ("Die türkische Opposition nahm Erdogan wegen der Pressefreiheit unter Beschuss.", ("TUR", "GOV")),
    ("Strache nahm Faymann wegen der Flüchtlingspolitik unter Beschuss.", ("AUT", "GOV")),
    ("Die Grünen nahmen Orban wegen seiner Flüchtlingspolitik unter Beschuss.", ("HUN", "GOV")),
    ("Kurz hat Erdogan wegen der Verhaftungen scharf unter Beschuss genommen.", ("TUR", "GOV")),
])
def test_taking_a_politician_under_fire_criticises(ctx: Context, text: str, target: tuple) -> None:
    found = extract(ctx, text, "2016-03-20")
    assert not [e for e in found if e.type == "ASSAULT"], _shown(found)
    assert [[(a.country, a.sector) for a in e.target] for e in found if e.type == "ACCUSE"] == [[target]], \
        _shown(found)


@pytest.mark.parametrize("text", [
    "Kiew – Die ukrainische Armee nahm Stellungen der Separatisten unter Beschuss.",
    "Kiew – Die Separatisten nahmen am Sonntag Mariupol unter Beschuss.",
    "Kiew – Die Rebellen nahmen die Stellungen der Armee unter Beschuss.",
])
def test_armed_forces_taking_under_fire_shell(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2016-03-20")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "shelling")], _shown(found)
