"""Diplomatic acts: summoning and recalling envoys, breaking relations, counterparts ("sein Amtskollege")."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract, only
from tests.stages.test_mentions import analyse

PUBLISHED = "2016-01-10"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Die Türkei bestellte den russischen Botschafter ein.", "TUR", "RUS"),
    ("Das Außenministerium in Ankara hat den deutschen Botschafter einbestellt.", "TUR", "DEU"),
    ("Wegen der Armenien-Resolution bestellte Ankara den deutschen Geschäftsträger ein.", "TUR", "DEU"),
    ("Der russische Botschafter wurde am Montag ins Außenministerium in Kiew einbestellt.", "UKR", "RUS"),
    # Austrian usage; an agentless passive names the government of the envoy's post
    ("Die Ukraine zitierte den russischen Geschäftsträger ins Außenministerium.", "UKR", "RUS"),
    ("Der russische Botschafter in Ankara wurde am Dienstag einbestellt.", "TUR", "RUS"),
])
def test_summoning_an_envoy_is_a_protest_against_his_state(ctx: Context, text: str, source: str, target: str) -> None:
    event = only(extract(ctx, text, PUBLISHED), "ACCUSE")
    assert [(a.country, a.sector) for a in event.source] == [(source, "GOV")]
    assert [(a.country, a.sector) for a in event.target] == [(target, "GOV")]


@pytest.mark.parametrize("text", [
    "Der türkische Premier ist einbestellt worden, der Staatschef kurz vom UN-Gipfel in Istanbul zurückgekommen.",
    "Fiat Chrysler rief am Freitag in den USA 1,4 Millionen Wagen zurück.",
    "Das Außenministerium zitierte einen Bericht der New York Times.",
])
def test_summoning_and_recalling_need_an_envoy(ctx: Context, text: str) -> None:
    assert [e.type for e in extract(ctx, text, PUBLISHED) if e.type in ("ACCUSE", "SANCTION")] == []


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Saudi-Arabien hat die diplomatischen Beziehungen zum Iran abgebrochen.", "SAU", "IRN"),
    ("Bahrain brach am Montag die Beziehungen zum Iran ab.", "BHR", "IRN"),
    # no party named: the foreign state named before
    ("Nach dem Sturm auf die saudische Botschaft in Teheran brach Riad die diplomatischen Beziehungen ab.", "SAU",
     "IRN"),
    ("Saudi-Arabien rief seinen Botschafter aus Teheran zurück.", "SAU", "IRN"),
    ("Österreich hat seine Botschafterin aus Ankara zur Beratung zurückgerufen.", "AUT", "TUR"),
    ("Nach dem Streit um die Resolution rief die Türkei ihren Botschafter in Deutschland zu Konsultationen zurück.",
     "TUR", "DEU"),
    # an envoy withdrawn is recalled, not a retreat of forces
    ("Die Niederlande haben ihre Botschafterin aus Ankara abgezogen.", "NLD", "TUR"),
    ("Die Türkei hat ihren Botschafter aus Wien zu Konsultationen zurückbeordert.", "TUR", "AUT"),
])
def test_broken_relations_and_recalled_envoys_are_sanctions(ctx: Context, text: str, source: str, target: str) -> None:
    found = extract(ctx, text, PUBLISHED)
    event = only(found, "SANCTION")
    assert [a.country for a in event.source] == [source]
    assert [a.country for a in event.target] == [target]
    assert not [e for e in found if e.type == "RETREAT"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Kerry telefonierte mit seinem russischen Amtskollegen.", "John Kerry", "Sergej Lawrow"),
    ("Mikl-Leitner traf ihren deutschen Amtskollegen in Wien.", "Johanna Mikl-Leitner", "Thomas de Maizière"),
    ("Der iranische Außenminister Sarif traf am Montag seinen saudischen Amtskollegen.", "Mohammed Dschawad Sarif",
     "Adel al-Dschubeir"),
    ("Lawrow sagte nach dem Treffen mit seinem US-Kollegen, man habe Fortschritte erzielt.", "Sergej Lawrow",
     "John Kerry"),
    ("Kerry sagte, er habe mit seinem russischen Kollegen gesprochen.", "John Kerry", "Sergej Lawrow"),
    # with a name, the name; "Gegenüber" is a noun there, no preposition
    ("Putin sprach mit seinem türkischen Gegenüber Erdogan.", "Wladimir Putin", "Recep Tayyip Erdoğan"),
])
def test_a_counterpart_is_the_holder_of_the_same_office(ctx: Context, text: str, source: str, target: str) -> None:
    event = only(extract(ctx, text, PUBLISHED), "CONSULT")
    assert [a.name for a in event.source] == [source]
    assert [a.name for a in event.target] == [target]


@pytest.mark.parametrize("text", [
    "Seine Kollegen in der Partei kritisierten Faymann.",
    "Gegenüber der Zeitung sagte der Minister, er sei zufrieden.",
])
def test_a_counterpart_needs_a_state_and_an_office_before_it(ctx: Context, text: str) -> None:
    article = analyse(ctx, text, PUBLISHED)
    assert not [m for m in article.mentions if m.kind == "DESC" and m.actor_id and m.office == "counterpart"]
    assert not [m for m in article.mentions if m.title and "ollege" in m.title and m.actor_id]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Die USA und Kuba nahmen am Montag wieder diplomatische Beziehungen auf.", "USA", "CUB"),
    ("Kuba und die USA haben ihre diplomatischen Beziehungen wiederhergestellt.", "CUB", "USA"),
    ("Israel und die Türkei normalisierten ihre Beziehungen.", "ISR", "TUR"),
    # an embassy opened in another state: the state of its place is the partner
    ("Die USA eröffneten am Freitag ihre Botschaft in Havanna.", "USA", "CUB"),
    ("Großbritannien hat seine Botschaft in Teheran wiedereröffnet.", "GBR", "IRN"),
])
def test_relations_restored_and_embassies_opened_are_cooperation(ctx: Context, text: str, source: str,
                                                                   target: str) -> None:
    event = only(extract(ctx, text, PUBLISHED), "COOPERATE")
    assert [a.country for a in event.source] == [source]
    assert [a.country for a in event.target] == [target]


@pytest.mark.parametrize("text", [
    "Die Nato hat Montenegro offiziell zum Beitritt eingeladen.",
    "Die Nato-Außenminister luden Montenegro am Mittwoch zum Beitritt ein.",  # the particle verb is consumed too
])
def test_an_invitation_to_join_is_an_agreement_to_admit(ctx: Context, text: str) -> None:
    found = extract(ctx, text, PUBLISHED)
    event = only(found, "AGREE")
    assert [a.name for a in event.source] == ["Nato"]
    assert [a.country for a in event.target] == ["MNE"]
    assert not [e for e in found if e.type == "CONSULT"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Bei einem Treffen am Rande des G20-Gipfels sprachen Obama und Putin über Syrien.", "Barack Obama",
     "Wladimir Putin"),
    ("Bei dem Telefonat sprachen Merkel und Putin über die Ukraine.", "Angela Merkel", "Wladimir Putin"),
])
def test_talking_after_a_meeting_noun_is_that_meeting(ctx: Context, text: str, source: str, target: str) -> None:
    event = only(extract(ctx, text, PUBLISHED), "CONSULT")
    assert [a.name for a in event.source] == [source]
    assert [a.name for a in event.target] == [target]


def test_talking_of_something_after_a_meeting_noun_names_no_partner(ctx: Context) -> None:
    assert not extract(ctx, "Nach dem Treffen sprach Putin von Fortschritten.", PUBLISHED)


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Russland hat als Reaktion 35 US-Diplomaten ausgewiesen.", "SANCTION", "RUS", "USA"),  # envoys of the US
    ("Der Iran hat seinen Botschafter aus Saudi-Arabien abberufen.", "SANCTION", "IRN", "SAU"),
    ("Die Vereinigten Arabischen Emirate stuften ihre Beziehungen zum Iran herab.", "SANCTION", "ARE", "IRN"),
    ("Russland hat die Zusammenarbeit mit der Türkei eingefroren.", "SANCTION", "RUS", "TUR"),
    ("Österreich hat die Beziehungen zur Türkei auf Eis gelegt.", "SANCTION", "AUT", "TUR"),
    ("Die USA hoben die Sanktionen gegen den Iran auf.", "CONCEDE", "USA", "IRN"),
])
def test_diplomatic_measures_name_the_state_they_are_aimed_at(ctx: Context, text: str, type_: str, source: str,
                                                              target: str) -> None:
    event = only(extract(ctx, text, PUBLISHED), type_)
    assert [a.country for a in event.source] == [source]
    assert [a.country for a in event.target] == [target]


def test_a_project_put_on_ice_is_no_sanction(ctx: Context) -> None:
    found = extract(ctx, "Die Regierung in Wien hat das Projekt mit der Türkei auf Eis gelegt.", PUBLISHED)
    assert not [e for e in found if e.type == "SANCTION"]


@pytest.mark.parametrize(("text", "partner", "other"), [
    ("In einem Telefonat mit Erdogan forderte Merkel eine Feuerpause.", "Recep Tayyip Erdoğan", None),
    ("Nach einem Gespräch mit Abbas warf Kerry Israel vor, den Friedensprozess zu blockieren.", "Mahmud Abbas",
     "ACCUSE"),
    ("Putin forderte bei einem Treffen mit Assad eine politische Lösung.", "Baschar al-Assad", None),
])
def test_a_meeting_with_its_partner_as_the_setting_of_another_act_is_a_meeting(ctx: Context, text: str, partner: str,
                                                                               other: str | None) -> None:
    found = extract(ctx, text, PUBLISHED)
    meeting = only(found, "CONSULT")
    assert [a.name for a in meeting.target] == [partner]
    if other:
        assert only(found, other).target


@pytest.mark.parametrize("text", [
    "Merkel sprach sich für Gespräche mit Russland aus.",  # talks supported, not held
    # an interview is no consultation
    "Der deutsche Außenminister Steinmeier übte in einem Gespräch mit der Welt am Sonntag Kritik an Athen.",
])
def test_talks_wished_for_and_interviews_are_no_meetings(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, PUBLISHED) if e.type == "CONSULT"]


@pytest.mark.parametrize(("text", "target"), [
    ("Die Türkei protestierte bei Russland gegen die Luftraumverletzung.", "Russland"),
    ("Russland protestierte scharf gegen die Sanktionen der EU.", "Europäische Union"),
    ("Die Ukraine überreichte Russland eine Protestnote.", "Russland"),
    # a capital after "bei" is the government addressed, not the place of the protest
    ("Ankara protestierte bei Moskau gegen die Verletzung des türkischen Luftraums.", "Russland"),
    ("Die Türkei legte bei Moskau Protest ein.", "Russland"),
    ("Der Iran beschwerte sich bei Riad über die Hinrichtung.", "Saudi-Arabien"),
])
def test_a_governments_protest_abroad_is_an_accusation(ctx: Context, text: str, target: str) -> None:
    found = extract(ctx, text, PUBLISHED)
    event = only(found, "ACCUSE")
    assert [a.name for a in event.target] == [target]
    assert event.location is None or event.location.name not in ("Moskau", "Riad")
    assert not [e for e in found if e.type == "PROTEST"]


@pytest.mark.parametrize(("text", "type_", "target"), [
    ("Orbán wies die Kritik aus Wien zurück.", "REJECT", "Österreich"),
    ("Die ungarische Regierung wies die Forderungen aus Berlin zurück.", "REJECT", "Deutschland"),
    ("Russland wies die Vorwürfe aus der Türkei zurück.", "REJECT", "Türkei"),
    ("Faymann kritisierte die Forderungen aus Budapest.", "ACCUSE", "Ungarn"),
    # the seat of an organisation that a KB metonym names ("Brüssel": the EU)
    ("Orbán wies die Kritik aus Brüssel an seiner Flüchtlingspolitik zurück.", "REJECT", "Europäische Union"),
])
def test_what_a_capital_voiced_names_its_government(ctx: Context, text: str, type_: str, target: str) -> None:
    """"die Kritik aus Wien" is Austria's criticism, like "die Kritik Österreichs"; Wien is no place."""
    event = only(extract(ctx, text, PUBLISHED), type_)
    assert [a.name for a in event.target] == [target]
    assert event.location is None


