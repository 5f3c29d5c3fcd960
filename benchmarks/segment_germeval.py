"""Sentence-boundary F1 on GermEval 2014 dev and segment throughput on 10kGNAD.

Usage (from the repository root)::

    python benchmarks/segment_germeval.py [--shared ../shared] [--window 10] [--repeat 5]
                                          [--errors N] [--no-peers]

Prints, for chronik's ``segment`` stage (and for syntok and SoMaJo when they
are importable): precision, recall and F1 of sentence end offsets on

* ``window``: every ``--window`` consecutive GermEval sentences joined into a
  paragraph; paragraph ends are not counted (they are trivial);
* ``source``: consecutive sentences of the same source joined, as the issue
  specifies; paragraph ends are counted, since nearly every source holds one
  sentence and there is otherwise nothing to score (this measures
  over-splitting only).

Then articles/s and characters/s of ``segment`` alone on 10kGNAD
(``test.csv``, ``label;text`` with ``'`` as quote character), one process,
best of ``--repeat`` passes.  ``--errors N`` prints up to N wrong boundaries.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from chronik.context import build_context
from chronik.eval.segmentation import (
    Paragraph,
    boundary_errors,
    paragraphs_by_source,
    paragraphs_by_window,
    read_germeval,
    score_boundaries,
)
from chronik.model import Article
from chronik.stages.segment import segment

REPO = Path(__file__).resolve().parents[1]
Splitter = Callable[[str], list[int]]


def chronik_splitter() -> Splitter:
    """Sentence end offsets from chronik's ``segment`` stage (German)."""
    ctx = build_context()

    def split(text: str) -> list[int]:
        article = segment(Article(id="b", source="b", raw_text=text, text=text, lang="de"), ctx)
        return [s.end for s in article.sentences]

    return split


def syntok_splitter() -> Splitter | None:
    """Sentence end offsets from syntok's segmenter, or None when it is not installed."""
    try:
        from syntok import segmenter
    except ImportError:
        return None

    def split(text: str) -> list[int]:
        return [s[-1].offset + len(s[-1].value) for p in segmenter.analyze(text) for s in p if s]

    return split


def somajo_splitter() -> Splitter | None:
    """Sentence end offsets from SoMaJo (GPL-3; comparison only), or None."""
    try:
        from somajo import SoMaJo
    except ImportError:
        return None
    tokenizer = SoMaJo("de_CMC", character_offsets=True)

    def split(text: str) -> list[int]:
        return [s[-1].character_offset[1] for s in tokenizer.tokenize_text([text]) if s]

    return split


def read_10kgnad(path: Path) -> list[str]:
    """The article texts of a 10kGNAD CSV file (``label;text``, quote char ``'``)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) == 2]


def throughput(split: Splitter, texts: list[str], repeat: int) -> tuple[float, float]:
    """Best and median articles/s of ``split`` over ``texts``."""
    rates = []
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            split(text)
        rates.append(len(texts) / (time.perf_counter() - start))
    return max(rates), statistics.median(rates)


def report_quality(name: str, split: Splitter, sets: dict[str, tuple[list[Paragraph], bool]]) -> None:
    """Print P/R/F1 of ``split`` on each paragraph set."""
    for label, (paragraphs, include_end) in sets.items():
        s = score_boundaries(paragraphs, split, include_end)
        print(
            f"{name:8} {label:7} F1 {s.f1:.4f}  P {s.precision:.4f}  R {s.recall:.4f}"
            f"  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
        )


def print_errors(split: Splitter, paragraphs: Iterable[Paragraph], limit: int) -> None:
    """Print up to ``limit`` wrong boundaries with their context."""
    for n, (kind, context) in enumerate(boundary_errors(paragraphs, split)):
        if n >= limit:
            break
        print(f"{kind}  {context!r}")


def run_quality(data: Path, window_size: int, peers: dict[str, Splitter | None], errors: int) -> None:
    """Score chronik (and the peers that are installed) on both GermEval paragraph sets."""
    sentences = read_germeval(data / "germeval2014" / "NER-de-dev.tsv")
    window = paragraphs_by_window(sentences, window_size)
    source = paragraphs_by_source(sentences)
    print(f"GermEval 2014 dev: {len(sentences)} sentences")
    print(f"  window: {len(window)} paragraphs of {window_size} sentences, paragraph ends not counted")
    print(f"  source: {len(source)} paragraphs (consecutive same-source sentences), paragraph ends counted")
    sets = {"window": (window, False), "source": (source, True)}
    ours = chronik_splitter()
    report_quality("chronik", ours, sets)
    for name, split in peers.items():
        if split is not None:
            report_quality(name, split, sets)
    if errors:
        print_errors(ours, window, errors)


def run_speed(data: Path, repeat: int, syntok: Splitter | None) -> None:
    """Time chronik's segment (best and median of ``repeat`` passes) and syntok (one pass)."""
    texts = read_10kgnad(data / "10kgnad" / "test.csv")
    chars = sum(map(len, texts)) / len(texts)
    best, median = throughput(chronik_splitter(), texts, repeat)
    print(f"10kGNAD test: {len(texts)} articles, {chars:.0f} chars on average, one process")
    mb_per_s = best * chars / 1e6
    print(f"chronik  segment: {best:.0f} articles/s best, {median:.0f} median ({mb_per_s:.2f} MB/s)")
    if syntok is not None:
        best, _ = throughput(syntok, texts, 1)
        print(f"syntok   segmenter: {best:.0f} articles/s (one pass)")


def main() -> None:
    """Parse options, score the splitters, time ``segment``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--window", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--no-peers", action="store_true")
    args = parser.parse_args()
    data = args.shared / "data"
    peers = {} if args.no_peers else {"syntok": syntok_splitter(), "somajo": somajo_splitter()}
    run_quality(data, args.window, peers, args.errors)
    run_speed(data, args.repeat, peers.get("syntok"))


if __name__ == "__main__":
    main()
