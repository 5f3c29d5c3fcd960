"""Material conflict (ASSAULT, COERCE, MOBILIZE, RETREAT) that the clause states only in part: the date of
an act an interval away ("Einen Tag nach dem tödlichen Anschlag …"), the rebels a state's own forces fight
for a place they attack ("eine Offensive auf Idlib begonnen"), the place a withdrawal leaves named as its
object ("Wie viele Soldaten Syrien verlassen sollen"), a person who leaves a country alone ("Assad habe
das Land verlassen": no forces withdraw), a ceasefire only its reporter names, a noun standing in for a
military verb of another clause, the state of an attacked object named before ("auf den Hafen"), and the
target of an act noun whose source is a state adjective ("russischer Angriff auf die Ukraine", "in den
ukrainischen Häfen … seit Beginn des russischen Angriffskriegs").  Part of the ``events`` stage; the cue
words come from ``events.yaml`` (``elapsed_preps``, trigger flag ``forces_only``), the code knows no words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import Actor, DateClaim, EventMention, Mention
from chronik.stages.event_causes import cause_governor
from chronik.stages.event_context import LOCATED_ACTS, MILITARY_TYPES
from chronik.stages.event_passive import means_of_passive_clause
from chronik.stages.event_place import host_state, place_taken
from chronik.stages.event_pledges import stopped_at
from chronik.stages.event_positions_late import internal_order
from chronik.stages.event_precision import state_left
from chronik.stages.event_slots import (
    CLAUSE_BREAKS,
    Slot,
    attributive,
    before_modifiers,
    clause_span,
    in_mention,
)

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_hits import Hit

_INTERVAL = re.compile(r"^P(\d+)([DW])$")
_DAYS = {"D": 1, "W": 7}
_STATE_SECTORS = frozenset({"GOV", "MIL", "POL"})
_REBELS = "REB"  # a state's own rebels may be the target of its forces' offensive


def interval_dated(frame: Frame, event: EventMention | None) -> EventMention | None:
    """``event`` re-dated when its noun trigger follows an interval and an ``elapsed_preps`` word ("Einen
    Tag nach [Beginn] der russischen Luftangriffe"): the act lies that many days before the time of the
    sentence, which is its own day-precise date, else the publication day of a news sentence (no
    ``background_tense`` word).  Other events come back unchanged; None stays None."""
    if event is None or frame.kind != "noun":
        return event
    days = _elapsed_days(frame)
    anchor = _sentence_day(frame) if days else None
    if anchor is None:
        return event
    day = (anchor - dt.timedelta(days=days)).isoformat()
    span = frame.words[interval_start(frame) : frame.index + 1]
    return replace(event, date=DateClaim.from_value(day, f"text: {' '.join(span)!r}"))


def _elapsed_days(frame: Frame) -> int | None:
    """Days of the interval (a DURATION time expression of days or weeks) that ends right before the
    ``elapsed_preps`` word governing the noun trigger (determiners, adjectives and one head noun with its
    determiner apart); None when there is none."""
    k = interval_start(frame)
    if k < 1 or frame.words[k].lower() not in frame.lexicon.elapsed_preps:
        return None
    before = frame.sentence.tokens[k - 1].end
    for timex in frame.article.timexes:
        match = _INTERVAL.match(timex.value or "") if timex.type == "DURATION" else None
        if match and timex.end == before:
            return int(match.group(1)) * _DAYS[match.group(2)]
    return None


def interval_start(frame: Frame) -> int:
    """Index of the word before the noun phrase of the trigger: "nach [Beginn der russischen]
    Luftangriffe" gives the index of "nach"."""
    lex, words = frame.lexicon, frame.words
    j = before_modifiers(words, frame.index, lex)
    if j > 0 and words[j][:1].isupper() and words[j].lower() not in lex.elapsed_preps \
            and words[j + 1].lower() in lex.determiners:
        j = before_modifiers(words, j, lex)  # a head noun the trigger is the genitive of: "nach Beginn der Angriffe"
    return j


def _sentence_day(frame: Frame) -> dt.date | None:
    """The day the sentence reports: its own day-precise date, else the publication day when no
    ``background_tense`` word makes it background; None otherwise."""
    days = [t for t in frame.article.timexes if frame.sentence.start <= t.start < frame.sentence.end
            and t.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value or "")]
    if days:
        return dt.date.fromisoformat(days[0].value)
    if any(w.lower() in frame.lexicon.background_tense for w in frame.words):
        return None
    published = frame.article.published
    return published.start if published is not None and published.start == published.end else None