def test_refugees_from_a_state_voice_nothing(ctx: Context) -> None:
    """Only a voiced noun makes the origin a party: "Flüchtlinge aus Syrien" are Syria's people."""
    found = extract(ctx, "Orbán ließ Flüchtlinge aus Syrien an der Grenze abweisen.", PUBLISHED)
    assert not [e for e in found if e.type == "REJECT" and any(a.name == "Syrien" for a in e.target)]


@pytest.mark.parametrize("text", [
    "Tausende Menschen protestierten in Moskau gegen die Regierung.",
    "Die Opposition protestierte gegen Erdogan.",
])
def test_protests_of_people_stay_protests(ctx: Context, text: str) -> None:
    found = extract(ctx, text, PUBLISHED)
    assert only(found, "PROTEST")
    assert not [e for e in found if e.type == "ACCUSE"]


@pytest.mark.parametrize(("text", "partners"), [
    ("Merkel und Putin sprachen am Montag über die Ukraine.", ("Angela Merkel", "Wladimir Putin")),
    (("Außenminister Sebastian Kurz hat am Montag seinen türkischen Amtskollegen empfangen. Kurz und Cavusoglu "
      "sprachen über die Flüchtlingskrise."), ("Sebastian Kurz", "Mevlüt Çavuşoğlu")),
])
def test_leaders_of_two_states_talking_about_a_topic_meet(ctx: Context, text: str, partners: tuple) -> None:
    talks = [e for e in extract(ctx, text, PUBLISHED) if e.type == "CONSULT" and e.trigger == "sprachen"]
    assert len(talks) == 1
    assert (talks[0].source[0].name, talks[0].target[0].name) == partners


