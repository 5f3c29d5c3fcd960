"""Merge quality (chronik.eval.merge): is each multi-article gold event one canonical event with all its articles?"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from chronik.cli import app
from chronik.eval.merge import score_merge
from tests.eval.test_events_scorer import ASSAD, PUTIN, record

VISIT = {"id": "visit", "type": "CONSULT", "source": [{"country": "RUS", "sector": "GOV"}],
         "target": [{"country": "SYR", "sector": "GOV"}], "date": "2020-01-07", "docs": ["a.txt", "b.txt", "c.txt"]}


def with_docs(*docs: str, **kwargs) -> dict:
    event = record(**kwargs)
    event["mentions"] = [{**event["mentions"][0], "doc": f"news/{doc}"} for doc in docs]
    return event


def test_one_event_with_every_article_is_merged_once_with_full_coverage() -> None:
    merge = score_merge([VISIT], [with_docs("a.txt", "b.txt", "c.txt")])
    assert (merge["found"], merge["merged_once"], merge["article_coverage"]) == (1, 1, 1.0)


def test_a_split_event_is_not_merged_once_and_names_the_split_articles() -> None:
    merge = score_merge([VISIT], [with_docs("a.txt", "b.txt"), with_docs("c.txt")])
    [row] = merge["events"]
    assert (merge["merged_once"], row["candidates"], row["split_docs"], row["unfound_docs"]) == (0, 2, ["c.txt"], [])
    assert merge["article_coverage"] == round(2 / 3, 4)


def test_an_article_that_misses_the_event_lowers_coverage_but_is_no_split() -> None:
    merge = score_merge([VISIT], [with_docs("a.txt", "b.txt"), with_docs("c.txt", type_="ASSAULT")])
    assert (merge["merged_once"], merge["events"][0]["unfound_docs"]) == (1, ["c.txt"])


def test_single_article_and_optional_events_are_not_scored() -> None:
    single, optional = {**VISIT, "docs": ["a.txt"]}, {**VISIT, "required": False}
    merge = score_merge([single, optional], [with_docs("a.txt")])
    assert (merge["multi_doc_events"], merge["merged_once_rate"], merge["article_coverage"]) == (0, None, None)


def test_events_of_other_articles_are_no_candidates() -> None:
    merge = score_merge([VISIT], [with_docs("a.txt", "b.txt", "c.txt"), with_docs("z.txt", source=(PUTIN,), target=(ASSAD,))])
    assert merge["events"][0]["candidates"] == 1


def test_eval_events_reports_merge_quality_for_canonical_gold(tmp_path, demo_db) -> None:
    gold = tmp_path / "expected.yaml"
    gold.write_text(f"events:\n  - {json.dumps(VISIT)}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "events", str(gold), "--db", demo_db, "--json"])
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.output)["merge"]) >= {"found", "merged_once", "article_coverage", "events"}
