"""Reading state of the ``timex`` stage: the anchor dates and a match's groups.

:class:`Anchor` holds the publication date and the last date the text
mentioned (updated in text order); :class:`Hit` gives resolvers the named
groups of one match, interpreted through the language's lexicon.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from chronik.stages.timex import Lexicon


#: How many sentences back a date still places a year-less date of an undated article (a chronicle goes on
#: from its last date for a few sentences; a year named twenty sentences earlier is background).
YEAR_REACH = 4


@dataclass(slots=True)
class Anchor:
    """Reference points while reading one article, in text order.

    ``dct`` is the publication day (None when unknown); ``ref`` the last
    date mentioned and ``ref_unit`` its granularity (D, M, Y …); ``last_day``
    the last day mentioned (a month or year in between does not replace it:
    "am Montag … im Oktober 2015 … am Abend" is Monday evening).
    """

    dct: dt.date | None
    ref: dt.date | None = None
    ref_unit: str = "D"
    sentence: int = 0  # the sentence being read
    ref_sentence: int = -1  # the sentence where ``ref`` was mentioned
    last_day: dt.date | None = None
    last_day_sentence: int = -1  # the sentence where ``last_day`` was mentioned

    def base(self) -> dt.date | None:
        """The last mentioned date, else the publication date."""
        return self.ref or self.dct

    def day(self) -> dt.date | None:
        """The last mentioned day (day granularity), else the publication date."""
        return self.last_day or self.dct

    def day_recent(self) -> dt.date | None:
        """The day the text has moved to in this or the sentence before, else the publication
        date: "am Vortag" two paragraphs after a background "am Montag" is the day before publication."""
        if self.last_day is not None and self.last_day_sentence >= self.sentence - 1:
            return self.last_day
        return self.dct

    def day_here(self) -> dt.date | None:
        """A day mentioned earlier in the current sentence, else the publication date."""
        return self.ref if self.ref_sentence == self.sentence and self.ref_unit == "D" else self.dct

    def year_in_force(self) -> int | None:
        """The year a bare year mention has set for the year-less dates after it when the publication
        date is unknown: "1930 – … am 11.11." is 1930-11-11 (the nearest year was 1929).  With a
        publication date that date places them ("Seit 2011 … teilte die UN am 15. März mit")."""
        if self.ref is None or self.ref_unit != "Y" or self.dct is not None or self.ref_sentence < self.sentence - YEAR_REACH:
            return None  # a year named further back is background ("im Herbst 2013 …", twenty sentences on "am 5. November")
        return self.ref.year

    def year_anchor(self) -> dt.date | None:
        """What a date without a year is placed near: the publication date, else the date mentioned in this
        or the :data:`YEAR_REACH` sentences before; None when neither exists (a date named further back is
        background)."""
        if self.dct is not None:
            return self.dct
        return self.ref if self.ref is not None and self.ref_sentence >= self.sentence - YEAR_REACH else None

    def moved(self, day: dt.date, unit: str) -> None:
        """Record that the text now speaks of ``day`` (granularity ``unit``)."""
        self.ref, self.ref_unit, self.ref_sentence = day, unit, self.sentence
        if unit == "D":
            self.last_day, self.last_day_sentence = day, self.sentence


@dataclass(slots=True)
class Hit:
    """A match's named groups, lower-cased, with the lexicon to interpret them."""

    groups: dict[str, str]
    lex: Lexicon
    direction: int  # tense of the clause: -1 past, +1 future, 0 unknown

    def get(self, name: str) -> str | None:
        """The normalised text of group ``name`` (None when it did not take part)."""
        return self.groups.get(name)

    def word(self, cls: str, name: str | None = None) -> Any:
        """The meaning in vocabulary class ``cls`` of group ``name`` (default: ``cls``)."""
        text = self.get(name or cls)
        return None if text is None else self.lex.vocab.get(cls, {}).get(text)

    def mod(self) -> str | None:
        """The TimeML mod of the ``mod`` (any modifier) or ``pmod`` (point modifier) group."""
        return self.word("mod") or self.word("point_mod", "pmod")

    def amount(self) -> float | str | None:
        """The number of the ``num`` group (digits or a number word; ``X`` if vague)."""
        text = self.get("num")
        if text is None:
            return None
        if text[0].isdigit():
            return float(text.replace(",", "."))
        return self.lex.numbers.get(text)

    def unit(self) -> tuple[str, bool] | None:
        """(unit code, plural?) of the ``unit`` group."""
        text = self.get("unit")
        return None if text is None else self.lex.units.get(text)

    def month(self) -> int | None:
        """The month of the ``month`` group (a number or a month name)."""
        text = self.get("month")
        if text is None:
            return None
        return int(text) if text.isdigit() else self.lex.months.get(text.rstrip("."))

    def year(self, anchor: dt.date | None) -> int | None:
        """The four-digit year of the ``year`` group (two digits: the nearest century)."""
        text = self.get("year")
        if text is None:
            return None
        year = int(text)
        if len(text) == 2:
            pivot = (anchor.year if anchor else 2000) % 100 + 10
            year += 2000 if year <= pivot else 1900
        return year
