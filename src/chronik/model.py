"""The data model shared by every stage, the store and the exports.

All offsets are character offsets (Python ``str`` indices), half-open
``[start, end)``.  ``Article.raw_text`` is the text as read from the input
(after HTML extraction and after a metadata header line was taken off);
``Article.text`` is the clean text the later stages read.  Spans of removed
boilerplate point into ``raw_text``; sentences, tokens and everything after
point into ``text``.

Later stages (time, actors, events) add their own lists to ``Article``;
corpus-level objects (``Event``, ``Story``) live in the store.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import chain
from typing import Any, NamedTuple


class Precision(StrEnum):
    """How precisely a date is known; ``start``/``end`` bound that interval."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


#: The evidence of an event date taken from its article's publication date (no time expression names it).
PUBLICATION_EVIDENCE = "publication date"


class Status(StrEnum):
    """What happened to one input document in a run."""

    NEW = "new"
    DUPLICATE = "duplicate"  # same content hash as an article already stored
    NEAR_DUPLICATE = "near_duplicate"  # a re-published copy of a stored article
    SKIPPED = "skipped"  # unreadable or unusable input; see ``Skipped.reason``


@dataclass(frozen=True, slots=True)
class DateClaim:
    """A date with its precision and the evidence it rests on.

    Guarantees ``start <= end`` and that both bound the interval implied by
    ``precision`` around ``value`` (build it with :meth:`from_value`).
    """

    value: str
    start: dt.date
    end: dt.date
    precision: Precision
    evidence: str = ""
    confidence: float = 1.0

    @classmethod
    def from_value(cls, value: str, evidence: str = "", confidence: float = 1.0) -> DateClaim:
        """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-Www`` into a claim.

        Raises ``ValueError`` for anything else or an impossible date.
        """
        start, end, precision = date_interval(value)
        return cls(value, start, end, precision, evidence, confidence)

    def to_dict(self) -> dict[str, Any]:
        """The export-contract shape: value, start, end, precision, evidence, confidence."""
        return {
            "value": self.value,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision.value,
            "evidence": self.evidence,
            "confidence": self.confidence,
        }


def date_interval(value: str) -> tuple[dt.date, dt.date, Precision]:
    """Return the first day, last day and precision of a calendar value.

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` and ISO weeks ``YYYY-Www``;
    raises ``ValueError`` otherwise.
    """
    parts = value.split("-")
    if len(parts) == 1 and len(value) == 4 and value.isdigit():
        year = int(value)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR
    if len(parts) == 2 and parts[1].startswith("W"):
        year, week = int(parts[0]), int(parts[1][1:])
        monday = dt.date.fromisocalendar(year, week, 1)
        return monday, monday + dt.timedelta(days=6), Precision.WEEK
    if len(parts) == 2 and len(parts[0]) == 4:
        year, month = int(parts[0]), int(parts[1])
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1), dt.date(year, month, last), Precision.MONTH
    if len(parts) == 3:
        day = dt.date.fromisoformat(value)
        return day, day, Precision.DAY
    raise ValueError(f"not a calendar date value: {value!r}")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RemovedSpan:
    """A piece of ``raw_text`` the clean stage dropped, and why (a rule name)."""

    start: int
    end: int
    reason: str
    text: str


class Token(NamedTuple):
    """A token: offsets into ``Article.text`` (a tuple: articles hold thousands)."""

    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    """A sentence of ``Article.text`` with its tokens (offsets into the same text)."""

    index: int
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)

    def text_in(self, text: str) -> str:
        """The sentence's text, cut from the article text it belongs to."""
        return text[self.start : self.end]

    # Analysed articles cross process boundaries (the worker pool, Dask): tokens travel as one flat
    # tuple of offsets, several times cheaper to pickle than one named tuple each.
    def __getstate__(self) -> tuple:
        return self.index, self.start, self.end, tuple(chain.from_iterable(self.tokens))

    def __setstate__(self, state: tuple) -> None:
        self.index, self.start, self.end, flat = state
        offsets = iter(flat)
        self.tokens = list(map(Token, offsets, offsets))


@dataclass(slots=True)
class TimeEx:
    """A TIMEX3 time expression (filled by the time stage)."""

    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str
    mod: str | None = None


@dataclass(slots=True)
class Mention:
    """An actor or place mention (filled by the mentions stage)."""

    start: int
    end: int
    kind: str  # named: PER, ORG, STATE, LOC; unnamed: DESC (a title or office), GROUP, PRON
    text: str
    sentence: int = -1
    how: str = ""  # what found it: kb name/surname/…, geonames, first_name, title, org_suffix, shape …
    candidates: tuple[str, ...] = ()  # knowledge-base entry ids or "gn:<geonameid>", best first
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    title: str | None = None
    actor_id: str | None = None
    place_id: str | None = None

    @property
    def named(self) -> bool:
        """True for names (PER, ORG, STATE, LOC), False for descriptions and pronouns."""
        return self.kind in ("PER", "ORG", "STATE", "LOC")


