"""Withdrawals and other material acts whose author the act noun's own phrase does not name, and a fight that
is only a war going on.  An act noun that is the bare object of a verb of announcing is the announcer's act
("Bereits im März 2016 hatte Putin einen Teilabzug verkündet"); one that is the object of a verb opening a
coordinated conjunct belongs to the subject the conjuncts share ("landete der Kremlchef …, traf dort Assad
und ordnete den Abzug … an"); one that an apology is for is the apologiser's ("lehnte es ab, sich für den
Abschuss des russischen Kampfjets zu entschuldigen").  "Im Osten der Ukraine kämpfen seit April
Regierungstruppen gegen Separatisten" describes a war, no act.  Part of the ``events`` stage; the cue words
come from ``events.yaml`` (``announcing_verbs``, ``apology_preps``, ``conflict_forms``, ``since_preps``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Mention
from chronik.stages.event_context import MILITARY_TYPES, undated_present
from chronik.stages.event_dating import coarser_than_day, since_times
from chronik.stages.event_slots import (
    CLAUSE_BREAKS,
    Slot,
    before_modifiers,
    clause_span,
    governing_preposition,
)

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon

#: Acts one may apologise for.
_HARMS = frozenset({"ASSAULT", "COERCE"})
#: The type of an apology ("sich entschuldigen", "bedauern").
_APOLOGY = "CONCEDE"


def _material_noun(frame: Frame) -> bool:
    """The frame is a noun of a material act other than a ceasefire (which its subject watches or breaks)."""
    return frame.kind == "noun" and frame.trigger.type in MILITARY_TYPES and frame.trigger.mode != "ceasefire"


def announced_by(frame: Frame, slots: list[Slot], attribution: Mention | None) -> list[Mention]:
    """The author of a material act noun that is the bare object of an ``announcing_verbs`` verb of its clause
    ("Bereits im März 2016 hatte Putin einen Teilabzug verkündet", "Die syrische Armee hat am Donnerstag die
    Rückeroberung Aleppos verkündet"): the announcer, i.e. the ``attribution`` when the reporting rules took
    the announcer for a speaker and it stands in the clause, else the first free actor of the clause before
    the noun.  Requires that the noun names no actor of its own (the caller asks only then); returns [] for
    other frames, a noun in a prepositional phrase, or a clause with no such verb or actor."""
    # a ceasefire its subject announces is its own ("Die PKK verkündete eine einseitige Waffenruhe"), unlike one it
    # watches or breaks (:func:`_material_noun`)
    if frame.kind != "noun" or frame.trigger.type not in MILITARY_TYPES \
            or governing_preposition(frame, frame.index) is not None:
        return []
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    if not any(w.lower() in frame.lexicon.announcing_verbs for w in frame.words[start:end]):
        return []
    if frame.trigger.mode == "ceasefire" and len({s.mention.country for s in slots if start <= s.index < end}) > 1:
        return []  # "Russland und die USA verkündeten eine Waffenruhe für Syrien": brokers, not one side
    if attribution is not None and start <= frame.word_index(attribution.start) < end:
        return [attribution]
    free = [s.mention for s in slots if s.prep is None and start <= s.index < frame.index]
    return free[:1]


def opens_conjunct(words: list[str], verb: int, noun: int, noun_type: str, lexicon: EventLexicon) -> bool:
    """A military act noun that is the object of a verb right after a word coordinator ("traf dort Assad und
    ordnete den Abzug … an", see :func:`_conjunct_verb`) belongs to that verb's conjunct, not to the verb
    trigger ``verb`` before it.  Requires word indices of one sentence; False when the noun comes first."""
    if noun_type not in MILITARY_TYPES or not verb < noun:
        return False
    j = _conjunct_verb(words, noun, lexicon)
    return j is not None and verb < j - 1


def _conjunct_verb(words: list[str], noun: int, lexicon: EventLexicon) -> int | None:
    """Index of the verb whose object the noun at ``noun`` is, when that verb opens a coordinated conjunct:
    a word coordinator ("und", "sowie", not a comma), one lower-case word that is no determiner or
    preposition, then a determiner and the noun's adjectives ("und ordnete den Abzug", "und verkündete einen
    raschen Rückzug"; "und schwere Angriffe" has no verb).  None otherwise."""
    j = noun - 1
    while j >= 0 and words[j].lower() not in lexicon.determiners and not words[j][:1].isupper() \
            and words[j].lower().endswith(lexicon.adjective_endings) and words[j].lower() not in lexicon.coordinators:
        j -= 1  # the noun's adjectives
    if j < 2 or words[j].lower() not in lexicon.determiners:
        return None
    verb, before = words[j - 1], words[j - 2]
    lower = verb.lower()
    if before.lower() in lexicon.coordinators and before != "," and verb[:1].islower() \
            and lower not in lexicon.determiners and lower not in lexicon.prepositions:
        return j - 1
    return None


def conjunct_subject(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """The author of a material act noun that is the object of a verb opening a coordinated conjunct
    (:func:`opens_conjunct`): the subject the conjuncts share, taken as the source of the last event found
    earlier in the sentence ("landete der Kremlchef …, traf dort Assad und ordnete den Abzug … an": the
    Kremlin chief), as the slots name it.  [] when the noun does not stand so or no such event exists."""
    if not _material_noun(frame):
        return []
    j = _conjunct_verb(frame.words, frame.index, frame.lexicon)
    earlier = [e for e in frame.earlier if e.sentence == frame.sentence.index and e.source]
    if j is None or not earlier:
        return []
    ids = {a.id for a in earlier[-1].source}
    return [s for s in slots if s.index < j and s.mention.actor_id in ids][:1]


def apologised_act(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """Word ``k`` is a harmful act noun that an ``apology_preps`` word governs (determiners and adjectives
    apart) in a clause with an apology verb ("sich für den Abschuss des russischen Kampfjets zu
    entschuldigen"): the act reported as a fact, no mere qualifier of the apology."""
    trigger = lexicon.nouns.get(words[k])
    if trigger is None or trigger.type not in _HARMS:
        return False
    j = before_modifiers(words, k, lexicon)
    if j < 0 or words[j].lower() not in lexicon.apology_preps:
        return False
    start, end = clause_span(words, k, CLAUSE_BREAKS)
    return any(_verb_type(lexicon, words[i]) == _APOLOGY for i in range(start, end))


def _verb_type(lexicon: EventLexicon, word: str) -> str | None:
    trigger = lexicon.verbs.get(word.lower()) if word[:1].islower() else None
    return trigger.type if trigger is not None else None


def apologiser(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """The author of an act noun an apology is for (:func:`apologised_act`): the nearest free actor before the
    noun, in its clause or, when an infinitive clause names none, before it ("Erdogan lehnte es ab, sich für
    den Abschuss … zu entschuldigen"; "forderte die Türkei auf, sich … zu entschuldigen": the Turkey).  []
    for other frames."""
    if frame.kind != "noun" or not apologised_act(frame.words, frame.index, frame.lexicon):
        return []
    return [s for s in slots if s.prep is None and s.index < frame.index][-1:]


#: Sentences after the headline and lead (index above this): where an article sets out how things stand.
BACKGROUND_FROM = 2


def ongoing_war(frame: Frame, modality: str) -> bool:
    """A present ``conflict_forms`` verb placed only by times after a ``since_preps`` word ("Im Osten der
    Ukraine kämpfen seit April vergangenen Jahres Regierungstruppen gegen prorussische Separatisten")
    describes a war going on since then, no act that happened then; since a day ("Seit Dienstag bekämpft
    die Armee die Rebellen mit einer neuen Offensive") it is an act begun that day.  So does such a verb
    asserted after the lead with no time and no perfect in its clause (:func:`undated_present`: "In der
    Ostukraine kämpfen Regierungstruppen gegen prorussische Separatisten", a background line of an article
    on US jets in Poland); in the headline or lead it is news.  True only for such verb frames."""
    if frame.kind != "verb" or frame.words[frame.index].lower() not in frame.lexicon.conflict_forms:
        return False
    times = since_times(frame)
    if not times:
        return modality == "asserted" and frame.sentence.index > BACKGROUND_FROM and undated_present(frame)
    return all(coarser_than_day(t) for t in times)


def recent_departure(frame: Frame, source: list[Mention]) -> str | None:
    """The state (ISO3) a withdrawal that names no place leaves when the text just before named a withdrawal
    from one ("Beobachter bleiben skeptisch, wie weit der angekündigte Rückzug aus Syrien reicht.  Bereits im
    März 2016 hatte Putin einen Teilabzug verkündet"): the country of the state or place that one of the
    trigger's ``place_target_preps`` governs right after a withdrawal word, in this sentence before the
    trigger or in the two sentences before, the latest first; never the source's own.  None otherwise."""
    if not frame.trigger.place_target_preps:
        return None
    own = {m.country for m in source if m.country}
    here = frame.sentence.index
    for sentence in sorted((s for s in frame.article.sentences if here - 2 <= s.index <= here), key=lambda s: -s.index):
        words = [frame.article.text[t.start : t.end] for t in sentence.tokens]
        limit = frame.index if sentence.index == here else len(words)
        for mention in sorted(_located(frame, sentence.index), key=lambda m: -m.start):
            k = next((i for i, t in enumerate(sentence.tokens) if t.end > mention.start), len(words))
            country = _country(frame, mention)
            if k < limit and country and country not in own and _left_from(frame, words, k):
                return country
    return None


def _located(frame: Frame, sentence: int) -> list[Mention]:
    """The state and place mentions of sentence number ``sentence``."""
    return [m for m in frame.article.mentions if m.sentence == sentence
            and (m.kind == "STATE" or m.place_id in frame.article.places)]


def _country(frame: Frame, mention: Mention) -> str | None:
    place = frame.article.places.get(mention.place_id) if mention.place_id else None
    return mention.country if mention.kind == "STATE" else (place.country if place is not None else None)


def _left_from(frame: Frame, words: list[str], k: int) -> bool:
    """Word ``k`` follows one of the trigger's ``place_target_preps`` (determiners apart) that follows a
    withdrawal word (a trigger with such prepositions) within three words ("Rückzug aus Syrien", "Abzug der
    Truppen aus Syrien")."""
    lex = frame.lexicon
    j = before_modifiers(words, k, lex)
    if j < 1 or words[j].lower() not in frame.trigger.place_target_preps:
        return False
    for i in range(max(0, j - 4), j):
        trigger = lex.nouns.get(words[i]) or (lex.verbs.get(words[i].lower()) if words[i][:1].islower() else None)
        if trigger is not None and trigger.place_target_preps:
            return True
    return False
