"""``chronik report``: one self-contained HTML file to mail to a colleague.

Counts, a timeline, top actors, the actor network, a map of events, dyad
curves for the top dyads and the event table with the sentences that report
each event — from export-contract records, so it shows exactly what
``chronik timeline`` shows for the same filters.  Every script, style and the
base map (Natural Earth outlines from world-atlas) are inlined from the
vendored web assets (``web/static/vendor``, listed in its MANIFEST.json); the
file makes no network request and opens offline by double-click.  A widget
whose library is missing from the installation is replaced by a note; the
tables and the dyad curves (inline SVG) need no script at all.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from chronik.chronicle import best_sentence, dyad_series, dyad_svg, sort_key
from chronik.errors import InputError, ResourceError
from chronik.geo_export import event_label, events_geojson
from chronik.network import actor_network

Record = dict[str, Any]

VENDOR = Path(__file__).parent / "web" / "static" / "vendor"
TEMPLATES = Path(__file__).parent / "report_templates"
SCRIPTS = {"leaflet": "leaflet/leaflet.js", "topojson": "topojson-client/topojson-client.min.js",
           "timeline": "vis-timeline/vis-timeline-graph2d.min.js", "cytoscape": "cytoscape/cytoscape.min.js"}
STYLES = {"leaflet": "leaflet/leaflet.css", "timeline": "vis-timeline/vis-timeline-graph2d.min.css"}
WORLD = "world-atlas/countries-110m.json"
TOP_ACTORS, TOP_DYADS, MAX_NODES = 15, 5, 80


def vendor_assets(vendor: Path = VENDOR) -> dict[str, str]:
    """The vendored libraries as text, keyed ``js_<name>``/``css_<name>``/``world``; absent files are left out.

    Guarantees script text that cannot close its ``<script>`` element early and
    CSS whose ``images/…`` references are inlined as data: URIs.
    """
    assets: dict[str, str] = {}
    for name, rel in SCRIPTS.items():
        if (vendor / rel).is_file():
            assets[f"js_{name}"] = re.sub(r"(?i)</script", r"<\\/script", (vendor / rel).read_text(encoding="utf-8"))
    for name, rel in STYLES.items():
        if (vendor / rel).is_file():
            css = (vendor / rel).read_text(encoding="utf-8")
            base = (vendor / rel).parent
            assets[f"css_{name}"] = re.sub(r"url\((images/[\w.-]+\.png)\)",
                                           lambda m, base=base: _data_uri(base / m.group(1)), css)
    if (vendor / WORLD).is_file():
        assets["world"] = (vendor / WORLD).read_text(encoding="utf-8").replace("<", "\\u003c")
    return assets


def _data_uri(path: Path) -> str:
    if not path.is_file():
        return "url()"
    return "url(data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii") + ")"


def summary(records: list[Record]) -> dict[str, Any]:
    """Counts for the head of the report: events, articles, actors, places, dated events, span, types."""
    dated = [r["date"] for r in records if r.get("date")]
    return {
        "events": len(records),
        "articles": len({m["doc"] for r in records for m in r["mentions"]}),
        "actors": len({a["id"] for r in records for a in r["source"] + r["target"]}),
        "places": len({r["location"]["name"] for r in records if r.get("location")}),
        "dated": len(dated),
        "first": min((d["start"] for d in dated), default=None),
        "last": max((d["end"] for d in dated), default=None),
        "types": Counter(r["type"] for r in records).most_common(),
    }


def top_dyads(records: list[Record], network: dict, scale: dict[str, float], limit: int = TOP_DYADS) -> list[dict]:
    """The ``limit`` actor pairs with most events (either direction) that have a dated series, with an SVG curve each."""
    names = {n["id"]: n["name"] for n in network["nodes"]}
    pairs: Counter[tuple[str, str]] = Counter()
    for edge in network["edges"]:
        pairs[tuple(sorted((edge["source"], edge["target"])))] += edge["events"]
    dyads = []
    for (first, second), events in pairs.most_common():
        series = dyad_series(records, first, second, scale)
        if series:
            title = f"{names[first]} – {names[second]}"
            dyads.append({"title": title, "events": events, "series": series,
                          "svg": dyad_svg(series, _xml_text(title))})
        if len(dyads) == limit:
            break
    return dyads


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def client_data(records: list[Record], network: dict, scale: dict[str, float]) -> dict[str, Any]:
    """What the report's script draws: timeline items, the (trimmed) network and the GeoJSON of events."""
    keep = {n["id"] for n in network["nodes"][:MAX_NODES]}
    items = [{"id": r["id"], "start": r["date"]["start"], "end": r["date"]["end"], "content": event_label(r),
              "point": r["date"]["precision"] == "day", "tone": _tone(scale.get(r["type"]))}
             for r in records if r.get("date")]
    return {
        "timeline": items,
        "nodes": [n for n in network["nodes"] if n["id"] in keep],
        "edges": [e for e in network["edges"] if e["source"] in keep and e["target"] in keep],
        "geojson": events_geojson(records),
    }


def _tone(score: float | None) -> str:
    return "neutral" if not score else ("coop" if score > 0 else "conflict")


def highlight(sentence: str, trigger: str) -> str:
    """The sentence as HTML, its first occurrence of ``trigger`` in ``<mark>`` (everything escaped)."""
    from markupsafe import escape

    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return str(escape(sentence))
    end = at + len(trigger)
    return f"{escape(sentence[:at])}<mark>{escape(sentence[at:end])}</mark>{escape(sentence[end:])}"


def render_report(records: list[Record], scale: dict[str, float], filters: dict[str, Any],
                  assets: dict[str, str] | None = None, generated: str | None = None) -> str:
    """The report as one HTML string.

    Requires contract records (any order) and the cooperation–conflict
    ``scale``; ``filters`` are shown as given (None values left out);
    ``assets`` default to :func:`vendor_assets`.  Guarantees a document with
    no reference to any file or URL outside itself.
    """
    records = sorted(records, key=sort_key)
    network = actor_network(records, scale)
    data = client_data(records, network, scale)
    context = {
        "summary": summary(records), "filters": {k: v for k, v in filters.items() if v not in (None, "")},
        "generated": generated or dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "top_actors": network["nodes"][:TOP_ACTORS], "dyads": top_dyads(records, network, scale),
        "records": records, "assets": vendor_assets() if assets is None else assets,
        "data_json": _script_json(data), "trimmed": len(network["nodes"]) > MAX_NODES, "max_nodes": MAX_NODES,
        "located": len(data["geojson"]["features"]),
    }
    return _environment().get_template("report.html.j2").render(**context)


def _script_json(data: Any) -> str:
    """JSON safe inside a ``<script type="application/json">`` element."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _environment():
    try:
        import jinja2
    except ImportError:
        raise ResourceError("chronik report needs Jinja2 (pip install jinja2)") from None
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    from markupsafe import Markup

    env.filters["highlight"] = lambda m: Markup(highlight(m["sentence"], m["trigger"]))
    env.globals["best_sentence"] = best_sentence
    return env


def write_report(path: Path, html: str) -> None:
    """Write ``html`` to ``path`` (UTF-8); a folder that does not exist is an InputError."""
    if not path.parent.exists():
        raise InputError(f"--out {path}: folder {path.parent} does not exist")
    path.write_text(html, encoding="utf-8")
