"""The source of a verb event by the German main clause's subject position (verb second).

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`).  Requires a :class:`Frame` with
its actor slots (event_slots.py) and the roles the clause rules found.  In a main clause the finite
verb (an auxiliary or modal of ``finite_auxiliaries``, or the trigger itself when something follows it
in the clause) stands second; what comes before it (the prefield) is one constituent:

- a prepositional phrase ("Im Prozess gegen Durnwalder hat Staatsanwalt Secco … gefordert"), a time
  expression ("Vergangene Woche hat …"), an object marked by its case ("Den Medien gibt …"), before a
  speech act an act noun with its owner ("Putins Forderung nach einer Entschuldigung wies Erdogan
  zurück", "Die Kritik Merkels wies Orbán zurück": the owner is the target), or nothing
  after a subordinate clause ("Während Jaalon redete, widersprach ihm …"): then the subject follows the
  finite verb, and an actor in the prefield or outside the clause is no source.  The first free actor
  after the finite verb (no object pronoun, no oblique article) becomes the source; without one the
  event goes (the subject is a noun phrase that names no known actor);
- a noun phrase that names no actor and may be nominative ("Tausende Nationalisten haben …
  protestiert", "Die EU-Außenminister haben … beschlossen"): the subject names nobody the knowledge
  base knows, so no actor from elsewhere in the sentence (a dateline, another clause, the object) is
  the source: the event goes.  Where its article makes it surely nominative ("Der Minister rief die USA
  erneut auf"), an actor after the finite verb is an object, never the source: the event goes too.

Guarantees: roles change only for a verb trigger in an active main clause whose finite verb is found;
a source the rule keeps is always an actor of the clause itself.  The words are in
``lang/<xx>/events.yaml`` (``finite_auxiliaries``, ``oblique_determiners``, ``plural_verb_endings``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.kb.entries import POLITICAL_SECTORS
from chronik.model import Mention
from chronik.stages.event_slots import (
    SPEECH_ACTS,
    Slot,
    act_noun,
    attributive,
    clause_span,
    genitive_attribute,
    in_mention,
)

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: Clause punctuation for the subject rule: brackets are asides inside a clause ("Durnwalder (SVP) wegen …").
_BREAKS = frozenset({",", ";", ":", ".", "–", "—", '"', "„", "“", "»", "«"})
_DROP = None  # the verdict that the event has no source


def subject_roles(frame: Frame, slots: list[Slot], source: list[Mention], target: list[Mention]
                  ) -> tuple[list[Mention], list[Mention]] | None:
    """Source and target after the subject rule (see the module docstring); None when the clause's
    subject is a noun phrase that names no actor, so that no source may be taken from elsewhere."""
    if source and _unnamed_subordinate_subject(frame, slots, source[0]):
        return _DROP  # "…, wonach die Arbeitgeber … fordern würden, … will Leitl …": not Leitl's demand
    clause = _main_clause(frame)
    if clause is None or not source:
        return source, target
    start, finite, end = clause
    if frame.trigger.type in SPEECH_ACTS and _anonymous_prefield(frame, start, finite):
        return _DROP  # "Kritiker in Deutschland warfen Merkel vor": no side speaks, not Merkel either
    at = {id(s.mention): s.index for s in slots}
    first = at.get(id(source[0]))
    if first is None:
        return source, target
    kind = _prefield_kind(frame, start, finite, slots)
    if kind == "pronoun" and finite < first < end:
        return _DROP  # "Es warf der Regierung von Präsidentin Park … vor": the pronoun is the subject
    if kind == "subject" and (not start <= first < end or _plural_against_one(frame, finite, slots, source)
                              or finite < first < end and (_nominative_prefield(frame, start)
                                                           or genitive_attribute(frame.words, first, frame.lexicon))):
        return _DROP  # "Tausende Nationalisten haben … protestiert": not the dateline's state
    if kind != "adverbial" or finite < first < end:
        return source, target
    after = _subject_after(frame, slots, finite, end)
    if after is None:
        return _DROP
    moved = [m for m in source if start <= at.get(id(m), -1) < finite]  # "gegen Durnwalder": the one acted on
    kept = [m for m in target if m is not after.mention]
    return [after.mention], kept or moved[:1]


def _main_clause(frame: Frame) -> tuple[int, int, int] | None:
    """(start, finite verb, end) of the trigger's clause when it is an active main clause whose finite
    verb stands at or before the trigger; None otherwise."""
    from chronik.stages.event_stance import clause_passive  # event_stance imports the frame's modules

    lex = frame.lexicon
    if frame.kind not in ("verb", "particle") or clause_passive(frame):
        return None
    start, end = clause_span(frame.words, frame.index, _BREAKS)
    start = _list_start(frame, start)  # "ÖVP, FPÖ, Grüne und zwei Listen hatten …": one subject
    opener = frame.words[start].lower() if start < end else ""
    if opener in lex.subordinators or (start > 0 and frame.words[start - 1] == "," and (
            opener in lex.relative_pronouns or _relative_phrase(frame, start))):
        return None
    verbs = {k for k, _ in frame.governors} | {k for k, w in enumerate(frame.words) if w.lower() in lex.reporting_verbs}
    for k in range(start, frame.index + 1):
        if k != frame.index and k in verbs:
            return None  # "besuchte Putin den Stützpunkt und traf Assad": the verbs share the first subject
        if _finite(frame, k, end):
            return start, k, end
    return None


def _unnamed_subordinate_subject(frame: Frame, slots: list[Slot], source: Mention) -> bool:
    """The verb trigger stands in a subordinate clause whose subject, the noun phrase right after the
    subordinator, names no actor ("wonach die Arbeitgeber … fordern würden"), and ``source`` lies outside
    that clause: the clause's own subject acts, not an actor of the main clause."""
    if frame.kind not in ("verb", "particle"):
        return False
    lex, words = frame.lexicon, frame.words
    start, end = clause_span(words, frame.index, _BREAKS)
    if start >= frame.index or words[start].lower() not in lex.subordinators or words[start + 1].lower() not in lex.determiners:
        return False
    at = next((s.index for s in slots if s.mention is source), None)
    if at is None or start <= at < end:
        return False
    noun = start + 2
    while noun < frame.index and attributive(lex, words[noun]):
        noun += 1
    return noun < frame.index and words[noun][:1].isupper() and not any(start < s.index <= noun for s in slots)


