"""The compiled event lexicon of ``lang/<xx>/events.yaml``: trigger forms → PLOVER type and mode."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chronik.resources import LanguageData
from chronik.stages.event_blame import blame_cues
from chronik.stages.event_hearsay import hearsay_cues
from chronik.stages.event_irrealis import irrealis_cues
from chronik.stages.event_mutual import mutual_cues
from chronik.stages.event_patterns import pattern_cues
from chronik.stages.event_precision import particle_cues
from chronik.stages.event_presence import presence_cues
from chronik.stages.event_reception import reception_cues
from chronik.stages.event_references import pair_cues
from chronik.stages.event_threats import threat_cues
from chronik.stages.event_unnamed import locus_cues

#: Types that are complete without a target ("Russland zog Truppen ab", "Tausende protestierten").
TARGETLESS_TYPES = frozenset({"RETREAT", "MOBILIZE", "PROTEST", "CONCEDE"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger entry: its PLOVER type and mode and how its actors attach."""

    id: str
    type: str
    mode: str | None
    symmetric: bool
    target_preps: frozenset[str]
    source_preps: frozenset[str]
    context: tuple[str, ...]
    place_target_preps: frozenset[str] = frozenset()  # "aus Damaskus": the place's state is the target
    yields_to: frozenset[str] = frozenset()  # types whose subject noun makes this verb another sense
    genitive_is_object: bool = False  # "Abschuss eines Kampfjets": the genitive is the target
    place_object: bool = False  # "eroberten Aleppo": the place taken names the losing side (event_claims.py)
    subject_is_target: bool = False  # "Russland solle …": the subject is asked, the speaker asks (event_speech.py)
    target_prep_required: bool = False  # "sprechen": a meeting only with a partner after "mit" (event_talks.py)
    joint_required: bool = False  # "gemeinsame Erklärung": the noun is the trigger only after a joint word
    forces_only: bool = False  # "verlassen": persons alone leaving travel, no forces withdraw (event_force.py)
    people_only: bool = False  # "verletzen": only people are injured; a state or body's rights are breached
    region_object: bool = False  # "erkannte Donezk und Luhansk an": a region recognised names its separatists (event_positions_late.py)
    implied_agent: str | None = None  # "wurden … festgenommen": the sector of the targets' state that acts (event_agents.py)
    home_addressee: bool = False  # "Die Opposition forderte Neuwahlen": a domestic demand is aimed at the government (event_requests.py)
    passive_source_preps: frozenset[str] = frozenset()  # "wurde von der Polizei festgenommen": the agent
    counter_act: bool = False  # "kündigte Gegenmaßnahmen an": answers the article's lead act (event_positions_late.py)
    official_type: str | None = None  # the type when a government acts on a named party ("protestierte bei Moskau": ACCUSE)
    # the type when every source is of one of these sectors ("Die Polizei stürmte die Redaktion": a raid, COERCE)
    sector_types: dict[str, str] = field(default_factory=dict)
    verbal_type: str | None = None  # "Erdogan attackierte Merkel": a politician's attack on a person is verbal (event_verbal.py)
    place_required: bool = False  # "befreite Falludscha": an act only with a place in its clause (event_force.py)
    # "schob 50 Afghanen nach Kabul ab": the destination is no place of the act (event_place.py); "home" when it is
    # the people's own state, "back" when it is one they passed through ("in die Türkei zurückgeschickt", event_agents.py)
    sends_away: str | None = None
    internal_order: bool = False  # "beauftragte Lawrow": to a minister of one's own government, no act (event_positions_late.py)
    planned: bool = False  # "lud … zu einem Gipfel ein": the verb arranges the act for later, future (event_irrealis.py)
    target_required: bool = False  # "schonen": a concession only towards someone named, the spared (event_frame.py)
    halts: bool = False  # a pledge to stop the act of another trigger ("keine Rebellen mehr angreifen", event_pledges.py)
    max_confidence: float = 1.0  # a disputed coding ("baut einen Zaun an der Grenze zu Serbien") is never sure

    @property
    def targetless(self) -> bool:
        """Its act is complete without a target: a :data:`TARGETLESS_TYPES` type whose trigger does not require one
        ("Russland zog Truppen ab"; not "schonen", which needs the spared one)."""
        return self.type in TARGETLESS_TYPES and not self.target_required


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """Lookups from word forms to triggers, and the modality and attribution cues."""

    verbs: dict[str, Trigger]  # lower-case form
    nouns: dict[str, Trigger]  # form as written
    particles: dict[str, list[tuple[str, Trigger]]]  # lower-case stem -> [(particle, trigger)]
    light: dict[str, list[tuple[frozenset[str], Trigger]]]  # noun form -> [(verb forms, trigger)]
    reporting_verbs: frozenset[str]
    reporting_particles: frozenset[str]
    attribution_preps: frozenset[str]
    attribution_nouns: frozenset[str]
    dual_words: frozenset[str]
    konjunktiv_i: frozenset[str]
    negation: frozenset[str]
    future: frozenset[str]
    hypothetical: frozenset[str]
    claimed: frozenset[str]
    perfect_infinitives: frozenset[str]  # timex.yaml ``cues``: "haben" of "soll … angegriffen haben"
    news_of_the_day: frozenset[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    passive_auxiliaries: frozenset[str]
    background_tense: frozenset[str]
    scale: dict[str, float]
    adjective_endings: tuple[str, ...] = ()  # from actors.yaml: words ending so may sit between a preposition and a name
    coordinators: frozenset[str] = frozenset()  # from actors.yaml: "und", ",", "sowie" join actors
    possessives: frozenset[str] = frozenset()  # from actors.yaml: "sein", "ihre" (owner of an event noun)
    caption_markers: frozenset[str] = frozenset()  # "Archivbild": the sentence describes a photo
    subordinators: frozenset[str] = frozenset()  # ", nachdem …": a subordinate clause begins
    relative_pronouns: frozenset[str] = frozenset()  # ", der …": a relative clause begins
    locative_preps: frozenset[str] = frozenset()  # "in Syrien": the place of an act
    place_adjective_suffixes: tuple[str, ...] = ()  # "Pariser Anschläge": a city's adjective places the act
    instrument_preps: frozenset[str] = frozenset()  # "mit Luftangriffen": the means of the subject
    relation_forms: frozenset[str] = frozenset()  # "unterstützt": present forms of a standing alignment
    attribution_links: frozenset[str] = frozenset()  # "nach den Worten von Putin": "von" after an attribution noun
    # stances (event_stance.py)
    obligation_modals: frozenset[str] = frozenset()  # "müssten sich entschuldigen": a demand, no concession
    owed_modals: frozenset[str] = frozenset()  # "müsse die Angriffe einstellen": an act not done (future)
    speech_object_verbs: frozenset[str] = frozenset()  # "sprach von Barbarei": the noun is the subject's act
    label_preps: frozenset[str] = frozenset()  # "von": links such a verb to its label across a clause
    between_preps: frozenset[str] = frozenset()  # "Gespräche zwischen A und B": the two sides (event_talks.py)
    mediation_preps: frozenset[str] = frozenset()  # "unter Vermittlung der UN": the mediator (event_talks.py)
    mediation_nouns: frozenset[str] = frozenset()  # "Vermittlung", as written
    mediated_participles: frozenset[str] = frozenset()  # "von Moskau vermittelt": brokered (event_mediation.py)
    mediator_preps: frozenset[str] = frozenset()  # "von", "durch": the brokers follow
    collective_mediators: frozenset[str] = frozenset()  # "die Vermittler" (as written): the states named together
    shuttle_verbs: frozenset[str] = frozenset()  # "pendelten zwischen ihnen": mediators shuttle between sides
    briefing_verbs: frozenset[str] = frozenset()  # "um ihre Kollegen zu unterrichten": briefing a summit
    back_references: frozenset[str] = frozenset()  # "dort": the place the sentence before names
    joint_words: frozenset[str] = frozenset()  # "gemeinsamen Erklärung": issued jointly (event_talks.py)
    statehood_words: frozenset[str] = frozenset()  # "als unabhängige Staaten": recognised as a state (event_positions_late.py)
    # demands and aid (event_requests.py)
    instigation_preps: frozenset[str] = frozenset()  # "Auf Drängen Frankreichs": a demand that caused the act
    convening_nouns: frozenset[str] = frozenset()  # "auf Antrag Russlands": a motion to meet (event_gatherings.py)
    meeting_offers: frozenset[str] = frozenset()  # trigger ids: "bot an, Putin zu treffen" is the meeting offered
    sponsor_triggers: frozenset[str] = frozenset()  # trigger ids: "Eingeladen hatten Russland, …" names the hosts
    creditors: frozenset[str] = frozenset()  # actor ids of lenders: money they receive is repaid (event_requests.py)
    return_triggers: frozenset[str] = frozenset()  # trigger ids: people sent back; home to the agent's state: none
    breach_triggers: frozenset[str] = frozenset()  # trigger ids: a broken truce, aimed at the breaker's foe (event_military.py)
    destination_preps: frozenset[str] = frozenset()  # "nach Russland": where people are brought (event_requests.py)
    object_pronouns: frozenset[str] = frozenset()  # "ihm", "ihn": never the subject (event_references.py)
    finite_auxiliaries: frozenset[str] = frozenset()  # "hat", "soll": the finite verb in second place (event_subject.py)
    oblique_determiners: frozenset[str] = frozenset()  # "den", "dem", "ihm": no subject follows (event_subject.py)
    directional_determiners: frozenset[str] = frozenset()  # "in die Türkei": a destination, not a place of the act
    plural_verb_endings: tuple[str, ...] = ()  # "-n": a plural finite verb (event_subject.py)
    feminine_determiners: frozenset[str] = frozenset()  # "der" before "Ministerin": dative or genitive (event_subject.py)
    feminine_suffixes: tuple[str, ...] = ()  # "-in", "-ung": a feminine noun (event_subject.py)
    subject_pronouns: frozenset[str] = frozenset()  # "er", "es": a prefield pronoun that is the subject (event_subject.py)
    nominative_determiners: frozenset[str] = frozenset()  # "der" before a non-feminine noun: the subject (event_subject.py)
    focus_particles: frozenset[str] = frozenset()  # "Auch Serbien droht": a particle before the subject (event_speech.py)
    head_titles: frozenset[str] = frozenset()  # "Präsident", "Kanzlerin": heads of state or government (actors.yaml titles)
    anonymous_speakers: frozenset[str] = frozenset()  # "Kritiker", "Beobachter": an unnamed subject of no side (event_subject.py)
    suffering_light_verbs: frozenset[str] = frozenset()  # "kamen ums Leben": the subject suffers (event_stance.py)
    crowd_nouns: frozenset[str] = frozenset()  # "Anhänger der AfD": followers who attack bodily (event_verbal.py)
    briefing_triggers: frozenset[str] = frozenset()  # trigger ids: "sei informiert worden": by the act's author (event_references.py)
    origin_preps: frozenset[str] = frozenset()  # "Ankunft aus Minsk": a place of departure, not visited
    purpose_preps: frozenset[str] = frozenset()  # "Offensive zur Rückeroberung von Mossul": the act's aim (event_causes.py)
    conflict_nouns: frozenset[str] = frozenset()  # "Syrien-Krieg" (as written): a conflict located in a state
    receiving_verbs: frozenset[str] = frozenset()  # "Asyl erhalten": the subject receives the aid
    decision_verbs: frozenset[str] = frozenset()  # "über Asyl entschieden": the subject gives the aid
    place_relatives: frozenset[str] = frozenset()  # ", wo …": the clause happens at the place before the comma
    # claims of responsibility (event_claims.py): (cue words, attaching prepositions, required companions)
    claim_cues: tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...] = ()
    blame_cues: dict[str, frozenset[str]] = field(default_factory=dict)  # "dafür verantwortlich" (event_blame.py)
    # dates (event_dating.py)
    narrative_continuations: frozenset[str] = frozenset()  # "Danach …": the sentence goes on at the time before
    standing_adverbs: frozenset[str] = frozenset()  # "lehnte weiterhin ab": a stance held since an earlier report
    recent_past: frozenset[str] = frozenset()  # "zuletzt": a background act that is recent
    date_attribute_preps: frozenset[str] = frozenset()  # "vom 13. November": the date of a noun, not of the clause
    begin_verbs: frozenset[str] = frozenset()  # "eine Offensive begonnen": lasts up to the report
    anaphoric_determiners: frozenset[str] = frozenset()  # "Das Treffen": an event noun that refers back
    night_links: frozenset[str] = frozenset()  # "Nacht zum Donnerstag": an act of that night is dated Thursday
    elapsed_preps: frozenset[str] = frozenset()  # "Einen Tag nach dem Anschlag": the noun lies that long before (event_force.py)
    denial_nouns: frozenset[str] = frozenset()  # "habe keinen Platz": a content clause denying someone (event_content.py)
    content_correlates: frozenset[str] = frozenset()  # "dafür …, dass": a content clause is the object (event_content.py)
    cause_preps: frozenset[str] = frozenset()  # "nach dem Einmarsch": an act before (or after) the clause's (event_causes.py)
    cause_nouns: frozenset[str] = frozenset()  # "als Reaktion auf …" (as written): the act governed is a cause
    sequence_preps: frozenset[str] = frozenset()  # "sagte am Donnerstag nach einem Treffen": may share the clause's time
    span_words: frozenset[str] = frozenset()  # "nach mehr als vier Jahren Kämpfen": words of a span before the noun
    span_units: frozenset[str] = frozenset()  # "Jahren" (as written): the unit of such a span
    # sides of military acts (event_military.py)
    leader_preps: frozenset[str] = frozenset()  # "unter Führung …": the leader of the acting force follows
    leader_nouns: frozenset[str] = frozenset()  # "Führung", "Kommando" (as written)
    leader_participles: frozenset[str] = frozenset()  # "angeführt von …"
    leader_links: frozenset[str] = frozenset()  # "unter der Führung von HTS"
    backing_preps: frozenset[str] = frozenset()  # "mit Unterstützung russischer Kampfjets": the backer follows
    backing_nouns: frozenset[str] = frozenset()  # "Unterstützung", "Hilfe" (as written)
    backing_participles: frozenset[str] = frozenset()  # "die von den USA unterstützte Allianz": the backer before
    border_nouns: frozenset[str] = frozenset()  # "an den Grenzen zur Ukraine" (as written)
    stative_participles: frozenset[str] = frozenset()  # "stationiert waren": where forces are, no deployment
    stative_auxiliaries: frozenset[str] = frozenset()  # forms of "sein" that make such a participle a state
    perfect_auxiliaries: frozenset[str] = frozenset()  # forms of "haben": "hat … stationiert" is an act
    # a negated backing that is a refusal (event_refusals.py): triggers, will, withheld, denial, unable, pending
    refusal_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    # background mentions of military acts (event_background.py)
    opinion_labels: frozenset[str] = frozenset()  # "Kommentar:": the title of an opinion piece, no report
    deployment_preps: frozenset[str] = frozenset()  # "Truppen nach Syrien": the state forces go into
    since_preps: frozenset[str] = frozenset()  # "seit 2015": the start of a lasting state, no act's date
    span_preps: frozenset[str] = frozenset()  # "in den vergangenen Jahren": how long an act went on
    setting_words: frozenset[str] = frozenset()  # "am Rande eines Treffens": a statement's setting (event_place.py)
    bereavement_nouns: frozenset[str] = frozenset()  # "Tod", "Opfer" (as written): the actors after are the dead
    anchor_subordinators: frozenset[str] = frozenset()  # "Als …": a clause that gives another statement its time
    announcing_verbs: frozenset[str] = frozenset()  # "verkündete": a bare act noun object is the announcer's act
    apology_preps: frozenset[str] = frozenset()  # "sich für den Abschuss entschuldigen": the apologiser's act
    conflict_forms: frozenset[str] = frozenset()  # "kämpfen seit April": a war going on, no dated act
    # roles in relative clauses (event_positions.py)
    object_relatives: frozenset[str] = frozenset()  # ", den Moskau stützt": the antecedent is the object
    infinitive_markers: frozenset[str] = frozenset()  # "zu", also inside "anzuerkennen"
    owner_preps: frozenset[str] = frozenset()  # "die Entscheidung von Trump, …": the noun's owner
    genitive_determiners: frozenset[str] = frozenset()  # "die Entscheidung der USA, …"
    act_nouns: frozenset[str] = frozenset()  # "kritisierten den Schritt" (as written): the act before
    report_nouns: frozenset[str] = frozenset()  # "wies einen britischen Pressebericht zurück" (as written)
    policy_nouns: frozenset[str] = frozenset()  # "kritisierte die österreichische Flüchtlingspolitik" (lower-cased)
    addressee_particles: frozenset[str] = frozenset()  # "forderte die Gemeinschaft … auf": a call on the object
    addressee_place_preps: frozenset[str] = frozenset()  # "protestierte bei Moskau": the capital is the addressee (event_slots.py)
    attribute_determiners: frozenset[str] = frozenset()  # "Osten der Ukraine": a genitive attribute follows (event_slots.py)
    voice_nouns: frozenset[str] = frozenset()  # "die Kritik aus Wien" (as written): the place's government voiced it (event_slots.py)
    article_contractions: frozenset[str] = frozenset()  # "im besetzten Westjordanland": a preposition with its article
    paired_coordinators: frozenset[str] = frozenset()  # "sowohl X als auch Y": the second part joins like "und"
    alternative_coordinators: frozenset[str] = frozenset()  # "entweder X oder Y": one side, its possible authors
    clause_coordinators: frozenset[str] = frozenset()  # ", und die USA kritisieren": a main clause of its own
    attribution_adverbs: frozenset[str] = frozenset()  # "…, so Lawrow.": the speaker closing the sentence
    participle_patterns: tuple[re.Pattern[str], ...] = ()  # "freigelassen": a participle headline (event_passive.py)
    irrealis_cues: dict[str, frozenset[str]] = field(default_factory=dict)  # acts that did not happen (event_irrealis.py)
    hearsay_cues: dict[str, frozenset[str]] = field(default_factory=dict)  # acts only claimed or denied (event_hearsay.py)
    threat_cues: dict[str, frozenset[str]] = field(default_factory=dict)  # conditions, reciprocity (event_threats.py)
    particle_cues: dict[str, frozenset] = field(default_factory=dict)  # "räumte … ein": other verbs (event_precision.py)
    locus_cues: dict[str, frozenset[str]] = field(default_factory=dict)  # "im Norden von Mali", police (event_unnamed.py)
    pair_cues: dict = field(default_factory=dict)  # "die Militärs beider Länder" (event_references.py)
    future_auxiliaries: frozenset[str] = frozenset()  # "wird … treffen": with an infinitive, no passive (event_stance.py)
    infinitives: frozenset[str] = frozenset()  # each trigger's infinitive: its first verb form
    reference_preps: frozenset[str] = frozenset()  # "Einigung von Minsk": a place names the act (event_referred.py)
    reference_types: frozenset[str] = frozenset()  # the types such a reference may name
    civilian_targets: frozenset[str] = frozenset()  # "das Feuer auf Cafés": civilians attacked (event_context.py)
    military_targets: frozenset[str] = frozenset()  # "griffen eine Luftwaffenbasis an": forces attacked (event_victims.py)
    individual_attacks: frozenset[str] = frozenset()  # "palästinensische Messerangriffe": by attackers, not a state
    setting_preps: frozenset[str] = frozenset()  # "auf einer Pressekonferenz in Moskau": the setting of an act (event_referred.py)
    meeting_setting_preps: frozenset[str] = frozenset()  # "In einem Telefonat mit Erdogan forderte …" (event_talks.py)
    topic_preps: frozenset[str] = frozenset()  # "sprachen über die Flüchtlingskrise" (event_talks.py)
    meeting_topic_preps: frozenset[str] = frozenset()  # "berät über den Deal mit der Türkei" (event_meetings.py)
    relation_heads: tuple[str, ...] = ()  # "Deal", "Abkommen": topic nouns with a partner of their own
    material_means: dict = field(default_factory=dict)  # "unterstützt … mit Luftangriffen": AID (event_means.py)
    media_report_verbs: frozenset[str] = frozenset()  # "wie DHA berichtete": a report, not the speaker (event_attribution.py)
    quote_pronouns: frozenset[str] = frozenset()  # "Wir werden das nicht zulassen, drohte X": a quote (event_speech.py)
    nominative_pronouns: frozenset[str] = frozenset()  # "„Die Türkei kritisieren wir“": the subject after the verb
    quote_closers: frozenset[str] = frozenset()  # "„…“, forderte X": the quotation mark that closes a quote
    mutual_cues: dict = field(default_factory=dict)  # "Kämpfe zwischen Rebellengruppen": one group on both sides (event_mutual.py)
    pattern_cues: dict = field(default_factory=dict)  # "immer wieder", "bleiben in Kraft": habits and states (event_patterns.py)
    presence_cues: dict = field(default_factory=dict)  # "war … beim Erzfeind Pakistan": a visit (event_presence.py)
    reception_cues: dict = field(default_factory=dict)  # "stößt bei der SPÖ auf Kritik" (event_reception.py)
    triggers: dict[str, Trigger] = field(default_factory=dict)  # trigger id -> trigger, for rules that name one
    conflict_pairs: frozenset = frozenset()  # states whose unnamed people attacking each other is political
    interstate_fronts: frozenset = frozenset()  # (attacker, attacked): a state whose places the other's forces hit are its own


