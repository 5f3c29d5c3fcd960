"""CSV and TSV inputs for the ingest stage: dialect, header and columns, then one record per row.

Decisions, each overridable by :class:`chronik.settings.CsvOptions`:

* Delimiter and quote character: every pair of ``, ; TAB |`` and ``" '`` is
  tried on the first 64 KB; the pair under which most rows have the same
  number (two or more) of fields wins, ties going to the earlier pair.
  ``csv.Sniffer`` is not used: it reads 10kGNAD's ``label;'text'`` rows as
  space-delimited.  ``.tsv`` files are tab-delimited.
* Header: present when a first-row cell names a known field (``text``,
  ``title``, ``date`` … see :data:`chronik.stages.ingest_records.FIELDS`) or a
  configured column; otherwise when the first row's cells are short, distinct
  and not numbers while the same cell of the text column is on average at
  least three times longer in the rows below.
* Text column: the configured one, else the header's ``text`` field, else the
  column with the longest cells on average.  Other columns go to ``meta``
  under their header name, or ``column_<i>`` (0-based) without a header.

Rows are streamed; a field over ``max_file_bytes`` (``csv.field_size_limit``,
a process-wide setting of the ``csv`` module) makes that row ``too_large``.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from chronik.model import RawDoc, Skipped
from chronik.settings import CsvOptions, Settings
from chronik.stages.ingest_decode import guess_encoding
from chronik.stages.ingest_records import RecordNames, field_of, record_to_doc

_DELIMITERS = ",;\t|"
_QUOTES = ('"', "'")
_SAMPLE_CHARS = 65536
_SAMPLE_ROWS = 200
_HEADER_CELL_MAX = 64
_MAX_ERRORS_IN_A_ROW = 100


def sniff_dialect(sample: str, complete: bool, delimiters: str = _DELIMITERS) -> tuple[str, str]:
    """The (delimiter, quote character) under which ``sample``'s rows are most regular.

    ``complete`` says whether ``sample`` is the whole file (else its last row
    may be cut and is ignored).  Between equally regular readings the one
    leaving fewer cells that begin with a quote character wins (those quotes
    were not read as quotes).  Falls back to the first delimiter and ``"``.
    """
    best = ((0.0, 0), delimiters[0], '"')
    for delimiter in delimiters:
        for quote in _QUOTES:
            score = _regularity(sample, complete, delimiter, quote)
            if score[0] > 0 and score > best[0]:
                best = (score, delimiter, quote)
    return best[1], best[2]


def _regularity(sample: str, complete: bool, delimiter: str, quote: str) -> tuple[float, int]:
    """(share of rows with the most common field count, minus the cells opening with a quote).

    The share is 0 when the most common count is below 2.
    """
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter, quotechar=quote)
    rows: list[list[str]] = []
    try:
        rows.extend(row for row in islice(reader, _SAMPLE_ROWS) if row)
    except csv.Error:
        pass  # a field cut by the end of the sample, or a limit: judge the rows read so far
    if not complete and len(rows) > 1:
        rows.pop()
    if not rows:
        return 0.0, 0
    width, count = Counter(len(row) for row in rows).most_common(1)[0]
    stray = sum(1 for row in rows for cell in row if cell[:1] in _QUOTES)
    return (count / len(rows) if width >= 2 else 0.0), -stray


@dataclass(frozen=True, slots=True)
class _Layout:
    """Column names (for meta) and the column index of each canonical field."""

    names: list[str]
    columns: dict[str, int]


def _configured(options: CsvOptions) -> dict[str, str]:
    values = {"text": options.text_column, "title": options.title_column, "published": options.date_column,
              "url": options.url_column, "id": options.id_column}
    return {name: str(value).strip() for name, value in values.items() if value is not None}


def _is_number(cell: str) -> bool:
    return cell.replace(".", "", 1).replace(",", "", 1).lstrip("-+").isdigit()


def _longest_column(rows: list[list[str]]) -> int:
    width = max(len(row) for row in rows)
    totals = [sum(len(row[i]) for row in rows if i < len(row)) for i in range(width)]
    return max(range(width), key=lambda i: totals[i])


def detect_header(first: list[str], rows: list[list[str]], options: CsvOptions) -> bool:
    """Whether ``first`` is a header row, given the data ``rows`` after it (see the module doc)."""
    if options.has_header is not None:
        return options.has_header
    cells = [cell.strip().lower() for cell in first]
    configured = {value.lower() for value in _configured(options).values() if not value.isdigit()}
    if any(field_of(cell) or cell in configured for cell in cells):
        return True
    if not rows or len(set(cells)) < len(cells):
        return False
    if any(not cell or len(cell) > _HEADER_CELL_MAX or _is_number(cell) for cell in cells):
        return False
    column = _longest_column(rows)
    lengths = [len(row[column]) for row in rows if column < len(row)]
    return column < len(first) and 3 * len(first[column]) < sum(lengths) / max(len(lengths), 1)


def _index_of(value: str, names: list[str], has_header: bool) -> int | None:
    lowered = [name.lower() for name in names]
    if has_header and value.lower() in lowered:
        return lowered.index(value.lower())
    return int(value) if value.isdigit() else None


def column_layout(first: list[str], rows: list[list[str]], options: CsvOptions,
                  has_header: bool) -> _Layout | str:
    """The layout of a file, or a message naming a configured column it does not have."""
    width = max(len(row) for row in [first, *rows])
    if has_header:
        names = [cell.strip() or f"column_{i}" for i, cell in enumerate(first)]
        names += [f"column_{i}" for i in range(len(names), width)]
    else:
        names = [f"column_{i}" for i in range(width)]
    columns: dict[str, int] = {}
    for field, value in _configured(options).items():
        if not has_header and value.lower() == field:
            continue  # "--csv-text-column text" on a header-less file: detect the text column instead
        index = _index_of(value, names, has_header)
        if index is None:
            return f"no column {value!r} for {field}; columns: {', '.join(names)}"
        columns[field] = index
    for index, name in enumerate(names if has_header else []):
        field = field_of(name)
        if field and field not in columns:
            columns[field] = index
    if "text" not in columns:
        columns["text"] = _longest_column(rows or [first])
    return _Layout(names, columns)


def _rows(reader: Iterable[list[str]]) -> Iterator[list[str] | csv.Error]:
    """Non-blank rows, with a parse error in place of a row that failed."""
    iterator, errors = iter(reader), 0
    while errors < _MAX_ERRORS_IN_A_ROW:
        try:
            row = next(iterator)
        except StopIteration:
            return
        except csv.Error as exc:
            errors += 1
            yield exc
            continue
        errors = 0
        if any(cell.strip() for cell in row):
            yield row


def _row_doc(row: list[str] | csv.Error, layout: _Layout, names: RecordNames, number: int,
             settings: Settings) -> RawDoc | Skipped:
    if isinstance(row, csv.Error):
        reason = "too_large" if "field limit" in str(row) else "malformed"
        return Skipped(names.name(number, number), reason, f"row {number}: {row}")
    if layout.columns["text"] >= len(row):
        return Skipped(names.name(number, number), "malformed",
                       f"row {number} has {len(row)} fields, no text column {layout.columns['text']}")
    record = {field: row[index] for field, index in layout.columns.items() if index < len(row)}
    taken = set(layout.columns.values())
    record.update({name: cell for name, cell, i in zip(layout.names, row, range(len(row))) if i not in taken})
    return record_to_doc(record, names, number, settings)


def read_rows(rows: Iterator[list[str] | csv.Error], base: str,
              settings: Settings) -> Iterator[RawDoc | Skipped]:
    """Records of parsed ``rows`` (header detection included); data rows are numbered from 1."""
    head = list(islice(rows, _SAMPLE_ROWS + 1))
    names = RecordNames(base)
    good = [row for row in head if not isinstance(row, csv.Error)]
    if not good:  # nothing but parse errors, or nothing at all
        if not head:
            yield Skipped(base, "empty", "no rows")
        for number, row in enumerate(head, 1):
            yield _row_doc(row, _Layout([], {}), names, number, settings)
        return
    options = settings.csv
    has_header = detect_header(good[0], good[1:], options)
    layout = column_layout(good[0], good[1:] if has_header else good, options, has_header)
    if isinstance(layout, str):
        yield Skipped(base, "malformed", layout)
        return
    data = chain(head, rows)
    if has_header:
        data = chain(head[head.index(good[0]) + 1:], rows)
    number = 0
    for number, row in enumerate(data, 1):
        yield _row_doc(row, layout, names, number, settings)
    if number == 0:
        yield Skipped(base, "empty", "a header and no rows")


def read_csv(path: Path, base: str, settings: Settings, tab: bool) -> Iterator[RawDoc | Skipped]:
    """Every row of the CSV (or TSV, ``tab=True``) file at ``path`` as a RawDoc or Skipped.

    Requires a file that is not binary.  May raise ``OSError`` (the caller
    reports it as ``unreadable``).
    """
    with path.open("rb") as stream:
        encoding = guess_encoding(stream.read(_SAMPLE_CHARS))
    csv.field_size_limit(max(settings.max_file_bytes, 1))
    with path.open(encoding=encoding, errors="replace", newline="") as stream:
        sample = stream.read(_SAMPLE_CHARS)
        stream.seek(0)
        delimiter, quote = _dialect(sample, len(sample) < _SAMPLE_CHARS, settings.csv, tab)
        reader = csv.reader(stream, delimiter=delimiter, quotechar=quote)
        yield from read_rows(_rows(reader), base, settings)


def csv_delimiter(value: str | None) -> str | None:
    """The delimiter a user means: ``\\t`` or ``tab`` is a tab, anything else as given."""
    return {"\\t": "\t", "tab": "\t"}.get(value, value) if value else None


def _dialect(sample: str, complete: bool, options: CsvOptions, tab: bool) -> tuple[str, str]:
    delimiter = csv_delimiter(options.delimiter) or ("\t" if tab else None)
    return sniff_dialect(sample, complete, delimiter or _DELIMITERS)
