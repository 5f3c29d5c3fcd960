"""Fill one event frame: source, target, place, date, modality, attribution, confidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from chronik.model import Actor, Article, EventMention, Mention, Place, Sentence
from chronik.stages.event_agents import event_actor, implied_agent, unowned_harm
from chronik.stages.event_attribution import acting_attribution, reporting_speaker
from chronik.stages.event_attribution import attributions as find_attributions
from chronik.stages.event_background import acting_states, unnamed_attackers
from chronik.stages.event_build import frame_event
from chronik.stages.event_claims import claimed_roles, held_target
from chronik.stages.event_context import (
    content_clause,
    in_later_subordinate,
    located_state,
    located_victim,
    object_owner,
    own_forces,
    place_target,
    standing_relation,
    subordinate_scope,
)
from chronik.stages.event_evidence import modality_of
from chronik.stages.event_force import adjective_act_targets
from chronik.stages.event_hearsay import content_slot, hearsay_modality
from chronik.stages.event_irrealis import irrealis_modality
from chronik.stages.event_lexicon import EventLexicon, Trigger
from chronik.stages.event_meetings import internal_meeting, requesting_member
from chronik.stages.event_military import (
    adjective_source,
    aimed_at,
    deployed_forces,
    leading,
    left_state,
    not_acting,
    noun_targets,
    relative_object,
    stative,
    with_leaders,
)
from chronik.stages.event_objects import (
    first_object,
    noun_attached,
    object_conjuncts,
    own_phrase_targets,
    within_main_clause,
)
from chronik.stages.event_owned import genitive_reach, owned_object
from chronik.stages.event_passive import passive_subject
from chronik.stages.event_place import event_place, host_state, visited_state
from chronik.stages.event_positions import act_referent, adjective_addressee, position_roles, refused_party
from chronik.stages.event_positions_late import punished_actor, recognised_region
from chronik.stages.event_reference import reacted_slots, referent_actors
from chronik.stages.event_references import (
    briefing_author,
    briefing_dated,
    members_meeting,
    object_pronoun_roles,
    own_body,
    witnesses,
)
from chronik.stages.event_requests import demand_state, repeated_addressee, turned_roles, unnamed_addressee
from chronik.stages.event_slots import (
    SPEECH_ACTS,
    Slot,
    actor_slots,
    after_possessive,
    list_closes,
    only_determiners,
    word_at,
)
from chronik.stages.event_speech import (
    answered_actor,
    asked_speaker,
    clause_subject,
    later_speaker,
    own_clause_roles,
    reported_speaker,
    speaker_acts,
    speech_target,
)
from chronik.stages.event_stance import (
    answering_target,
    clause_passive,
    demanded_concession,
    own_people,
    speaking_subject,
)
from chronik.stages.event_subject import meeting_subject, subject_roles
from chronik.stages.event_talks import talks_dropped, talks_roles, without_title
from chronik.stages.event_threats import conditional_roles, coordinator_length, paired_sides
from chronik.stages.event_unnamed import (
    acting_side,
    attacked_police,
    media_as_agent,
    noun_agent_elsewhere,
    passive_agent,
)
from chronik.stages.event_withdrawal import (
    announced_by,
    apologised_act,
    apologiser,
    conjunct_subject,
    recent_departure,
)


@dataclass(slots=True)
class Frame:
    """Everything needed to build the event of one trigger in one sentence."""

    article: Article
    sentence: Sentence
    words: list[str]
    index: int
    end: int
    kind: str
    trigger: Trigger
    mentions: list[Mention]
    lexicon: EventLexicon
    adjectives: dict[str, str]  # inflected state adjective -> ISO3
    governors: list[tuple[int, str]] = field(default_factory=list)  # (index, type) of the sentence's verb triggers
    earlier: list[EventMention] = field(default_factory=list)  # the article's events found so far, in order
    state_names: dict[str, str] = field(default_factory=dict)  # one-word state name -> ISO3 ("Syrien-Krieg")
    place_adjectives: dict[str, str] = field(default_factory=dict)  # city adjective -> ISO3 ("Pariser" -> FRA)
    capitals: dict[str, Place] = field(default_factory=dict)  # a capital's metonym -> the city ("Damaskus")
    member_bodies: frozenset[str] = frozenset()  # organisations of states (event_references.member_bodies)
    author: Actor | None = None  # the author a blame elsewhere names for an authorless act (event_blame.py)

    def word_index(self, offset: int) -> int:
        """Index of the word that starts at or contains character ``offset``."""
        return word_at(self.sentence, offset)

    def state_adjective(self, k: int) -> str | None:
        """The country of the state adjective at word ``k`` ("russischen" → RUS), if it is one."""
        return self.adjectives.get(self.words[k].lower()) if 0 <= k < len(self.words) else None

    def mention_country(self, mention: Mention) -> str | None:
        """The country of ``mention``: its resolved place's, else its own."""
        place = self.article.places.get(mention.place_id or "")
        return place.country if place is not None else mention.country

    def named_state(self, mention: Mention) -> str | None:
        """The state a place or state mention names: its resolved place's country, a state's own; None else."""
        place = self.article.places.get(mention.place_id or "")
        return place.country if place is not None else mention.country if mention.kind == "STATE" else None


