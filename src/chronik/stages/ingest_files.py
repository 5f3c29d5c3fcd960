"""Reading one file, or standard input, for the ingest stage.

Checks come before any decoding, cheapest first: size (``stat``, never a
read), emptiness, binary content (first 8 KB).  Plain text and HTML files
are then read whole; JSONL and CSV files are streamed and the size limit
applies per record instead (see ``docs/input-formats.md``).

HTML goes through trafilatura (main text, title, URL, site name) on the
already decoded string.  Its publication date comes from htmldate, called by
trafilatura with ``original_date=True, extensive_search=False``: only the
page's metadata and markup count, not dates found in the body text, hence
the evidence ``html-meta``.  Metadata strings are made storable (no NUL, no
lone surrogates: see ``ingest_records.storable``).  Neither library is given
a URL or a string that could be taken for one (htmldate fetches a bare
``http…`` string), so nothing is fetched from the network.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any

from chronik.model import RawDoc, Skipped
from chronik.settings import Settings
from chronik.stages.ingest_csv import read_csv
from chronik.stages.ingest_decode import SAMPLE_BYTES, decode_bytes, looks_binary
from chronik.stages.ingest_records import looks_like_jsonl, read_json, read_jsonl, short_text, storable_value

#: File extension (lower case) -> format read by this module.
FORMATS: Mapping[str, str] = MappingProxyType({
    ".txt": "text", ".md": "text",
    ".html": "html", ".htm": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
})
_STREAMED = frozenset({"jsonl", "csv", "tsv"})
# " date 2020-01" / "date: 2020-01-07" as the first line: a metadata header of chronik's
# plain-text format (a format keyword, not language knowledge).  Text may follow on the same line.
_HEADER = re.compile(
    r"\A\ufeff?[ \t]*date:?[ \t]+(?P<value>\d{4}(?:-\d{2}){0,2}(?:T[0-9:.+\-Z]*)?)(?=\s|\Z)"
    r"[ \t]*(?:\r\n|\r|\n)?",
    re.IGNORECASE,
)
_HTML_DATES = {"original_date": True, "extensive_search": False}
_HTML_FIELDS = ("title", "url", "sitename", "date", "author", "hostname", "description")


def format_of(path: Path) -> str | None:
    """The format of ``path`` by its extension, or None when chronik does not read it."""
    return FORMATS.get(path.suffix.lower())


def split_header(text: str) -> tuple[str, str | None]:
    """``text`` without a leading ``date YYYY[-MM[-DD]]`` header, and the header's value (or None)."""
    match = _HEADER.match(text)
    if not match:
        return text.removeprefix("\ufeff"), None
    return text[match.end():].lstrip(" \t"), match["value"]


def text_doc(text: str, source: str, settings: Settings) -> RawDoc | Skipped:
    """A plain-text document: header taken off, then checked for length."""
    body, published = split_header(text)
    problem = short_text(body, settings)
    if problem:
        return Skipped(source, problem.reason, problem.detail)
    return RawDoc(source=source, text=body, published=published,
                  published_evidence="header" if published else None)


def _html_text(extracted: Any) -> str:
    """trafilatura's text with its blocks (one per line) as paragraphs."""
    lines = (line.strip() for line in (extracted.text or "").split("\n"))
    return "\n\n".join(line for line in lines if line)


def html_doc(html: str, source: str, settings: Settings) -> RawDoc | Skipped:
    """The main text and metadata of an HTML page, or ``no_text`` when there is none."""
    import trafilatura  # here, not at the top: it takes a while to import and only HTML needs it

    # third-party parsers on untrusted input: whatever they raise, one page must not stop a batch
    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                                date_extraction_params=_HTML_DATES)
    except Exception as exc:  # noqa: BLE001
        return Skipped(source, "malformed", f"HTML could not be parsed: {type(exc).__name__}: {exc}")
    text = _html_text(extracted) if extracted is not None else ""
    if short_text(text, settings):
        return Skipped(source, "no_text", f"no main text found ({len(text.strip())} characters)")
    fields = storable_value({key: getattr(extracted, key, None) or None for key in _HTML_FIELDS})
    meta = {key: fields[key] for key in ("author", "hostname", "description") if fields[key]}
    return RawDoc(source=source, text=text, title=fields["title"], url=fields["url"],
                  outlet=fields["sitename"], published=fields["date"],
                  published_evidence="html-meta" if fields["date"] else None, meta=meta)


