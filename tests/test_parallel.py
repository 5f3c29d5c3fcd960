"""The analysis pool: outcomes in input order, and the long-lived resources kept out of the collector."""

from __future__ import annotations

import gc

import pytest

from chronik.model import Article
from chronik.parallel import Analyser
from chronik.pipeline import CLEAN_STAGES, process_article

TEXT = "Der russische Präsident Wladimir Putin hat am Dienstag die syrische Hauptstadt Damaskus besucht."


def _articles(ctx, count: int) -> list[Article]:
    return [process_article(Article(id=f"a{k}", source=f"a{k}.txt", raw_text=TEXT, lang="de"), ctx, CLEAN_STAGES)
            for k in range(count)]


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


@pytest.mark.parametrize(("workers", "count", "frozen"), [(1, 8, True), (1, 2, False), (2, 9, True)])
def test_resources_are_frozen_once_a_run_is_long_enough(ctx, unfrozen, workers, count, frozen):
    analyser = Analyser(ctx, workers)
    try:
        outcomes = analyser.analyse(_articles(ctx, count))
    finally:
        analyser.close()
    assert [o.id for o in outcomes] == [f"a{k}" for k in range(count)]
    assert all(o.events for o in outcomes)
    assert (gc.get_freeze_count() > 0) is frozen
