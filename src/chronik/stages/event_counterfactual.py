"""Counterfactual acts: what would have happened, not what did ("Ohne die russischen Luftangriffe wäre Assad
längst gestürzt worden", "Erdogan hätte Putin in Paris treffen können").

Part of the ``events`` stage (called by :func:`chronik.stages.event_irrealis.irrealis_modality`).  Requires a
:class:`~chronik.stages.event_frame.Frame` whose lexicon carries in ``irrealis_cues`` the lower-cased
``counterfactual_auxiliaries``, ``modal_infinitives`` and ``negating_openers`` of ``events.yaml``.  The
Konjunktiv II alone is no cue: news use it for reported speech ("Kampfflugzeuge hätten Stellungen
bombardiert, teilte das Ministerium mit").  Guarantees, with no German word in the code:

* :func:`counterfactual`: True when the trigger's clause holds a counterfactual auxiliary and either opens
  with a negating word whose phrase does not hold the trigger ("Ohne die Luftangriffe wäre Assad gestürzt
  worden": the fall did not happen, the air strikes did) or closes with a modal infinitive ("hätte … treffen
  können").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_slots import CLAUSE_BREAKS, before_modifiers, clause_span

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame


def counterfactual(frame: Frame) -> bool:
    """The frame's act is only what would have happened (see the module docstring)."""
    words, cues = [w.lower() for w in frame.words], frame.lexicon.irrealis_cues
    start, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    if not any(w in cues.get("counterfactual_auxiliaries", ()) for w in words[start:end]):
        return False
    last = next((w for w in reversed(words[start:end]) if w.isalpha()), "")
    if last in cues.get("modal_infinitives", ()):
        return True  # "hätte … treffen können"
    openers = cues.get("negating_openers", frozenset())
    governor = before_modifiers(frame.words, frame.index, frame.lexicon)
    return words[start] in openers and not (frame.kind in ("noun", "light") and governor == start)
