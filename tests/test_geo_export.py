"""Events as GeoJSON (RFC 7946): lon/lat order, ranges, properties, on hand-made records and the demo corpus."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from chronik.cli import app
from chronik.geo_export import coordinates, event_label, events_geojson

PUTIN = {"id": "Q7747", "name": "Wladimir Putin", "country": "RUS", "sector": "GOV", "aliases": []}
ASSAD = {"id": "Q44329", "name": "Baschar al-Assad", "country": "SYR", "sector": "GOV", "aliases": []}
DAMASKUS = {"name": "Damaskus", "geonames_id": 170654, "lat": 33.51, "lon": 36.29, "country": "SYR"}


def _record(event_id: str, location: dict | None) -> dict:
    return {"id": event_id, "type": "CONSULT", "mode": "visit", "context": [], "source": [PUTIN], "target": [ASSAD],
            "date": {"value": "2020-01-07", "start": "2020-01-07", "end": "2020-01-07", "precision": "day"},
            "location": location, "modality": "asserted", "attribution": None, "confidence": 0.86,
            "mentions": [{"doc": "a.txt", "sentence": "Putin besucht Assad.", "start": 0, "end": 20, "trigger": "besucht"}],
            "num_articles": 3}


def test_a_point_is_lon_then_lat_with_the_contract_properties():
    collection = events_geojson([_record("ev_1", DAMASKUS)])
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.29, 33.51]}
    props = feature["properties"]
    assert {k: props[k] for k in ("id", "type", "mode", "start", "end", "place", "num_articles", "confidence")} == {
        "id": "ev_1", "type": "CONSULT", "mode": "visit", "start": "2020-01-07", "end": "2020-01-07",
        "place": "Damaskus", "num_articles": 3, "confidence": 0.86}
    assert props["label"] == "CONSULT/visit: Wladimir Putin → Baschar al-Assad"
    assert props["sentence"] == "Putin besucht Assad."


def test_events_without_or_with_impossible_coordinates_are_left_out():
    records = [_record("none", None), _record("nolat", {**DAMASKUS, "lat": None}),
               _record("bad", {**DAMASKUS, "lat": 133.5}), _record("ok", DAMASKUS)]
    assert [f["id"] for f in events_geojson(records)["features"]] == ["ok"]
    assert coordinates(_record("bad", {**DAMASKUS, "lon": -181})) is None


def test_label_without_target_or_mode():
    record = {**_record("ev", None), "mode": None, "target": []}
    assert event_label(record) == "CONSULT: Wladimir Putin"


def test_undated_event_has_null_dates():
    feature = events_geojson([{**_record("ev", DAMASKUS), "date": None}])["features"][0]
    assert (feature["properties"]["start"], feature["properties"]["end"]) == (None, None)


def test_demo_geojson_is_valid_and_in_lon_lat_order(demo_records):
    collection = json.loads(json.dumps(events_geojson(demo_records)))  # JSON-serialisable
    located = [r for r in demo_records if r.get("location") and r["location"].get("lat") is not None]
    assert len(collection["features"]) == len(located) > 5
    places = {r["id"]: r["location"] for r in located}
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert (lat, lon) == (places[feature["id"]]["lat"], places[feature["id"]]["lon"])
    minsk = [f for f in collection["features"] if f["properties"]["place"] == "Minsk"]
    assert minsk and all(f["geometry"]["coordinates"][0] < f["geometry"]["coordinates"][1] for f in minsk)  # 27.6 E, 53.9 N


def test_cli_export_geojson_respects_filters(demo_db):
    result = CliRunner().invoke(app, ["export", "--format", "geojson", "--place", "Minsk", "--db", demo_db])
    assert result.exit_code == 0, result.output
    collection = json.loads(result.stdout)
    assert collection["features"]
    assert {f["properties"]["place"] for f in collection["features"]} == {"Minsk"}
