"""The actor network and its GraphML/GEXF writers, on hand-made records and on the demo corpus."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from chronik.chronicle import EventFilter
from chronik.cli import app
from chronik.network import GEXF_NS, GRAPHML_NS, actor_network, gexf, graphml
from chronik.stages.event_lexicon import build_event_lexicon
from chronik.store.repository import Store

G = f"{{{GRAPHML_NS}}}"


def _actor(actor_id: str, name: str, country: str | None = None, sector: str | None = "GOV") -> dict:
    return {"id": actor_id, "name": name, "country": country, "sector": sector, "aliases": []}


PUTIN, ASSAD, MERKEL = _actor("Q7747", "Wladimir Putin", "RUS"), _actor("Q44329", "Baschar al-Assad", "SYR"), \
    _actor("Q567", "Angela Merkel", "DEU")


def _record(event_id: str, kind: str, source: list, target: list, modality: str = "asserted") -> dict:
    return {"id": event_id, "type": kind, "mode": None, "source": source, "target": target, "modality": modality,
            "date": None, "location": None, "confidence": 0.8, "mentions": [], "num_articles": 1}


SCALE = {"CONSULT": 1.0, "ASSAULT": -9.0, "AID": 7.0}
RECORDS = [
    _record("ev_1", "CONSULT", [PUTIN], [ASSAD]),
    _record("ev_2", "ASSAULT", [PUTIN], [ASSAD]),
    _record("ev_3", "AID", [PUTIN], [ASSAD], modality="negated"),
    _record("ev_4", "CONSULT", [MERKEL, PUTIN], [ASSAD]),
    _record("ev_5", "DISAPPROVE", [ASSAD], [PUTIN]),
    _record("ev_6", "CONSULT", [MERKEL], [MERKEL]),
    _record("ev_7", "PROTEST", [MERKEL], []),
]


def test_edges_are_directed_and_scored_like_the_dyad_series():
    net = actor_network(RECORDS, SCALE)
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert set(edges) == {("Q7747", "Q44329"), ("Q567", "Q44329"), ("Q44329", "Q7747")}
    putin_assad = edges[("Q7747", "Q44329")]
    assert putin_assad["events"] == 4
    assert putin_assad["types"] == {"CONSULT": 2, "AID": 1, "ASSAULT": 1}
    assert putin_assad["score"] == round((1 - 9 + 1) / 3, 2)  # the negated AID does not count
    assert edges[("Q44329", "Q7747")]["score"] is None  # DISAPPROVE is not on this scale


def test_nodes_count_events_on_either_side_once():
    net = actor_network(RECORDS, SCALE)
    nodes = {n["id"]: n for n in net["nodes"]}
    assert {i: n["events"] for i, n in nodes.items()} == {"Q7747": 5, "Q44329": 5, "Q567": 3}
    assert nodes["Q567"] == {"id": "Q567", "name": "Angela Merkel", "country": "DEU", "sector": "GOV", "events": 3}
    assert [n["id"] for n in net["nodes"]] == ["Q44329", "Q7747", "Q567"]  # by events, then id


def test_empty_records_give_an_empty_network_that_still_serialises():
    net = actor_network([], SCALE)
    assert net == {"nodes": [], "edges": []}
    assert ET.fromstring(graphml(net)).find(f"{G}graph") is not None


def test_graphml_carries_nodes_edges_and_attributes():
    net = actor_network(RECORDS, SCALE)
    root = ET.fromstring(graphml(net))
    graph = root.find(f"{G}graph")
    assert graph.get("edgedefault") == "directed"
    nodes = graph.findall(f"{G}node")
    edges = graph.findall(f"{G}edge")
    assert (len(nodes), len(edges)) == (3, 3)
    keys = {k.get("id"): k.get("attr.name") for k in root.findall(f"{G}key")}
    first = {keys[d.get("key")]: d.text for d in edges[0].findall(f"{G}data")}
    assert first == {"events": "4", "score": "-2.33", "types": "CONSULT:2; AID:1; ASSAULT:1"}


def test_graphml_escapes_names():
    hostile = _actor("x<&\"", "A & B <script>", "RUS")
    text = graphml(actor_network([_record("ev", "CONSULT", [hostile], [PUTIN])], SCALE))
    ids = {n.get("id") for n in ET.fromstring(text).iter(f"{G}node")}
    assert ids == {"x<&\"", "Q7747"}
    assert "<script>" not in text


def test_gexf_has_labels_and_weights():
    root = ET.fromstring(gexf(actor_network(RECORDS, SCALE)))
    ns = f"{{{GEXF_NS}}}"
    labels = {n.get("id"): n.get("label") for n in root.iter(f"{ns}node")}
    assert labels["Q7747"] == "Wladimir Putin"
    weights = sorted(int(e.get("weight")) for e in root.iter(f"{ns}edge"))
    assert weights == [1, 1, 4]


def test_demo_network_in_graphml_parses_with_the_right_counts(demo_records, ctx):
    scale = build_event_lexicon(ctx.lang("de")).scale
    net = actor_network(demo_records, scale)
    actors = {a["id"] for r in demo_records for a in r["source"] + r["target"]}
    pairs = {(s["id"], t["id"]) for r in demo_records for s in r["source"] for t in r["target"] if s["id"] != t["id"]}
    assert len(net["nodes"]) == len(actors) > 10
    assert len(net["edges"]) == len(pairs) > 10
    assert all(e["score"] is None or -10 <= e["score"] <= 10 for e in net["edges"])
    text = graphml(net)
    graph = ET.fromstring(text).find(f"{G}graph")
    assert len(graph.findall(f"{G}node")) == len(actors)
    assert len(graph.findall(f"{G}edge")) == len(pairs)
    nx = pytest.importorskip("networkx")
    loaded = nx.parse_graphml(text)
    assert (loaded.number_of_nodes(), loaded.number_of_edges()) == (len(actors), len(pairs))
    assert loaded.is_directed()
    loaded_gexf = nx.read_gexf(__import__("io").BytesIO(gexf(net).encode()))
    assert loaded_gexf.number_of_edges() == len(pairs)


def test_cli_export_graphml_and_gexf_respect_filters(demo_db, tmp_path):
    runner = CliRunner()
    out = tmp_path / "net.graphml"
    result = runner.invoke(app, ["export", "--format", "graphml", "--country", "SYR", "--db", demo_db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    graph = ET.parse(out).getroot().find(f"{G}graph")
    store = Store.open(demo_db, create=False)
    syria = store.event_records(EventFilter(country="SYR"))
    store.close()
    pairs = {(s["id"], t["id"]) for r in syria for s in r["source"] for t in r["target"] if s["id"] != t["id"]}
    assert len(graph.findall(f"{G}edge")) == len(pairs) > 0
    result = runner.invoke(app, ["export", "--format", "gexf", "--db", demo_db])
    assert result.exit_code == 0 and ET.fromstring(result.stdout).tag == f"{{{GEXF_NS}}}gexf"
