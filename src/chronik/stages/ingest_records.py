"""Structured inputs for the ingest stage: JSON, JSONL records and the shared record schema.

A record is a mapping of field names to values.  The schema (documented in
``docs/input-formats.md``) names each field by its canonical name or an
alias, matched case-insensitively; the first name present wins and every
other field goes to ``RawDoc.meta``.  These are file-format field names,
not language knowledge, so they live here and not in ``lang/``.

JSONL is streamed line by line in binary mode, so a huge file never sits in
memory and a line over ``max_file_bytes`` is skipped (``too_large``) without
being read whole.  A ``.json`` file holds one object or a list of objects
and is read whole (the file-size limit applies to it).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import IO, Any

from chronik.model import RawDoc, Skipped
from chronik.settings import Settings
from chronik.stages.ingest_decode import decode_bytes

#: Canonical field -> accepted names, in order of preference.
FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at", "pubdate"),
    "url": ("url", "link"),
    "outlet": ("outlet", "sitename", "publisher"),
    "lang": ("lang", "language"),
    "id": ("id",),
})
_SKIP_CHUNK = 1 << 20


def field_of(name: str) -> str | None:
    """The canonical field a column or key called ``name`` fills, or None."""
    wanted = name.strip().lower()
    for canonical, names in FIELDS.items():
        if wanted in names:
            return canonical
    return None


def short_text(text: str, settings: Settings) -> Skipped | None:
    """An ``empty`` Skipped (source left blank) when ``text`` is too short after stripping, else None."""
    length = len(text.strip())
    if length == 0:
        return Skipped("", "empty", "no text")
    if length < settings.min_text_chars:
        return Skipped("", "empty",
                       f"{length} characters of text, fewer than min_text_chars={settings.min_text_chars}")
    return None


def _pick(record: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split ``record`` into canonical fields (first matching name wins) and the rest."""
    fields: dict[str, Any] = {}
    rest: dict[str, Any] = {}
    by_name = {str(key).strip().lower(): key for key in record}
    used = set()
    for canonical, names in FIELDS.items():
        for name in names:
            if name in by_name and record[by_name[name]] not in (None, ""):
                fields[canonical] = record[by_name[name]]
                used.add(by_name[name])
                break
    for key, value in record.items():
        if key not in used:
            rest[str(key)] = value
    return fields, rest


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value).strip() or None


def record_to_doc(record: Any, base: str, number: int, settings: Settings) -> RawDoc | Skipped:
    """The RawDoc of one record, or a Skipped saying why there is none.

    ``base`` is the file's source name and ``number`` the record's line or row
    number; the source becomes ``<base>#<id>`` or ``<base>#<number>``.
    Guarantees a RawDoc has a string ``text`` of at least ``min_text_chars``.
    """
    if not isinstance(record, Mapping):
        return Skipped(f"{base}#{number}", "malformed", f"expected an object, got {type(record).__name__}")
    fields, rest = _pick(record)
    record_id = _as_str(fields.get("id"))
    source = f"{base}#{record_id if record_id else number}"
    text = fields.get("text")
    if text is None:
        names = "/".join(FIELDS["text"])
        return Skipped(source, "no_text", f"no {names} field")
    if not isinstance(text, str):
        return Skipped(source, "malformed", f"text is a {type(text).__name__}, not a string")
    problem = short_text(text, settings)
    if problem:
        return Skipped(source, problem.reason, problem.detail)
    published = _as_str(fields.get("published"))
    if record_id is not None:
        rest["id"] = record_id
    return RawDoc(source=source, text=text, title=_as_str(fields.get("title")),
                  url=_as_str(fields.get("url")), outlet=_as_str(fields.get("outlet")), published=published,
                  published_evidence="metadata" if published else None,
                  lang=_as_str(fields.get("lang")), meta=rest)


def read_json(data: bytes, base: str, settings: Settings) -> Iterator[RawDoc | Skipped]:
    """The records of a whole ``.json`` file: one object or a list of objects.

    Requires the file's bytes (size already checked).  Unparsable JSON is one
    ``malformed`` Skipped for the file; records are numbered from 1.
    """
    try:
        content = json.loads(decode_bytes(data))
    except (json.JSONDecodeError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        yield Skipped(base, "malformed", f"invalid JSON: {exc}")
        return
    if isinstance(content, list):
        for number, record in enumerate(content, 1):
            yield record_to_doc(record, base, number, settings)
        return
    doc = record_to_doc(content, base, 1, settings)
    if isinstance(content, Mapping) and _as_str(_pick(content)[0].get("id")) is None:
        # a file with one record is named by its path alone
        doc = _renamed(doc, base)
    yield doc


def _renamed(doc: RawDoc | Skipped, source: str) -> RawDoc | Skipped:
    if isinstance(doc, Skipped):
        return Skipped(source, doc.reason, doc.detail)
    doc.source = source
    return doc


def _read_line(stream: IO[bytes], limit: int) -> tuple[bytes, bool]:
    """The next line (at most ``limit`` bytes kept) and whether it was longer than that.

    The rest of an over-long line is read and dropped in chunks, never held whole.
    """
    line = stream.readline(limit + 1)
    if len(line) <= limit or line.endswith(b"\n"):
        return line, False
    while chunk := stream.readline(_SKIP_CHUNK):
        if chunk.endswith(b"\n"):
            break
    return b"", True


def _decode_line(line: bytes, first: bool) -> str:
    try:
        return line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError:
        return decode_bytes(line)


def read_jsonl(stream: IO[bytes], base: str, settings: Settings) -> Iterator[RawDoc | Skipped]:
    """The records of a JSONL stream, one per non-blank line (numbered from 1).

    A line that is not JSON is a ``malformed`` Skipped with its number and the
    parser's message; a line over ``max_file_bytes`` is ``too_large``; the
    other lines still come through.
    """
    number = 0
    while True:
        line, too_long = _read_line(stream, settings.max_file_bytes)
        if not line and not too_long:
            return
        number += 1
        if too_long:
            yield Skipped(f"{base}#{number}", "too_large", f"line {number} is over max_file_bytes="
                          f"{settings.max_file_bytes}")
            continue
        text = _decode_line(line, number == 1)
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield Skipped(f"{base}#{number}", "malformed", f"line {number}: {exc}")
            continue
        yield record_to_doc(record, base, number, settings)


def looks_like_jsonl(head: bytes, complete: bool) -> bool:
    """True when every non-blank line of ``head`` starts with ``{`` and the first is a JSON object.

    ``complete`` says whether ``head`` is the whole stream; if not, its last
    (possibly cut) line is ignored.
    """
    lines = [line.strip() for line in head.split(b"\n")]
    if not complete:
        lines = lines[:-1]
    lines = [line.removeprefix(b"\xef\xbb\xbf") for line in lines if line]
    if not lines or not all(line.startswith(b"{") for line in lines):
        return False
    try:
        return isinstance(json.loads(_decode_line(lines[0], True)), dict)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
