"""Tests of the ``events`` stage on German sentences: type, roles, place, date, modality, attribution."""

from __future__ import annotations

import pytest

from chronik.api import process
from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2020-01-07") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def only(found: list[EventMention], type_: str) -> EventMention:
    matching = [e for e in found if e.type == type_]
    assert len(matching) == 1, [(e.type, e.trigger) for e in found]
    return matching[0]


@pytest.mark.parametrize(("text", "type_", "mode", "source", "target"), [
    ("Der russische Präsident Wladimir Putin hat Damaskus besucht.", "CONSULT", "visit", "RUS", "SYR"),
    ("Putin traf am Dienstag in Damaskus mit Baschar al-Assad zusammen.", "CONSULT", None, "RUS", "SYR"),
    ("Russland zog am Montag seine Truppen aus Syrien ab.", "RETREAT", None, "RUS", None),
    ("Am 8. Dezember marschierten regierungsfeindliche Kräfte in Damaskus ein und verkündeten den Sturz des "
     "Regimes.", "ASSAULT", "ground", "SYR", "SYR"),
    ("Der Kremlchef sicherte zu, die syrische Opposition zu schonen.", "CONCEDE", None, "RUS", "SYR"),
    ("Erdogan hat dem syrischen Regime vorgeworfen, Hilfe zu blockieren.", "ACCUSE", None, "TUR", "SYR"),
    ("Frankreich fliegt Luftangriffe auf Stellungen der IS-Miliz in Syrien.", "ASSAULT", None, "FRA", None),
    ("Die türkische Luftwaffe hat am Dienstag ein russisches Kampfflugzeug abgeschossen.", "ASSAULT", "aerial", "TUR", "RUS"),
    ("Überschattet wurde der Besuch vom Abschuss eines russischen Kampfjets durch die türkische Luftwaffe.",
     "ASSAULT", "aerial", "TUR", "RUS"),
    ("Die Waffenruhe gelte ab Mitternacht, sagte der türkische Präsident Recep Tayyip Erdogan nach einem Treffen "
     "mit Kremlchef Wladimir Putin in Moskau.", "CONSULT", None, "TUR", "RUS"),
    ("Nach einem Treffen mit dem französischen Präsidenten François Hollande im Kreml kündigte Russlands "
     "Staatschef Wladimir Putin an, beide Länder würden Informationen austauschen.", "CONSULT", None, "RUS", "FRA"),
    ("Frankreich und Russland wollen im Kampf gegen die Terrormiliz Islamischer Staat (IS) enger zusammenarbeiten.",
     "COOPERATE", None, "FRA", "RUS"),
    # military support is material: AID/military, not verbal SUPPORT (CODEBOOK)
    ("Russland und der Iran wollen Assad militärisch unterstützen.", "AID", "military", "IRN", "SYR"),
    # backing with material means is aid of their kind (event_means.py), air support leisten a light verb
    ("Die russische Luftwaffe unterstützt die syrische Armee am Montag mit Luftangriffen.", "AID", "military", "RUS", "SYR"),
    ("Deutschland unterstützt die irakische Armee mit Waffen und Ausbildern.", "AID", "military", "DEU", "IRQ"),
    ("Die EU unterstützt Griechenland am Montag mit weiteren Krediten.", "AID", "economic", None, "GRC"),
    ("Russland leistet der syrischen Armee seit Ende September Luftunterstützung.", "AID", "military", "RUS", "SYR"),
    # the perfect of "auffordern" is the demand; the content clause ("die Blockade aufzugeben") is no
    # concession of the one who demands it
    ("Die ungarische Regierung hatte Deutschland aufgefordert, die Blockade aufzugeben.", "REQUEST", None, "HUN",
     "DEU"),
    # "zur Verfügung stellen", "Hilfe schicken": light verbs of aid
    ("Die USA stellen den syrischen Rebellen weitere 100 Millionen Dollar zur Verfügung.", "AID", None, "USA", "SYR"),
    ("Der Iran hat Assad Milliarden für den Krieg zur Verfügung gestellt.", "AID", None, "IRN", "SYR"),
    ("Russland hat Syrien humanitäre Hilfe geschickt.", "AID", None, "RUS", "SYR"),
    # "am Telefon sprechen" is a phone call
    ("Merkel sprach am Montag am Telefon mit Erdoğan über die Flüchtlingskrise.", "CONSULT", "phone", "DEU", "TUR"),
])
def test_type_and_roles(ctx: Context, text: str, type_: str, mode: str | None, source: str, target: str | None) -> None:
    event = only(extract(ctx, text), type_)
    if mode:
        assert event.mode == mode
    assert source in {a.country for a in event.source} if source else event.source
    if target:
        assert target in {a.country for a in event.target}


