"""Near-duplicate detection: MinHash over word 5-gram shingles, LSH bands in the store.

A re-published copy of a story (another outlet, a changed headline, a few
words edited) shares most of its word 5-grams with the original.  Each
article's MinHash signature (datasketch) is cut into ``BANDS`` bands of
``ROWS`` values; every band becomes one 63-bit key stored in the database.
Articles sharing a key are candidates, and a candidate whose estimated
Jaccard similarity reaches the threshold (0.9 by default) is a near-duplicate.

With 8 bands × 8 rows, a pair at Jaccard 0.9 becomes a candidate with
probability 0.99 and a pair at 0.5 with 0.03, so lookups stay cheap.  Band
keys live in the store (not in memory), so the index is incremental across
runs and memory stays flat in the number of articles.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

BANDS = 8
ROWS = 8
SHINGLE_WORDS = 5
_SEED = 1
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """An article's MinHash signature and its LSH band keys."""

    signature: np.ndarray
    band_keys: tuple[int, ...]

    def to_bytes(self) -> bytes:
        """The signature as bytes for the store."""
        return self.signature.astype("<u4").tobytes()


class NearDuplicateIndex:
    """Computes fingerprints with fixed permutations (built once, reused)."""

    def __init__(self) -> None:
        from datasketch import MinHash  # imports scipy: load it only when a run needs it

        self._minhash = MinHash
        self._template = MinHash(num_perm=BANDS * ROWS, seed=_SEED, scheme="affine32")

    def fingerprint(self, text: str) -> Fingerprint | None:
        """The fingerprint of ``text``, or None when it has too few words to shingle."""
        shingles = word_shingles(text)
        if not shingles:
            return None
        minhash = self._minhash(
            num_perm=len(self._template), seed=_SEED, permutations=self._template.permutations, scheme="affine32"
        )
        minhash.update_batch(shingles)
        signature = minhash.hashvalues.astype(np.uint32)
        return Fingerprint(signature, band_keys(signature))


def word_shingles(text: str, size: int = SHINGLE_WORDS) -> list[bytes]:
    """Distinct lower-cased word ``size``-grams of ``text`` as bytes."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return []
    return list({" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)})


def band_keys(signature: np.ndarray) -> tuple[int, ...]:
    """One signed 63-bit key per band (band number is part of the key)."""
    keys = []
    for band in range(BANDS):
        chunk = signature[band * ROWS : (band + 1) * ROWS].astype("<u4").tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True) >> 1)
    return tuple(keys)


def similarity(signature: np.ndarray, other: bytes | np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal values)."""
    other_sig = np.frombuffer(other, dtype="<u4") if isinstance(other, bytes | bytearray) else other
    return float(np.mean(signature == other_sig))
