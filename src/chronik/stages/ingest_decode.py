"""Bytes to text for the ingest stage: binary detection and encoding guessing.

Order of decisions (see ``docs/input-formats.md``):

1. A byte-order mark decides the encoding (UTF-8, UTF-16, UTF-32).
2. Without one, a sample with NUL bytes or many other control bytes is
   binary, unless its NULs sit on every second byte (UTF-16 without a BOM).
3. Text that is valid UTF-8 is UTF-8.
4. Text that windows-1252 reads plausibly is windows-1252 (see
   :func:`plausible_western`): legacy German and Western European text.
   Short samples are where statistical guessers fail (charset-normalizer
   reads a Latin-1 sentence with umlauts as cp775), and a plausible
   windows-1252 reading is almost never wrong for such text.
5. Anything else gets charset-normalizer's best guess; where that guess
   ties with windows-1252, windows-1252 wins (see :func:`guess_encoding`).
"""

from __future__ import annotations

import codecs
import re

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
_CONTROL = frozenset(range(0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20)) | {0x7F}
_MAX_CONTROL_SHARE = 0.1
# windows-1252 is what browsers read "latin-1" and unlabelled Western pages as
# (WHATWG Encoding Standard); charset-normalizer often ranks cp1250 equal to it.
_WESTERN = "cp1252"
# Control characters that text does not contain (as in _CONTROL: tab, newlines, form feed, ESC allowed).
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_ASCII = re.compile("[\x00-\x7f]+")
_ASCII_LETTERS = re.compile("[A-Za-z]+")
# The letters of windows-1252 outside ASCII (its other characters are symbols, punctuation, digits).
_WESTERN_LETTERS = "ƒŠŒŽšœžŸªµºÀ-ÖØ-öø-ÿ"
_OTHER_LETTERS = re.compile(f"[{_WESTERN_LETTERS}]+")
# A non-ASCII non-letter between two letters ("K”ln" is cp850's "Köln" read as windows-1252, "fÃ¼r"
# is UTF-8's "für"); the apostrophe, en dash and middle dot do occur there ("geht’s", "Nord–Süd").
_ODD = re.compile(f"(?<=[A-Za-z{_WESTERN_LETTERS}])[^\\x00-\\x7f{_WESTERN_LETTERS}’–·]"
                  f"(?=[A-Za-z{_WESTERN_LETTERS}])")
_MAX_OTHER_LETTER_SHARE = 0.5
_MAX_ODD_SHARE = 0.1


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
    if plausible_western(data):
        return _WESTERN
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return _WESTERN
    for match in matches:
        if (match.chaos <= best.chaos and match.coherence >= best.coherence
                and _WESTERN in match.could_be_from_charset):
            return _WESTERN
    return best.encoding


def plausible_western(data: bytes) -> bool:
    """True when ``data`` reads as windows-1252 text in a Western European language.

    That is: every byte is defined in windows-1252, no control characters
    come out, at most half of the letters are non-ASCII (Western languages
    write mostly ASCII letters; Cyrillic, Greek, Hebrew or CJK bytes read as
    windows-1252 give almost only non-ASCII letters) and no more than one,
    or a tenth of the non-ASCII characters, are symbols stuck between two
    letters (another code page's letters read as windows-1252: cp850's
    umlauts, cp1250's ł and ż, or UTF-8 mojibake).
    """
    try:
        text = data.decode(_WESTERN)
    except UnicodeDecodeError:
        return False
    if _CONTROL_CHARS.search(text):
        return False
    other = len(text) - len(_OTHER_LETTERS.sub("", text))
    ascii_letters = len(text) - len(_ASCII_LETTERS.sub("", text))
    if other > _MAX_OTHER_LETTER_SHARE * (other + ascii_letters):
        return False
    odd = len(_ODD.findall(text))
    return odd <= 1 or odd <= _MAX_ODD_SHARE * len(_ASCII.sub("", text))


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