@dataclass(slots=True)
class _Parties:
    """Who takes part in one frame's event, as the role rules find them step by step."""

    usable: list[Slot]  # the actor slots that may take a role
    leaders: list[Slot]  # leaders of the acting force ("unter Führung der HTS"), added to the source last
    attribution: Mention | None
    source: list[Mention]
    target: list[Mention]
    adjective_actor: Actor | None = None  # "russische Luftangriffe": the source when no mention is one
    visited: Actor | None = None  # a state a target rule adds (host, place's state, addressee)
    referred: list[Actor] = field(default_factory=list)  # parties of an earlier act the trigger refers to


def build_event(frame: Frame) -> EventMention | None:
    """The event of ``frame``, or None when it has no actor at all, reads as another clause's content or
    a description, or lacks a target its type needs."""
    slots = actor_slots(frame)
    if content_clause(frame, frame.governors, slots) and clause_subject(frame, slots) is None \
            and not apologiser(frame, slots):  # "lehnte ab, sich für den Abschuss … zu entschuldigen": a fact
        return None
    parties = _participants(frame, slots)
    if parties is None:
        return None
    location = event_place(frame)
    _complete_target(frame, parties, slots, location)
    if not (parties.target or parties.visited or parties.referred) and not frame.trigger.targetless:
        return None  # "X kritisierte …" with nobody criticised: a topic or a clause we cannot read
    modality = irrealis_modality(frame, modality_of(frame))  # event_irrealis.py: None when no act happened
    modality = modality and hearsay_modality(frame, modality)  # "wies den Vorwurf zurück, Russland bombardiere …"
    if modality is None or standing_relation(frame, modality) or talks_dropped(frame, slots, modality):
        return None  # "Russland unterstützt Assad": a description of the situation, not an act
    event = members_meeting(_event(frame, parties, location, modality))
    return briefing_dated(frame, event, bool(parties.source))


def _participants(frame: Frame, slots: list[Slot]) -> _Parties | None:
    """Source and target by clause structure and the speaker; None when nobody acts or the trigger is
    only the object of another act ("eine Waffenruhe, die die USA und Russland ausgehandelt hatten")."""
    attributions = find_attributions(frame, slots)
    attribution = attributions[0] if attributions else reported_speaker(frame)
    # "verurteilte den Angriff" (event_reference.py), "Russland bombardiere Spitäler, kritisierte Fabius" (event_speech.py)
    reacting = reacted_slots(frame, slots) + later_speaker(frame, slots)
    usable = [s for s in slots if s.mention not in attributions and not media_as_agent(frame, s) and s not in reacting
              and not content_slot(frame, s)]  # "dementierte, dass Putin …": what is denied (event_hearsay.py)
    if relative_object(frame, usable) or stative(frame) or demanded_concession(frame):
        return None
    leaders = leading(frame, usable)  # "Kämpfer unter Führung von HTS": HTS acts with them (event_military.py)
    apart = leaders + not_acting(frame, usable)
    usable = [s for s in usable if s not in apart]
    roles = object_pronoun_roles(frame, usable, *_roles(frame, usable))  # "Das habe ihm Assad zugesichert"
    source, target = own_clause_roles(frame, usable, *turned_roles(frame, usable, *roles))
    if (subject := subject_roles(frame, usable, source, target)) is None:
        return None  # "Tausende Nationalisten haben … protestiert": no actor from elsewhere (event_subject.py)
    source, target = subject
    parties = _Parties(usable, leaders, attribution, source, noun_targets(frame, usable, target))
    parties.adjective_actor = (adjective_source(frame) or unnamed_attackers(frame, source)
                               or implied_agent(frame, parties.target) or frame.author) if not source else None  # event_agents.py
    parties.target = parties.target or adjective_act_targets(frame, usable, parties.adjective_actor)
    speaker = acting_attribution(frame, slots, attribution)  # not "wie DHA berichtete" (event_attribution.py)
    if speaker is not None and frame.trigger.type in SPEECH_ACTS and speaker_acts(frame, parties.source, speaker, usable):
        # "Assad müsse gehen, sagte der französische Präsident": the speaker demands, the named one is the target
        parties.target = speech_target(frame, usable, (parties.source, parties.target), speaker)
        parties.source = [speaker]
    elif speaker is not None and frame.trigger.type in SPEECH_ACTS:  # "Sie sei von Erdogan gebeten worden, sagte Merkel"
        parties.target = asked_speaker(frame, usable, parties.source, parties.target, speaker)
    if not parties.source:
        parties.source = _implicit_source(frame, slots, usable, parties.target, speaker)
    if not parties.source and parties.adjective_actor is None:  # "sei informiert worden" (event_references.py)
        parties.adjective_actor = briefing_author(frame, parties.source, parties.target)
    acting = {s.actor_id for s in parties.source}
    parties.target = [m for m in parties.target if not acting_side(frame, m, acting) and not internal_meeting(frame, m, parties.source)
                      and not own_people(frame, m, parties.source)]
    return parties if parties.source or parties.adjective_actor is not None else None


