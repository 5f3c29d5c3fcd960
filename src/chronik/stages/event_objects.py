"""Where the objects of a trigger end: conjuncts that open a clause of their own, and main clauses after a dash.

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`): "Obama warnte Russland und China
reagierte empört" (China is no target), "besuchen die Grenze – Auch Serbien droht …" (Serbia is no object of
the visit).  The code knows no German words: particles, prepositions, determiners and coordinators come from
the language's yaml through :class:`EventLexicon`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_meetings import topic_attached
from chronik.stages.event_slots import (
    CLAUSE_BREAKS,
    SPEECH_ACTS,
    act_noun,
    attributive,
    clause_span,
    in_mention,
    in_timex,
    title_start,
)
from chronik.stages.event_talks import protest_setting

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_slots import Slot

#: Marks that end a main clause and open another ("besuchen die Grenze – Auch Serbien droht …").
_MAIN_CLAUSE_ENDS = frozenset({";", "–", "—"})


def object_conjuncts(frame: Frame, joined: list[Slot]) -> list[Slot]:
    """The conjuncts joined to a non-symmetric trigger's target up to the first one a lower-case word
    follows that is no separable particle, preposition or determiner and does not close the clause: that
    word opens a clause of its own ("Obama warnte Russland und China reagierte empört": China is no target;
    "kritisierte Russland und den Iran scharf." keeps Iran).  Symmetric triggers keep all ("empfing
    Cameron und Merkel")."""
    if frame.trigger.symmetric:
        return joined
    lex, words = frame.lexicon, frame.words
    stops = lex.particle_cues.get("separable_particles", frozenset()) | lex.prepositions | lex.determiners | lex.coordinators
    kept = []
    for slot in joined:
        after = slot.index + len(slot.mention.text.split())
        word = words[after] if after < len(words) else "."
        closing = after + 1 >= len(words) or not words[after + 1][:1].isalnum()  # an adverb that ends the clause
        if word[:1].islower() and word.lower() not in stops and not closing:
            break
        kept.append(slot)
    return kept


def within_main_clause(frame: Frame, slots: list[Slot]) -> list[Slot]:
    """The slots before the first semicolon, or dash that no second dash closes, after the trigger: an
    actor of the next main clause is no object of the trigger (a pair of dashes encloses an insertion:
    "die Staatsspitzen der vier Visegrád-Staaten – Tschechien, Polen, Slowakei und Ungarn – sowie …").  A verb
    of a subordinate clause takes no object after that clause ("Nachdem die russische Luftwaffe Aleppo
    bombardiert hatte, verurteilte Kerry …": Kerry was not bombed)."""
    words = frame.words
    ends = [k for k in range(frame.end, len(words)) if words[k] in _MAIN_CLAUSE_ENDS]
    end = next((k for k in ends if words[k] == ";" or not any(words[j] in _MAIN_CLAUSE_ENDS - {";"} for j in range(k + 1, len(words)))),
               len(words))
    if frame.kind in ("verb", "particle"):
        start, close = clause_span(words, frame.index, CLAUSE_BREAKS)
        if words[start].lower() in frame.lexicon.subordinators:
            end = min(end, close)
    return [s for s in slots if s.index < end]


def first_object(frame: Frame, candidates: list[Slot], sources: list[Slot]) -> list[Slot]:
    """The first of ``candidates`` (free slots after the source, in text order) as a one-slot list; when it
    names a source's KB actor again, a predicative phrase of the subject ("Obama wird als erster
    US-Präsident Kuba besuchen"), the next candidate of the trigger's own clause instead, where there is
    one (an actor past a clause break belongs to another clause; the source named again then stays, and
    the frame drops it as a target later).  A speech act's candidates leave out the victims of a condemned
    act (:func:`victim_genitives`) and those of an insertion after the source (:func:`_inserted`).  A protest
    noun in a setting phrase ("Bei einer Kundgebung der AKP griff Erdogan die Opposition an") has no object in
    the clause around it (event_talks.protest_setting)."""
    if frame.kind == "noun" and protest_setting(frame.words, frame.index, frame.lexicon):
        return []
    candidates = [s for s in victim_genitives(frame, candidates) if not _inserted(frame, s, sources)]
    if not candidates or _other_party(candidates[0], sources):
        return candidates[:1]
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    rest = [s for s in candidates[1:] if start <= s.index < end and _other_party(s, sources)]
    return rest[:1] or candidates[:1]


def _inserted(frame: Frame, slot: Slot, sources: list[Slot]) -> bool:
    """``slot`` lies in a phrase set off by commas between the source and a verb trigger ("Kammenos, zugleich
    Chef der Partei der Unabhängigen Griechen, warf der Türkei vor"): an apposition of the source, no object."""
    if frame.kind not in ("verb", "particle") or not sources or not slot.index < frame.index:
        return False
    after = sources[-1].index + len(sources[-1].mention.text.split())
    return after < slot.index and frame.words[after] == "," and "," in frame.words[slot.index : frame.index]


def _other_party(slot: Slot, sources: list[Slot]) -> bool:
    """True unless ``slot`` names the same KB actor as one of ``sources`` (mentions without an actor id are
    always other parties)."""
    return slot.mention.actor_id is None or all(s.mention.actor_id != slot.mention.actor_id for s in sources)


def noun_attached(frame: Frame, targets: list[Slot], free: list[Slot]) -> list[Slot]:
    """``targets`` (actors after a target preposition of the trigger) without those inside a meeting's topic
    (:func:`event_meetings.topic_attached`), and without those whose preposition follows a
    noun other than the trigger when a free actor, the verb's own object, stands between the verb and them:
    "Lawrow warf Washington Doppelmoral im Kampf gegen den IS vor" accuses Washington, the IS belongs to
    "Kampf".  Only for verb and particle triggers of speech acts (``SPEECH_ACTS``), a head noun that is no time
    expression ("sprach Putin am Abend mit Erdogan"); others unchanged."""
    if frame.kind in ("verb", "particle") and frame.trigger.type == "CONSULT":
        return [s for s in targets if not topic_attached(frame, s)]  # "berät über den Deal mit der Türkei"
    if frame.kind == "light" and frame.trigger.target_prep_required and frame.trigger.type in SPEECH_ACTS:
        return [s for s in targets if not _after_noun(frame, s)]  # "für eine Lösung für Israelis und Palästinenser"
    if frame.kind not in ("verb", "particle") or frame.trigger.type not in SPEECH_ACTS:
        return targets
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    kept = []
    for slot in targets:
        prep = next((k for k in range(slot.index - 1, frame.index, -1) if frame.words[k].lower() == slot.prep), None)
        head = frame.words[prep - 1] if prep is not None and prep - 1 > frame.index else ""
        objects = [s for s in free if frame.index < s.index < (prep or 0) and start <= s.index < end]
        if head[:1].isupper() and head.isalpha() and objects and not any(s.index == prep - 1 for s in free) \
                and not in_timex(frame, prep - 1):
            continue
        kept.append(slot)
    return kept


def _after_noun(frame: Frame, slot: Slot) -> bool:
    """``slot`` is no direct object of its preposition: a noun stands between them ("sich für die Freilassung der
    Journalisten einsetzen"), or the preposition follows a capitalised word that is no mention and that the same
    preposition governs, opening an attribute of that noun ("sich für eine Zwei-Staaten-Lösung für Israelis
    einsetzen")."""
    words = frame.words
    prep = next((k for k in range(slot.index - 1, -1, -1) if words[k].lower() == slot.prep), None)
    if prep is None:
        return False
    if any(w[:1].isupper() for w in words[prep + 1 : title_start(frame, slot.mention, slot.index)]):
        return True
    return prep > 0 and words[prep - 1][:1].isupper() and not in_mention(frame, prep - 1) \
        and any(w.lower() == slot.prep for w in words[max(0, prep - 5) : prep - 1])


def victim_genitives(frame: Frame, targets: list[Slot]) -> list[Slot]:
    """``targets`` of a speech act without the genitive of another event noun whose genitive is its object
    (``genitive_is_object``): "verurteilte die Festnahme der Journalisten" condemns whoever arrested them,
    not the journalists; "kritisierte den Abschuss des russischen Jets" not Russia.  Others unchanged."""
    if frame.trigger.type not in SPEECH_ACTS:
        return targets
    lex, words = frame.lexicon, frame.words
    kept = []
    for slot in targets:
        j = slot.index - 1
        while j > frame.index and (words[j].lower() in lex.determiners or words[j][:1].islower()
                                   and words[j].lower().endswith(lex.adjective_endings)):
            j -= 1
        noun = lex.nouns.get(words[j]) if j > frame.index and j < slot.index - 1 else None
        if noun is not None and noun.genitive_is_object and words[j + 1].lower() in lex.genitive_determiners:
            continue
        kept.append(slot)
    return kept


#: Marks after which a headline goes on with a statement of its own ("Nach Blitzbesuch in Syrien: Putin in Kairo").
_HEADLINE_BREAKS = frozenset({":", "–", "—"})


def own_phrase_targets(frame: Frame, targets: list[Slot]) -> list[Slot]:
    """A noun trigger's ``targets`` without those after the end of its phrase (:func:`_noun_phrase_end`) or
    the first colon or dash that follows it, when its own phrase names one before ("Nach Blitzbesuch in
    Syrien: Putin in Kairo und Ankara" visits Syria, not Egypt and Turkey; "Bei einem Besuch in Baku kritisierte
    Kerry die Luftangriffe in Syrien" visits Azerbaijan only), and without those in a clause before its own when
    its own clause names one ("In der Türkei warten Millionen, sagte Mogherini bei einem Besuch in Wien" visits
    Austria); a verb trigger's ``targets`` without the parties of an earlier act (:func:`earlier_act_party`;
    the clause's object then stands in: "Putin traf nach dem Telefonat mit Obama Rohani").  Others unchanged."""
    mark = statement_mark(frame)
    if frame.kind != "noun":
        earlier = [s for s in targets if earlier_act_party(frame, s.index)]
        targets = [s for s in targets if s not in earlier]  # "Nach dem Treffen mit Assad telefonierte …"
    if frame.kind == "noun":
        start = clause_span(frame.words, frame.index, CLAUSE_BREAKS)[0]
        targets = [s for s in targets if s.index >= start] or targets
        end = noun_phrase_end(frame)
        mark = end if mark is None else min(mark, end)
    if mark is None or not any(s.index < mark for s in targets):
        return targets
    return [s for s in targets if s.index < mark]


def noun_phrase_end(frame: Frame) -> int:
    """The first word after the trigger (a noun) that its phrase cannot hold: clause punctuation, or a lower-case
    word that is no determiner, preposition or coordinator, nor an attributive adjective after one of them
    (a verb: "Besuch in Baku kritisierte"); the sentence's length when there is none."""
    lex, words = frame.lexicon, frame.words
    function_words = lex.determiners | lex.prepositions | lex.coordinators
    for k in range(frame.end, len(words)):
        word, lower = words[k], words[k].lower()
        adjective = attributive(lex, word) and words[k - 1].lower() in function_words
        if word in CLAUSE_BREAKS or (word[:1].islower() and lower not in function_words and not adjective):
            return k
    return len(words)


def statement_mark(frame: Frame) -> int | None:
    """The index of the first colon or dash after a noun trigger of a headline (the text's first sentence), where
    its statement begins; None for other triggers, other sentences, no such mark, or a dash that opens an
    insertion closed by another ("Das Treffen – das dritte binnen einer Woche – fand in Genf statt")."""
    if frame.kind != "noun" or frame.sentence.index != 0:
        return None
    words = frame.words
    mark = next((k for k in range(frame.index + 1, len(words)) if words[k] in _HEADLINE_BREAKS), None)
    if mark is not None and words[mark] != ":" and any(w in _HEADLINE_BREAKS for w in words[mark + 1 :]):
        return None
    return mark


def earlier_act_party(frame: Frame, k: int) -> bool:
    """Word ``k`` lies in the phrase of an act noun that a ``cause_preps`` word opens on the same side of the frame's
    verb trigger ("Nach dem Treffen mit Assad telefonierte Putin mit Erdogan", "Merkel telefonierte nach dem
    Treffen mit Hollande mit Putin"): a party of that earlier act, not of the trigger's.  Between the noun and ``k`` stand only
    function words and attributive adjectives; before the noun only determiners and adjectives after the
    preposition."""
    lex, words = frame.lexicon, frame.words
    if frame.kind == "noun" or k == frame.index:
        return False
    function_words = lex.determiners | lex.prepositions | lex.coordinators
    j = k - 1
    while j >= 0 and (words[j].lower() in function_words or attributive(lex, words[j])) and not act_noun(lex, words[j]):
        j -= 1
    if j < 0 or j == k - 1 or not act_noun(lex, words[j]):
        return False
    i = j - 1
    while i >= 0 and (words[i].lower() in lex.determiners or attributive(lex, words[i])):
        i -= 1
    return i > (frame.index if k > frame.index else -1) and words[i].lower() in lex.cause_preps