def build_event_lexicon(lang: LanguageData) -> EventLexicon:
    """Compile ``events.yaml`` of ``lang``; a form listed twice keeps its first trigger."""
    data = lang.data["events"]
    verbs: dict[str, Trigger] = {}
    nouns: dict[str, Trigger] = {}
    particles: dict[str, list[tuple[str, Trigger]]] = {}
    light: dict[str, list[tuple[frozenset[str], Trigger]]] = {}
    triggers: dict[str, Trigger] = {}
    for raw in data["triggers"]:
        trigger = triggers.setdefault(raw["id"], _trigger(raw))
        for form in raw.get("verbs") or []:
            verbs.setdefault(form.lower(), trigger)
        for form in raw.get("nouns") or []:
            nouns.setdefault(form, trigger)
        for entry in raw.get("particle_verbs") or []:
            for stem in entry["stems"]:
                particles.setdefault(stem.lower(), []).append((entry["particle"], trigger))
        for entry in raw.get("light_verbs") or []:
            forms = frozenset(v.lower() for v in entry["verbs"])
            for noun in _as_list(entry["noun"]):
                light.setdefault(noun, []).append((forms, trigger))
    words = {key: frozenset(w.lower() for w in data[key]) for key in (
        "reporting_verbs", "reporting_particles", "attribution_preps", "attribution_nouns", "dual_words", "konjunktiv_i", "negation", "future",
        "hypothetical", "claimed", "news_of_the_day", "prepositions", "determiners", "passive_auxiliaries",
        "background_tense", "caption_markers", "subordinators", "relative_pronouns", "locative_preps",
        "instrument_preps", "relation_forms", "attribution_links", "obligation_modals", "owed_modals", "speech_object_verbs",
        "label_preps", "between_preps", "mediation_preps", "joint_words",
        "statehood_words", "object_relatives",
        "infinitive_markers", "owner_preps", "genitive_determiners", "mediated_participles", "mediator_preps", "shuttle_verbs",
        "briefing_verbs", "back_references", "article_contractions", "paired_coordinators", "alternative_coordinators", "clause_coordinators", "attribution_adverbs", "finite_auxiliaries", "oblique_determiners",
        "directional_determiners",
        "media_report_verbs", "quote_pronouns", "nominative_pronouns", "quote_closers", "feminine_determiners", "subject_pronouns",
        "nominative_determiners", "focus_particles", "anonymous_speakers", "suffering_light_verbs", "crowd_nouns")}
    endings = tuple(e for e in lang.data["actors"]["adjective_endings"] if e)
    return EventLexicon(verbs, nouns, particles, light, **words, scale={k: float(v) for k, v in data["scale"].items()},
                        adjective_endings=endings, coordinators=frozenset(lang.data["actors"]["coordinators"]),
                        possessives=frozenset(w.lower() for w in lang.data["actors"]["possessives"]),
                        place_adjective_suffixes=tuple(data["place_adjective_suffixes"]),
                        plural_verb_endings=tuple(data["plural_verb_endings"]),
                        feminine_suffixes=tuple(data["feminine_suffixes"]),
                        participle_patterns=tuple(re.compile(p) for p in data["participle_patterns"]),
                        mediation_nouns=frozenset(data["mediation_nouns"]),
                        collective_mediators=frozenset(data["collective_mediators"]), act_nouns=frozenset(data["act_nouns"]),
                        report_nouns=frozenset(data["report_nouns"]),
                        policy_nouns=frozenset(w.lower() for w in data["policy_nouns"]),
                        addressee_particles=frozenset(data["addressee_particles"]),
                        addressee_place_preps=frozenset(w.lower() for w in data["addressee_place_preps"]),
                        voice_nouns=frozenset(data["voice_nouns"]),
                        attribute_determiners=frozenset(w.lower() for w in data["attribute_determiners"]),
                        denial_nouns=frozenset(data["denial_nouns"]),
                        content_correlates=frozenset(w.lower() for w in data["content_correlates"]), **_request_cues(data), claim_cues=_claim_cues(data), blame_cues=blame_cues(data),
                        **_dating_cues(data), **_military_cues(data), irrealis_cues=irrealis_cues(data), hearsay_cues=hearsay_cues(data),
                        threat_cues=threat_cues(data), particle_cues=particle_cues(data), presence_cues=presence_cues(data),
                        reception_cues=reception_cues(data), triggers=triggers,
                        refusal_cues={k: frozenset(w.lower() for w in v) for k, v in (data.get("refusal_cues") or {}).items()},
                        conflict_pairs=frozenset(frozenset(p) for p in data.get("conflict_pairs") or []),
                        interstate_fronts=frozenset(tuple(p) for p in data.get("interstate_fronts") or []),
                        mutual_cues=mutual_cues(data), pattern_cues=pattern_cues(data),
                        locus_cues=locus_cues(data, lang.data["actors"]),
                        pair_cues=pair_cues(data, lang.data["actors"]),
                        future_auxiliaries=frozenset(data["future_auxiliaries"]),
                        reference_preps=frozenset(data["reference_preps"]),
                        reference_types=frozenset(data["reference_types"]),
                        setting_preps=frozenset(data.get("setting_preps") or []),
                        meeting_setting_preps=frozenset(data.get("meeting_setting_preps") or []),
                        topic_preps=frozenset(data.get("topic_preps") or []),
                        meeting_topic_preps=frozenset(data.get("meeting_topic_preps") or []),
                        relation_heads=tuple(data.get("relation_heads") or []),
                        material_means={k: frozenset(v or []) for k, v in (data.get("material_means") or {}).items()},
                        civilian_targets=frozenset(data.get("civilian_targets") or []),
                        military_targets=frozenset(data.get("military_targets") or []),
                        individual_attacks=frozenset(data.get("individual_attacks") or []),
                        infinitives=frozenset(f for raw in data["triggers"] for f in _infinitives(raw.get("verbs") or [])),
                        perfect_infinitives=frozenset(w.lower() for w in lang.data["timex"]["cues"].get("perfect_infinitives") or []),
                        head_titles=_head_titles(lang.data["actors"]["titles"]))