def _complete_target(frame: Frame, parties: _Parties, slots: list[Slot], location: Place | None) -> None:
    """Fill in the target the clause leaves unnamed, each rule only while none is found: the visited
    state, the requester, the place left or taken, the state where the act happens, the addressee of an
    earlier act; then add the leaders to the source."""
    p, source = parties, parties.source
    p.visited = visited_state(frame, location) if frame.trigger.mode == "visit" and not p.target else None
    p.target = p.target or requesting_member(frame, p.usable, source) or owned_object(frame, p.usable, source)
    left = place_target(frame, p.usable) if not p.target else None
    if isinstance(left, Mention) and left not in source:
        p.target = [left]
    elif left is not None and not isinstance(left, Mention):
        p.visited = visited_state(frame, left)
    source, p.target = own_forces(frame, source, p.target)
    source, p.target = deployed_forces(frame, source, p.target)
    if not p.target and p.visited is None and frame.trigger.place_target_preps:
        p.visited = host_state(frame, recent_departure(frame, source)) or left_state(frame, source)  # event_withdrawal.py
    if not p.target and p.visited is None:
        p.visited = held_target(frame, source) or attacked_police(frame, source) or aimed_at(frame, source)  # event_unnamed.py
    if not p.target and p.visited is None:
        own = acting_states(source, p.adjective_actor)  # event_background.py
        located = located_state(frame, own)
        p.visited = located_victim(frame, located) if located else host_state(frame, demand_state(frame, own))
        p.visited = p.visited or repeated_addressee(frame, source)
    p.source = source = with_leaders(source, p.leaders, slots)  # after the target: the leader does not act on it
    acting = {(m.country, m.sector) for m in source} | {m.actor_id for m in source}
    referred = (referent_actors(frame) or act_referent(frame) or adjective_addressee(frame)) \
        if not p.target and p.visited is None else []  # event_reference.py, event_positions.py
    p.referred = [a for a in referred if a.id not in acting and (a.country, a.sector) not in acting]
    if not p.target and p.visited is None and not p.referred:
        p.visited = (answered_actor(frame, source) or answering_target(frame, source)  # event_speech/_stance.py
                     or punished_actor(frame, source) or recognised_region(frame, source)  # event_positions_late.py
                     or refused_party(frame, source))  # event_positions.py
    if not p.target and p.visited is None and not p.referred:
        p.visited = own_body(frame, source) or unnamed_addressee(frame, source)  # event_references/_requests.py


def _event(frame: Frame, parties: _Parties, location: Place | None, modality: str) -> EventMention:
    """The event mention of ``frame`` with its parties, date and confidence."""
    attribution = parties.attribution
    source = [event_actor(frame, m) for m in parties.source] or [parties.adjective_actor]
    target = [event_actor(frame, m, acting=False) for m in parties.target] \
        + ([parties.visited] if parties.visited else []) + parties.referred
    return frame_event(frame, (source, target), location, modality,
                       attribution=event_actor(frame, attribution).name if attribution else None,
                       dated=not apologised_act(frame.words, frame.index, frame.lexicon))  # the act precedes the apology


