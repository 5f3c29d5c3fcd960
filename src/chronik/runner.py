"""Corpus runs: read inputs, drop duplicates, run the stages, store in batches.

The flow per document is ingest → exact-duplicate check (content hash) →
clean → near-duplicate check (MinHash on the clean text) → the analysis
stages → store.  Documents are handled in bounded batches; each batch is
written in one transaction, so memory does not grow with the corpus and a
crash loses at most the batch in flight (a rerun picks it up again, and
everything already stored is recognised and left alone).
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from chronik import dedup
from chronik.context import Context
from chronik.inflight import InFlight
from chronik.model import Article, RawDoc, Skipped, Status
from chronik.parallel import Analyser, Pending
from chronik.pipeline import CLEAN_STAGES, process_article
from chronik.stages.ingest import iter_inputs, make_article
from chronik.store.repository import Batch, InputRecord, Store, skipped_record


@dataclass(slots=True)
class RunReport:
    """What one run did: counts per outcome and skipped inputs by reason.

    ``unchanged`` counts inputs already stored by an earlier run from the
    same source with the same content (a rerun changes nothing).
    """

    read: int = 0
    new: int = 0
    unchanged: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    skipped_examples: list[Skipped] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The counts as a JSON-ready dict (stored with the run)."""
        return {"read": self.read, "new": self.new, "unchanged": self.unchanged, "duplicate": self.duplicate,
                "near_duplicate": self.near_duplicate, "skipped": dict(self.skipped)}


Progress = Callable[[int], None]


def run(paths: list[str], store: Store, ctx: Context, progress: Progress | None = None) -> RunReport:
    """Ingest every document under ``paths`` into ``store`` and return the report.

    Raises :class:`chronik.errors.InputError` only for unusable paths (before
    anything is written); bad documents are skipped, stored and counted.
    """
    return run_documents(iter_inputs(paths, ctx.settings), paths, store, ctx, progress)


def run_documents(documents: Iterable[RawDoc | Skipped], paths: list[str], store: Store, ctx: Context,
                  progress: Progress | None = None) -> RunReport:
    """Store ``documents`` (from :func:`iter_inputs` over ``paths``) and return the report.

    With a pool (``workers`` > 1) the run is pipelined (:class:`_Pipeline`): this
    process prepares the next chunks and writes the finished ones while the
    pool analyses; the result equals that of a run that writes each chunk
    before preparing the next.
    """
    analyser = Analyser(ctx, ctx.settings.workers)
    in_flight = InFlight(store)
    corpus_run = _CorpusRun(in_flight, ctx, dedup.NearDuplicateIndex(), analyser)
    run_id = store.start_run(paths)
    pipeline = _Pipeline(store, corpus_run, in_flight, run_id, 0 if analyser.in_process else _PIPELINE_DEPTH)
    try:
        for chunk in chunks(documents, ctx.settings.batch_size):
            pipeline.push(chunk)
            if progress:
                progress(len(chunk))
        pipeline.drain()
    except BaseException:
        analyser.abort()
        raise
    analyser.close()
    store.finish_run(run_id, corpus_run.report.as_dict())
    return corpus_run.report


#: Chunks analysed in the pool while this process prepares and writes (memory: depth + 1 chunks).
_PIPELINE_DEPTH = 2