def attacked_place_rebels(frame: Frame, source: list[Mention]) -> Actor | None:
    """The insurgents a state's own forces fight at a place of their own country that the trigger's
    target preposition governs ("Die Regierungstruppen hatten eine Offensive auf Idlib begonnen"): the
    place is attacked because the state's rebels hold it.  None for other acts, sources or places."""
    if frame.trigger.type not in LOCATED_ACTS or not source:
        return None
    own = {m.country for m in source if m.country and m.sector in _STATE_SECTORS}
    places = frame.article.places
    for m in frame.mentions:
        k = frame.word_index(m.start)
        if m.place_id in places and m.kind != "STATE" and places[m.place_id].country in own \
                and k > frame.index and _target_preposition(frame, k):
            country = places[m.place_id].country
            return Actor.group(country, "REB")
    return None


def _target_preposition(frame: Frame, k: int) -> bool:
    """Word ``k`` follows one of the trigger's target prepositions, determiners and adjectives apart, in
    the trigger's clause."""
    j = k - 1
    while j > frame.index and (frame.words[j].lower() in frame.lexicon.determiners
                               or attributive(frame.lexicon, frame.words[j])):
        j -= 1
    between = frame.words[frame.index + 1 : j]
    return j > frame.index and frame.words[j].lower() in frame.trigger.target_preps \
        and not any(w in CLAUSE_BREAKS for w in between)


