"""Merge event mentions into canonical events, within and across articles.

Two mentions report the same happening when their types agree (and their
known modes, except CONSULT's; a place seized and a place attacked are one
happening), their actors agree up to coreference (a side's actors share an id
or a country, though never a government and a party or the opposition; symmetric
types may swap sides), their dates overlap (or one is
unknown) and their places agree (same place or same country, or one is
unknown).  Across articles an undated mention joins only the one known event
it can mean (:func:`_only_known_match`); one of an article of unknown year, the one event of the
day without a year that its clause names (:func:`_only_same_day`), else the one event of its mode and place
with all its actors, a person among them or both sides named (:func:`_only_timeless_match`).  Merging is incremental: :func:`merge_into`
takes the canonical events that already exist and the new mentions, and
returns only the events it created or changed.  The canonical date is the
most precise date consistent with all the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field

from chronik.merge_dates import canonical_date, dates_agree, from_publication
from chronik.merge_sides import SYMMETRIC_TYPES, actor_ids, best_event, output_sides, union_side
from chronik.model import Actor, DateClaim, EventMention, Place

# Taking a place by force is coded by its verb: "nahmen Damaskus ein" COERCE (seize territory),
# "eroberten Aleppo zurück" ASSAULT; reports of one place taken are one happening.
SEIZURE_TYPES = frozenset({"COERCE", "ASSAULT"})
#: A country's government side (its government, forces, police and courts) and its party-political side
#: (parties, the opposition): in domestic politics the two share the country but are opposite sides.
_STATE_SECTORS = frozenset({"GOV", "MIL", "POL", "JUD"})
_PARTY_SECTORS = frozenset({"PTY", "OPP"})
#: CONSULT modes of talks at a distance: never one happening with a meeting or visit.
_REMOTE_MODES = frozenset({"phone"})
_VISIT_AND_MEDIATION = frozenset({"visit", "third-party"})


def joinable_types(event_type: str) -> frozenset[str]:
    """The types of the events a mention of ``event_type`` may join (its own, and the other seizure type)."""
    return SEIZURE_TYPES if event_type in SEIZURE_TYPES else frozenset({event_type})


@dataclass(slots=True)
class Reported:
    """One event mention and the article (id and source) that reports it."""

    article_id: str
    doc: str
    seq: int
    event: EventMention
    published: dt.date | None = None  # the last day the article may have appeared (new mentions only)


@dataclass(slots=True)
class Canonical:
    """A canonical event: its mentions and the fields derived from them."""

    id: str
    mentions: list[Reported] = field(default_factory=list)

    @property
    def type(self) -> str:
        return Counter(r.event.type for r in self.mentions).most_common(1)[0][0]

    @property
    def num_articles(self) -> int:
        return len({r.article_id for r in self.mentions})

    def best(self) -> EventMention:
        """The most confident mention (ties: the earliest)."""
        return best_event(self.mentions)

    def date(self) -> DateClaim | None:
        return canonical_date([r.event.date for r in self.mentions if r.event.date])

    def location(self) -> Place | None:
        places = [r.event.location for r in self.mentions if r.event.location]
        if not places:
            return None
        top = Counter(p.id for p in places).most_common(1)[0][0]
        return next(p for p in places if p.id == top)

    def side(self, name: str) -> list[Actor]:
        """Union of the mentions' actors on one side, "source" or "target", as matching sees it
        (:func:`chronik.merge_sides.union_side`)."""
        return union_side(self.mentions, name)

    def sides(self) -> tuple[list[Actor], list[Actor]]:
        """(source, target) for output: the union turned the way the event goes, a visit from the visitor to
        the host (:func:`chronik.merge_sides.output_sides`)."""
        return output_sides(self.mentions)


def event_id(first: Reported) -> str:
    """A stable id from the first mention that created the event."""
    digest = hashlib.sha1(f"{first.article_id}:{first.seq}".encode()).hexdigest()[:16]
    return f"ev_{digest}"


def merge_into(existing: list[Canonical], new: list[Reported]) -> list[Canonical]:
    """Attach each new mention to the event it reports (existing or new); return the touched events.

    A dated mention joins a compatible event that is dated or of its own
    article: of several, the one most articles report (:func:`_event_to_join`).
    An undated one joins the first compatible event its own article reports (also with other articles:
    "Es war Assads zweite Reise nach Russland" and the visit it dated), else
    the one event of other articles it can only mean (see
    :func:`_only_known_match` and :func:`_only_same_day`).  Dated mentions are placed first, the most
    precise first, so vaguer and undated reports find the events their own
    batch adds.  A reference ("nach der Einigung von Minsk") joins the one
    event it can mean (:func:`_referred_event`) or is dropped: it is in no
    returned event.
    """
    events = list(existing)
    touched: dict[str, Canonical] = {}
    for reported in sorted(new, key=_placing_order):
        target = _referred_event(events, reported) if reported.event.reference else _event_to_join(events, reported)
        if target is None and reported.event.reference:
            continue  # a reference to no known act is dropped
        if target is None:
            target = Canonical(event_id(reported))
            events.append(target)
        if not any(r.article_id == reported.article_id and r.seq == reported.seq for r in target.mentions):
            target.mentions.append(reported)
        touched[target.id] = target
    return list(touched.values())


def _placing_order(reported: Reported) -> tuple[bool, bool, int, bool]:
    """References last (they found no event: the act they name must be placed first, whatever the order of
    the articles), then dated mentions first, the most precise first, a time expression's day before a
    publication day: a report of a day founds an event that vaguer reports ("im März 2016") then join."""
    date = reported.event.date
    return (reported.event.reference, date is None, (date.end - date.start).days if date else 0,
            date is not None and from_publication(date))


def _event_to_join(events: list[Canonical], reported: Reported) -> Canonical | None:
    """The event ``reported`` joins (see :func:`merge_into`), or None for a new one.  Several dated events
    fitting a dated mention: the one most articles report, then the one founded by the earliest mention
    (article id and position: the same answer whatever order the store returns them in)."""
    fits = [e for e in events if compatible(e, reported.event)]
    own = {e.id for e in fits if any(r.article_id == reported.article_id for r in e.mentions)}
    if reported.event.date is not None:
        joinable = [e for e in fits if e.date() is not None or e.id in own]
        return min(joinable, key=lambda e: (-e.num_articles, _founder(e)), default=None)
    mine = [e for e in fits if e.id in own]
    return mine[0] if mine else _only_known_match(fits, reported) or _only_same_day(fits, reported) \
        or _only_timeless_match(fits, reported)


def _referred_event(events: list[Canonical], reported: Reported) -> Canonical | None:
    """The event a reference mention names: the only dated event of its type at its very place whose date
    agrees; None when there is none or several."""
    mention = reported.event
    fits = [e for e in events if e.date() is not None and _same_place(e.location(), mention.location)
            and compatible(e, mention)]
    return fits[0] if len(fits) == 1 else None


def _founder(event: Canonical) -> tuple[str, int]:
    return min((r.article_id, r.seq) for r in event.mentions)


def _only_known_match(fits: list[Canonical], reported: Reported) -> Canonical | None:
    """The event an undated report of another article's event refers to, when that is unambiguous.

    Requires the compatible events ``fits``.  Of those that are dated, name one
    of the report's named actors on the same side (either side for symmetric
    types), name someone on every side the report does (:func:`_sides_filled`)
    and did not begin after the report's article appeared, returns the
    only one, else the only one of the same mode, else the only one at the same
    place; None when there is no such event or several, or when the article's
    date is unknown (a report that cannot be placed in time is not merged).
    """
    mention = reported.event
    if reported.published is None:
        return None
    known = [e for e in fits if (date := e.date()) is not None and date.start <= reported.published
             and _names_same_actor(e, mention) and _sides_filled(e, mention)]
    for narrower in (lambda e: mention.mode is None or e.best().mode == mention.mode,
                     lambda e: _same_place(e.location(), mention.location)):
        if len(known) > 1:
            known = [e for e in known if narrower(e)]
    return known[0] if len(known) == 1 else None


def _sides_filled(event: Canonical, mention: EventMention) -> bool:
    """Each side the mention names is named by the event too: an undated "hatte … Soldaten an den Grenzen
    zur Ukraine zusammengezogen" is not the deployment near Latakia whose reports named no target."""
    return all(ours or not theirs for ours, theirs in _paired_sides(event, mention))


