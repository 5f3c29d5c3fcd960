"""Dates in merging: when two reports' dates can mean one happening, and the canonical date of several.

A day known only as its report's publication day may be the day before (news reports yesterday's acts);
both the agreement test and the canonical date allow for that.
"""

from __future__ import annotations

import datetime as dt

from chronik.model import PUBLICATION_EVIDENCE, DateClaim


def dates_agree(a: DateClaim | None, b: DateClaim | None) -> bool:
    """Unknown, or overlapping once a day dated only by its report's publication may be the day before
    (:func:`earliest`)."""
    if a is None or b is None:
        return True
    return earliest(a) <= b.end and earliest(b) <= a.end


def earliest(date: DateClaim) -> dt.date:
    """The first day ``date`` may mean.  A day known only as its report's publication day ("Russische Truppen
    rückten auf Kiew vor", in the paper of the 25th) may be the day before: news reports yesterday's acts."""
    return date.start - dt.timedelta(days=1) if from_publication(date) else date.start


def from_publication(date: DateClaim) -> bool:
    """True for a day taken from its report's publication day (no time expression names it)."""
    return date.evidence == PUBLICATION_EVIDENCE and date.precision == "day"


def canonical_date(dates: list[DateClaim]) -> DateClaim | None:
    """The most precise date whose interval lies inside every other date's (else the widest)."""
    if not dates:
        return None
    for candidate in sorted(dates, key=lambda d: (d.end - d.start, from_publication(d), -d.confidence)):
        if all(earliest(other) <= candidate.start and candidate.end <= other.end for other in dates
               if other is not candidate and other.end - other.start >= candidate.end - candidate.start):
            return candidate
    return max(dates, key=lambda d: d.end - d.start)
