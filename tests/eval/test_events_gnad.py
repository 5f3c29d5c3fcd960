"""Quality gate: events on 10kGNAD articles against gold coded without seeing chronik.

``benchmarks/gold/gnad_dev.yaml`` and ``gnad_dev2.yaml`` (20 articles each, development), ``gnad_test.yaml``,
``gnad_test2.yaml`` (20 International articles each, held out) and ``gnad_test3.yaml`` (10 International and
10 Inland articles, held out) name articles of ``../shared/data/10kgnad/test.csv`` by row.  Unlike the seeds and the demo corpus, no rule was written while reading them (the development
parts' errors are read, never fitted), so these scores are the honest estimate for unseen German news.
Floors sit just under the measured scores (benchmarks/README.md); dated scores are not gated (10kGNAD
has no publication dates).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.chronicle import EventFilter
from chronik.context import Context
from chronik.eval.events import event_matches, read_gold, same_doc, score_events
from chronik.runner import run
from chronik.store.repository import Store
from tests.conftest import shared_path

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "gold"
# measured 24 Nov 2026: see benchmarks/README.md ("Events on unseen news")
FLOORS = {"gnad_dev": (0.63, 0.93), "gnad_dev2": (0.48, 0.90), "gnad_test": (0.38, 0.66),
          "gnad_test2": (0.50, 0.58), "gnad_test3": (0.17, 0.58)}
# measured (twelfth session): dev .61 / .95, test .44 / .70, test2 .52 / .62.  The test precision floor was
# lowered from .75 on purpose: institutions named without a state ("die Regierung") now take the context's
# state, which added three unmatched events on test while both held-out parts together gained five matches
# (right 39 → 43 of 59 → 66 events); see benchmarks/README.md, "Twelfth session".  Thirteenth session: test
# precision .73 (19/26: a wrong closed-mission event left), floor back up to .70.  Fourteenth session: dev
# .66 / .96 (floor up); test .40 / .68 (19/48, 17/25) and test2 .52 / .60 (24/40): floors lowered on purpose.
# A noun for a kind of organisation before its name ("die Terrororganisation PKK", "Stellungen der Miliz YPG") is
# an apposition now, so the named organisation is the side and no longer a group of the context state's rebels;
# every probe of the pattern is right now and was wrong before, yet two held-out test matches were lost (not
# read).  One more unmatched test2 event comes from attacks with no named target (event_victims.py).
# Fifteenth session: dev2 coded blind, first score .14 / .50, after the session's rules .47 / .94 (floor
# just under).  Sixteenth session: dev2 .51 / .94 (floor up); test3 (held out, half of it Austrian domestic
# politics) coded blind, first score .20 / .67 (8/41, 10/15), after the session .20 / .63 (8/41, 10/16).


@pytest.fixture(scope="module")
def gnad_records(tmp_path_factory: pytest.TempPathFactory, ctx: Context) -> list[dict]:
    corpus = shared_path("data", "10kgnad", "test.csv")
    store = Store.open(str(tmp_path_factory.mktemp("gnad") / "g.db"))
    try:
        run([str(corpus)], store, ctx)
        return store.event_records(EventFilter())
    finally:
        store.close()


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_gnad_event_scores_stay_above_floors(gnad_records: list[dict], part: str) -> None:
    gold = read_gold(GOLD / f"{part}.yaml")
    total = score_events(gold, gnad_records)["total"]["actors+type"]
    recall, precision = FLOORS[part]
    assert total["recall"] >= recall, total
    assert total["precision"] >= precision, total


# events with confidence >= 0.8 in the parts' articles that match their gold (target 0.80).  Measured (fourteenth
# session): development 4/4, held out 14/18 (.78: test 4/5, test2 10/13).  Sixteenth session: development 6/6
# (dev 4/4, dev2 2/2), held out 16/19 (.84: test 4/4, test2 11/14, test3 1/1); the floor is the target.
CALIBRATION_FLOORS = {("gnad_dev", "gnad_dev2"): 0.80, ("gnad_test", "gnad_test2", "gnad_test3"): 0.80}


@pytest.mark.parametrize("parts", sorted(CALIBRATION_FLOORS))
def test_gnad_confident_events_stay_calibrated(gnad_records: list[dict], parts: tuple[str, ...]) -> None:
    right = confident = 0
    for part in parts:
        for doc in read_gold(GOLD / f"{part}.yaml"):
            for record in gnad_records:
                if record["confidence"] >= 0.8 and any(same_doc(m["doc"], doc["doc"]) for m in record["mentions"]):
                    confident += 1
                    right += any(event_matches(e, record, False) for e in doc["events"])
    assert confident and right / confident >= CALIBRATION_FLOORS[parts], (right, confident)
