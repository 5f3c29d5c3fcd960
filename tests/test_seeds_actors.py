"""Acceptance on the seed articles: the actors of the gold events and the places are resolved.

Needs ../shared/seeds and ../shared/gold/seeds.yaml; skips where they are absent.
"""

from __future__ import annotations

import math

import pytest
import yaml

from chronik.context import Context
from chronik.kb.base import fold
from chronik.model import Article, RawDoc
from chronik.pipeline import process_article
from chronik.stages.ingest import iter_inputs, make_article
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def seeds(ctx: Context) -> dict[str, Article]:
    folder = shared_path("seeds")
    docs = [d for d in iter_inputs([str(folder)], ctx.settings) if isinstance(d, RawDoc)]
    return {d.source: process_article(make_article(d, ctx), ctx) for d in docs}


def _gold_sides() -> list[tuple[str, str, list[dict]]]:
    """(doc, event id, acceptable actors) for each side of each required gold event."""
    gold = yaml.safe_load(shared_path("gold", "seeds.yaml").read_text(encoding="utf-8"))
    return [(g["doc"], e["id"], e[role]) for g in gold for e in g["events"] if e.get("required", True)
            for role in ("source", "target") if e.get(role)]


def _matches(article: Article, actor: dict) -> bool:
    """The gold file's rule: country and sector equal (sector null: any), or a name in the actor's names."""
    roles = {(m.country, m.sector) for m in article.mentions if m.actor_id}
    if (actor.get("country"), actor.get("sector")) in roles:
        return True
    if actor.get("sector") is None and actor.get("country") in {c for c, _ in roles}:
        return True
    names = [fold(" ".join([a.name, *a.aliases])) for a in article.actors.values()]
    return any(fold(n) in text for n in actor.get("names") or [] for text in names)


IMPLICIT = {  # victims or agents the text leaves implicit: the events stage codes them, not resolve
    ("s004-paris-attacks", "FRA", "CVL"), ("s004-sinai-bombing", "RUS", "CVL"),
    ("s002-turkey-fights-is-kurds", "TUR", "MIL"), ("s004-france-airstrikes-is", "FRA", "MIL"),
}


def test_every_gold_event_actor_is_resolved(seeds: dict[str, Article]) -> None:
    """Each side of each required event has an acceptable actor among the resolved ones."""
    missing = [(doc, event, side) for doc, event, side in _gold_sides()
               if not any(_matches(seeds[doc], actor) or (event, actor.get("country"), actor.get("sector")) in IMPLICIT
                          for actor in side)]
    assert missing == []


@pytest.mark.parametrize(("name", "country", "sector", "office_or_title"), [
    ("Peskow", "RUS", "GOV", "spokesperson"),
    ("Lababidi", "SYR", "GOV", "Mitglied des Politbüros"),  # HTS governs SYR after 2024-12-08
    ("Bogdanow", "RUS", "GOV", "stellvertretender Außenminister"),
    ("al-Bashir", "SYR", "GOV", "head_of_government"),
    ("al-Julani", "SYR", "GOV", None),
    ("al-Sharaa", "SYR", "GOV", None),
    ("de Mistura", None, "IGO", "envoy"),
    ("Hollande", "FRA", "GOV", "head_of_state"),
    ("Erdogan", "TUR", "GOV", "head_of_state"),
])
def test_named_people_resolve_with_their_roles(seeds: dict[str, Article], name: str, country: str | None,
                                               sector: str, office_or_title: str | None) -> None:
    mentions = [m for a in seeds.values() for m in a.mentions if m.kind == "PER" and m.text.endswith(name)]
    assert mentions, name
    for m in mentions:
        assert (m.country, m.sector) == (country, sector), (m.text, m.country, m.sector)
        if office_or_title:
            assert office_or_title in (m.office, m.title) or office_or_title in (m.title or ""), (m.text, m.office, m.title)


REFERENCE = {  # true coordinates (GeoNames / Wikipedia)
    "Damaskus": (33.513, 36.292), "Moskau": (55.756, 37.617), "Idlib": (35.930, 36.633), "Aleppo": (36.202, 37.134),
    "Palmyra": (34.560, 38.267), "Astana": (51.169, 71.449), "Genf": (46.204, 6.143), "Sotschi": (43.600, 39.730),
    "Latakia": (35.517, 35.783), "Hamaimim": (35.401, 35.949), "Khmeimim": (35.401, 35.949), "Chmeimim": (35.401, 35.949),
    "Tartus": (34.889, 35.887), "Qudsaja": (33.530, 36.240), "Qudsaya": (33.530, 36.240), "Paris": (48.857, 2.352),
    "Sinai": (29.500, 33.800),
}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_places_resolve_within_25_km(seeds: dict[str, Article], name: str) -> None:
    places = [a.places[m.place_id] for a in seeds.values() for m in a.mentions
              if m.place_id and (m.text == name or m.text.endswith(" " + name))]
    assert places, f"{name} not found as a place"
    for place in places:
        assert _km((place.lat, place.lon), REFERENCE[name]) <= 25, (name, place)


def test_one_base_and_one_town_under_several_spellings(seeds: dict[str, Article]) -> None:
    ids = {m.text.split()[-1]: m.place_id for a in seeds.values() for m in a.mentions if m.place_id}
    assert ids["Hamaimim"] == ids["Khmeimim"] == ids["Chmeimim"]
    assert ids["Qudsaja"] == ids["Qudsaya"]