@pytest.mark.parametrize("text", [
    "Syriens Machthaber al-Assad ist in Moskau eingetroffen.",
    "Russlands Präsident Wladimir Putin hat Damaskus besucht.",
])
def test_a_genitive_state_before_a_person_is_not_a_second_actor(ctx: Context, text: str) -> None:
    event = only(extract(ctx, text), "CONSULT")
    assert [a.kind for a in event.source] == ["person"]


def test_a_state_acting_militarily_is_coded_mil(ctx: Context) -> None:
    event = only(extract(ctx, "Frankreich fliegt Luftangriffe auf Stellungen der IS-Miliz in Syrien."), "ASSAULT")
    assert [(a.country, a.sector) for a in event.source] == [("FRA", "MIL")]


@pytest.mark.parametrize("text", [
    # deportations, arrests and releases are acts of a state's civil organs, not of its forces
    "Deutschland hat im vergangenen Jahr rund 20.000 Menschen abgeschoben.",
    "Die Türkei hat am Montag in Istanbul 20 Journalisten festgenommen.",
])
def test_a_state_arresting_or_deporting_stays_its_government(ctx: Context, text: str) -> None:
    event = only(extract(ctx, text), "COERCE")
    assert [a.sector for a in event.source] == ["GOV"]


def test_date_from_the_sentence_else_the_publication_date(ctx: Context) -> None:
    dated = only(extract(ctx, "Im Dezember 2017 besuchte Putin den Stützpunkt Hamaimim und traf Assad.", "2020-01-07"), "CONSULT")
    assert dated.date.value == "2017-12"
    today = only(extract(ctx, "Putin hat Assad in Damaskus getroffen.", "2020-01-07"), "CONSULT")
    assert today.date.value == "2020-01-07" and today.date.evidence == "publication date"


def test_place_of_the_event(ctx: Context) -> None:
    event = only(extract(ctx, "Putin traf Assad am Dienstag in Damaskus."), "CONSULT")
    assert event.location is not None and event.location.country == "SYR"


@pytest.mark.parametrize(("text", "type_", "modality"), [
    ("Russland griff die Türkei nicht an.", "ASSAULT", "negated"),  # a negated meeting is no event (test_event_talks.py)
    ("Putin will Assad in Damaskus treffen.", "CONSULT", "future"),
    ("Putin traf Assad in Damaskus.", "CONSULT", "asserted"),
    # a past intention ("wollte") says nothing of a visit that happened
    ("Eigentlich wollte Kerry schon am Montag nach Havanna reisen, doch der Termin verschob sich.", "CONSULT",
     "future"),
    # the demand is made; its content clause's modal ("solle") is not the demand's modality
    ("Merkel forderte, Russland solle die Separatisten zur Einhaltung der Waffenruhe bewegen.", "REQUEST", "asserted"),
    ("Die EU verlangte von Russland, es müsse die Truppen abziehen.", "REQUEST", "asserted"),
    # a noun's clause closing with a plan participle beyond the cue window; a setting noun stays what it was
    ("Für Mittwoch ist ein Treffen zwischen Lawrow und Kerry in Genf geplant.", "CONSULT", "future"),
    ("Ein Treffen zwischen Putin und Obama ist für Montag vorgesehen.", "CONSULT", "future"),
    ("Ein Treffen zwischen Putin und Erdogan fand am Montag statt.", "CONSULT", "asserted"),
    ("Am Montag hatten Hollande und Putin in einem Telefonat eine engere Zusammenarbeit angekündigt.", "CONSULT",
     "asserted"),
    # "werde" with the infinitive of a trigger's second verb is the future, no passive
    ("Russland werde die Sanktionen gegen die Türkei aufheben, sagte Peskow.", "CONCEDE", "future"),
    # a pair of dashes encloses an insertion: the modal before it counts, its negation does not
    ("Die EU-Kommission werde die Bundesregierung – und nicht die Bank Austria – auffordern, das zu rechtfertigen.",
     "REQUEST", "future"),
])
def test_modality(ctx: Context, text: str, type_: str, modality: str) -> None:
    assert only(extract(ctx, text), type_).modality == modality


