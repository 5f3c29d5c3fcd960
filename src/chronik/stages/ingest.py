"""Stage ``ingest``: read every input a user has, and turn each document into an Article.

:func:`iter_inputs` resolves the user's paths (files, folders, glob patterns,
``-`` for standard input) and yields one :class:`~chronik.model.RawDoc` per
document or one :class:`~chronik.model.Skipped` per unusable input; the
formats themselves are read by ``ingest_files`` (txt, md, html, stdin),
``ingest_records`` (json, jsonl) and ``ingest_csv`` (csv, tsv).  Paths are
checked when :func:`iter_inputs` is called, so a wrong path fails before a
run writes anything.  ``docs/input-formats.md`` is the user's description.

:func:`make_article` is the per-article stage: it normalises the text,
derives the id and content hash, identifies the language and parses the
publication date.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import sys
import types
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronik.context import Context
from chronik.errors import InputError, UnknownFormatError
from chronik.model import Article, DateClaim, RawDoc, Skipped
from chronik.resources import LanguageData
from chronik.settings import Settings
from chronik.stages.ingest_csv import csv_delimiter
from chronik.stages.ingest_dates import calendar_value, month_patterns
from chronik.stages.ingest_files import FORMATS, format_of, read_path, read_stdin
from chronik.stages.ingest_records import storable, storable_value

_GLOB_CHARS = re.compile(r"[*?[]")
_SUPPORTED = ", ".join(sorted(FORMATS))


@dataclass(frozen=True, slots=True)
class _File:
    """One file to read; ``kind`` None means chronik does not read its format."""

    path: Path
    source: str
    kind: str | None


@dataclass(frozen=True, slots=True)
class _Folder:
    """A folder to walk; sources are ``<prefix>/<relative path>`` (no prefix for a named folder)."""

    path: Path
    prefix: str


_STDIN = "-"


def iter_inputs(paths: list[str], settings: Settings) -> Iterator[RawDoc | Skipped]:
    """Every document under ``paths`` as a RawDoc, every unusable input as a Skipped.

    Requires paths as the user gave them.  Raises :class:`InputError` at call
    time (before anything is read) for a path that does not exist, a glob
    that matches nothing or a CSV delimiter that is not one character, and
    :class:`UnknownFormatError` for a file named explicitly whose extension
    chronik does not read.  After that it never raises for a document: bad
    ones are yielded as Skipped.  Order is the order of ``paths``; within a
    folder, sorted by relative path.
    """
    delimiter = settings.csv.delimiter
    if delimiter is not None and len(csv_delimiter(delimiter) or "") != 1:
        raise InputError(f"CSV delimiter {delimiter!r} must be one character (write \\t for a tab)")
    plan = [item for arg in paths for item in _plan(arg)]
    return _generate(plan, settings)


def _plan(arg: str) -> list[_File | _Folder | Skipped | str]:
    """What one user-given path stands for; raises InputError/UnknownFormatError."""
    if arg == _STDIN:
        return [_STDIN]
    path = Path(arg)
    if path.is_dir():
        return [_Folder(path, "")]
    if path.exists():
        kind = format_of(path)
        if kind is None:
            what = f"{path.suffix} files" if path.suffix else "files without an extension"
            raise UnknownFormatError(f"{arg}: chronik does not read {what}; "
                                     f"convert it to one of {_SUPPORTED}")
        return [_File(path, path.as_posix(), kind)]
    if _GLOB_CHARS.search(arg):
        return _glob_plan(arg)
    raise InputError(f"{arg}: no such file or folder; give a file, a folder, a glob pattern "
                     "or - for standard input")


def _glob_plan(pattern: str) -> list[_File | Skipped]:
    """The files a glob pattern stands for, matched folders walked, each file once, sorted.

    ``**`` matches a folder and also every file in it; the files are listed once.
    """
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        raise InputError(f"{pattern}: no file matches this pattern; check it and the working directory")
    items: dict[str, _File | Skipped] = {}
    for match in matches:
        path = Path(match)
        found = _walk(_Folder(path, path.as_posix())) if path.is_dir() else [
            _File(path, path.as_posix(), format_of(path))]
        for item in found:
            items.setdefault(item.source, item)
    return [items[source] for source in sorted(items)]


def _generate(plan: list[_File | _Folder | Skipped | str], settings: Settings) -> Iterator[RawDoc | Skipped]:
    for item in _items(plan, settings):
        if isinstance(item, Skipped):
            # a file name that is not UTF-8 comes as lone surrogates (surrogateescape): not storable
            yield Skipped(storable(item.source), item.reason, storable(item.detail))
        else:
            item.source = storable(item.source)
            yield item


def _items(plan: list[_File | _Folder | Skipped | str], settings: Settings) -> Iterator[RawDoc | Skipped]:
    for item in plan:
        if isinstance(item, Skipped):
            yield item
        elif isinstance(item, _Folder):
            for found in _walk(item):
                yield from [found] if isinstance(found, Skipped) else _read_file(found, settings)
        elif isinstance(item, _File):
            yield from _read_file(item, settings)
        else:
            yield from read_stdin(sys.stdin, settings)


def _read_file(item: _File, settings: Settings) -> Iterator[RawDoc | Skipped]:
    if item.kind is None:
        yield Skipped(item.source, "unknown_format",
                      f"{item.path.suffix or 'no extension'} is not read; supported: {_SUPPORTED}")
    else:
        yield from read_path(item.path, item.kind, item.source, settings)


def _walk(folder: _Folder) -> Iterator[_File | Skipped]:
    """The files under ``folder``, sorted by relative path; hidden files and folders are left out.

    Symbolic links to folders are not followed (no cycles); a folder that
    cannot be listed is one ``unreadable`` Skipped.
    """
    errors: list[OSError] = []
    found: list[str] = []
    for root, dirs, files in os.walk(folder.path, onerror=errors.append):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(Path(root, name).relative_to(folder.path).as_posix() for name in files
                     if not name.startswith("."))
    for error in errors:
        yield Skipped(_source(folder, _relative(error.filename, folder.path)), "unreadable",
                      error.strerror or str(error))
    for relative in sorted(found):
        path = folder.path / relative
        yield _File(path, _source(folder, relative), format_of(path))


def _relative(name: Any, root: Path) -> str:
    try:
        return Path(name).relative_to(root).as_posix()
    except (TypeError, ValueError):
        return str(name)


def _source(folder: _Folder, relative: str) -> str:
    if relative == ".":  # the folder itself (it could not be listed)
        return folder.prefix or folder.path.as_posix()
    return f"{folder.prefix}/{relative}" if folder.prefix else relative


# ---- the stage ----------------------------------------------------------------------------------

_LANGID_CHARS = 1000  # language ID reads this many characters: enough for a confident guess, and fast
_MIN_LANGID_CHARS = 40  # below this a guess is noise: the default language is used
_MIN_LANG_CONFIDENCE = 0.5
_LANG_CODE = re.compile(r"[a-z]{2,3}")


def _translation() -> types.MappingProxyType[int, str | None]:
    """Characters to replace before anything else reads the text (see :func:`normalise_text`)."""
    table: dict[int, str | None] = {code: None for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}
    table.update({ord("\t"): "\t", ord("\n"): "\n"})
    table.update(dict.fromkeys(map(ord, "\x0b\x0c\x85\u2028\u2029"), "\n"))
    spaces = "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
    table.update(dict.fromkeys(map(ord, spaces), " "))
    table.update(dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"), None))  # soft hyphen, zero-width
    # lone surrogates ("\ud800" in JSON) cannot be encoded as UTF-8 or stored
    table.update(dict.fromkeys(range(0xD800, 0xE000), "\ufffd"))
    return types.MappingProxyType(table)


_TRANSLATION = _translation()
# str.translate walks every character; a regex finds the rare ones several times faster
_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in _TRANSLATION if c not in (9, 10)) + "]")


def normalise_text(text: str) -> str:
    """``text`` with line breaks as ``\\n``, Unicode NFC, every space character as `` ``.

    Removes the BOM, soft hyphens, zero-width spaces and control characters
    other than ``\\n`` and ``\\t`` (NUL included); replaces lone surrogates
    with U+FFFD.  Guarantees ``normalise_text(t)`` is a fixed point
    (normalising twice changes nothing) that encodes to UTF-8.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPECIAL.sub(lambda match: _TRANSLATION[ord(match[0])] or "", text)
    return unicodedata.normalize("NFC", text)