def read_path(path: Path, kind: str, source: str, settings: Settings) -> Iterator[RawDoc | Skipped]:
    """Every document in the file at ``path`` of format ``kind``, named from ``source``.

    Never raises for the file's content or an I/O error: those become Skipped.
    """
    try:
        yield from _read(path, kind, source, settings)
    except OSError as exc:
        yield Skipped(source, "unreadable", exc.strerror or str(exc))


def _read(path: Path, kind: str, source: str, settings: Settings) -> Iterator[RawDoc | Skipped]:
    size = path.stat().st_size
    if kind not in _STREAMED and size > settings.max_file_bytes:
        yield Skipped(source, "too_large", f"{size} bytes, over max_file_bytes={settings.max_file_bytes}")
        return
    with path.open("rb") as stream:
        head = stream.read(SAMPLE_BYTES)
    if size <= len(head) and not head.strip():
        yield Skipped(source, "empty", f"{size} bytes, no text")
    elif looks_binary(head):
        yield Skipped(source, "binary", "NUL or control bytes in the first 8 KB")
    elif kind == "jsonl":
        with path.open("rb") as stream:
            yield from read_jsonl(stream, source, settings)
    elif kind in ("csv", "tsv"):
        yield from read_csv(path, source, settings, tab=kind == "tsv")
    else:
        yield from _whole(kind, path.read_bytes(), source, settings)


def _whole(kind: str, data: bytes, source: str, settings: Settings) -> Iterator[RawDoc | Skipped]:
    if kind == "json":
        yield from read_json(data, source, settings)
    elif kind == "html":
        yield html_doc(decode_bytes(data), source, settings)
    else:
        yield text_doc(decode_bytes(data), source, settings)


class _Prefixed:
    """A binary line reader over ``head`` and then the rest of ``tail`` (only ``readline``)."""

    def __init__(self, head: bytes, tail: IO[bytes]) -> None:
        self._head = io.BytesIO(head)
        self._tail = tail

    def readline(self, limit: int = -1) -> bytes:
        """The next line, at most ``limit`` bytes when ``limit >= 0``."""
        line = self._head.readline(limit)
        if line.endswith(b"\n") or 0 <= limit <= len(line):
            return line
        return line + self._tail.readline(limit - len(line) if limit >= 0 else -1)


def read_stdin(stream: IO[Any], settings: Settings) -> Iterator[RawDoc | Skipped]:
    """Standard input: JSONL records (``-#<n>``) when every line is a JSON object, else one document ``-``.

    Reads at most ``max_file_bytes + 1`` bytes before deciding; a longer
    input that is not JSONL is ``too_large``.
    """
    binary = getattr(stream, "buffer", None)
    if binary is None:  # a text stream (tests, notebooks): already decoded
        binary = io.BytesIO(stream.read().encode("utf-8"))
    head = binary.read(settings.max_file_bytes + 1)
    complete = len(head) <= settings.max_file_bytes
    if looks_like_jsonl(head, complete):
        yield from read_jsonl(_Prefixed(head, binary), "-", settings)  # type: ignore[arg-type]
    elif not complete:
        yield Skipped("-", "too_large", f"standard input is over max_file_bytes={settings.max_file_bytes}")
    elif not head.strip():
        yield Skipped("-", "empty", "no text on standard input")
    elif looks_binary(head[:SAMPLE_BYTES]):
        yield Skipped("-", "binary", "NUL or control bytes in the first 8 KB")
    else:
        yield text_doc(decode_bytes(head), "-", settings)