@dataclass(slots=True)
class Actor:
    """A resolved actor with the role valid at the event date."""

    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    kind: str = "person"  # person, state, organisation, group
    title: str | None = None

    def as_addressee(self) -> Actor:
        """The actor as the addressee of a statement: a state coded by its forces (a military act: "Russland"
        MIL) stands for its government, and so do a state's unnamed forces ("RUS MIL" → "RUS GOV")."""
        if self.sector != "MIL" or not self.country:
            return self
        return replace(self, sector="GOV") if self.kind == "state" else Actor.group(self.country, "GOV")

    @classmethod
    def of_mention(cls, mention: Mention, known: dict[str, Actor]) -> Actor:
        """The event actor of ``mention``: the article's actor of its id among ``known`` (name, aliases,
        kind), else the mention as written, a group of its country and sector when it has no id.  A group
        keeps the mention's words among its aliases."""
        actor = known.get(mention.actor_id or "")
        name, kind = (actor.name, actor.kind) if actor else (mention.text, "group")
        aliases = list(actor.aliases) if actor else []
        if kind == "group" and mention.text not in (name, *aliases):
            aliases.append(mention.text)  # "Angreifern" for FRA REB: the words the article used for the group
        return cls(mention.actor_id or group_id(mention.country, mention.sector), name, mention.country,
                   mention.sector, aliases, kind, mention.title)

    @classmethod
    def group(cls, country: str | None, sector: str | None) -> Actor:
        """The actor of an unnamed group of a state ("SYR REB", the rebels in Syria): id :func:`group_id`."""
        return cls(group_id(country, sector), f"{country} {sector}", country, sector, [], "group")


#: The id prefix of a person the knowledge base does not know, named in the text only ("per:salah-a").
UNKNOWN_PERSON_PREFIX = "per:"
#: The id prefix of an organisation the knowledge base does not know ("org:danas").
UNKNOWN_ORG_PREFIX = "org:"
#: The id prefixes of actors named in the text only, which the knowledge base does not know.
UNKNOWN_PREFIXES = (UNKNOWN_PERSON_PREFIX, UNKNOWN_ORG_PREFIX)


def group_id(country: str | None, sector: str | None) -> str:
    """The actor id of a state's unnamed group: ``grp:SYR-REB``."""
    return f"grp:{country}-{sector}"


@dataclass(slots=True)
class Place:
    """A resolved place (GeoNames id where known)."""

    name: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    id: str | None = None  # "gn:<geonameid>" or "kb:<place id>"


@dataclass(slots=True)
class EventMention:
    """One sentence's report of an event (filled by the events stage)."""

    type: str
    sentence: int
    start: int
    end: int
    trigger: str
    mode: str | None = None
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    date: DateClaim | None = None
    location: Place | None = None
    modality: str = "asserted"
    attribution: str | None = None
    confidence: float = 0.0
    context: list[str] = field(default_factory=list)
    # only names an act reported elsewhere ("nach der Einigung von Minsk"): it joins that act's canonical
    # event and founds none of its own (chronik.merge; chronik.stages.event_referred)
    reference: bool = False
    # a day the trigger's clause names without a year ("am 8. Dezember": "XXXX-12-08") in an article whose
    # year is unknown, so ``date`` is None: the merge may join it to the one event of that day (chronik.merge)
    partial_date: str | None = None
    # both sides are one group fighting among itself ("Kämpfe zwischen Rebellengruppen"): the events stage keeps
    # its target although it is its source (chronik.stages.event_mutual)
    mutual: bool = False


@dataclass(slots=True)
class Article:
    """One news article as it moves through the per-article stages.

    ``ingest`` sets id, source, raw_text, metadata and language; ``clean`` sets
    text, removed, title/dateline; ``segment`` sets sentences.  ``status`` and
    ``skip_reason`` record what a run did with the input.
    """

    id: str
    source: str
    raw_text: str
    text: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    published: DateClaim | None = None
    dateline: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    removed: list[RemovedSpan] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[TimeEx] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    events: list[EventMention] = field(default_factory=list)
    status: Status = Status.NEW
    skip_reason: str | None = None
    duplicate_of: str | None = None

    def sentence_texts(self) -> list[str]:
        """The text of every sentence, in order."""
        return [s.text_in(self.text) for s in self.sentences]


@dataclass(slots=True)
class RawDoc:
    """One document as read from an input, before it becomes an Article.

    ``source`` names where it came from: a file path relative to the input
    root given by the user, ``<path>#<id or record number>`` for a record in a
    JSONL/CSV file, or ``-`` / ``-#<n>`` for standard input.  ``published`` is
    the raw metadata string (ISO date or datetime, ``YYYY-MM``, ``YYYY``) and
    ``published_evidence`` says where it came from (``metadata``,
    ``header``, ``html-meta``).
    """

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_evidence: str | None = None
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not become an article, with a stable reason code.

    Reason codes: ``empty``, ``binary``, ``too_large``, ``unreadable``,
    ``malformed``, ``no_text``, ``unknown_format``, and ``processing_error``
    (a stage failed on this document; the detail names the exception).
    """

    source: str
    reason: str
    detail: str = ""


@dataclass(slots=True)
class Event:
    """A canonical event: event mentions from one or more articles merged."""

    id: str
    type: str
    mentions: list[EventMention] = field(default_factory=list)
    num_articles: int = 0


@dataclass(slots=True)
class Story:
    """Articles about the same developing story."""

    id: str
    article_ids: list[str] = field(default_factory=list)
