"""Acts named only by their noun and their place: "Einen Tag nach der Einigung von Minsk …", "nach den
Anschlägen von Paris".  Part of the ``events`` stage (see :mod:`chronik.stages.events`).

Such a noun names no actor, so it codes no act of its own; but it refers to an act the reader knows,
and an analyst lists the article among that act's reports.  :func:`place_reference` turns it into a
reference mention (``EventMention.reference``): no sides, the place, the date the sentence gives it.
The merge (:func:`chronik.merge.merge_into`) lets a reference join the one known event of its type at
that very place whose date agrees, and drops it otherwise: it never founds an event of its own.

The prepositions that attach the place to the noun are ``reference_preps`` of ``events.yaml``, the types
such a reference may name ``reference_types``; a meeting noun after a ``setting_preps`` word ("auf einer
Pressekonferenz in Moskau") is the setting of the sentence's own act, no reference; the code knows no German words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import EventMention
from chronik.stages.event_dating import event_date
from chronik.stages.event_slots import governing_preposition

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: How far the place may stand from its preposition ("von Minsk", "von der Stadt Minsk").
_PLACE_REACH = 3
#: Types whose noun after a ``setting_preps`` word is the setting of the sentence's own act: meetings.
_SETTING_TYPES = frozenset({"CONSULT"})


def place_reference(frame: Frame) -> EventMention | None:
    """The reference mention of a noun trigger of a ``reference_types`` type followed by a ``reference_preps``
    preposition and a resolved place ("der Einigung von Minsk"), or None for any other trigger.  Requires a frame whose own event
    came out empty (the noun names no actor); guarantees a mention with ``reference`` set, no sides and
    confidence 0 (it is never shown on its own)."""
    words, k, lex = frame.words, frame.index + 1, frame.lexicon
    if frame.kind != "noun" or frame.trigger.type not in lex.reference_types or k >= len(words) \
            or words[k].lower() not in lex.reference_preps or _setting(frame):
        return None
    places = frame.article.places
    located = [m for m in frame.mentions if m.place_id in places
               and k < frame.word_index(m.start) <= k + _PLACE_REACH]
    if not located:
        return None
    tokens = frame.sentence.tokens
    return EventMention(
        type=frame.trigger.type, sentence=frame.sentence.index, start=frame.sentence.start, end=frame.sentence.end,
        trigger=frame.article.text[tokens[frame.index].start : tokens[frame.index].end], mode=frame.trigger.mode,
        date=event_date(frame, "asserted"), location=places[located[0].place_id],
        context=list(frame.trigger.context), reference=True)


def _setting(frame: Frame) -> bool:
    """A meeting noun (``_SETTING_TYPES``) governed by a ``setting_preps`` word ("Putin sagte auf einer
    Pressekonferenz in Moskau"): where the sentence's own act took place, no reference to a known meeting."""
    return frame.trigger.type in _SETTING_TYPES \
        and governing_preposition(frame, frame.index) in frame.lexicon.setting_preps
