"""Descriptions of the country an article is about: "das Bürgerkriegsland", "aus dem Land",
"des Landes" (actors.yaml ``country_descriptions``).

The ``mentions`` stage marks them (kind DESC, how ``country``); the ``resolve``
stage gives them the country of the place named just before in their sentence
(:func:`sentence_place_state`), else the article's main country, only where the
article clearly has one: the country where its places are, far more of them
than any other's (see :func:`main_country`).  Elsewhere they stay unresolved.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from chronik.kb.entries import Entry
from chronik.kb.lexicon import NAME
from chronik.model import Article, Mention
from chronik.stages.mention_cues import is_capitalised

if TYPE_CHECKING:
    from chronik.stages.mentions import Resources, _Scan

#: How the mentions stage marks a country description.
HOW = "country"
_MIN_PLACES = 2  # the main country has at least this many places …
_MIN_LEAD = 2  # … and this many times as many as the next country
_PLACE_WINDOW = 30  # characters before a state's name searched for a preposition of place


def country_description_rule(scan: _Scan, i: int) -> int:
    """"in dem Bürgerkriegsland", "verließen das Land": a description of a country (the mention
    is its last word); not before a name ("das Land Hessen": a federal state named)."""
    phrases, words = scan.res.cues.country_descriptions, scan.words
    for n in range(min(scan.res.cues.country_description_len, len(words) - i), 0, -1):
        key = (words[i].lower(), *words[i + 1 : i + n])
        if key in phrases and not _name_follows(scan, i + n):
            scan.mention(i + n - 1, i + n, "DESC", HOW)
            return i + n
    return i


def _name_follows(scan: _Scan, j: int) -> bool:
    """True when ``words[j]`` is a name: a KB entry, a GeoNames place or a name-like word."""
    if j >= len(scan.words) or not is_capitalised(scan.words[j]):
        return False
    word = scan.words[j]
    return (word,) in scan.res.kb.phrases or (word,) in scan.res.geo.names or scan.res.lexicon.word_class(word) == NAME


def main_country(article: Article, res: Resources) -> str | None:
    """The ISO3 of the country the article is about; None when no country clearly leads.

    Counted: the distinct places of each country (capitals, which stand for their governments
    as often as for themselves, do not count) and its names after "in" ("in Syrien").  The
    leader needs :data:`_MIN_PLACES` and :data:`_MIN_LEAD` times the next country's count.
    """
    places = {(m.country, m.text) for m in article.mentions if m.kind == "LOC" and m.country and m.sector != "GOV"}
    counts: Counter = Counter(country for country, _ in places)
    for mention in article.mentions:
        if mention.kind == "STATE" and mention.how == "kb:name" and _after_seat_preposition(article, mention.start, res):
            if iso3 := mentioned_state(mention, res):
                counts[iso3] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_PLACES:
        return None
    if len(ranked) > 1 and ranked[0][1] < _MIN_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def sentence_place_state(article: Article, mention: Mention, res: Resources) -> str | None:
    """The ISO3 code of the place named last before ``mention`` in its sentence: a place with a country or
    a state after a preposition of place ("Nach der Aufdeckung von Briefkastenfirmen in Panama hat die OECD
    dem Land Versäumnisse vorgeworfen": Panama); None without one."""
    before = [m for m in article.mentions if m.sentence == mention.sentence and m.end <= mention.start]
    for other in reversed(before):
        if other.kind == "LOC" and other.country:
            return other.country
        if other.kind == "STATE" and res.cues.in_place.search(article.text, 0, other.start):
            return mentioned_state(other, res)
    return None


def _after_seat_preposition(article: Article, start: int, res: Resources) -> bool:
    before = article.text[max(0, start - _PLACE_WINDOW) : start].split()
    return bool(before) and before[-1].lower() in res.cues.seat_prepositions


def mentioned_state(mention: Mention, res: Resources) -> str | None:
    """The ISO3 code of the KB state that ``mention``'s first candidate is; None for anything else."""
    entry = res.kb.entries.get(mention.candidates[0]) if mention.candidates else None
    return entry.extra["iso3"] if entry is not None and entry.kind == "state" else None


def state_of(iso3: str | None, res: Resources) -> Entry | None:
    """The KB state entry with ISO3 code ``iso3``."""
    if iso3 is None:
        return None
    return next((e for e in res.kb.entries.values() if e.kind == "state" and e.extra.get("iso3") == iso3), None)
