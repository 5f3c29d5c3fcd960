"""Speed of ``mentions`` + ``resolve`` on real news, and how long the knowledge base takes to load.

Usage (from the repository root)::

    python benchmarks/actors_throughput.py [--input ../shared/data/10kgnad/test.csv] [--workers 1 2]

Articles are first taken through every stage before ``mentions`` (not timed);
then ``mentions`` + ``resolve`` run over them with 1 and 2 worker processes,
each worker loading its own resources (load time reported apart).  As a
baseline measured in the same run, ``segment`` alone is timed over the same
articles, and every figure is also printed as a ratio to it (shared machines
are noisy).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = REPO.parent / "shared" / "data" / "10kgnad" / "test.csv"
_CTX = None


def _prepared(path: str) -> list:
    """Every article of ``path`` through the stages that precede ``mentions``."""
    from chronik.context import build_context
    from chronik.model import RawDoc
    from chronik.pipeline import ANALYSIS_STAGES, CLEAN_STAGES, process_article
    from chronik.stages.ingest import iter_inputs, make_article
    from chronik.stages.mentions import mentions
    from chronik.stages.resolve import resolve

    ctx = build_context()
    before = CLEAN_STAGES + tuple(s for s in ANALYSIS_STAGES if s not in (mentions, resolve))
    docs = [d for d in iter_inputs([path], ctx.settings) if isinstance(d, RawDoc)]
    return [process_article(make_article(d, ctx), ctx, before) for d in docs]


def _init() -> None:
    global _CTX
    from chronik.context import build_context
    from chronik.stages.mentions import resources

    _CTX = build_context()
    resources(_CTX, _CTX.lang("de"))


def _actors(article):
    from chronik.stages.mentions import mentions
    from chronik.stages.resolve import resolve

    return len(resolve(mentions(article, _CTX), _CTX).mentions)


def _segment_only(article):
    from chronik.stages.segment import segment

    return len(segment(article, _CTX).sentences)


def _timed(function, articles: list, workers: int) -> float:
    with mp.Pool(workers, initializer=_init) as pool:
        pool.map(_segment_only, articles[: workers * 2], chunksize=1)  # resources loaded in every worker
        start = time.perf_counter()
        pool.map(function, articles, chunksize=16)
        return time.perf_counter() - start


def load_times() -> dict[str, float]:
    """Seconds to load the actor KB (YAML + phrase index), the GeoNames index and the lexicon."""
    from chronik.context import build_context
    from chronik.kb.base import build_kb, kb_folders
    from chronik.kb.geo import build_geo_index
    from chronik.kb.lexicon import Lexicon
    from chronik.kb.loader import load_entries

    lang = build_context().lang("de")
    t0 = time.perf_counter()
    kb = build_kb(load_entries(kb_folders(None)), lang)
    t1 = time.perf_counter()
    lexicon = Lexicon("de")
    t2 = time.perf_counter()
    build_geo_index(kb, lexicon)
    t3 = time.perf_counter()
    return {"kb": t1 - t0, "lexicon": t2 - t1, "geonames": t3 - t2, "entries": len(kb.entries)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default=str(DEFAULT_INPUT))
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    if not Path(args.input).exists():
        print(f"{args.input} is absent: this benchmark needs ../shared/data", file=sys.stderr)
        return 1
    loads = load_times()
    print(f"load: KB {loads['kb']:.2f} s ({loads['entries']} entries), lexicon {loads['lexicon']:.2f} s, "
          f"GeoNames index {loads['geonames']:.2f} s")
    articles = _prepared(args.input)
    for workers in args.workers:
        base = _timed(_segment_only, articles, workers)
        actors = _timed(_actors, articles, workers)
        print(f"{workers} worker(s): mentions+resolve {len(articles) / actors:6.1f} articles/s "
              f"({actors:.1f} s for {len(articles)}); segment alone {len(articles) / base:6.1f} articles/s; "
              f"ratio {actors / base:.2f}x segment")
    return 0


if __name__ == "__main__":
    sys.exit(main())
