"""Affiliations: an unknown person named with the armed group or party he belongs to.

Part of the ``resolve`` stage (see :mod:`chronik.stages.resolve`): "Mohammed Allusch von der Gruppe
Dschaisch al-Islam", "Abu Mohammed al-Dscholani von der Miliz HTS", "Ali Hassan aus der Partei X": a
person the knowledge base does not know, followed directly by an ``affiliation_preps`` word, a
determiner (``apposition_articles``), an optional ``affiliation_nouns`` noun and an organisation
mention, belongs to that organisation: he takes its country and sector on the sentence's date (as
resolved on the organisation's mention), unless the words around him gave him one already (a title
that gave him a sector but no country keeps the sector and takes the organisation's country).  The cue
words come from ``lang/<xx>/actors.yaml``.

A party or group in round brackets right after a person ("Werner Faymann (SPÖ)", "Sebastian Kurz (beide
ÖVP)") names his affiliation: :func:`bracketed_affiliations` marks it so that the events stage does not
take it for a side of the sentence's act.

A party or group as the first part of a hyphenated title right before an unknown person ("HDP-Chef
Selahattin Demirtaş", "Ukip-Chef Nigel Farage", "Hamas-Sprecher Sami Abu Suhri") names his affiliation
the same way (:func:`prefixed_affiliations`).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING

from chronik.model import UNKNOWN_PERSON_PREFIX, Article, Mention
from chronik.resources import LanguageData

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from chronik.kb.entries import Role
    from chronik.stages.mentions import Resources


def affiliation_pattern(lang: LanguageData) -> re.Pattern[str]:
    """The text between a person and the organisation he belongs to (" von der Gruppe "), compiled from
    ``affiliation_preps``, ``apposition_articles`` and ``affiliation_nouns`` of ``lang``'s actors.yaml."""
    actors = lang.data["actors"]

    def alternatives(words: list[str]) -> str:
        return "|".join(map(re.escape, words)) or "(?!)"

    return re.compile(r"\s+(?:" + alternatives(actors["affiliation_preps"]) + r")\s+(?:(?:"
                      + alternatives(actors["apposition_articles"]) + r")\s+)?(?:(?:"
                      + alternatives(actors["affiliation_nouns"]) + r")\s+)?")


def affiliate(article: Article, link: re.Pattern[str], brackets: re.Pattern[str]) -> None:
    """Give each unknown person without a sector the country and sector of the organisation mention that
    ``link`` joins to him, or that stands in brackets after him (``brackets``, see the module docstring),
    on every mention of that person.

    Requires resolved mentions in text order; changes only new ("per:") person actors and their mentions."""
    mentions = article.mentions
    for person, org in pairwise(mentions):
        if not _unknown_person(person) or org.kind != "ORG" or org.sector is None or person.sentence != org.sentence:
            continue
        between = article.text[person.end : org.start]
        if not (link.fullmatch(between) or _bracketed_after(article, person, org, brackets)):
            continue
        _join(article, person, org.country, org.sector)


def _join(article: Article, person: Mention, country: str | None, sector: str | None) -> None:
    """Give ``person``'s actor, and every mention of it, the country and sector it lacks."""
    actor = article.actors.get(person.actor_id or "")
    if actor is None:
        return
    actor.country, actor.sector = actor.country or country, actor.sector or sector
    for mention in article.mentions:
        if mention.actor_id == actor.id:
            mention.country, mention.sector = actor.country, actor.sector


def prefixed_affiliations(article: Article, res: Resources, day_of: Callable[[int], dt.date | None]) -> None:
    """Give each unknown person right after "<organisation>-<title>" ("HDP-Chef Selahattin Demirtaş")
    the country and sector the organisation has on the day of his sentence (``day_of``; None: the latest).
    The organisation must be a knowledge-base organisation and the part after it a title form of
    ``res.cues`` (``title_heads``); the fallback of ``Cues.prefixed_title`` (fixed ``title_prefixes`` such
    as "Kreml-", "US-") for any organisation the knowledge base knows.  Changes only new ("per:") person actors and their mentions."""
    named = Counter(m.country for m in article.mentions if m.country)
    for person in article.mentions:
        if not _unknown_person(person):
            continue
        words = article.text[max(0, person.start - 60) : person.start].split()
        parts = words[-1].split("-") if words else []
        prefix, title = (parts[:-1], parts[-1]) if len(parts) > 1 else ([], "")  # "Ex-HDP-Chef": HDP, Chef
        if not title or title.lower() not in res.cues.title_heads:
            continue
        role = _organisation_role(res, prefix, day_of(person.sentence), named)
        if role is not None:
            _join(article, person, role.country, role.sector)


