"""The actor network: who acts on whom how often, for Gephi (GraphML, GEXF), the report and the web app.

Works on export-contract records (:mod:`chronik.export`), so every view builds
the same network from the same filtered events.  A directed edge runs from a
source actor to a target actor of an event; an event with two sources and one
target adds to two edges.  An edge's ``score`` is the mean of the
cooperation (+10) … conflict (−10) scale over its events, counted as
:func:`chronik.chronicle.dyad_series` counts them (negated events and types
off the scale do not count); None when no event counts.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

Record = dict[str, Any]
Network = dict[str, list[dict[str, Any]]]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GEXF_NS = "http://gexf.net/1.3"
NODE_KEYS = (("name", "string"), ("country", "string"), ("sector", "string"), ("events", "int"))
EDGE_KEYS = (("events", "int"), ("score", "double"), ("types", "string"))


def actor_network(records: Iterable[Record], scale: dict[str, float] | None = None) -> Network:
    """The network of ``records``: ``{"nodes": [...], "edges": [...]}``.

    Requires contract records (``source``/``target`` lists of actors with
    ``id``, ``name``, ``country``, ``sector``).  Guarantees one node per actor
    id (``events`` = number of events it takes part in, either side) and one
    edge per ordered (source id, target id) pair with ``events``, ``types``
    ({PLOVER type: events}) and ``score`` (mean scale value, rounded to 2, or
    None); nodes by events then id, edges by events then ids; no self-loops.
    """
    scale = scale or {}
    actors: dict[str, Record] = {}
    node_events: Counter[str] = Counter()
    edges: dict[tuple[str, str], dict[str, Any]] = defaultdict(lambda: {"types": Counter(), "scores": [], "events": 0})
    for record in records:
        present = {a["id"]: a for a in record["source"] + record["target"]}
        for actor_id, actor in present.items():
            actors.setdefault(actor_id, actor)
            node_events[actor_id] += 1
        for pair in _pairs(record):
            edge = edges[pair]
            edge["events"] += 1
            edge["types"][record["type"]] += 1
            if record["type"] in scale and record.get("modality") != "negated":
                edge["scores"].append(scale[record["type"]])
    nodes = [_node(actors[i], node_events[i]) for i in sorted(actors, key=lambda i: (-node_events[i], i))]
    return {"nodes": nodes, "edges": [_edge(pair, edges[pair]) for pair in sorted(edges, key=lambda p: (-edges[p]["events"], p))]}


def _pairs(record: Record) -> set[tuple[str, str]]:
    """The distinct (source id, target id) pairs of one event, self-pairs left out."""
    return {(s["id"], t["id"]) for s in record["source"] for t in record["target"] if s["id"] != t["id"]}


def _node(actor: Record, events: int) -> dict[str, Any]:
    return {"id": actor["id"], "name": actor["name"], "country": actor.get("country"),
            "sector": actor.get("sector"), "events": events}


def _edge(pair: tuple[str, str], edge: dict[str, Any]) -> dict[str, Any]:
    scores = edge["scores"]
    return {"source": pair[0], "target": pair[1], "events": edge["events"],
            "types": dict(sorted(edge["types"].items(), key=lambda kv: (-kv[1], kv[0]))),
            "score": round(sum(scores) / len(scores), 2) if scores else None}


def types_text(types: dict[str, int]) -> str:
    """``{"CONSULT": 2, "AID": 1}`` → ``"CONSULT:2; AID:1"`` (how flat formats carry an edge's types)."""
    return "; ".join(f"{kind}:{count}" for kind, count in types.items())


def graphml(network: Network) -> str:
    """The network as a directed GraphML document (Gephi, yEd, networkx, igraph).

    Requires the shape :func:`actor_network` returns.  Guarantees a
    well-formed UTF-8 XML string; node attributes label (the name, which
    Gephi shows)/name/country/sector/events,
    edge attributes events/score/types (``types_text``); unknown values
    (None) are left out rather than written empty.
    """
    root = ET.Element("graphml", xmlns=GRAPHML_NS)
    for domain, keys in (("node", (("label", "string"), *NODE_KEYS)), ("edge", EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, "key", {"id": f"{domain[0]}_{name}", "for": domain, "attr.name": name,
                                        "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="chronik", edgedefault="directed")
    for node in network["nodes"]:
        element = ET.SubElement(graph, "node", id=node["id"])
        _data(element, "n", {"label": node["name"], **{k: node[k] for k, _ in NODE_KEYS}})
    for i, edge in enumerate(network["edges"]):
        element = ET.SubElement(graph, "edge", id=f"e{i}", source=edge["source"], target=edge["target"])
        _data(element, "e", {"events": edge["events"], "score": edge["score"], "types": types_text(edge["types"])})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _data(element: ET.Element, prefix: str, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if value is not None and value != "":
            ET.SubElement(element, "data", key=f"{prefix}_{name}").text = str(value)


def gexf(network: Network) -> str:
    """The network as GEXF 1.3 (Gephi's own format): node labels are names, edge weights are event counts.

    Requires the shape :func:`actor_network` returns; guarantees a well-formed
    UTF-8 XML string with the same attributes as :func:`graphml`.
    """
    root = ET.Element("gexf", xmlns=GEXF_NS, version="1.3")
    graph = ET.SubElement(root, "graph", defaultedgetype="directed", mode="static")
    for domain, keys in (("node", NODE_KEYS[1:]), ("edge", EDGE_KEYS[1:])):
        block = ET.SubElement(graph, "attributes", {"class": domain})
        for name, kind in keys:
            ET.SubElement(block, "attribute", id=name, title=name, type=kind)
    nodes = ET.SubElement(graph, "nodes")
    for node in network["nodes"]:
        element = ET.SubElement(nodes, "node", id=node["id"], label=node["name"])
        _attvalues(element, {k: node[k] for k, _ in NODE_KEYS[1:]})
    edges = ET.SubElement(graph, "edges")
    for i, edge in enumerate(network["edges"]):
        element = ET.SubElement(edges, "edge", id=f"e{i}", source=edge["source"], target=edge["target"],
                                weight=str(edge["events"]))
        _attvalues(element, {"score": edge["score"], "types": types_text(edge["types"])})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _attvalues(element: ET.Element, values: dict[str, Any]) -> None:
    present = {k: v for k, v in values.items() if v is not None and v != ""}
    if present:
        block = ET.SubElement(element, "attvalues")
        for name, value in present.items():
            ET.SubElement(block, "attvalue", {"for": name, "value": str(value)})
