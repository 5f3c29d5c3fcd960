"""Calendar arithmetic and TIMEX3 value formatting for the ``timex`` stage.

Language-independent helpers: shifting a date by TimeML units, formatting a
date at a granularity (``2015-10-20``, ``2015-W43``, ``2015-10``, ``2015``,
``201`` for a decade, ``20`` for a century), duration values (``P3D``,
``PT2H``, ``PXY``), Easter Sunday, and choosing the year of a date given
without one from the tense of its clause.
"""

from __future__ import annotations

import calendar
import datetime as dt
from types import MappingProxyType

# TimeML duration letters per unit code; time units go after "T".
_DURATION = MappingProxyType({"D": "D", "W": "W", "M": "M", "Y": "Y", "DE": "DE", "CE": "CE", "WE": "WE"})
_TIME_DURATION = MappingProxyType({"H": "H", "MIN": "M", "S": "S"})
_MONTHS_PER = MappingProxyType({"M": 1, "Y": 12, "DE": 120, "CE": 1200})


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Gregorian; anonymous algorithm of Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(spec: str, year: int) -> dt.date:
    """The date of a holiday ``spec`` (``"MM-DD"`` or ``"easter+N"``) in ``year``.

    Raises ``ValueError`` for a malformed spec.
    """
    if spec.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(spec[len("easter"):] or 0))
    month, day = spec.split("-")
    return dt.date(year, int(month), int(day))


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months (day clamped to the month's end)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """``day`` moved by ``amount`` units (D, W, WE, M, Y, DE, CE); time units leave it."""
    if unit == "D":
        return day + dt.timedelta(days=amount)
    if unit in ("W", "WE"):
        return day + dt.timedelta(weeks=amount)
    if unit in _MONTHS_PER:
        return add_months(day, amount * _MONTHS_PER[unit])
    return day


def fmt(day: dt.date, unit: str) -> str:
    """The TIMEX3 value of ``day`` at the granularity of ``unit``."""
    if unit == "W":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "WE":
        return fmt(day, "W") + "-WE"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "DE":
        return f"{day.year:04d}"[:3]
    if unit == "CE":
        return f"{day.year:04d}"[:2]
    return day.isoformat()


def number_text(amount: float | str) -> str:
    """``3`` for 3.0, ``1.5`` for 1.5, ``X`` stays ``X``."""
    if isinstance(amount, str):
        return amount
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


def duration(amount: float | str, unit: str) -> str:
    """A TimeML duration value: ``P3D``, ``P1.5Y``, ``PT2H``, ``PXW``, ``P2DE``."""
    if unit in _TIME_DURATION:
        return f"PT{number_text(amount)}{_TIME_DURATION[unit]}"
    return f"P{number_text(amount)}{_DURATION.get(unit, unit)}"


def choose_year(make, anchor: dt.date, direction: int) -> dt.date | None:
    """The date ``make(year)`` for the year around ``anchor`` that fits ``direction``.

    ``make`` maps a year to a date (raising ``ValueError`` when impossible).
    Direction -1 (past clause): the latest candidate not after ``anchor`` +
    a week of slack; +1: the earliest not before ``anchor`` - a week (tense
    cues are found per sentence and are unreliable within the current
    week; measured on KRAUTS, a week of slack fits better than a day);
    0: the nearest (ties: ``anchor``'s year).  Returns None when no
    candidate is valid.
    """
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(make(year))
        except ValueError:
            continue
    slack = dt.timedelta(days=7)
    if direction < 0:
        fitting = [c for c in candidates if c <= anchor + slack]
        return max(fitting) if fitting else None
    if direction > 0:
        fitting = [c for c in candidates if c >= anchor - slack]
        return min(fitting) if fitting else None
    return min(candidates, key=lambda c: (abs((c - anchor).days), c.year != anchor.year), default=None)


def weekday_near(anchor: dt.date, weekday: int, direction: int, strict: bool = False) -> dt.date:
    """The date with ISO ``weekday`` nearest ``anchor`` in ``direction``.

    -1: on or before ``anchor`` (strictly before when ``strict``); +1: on or
    after (strictly after when ``strict``); 0: in ``anchor``'s ISO week.
    """
    delta = weekday - anchor.isoweekday()
    if direction == 0:
        return anchor + dt.timedelta(days=delta)
    if direction < 0:
        back = (-delta) % 7 or (7 if strict else 0)
        return anchor - dt.timedelta(days=back)
    ahead = delta % 7 or (7 if strict else 0)
    return anchor + dt.timedelta(days=ahead)
