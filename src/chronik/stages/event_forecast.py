"""Forecasts: an act that unnamed experts expect ("Indonesien wird laut Expertenmeinung wieder der Opec
beitreten", "Experten zufolge wird Russland seine Truppen bald abziehen") is an opinion of analysts, which
the codebook names as no event.

Part of the ``events`` stage (called by :func:`chronik.stages.event_irrealis.irrealis_modality`).  Requires a
:class:`~chronik.stages.event_frame.Frame` whose lexicon carries ``anonymous_speakers`` and
``attribution_preps`` of ``events.yaml``.  Guarantees, with no German word in the code:

* :func:`forecast`: True for a future or hypothetical act whose clause cites unnamed speakers by an
  attribution preposition right before or after them; an asserted act so cited stays (a report, not a
  forecast), and so does one cited to a named source ("laut Lawrow").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: The shortest anonymous speaker noun that counts as the start of a compound ("Expertenmeinung").
_STEM = 6


def forecast(frame: Frame, modality: str) -> bool:
    """The frame's act is only expected by unnamed experts (see the module docstring)."""
    if modality not in ("future", "hypothetical"):
        return False
    lex, words = frame.lexicon, [w.lower() for w in frame.words]
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    for k in range(start, end):
        if not _anonymous(words[k], lex.anonymous_speakers):
            continue
        if (k > start and words[k - 1] in lex.attribution_preps) or (k + 1 < end and words[k + 1] in lex.attribution_preps):
            return True
    return False


def _anonymous(word: str, speakers: frozenset[str]) -> bool:
    """``word`` is an anonymous speaker noun or a compound that opens with one ("expertenmeinung")."""
    return word in speakers or any(len(s) >= _STEM and word.startswith(s) for s in speakers)
