"""Tests of event_content.py: a content clause that denies someone a place, a role or a future is the
speaker's REJECT of that someone (the negation is the content's, the saying asserted); a SUPPORT light
construction whose correlate ("dafür") announces a "dass" clause backs that clause's subject."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _of_type(ctx: Context, text: str, published: str, type_: str) -> list:
    return [e for e in extract(ctx, text, published) if e.type == type_]


def _roles(event) -> tuple[set, set]:
    return {(a.country, a.sector) for a in event.source}, {(a.country, a.sector) for a in event.target}


@pytest.mark.parametrize(("text", "published", "source", "target"), [
    ("Assad habe in der Zukunft Syriens keinen Platz, bekräftigte Hollande.", "2015-11-26", "FRA", "SYR"),
    ("Assad habe keinen Platz in der Zukunft Syriens, sagte Hollande.", "2015-11-26", "FRA", "SYR"),
    ("Der syrische Präsident habe keine politische Zukunft, sagte Außenminister Steinmeier am Montag.",
     "2015-11-24", "DEU", "SYR"),
    ("Putin sagte, Assad habe keinen Platz mehr.", "2015-11-26", "RUS", "SYR"),
    ("Die Regierung in Kiew erklärte, Russland habe keinen Platz am Verhandlungstisch.", "2022-03-01", "UKR", "RUS"),
])
def test_a_content_clause_denying_a_place_is_the_speakers_rejection(
        ctx: Context, text: str, published: str, source: str, target: str) -> None:
    (reject,) = _of_type(ctx, text, published, "REJECT")
    assert reject.modality == "asserted"
    assert {c for c, _ in _roles(reject)[0]} == {source} and {c for c, _ in _roles(reject)[1]} == {target}


@pytest.mark.parametrize("text", [
    "Für Russland spiele das keine Rolle, sagte Peskow.",  # "für Russland": nobody is denied
    "Das spiele keine Rolle, sagte Merkel.",
    "Assad hat keinen Platz in der Regierung.",  # no speaker
])
def test_no_rejection_without_a_denied_actor_and_a_speaker(ctx: Context, text: str) -> None:
    assert not _of_type(ctx, text, "2015-11-26", "REJECT")


@pytest.mark.parametrize(("text", "published", "sources", "target"), [
    (("Frankreichs Präsident Emmanuel Macron und Bundeskanzler Olaf Scholz haben sich dafür offen gezeigt, "
      "dass die Ukraine mit westlichen Waffen auch militärische Stellungen in Russland angreift."),
     "2024-05-28", {"FRA", "DEU"}, "UKR"),
    ("Berlin zeigte sich offen dafür, dass Finnland der Nato beitritt.", "2022-05-13", {"DEU"}, "FIN"),
    ("Merkel hat sich dafür offen gezeigt, dass Griechenland mehr Zeit bekommt.", "2012-08-24", {"DEU"}, "GRC"),
])
def test_openness_for_a_content_clause_supports_its_subject(
        ctx: Context, text: str, published: str, sources: set, target: str) -> None:
    (support,) = _of_type(ctx, text, published, "SUPPORT")
    assert {c for c, _ in _roles(support)[0]} == sources and {c for c, _ in _roles(support)[1]} == {target}


def test_openness_for_a_noun_supports_its_owner(ctx: Context) -> None:
    text = "Außenministerin Baerbock zeigte sich offen für einen Beitritt der Ukraine zur Nato."
    (support,) = _of_type(ctx, text, "2024-05-28", "SUPPORT")
    assert {c for c, _ in _roles(support)[1]} == {"UKR"}


def test_openly_shown_anger_is_no_support(ctx: Context) -> None:
    assert not _of_type(ctx, "Die Demonstranten zeigten offen ihre Wut über die Regierung.", "2024-05-28", "SUPPORT")