@pytest.mark.parametrize(("text", "modality"), [
    # an act dated after its report appeared has not happened yet, though the modal is far from the verb
    (("Am Mittwoch wollen Putin, der türkische Präsident Recep Tayyip Erdogan und der iranische Präsident "
      "Hassan Ruhani in Sotschi zu einem Dreiergipfel über Syrien zusammenkommen."), "future"),
    ("Am Montag trafen Putin und Erdogan in Sotschi zusammen.", "asserted"),
])
def test_an_act_dated_after_publication_is_future(ctx: Context, text: str, modality: str) -> None:
    assert only(extract(ctx, text, "2017-11-21"), "CONSULT").modality == modality


@pytest.mark.parametrize(("text", "kept"), [
    # no political actor on either side: sport, culture and business are no political events
    ("Der Tennisprofi Dominic Thiem trifft im Viertelfinale auf den Russen Andrej Rubljow.", False),
    ("Bundeskanzler Werner Faymann traf am Montag den russischen Präsidenten Wladimir Putin.", True),
    # a terror attack is political whoever its victims are
    ("Bei dem Anschlag auf deutsche Touristen in Istanbul sind am Dienstag zehn Menschen getötet worden.", True),
])
def test_an_event_needs_a_political_actor(ctx: Context, text: str, kept: bool) -> None:
    assert bool(extract(ctx, text, "2016-01-13")) is kept


def test_the_speaker_of_a_demand_is_its_source(ctx: Context) -> None:
    event = only(extract(ctx, "Assad müsse gehen, sagte der französische Präsident.", "2015-11-26"), "REQUEST")
    assert [a.id for a in event.source] == ["Q157"] and [a.id for a in event.target] == ["Q44329"]
    assert event.attribution == "François Hollande"


def test_sentences_without_actors_or_triggers_give_no_event(ctx: Context) -> None:
    assert extract(ctx, "Das Wetter in Damaskus war am Dienstag sonnig.") == []
    assert extract(ctx, "Die Angriffe gehen weiter.") == []


def test_evidence_offsets_point_into_the_text(ctx: Context) -> None:
    text = "Vorher war es ruhig. Putin hat Assad in Damaskus getroffen."
    article = analyse(ctx, text)
    event = only(events(article, ctx).events, "CONSULT")
    assert text[event.start:event.end] == "Putin hat Assad in Damaskus getroffen."
    assert event.trigger == "getroffen"