def content_hash(text: str) -> str:
    """SHA-256 (hex) of ``text`` with whitespace runs collapsed to one space and the ends stripped."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _load_identifier(_: LanguageData) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    loader = getattr(LanguageIdentifier, "from_model_file", None) or LanguageIdentifier.from_pickled_model
    return loader(MODEL_FILE, norm_probs=True)


def detect_language(text: str, given: str | None, ctx: Context) -> tuple[str, float, str]:
    """(language code, confidence, how it was decided: ``metadata``, ``langid`` or ``default``).

    A well-formed ``given`` code wins (``de-DE`` → ``de``).  Otherwise
    py3langid reads the first characters; a short text or an unsure guess
    gives ``settings.default_lang``.  The identifier is loaded once per Context.
    """
    code = (given or "").strip().lower().replace("_", "-").split("-")[0]
    if _LANG_CODE.fullmatch(code):
        return code, 1.0, "metadata"
    sample = " ".join(text[: 2 * _LANGID_CHARS].split())[:_LANGID_CHARS]
    if len(sample) < _MIN_LANGID_CHARS:
        return ctx.settings.default_lang, 0.0, "default"
    identifier = ctx.compiled("ingest.langid", ctx.lang(None), _load_identifier)
    guess, confidence = identifier.classify(sample)
    if confidence < _MIN_LANG_CONFIDENCE:
        return ctx.settings.default_lang, float(confidence), "default"
    return str(guess), float(confidence), "langid"


def _month_patterns(lang: LanguageData) -> tuple[re.Pattern[str], ...]:
    return month_patterns(lang.get("calendar", "months"))


def parse_published(value: str, evidence: str, lang: str, ctx: Context) -> DateClaim | None:
    """The DateClaim of a metadata date string, or None when it cannot be read.

    Month names are tried in the article's language first, then in every other bundled one.
    """
    first = ctx.lang(lang)
    for data in [first, *(d for d in ctx.languages.values() if d.code != first.code)]:
        patterns = ctx.compiled("ingest.month_patterns", data, _month_patterns)
        parsed = calendar_value(value, patterns, data.get("calendar", "months"))
        if parsed is not None:
            return DateClaim.from_value(parsed, evidence)
    return None


def _clean_field(value: str | None) -> str | None:
    if not value:
        return None
    return " ".join(normalise_text(value).split()) or None


def make_article(raw: RawDoc, ctx: Context) -> Article:
    """Stage ``ingest``: turn a RawDoc into an Article.

    Requires a RawDoc (from :func:`iter_inputs` or built by the caller).
    Sets ``raw_text`` (:func:`normalise_text` of ``raw.text``: every offset
    of later stages refers to it), ``id`` (first 16 hex digits of
    :func:`content_hash`, so copies differing only in whitespace share it),
    ``lang``, ``published`` (evidence from ``raw.published_evidence``, else
    ``metadata``), source/title/url/outlet, and ``meta``: ``raw.meta`` plus
    ``content_hash``, ``lang_confidence``, ``lang_source`` and, when the
    date could not be read, ``published_raw``.  Every string it sets holds
    no NUL and no lone surrogate (a RawDoc built by a caller included).
    """
    text = normalise_text(raw.text)
    digest = content_hash(text)
    lang, confidence, how = detect_language(text, raw.lang, ctx)
    published = None
    meta = dict(raw.meta)
    if raw.published and raw.published.strip():
        published = parse_published(raw.published, raw.published_evidence or "metadata", lang, ctx)
        if published is None:
            meta["published_raw"] = raw.published
    meta.update(content_hash=digest, lang_confidence=round(confidence, 4), lang_source=how)
    return Article(id=digest[:16], source=storable(raw.source), raw_text=text, title=_clean_field(raw.title),
                   url=_clean_field(raw.url), outlet=_clean_field(raw.outlet), lang=lang,
                   published=published, meta=storable_value(meta))
