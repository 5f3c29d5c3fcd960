"""Evidence for a KB person matched by surname alone: the article must be about the person's world.

A lone surname ("Keita", "Berisha", "Novak", "Fischer") names a KB politician only when the
article gives some reason to think so: the person was named in full or after a title somewhere
in the article, or the article mentions a country or organisation the person acts for (a state,
its capital or towns, its demonyms, its parties and officials).  Otherwise the surname belongs to
somebody else (a footballer in a line-up, a character in a film review) and the mention is kept
as an unknown person without KB candidates.  A person serving in one of its recorded roles near the
publication date needs no such support (serving leaders are named by surname alone anywhere), except
in a sports report, where "Keita" scoring in the 28th minute is a player.

:func:`checked` runs once per article after every sentence has been scanned: it applies
:func:`unsupported_surnames` and drops names guessed from their shape that are time expressions
("Montagfrüh begann das Bundesheer …": a TIMEX, not a person).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from chronik.kb.base import KnowledgeBase
from chronik.kb.geo import GeoIndex
from chronik.model import Article, Mention
from chronik.stages.mention_attackers import civilian_attackers
from chronik.stages.mention_cues import Cues
from chronik.stages.mention_national_bodies import national_bodies

if TYPE_CHECKING:
    from chronik.stages.mentions import Resources

_LONE = ("kb:surname", "kb:family_name")
_SERVING_DAYS = 2 * 365  # a role ended or begun this close to the publication date still makes a name familiar
_SPORT_MIN = 3
_GLUED_WINDOW = 40  # characters before a surname searched for a word glued to it by a hyphen


def checked(article: Article, found: list[Mention], res: Resources, named: set[str],
            period: dt.date | None = None) -> list[Mention]:
    """``found`` without shape-guessed names inside a time expression of ``article`` (``timex`` ran),
    after :func:`unsupported_surnames` and :func:`mention_attackers.civilian_attackers` ("Ein Polizist schoss den
    Angreifer nieder" in a report of no armed conflict: a civilian).  Guarantees: KB, title and cue-typed mentions
    are all kept.  ``period`` is the day an undated article speaks of (:mod:`chronik.stages.reference_years`)."""
    common = unsupported_surnames(article, found, res, named, period)
    civilian_attackers(article, found, res)
    national_bodies(article, found, res)  # "der russische Sicherheitsrat": Russia's, not the UN's
    spans = [(t.start, t.end) for t in article.timexes]
    return [m for m in found if id(m) not in common
            and (m.how != "shape" or not any(a <= m.start and m.end <= b for a, b in spans))]


def unsupported_surnames(article: Article, found: list[Mention], res: Resources, named: set[str],
                         period: dt.date | None = None) -> set[int]:
    """Drop the KB candidates of lone-surname person mentions that nothing in the article supports.

    Requires ``found`` (the mentions of ``article``: segmented, its publication date set if known) and
    ``named`` (KB person ids named in full or after a title in the article).  Guarantees: only person
    mentions of one KB surname lose their candidates; a mention keeps them after a title, or when one
    candidate is in ``named``, shares a country or organisation with the article or with the word glued
    to a hyphen right before it ("FPÖ-Chef Strache", :func:`_glued_before`), or (outside sports
    reports, :func:`is_sport`) holds a recorded role near the publication date (in an undated article, near
    ``period``, the day its stated years point at).  Returns the ids of the
    mentions that lost their candidates and are a common word opening a clause ("Frieden herrscht …"):
    no person at all.
    """
    kb, day = res.kb, article.published.start if article.published else period
    if is_sport(article, res.cues):
        day = None  # in a sports report even a serving politician's surname needs support
    context = article_context(found, kb, res.geo)
    common: set[int] = set()
    for before, mention in zip([None, *found], found):
        if not _lone_surname(mention) or _after_title(before, mention):
            continue
        glued = _glued_before(article, mention, kb)
        if any(c in named or _ties(kb, c) & (context | glued) or _serving(kb, c, day) for c in mention.candidates):
            continue
        mention.candidates = ()
        mention.how = "shape"
        if _opening_common_word(article, mention, res):
            common.add(id(mention))
    return common


def _opening_common_word(article: Article, mention: Mention, res: Resources) -> bool:
    """True when ``mention`` is a word the lexicon lists as common and no word stands right before it
    (a sentence, quotation or clause opens): there it reads as the common word unless a person is likely."""
    before = article.text[max(0, mention.start - 3) : mention.start].rstrip()
    return res.lexicon.listed_common(mention.text) and not (before and before[-1].isalnum())


def _glued_before(article: Article, mention: Mention, kb: KnowledgeBase) -> set[str]:
    """The KB organisation or state (its id and countries) that is the first part of the hyphenated word
    right before ``mention`` ("FPÖ-Chef Strache", "Ex-SPÖ-Chef Gusenbauer"); empty when there is none."""
    before = article.text[max(0, mention.start - _GLUED_WINDOW) : mention.start].split()
    found: set[str] = set()
    for entry in kb.prefix_entries(before[-1]) if before else ():
        found |= {entry.id, *(_ties(kb, entry.id)), *([entry.extra["iso3"]] if entry.extra.get("iso3") else [])}
    return found


def _after_title(before: Mention | None, mention: Mention) -> bool:
    """True when a title stands right before ``mention`` ("Außenminister Kurz", "Premier Sobotka")."""
    return before is not None and before.how == "title" and before.end <= mention.start <= before.end + 1


def _lone_surname(mention: Mention) -> bool:
    """A person mention linked to the KB by one surname: found as such, or a one-word name run ("den Key")."""
    if mention.kind != "PER" or not mention.candidates:
        return False
    return mention.how in _LONE or (mention.how == "shape" and " " not in mention.text.strip())


def is_sport(article: Article, cues: Cues) -> bool:
    """True when at least :data:`_SPORT_MIN` distinct words of the article are ``sport_words`` or
    ``sport_heads`` of the language: the article reads as a sports report."""
    words = {article.text[t.start : t.end] for s in article.sentences for t in s.tokens}
    return len(words & (cues.sport_words | cues.sport_heads)) >= _SPORT_MIN


def _serving(kb: KnowledgeBase, entry_id: str, day: dt.date | None) -> bool:
    """True when the person holds one of its recorded roles within :data:`_SERVING_DAYS` of ``day``: a
    serving (or just former or coming) politician is named by surname alone anywhere ("Putin", "Merkel").
    False without a day."""
    entry = kb.entries.get(entry_id)
    return day is not None and entry is not None and any(r.distance(day) <= _SERVING_DAYS for r in entry.roles)


def _ties(kb: KnowledgeBase, entry_id: str) -> set[str]:
    """The countries and organisations ``entry_id`` ever acted for (its roles)."""
    entry = kb.entries.get(entry_id)
    if entry is None:
        return set()
    return {t for r in entry.roles for t in (r.country, r.org) if t}


def article_context(found: list[Mention], kb: KnowledgeBase, geo: GeoIndex) -> set[str]:
    """Countries and KB organisations the article's other mentions point at.

    Guarantees: lone-surname persons add nothing (they would support themselves); states add
    their iso3, places their country, organisations their id and countries, titles their country.
    """
    context: set[str] = set()
    for mention in found:
        if mention.country:
            context.add(mention.country)
        if _lone_surname(mention):
            continue
        for candidate in mention.candidates:
            context |= _points_at(candidate, kb, geo)
    return context


def _points_at(candidate: str, kb: KnowledgeBase, geo: GeoIndex) -> set[str]:
    """What one candidate id (KB entry, ``kb:`` place or ``gn:`` town) tells about the article's world."""
    place = geo.by_id.get(candidate)
    if place is not None:
        return {place.country} if place.country else set()
    entry = kb.entries.get(candidate)
    if entry is None:
        return set()
    found = {entry.id} | _ties(kb, entry.id)
    for key in ("iso3", "country"):
        if isinstance(entry.extra.get(key), str):
            found.add(entry.extra[key])
    return found