def _only_same_day(fits: list[Canonical], reported: Reported) -> Canonical | None:
    """The event an undated report of an article of unknown year means by a day without a year ("nachdem
    Rebellen … am 8. Dezember Damaskus eingenommen hatten": ``partial_date`` "XXXX-12-08").

    Requires the compatible events ``fits``.  Of those dated to a single day of that month and day that
    share an actor id on every side the report names (:func:`_shares_ids`), returns the only one; None
    when the report has no partial date, or no or several events fit (any year may be meant)."""
    partial = reported.event.partial_date
    if not partial:
        return None
    month, day = int(partial[5:7]), int(partial[8:10])
    known = [e for e in fits if (date := e.date()) is not None and date.start == date.end
             and (date.start.month, date.start.day) == (month, day) and _shares_ids(e, reported.event)]
    return known[0] if len(known) == 1 else None


def _only_timeless_match(fits: list[Canonical], reported: Reported) -> Canonical | None:
    """The event an undated report of an article of unknown date means when nothing else can: the only
    dated compatible event of the same mode that has every actor of the report (:func:`_has_all_actors`) and,
    where both name one, the same place: "Russland hatte Assad und seiner Familie Asyl gewährt" joins
    Assad's asylum of December 2024, "Assad ist in Moskau eingetroffen" not his visit to Sotschi.  None
    for a report with a partial date (:func:`_only_same_day` decides), an article of known date
    (:func:`_only_known_match` decides), or none or several such events."""
    mention = reported.event
    if reported.published is not None or mention.partial_date:
        return None
    known = [e for e in fits if e.date() is not None and e.best().mode == mention.mode and _has_all_actors(e, mention)
             and (mention.location is None or e.location() is None or _same_place(e.location(), mention.location))]
    return known[0] if len(known) == 1 else None


