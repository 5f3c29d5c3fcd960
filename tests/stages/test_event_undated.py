"""Undated articles (10kGNAD rows, plain text files): topic labels before a colon are no sides of the act that
follows them (mention_dateline.label_mentions)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _sides(ctx: Context, text: str, published: str | None = None) -> set[tuple[str, str, str]]:
    return {(e.type, "+".join(a.name for a in e.source), "+".join(a.name for a in e.target))
            for e in extract(ctx, text, published)}


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Russland: Lawrow kritisiert Nato.", "ACCUSE", "Sergej Lawrow", "Nato"),
    ("Ukraine-Krise: Poroschenko wirft Moskau Aggression vor.", "ACCUSE", "Petro Poroschenko", "Russland"),
    ("Türkei: Erdogan wirft Deutschland Heuchelei vor.", "ACCUSE", "Recep Tayyip Erdoğan", "Deutschland"),
])
def test_a_topic_label_before_a_colon_is_no_side(ctx: Context, text: str, type_: str, source: str, target: str) -> None:
    sides = _sides(ctx, text)
    assert (type_, source, target) in sides
    label = text.split(":")[0].split("-")[0]
    assert not any(label in s or label in t for _, s, t in sides)


@pytest.mark.parametrize(("text", "type_", "source"), [
    # a verb before the colon: a speaker's clause, the state speaks
    ("Moskau warnte: Die Nato darf keine Truppen an die Grenze verlegen.", "THREATEN", "Russland"),
])
def test_a_clause_before_a_colon_is_no_label(ctx: Context, text: str, type_: str, source: str) -> None:
    assert any(t == type_ and s == source for t, s, _ in _sides(ctx, text))
