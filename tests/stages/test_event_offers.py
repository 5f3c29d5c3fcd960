"""Offers and concessions named by a noun with a light verb ("Entgegenkommen signalisieren/zeigen")."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2015-10-18") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def of_type(found: list[EventMention], type_: str) -> list[EventMention]:
    return [e for e in found if e.type == type_]


@pytest.mark.parametrize(("text", "source", "target", "modality"), [
    # the dative (or 'gegenüber') party is the one the concession is offered to
    ("Bundeskanzlerin Angela Merkel hat der Türkei im Gegenzug für eine engere Zusammenarbeit in der "
     "Flüchtlingskrise Entgegenkommen signalisiert.", "DEU", "TUR", "asserted"),
    ("Frankreich zeigte gegenüber Italien kein Entgegenkommen.", "FRA", "ITA", "negated"),
])
def test_signalled_concession(ctx: Context, text: str, source: str, target: str, modality: str) -> None:
    found = of_type(extract(ctx, text), "CONCEDE")
    assert len(found) == 1, [(e.type, e.trigger) for e in extract(ctx, text)]
    assert {a.country for a in found[0].source} == {source}
    assert {a.country for a in found[0].target} == {target}
    assert found[0].modality == modality


@pytest.mark.parametrize("text", [
    # the noun without a light verb of signalling is no act of the sentence's actors
    "Das Entgegenkommen der Regierung wurde in Ankara nicht kommentiert.",
])
def test_bare_noun_is_no_concession(ctx: Context, text: str) -> None:
    assert not of_type(extract(ctx, text), "CONCEDE")
