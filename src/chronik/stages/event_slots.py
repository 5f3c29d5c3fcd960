"""The actor slots of an event frame and the actors a sentence attributes its report to.

Part of the ``events`` stage (see :mod:`chronik.stages.events` and :mod:`chronik.stages.event_frame`):
each actor mention of the trigger's sentence becomes a :class:`Slot` with its word index and the
preposition that governs it; possessors, bracketed repeats and "beide …" pairs are settled here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from chronik.model import Mention

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

_ACTOR_KINDS = frozenset({"PER", "ORG", "STATE", "DESC", "GROUP", "PRON"})


@dataclass(frozen=True, slots=True)
class Slot:
    """An actor mention of the sentence and the preposition that governs it (if any)."""

    mention: Mention
    index: int
    prep: str | None


def actor_slots(frame: Frame) -> list[Slot]:
    """The actor mentions of the frame's sentence as slots, in order; a "beide …" pair gives two."""
    slots = []
    visit = frame.trigger.mode == "visit"
    for m in frame.mentions:
        k = frame.word_index(m.start)
        if m.kind in _ACTOR_KINDS and m.actor_id or (m.kind == "GROUP" and m.country) or (visit and m.kind == "LOC" and m.actor_id):
            persons = [m]
        else:
            persons = _pair(frame, m, k)
        slots.extend(Slot(person, k, _governing_preposition(frame, _title_start(frame, m, k))) for person in persons)
    return [s for k, s in enumerate(slots) if not _possessor(frame, s, slots) and not _repeated(frame, slots, k)]


def _repeated(frame: Frame, slots: list[Slot], k: int) -> bool:
    """An abbreviation in brackets right after its name names the same actor: "Islamischer Staat (IS)"."""
    if k == 0 or slots[k].mention.actor_id != slots[k - 1].mention.actor_id:
        return False
    return frame.words[slots[k].index - 1] == "("


def _pair(frame: Frame, mention: Mention, k: int) -> list[Mention]:
    """"beide Staatschefs", "die beiden Präsidenten" (the description at word ``k``): the last two persons
    named before (of the same office where the description has one); [] for anything else."""
    if mention.kind != "DESC" or mention.actor_id or k == 0 or frame.words[k - 1].lower() not in frame.lexicon.dual_words:
        return []
    latest: dict[str, Mention] = {}
    for earlier in frame.article.mentions:
        if earlier.start >= mention.start:
            break
        if earlier.kind in ("PER", "DESC") and earlier.actor_id and (
                mention.office is None or earlier.office in (None, mention.office)):
            latest.pop(earlier.actor_id, None)
            latest[earlier.actor_id] = earlier
    persons = list(latest.values())[-2:]
    return persons if len(persons) == 2 else []


def _title_start(frame: Frame, mention: Mention, k: int) -> int:
    """Where the title before a person found through it begins ("mit Kremlchef Wladimir Putin",
    "mit dem russischen Präsidenten Wladimir Putin"): the preposition governs the title."""
    j = k
    while mention.how == "title" and j > 0 and k - j < 2 and frame.words[j - 1][:1].isupper():
        j -= 1
    return j


def _possessor(frame: Frame, slot: Slot, slots: list[Slot]) -> bool:
    """A genitive state heading a person's noun phrase ("Russlands Präsident", "Syriens Machthaber
    al-Assad", "Russlands stellvertretender Außenminister Bogdanow") only says whose the person is."""
    if slot.mention.how != "kb:genitive":
        return False
    person = next((s for s in slots if s.index > slot.index and s.mention.kind in ("PER", "DESC")), None)
    if person is None or person.index - slot.index > 3:
        return False
    between = frame.words[slot.index + 1 : person.index]
    return all(w[:1].isupper() or w.lower().endswith(frame.lexicon.adjective_endings) for w in between)


def _governing_preposition(frame: Frame, k: int) -> str | None:
    """The preposition before word ``k``, skipping determiners and adjectives ("mit dem syrischen …")."""
    lex = frame.lexicon
    j = k - 1
    while j >= 0 and j > k - 5:
        word = frame.words[j].lower()
        if word in lex.prepositions:
            return word
        if word in lex.determiners or (not frame.words[j][:1].isupper() and word.endswith(lex.adjective_endings)):
            j -= 1
            continue
        break
    return None


def attributions(frame: Frame, slots: list[Slot]) -> list[Mention]:
    """The actors a sentence attributes its content to, the main one first: "laut FT", "Interfax
    zufolge", "nach Angaben syrischer Staatsmedien", "sagte Peskow". None of them is a party to the event."""
    lex = frame.lexicon
    found = [s.mention for s in slots if s.prep in lex.attribution_preps or _before_postposition(frame, s)
             or _after_attribution_noun(frame, s.index)]
    speaker = _reporting_speaker(frame, slots)
    if speaker is not None and speaker not in found:
        found.append(speaker)
    return found


def _before_postposition(frame: Frame, slot: Slot) -> bool:
    after = slot.index + len(slot.mention.text.split())
    return after < len(frame.words) and frame.words[after].lower() in frame.lexicon.attribution_preps


def _after_attribution_noun(frame: Frame, k: int) -> bool:
    """Word ``k`` depends on an attribution noun: "Angaben (des) …", "Quellen der …", "Worten von …"."""
    lex = frame.lexicon
    j = k - 1
    while j >= 0 and j > k - 5:
        word = frame.words[j]
        if word[:1].isupper() and word.lower() in lex.attribution_nouns:
            return True
        if word.lower() in lex.determiners or word.lower() == "von" or (
                not word[:1].isupper() and word.lower().endswith(lex.adjective_endings)):
            j -= 1
            continue
        return False
    return False


def _reporting_speaker(frame: Frame, slots: list[Slot]) -> Mention | None:
    """The actor nearest a reporting verb ("sagte Peskow", "Peskow erklärte")."""
    for k, word in enumerate(frame.words):
        if word.lower() in frame.lexicon.reporting_verbs and k != frame.index:
            distance = {id(s): min(abs(s.index - k), abs(_title_start(frame, s.mention, s.index) - k)) for s in slots}
            near = [s for s in slots if distance[id(s)] <= 3 and s.index != frame.index]
            if near:
                return min(near, key=lambda s: distance[id(s)]).mention
    return None
