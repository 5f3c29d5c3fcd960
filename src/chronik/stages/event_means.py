"""Backing given by material means: aid, not words.

Part of the ``events`` stage (see :mod:`chronik.stages.event_build`): "Russland unterstützt das Regime mit
Luftangriffen", "Deutschland unterstützt die Peschmerga mit Waffen", "Die EU unterstützt Griechenland mit
Krediten" report military or economic aid (AID), not verbal support (SUPPORT).  ``events.yaml``
``material_means`` names the triggers it turns (``triggers``) and, per AID mode, the nouns of the means
(``military``, ``economic``, ``humanitarian``) that an ``instrument_preps`` word governs; the code knows no
German words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_slots import CLAUSE_BREAKS, clause_span

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_lexicon import EventLexicon

#: The type of material backing and the context of each of its modes.
_AID = "AID"
_CONTEXTS = {"military": "military", "economic": "economic", "humanitarian": "humanitarian"}
#: How many words (determiners, adjectives, adverbs, numbers) may stand between the preposition and the means
#: ("mit international scharf kritisierten Luftangriffen").
_MEANS_WINDOW = 4


def material_means(frame: Frame) -> tuple[str, str, list[str]] | None:
    """(type, mode, context) of an act of backing whose means its clause names after the trigger ("unterstützt
    die Armee mit Luftangriffen": AID, military); None for other triggers or when no such means follows."""
    spec, words = frame.lexicon.material_means, frame.words
    if frame.trigger.id not in (spec.get("triggers") or ()):
        return None
    _, end = clause_span(words, frame.index, CLAUSE_BREAKS)
    for k in range(frame.index + 1, end):
        mode = next((m for m, nouns in spec.items() if m in _CONTEXTS and words[k] in nouns), None)
        if mode is not None and means_preposition(words, k, frame.lexicon) > frame.index:
            return _AID, mode, [_CONTEXTS[mode]]
    return None


def means_preposition(words: list[str], k: int, lexicon: EventLexicon) -> int:
    """Index of the ``instrument_preps`` word that governs the noun ``words[k]`` across at most
    :data:`_MEANS_WINDOW` lower-case words or numbers ("mit international scharf kritisierten Luftangriffen",
    "mit 50 Kampfjets"); -1 when there is none."""
    j = k - 1
    while j >= max(0, k - 1 - _MEANS_WINDOW) and words[j].lower() not in lexicon.instrument_preps:
        if not (words[j][:1].islower() or words[j][:1].isdigit()):
            return -1
        j -= 1
    return j if j >= 0 and words[j].lower() in lexicon.instrument_preps else -1
