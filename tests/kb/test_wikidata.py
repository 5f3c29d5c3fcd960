"""The Wikidata importer: both input formats, dates, warnings, merging, YAML output, the position table.

The fixtures in tests/fixtures/wikidata/ are in the real formats: ``dump.json`` the dump layout
(Putin, Hollande and the position and country items they refer to), ``entities_assad.json`` a
``wbgetentities`` answer, ``sparql.json`` SPARQL JSON results, ``dump_malformed.json`` a dump whose
line 3 is cut off.  People and the positions mapped in wikidata_positions.yaml carry their real
QIDs; position items absent from the table carry made-up QIDs from Q900000001 up (no Wikidata item
has one that high), as do the people made up in the tests below.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from chronik.errors import InputError, ResourceError, UnknownFormatError
from chronik.kb import wikidata
from chronik.kb.wikidata import ImportResult, merge_people, parse_wikidata, slugify, to_yaml, wikidata_date

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "wikidata"
D = date.fromisoformat
OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister",
           "secretary_general", "leader", "spokesperson", "envoy", "minister", "official"}
SECTORS = {"GOV", "MIL", "REB", "OPP", "IGO", "CVL", "MED", "BUS", "JUD", "POL", "NGO"}


def _role(country, office, title, start, end, sector="GOV"):
    return {"country": country, "sector": sector, "office": office, "title": title,
            "from": D(start) if start else None, "to": D(end) if end else None}


def _people(name: str) -> dict[str, dict]:
    return {person["qid"]: person for person in parse_wikidata(FIXTURES / name).people}


def _human(qid, label, *statements, claims=None, aliases=None):
    """A made-up human entity in the Wikibase JSON shape (only the parts the importer reads)."""
    entity_claims = {"P31": [_statement("P31", _item_value("Q5"))], "P39": list(statements), **(claims or {})}
    return {"type": "item", "id": qid, "labels": {"de": {"language": "de", "value": label}},
            "aliases": aliases or {}, "claims": entity_claims}


def _item_value(qid):
    return {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid}


def _snak(prop, value=None, snaktype="value"):
    snak = {"snaktype": snaktype, "property": prop}
    if value is not None:
        kind = "time" if "time" in value else "wikibase-entityid" if isinstance(value, dict) else "string"
        snak["datavalue"] = {"value": value, "type": kind}
    return snak


def _statement(prop, value, qualifiers=None, rank="normal"):
    return {"mainsnak": _snak(prop, value), "type": "statement", "rank": rank, "qualifiers": qualifiers or []}


def _held(position, start=None, end=None, precision=11, **extra):
    qualifiers = {}
    if start:
        qualifiers["P580"] = [_snak("P580", {"time": start, "precision": precision})]
    if end:
        qualifiers["P582"] = [_snak("P582", {"time": end, "precision": precision})]
    qualifiers.update({prop: [_snak(prop, _item_value(qid))] for prop, qid in extra.items()})
    return _statement("P39", _item_value(position), qualifiers)


def _write_lines(path: Path, *entities) -> Path:
    path.write_text("[\n" + ",\n".join(json.dumps(entity) for entity in entities) + "\n]\n", encoding="utf-8")
    return path


# ---- entity JSON -----------------------------------------------------------------------------------

def test_putin_gets_his_four_roles_from_the_dump():
    putin = _people("dump.json")["Q7747"]
    assert (putin["id"], putin["name"]) == ("wladimir-putin", "Wladimir Putin")
    # the position item in the file gives the title, the statement's P17 qualifier the country;
    # the deprecated statement (start 2000-03-26) is ignored
    assert putin["roles"] == [
        _role("RUS", "official", "Ministerpräsident Russlands", "1999-08-16", "2000-05-07"),
        _role("RUS", "head_of_state", "Präsident", "2000-05-07", "2008-05-07"),
        _role("RUS", "official", "Ministerpräsident Russlands", "2008-05-08", "2012-05-07"),
        _role("RUS", "head_of_state", "Präsident", "2012-05-07", None),
    ]
    # labels and aliases in de and en, without the name itself and the bare surname
    assert putin["aliases"] == ["Vladimir Putin", "Wladimir Wladimirowitsch Putin",
                                "Vladimir Vladimirovich Putin", "V. V. Putin"]


def test_hollande_year_precision_and_the_country_of_the_position_item():
    hollande = _people("dump.json")["Q157"]
    assert hollande["id"] == "francois-hollande"
    assert hollande["roles"] == [
        _role("FRA", "official", "Präsident des Generalrats von Corrèze", "2008-01-01", "2012-12-31"),
        _role("FRA", "head_of_state", "Präsident", "2012-05-15", "2017-05-14"),
    ]


def test_a_wbgetentities_answer_lends_its_position_items():
    assad = _people("entities_assad.json")["Q44329"]
    assert assad["id"] == "baschar-al-assad"
    assert assad["roles"] == [_role("SYR", "official", "Präsident Syriens", "2000-07-17", "2024-12-08")]
    assert "Bashar al-Assad" in assad["aliases"] and "Assad" in assad["aliases"]


NOT_MAPPED = "skipped: not in wikidata_positions.yaml and no country"


@pytest.mark.parametrize("name, warnings", [
    ("dump.json", [f"dump.json:4 (Q157): position Q900000003 {NOT_MAPPED}"]),
    ("entities_assad.json",
     ["entities_assad.json (Q44329): position Q900000005 skipped: unknown end time (P582)"]),
    ("sparql.json", [f"sparql.json: result 3 (Q567): position Q900000006 {NOT_MAPPED}",
                     "sparql.json: result 9 (Q900000009): skipped: no German or English label"]),
])
def test_warnings_name_the_line_or_entity_and_what_was_skipped(name, warnings):
    result = parse_wikidata(FIXTURES / name)
    assert isinstance(result, ImportResult)
    assert [warning.split("wikidata/", 1)[1] for warning in result.warnings] == warnings


def _layouts(entities: list[dict]) -> dict[str, str]:
    """The same entities in every layout the importer reads."""
    by_id = {entity["id"]: entity for entity in entities}
    return {
        "dump": "[\n" + ",\n".join(json.dumps(entity) for entity in entities) + "\n]\n",
        "json_lines": "".join(json.dumps(entity) + "\n" for entity in entities),
        "json_list": json.dumps(entities),
        "pretty_list": json.dumps(entities, indent=2),
        "wbgetentities": json.dumps({"entities": by_id, "success": 1}, indent=1),
        "entitydata_per_line": "".join(json.dumps({"entities": {qid: entity}}) + "\n"
                                       for qid, entity in by_id.items()),
    }


@pytest.mark.parametrize("layout", list(_layouts([])))
def test_every_entity_layout_gives_the_same_people(tmp_path, layout):
    lines = (FIXTURES / "dump.json").read_text(encoding="utf-8").splitlines()
    entities = [json.loads(line.rstrip(",")) for line in lines if line not in ("[", "]")]
    path = tmp_path / "entities.json"
    path.write_text(_layouts(entities)[layout], encoding="utf-8")
    assert parse_wikidata(path).people == parse_wikidata(FIXTURES / "dump.json").people


def test_a_single_entity_object_is_read(tmp_path):
    entity = _human("Q900000010", "Erika Musterfrau", _held("Q191954", "+2030-05-14T00:00:00Z"),
                    claims={"P21": [_statement("P21", _item_value("Q6581072"))]})
    path = tmp_path / "Q900000010.json"
    path.write_text(json.dumps(entity, indent=2), encoding="utf-8")
    [person] = parse_wikidata(path).people
    assert person["roles"] == [_role("FRA", "head_of_state", "Präsidentin", "2030-05-14", None)]


def test_death_ends_an_open_role_and_countries_come_from_p298_in_the_file(tmp_path):
    death = {"P570": [_statement("P570", {"time": "+2031-03-00T00:00:00Z", "precision": 10})]}
    person = _human("Q900000011", "Max Muster", _held("Q900000012", "+2020-01-01T00:00:00Z"), claims=death)
    position = {"type": "item", "id": "Q900000012",
                "labels": {"en": {"language": "en", "value": "Mayor of Atlantis"}},
                "claims": {"P17": [_statement("P17", _item_value("Q900000013"))]}}
    country = {"type": "item", "id": "Q900000013", "labels": {},
               "claims": {"P298": [_statement("P298", "ATL")]}}
    [result] = parse_wikidata(_write_lines(tmp_path / "dump.json", person, position, country)).people
    assert result["roles"] == [_role("ATL", "official", "Mayor of Atlantis", "2020-01-01", "2031-03-31")]


@pytest.mark.parametrize("statement, problem", [
    (_held("Q191954"), "no start or end time"),
    (_held("Q191954", "+2012-05-15T00:00:00Z", "+2012-05-15T00:00:00Z"),
     "start 2012-05-15 is not before end"),
    (_held("Q191954", "+1900-00-00T00:00:00Z", precision=7),
     "unusable P580 '+1900-00-00T00:00:00Z' (precision 7)"),
    (_held("Q900000014", "+2000-01-01T00:00:00Z", P17="Q142"),
     "not in wikidata_positions.yaml and no label"),
    (_held("Q900000014", "+2000-01-01T00:00:00Z", P1001="Q900000015"), "and no country"),
])
def test_unusable_statements_are_skipped_with_a_warning(tmp_path, statement, problem):
    result = parse_wikidata(_write_lines(tmp_path / "d.json", _human("Q900000016", "Max Muster", statement)))
    assert result.people == []
    assert len(result.warnings) == 2 and problem in result.warnings[0]
    assert result.warnings[1].endswith("d.json:2 (Q900000016): Max Muster skipped: no usable position held")


def test_non_humans_and_statements_without_value_are_ignored(tmp_path):
    unknown_position = {"mainsnak": _snak("P39", snaktype="somevalue"), "type": "statement", "rank": "normal"}
    band = {**_human("Q900000017", "Die Band", _held("Q191954", "+2000-01-01T00:00:00Z")),
            "claims": {"P31": [_statement("P31", _item_value("Q215380"))],
                       "P39": [_held("Q191954", "+2000-01-01T00:00:00Z")]}}
    person = _human("Q900000018", "Max Muster", unknown_position, _held("Q191954", "+2001-01-01T00:00:00Z"))
    result = parse_wikidata(_write_lines(tmp_path / "dump.json", band, person))
    assert [person["qid"] for person in result.people] == ["Q900000018"]
    assert result.warnings == []


def test_people_with_the_same_label_get_distinct_ids(tmp_path):
    people = [_human(f"Q90000002{n}", "John Smith", _held("Q14211", f"+20{n}0-01-01T00:00:00Z"))
              for n in (1, 2)]
    result = parse_wikidata(_write_lines(tmp_path / "dump.json", *people))
    assert [person["id"] for person in result.people] == ["john-smith", "john-smith-q900000022"]


# ---- SPARQL JSON results ---------------------------------------------------------------------------

def test_sparql_results():
    people = _people("sparql.json")
    merkel, obama, trump = people["Q567"], people["Q76"], people["Q22686"]
    assert list(people) == ["Q567", "Q76", "Q22686"]
    assert merkel["roles"] == [  # iso3 gives the country; a woman gets the table's female title
        _role("DEU", "official", "Mitglied des Deutschen Bundestages", "1990-12-20", "2021-10-26"),
        _role("DEU", "head_of_government", "Bundeskanzlerin", "2005-11-22", "2021-12-08"),
    ]
    # a country item gives the country; year precision comes from startPrecision / endPrecision
    assert obama["roles"] == [
        _role("USA", "official", "Mitglied des Senats von Illinois", "1997-01-01", "2004-12-31"),
        _role("USA", "official", "Senator der Vereinigten Staaten", "2005-01-03", "2008-11-16"),
        _role("USA", "head_of_state", "US-Präsident", "2009-01-20", "2017-01-20"),
    ]
    assert trump["roles"] == [
        _role("USA", "head_of_state", "US-Präsident", "2017-01-20", "2021-01-20"),
        _role("USA", "head_of_state", "US-Präsident", "2025-01-20", None),
    ]
    assert trump["aliases"] == ["Donald John Trump", "Donald J. Trump"]


def test_sparql_alt_labels_codes_and_unknown_ends(tmp_path):
    def cell(value, kind="literal"):
        return {"type": kind, "value": value}
    row = {"person": cell("http://www.wikidata.org/entity/Q900000030", "uri"),
           "personLabel": cell("Max Muster"), "personAltLabel": cell("Maximilian Muster, M. Muster"),
           "position": cell("http://www.wikidata.org/entity/Q900000031", "uri"),
           "positionLabel": cell("Bürgermeister von Musterstadt"),
           "start": cell("2010-06-01T00:00:00Z"), "country": cell("deu")}
    rows = [row, {**row, "start": cell("2020-06-01T00:00:00Z"), "end": cell("t1", "bnode")}]
    path = tmp_path / "query.json"
    results = {"head": {"vars": [*row, "end"]}, "results": {"bindings": rows}}
    path.write_text(json.dumps(results), encoding="utf-8")
    result = parse_wikidata(path)
    [person] = result.people
    assert person["aliases"] == ["Maximilian Muster", "M. Muster"]
    assert person["roles"] == [_role("DEU", "official", "Bürgermeister von Musterstadt", "2010-06-01", None)]
    assert result.warnings == [
        f"{path}: result 2 (Q900000030): position Q900000031 skipped: unknown end time"]


# ---- bad input -------------------------------------------------------------------------------------

def test_a_malformed_dump_line_names_file_and_line():
    with pytest.raises(InputError, match=r"dump_malformed\.json:3: malformed JSON"):
        parse_wikidata(FIXTURES / "dump_malformed.json")


@pytest.mark.parametrize("content, error, message", [
    ('{\n  "head": {"vars": []},\n  "results": {"bindings": [}\n}\n', InputError,
     r"x\.json:3: malformed JSON"),
    ('{"head": {"vars": []}}\n{"id": "Q1", "claims": {\n', InputError, r"x\.json:2: malformed JSON"),
    ("", UnknownFormatError, "holds no JSON"),
    ("[\n]\n", UnknownFormatError, "holds no JSON"),
    ('{"name": "Wladimir Putin"}', UnknownFormatError, "neither Wikidata entity JSON nor SPARQL"),
    ('{"head": {}, "boolean": true}', UnknownFormatError, "neither Wikidata entity JSON nor SPARQL"),
])
def test_bad_content_is_an_input_error(tmp_path, content, error, message):
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=message):
        parse_wikidata(path)


@pytest.mark.parametrize("make", [
    lambda path: path,                                          # missing
    lambda path: path.write_bytes(b"\xff\xfe{") and path,        # not UTF-8
])
def test_missing_or_undecodable_file_is_an_input_error(tmp_path, make):
    with pytest.raises(InputError, match="cannot read"):
        parse_wikidata(make(tmp_path / "x.json"))


# ---- dates and ids ---------------------------------------------------------------------------------

@pytest.mark.parametrize("time, precision, end, expected", [
    ("+2000-05-07T00:00:00Z", 11, False, "2000-05-07"),
    ("+2000-05-07T00:00:00Z", 11, True, "2000-05-07"),
    ("2000-05-07T00:00:00Z", 11, False, "2000-05-07"),       # SPARQL writes no sign
    ("+2000-05-07T00:00:00Z", 14, False, "2000-05-07"),      # seconds precision
    ("+2000-05-00T00:00:00Z", 10, False, "2000-05-01"),
    ("+2000-02-00T00:00:00Z", 10, True, "2000-02-29"),
    ("+2000-05-00T00:00:00Z", 11, True, "2000-05-31"),       # day 00 despite day precision: the month
    ("+2008-00-00T00:00:00Z", 9, False, "2008-01-01"),
    ("+2008-00-00T00:00:00Z", 9, True, "2008-12-31"),
    ("+2008-06-15T00:00:00Z", 9, True, "2008-12-31"),
    ("+2000-00-00T00:00:00Z", 8, False, None),               # decade
    ("-0044-03-15T00:00:00Z", 11, False, None),              # BCE
    ("+0000-00-00T00:00:00Z", 9, False, None),
    ("+12000-01-01T00:00:00Z", 11, False, None),
    ("+2001-02-29T00:00:00Z", 11, False, None),
    ("yesterday", 11, False, None),
])
def test_wikidata_date(time, precision, end, expected):
    assert wikidata_date(time, precision, end=end) == (D(expected) if expected else None)


@pytest.mark.parametrize("name, slug", [
    ("Wladimir Putin", "wladimir-putin"),
    ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
    ("Baschar al-Assad", "baschar-al-assad"),
    ("François Hollande", "francois-hollande"),
    ("Jürgen Trittin", "juergen-trittin"),
    ("Lars Løkke Rasmussen", "lars-lokke-rasmussen"),
    ("Mu’ammar al-Gaddafi", "muammar-al-gaddafi"),
    ("Wolfgang Schäuble", "wolfgang-schaeuble"),
    ("George W. Bush", "george-w-bush"),
    ("Ahmed al-Scharaa ", "ahmed-al-scharaa"),
])
def test_slugify(name, slug):
    assert slugify(name) == slug


# ---- merging ---------------------------------------------------------------------------------------

CURATED_PUTIN = {
    "id": "wladimir-putin", "qid": "Q7747", "name": "Wladimir Putin", "aliases": ["Vladimir Putin"],
    "roles": [
        _role("RUS", "head_of_government", "Ministerpräsident", "1999-08-16", "2000-05-07"),
        _role("RUS", "head_of_state", "Präsident", "2000-05-07", "2008-05-07"),
        {**_role("RUS", "head_of_government", "Ministerpräsident", None, None), "from": "2008-05-08",
         "to": "2012-05-07"},  # dates as text are compared as dates
        _role("RUS", "head_of_state", "Präsident", "2012-05-07", None),
    ],
}


def test_merge_keeps_existing_names_and_adds_only_missing_roles():
    imported = parse_wikidata(FIXTURES / "dump.json").people
    fsb = _role("RUS", "official", "Direktor des FSB", "1998-07-25", "1999-08-09")
    imported[0]["roles"].append(fsb)
    existing = [copy.deepcopy(CURATED_PUTIN)]
    merged = merge_people(existing, imported)
    assert existing == [CURATED_PUTIN]
    putin, hollande = merged
    assert {key: putin[key] for key in ("id", "name", "aliases")} == {
        "id": "wladimir-putin", "name": "Wladimir Putin", "aliases": ["Vladimir Putin"]}
    assert putin["roles"] == [fsb, *CURATED_PUTIN["roles"]]
    assert hollande == imported[1]


def test_merge_overlapping_single_holder_roles_keep_the_existing_dates():
    president = _role("RUS", "head_of_state", "Präsident", "2000-05-07", "2008-05-08")
    existing = [{**CURATED_PUTIN, "roles": [president]}]
    imported = [{**CURATED_PUTIN, "roles": [
        _role("RUS", "head_of_state", "Präsident", "2000-05-07", "2008-05-07"),
        _role("RUS", "minister", "Minister", "2000-05-07", "2008-05-09"),
    ]}]
    [putin] = merge_people(existing, imported)
    assert putin["roles"] == existing[0]["roles"] + [imported[0]["roles"][1]]


def test_merge_gives_new_people_free_ids():
    existing = [{"id": "francois-hollande", "name": "François Hollande", "aliases": [], "roles": []}]
    merged = merge_people(existing, parse_wikidata(FIXTURES / "dump.json").people)
    ids = [person["id"] for person in merged]
    assert ids == ["francois-hollande", "wladimir-putin", "francois-hollande-q157"]
    without_qid = {"name": "François Hollande", "roles": []}
    assert merge_people(merged, [without_qid])[-1]["id"] == "francois-hollande-2"


# ---- YAML output -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["dump.json", "entities_assad.json", "sparql.json"])
def test_to_yaml_round_trips_in_the_kb_style(name):
    people = parse_wikidata(FIXTURES / name).people
    text = to_yaml(people)
    assert yaml.safe_load(text) == people
    role_lines = [line for line in text.splitlines() if "sector:" in line]
    assert role_lines
    assert all(re.fullmatch(r"    - \{(country|org): .*, to: .*\}", line) for line in role_lines)
    assert all(line.startswith(("- id: ", "  qid: Q", "  name: ", "  aliases: [", "  roles:", "    - {"))
               for line in text.splitlines())


def test_to_yaml_quotes_what_needs_quoting_and_keeps_key_order():
    awkward = ["yes", "Null", "a: b", "x #y", "[brackets]", "'quoted'", '"double"', "2000", "O'Brien", " sp"]
    role = {"to": None, "from": D("2000-01-01"), "title": "Präsident", "office": "head_of_state",
            "sector": "GOV", "country": "NOR"}
    person = {"roles": [role], "aliases": awkward, "name": "No", "id": "no", "genitive_s": False}
    text = to_yaml([person])
    assert yaml.safe_load(text) == [person]
    assert text.splitlines()[0] == "- id: 'no'" and "genitive_s: false" in text
    role_line = ("{country: NOR, sector: GOV, office: head_of_state, title: Präsident, "
                 "from: 2000-01-01, to: null}")
    assert f"  roles:\n    - {role_line}\n" in text
    assert to_yaml([]) == "[]\n" and yaml.safe_load(to_yaml([])) == []


# ---- the position table ----------------------------------------------------------------------------

def test_the_position_table_follows_docs_kb():
    raw = yaml.safe_load(wikidata.POSITIONS_FILE.read_text(encoding="utf-8"))
    assert set(raw) == {"positions", "countries"}
    for qid, fields in raw["positions"].items():
        assert re.fullmatch(r"Q[1-9]\d*", qid), qid
        assert set(fields) <= {"country", "org", "sector", "office", "title", "title_female"}, qid
        assert ("country" in fields) != ("org" in fields), qid
        assert re.fullmatch(r"[A-Z]{3}", fields.get("country", "AAA")), qid
        assert fields["office"] in OFFICES and fields["sector"] in SECTORS, qid
        assert isinstance(fields["title"], str) and isinstance(fields.get("title_female", ""), str), qid
    assert all(re.fullmatch(r"Q[1-9]\d*", qid) and re.fullmatch(r"[A-Z]{3}", iso3)
               for qid, iso3 in raw["countries"].items())
    assert len(set(raw["countries"].values())) == len(raw["countries"])
    assert raw["positions"]["Q11696"] == {"country": "USA", "sector": "GOV", "office": "head_of_state",
                                          "title": "US-Präsident", "title_female": "US-Präsidentin"}
    assert raw["positions"]["Q81066"]["org"] == "un"
    assert {raw["countries"][qid] for qid in ("Q159", "Q858", "Q183", "Q142", "Q30")} == {
        "RUS", "SYR", "DEU", "FRA", "USA"}


@pytest.fixture
def table_files(tmp_path, monkeypatch):
    """Point the importer at table files in tmp_path; the cached table is dropped before and after."""
    positions, states = tmp_path / "positions.yaml", tmp_path / "states.yaml"
    monkeypatch.setattr(wikidata, "POSITIONS_FILE", positions)
    monkeypatch.setattr(wikidata, "STATES_FILE", states)
    wikidata.position_table.cache_clear()
    yield positions, states
    wikidata.position_table.cache_clear()


def test_states_yaml_adds_countries_and_the_table_wins(table_files):
    positions, states = table_files
    positions.write_text("positions: {}\ncountries: {Q183: DEU}\n", encoding="utf-8")
    states.write_text("- {iso3: XKX, qid: Q900000040, name: Kosovo}\n- {iso3: XXX, qid: Q183}\n"
                      "- {iso3: ABC}\n", encoding="utf-8")
    assert wikidata.position_table() == ({}, {"Q900000040": "XKX", "Q183": "DEU"})


def test_an_unreadable_table_is_a_resource_error(table_files):
    table_files[0].write_text("positions: [unclosed\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="positions.yaml"):
        parse_wikidata(FIXTURES / "dump.json")