@pytest.mark.parametrize(("text", "not_a_party"), [
    ("Assads Besuch in Moskau war nach Angaben syrischer Staatsmedien die erste Reise ins Ausland.", "MED"),
    ("Laut Quellen der Financial Times hat Russland Soldaten nach Syrien verlegt.", "MED"),
    ("Wie die FT feststellt, ist HTS bereit, mit Moskau zusammenzuarbeiten.", "MED"),
])
def test_the_source_of_a_report_is_not_a_party_to_the_event(ctx: Context, text: str, not_a_party: str) -> None:
    found = extract(ctx, text, "2024-12-16")
    assert found, "the event itself is still found"
    assert all(a.sector != not_a_party for e in found for a in e.source + e.target), [
        (e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in found]


@pytest.mark.parametrize(("text", "start", "end"), [
    # "Ende September": the last third of the month
    ("Frankreich fliegt seit Ende September Luftangriffe auf Stellungen der IS-Miliz in Syrien.", "2015-09-21", "2015-09-30"),
    ("Frankreich flog Anfang Oktober Luftangriffe auf Stellungen der IS-Miliz in Syrien.", "2015-10-01", "2015-10-10"),
    # a reported event of "this week" does not end after the report
    ("Hollande hat sich in dieser Woche mit den USA abgestimmt.", "2015-11-23", "2015-11-26"),
    # a planned one may
    ("Putin will Assad in dieser Woche in Damaskus treffen.", "2015-11-23", "2015-11-29"),
    # a time of day dates the event by its day, not by the publication date
    ("Putin hat am Dienstagabend in Moskau Assad getroffen.", "2015-11-24", "2015-11-24"),
])
def test_event_dates_follow_the_time_expression(ctx: Context, text: str, start: str, end: str) -> None:
    found = [e for e in extract(ctx, text, "2015-11-26") if e.date]
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in found][:1] == [(start, end)]


def test_coordinated_subjects_are_all_sources(ctx: Context) -> None:
    event = only(extract(ctx, "Russland, die Türkei und der Iran haben Assad unterstützt."), "SUPPORT")
    assert [a.country for a in event.source] == ["RUS", "TUR", "IRN"]


def test_an_actor_outside_a_noun_phrase_is_not_its_target(ctx: Context) -> None:
    found = extract(ctx, "Die Rückeroberung der Oasenstadt Palmyra durch die Terrormiliz Islamischer Staat (IS) "
                         "führte Putin auf mangelnde Koordination zurück.", "2016-12-16")
    assert not [e for e in found if e.type == "ASSAULT" and any(a.country == "RUS" for a in e.target)]