def _implicit_source(frame: Frame, slots: list[Slot], usable: list[Slot], target: list[Mention],
                     attribution: Mention | None) -> list[Mention]:
    """Who acts when no actor is attached to the trigger: the speaker of a verb event ("Das
    Außenministerium teilte mit, dass es Mitarbeiter evakuiert habe"); for a meeting noun with its
    partner, the speaker or else the subject of the clause ("sagte Erdogan nach einem Treffen mit Putin",
    "Nach einem Treffen mit Hollande kündigte Putin an")."""
    if frame.kind != "noun":  # a passive hides its agent: "sind nach Angaben der UN Menschen getötet worden"
        cited = attribution is not None and attribution is not reporting_speaker(frame, slots)
        harm = unowned_harm(frame, attribution, target)  # "seien verletzt worden, teilte die UNO mit" (event_agents.py)
        return [attribution] if attribution is not None and not (clause_passive(frame) and (cited or harm)) else []
    if not (frame.trigger.symmetric and target):  # "sprach von Barbarei", "hatte einen Teilabzug verkündet"
        return speaking_subject(frame, usable) or announced_by(frame, usable, attribution)  # event_stance/_withdrawal.py
    if attribution is not None:
        return [attribution]
    subjects = [s.mention for s in usable if s.prep is None and s.mention not in target and meeting_subject(frame, s.mention)]
    return subjects[:1]


def _roles(frame: Frame, slots: list[Slot]) -> tuple[list[Mention], list[Mention]]:
    """Source and target mentions by clause structure (see :mod:`chronik.stages.events`)."""
    trigger = frame.trigger
    if (claimed := claimed_roles(frame, slots)) is not None:
        return claimed  # "bekannte sich zu dem Anschlag": the claimant attacked
    if (sides := talks_roles(frame, slots)) is not None:
        return sides  # "Gespräche zwischen der Regierung und den Rebellen" (event_talks.py)
    if (positioned := position_roles(frame, slots)) is not None:
        return positioned  # ", den Paris loswerden will und Moskau stützt" (event_positions.py)
    if (conditioned := conditional_roles(frame, slots)) is not None:
        return conditioned  # "Sollte Russland …, droht die EU mit Sanktionen" (event_threats.py)
    passive = clause_passive(frame)
    slots = subordinate_scope(frame, slots) or slots
    sources = [s for s in slots if (s.prep in trigger.source_preps or passive_agent(frame, s, passive))
               and (passive or frame.kind == "noun") and not noun_agent_elsewhere(frame, s)]
    free = [s for s in slots if s.prep is None]
    passive_verb = passive and frame.kind != "noun"  # "wurde von … festgenommen": "von" names no target
    targets = [s for s in slots if s.prep in trigger.target_preps - (trigger.passive_source_preps if passive_verb else set())
               and not in_later_subordinate(frame, s)]  # not ", dass …, um gegen die PKK vorzugehen"
    targets = own_phrase_targets(frame, noun_attached(frame, targets, free))  # "Doppelmoral im Kampf gegen den IS"
    if passive and frame.kind != "noun" and not sources:
        # "… werden Rebellen angegriffen": the subject of a passive suffers the act; the agent is unnamed
        return [], [s.mention for s in (targets or free)[:2]]
    if frame.kind == "noun":
        sources = sources or _noun_source(frame, slots)
        if not sources:  # a noun with no actor attached is a topic, not a report of an act, unless a
            # speaker can fill it ("sagte Erdogan nach einem Treffen mit Putin", see build_event)
            return [], [s.mention for s in targets[:1] + _coordinated(frame, targets[:1], targets)] if trigger.symmetric else []
    if not sources:
        before = [s for s in free if s.index < frame.index]
        first = [s for s in before if s.index == before[0].index]  # a pair ("beide Staatschefs") shares its index
        after = [s for s in free if not in_later_subordinate(frame, s)]  # not ", dass die EU-Kommission …"
        after = [s for s in after if s.index == after[0].index]  # one actor, or a pair at one word
        sources = first + _coordinated(frame, first, free) if before else after + _coordinated(frame, after, free)
    if not targets and frame.kind == "noun" and sources and sources[0].prep:
        # "Abschuss eines russischen Kampfjets durch die türkische Luftwaffe": the genitive is the target;
        # an actor further away belongs to another clause
        targets = [s for s in free if frame.index < s.index <= frame.index + 4 and s not in sources][:1]
        targets = targets or witnesses(frame, free, sources)  # "Beide wohnten der Unterzeichnung durch X bei"
    elif not targets:
        targets = passive_subject(frame, passive, sources, free) or first_object(frame, [
            s for s in within_main_clause(frame, free) if s not in sources and s.index > (sources[-1].index if sources else -1)], sources)
        targets += object_conjuncts(frame, _coordinated(frame, targets, free))  # "forderte die USA und Russland auf"
    sources, targets = paired_sides(frame, sources, targets)  # "zwischen X und Y", "gegenseitig" (event_threats.py)
    return [s.mention for s in sources], [s.mention for s in targets if s not in sources]


