"""Quality gate: TIMEX3 extent/value F1 of ``timex`` on KRAUTS, and the TimeML reader/scorer itself.

Floors sit just under the measured scores (see benchmarks/README.md,
``python benchmarks/timex_krauts.py``); they only go up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.context import Context
from chronik.eval.timex import compare, read_timeml, score_dir, score_pairs, stored_output
from chronik.model import TimeEx

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
KRAUTS = SHARED / "data" / "krauts"

# part -> floors (measured: 100: strict .845 relaxed .922 value .820 type .976;
#                           42: strict .902 relaxed .957 value .848 type .977)
FLOORS = {
    "KRAUTS_Dolomiten-100": {"strict_f1": 0.835, "relaxed_f1": 0.91, "value_f1": 0.81,
                             "type_accuracy": 0.965},
    "KRAUTS_Dolomiten-42": {"strict_f1": 0.89, "relaxed_f1": 0.945, "value_f1": 0.84, "type_accuracy": 0.965},
}


def _part(name: str) -> Path:
    folder = KRAUTS / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the KRAUTS gate needs ../shared/data beside the repository")
    return folder


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_timex_scores_stay_above_floors(ctx: Context, part: str) -> None:
    scores = score_dir(_part(part), ctx)
    assert scores["docs"] > 0
    for name, floor in FLOORS[part].items():
        assert scores[name] >= floor, f"{part} {name} {scores[name]:.3f} < floor {floor}"


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_heideltime_outputs_score_as_published(ctx: Context, part: str) -> None:
    """The scorer reproduces HeidelTime's published relaxed F1 on its stored outputs (.813/.831)."""
    folder = _part(part)
    scores = score_dir(folder, ctx, stored_output(KRAUTS / f"{part}_Heideltime"))
    expected = {"KRAUTS_Dolomiten-100": 0.813, "KRAUTS_Dolomiten-42": 0.831}[part]
    assert scores["relaxed_f1"] == pytest.approx(expected, abs=0.002)


def test_read_timeml_strips_tags_and_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2014-02-18" '
        'functionInDocument="CREATION_TIME">2014-02-18</TIMEX3></DCT>\n<TEXT>\nAm '
        '<TIMEX3 tid="t1" type="DATE" value="2014-W08-WE">Wochenende</TIMEX3> &amp; '
        '<TIMEX3 tid="t2" type="SET" value="P1D" mod="APPROX">täglich</TIMEX3>.\n</TEXT>\n'
        '<TIMEX3 tid="t5" type="DATE" value="PAST_REF" temporalFunction="false" />\n</TimeML>\n',
        encoding="utf-8",
    )
    dct, text, gold = read_timeml(path)
    assert dct == "2014-02-18"
    assert text == "\nAm Wochenende & täglich.\n"
    assert [(text[g.start:g.end], g.type, g.value, g.mod) for g in gold] == [
        ("Wochenende", "DATE", "2014-W08-WE", None), ("täglich", "SET", "P1D", "APPROX")]


def test_compare_counts_each_measure() -> None:
    gold = [TimeEx(0, 10, "DATE", "2015"), TimeEx(20, 30, "TIME", "T20:00"), TimeEx(40, 45, "SET", "P1D")]
    system = [TimeEx(0, 10, "DATE", "2015"), TimeEx(22, 30, "DATE", "T20:00"), TimeEx(50, 55, "DATE", "2016")]
    counts = compare(system, gold)
    measured = (counts.strict, counts.relaxed, counts.value_system, counts.value_gold, counts.type_ok)
    assert measured == (1, 2, 2, 2, 1)
    scores = score_pairs([("doc", system, gold)])
    assert scores["strict_f1"] == pytest.approx(1 / 3)
    assert scores["relaxed_f1"] == pytest.approx(2 / 3)
    assert scores["type_accuracy"] == pytest.approx(0.5)
    assert scores["per_file"]["doc"]["gold"] == 3


def test_empty_system_scores_zero() -> None:
    scores = score_pairs([("doc", [], [TimeEx(0, 4, "DATE", "2015")])])
    assert scores["relaxed_f1"] == 0.0 and scores["relaxed_recall"] == 0.0
