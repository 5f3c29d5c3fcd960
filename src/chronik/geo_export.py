"""Events on a map: a GeoJSON FeatureCollection (RFC 7946) for QGIS, the report and the web app.

Works on export-contract records (:mod:`chronik.export`).  Only events whose
place has coordinates become features; a point is ``[longitude, latitude]``
(RFC 7946 order, WGS 84), and a place with coordinates out of range is left
out rather than drawn somewhere wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Record = dict[str, Any]


def event_label(record: Record) -> str:
    """``"CONSULT/visit: Wladimir Putin → Baschar al-Assad"`` — the type and the sides of a timeline line."""
    kind = record["type"] + (f"/{record['mode']}" if record.get("mode") else "")
    who = ", ".join(a["name"] for a in record["source"]) or "?"
    whom = ", ".join(a["name"] for a in record["target"])
    return f"{kind}: {who}{' → ' + whom if whom else ''}"


def coordinates(record: Record) -> tuple[float, float] | None:
    """(lon, lat) of the record's place, or None when it has none or they are out of range."""
    place = record.get("location") or {}
    lat, lon = place.get("lat"), place.get("lon")
    if lat is None or lon is None:
        return None
    lat, lon = float(lat), float(lon)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lon, lat


def event_feature(record: Record) -> dict[str, Any] | None:
    """One GeoJSON Point feature for a record with coordinates (None without).

    Properties are flat (QGIS shows them as columns): id, type, mode, label,
    date, precision, start, end, place, country, source, target,
    num_articles, confidence, modality, sentence.
    """
    point = coordinates(record)
    if point is None:
        return None
    date = record.get("date") or {}
    place = record["location"]
    properties = {
        "id": record["id"], "type": record["type"], "mode": record.get("mode"), "label": event_label(record),
        "date": date.get("value"), "precision": date.get("precision"), "start": date.get("start"),
        "end": date.get("end"), "place": place.get("name"), "country": place.get("country"),
        "source": "; ".join(a["name"] for a in record["source"]),
        "target": "; ".join(a["name"] for a in record["target"]),
        "num_articles": record["num_articles"], "confidence": record["confidence"],
        "modality": record.get("modality"),
        "sentence": record["mentions"][0]["sentence"] if record.get("mentions") else "",
    }
    return {"type": "Feature", "id": record["id"], "geometry": {"type": "Point", "coordinates": list(point)},
            "properties": properties}


def events_geojson(records: Iterable[Record]) -> dict[str, Any]:
    """A FeatureCollection of the records that have coordinates, in the order given (JSON-ready)."""
    features = [f for f in (event_feature(r) for r in records) if f is not None]
    return {"type": "FeatureCollection", "features": features}