def _organisation_role(res: Resources, prefix: list[str], day: dt.date | None, named: Counter) -> Role | None:
    """The role on ``day`` of the knowledge-base organisation the hyphenated ``prefix`` parts end with
    (["Team", "Stronach"]: "Team Stronach"; ["Ex", "HDP"]: "HDP"), or None.  Of several organisations of
    that name ("SP", "Grünen"), the one whose country the article names most often (``named``), the first
    on a tie."""
    for n in range(len(prefix), 0, -1):
        roles = [role for form in res.kb.phrases.get(tuple(prefix[-n:]), ())
                 if (entry := res.kb.entries[form.entry_id]).kind == "organisation"
                 and (role := entry.role_at(day)) is not None]
        if roles:
            return max(roles, key=lambda r: named.get(r.country, 0))
    return None


def _unknown_person(mention: Mention) -> bool:
    """A person mention the knowledge base does not know and whose context gave no sector, or a sector
    but no country ("Innenministerin Johanna Mikl-Leitner (ÖVP)": GOV by the title, AUT by the party)."""
    return mention.kind == "PER" and (mention.actor_id or "").startswith(UNKNOWN_PERSON_PREFIX) \
        and (mention.sector is None or mention.country is None)


def bracket_pattern(lang: LanguageData) -> re.Pattern[str]:
    """The text between a person and an affiliation in brackets (" (", " (beide "), from
    ``affiliation_bracket_words`` of ``lang``'s actors.yaml."""
    words = "|".join(map(re.escape, lang.data["actors"]["affiliation_bracket_words"])) or "(?!)"
    return re.compile(r"\s*\(\s*(?:(?:" + words + r")(?:\s+|-))?")


def bracketed_affiliations(article: Article, link: re.Pattern[str], brackets: re.Pattern[str]) -> set[int]:
    """Start offsets of the organisation mentions that name the affiliation of the person or description
    of one right before them, in brackets ("Faymann (SPÖ)", "der Kanzler (SPÖ)": ``brackets``, from
    :func:`bracket_pattern`) or after an affiliation preposition ("Mohammed Allusch von der Gruppe
    Dschaisch al-Islam": ``link``, from :func:`affiliation_pattern`): affiliations, not actors of an act.
    Requires mentions in text order."""
    marked = set()
    for person, org in pairwise(article.mentions):
        if person.kind not in ("PER", "DESC") or org.kind != "ORG" or person.sentence != org.sentence:
            continue
        if _bracketed_after(article, person, org, brackets) or link.fullmatch(article.text[person.end : org.start]):
            marked.add(org.start)
    return marked


def described_appositions(article: Article) -> set[int]:
    """Start offsets of the words around a description that stands for the person after it ("Der Chef
    der HDP, Selahattin Demirtaş, …": resolve.py made the description his): the organisation or state it
    belongs to (part of his title, no side of an act) and the person in apposition (the description is
    already he).  Requires resolved mentions in text order."""
    mentions, starts = article.mentions, set()
    for desc, owner, person in zip(mentions, mentions[1:], mentions[2:]):
        if desc.kind == "DESC" and owner.kind in ("ORG", "STATE") and person.kind == "PER" \
                and desc.actor_id is not None and desc.actor_id == person.actor_id:
            starts |= {owner.start, person.start}
    return starts


def _bracketed_after(article: Article, person: Mention, org: Mention, link: re.Pattern[str]) -> bool:
    """``org`` stands alone in brackets right after ``person`` ("Faymann (SPÖ)", "Kurz (beide ÖVP)")."""
    return bool(link.fullmatch(article.text[person.end : org.start])) \
        and article.text[org.end : org.end + 3].lstrip().startswith(")")
