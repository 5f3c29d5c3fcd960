"""Rows of the mentions, actors and places tables, to and from the model."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from chronik.model import Actor, Article, Mention, Place
from chronik.store import schema


def mention_rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    """The mentions of ``article`` and the actors and places they resolve to, as rows."""
    return {
        "mentions": [
            dict(article_id=article.id, seq=i, sentence=m.sentence, start=m.start, end=m.end, kind=m.kind,
                 text=m.text, how=m.how, candidates=list(m.candidates), actor_id=m.actor_id, place_id=m.place_id,
                 country=m.country, sector=m.sector, office=m.office, title=m.title)
            for i, m in enumerate(article.mentions)
        ],
        "actors": [
            dict(id=a.id, name=a.name, kind=a.kind, country=a.country, sector=a.sector, title=a.title,
                 aliases=list(a.aliases))
            for a in article.actors.values()
        ],
        "places": [
            dict(id=p.id, name=p.name, geonames_id=p.geonames_id, lat=p.lat, lon=p.lon, country=p.country)
            for p in article.places.values()
        ],
    }


def load_mentions(conn: Connection, article: Article) -> None:
    """Fill ``article.mentions``, ``actors`` and ``places`` from the store."""
    m = schema.mentions
    rows = conn.execute(select(m).where(m.c.article_id == article.id).order_by(m.c.seq)).all()
    article.mentions = [
        Mention(r.start, r.end, r.kind, r.text, r.sentence, r.how, tuple(r.candidates), r.country, r.sector,
                r.office, r.title, r.actor_id, r.place_id)
        for r in rows
    ]
    actor_ids = {r.actor_id for r in rows if r.actor_id}
    place_ids = {r.place_id for r in rows if r.place_id}
    if actor_ids:
        a = schema.actors
        for r in conn.execute(select(a).where(a.c.id.in_(actor_ids))):
            article.actors[r.id] = Actor(r.id, r.name, r.country, r.sector, list(r.aliases), r.kind, r.title)
    if place_ids:
        p = schema.places
        for r in conn.execute(select(p).where(p.c.id.in_(place_ids))):
            article.places[r.id] = Place(r.name, r.geonames_id, r.lat, r.lon, r.country, r.id)