def _has_all_actors(event: Canonical, mention: EventMention) -> bool:
    """Every actor of ``mention`` is on the event's same side (either side for symmetric types); one is a
    person, or both sides are named, one by name: one state or two unnamed groups recur in too many happenings
    to match undated ("Russland hatte Truppen verlegt"), a named pair less so ("Moskau verhandelt mit …")."""
    actors = mention.source + mention.target
    named = any(a.kind != "group" for a in actors) and mention.source and mention.target
    return bool(any(a.kind == "person" for a in actors) or named) and all(actor_ids(theirs) <= actor_ids(ours) for ours, theirs in _paired_sides(event, mention))


def _paired_sides(event: Canonical, mention: EventMention) -> list[tuple[list[Actor], list[Actor]]]:
    """(the event's actors, the mention's) per side: source with source and target with target, or for a
    symmetric type one pair of both sides together."""
    if mention.type in SYMMETRIC_TYPES:
        return [(event.side("source") + event.side("target"), mention.source + mention.target)]
    return [(event.side("source"), mention.source), (event.side("target"), mention.target)]


def _shares_ids(event: Canonical, mention: EventMention) -> bool:
    """Each side of ``mention`` that names actors shares an actor id with the event's same side (either
    side for symmetric types), and one shared actor is named (not a state's unnamed group): agreeing
    countries are not enough where the year is unknown."""
    shared = [actor_ids(ours) & actor_ids(theirs) for ours, theirs in _paired_sides(event, mention) if theirs]
    named = {a.id for a in mention.source + mention.target if a.kind != "group"}
    return bool(shared) and all(shared) and bool(set().union(*shared) & named)


def _names_same_actor(event: Canonical, mention: EventMention) -> bool:
    """True when a named actor (not a state's unnamed group) of the mention is, or shares its country with,
    a named actor on the event's same side (on either side for symmetric types): "Erdogan lehnte es ab,
    sich für den Abschuss … zu entschuldigen" names Turkey's shooting-down.  A mention naming only groups
    needs the same groups on both sides (:func:`_same_groups`)."""
    def named(actors: list[Actor]) -> set[tuple[str, str | None]]:
        return {(a.id, a.country) for a in actors if a.kind != "group"}

    def meet(ours: set, theirs: set) -> bool:
        return bool({i for i, _ in ours} & {i for i, _ in theirs}
                    or {c for _, c in ours if c} & {c for _, c in theirs if c})

    if not named(mention.source + mention.target):
        return _same_groups(event, mention)
    sources, targets = named(event.side("source")), named(event.side("target"))
    if mention.type in SYMMETRIC_TYPES:
        return meet(sources | targets, named(mention.source) | named(mention.target))
    return meet(sources, named(mention.source)) or meet(targets, named(mention.target))


def _same_groups(event: Canonical, mention: EventMention) -> bool:
    """For a mention that names no actor, only groups ("Sie war von Moskau und Ankara ausgehandelt worden":
    the Syrian government and rebels): True when both its sides are groups of the event's sides, by country
    and sector (either way round for symmetric types), each side named."""
    def groups(actors: list[Actor]) -> set[tuple[str | None, str | None]]:
        return {(a.country, a.sector) for a in actors}

    ours, theirs = (groups(event.side("source")), groups(event.side("target"))), (groups(mention.source),
                                                                                  groups(mention.target))
    if not all(theirs):
        return False
    straight = theirs[0] <= ours[0] and theirs[1] <= ours[1]
    return straight or (mention.type in SYMMETRIC_TYPES and theirs[0] <= ours[1] and theirs[1] <= ours[0])


