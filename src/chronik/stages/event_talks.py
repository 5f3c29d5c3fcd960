"""Talks, mediated negotiations and agreements between two sides.

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`):

- "Gespräche zwischen der Regierung und den Rebellen", "Die Vereinbarung war zwischen den EU-Staaten
  und Davutoglu geschlossen worden": the actors after a ``between_preps`` word are the two sides,
  whatever the order of the clause (the first is the source, the others the target);
- "Friedensgespräche zwischen Regierung und Opposition unter Vermittlung des UN-Sondergesandten":
  the mediator (after a ``mediation_preps`` + ``mediation_nouns`` phrase) leads the talks, as the
  codebook's third-party mode has it: the mediator is the source, the sides are the target;
- "Russland und die Ukraine haben unter Vermittlung der UN ein Abkommen unterzeichnet": the mediation
  phrase qualifies the sentence's act, it is no meeting of its own;
- a meeting, agreement or cooperation that is negated ("Ein Treffen stehe nicht auf dem Programm", also far
  from the verb before the reciprocal word that completes it: "sprachen … nicht direkt miteinander",
  "kam nicht zustande") did not happen: no event;
- a trigger marked ``target_prep_required`` ("sprechen" mit) is a meeting only with a partner after
  one of its target prepositions: "sprach von einem historischen Tag" is a statement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Actor, Mention
from chronik.stages.event_slots import CLAUSE_BREAKS, Slot, before_modifiers, clause_span
from chronik.stages.event_threats import reciprocal

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon, Trigger

#: Types of a happening between sides; negated, it did not take place.
_JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def talks_roles(frame: Frame, slots: list[Slot]) -> tuple[list[Mention], list[Mention]] | None:
    """Source and target of a symmetric trigger whose clause names its sides with a between-preposition,
    with a mediator as the source where the clause names one; the authors of a joint statement.

    Requires the frame's slots in text order.  Returns None (other rules decide) for a trigger that is not
    symmetric, or when the clause names fewer than two sides and no mediator with at least one side."""
    if not frame.trigger.symmetric:
        return None
    if (partner := _partner_before_agent(frame, slots)) is not None:
        return [], [partner]
    start, end = _clause(frame)
    if frame.trigger.joint_required:  # "Russland, die Türkei und der Iran kündigten in einer gemeinsamen Erklärung an"
        free = [s for s in slots if s.index < frame.index and s.prep is None]
        authors = _chain(frame, free, free[0].index - 1) if free else []
        return (authors[:1], authors[1:]) if len(authors) >= 2 else None
    mediators = [s.mention for s in slots if start <= s.index < end and _mediator(frame, s)]
    between = [k for k in range(start, end) if frame.words[k].lower() in frame.lexicon.between_preps]
    candidates = [s for s in _with_groups(frame, slots) if between and between[0] < s.index < end]
    sides = [m for m in _chain(frame, candidates, between[0]) if m not in mediators] if between else []
    if mediators and sides and frame.trigger.type == "CONSULT":
        return mediators, sides
    if len(sides) >= 2:
        return sides[:1], sides[1:]
    return None


def _partner_before_agent(frame: Frame, slots: list[Slot]) -> Mention | None:
    """"bei einer Pressekonferenz mit Scholz auf Schloss Meseberg nördlich von Berlin": a meeting noun's
    agent ("Treffen von Hollande mit Putin") comes right after it, before its partner; a source-preposition
    actor after the partner is another complement (a place).  Returns the partner (the speaker or subject
    then meets it, see event_frame) when the noun has no actor of its own before or right after it."""
    if frame.kind != "noun":
        return None
    after = [s for s in slots if s.index > frame.index]
    partners = [s for s in after if s.prep in frame.trigger.target_preps]
    agents = [s for s in after if s.prep in frame.trigger.source_preps - frame.trigger.target_preps]
    own = [s for s in slots if s.prep is None and frame.index - 3 <= s.index <= frame.index + 4]
    if not partners or not agents or own or agents[0].index < partners[0].index:
        return None
    return partners[0].mention


def jointly_issued(words: list[str], k: int, trigger: Trigger, lexicon: EventLexicon) -> bool:
    """A ``joint_required`` noun trigger at word ``k`` follows a joint word, adjectives apart ("in einer
    gemeinsamen Erklärung"); every other trigger passes."""
    if not trigger.joint_required:
        return True
    return any(w.lower() in lexicon.joint_words for w in words[max(0, k - 2) : k])


def _chain(frame: Frame, candidates: list[Slot], anchor: int) -> list[Mention]:
    """The actors listed after word ``anchor`` ("zwischen den 28 EU-Staaten und dem türkischen
    Ministerpräsidenten", "Russland, die Türkei und der Iran"): the first candidate within 4 words, then
    each one joined to the last by a coordinator or comma, or at the last one's word (a pair: "zwischen den
    beiden Ländern"); a mediation phrase ends the list."""
    chain: list[Slot] = []
    for slot in candidates:
        last = chain[-1].index if chain else anchor
        gap = frame.words[last + 1 : slot.index]
        joined = not chain or slot.index == last or any(w.lower() in frame.lexicon.coordinators for w in gap)
        if len(gap) > 4 or not joined or any(_mediation_noun(frame, j) for j in range(last + 1, slot.index)):
            break
        chain.append(slot)
    return [s.mention for s in chain]


def _with_groups(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """The slots and the sentence's group mentions with no country ("die Opposition"): a side of talks
    may be named only by its kind.  Text order."""
    known = {id(s.mention) for s in slots}
    groups = [Slot(m, frame.word_index(m.start), None) for m in frame.mentions if m.kind == "GROUP" and id(m) not in known]
    return sorted(slots + groups, key=lambda s: s.index)


def talks_dropped(frame: Frame, slots: list[Slot], modality: str) -> bool:
    """The trigger reports no happening of its own: a negated meeting, agreement or cooperation; the noun
    of a mediation phrase ("unter Vermittlung der UN"); a ``target_prep_required`` trigger with no actor
    after one of its target prepositions in its clause ("sprach von einem historischen Tag"; not in the next
    clause: "Schweden führte Ausweiskontrollen ein, Dänemark reagierte mit Kontrollen an der Grenze zu Deutschland"; a participle
    closing the clause has it before: "hat am Montag mit Putin gesprochen"), no reciprocal word ("Putin
    und Obama sprachen miteinander": each is the other's partner), no meeting noun of its sentence
    ("Bei einem Treffen … sprachen Obama und Putin über Syrien") and not two persons of different states as its
    subjects with a topic ("Kurz und Cavusoglu sprachen über die Flüchtlingskrise")."""
    if frame.trigger.type in _JOINT_TYPES and (modality == "negated" or _negated_reciprocal(frame)):
        return True
    if frame.kind == "noun" and _mediation_noun(frame, frame.index):
        return True
    if frame.trigger.target_prep_required:
        start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
        return not reciprocal(frame) and not _meeting_noun(frame) and not _talked_about(frame, slots) \
            and not any(s.prep in frame.trigger.target_preps and start <= s.index < end for s in slots)
    return False


def _negated_reciprocal(frame: Frame) -> bool:
    """A negation stands between a verbal trigger and the reciprocal word that completes it in its clause,
    however far ("sprachen die Delegationen der Regierung und der Rebellen in Astana nicht direkt
    miteinander"): the verb is negated beyond the modality's cue window."""
    if frame.kind == "noun":
        return False
    cues = frame.lexicon.threat_cues.get("reciprocal_words", frozenset())
    _, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    after = [w.lower() for w in frame.words[frame.end : end]]
    closer = next((j for j, w in enumerate(after) if w in cues), None)
    return closer is not None and any(w in frame.lexicon.negation for w in after[:closer])


def _meeting_noun(frame: Frame) -> bool:
    """A noun of the trigger's type stands before the verb in its sentence ("Bei einem Treffen am Rande des
    Gipfels sprachen Obama und Putin"): the verb reports that meeting, its subjects are the partners."""
    nouns = frame.lexicon.nouns
    return frame.kind != "noun" and any(
        (w in nouns and nouns[w].type == frame.trigger.type) for w in frame.words[: frame.index])


def _talked_about(frame: Frame, slots: list[Slot]) -> bool:
    """Persons of two or more states stand ungoverned before the verb in its clause and a topic preposition
    follows it there, no ``meeting_setting_preps`` word before it ("Merkel und Putin sprachen am Montag über
    die Ukraine"; not "sprachen in getrennten Interviews über …")."""
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    subjects = [s.mention for s in slots if s.prep is None and start <= s.index < frame.index]
    persons = {m.country for m in subjects if m.kind in ("PER", "DESC") and m.country}
    after = [w.lower() for w in frame.words[frame.index + 1 : end]]
    topic = next((j for j, w in enumerate(after) if w in frame.lexicon.topic_preps), None)
    # "sprachen in getrennten Interviews über …": a setting between verb and topic keeps them apart
    setting = topic is not None and any(w in frame.lexicon.meeting_setting_preps for w in after[:topic])
    return len(persons) >= 2 and len(subjects) == len(persons) and topic is not None and not setting


def partnered_setting(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """Word ``k`` is a symmetric meeting noun after a ``meeting_setting_preps`` word (determiners and adjectives
    apart) with one of its target prepositions right after it ("In einem Telefonat mit Erdogan forderte Merkel
    eine Feuerpause"): the meeting is a happening of its own, not a qualifier of a verb of its clause."""
    trigger = lexicon.nouns.get(words[k])
    if trigger is None or trigger.type != "CONSULT" or not trigger.symmetric or k + 1 >= len(words):
        return False
    j = before_modifiers(words, k, lexicon)
    return j >= 0 and words[j].lower() in lexicon.meeting_setting_preps and words[k + 1].lower() in trigger.target_preps


def protest_setting(words: list[str], k: int, lexicon: EventLexicon, verb_type: str | None = None) -> bool:
    """Word ``k`` is a protest noun after a ``meeting_setting_preps`` word (determiners and adjectives apart)
    with its author right after it, a genitive determiner or one of its source prepositions ("Bei einer
    Kundgebung von Rechtsextremisten in Kiew nahm die Polizei zehn Teilnehmer fest"): the protest is a
    happening of its own, not a qualifier of a verb of another type in its clause."""
    trigger = lexicon.nouns.get(words[k])
    if trigger is None or trigger.type != "PROTEST" or k + 1 >= len(words) or verb_type == trigger.type:
        return False
    j = before_modifiers(words, k, lexicon)
    after = words[k + 1].lower()
    return j >= 0 and words[j].lower() in lexicon.meeting_setting_preps \
        and (after in trigger.source_preps or after in lexicon.genitive_determiners)


def without_title(words: list[str], mention: Mention) -> list[str]:
    """``words`` (those before ``mention``) less the mention's title at their end: "und Bundeskanzlerin
    Angela Merkel" joins Merkel by "und" alone; and less a bracket at their start, the affiliation of the
    actor before them: "Faymann (SPÖ) und Mitterlehner" join by "und" too."""
    if words[:1] == ["("] and ")" in words:
        words = words[words.index(")") + 1 :]
    title = (mention.title or "").split()
    if title and words[-len(title):] == title:
        return words[: -len(title)]
    return words


def _mediator(frame: Frame, slot: Slot) -> bool:
    """``slot`` follows a mediation phrase ("unter Vermittlung der Vereinten Nationen und der Türkei"): its
    governing preposition is a mediation preposition whose noun is a mediation noun within 4 words before."""
    if slot.prep not in frame.lexicon.mediation_preps:
        return False
    return any(_mediation_noun(frame, j) for j in range(max(0, slot.index - 6), slot.index))


def _mediation_noun(frame: Frame, k: int) -> bool:
    return mediation_phrase(frame.words, k, frame.lexicon)


def mediation_phrase(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """Word ``k`` is a mediation noun right after a mediation preposition ("unter Vermittlung"): it names
    who mediates the sentence's act, it reports no meeting of its own."""
    return k > 0 and words[k] in lexicon.mediation_nouns and words[k - 1].lower() in lexicon.mediation_preps


def _clause(frame: Frame) -> tuple[int, int]:
    """The span of the trigger's clause (between clause punctuation: a comma ends the sides, "zwischen A
    und B, sagte C")."""
    return clause_span(frame.words, frame.index, CLAUSE_BREAKS)


def own_state(event_type: str, target: Actor, source: Actor) -> bool:
    """In an act of two parties (``_JOINT_TYPES``) a state target of its government person source's country and
    sector is his own side, no party: "Putin sicherte zu, Russland werde die Waffenruhe respektieren" is no
    agreement with Russia.  (Criticism of one's own state is an act: "Trump kritisierte die USA".)"""
    return event_type in _JOINT_TYPES and target.kind == "state" and source.kind == "person" \
        and (target.country, target.sector) == (source.country, source.sector)