def _relative_phrase(frame: Frame, start: int) -> bool:
    """A preposition and a relative pronoun open the clause ("…, mit denen die EU …"); an article before a
    noun or adjective is no relative pronoun ("Nahe der Grenze")."""
    words, lex = frame.words[start : start + 3], frame.lexicon
    return len(words) == 3 and words[0].lower() in lex.prepositions and words[1].lower() in lex.relative_pronouns \
        and not words[2][:1].isupper() and (words[2].lower() in lex.determiners or not attributive(lex, words[2]))


def _list_start(frame: Frame, start: int) -> int:
    """Where a list of noun phrases ending in the conjunct at ``start`` ("und zwei Listen") begins: back
    over commas while the conjuncts before are noun phrases ("Vater, Mutter und …").  Only a list that a
    word coordinator closes: "Den Vorwurf, Russland bombardiere Zivilisten, …" is a noun and its clause."""
    if not _closed_list(frame, start):
        return start
    k = start
    while k >= 2 and frame.words[k - 1] == ",":
        before, _ = clause_span(frame.words, k - 2, _BREAKS)
        if not all(_noun_phrase_word(frame, w) for w in frame.words[before : k - 1]):
            break
        k = before
    return k


def _closed_list(frame: Frame, start: int) -> bool:
    """The noun phrase words from ``start`` on hold a word coordinator ("Grüne und zwei Listen")."""
    lex = frame.lexicon
    for word in frame.words[start:]:
        if word.lower() in lex.coordinators and word != ",":
            return True
        if not _noun_phrase_word(frame, word):
            return False
    return False