def compatible(event: Canonical, mention: EventMention) -> bool:
    """True when ``mention`` reports the happening of ``event`` (see the module docstring)."""
    other = event.best()
    if not _types_agree(event, mention) or _modes_differ(other, mention) \
            or (mention.type not in SYMMETRIC_TYPES and _reversed(event, mention)):
        return False
    straight = _sides_agree(event.side("source"), mention.source) and _sides_agree(event.side("target"), mention.target)
    swapped = mention.type in SYMMETRIC_TYPES and _sides_agree(event.side("source"), mention.target) \
        and _sides_agree(event.side("target"), mention.source)
    return (straight or swapped) and _participants_agree(event, mention) and dates_agree(event.date(), mention.date) \
        and _places_agree(event.location(), mention.location)


def _participants_agree(event: Canonical, mention: EventMention) -> bool:
    """For a symmetric type, each side the mention names meets the event's participants (its sources and
    every target any report named): reports of a meeting may name its parties either way, but a meeting of
    Hollande with Cameron and Merkel is not his meeting with Putin, even where the event's target side is
    empty because its reports named each party on both sides."""
    if mention.type not in SYMMETRIC_TYPES:
        return True
    everyone = event.side("source") + [a for r in event.mentions for a in r.event.target]
    return _sides_agree(everyone, mention.source) and _sides_agree(everyone, mention.target)


def _types_agree(event: Canonical, mention: EventMention) -> bool:
    """The same type, or the two seizure types at the same resolved place by the same side (an actor id,
    or a state's forces or government: in a civil war both sides share the country)."""
    kind = event.best().type
    return kind == mention.type or (kind in SEIZURE_TYPES and mention.type in SEIZURE_TYPES
                                    and _same_place(event.location(), mention.location)
                                    and bool(_identities(event.side("source")) & _identities(mention.source)))


def _identities(actors: list[Actor]) -> set[str | tuple]:
    """Actor ids and (country, sector) pairs, a state's forces counted as its government
    (:meth:`Actor.as_addressee`)."""
    return {a.id for a in actors} | {(g.country, g.sector) for g in map(Actor.as_addressee, actors) if g.country}


def _modes_differ(a: EventMention, b: EventMention) -> bool:
    """Two known modes of one type that name different acts (asylum and military aid); a meeting's
    reports may call it a visit or a meeting, but a phone call is never the meeting it reports on
    ("Am Dienstag telefonierte Putin mit Trump, um ihn über die Gespräche mit Assad zu unterrichten")."""
    if a.type != b.type or a.mode is None or b.mode is None or a.mode == b.mode:
        return False
    # nor is a mediation between others the mediator's visit ("hat bei der Annäherung der USA und Kubas vermittelt")
    return a.type != "CONSULT" or bool({a.mode, b.mode} & _REMOTE_MODES) or {a.mode, b.mode} == _VISIT_AND_MEDIATION


def _sides_agree(ours: list[Actor], theirs: list[Actor]) -> bool:
    if not ours or not theirs:
        return True  # one report names fewer actors: no contradiction
    if {a.id for a in ours} & {a.id for a in theirs}:
        return True
    return any(a.country == b.country and _same_camp(a.sector, b.sector) and not _two_people(a, b)
               for a in ours if a.country for b in theirs)


def _two_people(a: Actor, b: Actor) -> bool:
    """Two persons, or named actors outside the state's organs (the Greens, the ÖGB), are two sides of a country."""
    return a.id != b.id and "group" not in (a.kind, b.kind) \
        and (a.kind == b.kind == "person" or not {a.sector, b.sector} & _STATE_SECTORS)


def _same_camp(a: str | None, b: str | None) -> bool:
    """Two sectors of one country that may be one side: not the state and a party or the opposition
    ("Erdoğan" and the HDP's chief are two sides of Turkey)."""
    return not ({a, b} & _STATE_SECTORS and {a, b} & _PARTY_SECTORS)


def _reversed(event: Canonical, mention: EventMention) -> bool:
    """``mention`` is the counter-act of ``event``: its source is, by id, the event's target and its target
    the event's source, and no source is shared ("die Armee warf den Separatisten vor …", "die
    Separatisten beschuldigten die Armee …": two accusations, though both sides share a country)."""
    source, target = actor_ids(event.side("source")), actor_ids(event.side("target"))
    return bool(actor_ids(mention.source) & target) and bool(actor_ids(mention.target) & source) \
        and not actor_ids(mention.source) & source


def _same_place(a: Place | None, b: Place | None) -> bool:
    return a is not None and b is not None and a.id == b.id


def _places_agree(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    return a.id == b.id or (a.country is not None and a.country == b.country)
