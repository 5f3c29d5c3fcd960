"""Acts named only as the topic of talks: "sprach mit Erdogan über die Entscheidung Trumps, Jerusalem … anzuerkennen".

Part of the ``events`` stage (called by :func:`chronik.stages.event_build.frame_event`).  Requires a
:class:`~chronik.stages.event_frame.Frame` whose lexicon carries in ``irrealis_cues`` the lower-cased
``topic_preps`` of ``events.yaml`` (``lexicon.topic_preps``).  Guarantees, with no German word in the code:

* :func:`talk_topic`: True when the frame's act is what a talk of its sentence was about and the act's phrase
  holds no time of its own: a noun trigger governed by a topic preposition ("berieten über die russischen
  Luftangriffe"), or a zu-infinitive whose clause completes an act noun so governed ("über die Entscheidung von
  US-Präsident Trump, Jerusalem … anzuerkennen"), after a CONSULT trigger of the sentence (or before one when the
  topic phrase opens the sentence: "Über die Entscheidung …, sprachen Putin und Erdogan").  Such an act was
  reported before, as background of the talk; neither the talk's date nor its place is its own, and the text
  gives it no other (the codebook's "at a time we can place"): it is a reference, which joins an event reported
  elsewhere and stays for what refers back to it ("Beide kritisierten den Schritt"), but founds none.  With a time of its own
  ("über den Abschuss des Kampfjets am Dienstag") it stays an act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_slots import CLAUSE_BREAKS, act_noun, before_modifiers, clause_span, in_timex

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: The type of a talk whose topic phrase names an act.
_TALK = "CONSULT"


def talk_topic(frame: Frame, infinitive: bool) -> bool:
    """The frame's act is the topic of a talk of its sentence, with no time of its own (module docstring);
    ``infinitive`` tells that its trigger is a zu-infinitive (event_irrealis.infinitive_marker)."""
    prep = _topic_preposition(frame, infinitive)
    if prep is None or not _talk_before(frame, prep):
        return False
    end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)[1]
    return not any(in_timex(frame, j) for j in range(prep + 1, end))


def _topic_preposition(frame: Frame, infinitive: bool) -> int | None:
    """Index of the topic preposition that governs the frame's noun ("über den Abschuss") or the act noun a
    zu-infinitive trigger's clause completes ("über die Entscheidung …, Jerusalem … anzuerkennen"); None else."""
    words, lex = frame.words, frame.lexicon
    preps = lex.topic_preps
    if frame.kind == "noun":
        j = before_modifiers(words, frame.index, lex)
        # a topic preposition may read as an attributive adjective ("über" ends like "anderer")
        return next((p for p in range(frame.index - 1, j - 1, -1) if p >= 0 and words[p].lower() in preps), None)
    start = clause_span(words, frame.index, CLAUSE_BREAKS)[0]
    if not infinitive or start < 2 or words[start - 1] != ",":
        return None
    before = clause_span(words, start - 2, CLAUSE_BREAKS)[0]
    prep = max((j for j in range(before, start - 1) if words[j].lower() in preps), default=None)
    if prep is None:
        return None
    noun = next((j for j in range(prep + 1, start - 1) if words[j][:1].isupper()), None)
    return prep if noun is not None and act_noun(lex, words[noun]) else None


def _talk_before(frame: Frame, prep: int) -> bool:
    """A CONSULT trigger (a verb form or noun of the lexicon) stands before word ``prep`` in the sentence, or after
    the trigger's clause when the topic phrase opens the sentence ("Über die Entscheidung Trumps, …, sprachen Putin
    und Erdogan")."""
    lex = frame.lexicon
    after = clause_span(frame.words, frame.index, CLAUSE_BREAKS)[1] if prep == 0 else len(frame.words)
    for word in frame.words[:prep] + frame.words[after:]:
        trigger = lex.verbs.get(word.lower()) or lex.nouns.get(word)
        if trigger is not None and trigger.type == _TALK:
            return True
    return False