def _finite(frame: Frame, k: int, end: int) -> bool:
    """Word ``k`` may be the clause's finite verb: an auxiliary or modal, or the trigger with words after
    it in the clause (a participle or infinitive closes a main clause); never after "zu"."""
    lex = frame.lexicon
    if k > 0 and frame.words[k - 1].lower() in lex.infinitive_markers:
        return False
    if frame.words[k].lower() in lex.finite_auxiliaries:
        return True
    return k == frame.index and (frame.kind == "particle" or k + 1 < end and frame.words[k + 1] != "(")


def _prefield_kind(frame: Frame, start: int, finite: int, slots: list[Slot]) -> str | None:
    """What stands before the finite verb: "adverbial" (a preposition's phrase, a time expression, an
    oblique object, nothing after a subordinate clause), "subject" (a noun phrase of two words or more
    that names no actor), "pronoun" (a subject pronoun naming no known actor: "Er", or "Es" before an
    oblique object), or None (an actor, anything else)."""
    lex, words = frame.lexicon, frame.words
    if finite == start:
        return "adverbial" if _after_subordinate(frame, start) else None
    head = words[start].lower()
    if head in lex.prepositions or oblique_phrase(frame, start) or _in_timex(frame, start, finite):
        return "adverbial"
    if frame.trigger.type in SPEECH_ACTS and _owned_act(frame, start, finite, slots):
        return "adverbial"  # "Putins Forderung nach einer Entschuldigung wies Erdogan zurück": the object
    if any(start <= s.index < finite for s in slots):
        return None
    if finite - start == 1 and head in lex.subject_pronouns and (head != "es" or oblique_phrase(frame, finite + 1)):
        return "pronoun"
    if finite - start >= 2 and words[finite - 1][:1].isupper() and all(
            _noun_phrase_word(frame, w) for w in words[start:finite]):
        return "subject"
    return None


def _anonymous_prefield(frame: Frame, start: int, finite: int) -> bool:
    """The prefield [start, finite) is a noun phrase headed by an ``anonymous_speakers`` noun ("Kritiker in
    Deutschland", "Viele Beobachter"): after determiners and adjectives, its first noun is such a word, with no
    actor as its genitive ("Experten der UNO" speak for the UN), and no oblique article opens the phrase."""
    lex, words = frame.lexicon, frame.words
    if oblique_phrase(frame, start):
        return False  # "Den Kritikern warf Erdogan vor": the object, the subject follows the verb
    head = start
    while head < finite and (words[head].lower() in lex.determiners or attributive(lex, words[head])):
        head += 1
    if head >= finite or words[head].lower() not in lex.anonymous_speakers:
        return False
    owner = head + 2 if head + 1 < finite and words[head + 1].lower() in lex.genitive_determiners else head + 1
    return not (owner < finite and in_mention(frame, owner))  # "Experten der UNO", "Kritiker Putins": a side


def _owned_act(frame: Frame, start: int, finite: int, slots: list[Slot]) -> bool:
    """The prefield [start, finite) is one noun phrase headed by an act noun (an event trigger's noun or an
    ``act_nouns`` / intention noun: "Forderung", "Vorwurf", "Vorschlag") whose actors are its owners: a
    genitive after it ("Die Forderung Moskaus nach …") or a possessive right before it ("Putins
    Forderung").  A speech act cannot be the subject of a speech verb, so the phrase is its object."""
    lex, words = frame.lexicon, frame.words
    owners = [s for s in slots if start <= s.index < finite]
    head = start
    while head < finite and (words[head].lower() in lex.determiners or attributive(lex, words[head])):
        head += 1
    if owners and owners[0].index == head and owners[0].mention.text.endswith("s"):
        head += len(owners[0].mention.text.split())  # "Putins Forderung": the possessive before the noun
        owners = owners[1:]
    return head < finite and act_noun(lex, words[head]) \
        and any(start <= s.index < finite for s in slots) and all(s.index > head for s in owners)


def _nominative_prefield(frame: Frame, start: int) -> bool:
    """The prefield noun phrase at ``start`` is surely nominative: a masculine article ("Der Minister",
    ``nominative_determiners``) not before a feminine noun ("Der Regierung" is dative).  Then an actor after
    the finite verb is an object ("Der Minister rief die USA erneut auf")."""
    return frame.words[start].lower() in frame.lexicon.nominative_determiners and not oblique_phrase(frame, start)


