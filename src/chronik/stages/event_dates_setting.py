"""The date of an act set at a meeting the article has reported: "Putin und Erdogan trafen sich am Donnerstag in
Moskau. … Zu Beginn des Treffens hatte Putin sein Beileid … ausgesprochen".

Part of the ``events`` stage (called by :func:`chronik.stages.event_dating.event_date` for a frame with no time
of its own).  Requires the frame's lexicon (its nouns and ``anaphoric_determiners``) and the article's events
found so far in ``frame.earlier``.  Guarantees, with no German word in the code: :func:`meeting_setting_date` is
the text date of the latest earlier meeting (CONSULT) event of the article when the trigger's sentence names,
before the trigger, a meeting noun right after an anaphoric determiner ("des Treffens", "dem Gipfel") that no
``cause_preps`` word other than a ``sequence_preps`` one governs ("vor dem Treffen", "seit dem Treffen"): the act
took place at that meeting, whose day the report gave; a pluperfect ("hatte … ausgesprochen") tells only that it
came before the sentences around it.  None otherwise, or when that meeting was dated by no time expression.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import DateClaim

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: The type of the meeting that sets the scene.
_MEETING = "CONSULT"


def meeting_setting_date(frame: Frame) -> DateClaim | None:
    """The date of the meeting named as the setting of the frame's act (module docstring), or None."""
    words, lex = frame.words, frame.lexicon
    apart = lex.cause_preps - lex.sequence_preps  # "vor dem Treffen", "seit dem Treffen": not at the meeting
    named = any(0 < k and words[k - 1].lower() in lex.anaphoric_determiners
                and (k < 2 or words[k - 2].lower() not in apart)
                and (trigger := lex.nouns.get(words[k])) is not None and trigger.type == _MEETING
                for k in range(frame.index))
    if not named or frame.trigger.type == _MEETING:
        return None
    meetings = [e for e in frame.earlier if e.type == _MEETING and e.sentence < frame.sentence.index
                and e.date is not None and e.date.evidence.startswith("text")]
    if not meetings:
        return None
    date = meetings[-1].date
    return replace(date, evidence=f"{date.evidence} (the meeting named as the setting)", confidence=date.confidence * 0.8)
