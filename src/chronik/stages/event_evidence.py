"""How sure an event mention is: its modality (negated, hypothetical, claimed, future, asserted) and its
confidence score from the evidence the frame offers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Article, EventMention
from chronik.stages.event_dating import text_dated
from chronik.stages.event_positions import conjunct_start
from chronik.stages.event_slots import clause_span

if TYPE_CHECKING:
    from chronik.stages.event_frame import Frame

_MODAL_SCOPE_BREAKS = frozenset({",", ";", ":", "–", "-", "(", '"', "„"})


def modality_of(frame: Frame) -> str:
    """"negated", "hypothetical", "claimed", "future" or "asserted", from the lexicon's cue words in the
    trigger's clause (hypothetical: anywhere in the sentence)."""
    lex = frame.lexicon
    words = [w.lower() for w in frame.words]
    window = words[conjunct_start(frame, _clause_start(words, frame.index)) : _cue_end(words, frame.end)]
    if any(w in lex.negation for w in window):
        return "negated"
    if any(w in lex.hypothetical for w in words):
        return "hypothetical"
    if any(w in lex.claimed for w in window):
        return "claimed"
    if any(w in lex.future for w in window):
        return "future"
    return "asserted"


def dated_modality(event: EventMention, article: Article) -> str:
    """An asserted act dated wholly after its report appeared has not happened yet: "future" ("Am
    Mittwoch wollen Putin, Erdogan und Ruhani in Sotschi zusammenkommen", published on the Tuesday, where
    the modal is too far from the verb for the cue window).  Other modalities stay."""
    published, date = article.published, event.date
    if event.modality == "asserted" and published is not None and date is not None and date.start > published.end:
        return "future"
    return event.modality


def _cue_end(words: list[str], end: int) -> int:
    """Where the trigger's cue window ends: six words on, not past the comma that closes its clause ("forderte,
    die Regierung solle zurücktreten": the content clause's "solle" does not make the demand future)."""
    close = next((j for j in range(end, min(end + 6, len(words))) if words[j] in _MODAL_SCOPE_BREAKS), None)
    return close if close is not None else end + 6


def _clause_start(words: list[str], k: int) -> int:
    """Where the clause of word ``k`` begins (after the last comma, colon or dash before it, at most 12
    words back), so that a modal verb in second position reaches the infinitive at the end ("Putin will
    Assad … treffen")."""
    return max(clause_span(words, k, _MODAL_SCOPE_BREAKS)[0], k - 12)


def confidence(frame: Frame, event: EventMention) -> float:
    """A score in [0, 1] from the evidence: both roles, a verb trigger, a date from a time expression of
    the trigger's own clause (see :func:`text_dated`), assertion, every participant resolved to a
    country and a sector.

    Only an event with every kind of evidence reaches 0.8 or more (the calibration check of
    benchmarks/README.md measures how often those match gold)."""
    score = 0.25
    score += 0.2 if event.source else 0.0
    score += 0.15 if event.target else 0.0
    score += 0.1 if frame.kind in ("verb", "particle", "light") else 0.0
    score += 0.1 if text_dated(frame, event) else 0.0
    score += 0.05 if event.modality == "asserted" else -0.1
    # an actor without country or sector is one the article did not pin down: its role is a guess too
    score -= 0.1 if any(a.country is None or a.sector is None for a in event.source + event.target) else 0.0
    return round(max(0.0, min(1.0, score)), 2)