def _head_titles(titles: dict) -> frozenset[str]:
    """The title forms (lower-cased) of heads of state or government in actors.yaml ``titles``."""
    heads = ("head_of_state", "head_of_government")
    return frozenset(form.lower() for office, spec in titles.items() if (spec.get("office") or office) in heads
                     for form in spec.get("forms") or [])


def _military_cues(data: dict) -> dict[str, frozenset[str]]:
    """The cue lists of event_military.py; nouns keep their case (compared as written)."""
    keys = ("leader_preps", "backing_preps", "backing_participles", "leader_participles", "leader_links", "stative_participles", "stative_auxiliaries",
            "perfect_auxiliaries", "opinion_labels", "deployment_preps", "since_preps", "span_preps", "setting_words", "anchor_subordinators",
            "announcing_verbs", "apology_preps", "conflict_forms")
    lower = {key: frozenset(w.lower() for w in data[key]) for key in keys}
    return lower | {key: frozenset(data[key]) for key in ("leader_nouns", "backing_nouns", "border_nouns", "bereavement_nouns")}


def _dating_cues(data: dict) -> dict[str, frozenset[str]]:
    """The cue lists of event_dating.py and event_causes.py, lower-cased (nouns as written)."""
    keys = ("narrative_continuations", "recent_past", "date_attribute_preps", "anaphoric_determiners", "elapsed_preps",
            "night_links", "standing_adverbs", "cause_preps", "sequence_preps", "span_words", "begin_verbs")
    cues = {key: frozenset(w.lower() for w in data[key]) for key in keys}
    return cues | {key: frozenset(data[key]) for key in ("cause_nouns", "span_units")}


