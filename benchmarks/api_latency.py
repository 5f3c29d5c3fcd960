"""Latency of ``GET /api/events`` on a database of 100,000 synthetic canonical events.

    python benchmarks/api_latency.py                                   # SQLite file in a temp folder
    python benchmarks/api_latency.py --db postgresql://chronik:chronik@127.0.0.1:5432/chronik_bench
    python benchmarks/api_latency.py --events 20000 --runs 20 --keep bench.db

The events are written straight into the database through the same code the
write path uses (``index_columns`` for the events rows, ``index_events`` for
``event_actors``, ``actor_keys`` and the full-text index), with Zipf-like actor
popularity (a few actors are in many events), 190 countries, 400 places, 16
PLOVER types, dates over 2000–2024 (a third at month or year precision, 5 %
undated) and one to three German-looking sentences per event.  Then typical
queries run through the ASGI test client (the whole FastAPI stack, no network):
p50/p95/max over ``--runs`` runs each after one warm-up, and a walk over deep
cursor pages.  A PostgreSQL database named in ``--db`` is created if missing
and dropped afterwards unless ``--keep`` is given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from chronik.store import schema
from chronik.store.db import database_url
from chronik.store.event_index import index_columns, index_events
from chronik.store.repository import Store

TYPES = ["CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
         "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "CONCEDE"]
MODES = {"CONSULT": ["visit", "meet", "call"], "ASSAULT": ["aerial", "ground", None], "AID": ["humanitarian", None]}
TRIGGERS = {"CONSULT": "traf", "AGREE": "vereinbarten", "ASSAULT": "Luftangriffe", "AID": "Hilfe",
            "SANCTION": "Sanktionen", "THREATEN": "drohte", "PROTEST": "protestierten"}
SYLLABLES = ["ber", "lin", "ge", "spräch", "mi", "nis", "ter", "ver", "hand", "lung", "kri", "se", "re", "gie",
             "rung", "wahl", "kampf", "frie", "dens", "plan", "grenz", "sol", "da", "ten", "ab", "kom", "men"]
MAJOR = [("Q7747", "Wladimir Putin", "RUS"), ("Q44329", "Baschar al-Assad", "SYR"), ("Q39723", "Recep Tayyip Erdoğan", "TUR"),
         ("Q567", "Angela Merkel", "DEU"), ("Q22686", "Donald Trump", "USA"), ("Q3099714", "Wolodymyr Selenskyj", "UKR"),
         ("Q159", "Russland", "RUS"), ("Q30", "USA", "USA"), ("Q858", "Syrien", "SYR"), ("Q212", "Ukraine", "UKR")]


def synthetic_world(rng: random.Random) -> tuple[list[dict], list[float], list[dict], list[str]]:
    """Actors (with Zipf-like weights), places and a vocabulary."""
    countries = sorted({"".join(rng.choice("ABCDEFGHIKLMNOPRSTUVWZ") for _ in range(3)) for _ in range(400)})[:190]
    countries[:4] = ["RUS", "SYR", "TUR", "UKR"]
    vocabulary = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(3000)})
    actors = [{"id": i, "name": n, "country": c, "sector": "GOV", "aliases": [n.split()[-1]]} for i, n, c in MAJOR]
    for k in range(3000):
        name = f"{rng.choice(vocabulary).title()} {rng.choice(vocabulary).title()}"
        actors.append({"id": f"kb:actor-{k}", "name": name, "country": rng.choice(countries),
                       "sector": rng.choice(["GOV", "MIL", "OPP", "REB", "BUS"]), "aliases": []})
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(actors))]
    places = [{"name": rng.choice(vocabulary).title() + rng.choice(["", "stadt", "burg"]), "geonames_id": 1000 + p,
               "lat": rng.uniform(-60, 70), "lon": rng.uniform(-180, 180), "country": rng.choice(countries)}
              for p in range(400)]
    return actors, weights, places, vocabulary


def synthetic_record(n: int, rng: random.Random, world) -> dict:
    """One export-contract record."""
    actors, weights, places, vocabulary = world
    kind = rng.choice(TYPES)
    chosen = rng.choices(actors, weights, k=rng.randint(2, 3))
    source, target = chosen[:1], [a for a in chosen[1:] if a["id"] != chosen[0]["id"]]
    place = rng.choice(places) if rng.random() < 0.7 else None
    sentences = [_sentence(rng, vocabulary, kind, source, target, place) for _ in range(rng.randint(1, 3))]
    return {"id": f"ev_{n:016x}", "type": kind, "mode": rng.choice(MODES.get(kind, [None])), "context": [],
            "source": source, "target": target, "date": _date(rng), "location": place,
            "modality": "asserted", "attribution": None, "confidence": round(rng.uniform(0.3, 0.95), 2),
            "mentions": [{"doc": f"doc{rng.randint(0, 50000)}.txt", "sentence": s, "start": 0, "end": len(s),
                          "trigger": TRIGGERS.get(kind, "sagte")} for s in sentences],
            "num_articles": len(sentences)}


def _sentence(rng, vocabulary, kind, source, target, place) -> str:
    words = [rng.choice(vocabulary) for _ in range(rng.randint(8, 20))]
    words[0] = source[0]["name"]
    words.insert(1, TRIGGERS.get(kind, "sagte"))
    if target:
        words.insert(3, target[0]["name"])
    if place:
        words.append("in " + place["name"])
    return " ".join(words) + "."


def _date(rng: random.Random) -> dict | None:
    if rng.random() < 0.05:
        return None
    day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randint(0, 25 * 365))
    precision = rng.choices(["day", "month", "year"], [0.67, 0.23, 0.10])[0]
    if precision == "day":
        return {"value": day.isoformat(), "start": day.isoformat(), "end": day.isoformat(), "precision": "day"}
    if precision == "month":
        end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return {"value": day.isoformat()[:7], "start": day.replace(day=1).isoformat(), "end": end.isoformat(),
                "precision": "month"}
    return {"value": str(day.year), "start": f"{day.year}-01-01", "end": f"{day.year}-12-31", "precision": "year"}


def fill(store: Store, count: int, seed: int = 7, chunk: int = 2000) -> float:
    """Write ``count`` synthetic events; return the seconds it took."""
    rng = random.Random(seed)
    world = synthetic_world(rng)
    now = dt.datetime.now(dt.UTC)
    started = time.perf_counter()
    for first in range(0, count, chunk):
        records = [synthetic_record(n, rng, world) for n in range(first, min(count, first + chunk))]
        with store.engine.begin() as conn:
            conn.execute(schema.events.insert(), [_row(r, now) for r in records])
            index_events(conn, records)
        print(f"\r  {first + len(records):,} events written", end="", file=sys.stderr)
    print(file=sys.stderr)
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE" if conn.dialect.name == "postgresql" else "ANALYZE"))
    return time.perf_counter() - started


def _row(record: dict, now: dt.datetime) -> dict:
    date = record["date"]
    return dict(id=record["id"], type=record["type"], mode=record["mode"], num_articles=record["num_articles"],
                confidence=record["confidence"], record=record, updated_at=now,
                date_start=dt.date.fromisoformat(date["start"]) if date else None,
                date_end=dt.date.fromisoformat(date["end"]) if date else None, **index_columns(record))


QUERIES = [
    ("no filter (date order)", {}),
    ("no filter, newest first", {"sort": "-date"}),
    ("sort -confidence", {"sort": "-confidence"}),
    ("actor name 'putin'", {"actor": "putin"}),
    ("actor id Q44329, -date", {"actor": "Q44329", "sort": "-date"}),
    ("rare actor name", {"actor": "kb:actor-2900"}),
    ("country RUS + type CONSULT", {"country": "RUS", "type": "CONSULT"}),
    ("country + type + date range", {"country": "SYR", "type": "ASSAULT", "from": "2015-01-01", "to": "2016-12-31"}),
    ("date range (one year)", {"from": "2015-01-01", "to": "2015-12-31"}),
    ("date range, -date", {"from": "2010-01-01", "to": "2012-06-30", "sort": "-date"}),
    ("text 'Luftangriffe'", {"q": "Luftangriffe"}),
    ("text, two words", {"q": "Putin traf"}),
    ("min_confidence 0.9", {"min_confidence": 0.9}),
    ("place substring", {"place": "burg"}),
    ("everything at once", {"actor": "putin", "type": "CONSULT", "from": "2005-01-01", "min_confidence": 0.5,
                            "q": "traf", "sort": "-date"}),
]


def measure(client, params: dict, runs: int) -> list[float]:
    """Milliseconds of ``runs`` requests (after one warm-up)."""
    client.get("/api/events", params=params)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get("/api/events", params=params)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.text[:300]
    return times


def deep_pages(client, pages: int, params: dict) -> tuple[list[float], int]:
    """Milliseconds of each page while following next_cursor ``pages`` pages deep (limit 50)."""
    times, cursor, seen = [], None, 0
    for _ in range(pages):
        started = time.perf_counter()
        body = client.get("/api/events", params={**params, "limit": 50, **({"cursor": cursor} if cursor else {})}).json()
        times.append((time.perf_counter() - started) * 1000)
        seen += len(body["items"])
        cursor = body["next_cursor"]
        if not cursor:
            break
    return times, seen


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def report(name: str, times: list[float]) -> tuple[float, float]:
    p50, p95 = statistics.median(times), percentile(times, 95)
    print(f"  {name:<34} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   max {max(times):7.1f} ms   (n={len(times)})")
    return p50, p95


def _prepare_pg(url: str) -> None:
    base, name = url.rsplit("/", 1)
    engine = create_engine(database_url(base + "/postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        if not conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first():
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()


def _drop_pg(url: str) -> None:
    base, name = url.rsplit("/", 1)
    engine = create_engine(database_url(base + "/postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLite file or postgresql:// URL (default: a temporary SQLite file)")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30, help="requests per query")
    parser.add_argument("--pages", type=int, default=200, help="cursor pages to follow")
    parser.add_argument("--keep", action="store_true", help="keep the database (and reuse it if it is filled)")
    args = parser.parse_args()
    from fastapi.testclient import TestClient

    from chronik.web.app import create_app

    tmp = tempfile.TemporaryDirectory()
    db = args.db or str(Path(tmp.name) / "bench.db")
    if db.startswith(("postgresql://", "postgres://")):
        _prepare_pg(db)
    store = Store.open(db)
    with store.engine.connect() as conn:
        existing = conn.execute(text("SELECT count(*) FROM events")).scalar_one()
    if existing == 0:
        seconds = fill(store, args.events)
        print(f"wrote {args.events:,} events in {seconds:.0f} s ({args.events / seconds:,.0f} events/s)")
    else:
        print(f"reusing {existing:,} events in {db}")
    client = TestClient(create_app(store))
    print(f"GET /api/events on {store.engine.dialect.name}, limit 50, {args.runs} runs per query:")
    p95s = [report(name, measure(client, params, args.runs))[1] for name, params in QUERIES]
    for name, params in (("deep cursor pages (date)", {}), ("deep cursor pages (-confidence)", {"sort": "-confidence"}),
                         ("deep cursor pages (country RUS)", {"country": "RUS"})):
        times, seen = deep_pages(client, args.pages, params)
        p95s.append(report(f"{name}, {seen:,} events", times)[1])
    print(f"worst p95 {max(p95s):.1f} ms; all p95 under 100 ms: {max(p95s) < 100}")
    client.close()
    store.close()
    if db.startswith(("postgresql://", "postgres://")) and not args.keep:
        _drop_pg(db)


if __name__ == "__main__":
    main()
