"""The analysis stages over a process pool: the per-article stages are pure, so articles are mapped
over worker processes in chunks and come back analysed, in order.

Workers are forked from the running process where the platform allows it,
so they share the language data and knowledge base already loaded (no
second start-up); elsewhere each worker builds its Context once.  Small
batches (fewer articles than ``_MIN_PARALLEL``) run in-process: starting
processes would cost more than it saves.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from chronik.context import Context, build_context
from chronik.model import Article
from chronik.pipeline import ANALYSIS_STAGES, process_article
from chronik.settings import Settings

_MIN_PARALLEL = 8
_WORKER_CONTEXT: Context | None = None

Outcome = Article | Exception


class Pending(Protocol):
    """Outcomes being computed (a pool's ``AsyncResult`` or :class:`_Done`)."""

    def get(self) -> list[Outcome]: ...


@dataclass(slots=True)
class _Joined:
    """Outcomes computed here (``head``) followed by those still being computed (``rest``)."""

    head: list[Outcome]
    rest: Pending

    def get(self) -> list[Outcome]:
        return self.head + self.rest.get()


@dataclass(slots=True)
class _Done:
    """Outcomes already computed in this process."""

    outcomes: list[Outcome]

    def get(self) -> list[Outcome]:
        return self.outcomes


def worker_count(requested: int) -> int:
    """``requested`` workers, or all cores for 0 (at least 1)."""
    return requested if requested > 0 else max(1, os.cpu_count() or 1)


class Analyser:
    """Runs ``ANALYSIS_STAGES`` over lists of articles, in a pool when ``workers`` > 1."""

    def __init__(self, ctx: Context, workers: int) -> None:
        self.ctx = ctx
        self.workers = worker_count(workers)
        self._pool = None
        self._frozen = False

    def analyse(self, articles: list[Article]) -> list[Outcome]:
        """Each article analysed, or the exception its stages raised, in input order."""
        return self.submit(articles).get()

    def submit(self, articles: list[Article]) -> Pending:
        """Start analysing ``articles`` and return at once where a pool does the work (in-process work is
        done before returning); ``.get()`` gives :meth:`analyse`'s result."""
        if self.workers == 1 or len(articles) < _MIN_PARALLEL:
            done = _Done([_analyse_here(article, self.ctx) for article in articles])
            if len(articles) >= _MIN_PARALLEL:  # a run long enough for it to pay
                self._freeze_resources()
            return done
        head: list[Outcome] = []
        if self._pool is None:
            # the first article is analysed here, before the workers fork: every lazily loaded resource
            # (dictionaries, indexes) is then loaded once and shared copy-on-write, not once per worker
            head, articles = [_analyse_here(articles[0], self.ctx)], articles[1:]
            self._freeze_resources()
        chunk = max(1, len(articles) // (self.workers * 4))
        rest = self._get_pool().map_async(_analyse_in_worker, articles, chunksize=chunk)
        return _Joined(head, rest) if head else rest

    def _freeze_resources(self) -> None:
        """Once articles have been analysed here, move what they loaded (knowledge base, dictionaries:
        long-lived objects by the million) out of the garbage collector's reach.  Every full collection
        would otherwise walk them again, and in forked workers that walk writes to the shared pages, so
        each worker would end up with its own copy.  Done once per Analyser."""
        if not self._frozen:
            gc.collect()
            gc.freeze()
            self._frozen = True

    @property
    def in_process(self) -> bool:
        """True when every batch is analysed in this process (nothing would overlap with it)."""
        return self.workers == 1

    def abort(self) -> None:
        """Stop the pool's workers now, dropping work in flight (the run failed)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def close(self) -> None:
        """Let the pool finish its work and stop it."""
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def _get_pool(self):
        if self._pool is None:
            global _WORKER_CONTEXT
            _WORKER_CONTEXT = self.ctx  # inherited by forked workers
            method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
            init: Callable | None = None if method == "fork" else _init_worker
            args = () if method == "fork" else (self.ctx.settings,)
            self._pool = mp.get_context(method).Pool(self.workers, initializer=init, initargs=args)
        return self._pool


def _init_worker(settings: Settings) -> None:
    global _WORKER_CONTEXT
    _WORKER_CONTEXT = build_context(settings)


def _analyse_here(article: Article, ctx: Context) -> Outcome:
    try:
        return process_article(article, ctx, ANALYSIS_STAGES)
    except Exception as exc:  # noqa: BLE001 — a stage's bug must not stop the batch; the caller records it
        return exc


def _analyse_in_worker(article: Article) -> Outcome:
    assert _WORKER_CONTEXT is not None
    return _analyse_here(article, _WORKER_CONTEXT)
