"""Stage ``resolve``: mentions → actors with the role valid on the sentence's date, places → coordinates.

Requires ``mentions`` (and ``timex``/``published`` for dates).  Sets each
mention's ``actor_id`` or ``place_id`` and its ``country``/``sector``/``title``
on that date, and fills ``article.actors`` and ``article.places``.

- Knowledge-base people and organisations take the role that covers the
  date of their sentence (its first day-or-month time expression, else the
  publication date); Assad is SYR GOV in 2020 and not after 2024-12-08.  A
  person's current role gives the country, whatever adjective stands near.
- A title or country adjective before a name, a party in brackets after it or a description in
  apposition picks, among KB namesakes, those whose roles it describes ("der tschechische Premier
  Sobotka"), and in an undated article the role it describes ("FPÖ-Chef Strache": PTY, not his
  later GOV role; :mod:`chronik.stages.mention_roles`).
- Unknown people become new actors whose country and sector come from the
  words around them ("Russlands stellvertretender Außenminister …"); a later
  surname-only mention is the same actor.
- Descriptions ("der Kremlchef", "der französische Präsident") resolve to the
  office holder on the date, else to the last person of that country and
  office in the article; "er"/"sie" to the most recent person; a plural
  subject "sie" to the plural group before it (:mod:`chronik.stages.mention_plural`).
- Places take the candidate in a country the article mentions, else the most
  populous (KB places first); a capital or major city beats a small namesake
  (:mod:`chronik.stages.mention_places`).
- Descriptions of a country ("das Bürgerkriegsland") take the article's main
  country where it clearly has one (:mod:`chronik.stages.mention_country`).
- Groups without a country of their own ("die Rebellen", "die Luftwaffe") take
  one from the article (:mod:`chronik.stages.mention_group_country`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from functools import partial

from chronik.context import Context
from chronik.kb.base import fold
from chronik.kb.entries import SINGLE_HOLDER_OFFICES, Entry
from chronik.kb.geo import GeoPlace
from chronik.model import UNKNOWN_ORG_PREFIX, UNKNOWN_PERSON_PREFIX, Actor, Article, Mention, Place
from chronik.stages.mention_affiliation import (
    affiliate,
    affiliation_pattern,
    bracket_pattern,
    prefixed_affiliations,
)
from chronik.stages.mention_anaphora import resolve_alliances
from chronik.stages.mention_country import HOW as COUNTRY_DESCRIPTION
from chronik.stages.mention_country import main_country, mentioned_state, sentence_place_state, state_of
from chronik.stages.mention_creditors import lend
from chronik.stages.mention_group_country import drop_unowned, ethnic_group, group_country, possessor_country
from chronik.stages.mention_places import capital_of, pick_place
from chronik.stages.mention_plural import entourage_referent, resolve_plural_pronoun
from chronik.stages.mention_roles import (
    NOTHING,
    Description,
    described,
    described_entries,
    described_role,
    office_over_party,
)
from chronik.stages.mention_speaker import reported_speaker, speech_verbs
from chronik.stages.mentions import Resources, resources
from chronik.stages.reference_time import (
    day_in_span,
    named_as_former,
    named_people,
    reference_span,
    role_within,
)
from chronik.stages.reference_years import co_serving_period, role_in_period, text_period
from chronik.stages.resolve_actors import (
    GUESSED_ROLES,
    actor_of,
    copy_person,
    counterpart_office,
    note_guessed_role,
    plural_title,
    register,
    take_role,
    unresolved_descriptions,
)
from chronik.stages.resolve_coref import Coreference
from chronik.stages.sentence_days import published_day, sentence_dates, sentence_day

_Span = tuple[dt.date, dt.date] | None  # [start, end) of the time an undated article speaks of

def resolve(article: Article, ctx: Context) -> Article:
    """Resolve every mention of ``article`` (see the module docstring)."""
    res = resources(ctx, ctx.lang(article.lang))
    dates = sentence_dates(article)
    countries = _article_countries(article, res)
    coref = Coreference()
    article.meta.pop(GUESSED_ROLES, None)  # a rerun (a stored article processed again) decides afresh
    resolve_alliances(article, res)
    lang = ctx.lang(article.lang)
    brackets = ctx.compiled("affiliation_brackets", lang, bracket_pattern)
    published = published_day(article)
    span = reference_span(article, res, brackets) if published is None else None  # undated: its office holders' time
    published = published or day_in_span(article, res, span)
    span = span if published is None else None  # a span too long for a day still picks each one's role within it
    period = text_period(article, ctx) if published is None and span is None else None  # else its stated years
    period = period or (co_serving_period(named_people(article, res), dt.date.today())
                        if published is None and span is None else None)  # else when its people served together
    for mention in article.mentions:  # places and states first: groups take their country from them
        if mention.kind == "LOC":
            _resolve_place(article, mention, res, countries)
        elif mention.kind == "STATE":
            _resolve_name(article, mention, res, published, coref, countries)
    main = state_of(main_country(article, res), res) if any(m.how == COUNTRY_DESCRIPTION for m in article.mentions) else None
    for mention in article.mentions:
        day = dates.get(mention.sentence) or published
        if mention.kind in ("PER", "ORG"):
            description = described(article, mention, res, brackets) if mention.kind == "PER" else NOTHING
            _resolve_name(article, mention, res, day, coref, countries, description, (span, period))
        elif mention.how == COUNTRY_DESCRIPTION:
            local = state_of(sentence_place_state(article, mention, res), res)
            _resolve_country_description(article, mention, local or main, res)
        elif mention.kind == "DESC":
            _resolve_description(article, mention, res, day, coref)
        elif mention.kind == "GROUP":
            if mention.how == "possessive":
                owner = coref.last_person()
                mention.country = possessor_country(article, mention, res) or (owner.country if owner else None)
            mention.country = mention.country or group_country(article, mention, countries, res)
            if mention.country or ethnic_group(article, mention, res):  # "kurdische Kämpfer": of no state
                _resolve_group(article, mention)
        elif mention.kind == "PRON" and mention.title == "p":  # "ihnen": a person and his entourage
            entourage_referent(article, mention, coref.last_person(), res.cues.coordinators, res.cues.possessives)
        elif mention.kind == "PRON" and not resolve_plural_pronoun(article, mention, res):
            _resolve_pronoun(mention, coref, reported_speaker(article, coref.latest(), speech_verbs(ctx, article)))
    affiliate(article, ctx.compiled("affiliation_pattern", lang, affiliation_pattern), brackets)
    day_of = partial(sentence_day, dates, published)
    prefixed_affiliations(article, res, day_of)
    _described_before(article, res, day_of)
    unresolved_descriptions(article, res, day_of)
    drop_unowned(article, res)
    lend(article)  # "Tsipras warf den Gläubigern vor, …": the lending institutions, or no actor
    return article


def _resolve_name(article: Article, mention: Mention, res: Resources, day: dt.date | None, coref: Coreference,
                  countries: Counter, description: Description = NOTHING,
                  spans: tuple[_Span, _Span] = (None, None)) -> None:
    """Link a named mention to its KB entry, else to a new actor.  Among KB namesakes, those with a role
    that fits the words around the name (``description``, :mod:`chronik.stages.mention_roles`) come first;
    in an undated article the role that fits them is taken, else one held within ``spans``' first, the time of the
    office holders it names (:func:`reference_time.role_within`), or its second, the period of the years it states
    (:func:`reference_years.role_in_period`)."""
    entries = [res.kb.entries[c] for c in mention.candidates if c in res.kb.entries]
    if entries:
        entry = _pick_entry(described_entries(entries, description, res), day, coref.seen, countries)
        # undated (a reference day only guesses): the role the words around the name describe, if any
        role = described_role(entry, description, res) if day is None or article.published is None else None
        role = role or (role_within(entry, spans[0]) or role_in_period(entry, spans[1]) if day is None else None)
        if day is None and role is None and entry.public_id not in article.actors:
            note_guessed_role(article, entry)
        role = office_over_party(entry, role, day)  # "ÖVP-Chef Mitterlehner": the vice-chancellor
        take_role(mention, entry, None if role else day, res, role)
        if day is None and mention.kind == "PER" and any(  # "der frühere US-Präsident Bill Clinton … Clinton"
                m.candidates == (entry.id,) and named_as_former(article, m, res) for m in article.mentions):
            mention.sector = mention.office = None
        register(article, mention, actor_of(entry, mention))
    elif mention.kind == "PER":
        known = coref.named_before(mention.text)
        if known and " " not in mention.text:
            copy_person(mention, article.actors[known])
        else:
            register(article, mention, Actor(f"{UNKNOWN_PERSON_PREFIX}{_slug(mention.text)}", mention.text,
                                              mention.country, mention.sector, kind="person", title=mention.title))
    else:
        name = mention.title if mention.how == "abbreviation" and mention.title else mention.text
        register(article, mention, Actor(f"{UNKNOWN_ORG_PREFIX}{_slug(name)}", name, mention.country,
                                          mention.sector, kind="organisation"))
    coref.add(mention)


def _pick_entry(entries: list[Entry], day: dt.date | None, seen: set[str], countries: Counter) -> Entry:
    """The candidate already named in the article, else the one of the country the article names most
    ("die Grünen" beside SPÖ and ÖVP are Austria's), else the one holding a role on ``day``, else the one
    whose role is nearest in time (without a day: the latest)."""
    if len(entries) == 1:
        return entries[0]
    named = [e for e in entries if e.public_id in seen]
    if named:
        return named[0]
    if (local := _of_leading_country(entries, day, countries)) is not None:
        return local
    if day is None:
        return max(entries, key=lambda e: max((r.end or dt.date.max for r in e.roles), default=dt.date.min))
    return min(entries, key=lambda e: (not e.holds_at(day), min((r.distance(day) for r in e.roles), default=10**6)))


def _of_leading_country(entries: list[Entry], day: dt.date | None, countries: Counter) -> Entry | None:
    """The one candidate whose country the article names more often than any other candidate's; None on a
    tie or when the candidates share their country."""
    def count(entry: Entry) -> int:
        role = entry.role_at(day) or (entry.roles[0] if entry.roles else None)
        return countries.get(role.country, 0) if role is not None and role.country else 0
    ranked = sorted(entries, key=count, reverse=True)
    return ranked[0] if count(ranked[0]) > count(ranked[1]) else None


def _resolve_country_description(article: Article, mention: Mention, state: Entry | None, res: Resources) -> None:
    """"das Bürgerkriegsland": the country ``state`` (of its sentence's place, else the article's main
    country; as on the publication day), if it has one."""
    if state is None:
        return
    mention.candidates = (state.id,)
    take_role(mention, state, published_day(article), res)
    register(article, mention, actor_of(state, mention))


def _resolve_description(article: Article, mention: Mention, res: Resources, day: dt.date | None, coref: Coreference) -> None:
    person = _apposition(article, mention, coref, res)
    if person is not None:
        _describe(article, person, mention, res, day)
        return
    mention.office = counterpart_office(article, mention, res) or mention.office  # "seinen russischen Amtskollegen"
    where = mention.country or (mention.candidates[0] if mention.candidates else None)
    single = mention.office in SINGLE_HOLDER_OFFICES and not plural_title(article, mention, res)
    holder = res.kb.holder(where, mention.office, day) if where and single else None
    if holder:
        take_role(mention, holder, day, res)
        register(article, mention, actor_of(holder, mention))
        mention.kind = "DESC"
    else:
        earlier = coref.last_person(mention.country, mention.office) if mention.country \
            else None if plural_title(article, mention, res) else _anaphoric(mention, coref, res)  # "die Minister"
        if earlier is None:
            return
        copy_person(mention, article.actors[earlier.actor_id])
    coref.add(mention)


def _anaphoric(mention: Mention, coref: Coreference, res: Resources) -> Mention | None:
    """For a title alone without a country whose group is anaphoric ("der Landeshauptmann", "der Landeschef"):
    the last person named with a title of that group or of a group it ``refers_to`` ("der Minister" after
    "Finanzminister Schelling", unless its sentence names another minister); else None."""
    office = res.cues.title_office(mention.title)
    if office is None or not office.anaphoric:
        return None
    # a title of any portfolio ("der Minister") refers back only to one minister of its sentence: two are either
    return coref.last_titled((office.group, *office.refers_to), res.cues, mention.title, unique=bool(office.refers_to))


def _apposition(article: Article, mention: Mention, coref: Coreference, res: Resources) -> Mention | None:
    """The person a description stands beside: "Kamal Lababidi, ein Mitglied des Politbüros"."""
    person = coref.persons[-1] if coref.persons else None
    if person is None or person.kind != "PER" or person.sentence != mention.sentence:
        return None
    return person if res.cues.apposition.fullmatch(article.text[person.end : mention.start]) else None


def _described_before(article: Article, res: Resources, day_of: Callable[[int], dt.date | None]) -> None:
    """"Der Chef der HDP, Selahattin Demirtaş, …": a description of an office in an organisation or state,
    then the person in apposition, describes that person (:func:`_describe`); the description then
    stands for him.  Requires resolved mentions in text order."""
    mentions = article.mentions
    for desc, owner, person in zip(mentions, mentions[1:], mentions[2:]):
        if desc.kind != "DESC" or desc.actor_id or not desc.candidates or owner.kind not in ("ORG", "STATE"):
            continue
        if person.kind == "PER" and person.actor_id and person.sentence == desc.sentence \
                and res.cues.apposition.fullmatch(article.text[owner.end : person.start]):
            desc.candidates = _as_resolved(desc.candidates, owner, res)
            _describe(article, person, desc, res, day_of(person.sentence))


def _as_resolved(candidates: tuple[str, ...], owner: Mention, res: Resources) -> tuple[str, ...]:
    """The entry ``owner`` resolved to, when it is one of ``owner``'s candidates ("der Grünen" of an Austrian
    article: Austria's, not the first namesake the mentions stage found); else ``candidates``."""
    chosen = [c for c in owner.candidates if (e := res.kb.entries.get(c)) is not None and e.public_id == owner.actor_id]
    return tuple(chosen[:1]) or candidates


def _describe(article: Article, person: Mention, mention: Mention, res: Resources, day: dt.date | None) -> None:
    """Give an unknown ``person`` the office, country and sector of the description beside it."""
    mention.actor_id = person.actor_id
    org = res.kb.entries.get(mention.candidates[0]) if mention.candidates else None
    role = org.role_at(day) if org else None
    country = mention.country or (role.country if role else None)
    sector = role.sector if role and org.kind == "organisation" else mention.sector
    actor = article.actors[person.actor_id]
    if actor.id.startswith(UNKNOWN_PERSON_PREFIX):
        actor.country, actor.sector, actor.title = actor.country or country, actor.sector or sector, actor.title or mention.title
        person.country, person.sector, person.title = actor.country, actor.sector, actor.title
    mention.country, mention.sector = actor.country, actor.sector


def _resolve_group(article: Article, mention: Mention) -> None:
    actor = Actor.group(mention.country, mention.sector)
    register(article, mention, actor)


def _resolve_pronoun(mention: Mention, coref: Coreference, speaker: Mention | None = None) -> None:
    """"er" → the first person of the latest sentence with one (the subject continues), or the ``speaker``
    of its closing reporting clause; "ihn/ihm" → the last person, both within two sentences; "sie/ihr" stay
    open (a woman, a group, a plural or a polite form: too ambiguous for a rule)."""
    if mention.title != "m":
        return
    subject = mention.text.lower() == "er" and (speaker or coref.subject_candidate())
    earlier = subject or coref.last_person()
    if earlier and earlier.sentence >= mention.sentence - 2:
        mention.actor_id = earlier.actor_id
        mention.country, mention.sector, mention.office = earlier.country, earlier.sector, earlier.office


def _article_countries(article: Article, res: Resources) -> Counter:
    """Countries the article names (states, adjectives, KB actors, the one country of an unambiguous KB
    name such as "ÖVP"), counted: the context for places and for names of several countries."""
    countries: Counter = Counter()
    for mention in article.mentions:
        if country := mentioned_state(mention, res) or mention.country or _sole_country(mention, res):
            countries[country] += 1
    return countries


def _sole_country(mention: Mention, res: Resources) -> str | None:
    """The country of the only KB entry ``mention`` may name (its first role's), if any."""
    if len(mention.candidates) != 1 or (entry := res.kb.entries.get(mention.candidates[0])) is None or not entry.roles:
        return None
    return entry.roles[0].country


def _resolve_place(article: Article, mention: Mention, res: Resources, countries: Counter) -> None:
    places = [res.geo.by_id[c] for c in mention.candidates if c in res.geo.by_id]
    if not places:
        return
    best = pick_place(article, mention, places, countries, res)
    if best is None:
        return
    mention.place_id = best.id
    mention.country = best.country
    article.places.setdefault(best.id, _place_of(best, mention.text))
    state = capital_of(mention.text, res)
    if state is not None and state.extra.get("iso3") == best.country:
        mention.sector = "GOV"  # "nach Moskau": a place, and the seat of a government a visit goes to
        register(article, mention, actor_of(state, mention))


def _place_of(place: GeoPlace, text: str) -> Place:
    name = place.name if place.id.startswith("kb:") else text
    return Place(name, place.geonames_id, place.lat, place.lon, place.country, place.id)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"