@pytest.mark.parametrize("text", [
    "Merkel und Hollande sprachen von einem Erfolg.",  # both said so
    "Merkel sprach über die Flüchtlingskrise.",  # a speech
])
def test_talking_without_partner_or_topic_is_no_meeting(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, PUBLISHED) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Der deutsche Botschafter in Moskau zog am Montag Bilanz.",
    "Der russische Botschafter in Ankara zog sich aus der Öffentlichkeit zurück.",
    "Die Beziehungen zwischen Russland und der Türkei nahmen schweren Schaden.",
    "Österreich nahm 2015 rund 90.000 Flüchtlinge auf.",
    "Die Nachrichtenagentur Tass zitierte einen Vertreter aus dem Außenministerium mit den Worten, Russland werde "
    "reagieren.",
    "Kerry bezeichnete Saudi-Arabien als wichtigen Unterstützer im Kampf gegen den IS.",
])
def test_envoys_and_relations_in_other_senses_are_no_diplomatic_act(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2016-01-10") if e.type in ("SANCTION", "COOPERATE", "ACCUSE")]


def test_relations_taken_up_by_a_split_particle_verb(ctx: Context) -> None:
    events = extract(ctx, "Die USA und Kuba nahmen wieder diplomatische Beziehungen auf.", "2016-01-10")
    assert [e.type for e in events] == ["COOPERATE"]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # an embassy named by its state's adjective or prefix acts for its government
    ("Die russische Botschaft hat die Türkei aufgefordert, die Sicherheit der Diplomaten zu gewährleisten.",
     "REQUEST", ("RUS", "GOV"), "TUR"),
    ("Die US-Botschaft kritisierte die Regierung in Kiew.", "ACCUSE", ("USA", "GOV"), "UKR"),
])
def test_an_embassy_acts_for_its_government(ctx: Context, text: str, type_: str, source: tuple, target: str) -> None:
    event = only(extract(ctx, text, PUBLISHED), type_)
    assert [(a.country, a.sector) for a in event.source] == [source]
    assert [a.country for a in event.target] == [target]