def left_place_objects(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """A state or place right before a verb-final withdrawal trigger that takes the place it leaves as
    its object (one with no ``target_preps``: "Wie viele Soldaten Syrien verlassen sollen", "dass
    Russland Syrien verlässt") is the place left, never the one who leaves.  The slot must not open
    its clause ("Russland verlässt Syrien": the subject).  Returns a subset of ``slots``."""
    if frame.trigger.type != "RETREAT" or frame.kind != "verb" or frame.trigger.target_preps:
        return []
    before = [s for s in slots if s.index < frame.index and s.prep is None]
    if not before or before[-1].mention.kind not in ("STATE", "LOC"):
        return []
    last = before[-1]
    start = clause_span(frame.words, last.index, CLAUSE_BREAKS)[0]
    opens = start == last.index or frame.words[start].lower() in frame.lexicon.subordinators and start + 1 == last.index
    follows = last.index + len(last.mention.text.split()) == frame.index
    return [last] if follows and not opens else []


def checked_event(frame: Frame, event: EventMention | None) -> EventMention | None:
    """``event`` as the military rules of this module leave it: None for a person travelling (see
    :func:`lone_traveller`) or a ceasefire only reported (see :func:`reported_ceasefire`), else re-dated by
    :func:`interval_dated`.  None stays None."""
    if event is None or lone_traveller(frame, event) or reported_ceasefire(frame, event) \
            or state_left(frame.trigger.forces_only, event) \
            or internal_order(frame, event):  # "Putin beauftragte Lawrow" (event_positions_late.py)
        return None
    if frame.trigger.people_only and not any(a.kind in ("person", "group") for a in event.target):
        return None  # "China verletzt die Hoheitsrechte der Philippinen": a breach, no one injured
    if frame.trigger.place_required and not place_taken(frame):
        return None  # "befreite ein Kleinstädtchen von der Plage", "sich von Lasten befreien": no place freed
    return interval_dated(frame, noun_mode(frame, event))


def noun_mode(frame: Frame, event: EventMention) -> EventMention:
    """``event`` of a verb with no mode of its own takes the mode of the nearest noun trigger of its type in the
    verb's clause ("Bei einem Luftangriff … wurden 20 Zivilisten getötet": aerial; "bei einem Selbstmordanschlag
    getötet": terror), not across a word coordinator ("ermordet und zwei Sprengstoffanschläge verübt": the noun
    is another conjunct's act) nor from a noun named as the cause (:func:`_other_act`); unchanged when the
    trigger has a mode, is a noun, or the clause has no such noun."""
    if event.mode or frame.kind == "noun":
        return event
    words = frame.words
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    joined = lambda k: not any(w in frame.lexicon.coordinators for w in words[min(k, frame.index) : max(k, frame.index)])
    nouns = [(abs(k - frame.index), t.mode) for k in range(start, end)
             if (t := frame.lexicon.nouns.get(words[k]) or frame.lexicon.nouns.get(words[k].rpartition("-")[2])) is not None
             and t.type == event.type and t.mode and joined(k) and not _other_act(frame, k)]
    return replace(event, mode=min(nouns)[1]) if nouns else event


def _other_act(frame: Frame, k: int) -> bool:
    """Noun ``k`` is named as the cause or forerunner of the clause's act ("Als Vergeltung für den Luftangriff
    griffen Rebellen … an", "Nach den Luftangriffen griffen Bodentruppen an": event_causes.cause_governor), not
    as the campaign the act goes on ("Seit Beginn der Luftangriffe … Einsätze geflogen": a ``since_preps`` word)."""
    governor = cause_governor(frame.words, k, frame.lexicon)
    return governor is not None and frame.words[governor].lower() not in frame.lexicon.since_preps


def reported_ceasefire(frame: Frame, event: EventMention) -> bool:
    """A ceasefire whose sources are all named outside the trigger's clause, in the clause that reports
    it ("Von Sonntag an soll … eine Waffenruhe gelten, wie Bundeskanzlerin Merkel … mitteilte", "Die
    Feuerpause solle um Mitternacht in Kraft treten, sagte Putin"): the speaker announces it, the warring
    sides hold their fire, and the clause names none of them.  An attack stopped ("Russland hat aufgehört, …
    anzugreifen", event_pledges.stopped_at) has its side in the stopping verb's clause."""
    if frame.trigger.mode != "ceasefire" or not event.source or stopped_at(frame.words, frame.index, frame.lexicon) is not None:
        return False
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    where = {}
    for m in frame.mentions:
        where.setdefault(m.actor_id, []).append(frame.word_index(m.start))
    places = [where.get(a.id) for a in event.source]
    return all(places) and all(not start <= k < end for found in places for k in found)


def lone_traveller(frame: Frame, event: EventMention) -> bool:
    """A ``forces_only`` withdrawal ("verlassen") whose source is persons only ("Assad habe das Land
    verlassen"): a person leaving is travel or flight, no forces or staff withdraw."""
    return frame.trigger.forces_only and bool(event.source) and all(a.kind == "person" for a in event.source)


_STANDBY_TYPES = MILITARY_TYPES | {"CONSULT"}  # verb types whose failed verb hands over to a noun


def standby(hit: Hit, spare: list[Hit]) -> list[Hit]:
    """The noun triggers (with a support verb first, then bare, in text order) of a military verb
    ``hit``'s type in its sentence (from ``spare``), to try when the verb yields no event: "Russland
    fliegt seit Ende September Luftangriffe in Syrien, …, in der turkmenische Rebellen … kämpfen" (the
    verb of the relative clause names no act of Russia's; the noun does).  A noun that failed has no
    stand-in (two nouns are two readings of one topic).  Meetings too: "Nach seinen Gesprächen mit Merkel und
    Gauck, der ihn in Schloss Bellevue empfing, zog Fischer Bilanz" (the relative clause's verb names no
    partner; the noun does).  Other types get []."""
    if hit.trigger.type not in _STANDBY_TYPES or hit.kind not in ("verb", "particle"):
        return []
    nouns = [h for h in spare if h.trigger.type == hit.trigger.type and h.kind in ("light", "noun")]
    return sorted(nouns, key=lambda h: (h.kind == "noun", h.index))


def referred_place_state(frame: Frame, source: list[Mention]) -> Actor | None:
    """The state of the place an attacked object had when an earlier sentence named it: a definite noun
    after one of the trigger's target prepositions that is no actor ("vier Marschflugkörper … auf den
    Hafen abgefeuert") repeats a noun of one of the two sentences before that a place mention follows
    within a few words ("der Hafen der ukrainischen Stadt Odessa").  Not the source's own state; None
    when no such noun or place exists."""
    if frame.trigger.type not in LOCATED_ACTS:
        return None
    noun = _target_noun(frame)
    if noun is None:
        return None
    own = {m.country for m in source if m.country}
    for mention in reversed(frame.article.mentions):
        if not frame.sentence.index - 2 <= mention.sentence < frame.sentence.index:
            continue
        country = _place_after(frame, mention, noun)
        if country and country not in own:
            return host_state(frame, country)
    return None


def _target_noun(frame: Frame) -> str | None:
    """The capitalised common noun (no mention) that the first target preposition after the trigger's
    start of clause governs with a definite determiner ("auf den Hafen"); None when there is none."""
    lex, words = frame.lexicon, frame.words
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    for j in range(start, end - 2):
        if words[j].lower() in frame.trigger.target_preps and words[j + 1].lower() in lex.anaphoric_determiners:
            noun = words[j + 2]
            return noun if noun[:1].isupper() and not in_mention(frame, j + 2) else None
    return None


def _place_after(frame: Frame, mention: Mention, noun: str) -> str | None:
    """The country of ``mention`` when it is a place that follows ``noun`` within five words in its own
    sentence; else None."""
    places = frame.article.places
    if mention.place_id not in places or mention.kind == "STATE":
        return None
    sentence = frame.article.sentences[mention.sentence]
    before = [frame.article.text[t.start : t.end] for t in sentence.tokens if t.end <= mention.start][-6:]
    return places[mention.place_id].country if noun in before else None


def adjective_act_targets(frame: Frame, slots: list[Slot], adjective_actor: Actor | None) -> list[Mention]:
    """The target a military act noun whose source is a state adjective names by its own target
    preposition ("nach dem russischen Angriff auf die Ukraine", "des russischen Angriffskriegs gegen die
    Ukraine"): the first such actor after the noun in its clause, not of the adjective's state unless
    it is that state's rebels ("der türkischen Offensive gegen PKK-Kämpfer"), else the sufferers of the
    passive it is the means of (:func:`_passive_sufferers`).  [] for other frames or when there is none."""
    if adjective_actor is None or frame.kind != "noun" or frame.trigger.type not in MILITARY_TYPES:
        return []
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    found = [s.mention for s in slots if frame.index < s.index < end and s.prep in frame.trigger.target_preps
             and (s.mention.country != adjective_actor.country or s.mention.sector == _REBELS)]
    return found[:1] or _passive_sufferers(frame, slots, start, end)


def _passive_sufferers(frame: Frame, slots: list[Slot], start: int, end: int) -> list[Mention]:
    """The subject of the passive clause the noun is the means of ("Bei einem Selbstmordanschlag in Ankara
    wurden 28 Menschen getötet": the people): its free actors, at most two; [] for other clauses."""
    if not means_of_passive_clause(frame):
        return []
    return [s.mention for s in slots if s.prep is None and start <= s.index < end and s.index != frame.index][:2]


def adjective_located_state(frame: Frame, source: list[Mention]) -> Actor | None:
    """The state an attack that names no target is aimed at when its clause places it by a state
    adjective after a ``locative_preps`` word ("In den ukrainischen Häfen lagern seit Beginn des russischen
    Angriffskriegs …": Ukraine), as "in der Ukraine" would; not the acting side's own state, and not on an
    actor ("in der turkmenische Rebellen … kämpfen": a relative clause).  Only for act nouns; the nearest
    such adjective to the trigger counts; None when there is none."""
    if frame.trigger.type not in LOCATED_ACTS or frame.kind != "noun":
        return None
    words = frame.words
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    found = []
    for k in range(start, end - 1):
        country = frame.state_adjective(k)
        if country and words[k + 1][:1].isupper() and _locative_before(frame, k) and not in_mention(frame, k + 1):
            found.append((abs(k - frame.index), country))
    before = frame.adjectives.get(words[frame.index - 1].lower()) if frame.index else None  # "russischen Angriffen"
    own = {m.country for m in source if m.country} | {before}
    found = [(d, c) for d, c in found if c not in own]
    return host_state(frame, min(found)[1]) if found else None


def _locative_before(frame: Frame, k: int) -> bool:
    """A ``locative_preps`` word governs the adjective at ``k`` (determiners between)."""
    j = k - 1
    while j >= 0 and frame.words[j].lower() in frame.lexicon.determiners:
        j -= 1
    return j >= 0 and frame.words[j].lower() in frame.lexicon.locative_preps

