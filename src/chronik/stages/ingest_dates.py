"""Publication dates from metadata strings, for the ingest stage.

:func:`calendar_value` turns what feeds, exports and pages write into a
calendar value for :meth:`chronik.model.DateClaim.from_value`:

* ISO: ``2015``, ``2015-11``, ``2015-11-26``, ``2015/11/26``, and datetimes
  such as ``2015-11-26T10:00:00+01:00`` (the date as written: it is the
  publisher's local date, so no time-zone conversion);
* numeric day-first: ``26.11.2015`` (``26.11.2015 10:00``);
* month names from the article language's ``calendar.yaml``:
  ``26. November 2015``, ``November 26, 2015``, ``November 2015``;
* RFC 2822 (RSS): ``Thu, 26 Nov 2015 10:00:00 +0100``.

Anything else, or an impossible date, gives None.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Mapping

from chronik.model import date_interval

_ISO = re.compile(r"(?P<year>\d{4})(?:[-/](?P<month>\d{1,2})(?:[-/](?P<day>\d{1,2}))?)?(?=$|[T\s])")
_NUMERIC = re.compile(r"(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})(?=$|[\s,])")


def month_patterns(months: Mapping[str, int]) -> tuple[re.Pattern[str], ...]:
    """Day-month-year, month-day-year and month-year patterns over the month names ``months``.

    Requires lower-case month names (``calendar.yaml``'s ``months``); matching ignores case.
    """
    names = "|".join(sorted((re.escape(name) for name in months), key=len, reverse=True))
    month = rf"(?P<month>{names})\.?"
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
        rf"(?P<day>\d{{1,2}})\.?\s+{month}\s+(?P<year>\d{{4}})(?=$|[\s,])",
        rf"{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?=$|[\s,])",
        rf"{month}\s+(?P<year>\d{{4}})$",
    ))


def _value(year: str, month: int | None, day: int | None) -> str | None:
    value = year
    if month is not None:
        value += f"-{month:02d}" if day is None else f"-{month:02d}-{day:02d}"
    try:
        date_interval(value)
    except ValueError:
        return None
    return value


def _from_match(match: re.Match[str], months: Mapping[str, int] | None) -> str | None:
    groups = match.groupdict()
    month = groups.get("month")
    month_number = None
    if month is not None:
        month_number = months[month.lower()] if months else int(month)
    day = int(groups["day"]) if groups.get("day") else None
    return _value(groups["year"], month_number, day)


def calendar_value(text: str, patterns: tuple[re.Pattern[str], ...] = (),
                   months: Mapping[str, int] | None = None) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` for a metadata date string, or None.

    ``patterns`` from :func:`month_patterns` over ``months`` add month names.
    Guarantees the result is accepted by :func:`chronik.model.date_interval`.
    """
    text = text.strip()
    for pattern in (_ISO, _NUMERIC):
        match = pattern.match(text)
        if match:
            return _from_match(match, None)
    for pattern in patterns:
        match = pattern.match(text)
        if match and months is not None:
            return _from_match(match, months)
    return _rfc2822(text)


def _rfc2822(text: str) -> str | None:
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat() if isinstance(parsed, dt.datetime) else None
