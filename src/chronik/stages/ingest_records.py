"""Structured inputs for the ingest stage: JSON, JSONL records and the shared record schema.

A record is a mapping of field names to values.  The schema (documented in
``docs/input-formats.md``) names each field by its canonical name or an
alias, matched case-insensitively; the first name present wins and every
other field goes to ``RawDoc.meta``.  These are file-format field names,
not language knowledge, so they live here and not in ``lang/``.

Every string in a record (keys and nested values included) is made
storable first (:func:`storable`): NUL characters removed, lone surrogates
(``"\\ud800"`` in JSON) replaced by U+FFFD, since PostgreSQL text and UTF-8
hold neither.  A record with ``NaN``, ``Infinity`` or a number too large
for a float (Python's ``json`` reads it as infinity) is ``malformed``:
PostgreSQL's JSON cannot hold them.

JSONL is streamed line by line in binary mode, so a huge file never sits in
memory and a line over ``max_file_bytes`` is skipped (``too_large``) without
being read whole.  A ``.json`` file holds one object or a list of objects
and is read whole (the file-size limit applies to it).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
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
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# Deeper records are malformed, so that recursive code (storable_value here, json.dumps in the
# store) cannot overflow the stack on them.
_MAX_DEPTH = 64


def storable(text: str) -> str:
    """``text`` without NUL characters and with lone surrogates as U+FFFD.

    Guarantees a string that encodes to UTF-8 and that PostgreSQL text accepts.
    """
    if not _UNSTORABLE.search(text):
        return text
    return _UNSTORABLE.sub(lambda match: "" if match[0] == "\x00" else "\ufffd", text)


def storable_value(value: Any) -> Any:
    """``value`` with :func:`storable` applied to every string in it, keys of mappings included.

    Lists and mappings are copied (a mapping becomes a dict); other values are returned as they are.
    """
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, Mapping):
        return {storable_value(key): storable_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [storable_value(item) for item in value]
    return value


def _too_deep(value: Any) -> bool:
    """True when lists and objects in ``value`` nest deeper than ``_MAX_DEPTH`` (found without recursion)."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (Mapping, list)):
            if depth >= _MAX_DEPTH:
                return True
            children = item.values() if isinstance(item, Mapping) else item
            stack.extend((child, depth + 1) for child in children)
    return False


def _non_finite(value: Any, where: str = "") -> str | None:
    """Where in ``value`` a NaN or infinite number sits (``score``, ``tags[2]``), or None."""
    if isinstance(value, float) and not math.isfinite(value):
        return where or "the value"
    if isinstance(value, Mapping):
        found = (_non_finite(item, f"{where}.{key}" if where else str(key)) for key, item in value.items())
    elif isinstance(value, list):
        found = (_non_finite(item, f"{where}[{index}]") for index, item in enumerate(value))
    else:
        return None
    return next((place for place in found if place), None)


@dataclass(slots=True)
class RecordNames:
    """Source names for the records of one file, never the same name twice.

    A record is ``<base>#<id>`` (``key``), or ``<base>#<number>`` when it has
    no id or an earlier record of the file already took that name (a repeated
    id); ``<base>#<number>-2``, ``-3`` … when that is taken too (an id equal
    to another record's number).  Keeps every name given, so memory grows
    with the number of records in the file.
    """

    base: str
    given: set[str] = field(default_factory=set)

    def name(self, key: object, number: int) -> str:
        """The name for record ``number`` whose id is ``key`` (``number`` itself when it has none)."""
        chosen = f"{self.base}#{key}"
        if chosen in self.given:
            chosen = f"{self.base}#{number}"
        suffix = 2
        while chosen in self.given:
            chosen = f"{self.base}#{number}-{suffix}"
            suffix += 1
        self.given.add(chosen)
        return chosen


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


def record_to_doc(record: Any, names: RecordNames, number: int, settings: Settings) -> RawDoc | Skipped:
    """The RawDoc of one record, or a Skipped saying why there is none.

    ``names`` names the records of the file and ``number`` is the record's
    line or row number; the source is ``<base>#<id>`` or ``<base>#<number>``
    (see :class:`RecordNames`).  Guarantees a RawDoc has a string ``text`` of
    at least ``min_text_chars``, only :func:`storable` strings and only finite numbers.
    """
    if not isinstance(record, Mapping):
        return Skipped(names.name(number, number), "malformed",
                       f"expected an object, got {type(record).__name__}")
    if _too_deep(record):
        return Skipped(names.name(number, number), "malformed", f"nested deeper than {_MAX_DEPTH} levels")
    record = storable_value(record)
    fields, rest = _pick(record)
    record_id = _as_str(fields.get("id"))
    source = names.name(record_id or number, number)
    place = _non_finite(record)
    if place:  # PostgreSQL's JSON holds neither, and Python writes them as invalid JSON
        return Skipped(source, "malformed", f"{place} is NaN or infinite, which JSON does not allow")
    text = fields.get("text")
    if text is None:
        accepted = "/".join(FIELDS["text"])
        return Skipped(source, "no_text", f"no {accepted} field")
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
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        yield Skipped(base, "malformed", f"invalid JSON: {exc}")
        return
    names = RecordNames(base)
    if isinstance(content, list):
        for number, record in enumerate(content, 1):
            yield record_to_doc(record, names, number, settings)
        return
    doc = record_to_doc(content, names, 1, settings)
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
    parser's message, as is a record with ``NaN``/``Infinity`` (see
    :func:`record_to_doc`); a line over ``max_file_bytes`` is ``too_large``;
    the other lines still come through.
    """
    number = 0
    names = RecordNames(base)
    while True:
        line, too_long = _read_line(stream, settings.max_file_bytes)
        if not line and not too_long:
            return
        number += 1
        if too_long:
            yield Skipped(names.name(number, number), "too_large",
                          f"line {number} is over max_file_bytes={settings.max_file_bytes}")
            continue
        text = _decode_line(line, number == 1)
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except (ValueError, RecursionError) as exc:  # ValueError: JSONDecodeError, NaN, a 5000-digit int
            yield Skipped(names.name(number, number), "malformed", f"line {number}: {exc}")
            continue
        yield record_to_doc(record, names, number, settings)


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
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, a 5000-digit number
        return False
