"""Sides of military acts that the clause shows only indirectly: the group that leads the acting force
("Kämpfer unter Führung der Gruppe HTS": HTS acts too, it is not the target), the side an act inside
the insurgents' own country is aimed at ("Die Rebellen hatten ihre Offensive in der Provinz Idlib
begonnen": the government), and the state troops are massed against ("Soldaten an den Grenzen zur
Ukraine zusammengezogen").  Part of the ``events`` stage; the cue words come from ``events.yaml``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from chronik.model import Actor, Mention
from chronik.stages.event_background import deployed_into, victims
from chronik.stages.event_context import LOCATED_ACTS, MILITARY_TYPES, located_victim
from chronik.stages.event_force import (
    adjective_located_state,
    attacked_place_rebels,
    left_place_objects,
    referred_place_state,
)
from chronik.stages.event_place import host_state, placed_country
from chronik.stages.event_slots import Slot, attributive, before_modifiers, clause_span, in_mention
from chronik.stages.event_unnamed import locative_preposition
from chronik.stages.mention_groups import COMPOUND_AUTHOR

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: Sectors of armed groups inside a state: they fight its government.
_INSURGENT_SECTORS = frozenset({"REB"})
#: Noun types that a coordinator closing a verb's conjunct hands to the next conjunct's verb (see other_conjunct).
_CONJUNCT_TYPES = MILITARY_TYPES | {"THREATEN"}
_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")", "."})


def leading(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """The slots that name who leads another actor of the sentence ("unter Führung der islamistischen
    Gruppe HTS", "angeführt von HTS"): a ``leader_preps`` word and a ``leader_nouns`` noun, or a
    ``leader_participles`` form, stand before the slot with only determiners, adjectives, one common
    noun ("Gruppe") and ``leader_links`` ("von") between; an actor right after the participle is the one led
    ("die von Saudi-Arabien angeführte Militärkoalition").  Requires the frame's slots; returns a subset."""
    lex = frame.lexicon
    return [s for s in slots if _headed_phrase(frame, s.index, (lex.leader_nouns, lex.leader_preps), True)]


def backing(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """The slots that name who backs the act ("Mit Unterstützung russischer Kampfjets eroberte die Armee
    Palmyra zurück", "mit Hilfe der USA"): a ``backing_preps`` word and a ``backing_nouns`` noun that is not
    the trigger stand before the slot as in :func:`leading`.  The backer is neither source nor target."""
    lex = frame.lexicon
    return [s for s in slots if _headed_phrase(frame, s.index, (lex.backing_nouns, lex.backing_preps), False)
            or _backing_participle(frame, s)]


def _backing_participle(frame: Frame, slot: Slot) -> bool:
    """The slot's actor stands between a ``leader_links`` word ("von") and a ``backing_participles`` form
    right after its mention: "die von den USA unterstützte Rebellenallianz SDF", the backer of the noun after
    the participle.  Determiners may stand between "von" and the actor."""
    lex, words = frame.lexicon, frame.words
    after = frame.word_index(slot.mention.end - 1) + 1
    if after >= len(words) or words[after].lower() not in lex.backing_participles:
        return False
    j = slot.index - 1
    while j >= 0 and words[j].lower() in lex.determiners:
        j -= 1
    return j >= 0 and words[j].lower() in lex.leader_links


def _headed_phrase(frame: Frame, k: int, head: tuple[frozenset[str], frozenset[str]], participles: bool) -> bool:
    """Word ``k`` (an actor) closes a phrase of a preposition and a noun of ``head`` (nouns, prepositions)
    that is not the trigger; with ``participles`` (leaders) also a leadership participle, and one common noun
    between ("unter Führung der Gruppe HTS"); a backer follows its noun directly ("mit Unterstützung der USA",
    not the object after it: "mit Unterstützung der Luftwaffe den IS")."""
    lex, words = frame.lexicon, frame.words
    j, nouns = k - 1, 0
    while j >= 0 and k - j <= 6 and j != frame.index:  # the phrase ends before the trigger
        word, lower = words[j], words[j].lower()
        if participles and lower in lex.leader_participles:
            return j < k - 1  # "angeführte Militärkoalition": an attributive participle's noun is the one led
        if word in head[0]:
            return j > 0 and words[j - 1].lower() in head[1]
        if lower in lex.determiners or lower in lex.leader_links or attributive(lex, word):
            j -= 1
            continue
        if word[:1].isupper() and nouns == 0 and participles:  # a leader's group noun ("der Gruppe HTS")
            nouns, j = 1, j - 1
            continue
        return False
    return False


def with_leaders(source: list[Mention], leaders: list[Slot], slots: list[Slot]) -> list[Mention]:
    """``source`` followed by the leaders (each actor once) of the actors in it: a leader counts only when
    the actor right before its phrase, the one it leads, is a source ("Rebellen unter Führung von HTS";
    not "Russland gewährte Asyl, nachdem Rebellen unter Führung von HTS …")."""
    known = {m.actor_id for m in source}
    added: list[Mention] = []
    for leader in leaders:
        led = [s for s in slots if s.index < leader.index and s not in leaders]
        if led and led[-1].mention in source and leader.mention.actor_id not in known:
            known.add(leader.mention.actor_id)
            added.append(leader.mention)
    return source + added


def aimed_at(frame: Frame, source: list[Mention]) -> Actor | None:
    """The side a military act that names no target is aimed at, by the first rule that finds one:
    :func:`home_front`, :func:`massed_against`, event_force.referred_place_state, event_force.adjective_located_state,
    event_background.deployed_into, :func:`truce_foe`."""
    return home_front(frame, source) or massed_against(frame, source) or referred_place_state(frame, source) \
        or adjective_located_state(frame, source) or deployed_into(frame, source) or truce_foe(frame, source)


def _foreign_state_named(frame: Frame, country: str) -> bool:
    """The trigger's clause names a state or place of a state other than ``country``."""
    start, end = clause_span(frame.words, frame.index, _CLAUSE_BREAKS)
    for m in frame.mentions:
        other = frame.named_state(m)
        if other and other != country and start <= frame.word_index(m.start) < end:
            return True
    return False


def truce_foe(frame: Frame, source: list[Mention]) -> Actor | None:
    """The side a truce broken or declared by one side (``breach_triggers``) that names no target is aimed at:
    insurgents break or declare it towards their state's government ("Die Separatisten verletzten die Waffenruhe",
    "Die PKK verkündete eine einseitige Waffenruhe"), a state's forces towards its rebels ("Die syrische Armee hat
    die Feuerpause gebrochen").  Requires a first source with a country; None otherwise."""
    if frame.trigger.id not in frame.lexicon.breach_triggers or not source or not source[0].country:
        return None
    if any(m.country != source[0].country for m in source) or _foreign_state_named(frame, source[0].country):
        return None  # "Russland und die USA verkündeten eine Waffenruhe für Syrien": brokers, not a side
    if not _own_state_named(frame, source):  # "Die Hamas verkündete eine Waffenruhe": its foe is no state of its own
        return None
    if source[0].sector in _INSURGENT_SECTORS:
        return host_state(frame, source[0].country)
    # a state's army named as a group fights its rebels ("Damaskus – Die syrische Armee hat die Feuerpause gebrochen");
    # a state ("Israel", "Russland") or a person (a speaker: "sei gebrochen worden, sagte Lawrow") names no foe
    return Actor.group(source[0].country, "REB") if source[0].sector in ("GOV", "MIL") and source[0].kind == "GROUP" \
        else None


def _own_state_named(frame: Frame, source: list[Mention]) -> bool:
    """The article names the sources' state apart from them: a place of it ("Kiew – Die Separatisten verletzten die
    Waffenruhe", the dateline too) or the state itself; an organisation's home alone ("Die Hamas hat die Waffenruhe
    gebrochen") is none."""
    country = source[0].country
    return any(p.country == country for p in frame.article.places.values()) \
        or any(a.kind == "state" and a.country == country for a in frame.article.actors.values())


def home_front(frame: Frame, source: list[Mention]) -> Actor | None:
    """The government an insurgents' attack or seizure at a place of their own country is aimed at, when
    no target is named ("Die Rebellen hatten ihre Offensive Ende November in der Provinz Idlib begonnen",
    "Rebellen waren in Damaskus einmarschiert").  The first source (the force, not a leader after it)
    must be an armed group of the country of the nearest place (not a state: "Die Miliz kämpft in
    Syrien" is a description) that a ``locative_preps`` word governs in the trigger's clause, or for an
    attack an ``origin_preps`` word ("eine Offensive aus der Provinz Idlib": launched at home).  A state's
    own forces get no target this way: whom they fight at home the clause must say, unless it names the
    place they attack (event_force.attacked_place_rebels).  An attack on civilian places ("das Feuer auf
    Cafés, Bars und Restaurants") is aimed at the civilians (event_context.located_victim)."""
    if frame.trigger.type not in LOCATED_ACTS or not source:
        return None
    if source[0].sector not in _INSURGENT_SECTORS:
        return attacked_place_rebels(frame, source)  # "Offensive auf Idlib" by the state's own forces
    preps = frame.lexicon.locative_preps | (frame.lexicon.origin_preps if frame.trigger.type == "ASSAULT" else frozenset())
    # a state names where a fight goes on ("Die Miliz kämpft in Syrien"), but where an act is done
    states = frame.words[frame.index].lower() not in frame.lexicon.conflict_forms  # "griffen in Syrien … an"
    country = _located_place_country(frame, preps, states)
    return located_victim(frame, country) if country is not None and source[0].country == country else None


def _located_place_country(frame: Frame, preps: frozenset[str], states: bool = False) -> str | None:
    """The country of the place mention (a place, or with ``states`` also a state) nearest the trigger in
    its clause that one of ``preps`` governs; None when there is none."""
    places, words = frame.article.places, frame.words
    start = frame.index
    while start > 0 and words[start - 1] not in _CLAUSE_BREAKS:
        start -= 1
    end = _clause_end(words, frame.index)
    found = [(frame.word_index(m.start), frame.mention_country(m))
             for m in frame.mentions if (m.place_id in places and m.kind != "STATE") or (states and m.kind == "STATE")]
    found = [(k, c) for k, c in found if c and start <= k < end
             and locative_preposition(frame, k) in preps]  # "im Zentrum von Tel Aviv" (event_unnamed.py)
    return min(found, key=lambda kc: abs(kc[0] - frame.index))[1] if found else None


def massed_against(frame: Frame, source: list[Mention]) -> Actor | None:
    """The state a deployment is massed against: a state named after a ``border_nouns`` noun and a
    preposition in the trigger's clause ("Soldaten an den Grenzen zur Ukraine zusammengezogen"), other
    than the source's own.  Only for MOBILIZE; None when the clause names no such border."""
    if frame.trigger.type != "MOBILIZE":
        return None
    own = {m.country for m in source}
    words, lex = frame.words, frame.lexicon
    for m in frame.mentions:
        k = frame.word_index(m.start)
        if m.kind != "STATE" or not m.country or m.country in own or k < 2:
            continue
        if words[k - 1].lower() in lex.prepositions and words[k - 2] in lex.border_nouns:
            return host_state(frame, m.country)
    return None


def relative_object(frame: Frame, slots: list[Slot]) -> bool:
    """A military act noun that is the object of the relative clause after it ("Eine frühere Waffenruhe,
    die die USA und Russland ausgehandelt hatten"): the clause's own actor and its verb trigger of
    another type report the act done to the noun (the agreement), not the noun's act.  Requires a
    frame and its slots; True only for noun frames of military types."""
    if frame.kind != "noun" or frame.trigger.type not in MILITARY_TYPES:
        return False
    words, k = frame.words, frame.index + 1
    if k + 1 >= len(words) or words[k] != "," or words[k + 1].lower() not in frame.lexicon.relative_pronouns:
        return False
    end = _clause_end(words, k + 2)
    verbs = [j for j, kind in frame.governors if k + 1 < j < end and kind != frame.trigger.type]
    return bool(verbs) and any(k + 1 < s.index < verbs[0] and s.prep is None for s in slots)


def _clause_end(words: list[str], k: int) -> int:
    """Index of the clause punctuation that closes the clause running from word ``k`` (or the end)."""
    while k < len(words) and words[k] not in _CLAUSE_BREAKS:
        k += 1
    return k


def foreign_attributes(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """Slots in a ``leader_links`` phrase ("von") that hangs on another noun than a military act noun
    trigger: "Der Abzug sei mit der Führung von HTS abgestimmt worden" (HTS heads the "Führung", it does
    not withdraw).  The word before the preposition is a capitalised word that is neither the trigger nor
    part of a mention.  Requires the frame's slots; returns a subset, [] for verb frames."""
    if frame.kind != "noun" or frame.trigger.type not in MILITARY_TYPES:
        return []
    found = []
    for s in slots:
        j = _preposition_at(frame, s.index)
        if j is None or j == 0 or frame.words[j].lower() not in frame.lexicon.leader_links:
            continue
        before = j - 1
        if before != frame.index and frame.words[before][:1].isupper() and not in_mention(frame, before):
            found.append(s)
    return found


def not_acting(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """The slots that take no role in a military act although the clause names them: attributes of another
    noun (:func:`foreign_attributes`), actors of a following clause (:func:`outside_clause`), the place
    a withdrawal leaves as its object (event_force.left_place_objects), the dead a condolence names
    (event_background.victims) and the backers of the act (:func:`backing`).  Returns a subset of ``slots``."""
    return foreign_attributes(frame, slots) + outside_clause(frame, slots) + left_place_objects(frame, slots) \
        + victims(frame, slots) + backing(frame, slots)


def _preposition_at(frame: Frame, k: int) -> int | None:
    """Index of the preposition that governs word ``k``, determiners and adjectives apart."""
    j = before_modifiers(frame.words, k, frame.lexicon)
    return j if j >= 0 and frame.words[j].lower() in frame.lexicon.prepositions else None




def deployed_forces(frame: Frame, source: list[Mention], target: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """For a deployment, targets of a source's own country are the forces moved ("Russland hat Truppen an
    der Grenze zusammengezogen"): they join the source (cf. event_context.own_forces for withdrawals).
    Returns (source, target); other types come back unchanged."""
    if frame.trigger.type != "MOBILIZE":
        return source, target
    countries = {m.country for m in source if m.country}
    own = [m for m in target if m.country in countries]
    return source + [m for m in own if m not in source], [m for m in target if m not in own]


def stative(frame: Frame) -> bool:
    """A deployment participle with a form of "sein" and neither a "haben" nor a "werden" form in its
    clause ("Soldaten, die an der Botschaft stationiert waren") states where forces are (a
    Zustandspassiv), it reports no deployment; so "Gefordert ist jetzt die Regierung" no demand.  Only for
    verb frames whose trigger word is one of the ``stative_participles``."""
    lex = frame.lexicon
    if frame.kind != "verb" or frame.words[frame.index].lower() not in lex.stative_participles:
        return False
    start = frame.index
    while start > 0 and frame.words[start - 1] not in _CLAUSE_BREAKS:
        start -= 1
    clause = [w.lower() for w in frame.words[start : _clause_end(frame.words, frame.index)]]
    return any(w in lex.stative_auxiliaries for w in clause) and not any(
        w in lex.passive_auxiliaries or w in lex.perfect_auxiliaries for w in clause)


def noun_targets(frame: Frame, slots: list[Slot], target: list[Mention]) -> list[Mention]:
    """The targets a military act noun may have: actors of its own clause ("…, wo er den Abzug der Truppen
    anordnete, flog der Kremlchef nach Kairo": not Egypt), and, when the noun is the means of its clause
    ("Moskau habe mit dem Angriff die Vereinten Nationen brüskiert"), only actors its own target
    prepositions govern: the clause's object belongs to the clause's verb.  Other frames keep ``target``."""
    if frame.kind != "noun" or frame.trigger.type not in MILITARY_TYPES:
        return target
    start = frame.index
    while start > 0 and frame.words[start - 1] not in _CLAUSE_BREAKS:
        start -= 1
    end = _clause_end(frame.words, frame.index)
    inside = {id(s.mention) for s in slots if start <= s.index < end}
    prep = _preposition_at(frame, frame.index)
    if prep is not None and frame.words[prep].lower() in frame.lexicon.instrument_preps:
        inside = {id(s.mention) for s in slots if s.prep in frame.trigger.target_preps and id(s.mention) in inside}
    return [m for m in target if id(m) in inside]


def outside_clause(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """Slots of the relative or subordinate clause right after a military act's own clause ("… keine
    Gruppen mehr angreifen, die selbst gegen den IS kämpfen": the IS is the relative clause's target).
    A pronoun followed by a noun or adjective is an article ("…, die Türkei und der Iran", "…, die
    letzte Hochburg der Rebellen"), no clause opener.  Requires the frame's slots; returns a subset, [] when no such clause follows."""
    if frame.trigger.type not in MILITARY_TYPES or frame.kind not in ("verb", "particle"):
        return []  # after an act noun the clause may describe the act itself ("Luftangriffe, die dem IS gelten")
    lex, words = frame.lexicon, frame.words
    k = _clause_end(words, frame.index)
    if k + 2 >= len(words) or words[k] != ",":
        return []
    opener = words[k + 1].lower()
    if not (opener in lex.subordinators or (opener in lex.relative_pronouns and _pronoun(frame, k + 2))):
        return []
    return [s for s in slots if s.index > k]


def _pronoun(frame: Frame, k: int) -> bool:
    """The word before ``k`` is a relative pronoun, not an article: neither a name or noun nor an
    adjective follows it ("…, die letzte große Hochburg der Rebellen" is an apposition)."""
    after = frame.words[k]
    return not after[:1].isupper() and not after.lower().endswith(frame.lexicon.adjective_endings)


def other_conjunct(words: list[str], verb: int, noun: int, noun_type: str, coordinators: frozenset[str]) -> bool:
    """A military act or threat noun after a word coordinator ("und", "sowie", not a comma) that closes the conjunct
    of a verb trigger before it belongs to the next conjunct's verb ("…, wo er Assad traf und den Abzug
    der Truppen anordnete", "hatte Hmeimim besucht und dort den Rückzug angeordnet"): it does not qualify
    that verb ("hat den Beitritt kritisiert und Vergeltung angekündigt").  The verb must end its conjunct (only lower-case words up to the coordinator), so that the
    conjuncts share the subject before it; "traf dort Assad und ordnete den Abzug an" stays with the verb.
    Requires word indices of one sentence."""
    if noun_type not in _CONJUNCT_TYPES or not verb < noun:
        return False
    joints = [j for j in range(verb + 1, noun) if words[j].lower() in coordinators and words[j] != ","]
    return bool(joints) and not any(w[:1].isupper() for w in words[verb + 1 : joints[0]])


def left_state(frame: Frame, source: list[Mention]) -> Actor | None:
    """The state a withdrawal with no place named leaves: the foreign country the article has placed most
    often before the trigger, by a place of it or a state after a ``locative_preps`` word, else the one it
    has named most often as a state (ties: the latest) ("… die Militärpräsenz in Syrien zu verringern.  Er
    habe Schoigu angewiesen, einen Teil der Kräfte abzuziehen"; "Russland und die Türkei als Garanten"
    places nothing).  Text after the trigger does not count ("…, wo er den Abzug anordnete, flog er nach
    Kairo").  None for other triggers or when the article names no such country."""
    if not frame.trigger.place_target_preps:
        return None
    own, start = {m.country for m in source if m.country}, frame.sentence.tokens[frame.index].start
    before = [m for m in frame.article.mentions if m.start < start]
    placed = [(m.start, country) for m in before if (country := placed_country(frame, m)) and country not in own]
    named = placed or [(m.start, m.country) for m in before if m.kind == "STATE" and m.country and m.country not in own]
    if not named:
        return None
    counts = Counter(country for _, country in named)
    return host_state(frame, max(named, key=lambda oc: (counts[oc[1]], oc[0]))[1])


def adjective_source(frame: Frame) -> Actor | None:
    """"russische Luftangriffe", "Bei russischen Luftangriffen werden …": a state adjective on an event
    noun of the sentence names the actor (its forces for military acts, else its government; attackers, REB,
    for an ``individual_attacks`` noun: "palästinensische Messerangriffe"); so does an organisation before the
    noun's hyphen ("Bei einem Taliban-Anschlag …", a mention of actors.yaml ``compound_author_heads``, which
    no other rule sees) for a military act."""
    nouns = [frame.index] if frame.kind == "noun" else \
        [k for k, w in enumerate(frame.words) if w in frame.lexicon.nouns or w.rpartition("-")[2] in frame.lexicon.nouns]
    for k in nouns:
        country = frame.state_adjective(k - 1) or frame.adjectives.get(frame.words[k].split("-")[0].lower() + "-")
        if country:  # "russische Luftangriffe", "US-Luftangriffe"
            sector = "MIL" if frame.trigger.type in MILITARY_TYPES else "GOV"
            if frame.words[k].rpartition("-")[2] in frame.lexicon.individual_attacks:
                sector = "REB"  # "palästinensische Messerangriffe": attackers of that state, not its forces
            return Actor.group(country, sector)
        start = frame.sentence.tokens[k].start
        prefixed = [m for m in frame.article.mentions if m.start == start and m.how == COMPOUND_AUTHOR and m.actor_id]
        if prefixed and frame.trigger.type in MILITARY_TYPES:
            return Actor.of_mention(prefixed[0], frame.article.actors)
    return None
