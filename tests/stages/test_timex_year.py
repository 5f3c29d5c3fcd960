"""The verb cluster's tense, and the day a day shift counts from."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_mentions import analyse


def values(ctx: Context, text: str, published: str | None) -> list[str]:
    return [t.value for t in analyse(ctx, text, published).timexes]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the finite verb ending a verb cluster carries the tense: past, not the future of "werden"
    (("In den Häfen lagern seit Beginn des Krieges im Februar Millionen Tonnen Getreide, die nicht "
     "ausgeführt werden konnten."), "2022-07-22", ["2022-02"]),
    ("Die Gespräche sollen im März fortgesetzt werden.", "2022-07-22", ["2023-03"]),
    # a day shift counts from the last day mentioned, not from a month
    (("Putin traf am Dienstag Assad. Im Dezember 2017 hatte er Hmeimim besucht. Vier Tage zuvor war "
     "Soleimani getötet worden."), "2020-01-07", ["2020-01-07", "2017-12", "2020-01-03"]),
    # without a publication date a bare year sets the year of the year-less dates after it ("1930 – … am
    # 11.11." of a chronology); with one, the publication date places them ("Seit 2011 …")
    ("1930 – Das Militär putscht und bringt am 11.11. Getulio Vargas an die Macht.", None, ["1930", "1930-11-11"]),
    ("Seit 2011 herrscht Krieg in Syrien, teilte die UN am 15. März mit.", "2016-03-20", ["2011", "2016-03-15"]),
    ("Im Jahr 2014 begann der Krieg. Am 20. Dezember fiel die Stadt.", None, ["2014", "2014-12-20"]),
    ("2014 begann der Krieg. Im Dezember fiel die Stadt.", None, ["2014", "2014-12"]),
    # a year named more than a few sentences before is background: it sets no year
    (("Er entzog sich im Jahr 2013 der Überwachung. Das ist bekannt. Eins. Zwei. Drei. Am 5. November wurde ein "
     "Mann festgenommen."), None, ["2013", "XXXX-11-05"]),
    # a chronicle goes on from its last date for a few sentences
    (("Am 3. März 2016 traf Putin in Moskau Assad. Die Gespräche dauerten zwei Stunden. Beide Seiten äußerten "
     "sich zufrieden. Am 5. März besuchte Putin Damaskus."), None, ["2016-03-03", "PT2H", "2016-03-05"]),
    ("Der 1995 geborene Attentäter tötete am 5. März in Ankara drei Polizisten.", None, ["1995", "XXXX-03-05"]),
    # a birth year is the person's, not the story's: it sets no year for the dates after it
    ("Der Franzose wurde 1995 geboren. Am 5. November wurde ein Mann festgenommen.", None, ["1995", "XXXX-11-05"]),
    ("Der Attentäter (Jahrgang 1990) kam aus Molenbeek. Im Dezember fiel die Stadt.", None, ["1990", "XXXX-12"]),
    # with a publication date a later sentence's date is placed by it
    ("Im Jahr 2014 begann der Krieg. Am 20. Dezember fiel die Stadt.", "2016-03-01", ["2014", "2015-12-20"]),
])
def test_year_less_and_shifted_dates(ctx: Context, text: str, published: str | None, expected: list[str]) -> None:
    assert values(ctx, text, published) == expected
