"""Background patterns: acts told as a habit, a standing position or a state of affairs, not as a happening
at a time one can place ("Kritiker werfen Erdogan immer wieder vor …", "Die USA und die Opposition fordern
Assads Rücktritt", "Die Sanktionen bleiben in Kraft").  The codebook's events happened at a placeable time;
gold sets code such patterns as optional, so they are kept, but never in the confident band.

Part of the ``events`` stage (called by :func:`chronik.stages.event_build.frame_event`).  Requires a
:class:`~chronik.stages.event_frame.Frame` whose lexicon carries :func:`pattern_cues` (``background_patterns``
of ``events.yaml``).  Guarantees, with no German word in the code:

* :func:`habitual`: the trigger's clause holds a ``habitual`` phrase ("immer wieder", "regelmäßig", "seit
  langem") that is no attribute inside a noun phrase ("die seit Jahren geltenden Sanktionen": after a
  determiner) nor a first time ("erstmals seit Jahren", after a ``first_time`` word) nor a verb closing the clause
  (``verb_forms``: "hat seine Forderung wiederholt"), and no day-precise time expression of its own ("forderte
  am Montag wiederholt" is one act).
* :func:`standing_state`: a noun or light-verb trigger in a clause whose verb tells a state (``state_verbs``:
  "Die Sanktionen bleiben in Kraft", "Eigentlich gilt seit Ende Februar eine Feuerpause"), not the making of
  the act nor its taking effect at a placeable time ("Seit Mitternacht gilt der Flüchtlingspakt": a day of
  the clause or a ``time_points`` word), nor a judgement of it (an ``evaluations`` word after a one-word
  state verb and no "seit": "Das Treffen galt als Zeichen der Entspannung"); a noun a preposition governs is no subject
  of the state verb ("Nach dem Treffen … herrscht Optimismus").
* :func:`standing_position`: a present stance verb (``present_stances``: "fordern", "wirft … vor") placed
  only by a "seit" phrase of its clause, with no perfect, in a sentence with no quote or verb of saying: how a
  party has stood since then ("Die Türkei fordert seit 2012 eine Flugverbotszone"), not what it said that
  day; so does one undated in a relative or "wie" clause ("Eine Entschuldigung, wie Moskau sie verlangt, …").  A bare present is left alone: in the body of a report it tells the day's stance as often as a
  standing one ("Pröll hält Faymann vor, …" against "Die USA und die Opposition fordern Assads Rücktritt").
* :func:`questioned`: the sentence ends with a ``question_marks`` sign (closing quotes apart), or the trigger
  stands in a quoted question ("„Hat die Türkei den Jet abgeschossen?“, fragte Putin"): a question asserts no
  act ("Worauf haben sich Europarat und UNHCR geeinigt?"); :mod:`event_build` makes it hypothetical.
* :func:`since_clause`: the trigger's clause is opened after a comma by a ``since_openers`` word and has no
  time expression: the act is the start of a state, background ("…, seitdem die Huthi-Rebellen Sanaa
  eingenommen haben").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_dating import coarser_than_day
from chronik.stages.event_slots import CLAUSE_BREAKS, attributive, before_modifiers, clause_span, in_mention

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: Marks after which a headline's question is about something other than the act before them.
_QUESTION_BREAKS = frozenset({":", "–", "—"})
#: The most a background pattern may score: below the confident band (0.8), which holds acts that happened.
PATTERN_CAP = 0.7
_KEYS = ("first_time", "present_stances", "time_points", "reference_openers", "verb_forms", "evaluations",
         "question_marks", "since_openers", "copulas", "occasion_nouns", "participle_endings")
_PHRASES = ("habitual", "state_verbs", "counter_stances")


def pattern_cues(data: dict) -> dict[str, frozenset]:
    """The ``background_patterns`` cues of the ``events.yaml`` data, lower-cased; ``habitual`` and
    ``state_verbs`` as tuples of words (phrases).  Missing keys are empty."""
    cues = data.get("background_patterns") or {}
    lists = {key: frozenset(w.lower() for w in cues.get(key) or []) for key in _KEYS}
    phrases = {key: frozenset(tuple(p.lower().split()) for p in cues.get(key) or []) for key in _PHRASES}
    return lists | phrases


def background_pattern(frame: Frame) -> bool:
    """The frame's act is a habit, a state or a standing position (module docstring).  An act going on "seit" a
    month is left alone: its start is placeable, and gold codes it ("Frankreich fliegt seit Ende September
    Luftangriffe auf Stellungen der IS-Miliz")."""
    return habitual(frame) or standing_state(frame) or standing_position(frame) or questioned(frame) \
        or since_clause(frame)


def questioned(frame: Frame) -> bool:
    """The trigger's sentence ends with a ``question_marks`` sign, closing quotes apart, and no colon or dash
    stands between the trigger and it: the writer asks about the act and asserts none ("Worauf haben sich
    Europarat und UNHCR geeinigt?", an interviewer's question; "Trifft Putin Erdogan?"), not about what follows
    it ("Putin trifft Erdogan in Sotschi: Neustart der Beziehungen?")."""
    lex = frame.lexicon
    last = next((w for w in reversed(frame.words) if w not in lex.quote_closers), "")
    if last not in lex.pattern_cues["question_marks"]:
        return _quoted_question(frame)
    return not any(w in _QUESTION_BREAKS for w in frame.words[frame.end :])


def _quoted_question(frame: Frame) -> bool:
    """The first quotation mark after the trigger closes a quote right after a ``question_marks`` sign, with no
    colon, dash or sentence end between: the trigger stands in a quoted question ("„Hat die Türkei den Jet
    abgeschossen?“, fragte Putin"), which asserts no act either."""
    lex, words = frame.lexicon, frame.words
    for j in range(frame.end, len(words) - 1):
        if words[j] in _QUESTION_BREAKS or words[j] in lex.quote_closers or words[j] in (".", "!"):
            return False
        if words[j] in lex.pattern_cues["question_marks"]:
            return words[j + 1] in lex.quote_closers
    return False


def since_clause(frame: Frame) -> bool:
    """The trigger's clause is a subordinate clause that a ``since_openers`` word opens after a comma ("Aden
    dient als Sitz der Regierung, seitdem die Huthi-Rebellen Sanaa eingenommen haben"): the act is the start
    of the state its main clause tells, background, unless a time expression of its own clause places it
    ("…, seitdem Russland Ende September eingegriffen hat")."""
    words = [w.lower() for w in frame.words]
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    if start < 1 or words[start - 1] != "," or words[start] not in frame.lexicon.pattern_cues["since_openers"]:
        return False
    return not _clause_times(frame, start, end)


def habitual(frame: Frame) -> bool:
    """A ``habitual`` phrase in the trigger's clause that is the clause's (:func:`_clause_adverb`), and no
    day-precise time expression in the clause (module docstring)."""
    cues = frame.lexicon.pattern_cues
    words = [w.lower() for w in frame.words]
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    last = max((j for j in range(start, end) if words[j].isalpha()), default=-1)
    for phrase in cues.get("habitual", ()):
        for k in range(start, end - len(phrase) + 1):
            if k == last and phrase[0] in cues["verb_forms"]:
                continue  # "hat seine Forderung wiederholt": the participle of a verb, a reiteration
            if tuple(words[k : k + len(phrase)]) == phrase and _clause_adverb(frame, k, start, k + len(phrase)):
                return not any(not coarser_than_day(t) for t in _clause_times(frame, start, end))
    return False


def standing_state(frame: Frame) -> bool:
    """A noun or light-verb trigger whose clause holds every word of a ``state_verbs`` phrase ("bleiben … in
    Kraft", "gilt") and no day-precise time expression: the act is told as a state that holds ("Eigentlich gilt
    seit Ende Februar eine Feuerpause"), not as taking effect at a time ("Seit Mitternacht gilt der Pakt")."""
    words, lex = frame.words, frame.lexicon
    if frame.kind not in ("noun", "light"):
        return False
    j = before_modifiers(words, frame.index, lex)
    if j >= 0 and words[j].lower() in lex.prepositions:
        return False  # "Nach dem Treffen … herrscht Optimismus": the noun is no subject of the state verb
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    lowered = [w.lower() for w in words[start:end]]
    cues = lex.pattern_cues
    judged_only = not set(lowered) & lex.since_preps  # "gilt seit Ende Februar als brüchig": in force since
    if not any(_state_phrase(lowered, phrase, cues, judged_only) for phrase in cues.get("state_verbs", ())) \
            or set(lowered) & cues["time_points"]:
        return False  # "Seit Mitternacht gilt …": a time point the time expressions may miss
    return all(coarser_than_day(t) for t in _clause_times(frame, start, end))


def _state_phrase(clause: list[str], phrase: tuple[str, ...], cues: dict, judged_only: bool) -> bool:
    """Every word of the ``state_verbs`` ``phrase`` stands in the lower-cased ``clause`` and, with
    ``judged_only`` (no "seit" phrase tells how long the state holds), a one-word state verb has no
    ``evaluations`` word after it ("Das Treffen galt als Zeichen der Entspannung": a judgement of the act,
    not a state in force)."""
    if not set(phrase) <= set(clause):
        return False
    if len(phrase) > 1 or not judged_only:
        return True
    first = clause.index(phrase[0])
    return not set(clause[first + 1 :]) & cues.get("evaluations", frozenset())


def standing_position(frame: Frame) -> bool:
    """A ``present_stances`` verb trigger whose clause places it only by "seit" ("Die Türkei fordert seit 2012
    eine Flugverbotszone", "Putin verlangt seit dem Abschuss eine Entschuldigung"), or that stands undated in a
    relative or ``reference_openers`` clause ("…, wie Moskau sie verlangt, …": a stance the reader knows), with
    no perfect or background word, in a sentence with no quote mark, first-person word nor reporting verb
    (module docstring)."""
    lex, words = frame.lexicon, [w.lower() for w in frame.words]
    if frame.kind == "noun" or words[frame.index] not in lex.pattern_cues.get("present_stances", ()):
        return False
    if any(w in lex.reporting_verbs or w in lex.quote_closers or w in lex.quote_pronouns for w in words):
        return False  # "„Wir fordern seit Jahren …“, sagte Kerry am Montag": said that day
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    if any(w in lex.news_of_the_day or w in lex.background_tense for w in words[start:end]):
        return False
    times = _clause_times(frame, start, end)
    if _aside_opener(words, start, lex):
        return not times  # "Eine Entschuldigung, wie Moskau sie verlangt, lehnte Ankara ab": the known demand
    since = [k for k in range(start, end) if words[k] in lex.since_preps and _clause_adverb(frame, k, start)]
    return bool(since) and all(frame.word_index(t.start) - 1 in since for t in times)


def known_stance(frame: Frame) -> bool:
    """A standing position (:func:`standing_position`) told in an aside on a noun of the main clause whose
    relative or ``reference_openers`` word is the stance's object, its subject an actor right after it, its verb
    last ("Eine Entschuldigung, wie Moskau sie verlangt, lehnte Ankara ab", "Die Flugverbotszone, die Ankara
    fordert, lehnt Moskau ab"): the reader knows the stance, the sentence reports the other act; no event."""
    if not standing_position(frame):
        return False
    words = [w.lower() for w in frame.words]
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    if not _aside_opener(words, start, frame.lexicon) or start + 1 >= frame.index:
        return False
    closing = all(w in frame.lexicon.finite_auxiliaries for w in words[frame.index + 1 : end])
    return closing and in_mention(frame, start + 1)  # verb-final: "…, die Hamas bestreitet das" is a main clause


def _aside_opener(words: list[str], start: int, lex) -> bool:
    """The clause at ``start`` follows a comma and opens with a relative pronoun or ``reference_openers`` word."""
    return start > 0 and words[start - 1] == "," and (words[start] in lex.pattern_cues["reference_openers"]
                                                      or words[start] in lex.relative_pronouns)


def clause_adverb(frame: Frame, k: int, start: int) -> bool:
    """The phrase at word ``k`` of a clause beginning at ``start`` qualifies the clause's act (:func:`_clause_adverb`)."""
    return _clause_adverb(frame, k, start)


def _clause_adverb(frame: Frame, k: int, start: int, after: int | None = None) -> bool:
    """The phrase at word ``k`` (its clause begins at ``start``; ``after``: the word after the phrase) qualifies
    the clause's act: it follows no determiner ("die seit Jahren geltenden Sanktionen": an attribute) but a
    relative pronoun (:func:`_relative_pronoun`), no ``first_time`` word within two words ("erstmals seit Jahren",
    "zum ersten Mal seit 2011": a new act), and a "seit" phrase no act noun ("die schwersten Kämpfe seit
    Monaten": the noun's record; "lehnt eine Entschuldigung nach wie vor ab" is the clause's)."""
    lex = frame.lexicon
    before = frame.words[max(start, k - 2) : k]
    if not before:
        return True
    record = before[-1] in lex.nouns and frame.words[k].lower() in lex.since_preps
    determiner = before[-1].lower() in lex.determiners and not _relative_pronoun(frame, k - 1, start, after)
    return not determiner and not record and not any(w.lower() in lex.pattern_cues["first_time"] for w in before)


def _relative_pronoun(frame: Frame, j: int, start: int, after: int | None) -> bool:
    """Word ``j``, a determiner's form, opens a clause after a clause break and the word ``after`` the phrase
    following it is no attributive participle (``participle_endings``): a relative pronoun ("Russland, das immer
    wieder Luftangriffe fliegt", "die immer wieder kurdische Stellungen beschießt"), not the article of a noun
    phrase ("…, die seit Jahren geltenden Sanktionen")."""
    words = frame.words
    if j != start or start == 0 or words[start - 1] not in CLAUSE_BREAKS or after is None or after >= len(words):
        return False
    endings = tuple(frame.lexicon.pattern_cues.get("participle_endings", ()))
    return not (attributive(frame.lexicon, words[after]) and words[after].lower().endswith(endings))


def _clause_times(frame: Frame, start: int, end: int) -> list:
    """The time expressions of the article that begin within words [start, end) of the frame's sentence."""
    tokens = frame.sentence.tokens
    low, high = tokens[start].start, tokens[min(end, len(tokens)) - 1].end
    return [t for t in frame.article.timexes if low <= t.start < high]
