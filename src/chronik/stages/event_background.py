"""Military acts as later articles mention them, and the sentences that only look like one: support given
by a military act ("Russland unterstützt Assad seit September 2015 mit Luftangriffen": the air strikes are
an act too, aimed at the supported government's insurgents), the state a deployment goes into ("schickte
Truppen in die Pufferzone auf den Golanhöhen": Syria), and the teaser of an opinion piece ("Kommentar:
Moskaus Gewinn, Washingtons Rückzug": a headline's metaphor, no act).  Part of the ``events`` stage; the
cue words come from ``events.yaml`` (``opinion_labels``, ``deployment_preps``, ``instrument_preps``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import Actor, EventMention, Mention, group_id
from chronik.stages.event_causes import yearly_anchor
from chronik.stages.event_context import MILITARY_TYPES, relation_trigger
from chronik.stages.event_dating import coarser_than_day, since_times
from chronik.stages.event_means import means_preposition
from chronik.stages.event_passive import means_of_passive_clause
from chronik.stages.event_place import host_state
from chronik.stages.event_slots import (
    CLAUSE_BREAKS,
    Slot,
    actor_slots,
    before_modifiers,
    clause_span,
    governing_preposition,
)
from chronik.stages.event_victims import reported_attack
from chronik.stages.event_withdrawal import ongoing_war

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon, Trigger

#: The types of verbs whose means may be a military act ("unterstützt … mit Luftangriffen").
_MEANS_TAKING = frozenset({"SUPPORT"})
#: The types of acts that may be such a means.
_FORCE_TYPES = frozenset({"ASSAULT"})
#: The military acts whose means a noun of another type may be ("mit russischer Luftunterstützung").
_ACT_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Modes of attacks whose author may stay unnamed: the attackers are then those of the place.
_UNNAMED_MODES = frozenset({"terror"})
#: Sectors of unnamed attackers at home (unnamed_attackers): they fight their own state.
_ARMED_GROUPS = frozenset({"REB"})
#: Types whose targets may be the dead of a bereavement noun: killings, and condolences (redirected).
_VICTIM_TYPES = frozenset({"ASSAULT", "SUPPORT"})
#: Sectors that stand for a state's government or its forces: the side whose insurgents a supporting force fights.
_GOVERNMENT_SECTORS = frozenset({"GOV", "MIL"})


def opinion_teaser(words: list[str], lexicon: EventLexicon) -> bool:
    """The sentence opens with an ``opinion_labels`` word and a colon ("Kommentar: Moskaus Gewinn,
    Washingtons Rückzug"): the title of a comment or analysis, whose nouns are metaphors and framing, not
    reports of acts.  Requires the sentence's words; True only for such a label in first place."""
    return len(words) > 2 and words[0].lower() in lexicon.opinion_labels and words[1] == ":"


def background_acts(frame: Frame, event: EventMention | None) -> list[EventMention]:
    """The events one frame's ``event`` stands for: the event itself (a condolence redirected, see
    :func:`condoled`) and the military act a support verb names as its means (:func:`supporting_force`),
    less the support when it is a standing alignment since a time (:func:`standing_since`).  Returns []
    for None, for the means of another act (:func:`means_of_act`), a noun referring back
    (:func:`stray_reference`), an undated time clause of reported speech (:func:`undated_anchor`), an act
    named after "seit" with a bare year (:func:`chronik.stages.event_causes.yearly_anchor`) and a war
    going on (:func:`chronik.stages.event_withdrawal.ongoing_war`); a narrated undated time clause keeps
    its act, undated."""
    if event is None or means_of_act(frame) or stray_reference(frame) or ongoing_war(frame, event.modality) or yearly_anchor(frame):
        return []  # ongoing_war: "kämpfen seit April … gegen Separatisten" (event_withdrawal.py)
    anchor = undated_anchor(frame)
    if anchor is not None:
        return [] if anchor else [replace(event, date=None)]
    force = supporting_force(frame, event)
    kept = [] if standing_since(frame, bool(force)) else [condoled(frame, event)]
    return kept + force


def victims(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """The slots named as the dead of a ``bereavement_nouns`` noun ("sein Beileid zum Tod von mehr als 30
    türkischen Soldaten ausgesprochen", "der Opfer des Anschlags"): they suffered an act, they take no
    part in a meeting or a statement of the sentence.  Only the noun, prepositions, determiners, numbers and
    lower-case words may stand between.  [] for killings and support (see :func:`condoled`)."""
    if frame.trigger.type in _VICTIM_TYPES:
        return []
    return [s for s in slots if _bereaved(frame, s.index)]


def _bereaved(frame: Frame, k: int) -> bool:
    """A ``bereavement_nouns`` word stands before word ``k`` with only small words between (see :func:`victims`)."""
    lex, words = frame.lexicon, frame.words
    for j in range(k - 1, max(-1, k - 8), -1):
        word = words[j]
        if word in lex.bereavement_nouns:
            return j != frame.index
        if word in CLAUSE_BREAKS or (word[:1].isupper() and word.lower() not in lex.determiners):
            return False
    return False


def condoled(frame: Frame, event: EventMention) -> EventMention:
    """A support whose targets are the dead of a bereavement noun ("Putin hatte sein Beileid zum Tod von
    mehr als 30 türkischen Soldaten ausgesprochen") is addressed to their state: those targets become its
    government.  Other events come back unchanged."""
    if event.type != "SUPPORT":
        return event
    dead = {s.mention.actor_id or group_id(s.mention.country, s.mention.sector)
            for s in actor_slots(frame) if _bereaved(frame, s.index) and s.mention.country}
    if not dead:
        return event

    target: list[Actor] = []
    for actor in event.target:
        actor = host_state(frame, actor.country) if actor.id in dead and actor.country else actor
        target += [actor] if all(a.id != actor.id for a in target) else []
    return replace(event, target=target)


def stray_reference(frame: Frame) -> bool:
    """An event noun after an ``anaphoric_determiners`` word (adjectives apart) whose clause names no actor,
    in a sentence whose actors belong to a verb trigger of another clause ("Die Reise fällt in eine Zeit
    großer Spannungen: Vier Tage zuvor war der iranische General Soleimani … getötet worden"), refers
    back to an act already reported; it takes nobody from that clause.  True only for such noun frames."""
    lex, words = frame.lexicon, frame.words
    if frame.kind != "noun":
        return False
    j = frame.index - 1
    while j >= 0 and not words[j][:1].isupper() and words[j].lower().endswith(lex.adjective_endings) \
            and words[j].lower() not in lex.anaphoric_determiners:
        j -= 1
    if j < 0 or words[j].lower() not in lex.anaphoric_determiners:
        return False
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    if any(start <= frame.word_index(m.start) < end for m in frame.mentions if m.actor_id or m.country):
        return False
    return any(not start <= k < end for k, _ in frame.governors)


def undated_anchor(frame: Frame) -> bool | None:
    """A military act in a clause opened by an ``anchor_subordinators`` word, in a sentence with no time
    expression, serves as the time of another statement and names no time a reader can place.  True in
    reported speech or a flashback (a ``konjunktiv_i`` or ``background_tense`` word in the clause: "Als
    Präsident Wladimir Putin seinen Angriffskrieg gegen die Ukraine begonnen habe, habe er geglaubt, …"),
    background and no event; False for a narrated clause ("Als Rebellen die Stadt Aleppo eroberten, flohen
    Tausende Zivilisten"), an act of unknown date; None for other frames."""
    lex = frame.lexicon
    if frame.trigger.type not in MILITARY_TYPES or any(
            frame.sentence.start <= t.start < frame.sentence.end for t in frame.article.timexes):
        return None
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    if frame.words[start].lower() not in lex.anchor_subordinators or start >= frame.index:
        return None
    return any(w.lower() in lex.konjunktiv_i or w.lower() in lex.background_tense for w in frame.words[start:end])


def means_of_act(frame: Frame) -> bool:
    """A noun of another type that an ``instrument_preps`` word governs in a clause with a military act
    ("Mit russischer Luftunterstützung haben die Regierungstruppen … zurückerobert", "hatten mit russischer
    Luftunterstützung eine Offensive auf Idlib begonnen") is the means of that act, whose sides it joins;
    it reports no act of its own.  True only for such noun frames."""
    lex, words = frame.lexicon, frame.words
    if frame.kind != "noun" or frame.trigger.type in _ACT_TYPES:
        return False
    j = before_modifiers(words, frame.index, lex)
    if j < 0 or words[j].lower() not in lex.instrument_preps:
        return False
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    return any(_act_type(lex, words[k]) in _ACT_TYPES for k in range(start, end) if k != frame.index)


def _act_type(lex: EventLexicon, word: str) -> str | None:
    """The type of the verb or noun trigger ``word`` is, if any."""
    trigger = lex.nouns.get(word) or (lex.verbs.get(word) if not word[:1].isupper() else None)
    return trigger.type if trigger is not None else None


def standing_since(frame: Frame, means: bool) -> bool:
    """A ``relation_forms`` verb ("unterstützt") whose sentence places it only by time expressions after a
    ``since_preps`` word states an alignment lasting since then, no act of support, when the time is no
    more than a year ("Russland hatte ihn seit 2015 militärisch unterstützt") or the verb names a military
    act as its ``means`` ("Russland unterstützt Assad seit September 2015 mit Luftangriffen": the act is
    the air campaign).  Since a day ("unterstützt Assad seit dem 30. September", "seit gestern … mit
    Luftangriffen") it stays an act that began that day.  A light-verb trigger with such a verb counts as it."""
    if not relation_trigger(frame):
        return False
    times = since_times(frame)
    if not times or not all(coarser_than_day(t) for t in times):
        return False
    return means or all(len(t.value or "") == len("YYYY") for t in times)  # "seit 2015": a year only


def supporting_force(frame: Frame, event: EventMention | None) -> list[EventMention]:
    """A support verb whose means, in its own clause, is a military act noun ("Russland unterstützt Assad
    seit September 2015 mit Luftangriffen") reports that act too: the noun's type, mode and context, the
    verb's source (a state by its forces) and date; the target is the insurgents (REB) of the supported
    government's state (or its forces': "unterstützt die syrische Armee"), no act when the supported side is
    no state's or the noun names its own target ("mit Luftangriffen auf Stellungen der Rebellen": the noun's
    own act).  Returns [] or that one act; the support stays."""
    if event is None or frame.trigger.type not in _MEANS_TAKING or frame.kind == "noun":
        return []
    found = _means_noun(frame)
    if found is None:
        return []
    k, trigger = found
    if k + 1 < len(frame.words) and frame.words[k + 1].lower() in trigger.target_preps:
        return []  # "mit Luftangriffen auf Stellungen der Rebellen": the noun names its own target
    states = [a.country for a in event.target if a.country and a.sector in _GOVERNMENT_SECTORS]
    if not states:
        return []  # the supported side is no state's: whom its means hit is unknown
    source = [replace(a, sector="MIL") if a.kind == "state" and a.sector == "GOV" else a for a in event.source]
    return [replace(event, type=trigger.type, mode=trigger.mode, trigger=frame.words[k], source=source,
                    target=[Actor.group(states[0], "REB")], context=list(trigger.context),
                    confidence=round(event.confidence - 0.05, 2))]


def _means_noun(frame: Frame) -> tuple[int, Trigger] | None:
    """The military act noun that an ``instrument_preps`` word governs (determiners and adjectives apart)
    after the trigger in its clause, with its trigger; None when there is none."""
    lex, words = frame.lexicon, frame.words
    end = clause_span(words, frame.index, CLAUSE_BREAKS)[1]
    for k in range(frame.index + 1, end):
        trigger = lex.nouns.get(words[k])
        if trigger is None or trigger.type not in _FORCE_TYPES:
            continue
        if means_preposition(words, k, lex) > frame.index:  # "mit international scharf kritisierten Luftangriffen"
            return k, trigger
    return None


def acting_states(source: list[Mention], unnamed: Actor | None) -> set[str]:
    """The countries (ISO3) of the acting side of an act with no target named: those of ``source``, and that of
    the ``unnamed`` actor standing in for a missing source unless it is the unnamed attackers of a state
    (:func:`unnamed_attackers`, an armed group of the place's country), who attack that state: "nach Beginn
    eines Angriffs auf eine Luftwaffenbasis in Indien" is aimed at India."""
    own = {m.country for m in source if m.country}
    return own | ({unnamed.country} if unnamed is not None and unnamed.country and unnamed.sector not in _ARMED_GROUPS
                  else set())


def unnamed_attackers(frame: Frame, source: list[Mention]) -> Actor | None:
    """The unnamed attackers of a terror attack on a foreign state's people that names nobody as its author,
    coded as event data sets code unidentified attackers, by the country where it happened: "Einen Tag nach
    dem tödlichen Anschlag auf den russischen Botschafter in Ankara" gives attackers of TUR (sector
    unknown).  The victim is a state adjective after the noun's target preposition; the place the nearest
    place mention (not a state) of another country that a ``locative_preps`` word governs after the
    trigger in its clause.  None for other acts, named sources, attacks at home or no place."""
    if source or frame.kind != "noun" or not (frame.trigger.mode in _UNNAMED_MODES or reported_attack(frame)):
        return None
    adjective = victim_adjective(frame)
    victim = adjective[1] if adjective else None
    if victim is None:
        return _attackers_at_home(frame)
    end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)[1]
    places = frame.article.places
    for m in frame.mentions:
        k = frame.word_index(m.start)
        country = places[m.place_id].country if m.kind == "LOC" and m.place_id in places else None
        if victim and country and country != victim and frame.index < k < end \
                and governing_preposition(frame, k) in frame.lexicon.locative_preps:
            return Actor.group(country, None)
    return None


def _attackers_at_home(frame: Frame) -> Actor | None:
    """The unnamed attackers of a terror attack that is the setting of a passive act of its type in its clause
    ("Bei einem Selbstmordanschlag in Ankara wurden 28 Menschen getötet"): an armed group (REB) of the country
    of the first place after the noun in its clause that a ``locative_preps`` word governs, as gold codes unidentified
    attackers; None elsewhere (a bare "nach den Anschlägen in Paris" only refers to an act)."""
    if not (means_of_passive_clause(frame) or reported_attack(frame)) or _author_named_later(frame):
        return None
    places, end = frame.article.places, clause_span(frame.words, frame.index, CLAUSE_BREAKS)[1]
    for m in frame.mentions:
        k = frame.word_index(m.start)
        country = places[m.place_id].country if m.kind == "LOC" and m.place_id in places else \
            m.country if m.kind == "STATE" else None
        if country and frame.index < k < end and governing_preposition(frame, k) in frame.lexicon.locative_preps:
            return Actor.group(country, "REB")
    return None


def _author_named_later(frame: Frame) -> bool:
    """The rest of the trigger's sentence or the next sentence claims or blames an attack (a ``claim_cues``
    word, a word of a ``blame_cues`` trigger: "Die Terrormiliz IS bekannte sich zu dem Anschlag", "Erdogan
    machte die PKK dafür verantwortlich"): the text names the author, and event_blame.py codes it."""
    lex, index = frame.lexicon, frame.sentence.index
    words = [w.lower() for w in frame.words[frame.index + 1 :]]
    if index + 1 < len(frame.article.sentences):
        following = frame.article.sentences[index + 1]
        words += [frame.article.text[t.start : t.end].lower() for t in following.tokens]
    if any(w in cues for cues, _, _ in lex.claim_cues for w in words):
        return True
    blaming = lex.blame_cues.get("triggers", frozenset())
    present = set(words)
    return any((t := lex.verbs.get(w)) is not None and t.id in blaming for w in words) or any(
        trigger.id in blaming and particle in present for w in words for particle, trigger in lex.particles.get(w, []))


def victim_adjective(frame: Frame) -> tuple[int, str] | None:
    """(index, state) of the state adjective right after the trigger's target preposition, determiners apart
    ("Anschlag auf den russischen Botschafter": RUS, "auf eine russische Passagiermaschine"); None when
    there is none."""
    lex, words, j = frame.lexicon, frame.words, frame.index + 1
    if j >= len(words) or words[j].lower() not in frame.trigger.target_preps:
        return None
    j += 1
    while j < len(words) and words[j].lower() in lex.determiners:
        j += 1
    country = frame.state_adjective(j)
    return (j, country) if country else None


def described_sector(frame: Frame, k: int) -> str | None:
    """The sector of the description (an office: "den russischen Botschafter") that word ``k`` belongs to,
    so that an attack on an official hits the state, not its civilians; None for other words."""
    start = frame.sentence.tokens[k].start if k < len(frame.sentence.tokens) else -1
    return next((m.sector for m in frame.mentions if m.kind == "DESC" and m.start <= start < m.end), None)


def deployed_into(frame: Frame, source: list[Mention]) -> Actor | None:
    """The state a deployment that names no target goes into: the country of the place (a state or a
    place mention) that a ``deployment_preps`` word governs in the trigger's clause, nearest the trigger
    ("Israel schickte Truppen in die Pufferzone auf den Golanhöhen": Syria; "Russland hat Kampfflugzeuge
    nach Syrien verlegt"), as its government; never the source's own state.  Only for MOBILIZE; None
    when the clause names no such place."""
    if frame.trigger.type != "MOBILIZE":
        return None
    own = {m.country for m in source if m.country}
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    found = []
    for m in frame.mentions:
        country = _place_country(frame, m)
        k = frame.word_index(m.start)
        if country and country not in own and start <= k < end and _conjunct_of(frame, k) \
                and governing_preposition(frame, k) in frame.lexicon.deployment_preps:
            found.append((abs(k - frame.index), country))
    if not found:
        return None

    return host_state(frame, min(found)[1])


def _place_country(frame: Frame, mention: Mention) -> str | None:
    """The country of a state mention or of a located place mention; None for other mentions."""
    if mention.kind == "STATE":
        return mention.country
    place = frame.article.places.get(mention.place_id) if mention.place_id else None
    return place.country if place is not None and mention.kind == "LOC" else None


def _conjunct_of(frame: Frame, k: int) -> bool:
    """No other verb trigger stands between the trigger and word ``k`` ("schickte Truppen in die Pufferzone
    … und griff … in Syrien an": Syria belongs to the next conjunct's act)."""
    low, high = sorted((frame.index, k))
    return not any(low < j < high for j, _ in frame.governors)
