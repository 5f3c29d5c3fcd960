"""Refusals told as a negated act of backing: "Nikolic ließ wissen, dass er die Kandidatur von Jeremic nicht
unterstützen würde", "dass Jeremic keine Unterstützung der Regierung genieße".

Part of the ``events`` stage.  PLOVER codes a refusal to back someone as REJECT (refuse, reject, veto), not as
a SUPPORT that did not happen.  Only a declared will not to back is one: a negated backing trigger
(``refusal_cues.triggers``) whose clause holds a future or volition form ("nicht unterstützen würde", ``will``)
or that a "kein" phrase withholds in the present ("gibt keine Wahlempfehlung ab", ``withheld``, no perfect
auxiliary).  A denial of past backing ("hat den IS nie unterstützt", ``denial``), a modal of ability ("kann die
Ukraine nicht unterstützen", ``unable``; but a backing noun one cannot count on is withheld: "kann nicht mit
der Unterstützung Belgrads rechnen", ``counted_on``), "noch nicht" (``pending`` before a negation) and negated praise or
thanks (no backing trigger) stay negated SUPPORT.  The code knows no German words (``events.yaml``).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from chronik.model import EventMention
from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

#: Negated acts that are refusals of their own, and the type they are coded as.
_REFUSED = {"SUPPORT": "REJECT"}


def refusal(frame: Frame, event: EventMention | None) -> EventMention | None:
    """``event`` as an asserted REJECT of its target when it is a negated act of ``_REFUSED`` that names whom
    it refuses and its clause declares a will not to back (see the module); every other event unchanged."""
    refused = _REFUSED.get(event.type) if event is not None else None
    if refused is None or event.modality != "negated" or not event.target or not _declared(frame):
        return event
    return replace(event, type=refused, mode=None, modality="asserted")


def _declared(frame: Frame) -> bool:
    """The trigger's clause declares a will not to back (see the module)."""
    cues, lex = frame.lexicon.refusal_cues, frame.lexicon
    from chronik.stages.event_stance import clause_passive  # event_stance imports the frame's modules

    if frame.trigger.id not in cues.get("triggers", ()) or (frame.kind != "noun" and clause_passive(frame)):
        return False  # "Assad wird von Moskau nicht unterstützt": no declaration of its own
    start, end = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    clause = [w.lower() for w in frame.words[start:end]]
    pending = any(w in cues.get("pending", ()) and nxt in lex.negation for w, nxt in pairwise(clause))
    if pending or any(w in cues.get("denial", ()) for w in clause):
        return False
    if frame.kind != "verb" and any(w in cues.get("counted_on", ()) for w in clause):
        return True  # "kann nicht mit der Unterstützung Belgrads rechnen": Belgrade withholds it
    if any(w in cues.get("unable", ()) for w in clause):
        return False
    if any(w in cues.get("will", ()) for w in clause):
        return True
    return any(w in cues.get("withheld", ()) for w in clause) and not any(w in lex.perfect_auxiliaries for w in clause)
