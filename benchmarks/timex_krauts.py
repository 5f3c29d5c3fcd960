"""TIMEX3 tagging on KRAUTS: chronik's ``timex`` stage beside HeidelTime's stored output.

Usage (from the repository root)::

    python benchmarks/timex_krauts.py [--shared ../shared] [--repeat 3] [--errors]

For each KRAUTS part (Dolomiten-100, Dolomiten-42) prints strict and
relaxed extent F1, value F1 and type accuracy (with precision/recall) of

* chronik: ``segment`` + ``timex`` on the gold text, publication date = DCT;
* HeidelTime: its ``.tml`` outputs stored in ``KRAUTS_*_Heideltime``, read
  with the same reader and scored by the same scorer;

then documents/s of chronik (segment + timex, one process, best of
``--repeat`` passes).  ``--errors`` lists chronik's misses, false alarms and
wrong values per document.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from chronik.context import build_context
from chronik.eval.timex import read_timeml, score_dir, stored_output, tag_text

PARTS = ("KRAUTS_Dolomiten-100", "KRAUTS_Dolomiten-42")
COLUMNS = ("strict_f1", "relaxed_f1", "relaxed_precision", "relaxed_recall", "value_f1", "type_accuracy")


def _row(name: str, scores: dict) -> str:
    return f"| {name} | " + " | ".join(f"{scores[c]:.3f}" for c in COLUMNS) + f" | {scores['docs']} |"


def _speed(folder: Path, ctx, repeat: int) -> float:
    docs = [read_timeml(p)[:2] for p in sorted(folder.glob("*.tml"))]
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        for dct, text in docs:
            tag_text(text, dct, ctx)
        best = min(best, time.perf_counter() - began)
    return len(docs) / best


def _errors(folder: Path, ctx) -> None:
    for path in sorted(folder.glob("*.tml")):
        dct, text, gold = read_timeml(path)
        found = tag_text(text, dct, ctx)
        for t in found:
            match = [g for g in gold if g.start < t.end and t.start < g.end]
            if not match:
                print(f"  FP {path.name} {text[t.start:t.end]!r} {t.type} {t.value}")
            elif match[0].value != t.value:
                print(f"  VAL {path.name} {text[t.start:t.end]!r} {t.value} "
                      f"gold {match[0].value} (dct {dct})")
        for g in gold:
            if not any(g.start < t.end and t.start < g.end for t in found):
                print(f"  FN {path.name} {text[g.start:g.end]!r} {g.type} {g.value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    krauts = args.shared / "data" / "krauts"
    if not krauts.is_dir():
        print(f"{krauts} is absent: this benchmark needs ../shared/data beside the repository",
              file=sys.stderr)
        return 2
    ctx = build_context()
    print("| part / system | strict F1 | relaxed F1 | relaxed P | relaxed R | value F1 | type acc. | docs |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    speeds = {}
    for part in PARTS:
        ours = score_dir(krauts / part, ctx)
        theirs = score_dir(krauts / part, ctx, stored_output(krauts / f"{part}_Heideltime"))
        print(_row(f"{part} chronik", ours))
        print(_row(f"{part} HeidelTime (stored)", theirs))
        speeds[part] = _speed(krauts / part, ctx, args.repeat)
    for part, speed in speeds.items():
        print(f"{part}: chronik segment+timex {speed:.0f} docs/s (best of {args.repeat})")
    if args.errors:
        for part in PARTS:
            print(part)
            _errors(krauts / part, ctx)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
