"""Quality gate: canonical events against the seed gold and the demo corpus's expected events.

Floors sit just under the measured scores (``chronik run ../shared/seeds --db s.db && chronik eval events
../shared/gold/seeds.yaml --db s.db``); they only go up. The issue's seed targets (recall and precision
0.80, dated recall 0.60) and calibration (0.80) are met. The demo corpus yields exactly its expected events
(recall and precision 1.0 on actors and type, all 33 multi-article events merged once with all their
articles; fifteenth session): the demo floors below are that target; 7 of its 162 events are dated outside
the gold's range (month-only publication dates, undated articles): see benchmarks/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.chronicle import EventFilter
from chronik.context import Context
from chronik.eval.events import event_matches, read_canonical, read_gold, score_events
from chronik.eval.merge import score_merge
from chronik.runner import run
from chronik.store.repository import Store
from tests.conftest import shared_path

REPO = Path(__file__).resolve().parents[2]
# measured: seeds recall 1.00 precision .91, dated .65 / .56; demo recall 1.00 precision 1.00, dated .96 / .92
FLOORS = {
    "seeds": {"actors+type": (0.96, 0.89), "dated": (0.61, 0.52)},
    "demo": {"actors+type": (1.0, 1.0), "dated": (0.95, 0.91)},
}


# share of events with confidence >= 0.8 that match gold (measured: seeds 13/13, demo 51/57 in the
# sixth session, 96/96 event mentions in the fourteenth, 101/101 in the fifteenth; target 0.80)
CALIBRATION_FLOORS = {"seeds": 0.80, "demo": 0.95}


def _records(tmp_path: Path, ctx: Context, folder: Path) -> list[dict]:
    store = Store.open(str(tmp_path / "e.db"))
    try:
        run([str(folder)], store, ctx)
        return store.event_records(EventFilter())
    finally:
        store.close()


# demo corpus, multi-article events found in two or more articles: share merged into one canonical event
# and share of their articles in it (target 1.0 / 1.0, "each multi-article event
# merged once, with all its articles")
MERGE_FLOORS = {"merged_once_rate": 1.0, "article_coverage": 1.0}  # measured 33/33, 1.0: the target


@pytest.mark.parametrize("corpus", ["seeds", "demo"])
def test_event_scores_stay_above_floors(tmp_path: Path, ctx: Context, corpus: str) -> None:
    if corpus == "seeds":
        folder, gold = shared_path("seeds"), shared_path("gold", "seeds.yaml")
    else:
        folder, gold = REPO / "examples" / "news", REPO / "examples" / "news" / "expected.yaml"
    records, gold_docs = _records(tmp_path, ctx, folder), read_gold(gold)
    total = score_events(gold_docs, records)["total"]
    for variant, (recall, precision) in FLOORS[corpus].items():
        assert total[variant]["recall"] >= recall, (variant, total[variant])
        assert total[variant]["precision"] >= precision, (variant, total[variant])
    right, confident = confident_share(records, gold_docs)
    assert confident and right / confident >= CALIBRATION_FLOORS[corpus], (right, confident)
    if corpus == "demo":
        merge = score_merge(read_canonical(gold), records)
        for key, floor in MERGE_FLOORS.items():
            assert merge[key] >= floor, (key, merge[key])


def confident_share(records: list[dict], gold: list[dict], threshold: float = 0.8) -> tuple[int, int]:
    """(matching, all) among the events with confidence >= threshold: the calibration check."""
    by_doc = {d["doc"]: d["events"] for d in gold}
    confident = [r for r in records if r["confidence"] >= threshold]
    right = sum(1 for r in confident if any(event_matches(g, r, False) for m in r["mentions"]
                                            for g in by_doc.get(Path(m["doc"]).name, by_doc.get(m["doc"], []))))
    return right, len(confident)