def test_a_message_is_no_embassy(ctx: Context) -> None:
    assert not extract(ctx, "Merkel sandte eine klare Botschaft an Putin.", PUBLISHED)


@pytest.mark.parametrize(("text", "source", "target"), [
    # legal action against a party is an accusation (CAMEO 115)
    ("Die EU-Kommission leitete am Donnerstag ein Vertragsverletzungsverfahren gegen Ungarn ein.", "EU-Kommission",
     "Ungarn"),
    ("Die EU-Kommission hat gegen Polen ein Verfahren eingeleitet.", "EU-Kommission", "Polen"),
    ("Die Slowakei reichte beim EuGH Klage gegen die EU-Kommission ein.", "Slowakei", "EU-Kommission"),
    ("Die EU-Kommission verklagt Deutschland wegen der Pkw-Maut.", "EU-Kommission", "Deutschland"),
])
def test_legal_action_is_an_accusation(ctx: Context, text: str, source: str, target: str) -> None:
    event = only(extract(ctx, text, PUBLISHED), "ACCUSE")
    assert ([a.name for a in event.source], [a.name for a in event.target]) == ([source], [target])


@pytest.mark.parametrize("text", [
    "Die Staatsanwaltschaft leitete ein Verfahren ein.",  # against nobody named
    "Die Polizei leitete eine Großfahndung ein.",
])
def test_proceedings_against_nobody_accuse_nobody(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, PUBLISHED) if e.type == "ACCUSE"]


