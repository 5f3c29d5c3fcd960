"""Acts told as a standing relation in the present: "Russland unterstützt Assad seit Beginn des Bürgerkriegs mit
Waffen", "Der Iran liefert weiterhin Waffen an die Huthi-Rebellen".

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`).  A verb in the present tense with a
"seit" phrase that names no time (``since_preps``: "seit Beginn des Krieges", the start of a state, not a date)
or a standing adverb (``standing_adverbs``: "weiterhin") tells how things have stood, not an act the report can
place in time; such an act is background (:data:`chronik.stages.event_patterns.PATTERN_CAP`) and takes no date of
its report.  An act going on "seit" a month or day ("Frankreich fliegt seit Ende September Luftangriffe") has a
time expression and is left alone, as is any clause with a perfect or a preterite ("hat … unterstützt").
The code knows no German words: the cues come from ``events.yaml`` through the lexicon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_context import undated_present
from chronik.stages.event_patterns import clause_adverb
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame


def standing_act(frame: Frame) -> bool:
    """The frame's verb trigger is a present form (no preterite ending) in a clause with no time expression,
    perfect or background word (:func:`~chronik.stages.event_context.undated_present`) that holds a "seit"
    word or a standing adverb qualifying the clause's act (module docstring; not "zum ersten Mal seit dem Beginn
    der Krise", a new act, nor "die seit Jahren geltenden Sanktionen", an attribute)."""
    if frame.kind != "verb" or _preterite(frame, frame.words[frame.index].lower()) or not undated_present(frame):
        return False
    lex = frame.lexicon
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    return any((frame.words[k].lower() in lex.standing_adverbs or _since_phrase(frame, k, end))
               and clause_adverb(frame, k, start) for k in range(start, end))


def _since_phrase(frame: Frame, k: int, end: int) -> bool:
    """Word ``k`` is a "seit" word that opens a phrase of its own, a determiner or a noun after it ("seit Beginn
    des Krieges", "seit dem Ende der Sowjetunion"); not an anaphoric adverb ("Seitdem verhandelt Moskau …":
    since the time the text before narrates, which places the start)."""
    words, lex = frame.words, frame.lexicon
    if words[k].lower() not in lex.since_preps or k + 1 >= end:
        return False
    after = words[k + 1]
    return after.lower() in lex.determiners or (after[:1].isupper() and after.lower() not in lex.verbs)


def _preterite(frame: Frame, word: str) -> bool:
    """``word`` looks like a weak preterite ("unterstützte", "lieferten"): a ``preterite_endings`` ending, a
    plural "n" aside."""
    endings = tuple(frame.lexicon.hearsay_cues["preterite_endings"])
    return bool(endings) and (word.endswith(endings) or (word.endswith("n") and word[:-1].endswith(endings)))