def _coordinated(frame: Frame, first: list[Slot], free: list[Slot]) -> list[Slot]:
    """Actors joined to the first one by "und", "sowie" or a comma ("Putin und Assad trafen sich",
    "Russland und der Iran unterstützen Assad", "Russland, die Türkei und der Iran")."""
    joined: list[Slot] = []
    last = first[0] if first else None
    for slot in sorted(free, key=lambda s: s.index):
        if last is None or slot.index <= last.index or slot in first:
            continue
        between = without_title(frame.words[last.index + len(last.mention.text.split()) : slot.index], slot.mention)
        n = coordinator_length(frame.lexicon, frame.words, between, first[0].index)  # "und", "weder … noch"
        if not (n and only_determiners(frame, between[n:])) or (between[0] == "," and not list_closes(frame, slot)):
            break  # a comma joins only a list that ends in "und" ("Merkels, die Flüchtlinge …" is a clause)
        joined.append(slot)
        last = slot
    return joined


def _noun_source(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """"Angriffe der russischen Luftwaffe", "russische Luftangriffe", "Russlands Rückzug": the actor
    attached to a noun trigger (genitive after it, adjective or genitive right before it).  After a
    possessive ("hatten … ihre gemeinsamen Luftangriffe verstärkt") the owner is the clause's subject."""
    if after_possessive(frame):
        before = [s for s in slots if s.index < frame.index and s.prep is None]
        first = [s for s in before if s.index == before[0].index] if before else []
        return first + _coordinated(frame, first, before)
    if (author := conjunct_subject(frame, slots) or apologiser(frame, slots)):
        return author  # "traf Assad und ordnete den Abzug an", "sich für den Abschuss entschuldigen" (event_withdrawal.py)
    after = [s for s in slots if frame.index < s.index <= frame.index + 4 and s.prep is None
             and not frame.trigger.genitive_is_object  # "Abschuss eines Kampfjets": the jet is hit
             and genitive_reach(frame, s.index)]  # not "bei Anschlägen 130 Menschen", "Kritik, wonach …" (event_owned.py)
    before = [s for s in slots if frame.index - 3 <= s.index < frame.index and s.prep is None]
    if after or before:  # "Für die Angriffe sei entweder Russland oder die syrische Regierung verantwortlich": one side
        return after[:1] + _alternatives(frame, after[:1], slots) if after else _pair_ending(frame, before[-1], slots)
    owner = object_owner(frame, slots)
    return owner + _coordinated(frame, owner, [s for s in slots if s.index < frame.index])


def _alternatives(frame: Frame, first: list[Slot], slots: list[Slot]) -> list[Slot]:
    """The actors joined to a noun trigger's genitive or suspected author by an alternative coordinator
    (``alternative_coordinators``: "entweder Russland oder die syrische Regierung"): one side, the act's
    possible authors, not its target.  Empty when ``first`` is empty or no such coordinator joins them."""
    joined = _coordinated(frame, first, slots)
    if not first or not joined:
        return []
    between = frame.words[first[0].index + 1 : joined[0].index]
    return joined if any(w.lower() in frame.lexicon.alternative_coordinators for w in between) else []


def _pair_ending(frame: Frame, last: Slot, slots: list[Slot]) -> list[Slot]:
    """``last`` with the actors coordinated before it ("hatten Hollande und Putin in einem Telefonat …")."""
    for first in sorted((s for s in slots if last.index - 6 <= s.index < last.index and s.prep is None),
                        key=lambda s: s.index):
        joined = _coordinated(frame, [first], slots)
        if last in joined:
            return [first] + joined
    return [last]
