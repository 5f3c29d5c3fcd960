"""Bytes to text for the ingest stage: binary detection and encoding guessing.

Order of decisions (see ``docs/input-formats.md``):

1. A byte-order mark decides the encoding (UTF-8, UTF-16, UTF-32).
2. Without one, a sample with NUL bytes or many other control bytes is
   binary, unless its NULs sit on every second byte (UTF-16 without a BOM).
3. Text that is valid UTF-8 is UTF-8.
4. Anything else gets charset-normalizer's best guess; where that guess
   ties with windows-1252, windows-1252 wins (see :func:`guess_encoding`).
"""

from __future__ import annotations

import codecs

import charset_normalizer

#: How many leading bytes the binary test and the encoding guess look at.
SAMPLE_BYTES = 8192
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that never occur in text (tab, newlines, form feed and ESC do).
_CONTROL = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20)) | {0x7F}
_MAX_CONTROL_SHARE = 0.1
# windows-1252 is what browsers read "latin-1" and unlabelled Western pages as
# (WHATWG Encoding Standard); charset-normalizer often ranks cp1250 equal to it.
_WESTERN = "cp1252"


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs fill every second byte of ``sample`` (ASCII-range text)."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(sample: bytes) -> bool:
    """True when ``sample`` (the first bytes of a file) is not text in any encoding we read.

    Requires the leading bytes, not a slice from the middle (the BOM is checked).
    """
    if not sample or bom_encoding(sample) or _utf16_without_bom(sample):
        return False
    if 0 in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls > _MAX_CONTROL_SHARE * len(sample)


def guess_encoding(data: bytes) -> str:
    """The encoding to decode ``data`` with; always a codec name Python knows.

    Requires ``data`` that :func:`looks_binary` accepted (or a prefix of it).
    A truncated multi-byte sequence at the end of a UTF-8 sample still counts
    as UTF-8.
    """
    named = bom_encoding(data) or _utf16_without_bom(data[:SAMPLE_BYTES])
    if named:
        return named
    if _is_utf8(data):
        return "utf-8"
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return _WESTERN
    for match in matches:
        if (match.chaos <= best.chaos and match.coherence >= best.coherence
                and _WESTERN in match.could_be_from_charset):
            return _WESTERN
    return best.encoding


def _is_utf8(data: bytes) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True


def decode_bytes(data: bytes) -> str:
    """``data`` decoded with :func:`guess_encoding`, without a leading BOM.

    Never raises: a byte the chosen codec cannot decode becomes U+FFFD.
    """
    text = data.decode(guess_encoding(data), errors="replace")
    return text.removeprefix("\ufeff")