def test_the_two_of_them_are_the_last_two_persons_named(ctx: Context) -> None:
    found = extract(ctx, "Kremlsprecher Dmitri Peskow sagte, Putin sei in Damaskus gelandet und mit Assad "
                         "zusammengekommen. Die beiden Präsidenten hätten sich auf einem Kommandoposten getroffen.")
    met = [e for e in found if e.trigger == "getroffen"]
    assert len(met) == 1 and {a.id for a in met[0].source + met[0].target} == {"Q7747", "Q44329"}


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # conjuncts share the preposition: every partner of "mit" is a target, none a source
    ("Hollande hat sich mit den USA, Großbritannien und Italien abgestimmt.", "CONSULT", "FRA", "ITA"),
    (("Das russische Außenministerium teilte am Sonntag mit, dass es einige seiner Mitarbeiter aus Damaskus sowie "
      "Mitarbeiter der Vertretungen von Nordkorea, Weißrussland und Abchasien evakuiert habe."), "RETREAT", "RUS", "SYR"),
    # a genitive attribute shares the preposition of its head noun ("mit Mitgliedern der Opposition")
    ('"Wir verhandeln aktiv mit Mitgliedern der bewaffneten syrischen Opposition", fügte Putin hinzu.', "CONSULT", "RUS", "SYR"),
    # a possessive before an event noun: the owner is the clause's subject, here a "beide" pair
    (("Putin traf Assad in Damaskus. Beide Staatschefs hatten ihre gemeinsamen Luftangriffe gegen islamistische "
      "Milizen zuletzt verstärkt."), "ASSAULT", "RUS", "SYR"),
    # the place an act leaves is its target
    ("Vor den dort stationierten Soldaten ordnete Putin den Abzug der russischen Truppen aus Syrien an.",
     "RETREAT", "RUS", "SYR"),
    # a time expression is no head noun: "am Donnerstag dem syrischen Regime" keeps the dative free
    ("Erdogan hatte am Donnerstag dem syrischen Regime vorgeworfen, Hilfe für die Menschen sabotieren zu wollen.",
     "ACCUSE", "TUR", "SYR"),
    # a speaker's future statement with "werde" (no passive): the speaker acts
    ("Putin sagte, Russland werde Truppen aus Syrien abziehen.", "RETREAT", "RUS", "SYR"),
])
def test_roles_through_coordination_genitives_possessives_and_places(
        ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    event = only(extract(ctx, text, "2016-12-16"), type_)
    assert source in {a.country for a in event.source}, event.source
    assert target in {a.country for a in event.target}, event.target


@pytest.mark.parametrize(("text", "absent"), [
    # "treffen" with an attack noun as subject is hitting, not meeting
    ("Nach Angaben syrischer Oppositioneller trafen die ersten Angriffe jedoch Orte in der Provinz Homs.", "CONSULT"),
    # a participle used as an adjective describes, it does not report
    ("Vor den dort stationierten Soldaten ordnete Putin den Abzug der russischen Truppen aus Syrien an.", "MOBILIZE"),
    # an aside in brackets is no event
    (("Kamal Lababidi von Hayat Tahrir al-Sham (die Organisation ist in der Russischen Föderation als terroristisch "
      "anerkannt und verboten) traf sich mit russischen Offizieren."), "SUPPORT"),
    # the content of a refusal or an accusation is not an act of its own
    ("Der türkische Präsident Recep Tayyip Erdogan lehnte es am Donnerstag ab, sich bei Russland zu entschuldigen.",
     "CONCEDE"),
    ("US-Verteidigungsminister Ashton Carter warf Russland vor, Gebiete bombardiert zu haben.", "ASSAULT"),
    # a zu-infinitive has no subject of its own: the actor before it is its object, not its agent
    ("Der Iran warf Saudi-Arabien vor, die Hisbollah zu bekämpfen.", "ASSAULT"),
    ("Der Westen wirft Moskau vor, von ihm unterstützte gemäßigte Rebellen in Syrien anzugreifen.", "ASSAULT"),
    # a passive hides its agent; the cited source of the report is not the killer
    ("Nach Angaben der Vereinten Nationen sind dabei mehr als 5000 Menschen in der Ukraine getötet worden.", "ASSAULT"),
])
def test_no_event_from_a_misread_clause(ctx: Context, text: str, absent: str) -> None:
    assert absent not in {e.type for e in extract(ctx, text, "2016-12-16")}


def test_a_promised_act_stays_the_speaker_s_own(ctx: Context) -> None:
    """"sicherte zu, … zu schonen": the promised act is the speaker's, in the future."""
    found = extract(ctx, "Der Kremlchef Wladimir Putin sicherte zu, die gemäßigte syrische Opposition in Zukunft zu schonen.",
                    "2015-10-21")
    (promised,) = [e for e in found if e.type == "CONCEDE"]
    assert [a.name for a in promised.source] == ["Wladimir Putin"] and promised.modality == "future"


def test_a_meeting_after_attacks_is_still_a_meeting(ctx: Context) -> None:
    event = only(extract(ctx, "Nach den Angriffen traf Putin Assad."), "CONSULT")
    assert {a.country for a in event.source} == {"RUS"}


def test_a_speaker_before_a_clause_final_reporting_verb(ctx: Context) -> None:
    text = ("Wie Kamal Lababidi, ein Mitglied von Hayat Tahrir al-Sham, gegenüber der Financial Times erklärte, "
            "hat Russland Soldaten abgezogen.")
    event = only(extract(ctx, text, "2024-12-16"), "RETREAT")
    assert event.attribution == "Kamal Lababidi"
    assert {a.country for a in event.source} == {"RUS"}


@pytest.mark.parametrize(("text", "absent"), [
    # a photo caption shows an older scene
    ("Kremlchef Wladimir Putin bei einem Treffen mit dem syrischen Präsidenten Baschar al-Assad (Archivbild).",
     "CONSULT"),
    ("Archivbild: Russische Kampfflugzeuge greifen Stellungen der Rebellen in Syrien an.", "ASSAULT"),
    # a meeting with one's own ministers is an internal consultation, not an event between actors
    ("Putin sagte am Montag bei einem Treffen mit Verteidigungsminister Sergej Schoigu, die Aufgaben seien erfüllt.",
     "CONSULT"),
    # the object of a speech act belongs to nobody in particular ("keine Entschuldigung gehört")
    ("Putin sagte, er habe bislang keine Entschuldigung aus Ankara gehört.", "CONCEDE"),
])
def test_no_event_from_captions_internal_meetings_or_heard_speech(ctx: Context, text: str, absent: str) -> None:
    assert absent not in {e.type for e in extract(ctx, text, "2016-03-14")}


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # an event noun as the bare object of its clause belongs to the clause's subject
    ("Russlands Präsident Wladimir Putin hat den Abzug des Großteils der russischen Streitkräfte aus Syrien angeordnet.",
     "RETREAT", "RUS", "SYR"),
    # the forces withdrawn are the source's own; the place left is the country the article is about
    ("Putin besuchte den Stützpunkt Hmeimim in Syrien. Danach ordnete er den Rückzug eines Großteils der russischen "
     "Truppen an.", "RETREAT", "RUS", "SYR"),
    # one preposition names both sides of talks
    ("Die Gespräche zwischen Russland und der Türkei dauerten den ganzen Tag.", "CONSULT", "RUS", "TUR"),
    # a subordinate clause has its own subject
    ("Erdogan machte deutlich, dass die Türkei eine Teilnahme der Kurdenmiliz YPG an dem Kongress ablehnt.",
     "REJECT", "TUR", "SYR"),
    # ", was …" opens a clause of its own: its subject denies the accusation before it
    ("Die Türkei wirft Russland vor, den Luftraum verletzt zu haben, was Moskau bestreitet.", "REJECT", "RUS", "TUR"),
])
def test_roles_of_object_nouns_withdrawals_and_subordinate_clauses(
        ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    event = only(extract(ctx, text, "2016-03-14"), type_)
    assert source in {a.country for a in event.source}, event.source
    assert target in {a.country for a in event.target}, event.target


def test_a_subordinate_clause_does_not_lend_the_main_subject(ctx: Context) -> None:
    found = extract(ctx, "Russland hatte Assad Asyl gewährt, nachdem die Rebellen Damaskus eingenommen hatten.")
    assert [a.sector for a in only(found, "COERCE").source] == ["REB"]


def test_the_subject_of_a_was_clause_is_its_own(ctx: Context) -> None:
    text = ("Nordkorea unterstellt den USA, durch ihre Militärübungen mit Südkorea einen Angriff vorzubereiten, was "
            "Washington und Seoul bestreiten.")
    assert not any(e.type == "REJECT" and "PRK" in {a.country for a in e.source} for e in extract(ctx, text))


def test_a_relative_clause_takes_its_antecedent(ctx: Context) -> None:
    # (a person leaving a country alone is no RETREAT: see test_event_force.py)
    text = "Die Rebellen verkündeten den Sturz des Regimes von Baschar al-Assad, der nach Moskau gereist war."
    event = only(extract(ctx, text, "2024-12-08"), "CONSULT")
    assert [a.id for a in event.source] == ["Q44329"]


def test_a_list_after_a_comma_is_no_relative_clause(ctx: Context) -> None:
    text = "Die Außenminister Russlands, der Türkei und des Iran hatten sich in Moskau auf eine Erklärung verständigt."
    event = only(extract(ctx, text, "2016-12-27"), "AGREE")
    assert {a.country for a in event.source + event.target} == {"RUS", "TUR", "IRN"}


@pytest.mark.parametrize("text", [
    ("Nach mehr als 16 Stunden Verhandlungen haben sich die Staats- und Regierungschefs Deutschlands, Frankreichs, "
     "Russlands und der Ukraine in Minsk auf einen Fahrplan verständigt."),
    ("Darauf verständigten sich die Präsidenten Wladimir Putin, Recep Tayyip Erdogan und Hassan Ruhani am Mittwoch "
     "bei einem Gipfeltreffen in Sotschi."),
])
def test_an_agreement_reached_at_a_meeting_reports_the_meeting(ctx: Context, text: str) -> None:
    found = extract(ctx, text, "2017-11-22")
    agree, meeting = only(found, "AGREE"), only(found, "CONSULT")
    assert {a.id for a in meeting.source + meeting.target} == {a.id for a in agree.source + agree.target}


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # an attack with no named target is against the state of its place
    ("Russland fliegt erste Luftangriffe in Syrien.", "ASSAULT", "RUS", "SYR"),
    # the means of the clause's subject ("mit Luftangriffen begonnen")
    ("Russland hat am Mittwoch mit Luftangriffen in Syrien begonnen.", "ASSAULT", "RUS", "SYR"),
    # a seized capital stands for its government, not its forces
    ("Rebellen nehmen Damaskus ein.", "COERCE", "SYR", "SYR"),
])
def test_targets_of_places_and_means(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    event = only(process(text, published="2015-09-30", ctx=ctx).events, type_)  # all stages: places resolved
    assert source in {a.country for a in event.source}, event.source
    assert [(a.country, a.sector) for a in event.target] == [(target, "GOV")], event.target


def test_an_attack_in_the_own_state_names_no_target(ctx: Context) -> None:
    found = process("Die syrische Armee flog Luftangriffe in Syrien.", published="2015-09-30", ctx=ctx).events
    assert not [e for e in found if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # a condemnation of "the attack" is aimed at the attacker
    ("Russland hat die Ukraine angegriffen. Bundeskanzler Olaf Scholz verurteilte den Angriff.", "ACCUSE", "DEU", "RUS"),
    # a regret of "the shootdown" is aimed at its victim
    ("Die Türkei hat ein russisches Kampfflugzeug abgeschossen. Der türkische Präsident Recep Tayyip Erdogan "
     "bedauerte den Abschuss.", "CONCEDE", "TUR", "RUS"),
])
def test_an_event_noun_object_refers_to_the_earlier_act(
        ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    event = only(extract(ctx, text, "2015-11-28"), type_)
    assert source in {a.country for a in event.source}, event.source
    assert [a.country for a in event.target] == [target], event.target


@pytest.mark.parametrize("text", [
    "Russland unterstützt Assad, die Türkei steht auf der Seite von Teilen der Rebellen.",
    "Russland und der Iran unterstützen Assad militärisch, die Türkei steht auf der Seite der Opposition.",
])
def test_a_standing_alignment_is_no_event(ctx: Context, text: str) -> None:
    assert not [e for e in extract(ctx, text) if e.type == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "Russland hat Assad unterstützt.",
    "Russland unterstützt Assad seit dem 30. September.",
])
def test_support_with_a_perfect_or_a_date_is_an_act(ctx: Context, text: str) -> None:
    assert [e for e in extract(ctx, text, "2015-10-01") if e.type == "SUPPORT"]