def test_an_envoy_called_back_for_consultations_is_recalled(ctx: Context) -> None:
    event = only(extract(ctx, "Athen berief seine Botschafterin in Wien zu Konsultationen zurück.", PUBLISHED), "SANCTION")
    assert ([a.name for a in event.source], [a.name for a in event.target]) == (["Griechenland"], ["Österreich"])


@pytest.mark.parametrize(("text", "type_", "target"), [
    # "Brüssel" acting is the EU (a metonym of the organisation)
    ("Brüssel droht Warschau mit dem Entzug der Stimmrechte.", "THREATEN", "Polen"),
    ("Brüssel forderte Athen zu weiteren Reformen auf.", "REQUEST", "Griechenland"),
])
def test_brussels_acting_is_the_eu(ctx: Context, text: str, type_: str, target: str) -> None:
    event = only(extract(ctx, text, PUBLISHED), type_)
    assert ([a.name for a in event.source], [a.name for a in event.target]) == (["Europäische Union"], [target])


@pytest.mark.parametrize("text", [
    "Brüssel – Die Räumung des Flüchtlingslagers von Idomeni war aus Sicht der EU-Kommission ein richtiger Schritt.",
    "Nach den Anschlägen in Paris und Brüssel verschärfte Frankreich die Grenzkontrollen.",
    "Die belgische Polizei nahm in Brüssel drei Verdächtige fest.",
])
def test_brussels_as_a_place_or_dateline_is_no_party(ctx: Context, text: str) -> None:
    """A dateline, a place after "in" and its conjunct after "und" are places, not the EU."""
    sides = [a.name for e in extract(ctx, text, PUBLISHED) for a in e.source + e.target]
    assert "Europäische Union" not in sides


@pytest.mark.parametrize(("text", "source", "target"), [
    # an accusative object after "wegen der X" is no genitive attribute of X: the envoy is summoned
    ("Deutschland hat wegen der Armenien-Resolution den türkischen Botschafter einbestellt.", "Deutschland", "TUR GOV"),
    # a genitive after "eines" stays an attribute: the jet shot down does not sanction
    ("Vier Tage nach dem Abschuss eines russischen Kampfjets hat Russland Wirtschaftssanktionen gegen die Türkei "
     "verhängt.", "Russland", "Türkei"),
])
def test_objects_after_a_prepositional_phrase(ctx: Context, text: str, source: str, target: str) -> None:
    found = [e for e in extract(ctx, text, PUBLISHED) if e.type in ("ACCUSE", "SANCTION")]
    assert [([a.name for a in e.source], [a.name for a in e.target]) for e in found] == [([source], [target])]