def chunks(items: Iterable[RawDoc | Skipped], size: int) -> Iterator[list[RawDoc | Skipped]]:
    """Consecutive lists of ``size`` items (the last may be shorter); reads ``items`` lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _content_hash(article: Article) -> str:
    return article.meta.get("content_hash", article.id)


def _input_key(article: Article) -> tuple[str, str]:
    """An input is a source name with a content: the same name with another text is another input."""
    return article.source, _content_hash(article)


def _make_article_or_skip(raw: RawDoc, ctx: Context) -> Article | Skipped:
    try:
        return make_article(raw, ctx)
    except Exception as exc:  # noqa: BLE001 — one odd document must not stop the batch or lose the rest
        return _processing_error(raw.source, exc)


def _processing_error(source: str, exc: Exception) -> Skipped:
    return Skipped(source, "processing_error", f"{type(exc).__name__}: {exc}"[:500])


@dataclass(slots=True)
class _BatchState:
    """Lookups for one batch: what the store knows plus what this batch added."""

    known_inputs: dict[tuple[str, str], InputRecord]
    hash_to_id: dict[str, str]
    batch: Batch = field(default_factory=Batch)
    signatures: dict[str, Any] = field(default_factory=dict)
    bands: dict[int, list[str]] = field(default_factory=dict)

    def record_input(self, record: InputRecord) -> None:
        """Write ``record`` with the batch; the same input met again in this run is then unchanged."""
        self.batch.inputs.append(record)
        self.known_inputs[(record.source, record.content_hash)] = record

    def remember(self, article_id: str, band_key: int, signature: Any) -> None:
        """Make ``article_id`` a near-duplicate candidate for articles sharing ``band_key``."""
        self.signatures[article_id] = signature
        self.bands.setdefault(band_key, []).append(article_id)


@dataclass(slots=True)
class PreparedChunk:
    """A chunk after every decision but the analysis (:meth:`CorpusRun.prepare_chunk`).

    ``batch`` holds what is decided (skipped inputs, duplicates,
    near-duplicates); ``pending`` the articles still to analyse, each with its
    MinHash fingerprint (None for a text too short to shingle).
    """

    batch: Batch
    pending: list[tuple[Article, dedup.Fingerprint | None]]

    def articles(self) -> list[Article]:
        """The articles still to analyse, in input order."""
        return [article for article, _ in self.pending]

    def failed_ids(self, outcomes: list) -> frozenset[str]:
        """The ids of the pending articles whose outcome (one per article, in order) is an exception."""
        return frozenset(a.id for (a, _), o in zip(self.pending, outcomes, strict=True) if isinstance(o, Exception))


@dataclass(slots=True)
class _CorpusRun:
    """One run's collaborators and its report; processes one chunk at a time."""

    store: Store
    ctx: Context
    index: dedup.NearDuplicateIndex
    analyser: Analyser
    report: RunReport = field(default_factory=RunReport)

    def prepare_chunk(self, chunk: list[RawDoc | Skipped]) -> PreparedChunk:
        """Every decision but the analysis: skipped, unchanged, duplicate, near-duplicate; the rest is pending.

        Exact duplicates are dropped before any stage runs; the rest are
        cleaned, fingerprinted, checked against one band-key lookup for the
        whole chunk, and only articles that are not near-duplicates are left
        to analyse.  Reads the store (``known_inputs``, ``articles_by_hash``,
        ``band_candidates``), writes nothing.
        """
        items = self._make_articles(chunk)
        articles = [item for item in items if isinstance(item, Article)]
        state = _BatchState(self.store.known_inputs(_input_key(a) for a in articles),
                            self.store.articles_by_hash(_content_hash(a) for a in articles))
        for item in items:
            if isinstance(item, Skipped):
                self._record_skip(item, state.batch)
        cleaned = [a for a in (self._drop_exact_duplicate(a, state) for a in articles) if a is not None]
        fingerprints = [self.index.fingerprint(a.text) for a in cleaned]
        for key, article_id, signature in self.store.band_candidates(
                k for f in fingerprints if f for k in f.band_keys):
            state.remember(article_id, key, signature)
        pending = [(a, f) for a, f in zip(cleaned, fingerprints) if not self._near_duplicate(a, f, state)]
        return PreparedChunk(state.batch, pending)

    def finish_chunk(self, prepared: PreparedChunk, outcomes: list, failed_before: Iterable[str] = ()) -> Batch:
        """The batch to write, given one outcome per pending article (the analysed article or the exception
        its stages raised).  Near-duplicates and duplicates of an article that failed (here or in
        ``failed_before``, articles of earlier chunks not yet written) are skipped with it."""
        batch, failed = prepared.batch, set(failed_before)
        for (article, fingerprint), outcome in zip(prepared.pending, outcomes, strict=True):
            if isinstance(outcome, Exception):
                self._record_skip(_processing_error(article.source, outcome), batch)
                failed.add(article.id)
            else:
                self._add_new(outcome, fingerprint, batch)
        self._drop_copies_of(failed, batch)
        # originals before their near-duplicates: a row may only point at a row already written
        batch.articles.sort(key=lambda entry: entry[0].status == Status.NEAR_DUPLICATE)
        return batch

    def _make_articles(self, chunk: list[RawDoc | Skipped]) -> list[RawDoc | Skipped | Article]:
        """Articles for the RawDocs of ``chunk``; a RawDoc that cannot become one turns into a Skipped."""
        self.report.read += len(chunk)
        return [item if isinstance(item, Skipped) else _make_article_or_skip(item, self.ctx) for item in chunk]

    def _drop_exact_duplicate(self, article: Article, state: _BatchState) -> Article | None:
        """None for an exact duplicate (recorded); else the cleaned article (None if cleaning failed)."""
        existing = state.hash_to_id.get(_content_hash(article))
        if existing is not None:
            self._record_exact_duplicate(article, existing, state)
            return None
        state.hash_to_id[_content_hash(article)] = article.id
        # the same input named twice in this run is then "unchanged", not a duplicate of itself
        state.known_inputs[_input_key(article)] = InputRecord(article.source, Status.NEW, article.id)
        return self._guarded(article, CLEAN_STAGES, state)

    def _guarded(self, article: Article, stages: tuple, state: _BatchState) -> Article | None:
        """Run ``stages``; a failure skips this article with reason ``processing_error``."""
        try:
            return process_article(article, self.ctx, stages)
        except Exception as exc:  # noqa: BLE001 — one stage's bug must not stop the batch or lose the rest
            self._record_skip(_processing_error(article.source, exc), state.batch)
            if state.hash_to_id.get(_content_hash(article)) == article.id:
                del state.hash_to_id[_content_hash(article)]  # a later copy must not point at an unwritten article
            return None

    def _record_skip(self, item: Skipped, batch: Batch) -> None:
        self.report.skipped[item.reason] += 1
        if len(self.report.skipped_examples) < 1000:
            self.report.skipped_examples.append(item)
        batch.inputs.append(skipped_record(item))

    def _near_duplicate(self, article: Article, fingerprint: dedup.Fingerprint | None, state: _BatchState) -> bool:
        """Record ``article`` as a near-duplicate and return True; else make it a candidate for later
        articles of the batch (before it is analysed, so the batch can be analysed in parallel)."""
        original = self._near_duplicate_of(fingerprint, state) if fingerprint else None
        if original is None:
            if fingerprint:
                for key in fingerprint.band_keys:
                    state.remember(article.id, key, fingerprint.signature)
            return False
        article.status, article.duplicate_of, article.meta["similarity"] = Status.NEAR_DUPLICATE, *original
        self.report.near_duplicate += 1
        state.batch.articles.append((article, None, []))
        state.record_input(InputRecord(article.source, Status.NEAR_DUPLICATE, article.id,
                                       content_hash=_content_hash(article)))
        return True

    def _drop_copies_of(self, failed: set[str], batch: Batch) -> None:
        """Near-duplicates and duplicates of articles whose analysis failed cannot link to them: they are
        skipped too (an exact copy would fail the same way)."""
        if not failed:
            return
        kept = []
        for entry in batch.articles:
            article = entry[0]
            if article.duplicate_of in failed:
                self.report.near_duplicate -= 1
                self._record_skip(Skipped(article.source, "processing_error", "its original failed"), batch)
                batch.inputs = [r for r in batch.inputs if r.article_id != article.id]
            else:
                kept.append(entry)
        batch.articles = kept
        for record in [r for r in batch.inputs if r.status == Status.DUPLICATE and r.article_id in failed]:
            self.report.duplicate -= 1
            batch.inputs.remove(record)
            self._record_skip(Skipped(record.source, "processing_error", "its original failed"), batch)

    def _add_new(self, article: Article, fingerprint: dedup.Fingerprint | None, batch: Batch) -> None:
        self.report.new += 1
        signature = fingerprint.to_bytes() if fingerprint else None
        batch.articles.append((article, signature, list(fingerprint.band_keys) if fingerprint else []))
        batch.inputs.append(InputRecord(article.source, Status.NEW, article.id, content_hash=_content_hash(article)))

    def _record_exact_duplicate(self, article: Article, existing: str, state: _BatchState) -> None:
        if _input_key(article) in state.known_inputs:  # this very input was read before
            self.report.unchanged += 1
            return
        self.report.duplicate += 1
        state.record_input(InputRecord(article.source, Status.DUPLICATE, existing,
                                       content_hash=_content_hash(article)))

    def _near_duplicate_of(self, fingerprint: dedup.Fingerprint, state: _BatchState) -> tuple[str, float] | None:
        """The most similar stored or in-batch article at or above the threshold, with its similarity."""
        candidates = {article_id: state.signatures[article_id]
                      for key in fingerprint.band_keys for article_id in state.bands.get(key, ())}
        best = max(((dedup.similarity(fingerprint.signature, sig), aid) for aid, sig in candidates.items()),
                   default=None)
        if best is not None and best[0] >= self.ctx.settings.near_duplicate_threshold:
            return best[1], round(best[0], 3)
        return None


