"""The POLECAT-compatible TSV: pinned header, one value per column, the mapping, and `chronik export --format polecat`."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

from chronik.chronicle import EventFilter
from chronik.cli import app
from chronik.polecat import POLECAT_COLUMNS, polecat_fields, polecat_rows, publication_dates
from chronik.store.repository import Store

# POLECAT's public weekly files (Harvard Dataverse), header as published; pinned: readers index these positions.
HEADER = ("Event ID\tEvent Date\tEvent Type\tEvent Mode\tIntensity\tQuad Code\tContexts\tActor Name\tActor Country\t"
          "Actor COW\tPrimary Actor Sector\tActor Sectors\tActor Title\tActor Name Raw\tWikipedia Actor ID\t"
          "Recipient Name\tRecipient Country\tRecipient COW\tPrimary Recipient Sector\tRecipient Sectors\t"
          "Recipient Title\tRecipient Name Raw\tWikipedia Recipient ID\tPlacename\tCity\tDistrict\tProvince\tCountry\t"
          "Latitude\tLongitude\tGeoNames ID\tRaw Placename\tFeature Type\tSource\tPublication Date\tStory People\t"
          "Story Organizations\tStory Locations\tLanguage\tVersion")

PUTIN = {"id": "Q7747", "name": "Wladimir Putin", "country": "RUS", "sector": "GOV", "aliases": []}
MERKEL = {"id": "Q567", "name": "Angela Merkel", "country": "DEU", "sector": "GOV", "aliases": []}
REBELS = {"id": "grp:SYR-REB", "name": "SYR REB", "country": "SYR", "sector": "REB", "aliases": []}
RECORD = {
    "id": "ev_1", "type": "CONSULT", "mode": "visit", "context": ["diplomatic", "economic"],
    "source": [PUTIN, MERKEL], "target": [REBELS],
    "date": {"value": "2020-01-07", "start": "2020-01-07", "end": "2020-01-07", "precision": "day"},
    "location": {"name": "Damaskus", "geonames_id": 170654, "lat": 33.51, "lon": 36.29, "country": "SYR"},
    "modality": "asserted", "attribution": None, "confidence": 0.86,
    "mentions": [{"doc": "b.txt", "sentence": "Putin\tbesucht\nDamaskus.", "start": 0, "end": 9, "trigger": "besucht"},
                 {"doc": "a.txt", "sentence": "…", "start": 0, "end": 9, "trigger": "besucht"},
                 {"doc": "b.txt", "sentence": "…", "start": 20, "end": 29, "trigger": "Besuch"}],
    "num_articles": 2,
}


def test_header_is_pinned_to_polecats_columns():
    assert "\t".join(POLECAT_COLUMNS) == HEADER
    assert len(POLECAT_COLUMNS) == 40
    assert next(iter(polecat_rows([]))) == HEADER + "\n"


def test_a_record_maps_onto_the_polecat_columns():
    fields = polecat_fields(RECORD, {"CONSULT": 2.0}, {"a.txt": "2020-01-08", "b.txt": "2020-01-07"})
    assert {k: v for k, v in fields.items() if v} == {
        "Event ID": "ev_1", "Event Date": "2020-01-07", "Event Type": "CONSULT", "Event Mode": "visit",
        "Intensity": "2", "Contexts": "diplomatic; economic",
        "Actor Name": "Wladimir Putin; Angela Merkel", "Actor Country": "RUS; DEU", "Primary Actor Sector": "GOV",
        "Actor Sectors": "GOV; GOV", "Wikipedia Actor ID": "Q7747; Q567",
        "Recipient Name": "SYR REB", "Recipient Country": "SYR", "Primary Recipient Sector": "REB",
        "Recipient Sectors": "REB",
        "Placename": "Damaskus", "Country": "SYR", "Latitude": "33.51", "Longitude": "36.29", "GeoNames ID": "170654",
        "Source": "b.txt; a.txt", "Publication Date": "2020-01-07", "Version": fields["Version"],
    }
    assert fields["Version"].startswith("chronik ")


def test_unknowns_stay_empty_and_negated_events_have_no_intensity():
    record = {**RECORD, "date": None, "location": None, "mode": None, "context": [], "target": [],
              "modality": "negated"}
    fields = polecat_fields(record, {"CONSULT": 2.0})
    for column in ("Event Date", "Event Mode", "Intensity", "Contexts", "Recipient Name", "Placename", "Latitude",
                   "Publication Date"):
        assert fields[column] == ""


def test_tabs_and_newlines_inside_values_never_break_a_row():
    hostile = {**RECORD, "source": [{**PUTIN, "name": "Putin\tW.\nPräsident"}]}
    lines = list(polecat_rows([hostile, RECORD]))
    assert len(lines) == 3
    assert all(line.count("\t") == 39 and line.endswith("\n") and "\n" not in line[:-1] for line in lines)
    assert "Putin W. Präsident" in lines[1]


def _tsv(text: str) -> list[list[str]]:
    return list(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


def test_demo_export_has_one_row_per_event_and_40_columns_each(demo_db):
    result = CliRunner().invoke(app, ["export", "--format", "polecat", "--db", demo_db])
    assert result.exit_code == 0, result.output
    rows = _tsv(result.stdout)
    store = Store.open(demo_db, create=False)
    records = store.event_records(EventFilter())
    published = publication_dates(store.article_records())
    store.close()
    assert rows[0] == list(POLECAT_COLUMNS)
    assert len(rows) - 1 == len(records) > 20
    assert {len(row) for row in rows} == {40}
    assert [r[0] for r in rows[1:]] == [r["id"] for r in records]
    dated = [r for r in rows[1:] if r[POLECAT_COLUMNS.index("Publication Date")]]
    assert len(dated) >= len(rows) // 2 and published


def test_demo_export_respects_filters_and_writes_a_file(demo_db, tmp_path):
    out = tmp_path / "events.tsv"
    result = CliRunner().invoke(app, ["export", "--format", "polecat", "--type", "ASSAULT", "--db", demo_db,
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = _tsv(out.read_text(encoding="utf-8"))
    assert len(rows) > 1
    assert {r[POLECAT_COLUMNS.index("Event Type")] for r in rows[1:]} == {"ASSAULT"}
    assert {r[POLECAT_COLUMNS.index("Intensity")] for r in rows[1:]} <= {"-10", ""}


@pytest.mark.parametrize("fmt", ["geojson", "graphml", "gexf", "polecat", "csv"])
def test_articles_export_only_as_jsonl(demo_db, fmt):
    result = CliRunner().invoke(app, ["export", "--what", "articles", "--format", fmt, "--db", demo_db])
    assert result.exit_code == 2
    assert "--what articles exports as --format jsonl only" in result.output


def test_unknown_format_names_the_choices(demo_db):
    result = CliRunner().invoke(app, ["export", "--format", "shapefile", "--db", demo_db])
    assert result.exit_code == 2
    assert "jsonl|csv|geojson|graphml|gexf|polecat" in result.output