def _noun_phrase_word(frame: Frame, word: str) -> bool:
    """A word that may stand in a noun phrase: a noun, determiner, adjective, number or coordinator."""
    lex, lower = frame.lexicon, word.lower()
    return word[:1].isupper() or word[:1].isdigit() or lower in lex.determiners or lower in lex.coordinators \
        or lower in lex.span_words or attributive(lex, word)


def _plural_against_one(frame: Frame, finite: int, slots: list[Slot], source: list[Mention]) -> bool:
    """A plural finite verb ("haben", "machten") cannot agree with one person or one bare state name after
    it ("… Geschwister haben Syrien verlassen"): that actor is the object, the prefield the subject."""
    if not frame.words[finite].lower().endswith(frame.lexicon.plural_verb_endings) or len(source) != 1 or source[0].kind not in ("PER", "STATE"):
        return False
    k = next(s.index for s in slots if s.mention is source[0])
    return source[0].kind == "PER" or frame.words[k - 1].lower() not in frame.lexicon.determiners


def _after_subordinate(frame: Frame, start: int) -> bool:
    """The clause at ``start`` follows a subordinate clause ("Noch während Jaalon redete, …")."""
    if start < 2 or frame.words[start - 1] != ",":
        return False
    before, _ = clause_span(frame.words, start - 2, _BREAKS)
    if before > 0 and frame.words[before - 1] not in ("–", "—"):
        return False  # only a subordinate clause that opens the sentence (after a dateline) is the prefield
    return any(w.lower() in frame.lexicon.subordinators for w in frame.words[before : before + 2])


def _subject_after(frame: Frame, slots: list[Slot], finite: int, end: int) -> Slot | None:
    """The first free actor after the finite verb that may be nominative: no object pronoun ("ihm") and
    no oblique article before it ("dem Präsidenten")."""
    lex = frame.lexicon
    for slot in slots:
        if not finite < slot.index < end or slot.prep is not None:
            continue
        word = frame.words[slot.index].lower()
        if word not in lex.object_pronouns and not oblique_phrase(frame, slot.index - 1):
            return slot
    return None


def oblique_phrase(frame: Frame, j: int) -> bool:
    """Word ``j`` opens a noun phrase that cannot be the subject: an oblique article or pronoun ("den",
    "dem", "ihm"), or a feminine one ("der", "einer") before a feminine noun after its adjectives ("Der
    Unterrichtsministerin", "der neuen Regierung"): dative or genitive."""
    lex, words = frame.lexicon, frame.words
    if not 0 <= j < len(words):
        return False
    if words[j].lower() in lex.oblique_determiners:
        return True
    if words[j].lower() not in lex.feminine_determiners:
        return False
    k = j + 1
    while k < len(words) and attributive(lex, words[k]):
        k += 1
    return k < len(words) and words[k][:1].isupper() and words[k].lower().endswith(lex.feminine_suffixes)


def _in_timex(frame: Frame, start: int, finite: int) -> bool:
    """A time expression opens the prefield at word ``start`` ("Vergangene Woche hat …"); one that covers only a
    prefix of the word ("Ex-" of "Ex-Sozialminister Iain Duncan Smith ruft …") leaves a noun phrase there."""
    token = frame.sentence.tokens[start]
    return any(t.start <= token.start < t.end and t.end >= token.end for t in frame.article.timexes)


def meeting_subject(frame: Frame, mention: Mention) -> bool:
    """``mention`` may be the unstated partner who holds a meeting noun's talks ("Nach einem Treffen mit Putin
    kündigte Hollande an"): a person, state or description, a subject pronoun (not "der ihn empfing"), or a
    political organisation ("Podemos hat Verhandlungen mit der PSOE aufgenommen")."""
    if mention.kind == "ORG":
        return mention.sector in POLITICAL_SECTORS
    return mention.kind in ("PER", "DESC", "STATE", "PRON") and mention.text.lower() not in frame.lexicon.object_pronouns