@dataclass(slots=True)
class _Pipeline:
    """Chunks in flight in input order: each is prepared, handed to the pool, and written once more than
    ``depth`` chunks wait behind it, so the pool analyses while this process prepares and writes.

    ``in_flight`` (the corpus run's lookups) sees the chunks prepared but not
    written, so decisions equal those of an unpipelined run; it also keeps the
    articles whose analysis failed, so that their copies are skipped with them
    (:meth:`_CorpusRun.finish_chunk`) whichever chunk they are in.  Depth 0
    writes each chunk before the next is read.
    """

    store: Store
    corpus_run: _CorpusRun
    in_flight: InFlight
    run_id: int
    depth: int
    queue: deque[tuple[PreparedChunk, Pending]] = field(default_factory=deque)

    def push(self, chunk: list[RawDoc | Skipped]) -> None:
        """Prepare ``chunk``, start its analysis, and write the chunks beyond the depth."""
        prepared = self.corpus_run.prepare_chunk(chunk)
        self.in_flight.add(prepared)
        self.queue.append((prepared, self.corpus_run.analyser.submit(prepared.articles())))
        while len(self.queue) > self.depth:
            self._write_oldest()

    def drain(self) -> None:
        """Write every chunk still in flight."""
        while self.queue:
            self._write_oldest()

    def _write_oldest(self) -> None:
        prepared, pending = self.queue.popleft()
        outcomes = pending.get()
        batch = self.corpus_run.finish_chunk(prepared, outcomes, self.in_flight.failed_ids)
        self.store.write_batch(batch, self.run_id)
        self.in_flight.forget_oldest(prepared.failed_ids(outcomes))


#: The corpus run, for drivers that analyse and write elsewhere (:mod:`chronik.distributed`).
CorpusRun = _CorpusRun
