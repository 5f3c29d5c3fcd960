"""Which of a place name's candidates the ``resolve`` stage takes ("Paris": France's capital,
not Paris, Texas), and which state a capital names as a metonym ("Moskau" → Russia).

Part of the ``resolve`` stage (see :mod:`chronik.stages.resolve`).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from chronik.kb.entries import Entry
from chronik.kb.geo import GeoPlace
from chronik.model import Article, Mention

if TYPE_CHECKING:
    from chronik.stages.mentions import Resources

_MAJOR_CITY = 1_000_000  # inhabitants from which a city is known by its name alone
_NAMESAKE_RATIO = 20  # a major city wins over a namesake this many times smaller …
_CAPITAL_RATIO = 5  # … a capital over one this many times smaller ("Washington", not Washington, England)
_STRAY_TOWN = 100_000  # inhabitants below which a town the article's countries do not hold is a namesake


def pick_place(article: Article, mention: Mention, places: list[GeoPlace], countries: Counter,
               res: Resources) -> GeoPlace | None:
    """KB places first, then a place in a country the article names, then the most populous; None for a
    stray town (:func:`_stray`).

    A world capital or major city beats a much smaller namesake that only the article's countries
    favour ("Paris" beside "US-Präsident": still Paris, France), unless the article names other
    places in the namesake's country and not the city's country ("Dallas … Paris": Texas).
    """
    best = min(places, key=lambda p: (not p.id.startswith("kb:"), p.country not in countries, -p.population))
    big = max(places, key=lambda p: p.population)
    if _stray(best, mention, article, countries, res):
        return None
    if best.id.startswith("kb:") or big is best or not _outranks(big, best, mention.text, res):
        return best
    if big.country not in countries and _other_places_in(article, mention, best.country, res):
        return best
    return big


def _stray(place: GeoPlace, mention: Mention, article: Article, countries: Counter, res: Resources) -> bool:
    """True when ``place`` is a GeoNames town (no capital, under :data:`_STRAY_TOWN` people) in none of the
    countries the article names (``countries``: its states and actors, and its KB places) while it names others:
    most likely a namesake of a town GeoNames' city list lacks ("Die syrische Armee belagert Madaya": not Madaya in
    Myanmar; "die Stadt Ariha in der Provinz Idlib": not Jericho), so the name is better left unplaced; never a
    town of the language's press (``home_countries``: "In Heidenau …" beside refugees from Syria).  The KB places
    are looked up only for a town that is otherwise stray."""
    if place.id.startswith("kb:") or place.country in countries or place.population >= _STRAY_TOWN \
            or capital_of(mention.text, res) is not None \
            or place.country in res.cues.group_country.get("home_countries", ()):  # "In Heidenau …"
        return False
    named = set(countries) | _kb_place_countries(article, mention, res)
    return bool(named) and place.country not in named


def _kb_place_countries(article: Article, mention: Mention, res: Resources) -> set[str]:
    """The countries of the article's other place names whose first candidate is a KB place ("Provinz Idlib")."""
    found = set()
    for other in article.mentions:
        if other.kind == "LOC" and other is not mention and other.candidates and other.candidates[0].startswith("kb:"):
            place = res.geo.by_id.get(other.candidates[0])
            if place is not None and place.country:
                found.add(place.country)
    return found


def _outranks(big: GeoPlace, small: GeoPlace, text: str, res: Resources) -> bool:
    """True when ``big`` is a capital (a KB metonym of its state) or a major city, many times ``small``."""
    state = capital_of(text, res)
    smaller = max(small.population, 1)
    if state is not None and state.extra.get("iso3") == big.country:
        return big.population >= _CAPITAL_RATIO * smaller
    return big.population >= _MAJOR_CITY and big.population >= _NAMESAKE_RATIO * smaller


def _other_places_in(article: Article, mention: Mention, country: str | None, res: Resources) -> bool:
    """True when another place name of the article (no capital) lies first of all in ``country``."""
    for other in article.mentions:
        if other.kind != "LOC" or other.text == mention.text or not other.candidates or capital_of(other.text, res):
            continue
        place = res.geo.by_id.get(other.candidates[0])
        if place is not None and place.country == country:
            return True
    return False


def capital_of(text: str, res: Resources) -> Entry | None:
    """The state whose government ``text`` names as a metonym (Moskau → RUS), if any."""
    for form in res.kb.phrases.get(tuple(text.split()), ()):
        entry = res.kb.entries[form.entry_id]
        if form.how == "metonym" and entry.kind == "state":
            return entry
    return None
