"""The event mention of a frame once its parties are known: trigger offsets, date, modality and confidence.

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`): every rule that builds an event from a
frame (the frame's own role rules, a fight within one group) builds it here, so that the trigger text, the
date by the trigger's clause and the confidence are the same whatever rule found the parties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Actor, EventMention, Place
from chronik.stages.event_attitude import discussed_act
from chronik.stages.event_dating import event_date, text_dated
from chronik.stages.event_disputes import answered_quarrel, standing_stance
from chronik.stages.event_evidence import confidence, dated_modality
from chronik.stages.event_irrealis import infinitive_marker
from chronik.stages.event_means import material_means
from chronik.stages.event_partisan import partisan_modality
from chronik.stages.event_patterns import (
    PATTERN_CAP,
    background_pattern,
    habitual,
    known_stance,
    questioned,
    since_clause,
)
from chronik.stages.event_pledges import conceding_sources
from chronik.stages.event_standing import standing_act
from chronik.stages.event_topics import talk_topic
from chronik.stages.event_verbal import verbal_attack

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame


def frame_event(frame: Frame, sides: tuple[list[Actor], list[Actor]], location: Place | None, modality: str,
                attribution: str | None = None, dated: bool = True, mutual: bool = False) -> EventMention:
    """The event mention of ``frame`` with ``sides`` (source, target), ``location`` and ``modality``: dated
    by its clause unless ``dated`` is False (an act apologised for precedes the apology the sentence dates) or
    it is a known act discussed ("diskutierte die russischen Luftangriffe", event_attitude.discussed_act),
    its modality future when its date lies after the report (event_evidence.dated_modality), scored.  An
    asserted habit, state, standing position, question, "seitdem" clause (event_patterns.py) or standing
    quarrel, camp or charge (event_disputes.py) scores at most PATTERN_CAP, and a habit or a "seitdem" clause
    takes no date of its report, and a known stance in an aside or an act a talk was about (event_topics.py) is
    a reference (joins, founds no event).
    ``mutual`` marks one group fighting itself (kept although both sides are one)."""
    tokens = frame.sentence.tokens
    start, end = tokens[frame.index].start, tokens[min(frame.end, len(tokens)) - 1].end
    # "unterstützt die Armee mit Luftangriffen": military aid, no verbal support (event_means.py)
    type_, mode, context = material_means(frame) or (_official_type(frame, sides), frame.trigger.mode, list(frame.trigger.context))
    if type_ != frame.trigger.type and mode == frame.trigger.mode and type_ in frame.trigger.sector_types.values():
        mode = None  # "nahm Merkel unter Beschuss": a politician's criticism, no shelling (sector_types)
    event = EventMention(
        type=type_, sentence=frame.sentence.index, start=frame.sentence.start, end=frame.sentence.end,
        trigger=frame.article.text[start:end], mode=mode, target=sides[1],
        source=conceding_sources(sides[0]) if frame.trigger.halts else sides[0],  # forces pledging: their state
        date=event_date(frame, modality) if dated and not discussed_act(frame) else None, location=location,
        modality=modality, attribution=attribution, context=context, mutual=mutual,
    )
    event.modality = dated_modality(event, frame.article)
    event.modality = partisan_modality(frame, event)  # "Nach Angaben der Separatisten hat die Armee …"
    event.confidence = confidence(frame, event)
    if talk_topic(frame, infinitive_marker(frame) is not None):
        # "sprach mit Erdogan über die Entscheidung Trumps, …": reported before; joins, founds no event, and
        # stays for what refers back to it ("Beide kritisierten den Schritt")
        event.date, event.reference = None, True
    if event.modality in ("asserted", "future", "claimed") and questioned(frame):
        event.modality = "hypothetical"  # "Hat Russland die Separatisten unterstützt?": asked, not asserted
        event.confidence = min(event.confidence, PATTERN_CAP)
    standing = standing_act(frame)  # "Russland unterstützt Assad seit Beginn des Krieges mit Waffen" (event_standing.py)
    if event.modality == "asserted" and (background_pattern(frame) or standing_stance(frame, event) or standing):
        event.confidence = min(event.confidence, PATTERN_CAP)
        # "Eine Entschuldigung, wie Moskau sie verlangt, …": names the stance reported elsewhere, founds none
        event.reference = event.reference or known_stance(frame) or answered_quarrel(frame, event)
        if (habitual(frame) or since_clause(frame) or standing) and not text_dated(frame, event, own_clause=True):
            event.date = None  # "werfen … immer wieder vor", "…, seitdem X … eingenommen hat": no day of the report,
            # of the text before, nor of the clause a relative one hangs on ("Am Montag traf Kerry Lawrow, …, das
            # immer wieder Luftangriffe fliegt")
    elif event.modality == "claimed" and habitual(frame) and not text_dated(frame, event, own_clause=True):
        event.date = None  # "kritisierte, dass Russland immer wieder Zivilisten bombardiert": a claimed habit
    return event


def _official_type(frame: Frame, sides: tuple[list[Actor], list[Actor]]) -> str:
    """The trigger's ``sector_types`` type when every source is of one such sector ("Die Polizei stürmte die
    Redaktion": a raid, COERCE); its ``official_type`` when only government actors act on parties of other
    states ("Ankara protestierte bei Moskau": a diplomatic protest, ACCUSE, not a demonstration); else its type."""
    official, (source, target) = frame.trigger.official_type, sides
    by_sector = {frame.trigger.sector_types.get(a.sector) if a is not None else None for a in source}
    if source and len(by_sector) == 1 and None not in by_sector:
        return by_sector.pop()  # "Die Polizei stürmte die Redaktion": a raid
    if verbal_attack(frame, sides):
        return frame.trigger.verbal_type  # "Erdogan attackierte Merkel" (event_verbal.py)
    if not (official and source and target) or any(a is None or a.sector != "GOV" for a in source):
        return frame.trigger.type
    own = {a.country for a in source}
    if all(a is not None and (a.country or a.sector == "IGO") and a.country not in own for a in target):
        return official
    return frame.trigger.type

