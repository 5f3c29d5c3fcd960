"""Refusals told as a negated act of backing: "Nikolic ließ wissen, dass er die Kandidatur von Jeremic nicht
unterstützen würde", "dass Jeremic keine Unterstützung der Regierung genieße".

Part of the ``events`` stage.  PLOVER codes a refusal to back someone as REJECT (refuse, reject, veto), not as
a SUPPORT that did not happen; the code knows no German words (the negation is the modality the frame found).
"""

from __future__ import annotations

from dataclasses import replace

from chronik.model import EventMention

#: Negated acts that are refusals of their own, and the type they are coded as.
_REFUSED = {"SUPPORT": "REJECT"}


def refusal(event: EventMention) -> EventMention:
    """``event`` as an asserted REJECT of its target when it is a negated act of ``_REFUSED`` that names whom
    it refuses; every other event unchanged."""
    refused = _REFUSED.get(event.type)
    if refused is None or event.modality != "negated" or not event.target:
        return event
    return replace(event, type=refused, mode=None, modality="asserted")
