"""Chunks decided but not yet written: a store's ingest lookups that also see them.

A corpus run that prepares chunk k+1 while chunk k is still being analysed
or written (the pipelined local run, the Dask driver) must take the same
decisions (unchanged, duplicate, near-duplicate) as a run that writes chunk k
first.  :class:`InFlight` answers the three lookups ``prepare_chunk`` makes,
from the store plus the chunks in flight, oldest first.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from chronik.model import Status
from chronik.store.repository import InputRecord, Store

if TYPE_CHECKING:  # runner imports this module
    from chronik.runner import PreparedChunk


@dataclass(slots=True)
class Decided:
    """What one chunk in flight will write: its inputs, content hashes and band keys."""

    inputs: dict[tuple[str, str], InputRecord]
    hashes: dict[str, str]
    bands: dict[int, list[tuple[str, bytes]]]


def decided(prepared: PreparedChunk) -> Decided:
    """The lookups ``prepared`` adds once written (as the store would answer them then)."""
    hashes = {a.meta.get("content_hash", a.id): a.id for a, _, _ in prepared.batch.articles}
    bands: dict[int, list[tuple[str, bytes]]] = {}
    for article, fingerprint in prepared.pending:
        hashes[article.meta.get("content_hash", article.id)] = article.id
        for key in fingerprint.band_keys if fingerprint else ():
            bands.setdefault(key, []).append((article.id, fingerprint.to_bytes()))
    inputs = {(r.source, r.content_hash): r for r in prepared.batch.inputs if r.content_hash}
    for article, _ in prepared.pending:
        key = (article.source, article.meta.get("content_hash", article.id))
        inputs[key] = InputRecord(article.source, Status.NEW, article.id, content_hash=key[1])
    return Decided(inputs, hashes, bands)


#: Articles whose analysis failed that stay copy candidates for the rest of a run (memory bound).
MAX_FAILED = 10_000


def with_failures(known: frozenset[str], failed: Iterable[str]) -> frozenset[str]:
    """``known`` plus ``failed``, unless ``known`` already holds :data:`MAX_FAILED` ids (then ``known``).

    The one rule for which failed articles a run remembers: the driver's
    lookups and the chain of Dask writes apply it in the same chunk order, so
    a copy decided against a remembered failure is always skipped with it.
    """
    return known | frozenset(failed) if len(known) < MAX_FAILED else known


@dataclass(slots=True)
class InFlight:
    """The store's three ingest lookups, plus the chunks decided but not yet written (oldest first).

    Articles whose analysis failed are never written, yet their copies met
    later must be treated alike whether the failure was known when the copy
    was decided or not: they stay copy candidates (``failed``), and
    ``failed_ids`` tells the run to skip such copies with them.
    """

    store: Store
    chunks: deque[Decided] = field(default_factory=deque)
    failed: Decided = field(default_factory=lambda: Decided({}, {}, {}))
    failed_ids: frozenset[str] = frozenset()

    def add(self, prepared: PreparedChunk) -> None:
        """Answer for ``prepared`` until :meth:`forget_oldest` drops it."""
        self.chunks.append(decided(prepared))

    def forget_oldest(self, failed: Iterable[str] = ()) -> None:
        """Drop the oldest chunk: it is written, the store answers for it now.  Its articles in ``failed``
        were not written: they stay copy candidates (up to :data:`MAX_FAILED` per run)."""
        chunk = self.chunks.popleft()
        known, self.failed_ids = self.failed_ids, with_failures(self.failed_ids, failed)
        failed = self.failed_ids - known
        if not failed:
            return
        self.failed.hashes.update({h: aid for h, aid in chunk.hashes.items() if aid in failed})
        for key, entries in chunk.bands.items():
            if kept := [entry for entry in entries if entry[0] in failed]:
                self.failed.bands.setdefault(key, []).extend(kept)

    def known_inputs(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], InputRecord]:
        """As :meth:`Store.known_inputs`, with the inputs of the chunks in flight."""
        wanted = set(keys)
        known = self.store.known_inputs(wanted)
        for chunk in self.chunks:
            known.update({k: chunk.inputs[k] for k in wanted & chunk.inputs.keys()})
        return known

    def articles_by_hash(self, hashes: Iterable[str]) -> dict[str, str]:
        """As :meth:`Store.articles_by_hash`, with the articles in flight and those that failed."""
        wanted = set(hashes)
        found = self.store.articles_by_hash(wanted)
        for chunk in (self.failed, *self.chunks):
            found.update({h: chunk.hashes[h] for h in wanted & chunk.hashes.keys()})
        return found

    def band_candidates(self, band_keys: Iterable[int]) -> list[tuple[int, str, bytes]]:
        """As :meth:`Store.band_candidates`, with the articles in flight and those that failed."""
        keys = set(band_keys)
        found = self.store.band_candidates(keys)
        for chunk in (self.failed, *self.chunks):
            found += [(k, aid, sig) for k in keys & chunk.bands.keys() for aid, sig in chunk.bands[k]]
        return found