def _request_cues(data: dict) -> dict[str, frozenset[str]]:
    """The cue lists of event_requests.py and event_gatherings.py; nouns keep their case (compared as written)."""
    keys = ("instigation_preps", "receiving_verbs", "decision_verbs", "place_relatives", "origin_preps", "object_pronouns",
            "purpose_preps", "destination_preps")
    cues = {key: frozenset(w.lower() for w in data[key]) for key in keys}
    return cues | {key: frozenset(data[key]) for key in ("conflict_nouns", "convening_nouns", "meeting_offers",
                                                        "sponsor_triggers", "briefing_triggers", "creditors",
                                                        "return_triggers", "breach_triggers")}


def _claim_cues(data: dict) -> tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]:
    """The claim cues of event_claims.py, every word lower-cased."""
    return tuple((frozenset(w.lower() for w in c["words"]), frozenset(w.lower() for w in c.get("preps") or []),
                  frozenset(w.lower() for w in c.get("needs") or [])) for c in data.get("claim_cues") or [])


def _trigger(raw: dict) -> Trigger:
    return Trigger(raw["id"], raw["type"], raw.get("mode"), bool(raw.get("symmetric")),
                   frozenset(raw.get("target_preps") or []), frozenset(raw.get("source_preps") or []),
                   tuple(_as_list(raw.get("context") or [])),
                   frozenset(raw.get("place_target_preps") or []), frozenset(raw.get("yields_to") or []),
                   bool(raw.get("genitive_is_object")), bool(raw.get("place_object")),
                   bool(raw.get("subject_is_target")), bool(raw.get("target_prep_required")),
                   joint_required=bool(raw.get("joint_required")), forces_only=bool(raw.get("forces_only")),
                   people_only=bool(raw.get("people_only")),
                   region_object=bool(raw.get("region_object")), implied_agent=raw.get("implied_agent"),
                   home_addressee=bool(raw.get("home_addressee")),
                   passive_source_preps=frozenset(raw.get("passive_source_preps") or []),
                   counter_act=bool(raw.get("counter_act")), official_type=raw.get("official_type"),
                   sector_types=dict(raw.get("sector_types") or {}), verbal_type=raw.get("verbal_type"),
                   place_required=bool(raw.get("place_required")), sends_away=raw.get("sends_away"),
                   planned=bool(raw.get("planned")), internal_order=bool(raw.get("internal_order")),
                   target_required=bool(raw.get("target_required")),
                   max_confidence=float(raw.get("max_confidence", 1.0)))


def _infinitives(forms: list[str]) -> list[str]:
    """A trigger's infinitives: its first verb form, and every form in -n whose 3rd person singular in -t is
    listed too ("aufheben" beside "aufhebt", "lockern" beside "lockert"): a trigger may join several verbs."""
    lowered = [f.lower() for f in forms]
    known = set(lowered)
    return lowered[:1] + [f for f in lowered if f.endswith("n") and (f[:-2] + "t" in known or f[:-1] + "t" in known)]


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]