@pytest.mark.parametrize(("text", "source", "target"), [
    # supplies or aid cut off sanction the party supplied
    ("Russland hat die Gaslieferungen an die Ukraine eingestellt.", "Russland", "Ukraine"),
    ("Die USA setzten die Militärhilfe für Ägypten aus.", "USA", "Ägypten"),
    ("Deutschland stoppte die Waffenlieferungen an Saudi-Arabien.", "Deutschland", "Saudi-Arabien"),
])
def test_supplies_cut_off_are_a_sanction(ctx: Context, text: str, source: str, target: str) -> None:
    event = only(extract(ctx, text, PUBLISHED), "SANCTION")
    assert ([a.name for a in event.source], [a.name for a in event.target]) == ([source], [target])


@pytest.mark.parametrize("text", [
    "Die EU stellte Zahlungen an die Türkei in Aussicht.",  # promised
    "Gazprom stellte die Lieferungen ein.",  # nobody supplied named
])
def test_supplies_promised_or_halted_for_nobody_sanction_nobody(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, PUBLISHED) if e.type == "SANCTION"]


@pytest.mark.parametrize(("text", "source", "target"), [
    # cooperation or contacts suspended sanction the partner
    ("Israel hat die Zusammenarbeit mit der UNESCO ausgesetzt.", "Israel", "Unesco"),
    ("Russland hat die militärische Zusammenarbeit mit der Türkei ausgesetzt.", "Russland", "Türkei"),
    ("Die Nato suspendierte die Zusammenarbeit mit Russland.", "Nato", "Russland"),
])
def test_suspended_cooperation_is_a_sanction(ctx: Context, text: str, source: str, target: str) -> None:
    event = only(extract(ctx, text, PUBLISHED), "SANCTION")
    assert ([a.name for a in event.source], [a.name for a in event.target]) == ([source], [target])


def test_supplies_continued_sanction_nobody(ctx: Context) -> None:
    assert not [e for e in extract(ctx, "Russland setzte die Gaslieferungen an die Ukraine fort.", PUBLISHED)
                if e.type == "SANCTION"]


def test_the_palestinian_leadership_is_palestines_government(ctx: Context) -> None:
    event = only(extract(ctx, "Netanjahu warf der Palästinenserführung vor, zur Gewalt aufzuhetzen.", PUBLISHED), "ACCUSE")
    assert [(a.country, a.sector) for a in event.target] == [("PSE", "GOV")]


@pytest.mark.parametrize(("text", "type_", "target", "modality"), [
    # cooperation stopped, imports, supplies or flights stopped are sanctions of the partner
    ("Jerusalem – Israel hat die Zusammenarbeit mit der UNESCO eingestellt.", "SANCTION", (None, "IGO"), "asserted"),
    ("Moskau – Russland stoppte den Import von Obst und Gemüse aus der Türkei.", "SANCTION", ("TUR", "GOV"),
     "asserted"),
    ("Ankara – Die Türkei stoppte die Lieferung von Gas an Russland.", "SANCTION", ("RUS", "GOV"), "asserted"),
    # the stem of a particle verb is no announcement: "kündigte … auf" ends the treaty now
    ("Moskau – Russland kündigte das Abkommen mit der Ukraine auf.", "REJECT", ("UKR", "GOV"), "asserted"),
])
def test_ties_cut(ctx: Context, text: str, type_: str, target: tuple, modality: str) -> None:
    found = extract(ctx, text, "2016-05-25")
    assert [e.type for e in found] == [type_], [(e.type, e.trigger) for e in found]
    assert [(a.country, a.sector) for a in found[0].target] == [target]
    assert found[0].modality == modality


@pytest.mark.parametrize("text", [
    "Moskau – Russland setzte die Gaslieferungen an die Ukraine fort.",
    "Frankfurt – Die Lufthansa stoppte die Flüge nach Kairo.",  # a firm: no political act
])
def test_ties_kept_or_cut_by_firms_are_no_sanction(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text, "2016-05-25") if e.type == "SANCTION"]
