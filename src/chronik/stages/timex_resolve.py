"""Resolvers of the ``timex`` stage: a rule's match -> (type, value, mod).

One function per rule ``kind`` (see ``lang/<xx>/timex.yaml``), reading the
match's named groups through :class:`Hit`.  Anchoring: deictic words,
weekdays, relative weeks/months/years and dates without a year resolve
against the publication date (``Anchor.dct``); narrative shifts ("zwei Tage
später", "am Tag darauf", "Vortag", "Ende des Jahres") and parts of day
against the last date mentioned (``Anchor.ref``, the publication date until
a date is mentioned); clock times against a day mentioned earlier in the
same sentence, else the publication date.  Without a publication date,
values that need one become underspecified (``XXXX-XX-XX``; ``heute`` ->
``PRESENT_REF``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from types import MappingProxyType

from chronik.stages import timex_calendar as cal
from chronik.stages.timex_state import Anchor, Hit

Result = tuple[str, str, str | None]
UNKNOWN_DAY = "XXXX-XX-XX"
_TIME_UNITS = frozenset({"H", "MIN", "S"})
# first month of each (meteorological) season
_SEASON_START = MappingProxyType({"SP": 3, "SU": 6, "FA": 9, "WI": 12})


def resolve_date(hit: Hit, anchor: Anchor) -> Result | None:
    """Day and month (name or number), optional year: ``2015-10-20``."""
    day, month = int(hit.get("day")), hit.month()
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    year = hit.year(anchor.dct) or anchor.year_in_force()
    try:
        if year is not None:
            date = dt.date(year, month, day)
        elif anchor.year_anchor() is not None:
            date = cal.choose_year(lambda y: dt.date(y, month, day), _around(anchor), _direction(hit, anchor))
        else:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", None
    except ValueError:
        return None
    if date is None:
        return None
    anchor.moved(date, "D")
    return "DATE", date.isoformat(), None


def resolve_month(hit: Hit, anchor: Anchor) -> Result | None:
    """A month with optional year ("Dezember 2017", "Juli dieses Jahres")."""
    month, year = hit.month(), hit.year(anchor.dct)
    if month is None:
        return None
    rel = hit.word("rel")
    if year is None and rel is not None and anchor.dct is not None:
        year = anchor.dct.year + rel
    year = year or anchor.year_in_force()
    if year is None:
        if anchor.year_anchor() is None:
            return "DATE", f"XXXX-{month:02d}", hit.mod()
        first = cal.choose_year(lambda y: dt.date(y, month, 1), _around(anchor).replace(day=1),
                                _direction(hit, anchor))
        year = first.year if first else _around(anchor).year
    anchor.moved(dt.date(year, month, 1), "M")
    return "DATE", f"{year:04d}-{month:02d}", hit.mod()


def _around(anchor: Anchor) -> dt.date:
    """What a date without a year is placed near (:meth:`Anchor.year_anchor`; requires one)."""
    return anchor.year_anchor()


def _direction(hit: Hit, anchor: Anchor) -> int:
    """The tense of the clause, for placing a year-less date near the publication date; 0 (the nearest
    year) without one: then the anchor is the time last narrated, and a chronicle told in the past tense
    goes on from it ("Ende November 2024 … Am 8. Dezember nahmen sie Damaskus ein": 2024, not 2023)."""
    return hit.direction if anchor.dct is not None else 0


def resolve_year(hit: Hit, anchor: Anchor) -> Result | None:
    """A year ("2015", "Jahr 2014"); a season span "2015/16" takes its first year."""
    year = int(hit.get("year"))
    anchor.moved(dt.date(year, 1, 1), "Y")
    return "DATE", f"{year:04d}", hit.mod()


def resolve_decade(hit: Hit, anchor: Anchor) -> Result | None:
    """A decade: "90er Jahre", "1990er-Jahren", "neunziger Jahre" -> ``199``."""
    word = hit.word("decade_word")
    text = hit.get("decade") if word is None else f"{word}0"
    if len(text) == 4:
        return "DATE", text[:3], hit.mod()
    century = "19" if int(text) >= 20 else "20"
    return "DATE", century + text[0], hit.mod()


def resolve_century(hit: Hit, anchor: Anchor) -> Result | None:
    """An ordinal century: "15. Jahrhundert" -> ``14``."""
    number = int(hit.get("century"))
    return ("DATE", f"{number - 1:02d}", hit.mod()) if number > 0 else None


def resolve_season(hit: Hit, anchor: Anchor) -> Result | None:
    """A season: "im Frühjahr" -> ``2015-SP``; "Herbst vergangenen Jahres" -> ``2014-FA``."""
    code, year, rel = hit.word("season"), hit.year(anchor.dct), hit.word("rel")
    base = anchor.dct or anchor.base()
    if hit.get("relyear") is not None and base is not None:
        year = base.year + hit.word("rel", "relyear")
    if year is None and base is not None:
        year = _season_year(base, code, rel or 0)
    return "DATE", f"{year:04d}-{code}" if year is not None else f"XXXX-{code}", hit.mod()


def _season_year(base: dt.date, code: str, rel: int) -> int:
    """The year of the season ``rel`` seasons of this kind from ``base`` (next/last/this one)."""
    start = _SEASON_START.get(code, 1)
    if rel > 0:
        return base.year if base.month < start else base.year + 1
    if rel < 0:
        return base.year if base.month >= start + 3 else base.year - 1
    return base.year


def resolve_holiday(hit: Hit, anchor: Anchor) -> Result | None:
    """A holiday ("zu Ostern", "Fronleichnam"), Easter-relative ones computed."""
    spec, year = hit.word("holiday"), hit.year(anchor.dct)
    if year is not None:
        date = cal.holiday_date(spec, year)
    elif anchor.year_anchor() is not None:
        date = cal.choose_year(lambda y: cal.holiday_date(spec, y), _around(anchor), _direction(hit, anchor))
    else:
        return "DATE", UNKNOWN_DAY, None
    anchor.moved(date, "D")
    return "DATE", date.isoformat(), None


def _with_part(hit: Hit, value: str) -> Result:
    part = hit.word("day_part", "part")
    return ("TIME", f"{value}T{part}", None) if part else ("DATE", value, None)


def resolve_weekday(hit: Hit, anchor: Anchor) -> Result | None:
    """A weekday, optionally with part of day ("am Dienstagabend" -> ``…TEV``).

    Direction: the relative word, else the clause's tense (unknown: past).
    """
    weekday, rel = hit.lex.weekdays.get(hit.get("weekday")), hit.word("rel")
    if anchor.dct is None or weekday is None:
        return _with_part(hit, UNKNOWN_DAY)
    direction = rel if rel is not None else (hit.direction or -1)
    date = cal.weekday_near(anchor.dct, weekday, direction, strict=rel is not None)
    anchor.moved(date, "D")
    return _with_part(hit, date.isoformat())


def resolve_deictic(hit: Hit, anchor: Anchor) -> Result | None:
    """"heute", "gestern", "morgen" (+ part of day) from the publication date."""
    offset = hit.word("deictic")
    if anchor.dct is None:
        return _with_part(hit, "PRESENT_REF" if offset == 0 else UNKNOWN_DAY)
    date = anchor.dct + dt.timedelta(days=offset)
    anchor.moved(date, "D")
    return _with_part(hit, date.isoformat())


def resolve_part_of_date(hit: Hit, anchor: Anchor) -> Result | None:
    """"Nacht auf Sonntag" -> Saturday ``TNI``; "Nacht des 14. August" -> ``…-08-14TNI``."""
    found = (resolve_date if hit.get("day") is not None else resolve_weekday)(hit, anchor)
    part = hit.word("day_part", "part")
    if found is None:
        return None
    try:
        named = dt.date.fromisoformat(found[1][:10])
    except ValueError:
        return "TIME", f"{UNKNOWN_DAY}T{part}", None
    day = named + dt.timedelta(days=hit.word("part_link", "link"))
    anchor.moved(named, "D")  # "in der Nacht zum Donnerstag … am frühen Morgen": Thursday morning
    return "TIME", f"{day.isoformat()}T{part}", None


def resolve_daypart(hit: Hit, anchor: Anchor) -> Result | None:
    """"am Abend", "in der Nacht": that part of the day last spoken of."""
    day = anchor.day()
    value = day.isoformat() if day else UNKNOWN_DAY
    return "TIME", f"{value}T{hit.word('day_part', 'part')}", hit.mod()


def resolve_relative(hit: Hit, anchor: Anchor) -> Result | None:
    """"letzte Woche", "den letzten Tagen", "Ende des Jahres".

    A plural or counted unit is a DURATION (``PXD``, ``P2Y``); a singular one
    a DATE shifted by the relative word (days from the last date mentioned,
    longer units from the publication date; no relative word: the reference).
    """
    unit, amount, rel = hit.unit(), hit.amount(), hit.word("rel")
    if unit is None:
        return None
    code, plural = unit
    if amount is not None or plural:
        if amount is None and rel == 1:
            return "DATE", "FUTURE_REF", hit.mod()
        return "DURATION", cal.duration(amount if amount is not None else "X", code), hit.mod()
    if code in _TIME_UNITS:
        return None
    base = _relative_base(anchor, code, rel)
    if base is None:
        return "DATE", UNKNOWN_DAY, hit.mod()
    date = cal.shift(base, rel or 0, code)
    if code == "D":
        anchor.moved(date, "D")
    return "DATE", cal.fmt(date, code), hit.mod()


def _relative_base(anchor: Anchor, code: str, rel: int | None) -> dt.date | None:
    """What "am nächsten Tag" / "an diesem Tag" / "nächste Woche" count from: days from the day
    the text has just moved to ("an diesem Tag": the last day named), longer units from publication."""
    if code == "D":
        return anchor.day() if rel is None else anchor.day_recent()
    return anchor.base() if rel is None else anchor.dct


def resolve_shift(hit: Hit, anchor: Anchor) -> Result | None:
    """"zwei Tage später", "einen Monat zuvor", "am Tag darauf": from the last date."""
    unit, amount = hit.unit(), hit.amount()
    if unit is None or amount == "X":
        return None
    code, _ = unit
    amount = 1 if amount is None else amount
    if not float(amount).is_integer():
        if code != "Y":
            return None
        code, amount = "M", amount * 12  # "ein halbes Jahr später": six months
    steps = int(amount) * hit.word("shift")
    base = _shift_base(anchor, code)
    if code in _TIME_UNITS:
        return "TIME", f"{UNKNOWN_DAY}TXX:XX", None
    if base is None:
        return "DATE", UNKNOWN_DAY, None
    date = cal.shift(base, steps, code)
    anchor.moved(date, code)
    return "DATE", cal.fmt(date, code), None


def _shift_base(anchor: Anchor, code: str) -> dt.date | None:
    """What "vier Tage zuvor" / "zwei Wochen später" count from: a day, never a month or year ("Im
    Dezember 2017 … Vier Tage zuvor" is not 27 November): the last day mentioned, else the publication
    date (HeidelTime's last mention of day granularity).  Longer units count from the last date
    mentioned."""
    if code not in ("D", "W"):
        return anchor.base()
    return anchor.day()


def resolve_ago(hit: Hit, anchor: Anchor) -> Result | None:
    """"vor drei Jahren" -> the publication year minus three; "vor wenigen Tagen" -> PAST_REF."""
    unit, amount = hit.unit(), hit.amount()
    if unit is None:
        return None
    code, _ = unit
    if amount == "X" or anchor.dct is None or code in _TIME_UNITS:
        return "DATE", "PAST_REF", hit.mod()
    if not float(amount).is_integer():
        return None
    date = cal.shift(anchor.dct, int(amount) * hit.word("ago"), code)
    return "DATE", cal.fmt(date, code), hit.mod()


def resolve_relunit(hit: Hit, anchor: Anchor) -> Result | None:
    """"heuer", "Vorjahr", "Vortag": a period relative to publication (days: to the day the text
    has just moved to, see :meth:`Anchor.day_recent`)."""
    code, offset = hit.word("relunit")
    base = anchor.day_recent() if code == "D" else anchor.dct
    if base is None:
        return "DATE", UNKNOWN_DAY, None
    date = cal.shift(base, offset, code)
    if code == "D":
        anchor.moved(date, "D")
    return "DATE", cal.fmt(date, code), None


def resolve_ordinal_period(hit: Hit, anchor: Anchor) -> Result | None:
    """"dritten Quartal" -> ``2014-Q3``; "zweiten Jahreshälfte" -> ``2014-H2``."""
    number, letter = hit.word("ordinal"), hit.word("operiod")
    year = hit.year(anchor.dct)
    base = anchor.base()
    if year is None and base is not None:
        year = base.year
    prefix = f"{year:04d}" if year is not None else "XXXX"
    return "DATE", f"{prefix}-{letter}{number}", None


def resolve_weekend(hit: Hit, anchor: Anchor) -> Result | None:
    """"am Wochenende", "vergangenen Wochenende" -> ``2015-W40-WE``."""
    if anchor.dct is None:
        return "DATE", "XXXX-WXX-WE", None
    return "DATE", cal.fmt(cal.shift(anchor.dct, hit.word("rel") or 0, "W"), "WE"), None


def resolve_duration(hit: Hit, anchor: Anchor) -> Result | None:
    """"drei Tage", "eineinhalb Stunden", "seit Jahren" -> ``P3D``, ``PT1.5H``, ``PXY``.

    Also adjectives: "einwöchigen" -> ``P1W``, "jahrelange" -> ``PXY``.
    """
    if hit.get("adj_long") is not None:
        return "DURATION", cal.duration("X", hit.word("adj_long")), None
    if hit.get("adj_unit") is not None:
        return "DURATION", cal.duration(hit.amount(), hit.word("adj_unit")), None
    unit, amount = hit.unit(), hit.amount()
    if unit is None or (amount is None and not unit[1]):
        return None
    return "DURATION", cal.duration("X" if amount is None else amount, unit[0]), hit.mod()


def resolve_time(hit: Hit, anchor: Anchor) -> Result | None:
    """"20.30 Uhr" -> ``2010-02-25T20:30`` on the day last spoken of."""
    hour, minute = int(hit.get("hour")), int(hit.get("minute") or 0)
    ampm = hit.get("ampm")
    if ampm and ampm.startswith("p") and hour < 12:
        hour += 12
    day = anchor.day_here()
    prefix = day.isoformat() if day else ""
    return "TIME", f"{prefix}T{hour:02d}:{minute:02d}", hit.mod()


def resolve_ref(hit: Hit, anchor: Anchor) -> Result | None:
    """"jetzt", "kürzlich", "bald" -> PRESENT_REF / PAST_REF / FUTURE_REF."""
    return "DATE", hit.word("ref") or hit.word("ref_prefix", "prefix"), None


def resolve_set(hit: Hit, anchor: Anchor) -> Result | None:
    """"täglich" -> ``P1D``; "jeden Montag" -> ``XXXX-WXX-1``; "einmal im Monat" -> ``P1M``."""
    if hit.get("set") is not None:
        return "SET", hit.word("set_word", "set"), None
    if hit.get("weekday") is not None:
        weekday = hit.lex.weekdays.get(hit.get("weekday"))
        part = hit.word("day_part", "part")
        return "SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""), None
    unit, amount = hit.unit(), hit.amount()
    if unit is None:
        return None
    count = amount if hit.get("every") is not None and amount is not None else 1
    return "SET", cal.duration(count, unit[0]), None


RESOLVERS: Mapping[str, Callable[[Hit, Anchor], Result | None]] = MappingProxyType({
    "date": resolve_date,
    "month": resolve_month,
    "year": resolve_year,
    "decade": resolve_decade,
    "century": resolve_century,
    "season": resolve_season,
    "holiday": resolve_holiday,
    "weekday": resolve_weekday,
    "deictic": resolve_deictic,
    "daypart": resolve_daypart,
    "part_of_date": resolve_part_of_date,
    "relative": resolve_relative,
    "shift": resolve_shift,
    "ago": resolve_ago,
    "relunit": resolve_relunit,
    "ordinal_period": resolve_ordinal_period,
    "weekend": resolve_weekend,
    "duration": resolve_duration,
    "time": resolve_time,
    "ref": resolve_ref,
    "set": resolve_set,
    "block": lambda hit, anchor: None,  # matches that are not time expressions (ages: "ab 16 Jahren")
})
