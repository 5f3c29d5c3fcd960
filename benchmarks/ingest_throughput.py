"""Throughput and peak memory of ingest + clean + segment on real news.

Usage (from the repository root)::

    python benchmarks/ingest_throughput.py [--input ../shared/data/10kgnad/test.csv] [--workers 2]

Phases, each in a fresh child process so its peak RSS is its own:

1. ``read``      iter_inputs only (decode, parse CSV) — the baseline;
2. ``stages``    read + make_article + clean + published + segment, no
                 database, with ``--workers`` processes (default: 1 and 2);
                 then the same with every per-article stage (+ timex);
3. ``run``       the whole ``chronik run`` path into a fresh SQLite file
                 (dedup, store), one process.

Speed on shared machines is noisy, so each phase is also printed as a ratio
to the ``read`` baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = REPO.parent / "shared" / "data" / "10kgnad" / "test.csv"


def _peak_rss_mb() -> float:
    """Peak RSS of this process or of its largest finished child (worker pools), in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _read_docs(path: str) -> list:
    from chronik.model import RawDoc
    from chronik.settings import load_settings
    from chronik.stages.ingest import iter_inputs

    return [d for d in iter_inputs([path], load_settings()) if isinstance(d, RawDoc)]


def phase_read(path: str, out) -> None:
    start = time.perf_counter()
    docs = _read_docs(path)
    out.send((len(docs), time.perf_counter() - start, _peak_rss_mb()))


def _stages(which: str) -> tuple:
    from chronik import pipeline
    from chronik.stages.segment import segment

    return pipeline.CLEAN_STAGES + (segment,) if which == "foundation" else pipeline.STAGES


def _process_slice(args: tuple[list, str]) -> int:
    from chronik.context import build_context
    from chronik.pipeline import process_article
    from chronik.stages.ingest import make_article

    docs, which = args
    ctx, stages = build_context(), _stages(which)
    for raw in docs:
        process_article(make_article(raw, ctx), ctx, stages)
    return len(docs)


def phase_stages(path: str, workers: int, which: str, out) -> None:
    docs = _read_docs(path)
    start = time.perf_counter()
    if workers == 1:
        done = _process_slice((docs, which))
    else:
        slices = [(docs[i::workers], which) for i in range(workers)]
        with mp.get_context("fork").Pool(workers) as pool:
            done = sum(pool.map(_process_slice, slices))
    out.send((done, time.perf_counter() - start, _peak_rss_mb()))


def phase_run(path: str, out) -> None:
    from chronik.context import build_context
    from chronik.runner import run
    from chronik.store.repository import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "bench.db"))
        start = time.perf_counter()
        report = run([path], store, build_context())
        elapsed = time.perf_counter() - start
        store.close()
    out.send((report.new + report.near_duplicate + report.duplicate, elapsed, _peak_rss_mb()))


def _in_child(target, *args) -> tuple[int, float, float]:
    parent, child = mp.get_context("spawn").Pipe()
    process = mp.get_context("spawn").Process(target=target, args=(*args, child))
    process.start()
    result = parent.recv()
    process.join()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default=str(DEFAULT_INPUT))
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    args = parser.parse_args(argv)
    if not Path(args.input).exists():
        print(f"{args.input} is absent: nothing to measure", file=sys.stderr)
        return 1
    rows = [("read (baseline)", *_in_child(phase_read, args.input))]
    rows += [(f"ingest+clean+segment, {w} worker(s)", *_in_child(phase_stages, args.input, w, "foundation"))
             for w in args.workers]
    rows += [(f"all stages (+timex), {w} worker(s)", *_in_child(phase_stages, args.input, w, "all"))
             for w in args.workers]
    rows += [("chronik run (SQLite, 1 process)", *_in_child(phase_run, args.input))]
    base_rate = rows[0][1] / rows[0][2]
    print(f"input: {args.input}")
    print(f"{'phase':40} {'docs':>6} {'seconds':>8} {'docs/s':>8} {'vs read':>8} {'peak RSS MB':>12}")
    for name, docs, seconds, rss in rows:
        rate = docs / seconds
        print(f"{name:40} {docs:6d} {seconds:8.2f} {rate:8.1f} {rate / base_rate:8.3f} {rss:12.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