def test_struggling_is_no_fight(ctx: Context) -> None:
    found = extract(ctx, "Griechenland wird in den nächsten Jahren mit wachsender Depression zu kämpfen haben.")
    assert not [e for e in found if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Merkel unterstützte Faymann am Montag mit deutlichen Worten.",
    "Merkel unterstützte Faymann am Montag in der Flüchtlingsfrage.",
])
def test_backing_without_material_means_stays_support(ctx: Context, text: str) -> None:
    assert only(extract(ctx, text, "2015-10-10"), "SUPPORT")


@pytest.mark.parametrize(("text", "accused"), [
    # a name repeated right after another ("Kurdischen Arbeiterpartei PKK") shares its preposition: the content
    # of an accusation, not the accused
    ("Erdogan hatte den HDP-Abgeordneten Verbindungen zur verbotenen Kurdischen Arbeiterpartei PKK unterstellt, "
     "sagte Davutoglu.", set()),
    ("Erdogan warf der HDP Verbindungen zur verbotenen Kurdischen Arbeiterpartei PKK vor.", {"HDP"}),
])
def test_a_repeated_name_after_a_preposition_is_not_accused(ctx: Context, text: str, accused: set) -> None:
    found = [e for e in extract(ctx, text, "2015-08-01") if e.type == "ACCUSE"]
    assert all("PKK" not in {a.name for a in e.target} for e in found), found
    assert {a.name for e in found for a in e.target} >= accused
