"""The bundled knowledge base (src/chronik/kb/data, docs/kb.md) is consistent and tells the truth.

Structure: it loads, ids and QIDs are unique, codes, sectors, offices and organisation
references are valid, single-holder offices never have two holders at once, states.yaml
holds exactly the UN members plus the six others the schema names.  Content: a table of
dated facts checked through ``KnowledgeBase.holder`` (and ``Entry.role_at`` where the
question is about an actor's sector, or the office has several holders), and a table of
German surface forms checked through the phrase index.  Every fact here is one a careful
analyst can vouch for; a failure means the data (or, rarely, the fact) needs looking at.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import pycountry
import pytest
import yaml

from chronik.context import build_context
from chronik.kb.base import KnowledgeBase, build_kb, kb_folders
from chronik.kb.entries import KINDS, OFFICES, SECTORS, SINGLE_HOLDER_OFFICES, Entry, Role
from chronik.kb.loader import bundled_kb_dir, load_entries
from chronik.stages.segment import word_tokens

D = dt.date.fromisoformat

#: ISO 3166-1 alpha-3 codes, the ISO 3166-3 codes of former states, plus the user-assigned code the KB uses
#: for Kosovo.
ISO3 = frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"} \
    | frozenset(c.alpha_3 for c in pycountry.historic_countries)

#: The 193 member states of the United Nations.
UN_MEMBERS = frozenset(["AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "COD", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "PRK", "KOR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE", "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE"])
#: Observer states and disputed or partly recognised states the schema names.
OTHER_STATES = frozenset({"VAT", "XKX", "PSE", "TWN", "ESH"})
#: Former states, by their ISO 3166-3 codes (Sowjetunion, DDR, Jugoslawien, Tschechoslowakei).
FORMER_STATES = frozenset({"SUN", "DDR", "YUG", "CSK"})

ORG_KINDS = {"igo", "igo_body", "armed_group", "party", "ministry", "armed_forces", "media", "ngo", "company",
             "court", "bloc"}  # bloc: states acting together without a treaty body ("der Westen")
PLACE_KINDS = {"region", "province", "base", "sea", "city", "district", "territory", "river", "mountain"}


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return load_entries(kb_folders(None))


@pytest.fixture(scope="module")
def by_id(entries) -> dict[str, Entry]:
    return {e.id: e for e in entries}


@pytest.fixture(scope="module")
def kb(entries) -> KnowledgeBase:
    return build_kb(entries, build_context().lang("de"))


@pytest.fixture(scope="module")
def states_yaml() -> list[dict]:
    return yaml.safe_load((bundled_kb_dir() / "states.yaml").read_text(encoding="utf-8"))


def _roles(entries: list[Entry]):
    for entry in entries:
        for number, role in enumerate(entry.roles, 1):
            yield entry, number, role


# ---------------------------------------------------------------------------
# 1. Structure
# ---------------------------------------------------------------------------


def test_bundled_kb_loads(entries):
    kinds = Counter(e.kind for e in entries)
    assert set(kinds) <= KINDS
    assert all(kinds[k] > 0 for k in KINDS), kinds


def test_bundled_files_are_all_read():
    folder = bundled_kb_dir()
    assert (folder / "states.yaml").is_file() and (folder / "organisations.yaml").is_file()
    assert (folder / "places.yaml").is_file() and sorted((folder / "people").glob("*.yaml"))


def test_ids_unique(entries):
    doubles = [i for i, n in Counter(e.id for e in entries).items() if n > 1]
    assert not doubles


def test_qids_unique(entries):
    owners: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        if entry.qid:
            owners[entry.qid].append(entry.id)
    shared = {qid: ids for qid, ids in owners.items() if len(ids) > 1}
    assert not shared, f"QIDs shared by several entries: {shared}"


def test_every_person_has_a_role(entries):
    bare = [e.id for e in entries if e.kind == "person" and not e.roles]
    assert not bare


def test_every_entry_has_a_role(entries):
    # states get theirs from the loader, organisations and people from the YAML; places need none
    bare = [e.id for e in entries if e.kind in ("state", "organisation", "person") and not e.roles]
    assert not bare


def test_role_countries_are_iso3(entries):
    bad = [(e.id, n, r.country) for e, n, r in _roles(entries)
           if r.country is not None and r.country not in ISO3]
    assert not bad


def test_state_codes_are_iso3(entries):
    bad = [e.id for e in entries if e.kind == "state" and e.extra["iso3"] not in ISO3]
    assert not bad


def test_place_countries_are_iso3(entries):
    bad = [(e.id, e.extra.get("country")) for e in entries
           if e.kind == "place" and e.extra.get("country") is not None and e.extra["country"] not in ISO3]
    assert not bad


def test_role_orgs_are_organisations(entries, by_id):
    bad = [(e.id, n, r.org) for e, n, r in _roles(entries)
           if r.org is not None and (r.org not in by_id or by_id[r.org].kind != "organisation")]
    assert not bad


def test_role_sectors_and_offices_valid(entries):
    bad_sector = [(e.id, n, r.sector) for e, n, r in _roles(entries) if r.sector not in SECTORS]
    bad_office = [(e.id, n, r.office) for e, n, r in _roles(entries)
                  if r.office is not None and r.office not in OFFICES]
    assert not bad_sector
    assert not bad_office


def test_person_roles_name_office_and_place(entries):
    """A person's role says what office, and of which country or organisation."""
    bad = [(e.id, n) for e, n, r in _roles(entries)
           if e.kind == "person" and (r.office is None or (r.country is None and r.org is None))]
    assert not bad


def test_role_intervals_not_empty(entries):
    bad = [(e.id, n, r.start, r.end) for e, n, r in _roles(entries) if r.start and r.end and r.end <= r.start]
    assert not bad


def test_organisation_and_place_kinds(entries):
    assert not [e.id for e in entries if e.kind == "organisation" and e.extra.get("kind") not in ORG_KINDS]
    assert not [e.id for e in entries if e.kind == "place" and e.extra.get("kind") not in PLACE_KINDS]


# ---------------------------------------------------------------------------
# 2. Single-holder offices
# ---------------------------------------------------------------------------


def test_single_holder_offices_never_overlap(entries):
    """Roles are [from, to): a successor may start the day the predecessor ends."""
    by_office: dict[tuple[str, str], list[tuple[Role, Entry]]] = defaultdict(list)
    for entry, _, role in _roles(entries):
        if role.office in SINGLE_HOLDER_OFFICES and (role.country or role.org):
            by_office[(role.country or role.org, role.office)].append((role, entry))
    clashes = []
    for (where, office), held in by_office.items():
        held.sort(key=lambda pair: pair[0].start or dt.date.min)
        for i, (a, ea) in enumerate(held):
            for b, eb in held[i + 1:]:
                start = max(a.start or dt.date.min, b.start or dt.date.min)
                end = min(a.end or dt.date.max, b.end or dt.date.max)
                if start < end:
                    clashes.append(f"{where} {office}: {ea.id} [{a.start}, {a.end})"
                                   f" / {eb.id} [{b.start}, {b.end})")
    assert not clashes, "\n".join(clashes)


# ---------------------------------------------------------------------------
# 3. states.yaml
# ---------------------------------------------------------------------------


def test_un_member_list_is_193():
    assert len(UN_MEMBERS) == 193
    assert UN_MEMBERS <= ISO3 and not UN_MEMBERS & OTHER_STATES and FORMER_STATES <= ISO3


def test_states_are_un_members_plus_others(states_yaml):
    codes = [s["iso3"] for s in states_yaml]
    assert len(codes) == len(set(codes)), [c for c, n in Counter(codes).items() if n > 1]
    assert set(codes) - (UN_MEMBERS | OTHER_STATES | FORMER_STATES) == set(), "neither UN members nor named others"
    assert (UN_MEMBERS | OTHER_STATES | FORMER_STATES) - set(codes) == set(), "missing states"
    assert len(codes) == 202


@pytest.mark.parametrize("key", ["name", "name_en", "adjective", "capital"])
def test_states_have_key(states_yaml, key):
    missing = [s["iso3"] for s in states_yaml if not (isinstance(s.get(key), str) and s[key].strip())]
    assert not missing


def test_state_names_resolve_back(entries, kb):
    unresolved = []
    for state in (e for e in entries if e.kind == "state"):
        forms = kb.phrases.get(tuple(word_tokens(state.name)), ())
        if (state.id, "name") not in [(f.entry_id, f.how) for f in forms]:
            unresolved.append((state.id, state.name, forms))
    assert not unresolved


def test_state_adjectives_resolve_back(entries, kb):
    bad = [e.id for e in entries if e.kind == "state" and kb.adjectives.get(e.extra["adjective"]) != e.id]
    assert not bad


@pytest.mark.parametrize("iso3, qid", [
    ("DEU", "Q183"), ("FRA", "Q142"), ("RUS", "Q159"), ("USA", "Q30"), ("GBR", "Q145"), ("SYR", "Q858"),
    ("ISR", "Q801"), ("TUR", "Q43"), ("UKR", "Q212"), ("CHN", "Q148"), ("JPN", "Q17"), ("IRN", "Q794"),
])
def test_state_qids(by_id, iso3, qid):
    assert by_id[iso3.lower()].qid == qid


# ---------------------------------------------------------------------------
# 4. Dated facts
# ---------------------------------------------------------------------------

#: (country or organisation, office, day, expected holder's KB name or None)
FACTS = [
    # Germany: Merkel was sworn in on 2005-11-22, Scholz on 2021-12-08, Merz on 2025-05-06
    ("DEU", "head_of_government", "2005-11-21", "Gerhard Schröder"),
    ("DEU", "head_of_government", "2005-11-22", "Angela Merkel"),
    ("DEU", "head_of_government", "2021-12-07", "Angela Merkel"),
    ("DEU", "head_of_government", "2021-12-08", "Olaf Scholz"),
    ("DEU", "head_of_government", "2025-05-06", "Friedrich Merz"),
    ("DEU", "head_of_state", "2015-06-01", "Joachim Gauck"),
    ("DEU", "head_of_state", "2018-01-01", "Frank-Walter Steinmeier"),
    ("DEU", "foreign_minister", "2015-06-01", "Frank-Walter Steinmeier"),
    ("DEU", "foreign_minister", "2022-03-01", "Annalena Baerbock"),
    # France
    ("FRA", "head_of_government", "2015-11-26", "Manuel Valls"),
    ("FRA", "head_of_state", "2015-11-26", "François Hollande"),
    ("FRA", "head_of_state", "2010-01-01", "Nicolas Sarkozy"),
    ("FRA", "head_of_state", "2017-05-14", "Emmanuel Macron"),
    ("FRA", "head_of_government", "2024-10-01", "Michel Barnier"),
    ("FRA", "foreign_minister", "2014-01-01", "Laurent Fabius"),
    # Russia
    ("RUS", "head_of_state", "2005-01-01", "Wladimir Putin"),
    ("RUS", "head_of_state", "2010-01-01", "Dmitri Medwedew"),
    ("RUS", "head_of_state", "2022-02-24", "Wladimir Putin"),
    ("RUS", "head_of_government", "2010-01-01", "Wladimir Putin"),
    ("RUS", "head_of_government", "2015-01-01", "Dmitri Medwedew"),
    ("RUS", "head_of_government", "2021-01-01", "Michail Mischustin"),
    ("RUS", "foreign_minister", "2015-01-01", "Sergej Lawrow"),
    ("RUS", "defence_minister", "2022-02-24", "Sergej Schoigu"),
    ("RUS", "defence_minister", "2024-06-01", "Andrej Beloussow"),
    # United States (the president answers the head-of-government question too)
    ("USA", "head_of_state", "2017-01-19", "Barack Obama"),
    ("USA", "head_of_state", "2017-06-01", "Donald Trump"),
    ("USA", "head_of_state", "2021-01-20", "Joe Biden"),
    ("USA", "head_of_state", "2025-01-20", "Donald Trump"),
    ("USA", "head_of_government", "2013-01-01", "Barack Obama"),
    ("USA", "foreign_minister", "2014-01-01", "John Kerry"),
    ("USA", "foreign_minister", "2019-01-01", "Mike Pompeo"),
    ("USA", "defence_minister", "2003-03-20", "Donald Rumsfeld"),
    # United Kingdom: the prime ministers 2016-2022, each change on both sides
    ("GBR", "head_of_government", "2016-07-12", "David Cameron"),
    ("GBR", "head_of_government", "2016-07-13", "Theresa May"),
    ("GBR", "head_of_government", "2019-07-23", "Theresa May"),
    ("GBR", "head_of_government", "2019-07-24", "Boris Johnson"),
    ("GBR", "head_of_government", "2022-09-05", "Boris Johnson"),
    ("GBR", "head_of_government", "2022-09-06", "Liz Truss"),
    ("GBR", "head_of_government", "2022-10-24", "Liz Truss"),
    ("GBR", "head_of_government", "2022-10-25", "Rishi Sunak"),
    ("GBR", "head_of_government", "2024-07-05", "Keir Starmer"),
    ("GBR", "head_of_state", "2022-09-07", "Elizabeth II."),
    ("GBR", "head_of_state", "2022-09-08", "Charles III."),
    ("GBR", "foreign_minister", "2017-01-01", "Boris Johnson"),
    # Italy
    ("ITA", "head_of_government", "2010-01-01", "Silvio Berlusconi"),
    ("ITA", "head_of_government", "2012-01-01", "Mario Monti"),
    ("ITA", "head_of_government", "2015-01-01", "Matteo Renzi"),
    ("ITA", "head_of_government", "2019-01-01", "Giuseppe Conte"),
    ("ITA", "head_of_government", "2022-01-01", "Mario Draghi"),
    ("ITA", "head_of_government", "2023-01-01", "Giorgia Meloni"),
    ("ITA", "head_of_state", "2010-01-01", "Giorgio Napolitano"),
    ("ITA", "head_of_state", "2020-01-01", "Sergio Mattarella"),
    # Syria: Assad fled on 2024-12-08; al-Scharaa was de-facto ruler (an `official` role,
    # not head of state) until he was named transitional president on 2025-01-29
    ("SYR", "head_of_state", "1999-01-01", "Hafis al-Assad"),
    ("SYR", "head_of_state", "2020-01-07", "Baschar al-Assad"),
    ("SYR", "head_of_state", "2024-12-07", "Baschar al-Assad"),
    ("SYR", "head_of_state", "2024-12-08", None),
    ("SYR", "head_of_state", "2024-12-20", None),
    ("SYR", "head_of_state", "2025-02-01", "Ahmed al-Scharaa"),
    ("SYR", "head_of_government", "2025-01-15", "Mohammed al-Baschir"),
    ("SYR", "foreign_minister", "2015-01-01", "Walid al-Muallim"),
    # Iran: the Supreme Leader is head of state, the president heads the government
    ("IRN", "head_of_state", "2010-01-01", "Ali Chamenei"),
    ("IRN", "head_of_government", "2010-01-01", "Mahmud Ahmadinedschad"),
    ("IRN", "head_of_government", "2015-07-14", "Hassan Rohani"),
    ("IRN", "head_of_government", "2022-01-01", "Ebrahim Raisi"),
    ("IRN", "head_of_government", "2024-09-01", "Massud Peseschkian"),
    ("IRN", "foreign_minister", "2015-07-14", "Mohammed Dschawad Sarif"),
    # Israel
    ("ISR", "head_of_government", "2005-01-01", "Ariel Scharon"),
    ("ISR", "head_of_government", "2008-01-01", "Ehud Olmert"),
    ("ISR", "head_of_government", "2015-01-01", "Benjamin Netanjahu"),
    ("ISR", "head_of_government", "2021-06-13", "Naftali Bennett"),
    ("ISR", "head_of_government", "2022-08-01", "Jair Lapid"),
    ("ISR", "head_of_government", "2023-10-07", "Benjamin Netanjahu"),
    ("ISR", "head_of_state", "2010-01-01", "Schimon Peres"),
    ("ISR", "head_of_state", "2023-10-07", "Izchak Herzog"),
    ("ISR", "defence_minister", "2023-10-07", "Joav Galant"),
    # Turkey: the office of prime minister was abolished on 2018-07-09; the president heads the government
    ("TUR", "head_of_state", "2010-01-01", "Abdullah Gül"),
    ("TUR", "head_of_state", "2016-07-15", "Recep Tayyip Erdoğan"),
    ("TUR", "head_of_government", "2010-01-01", "Recep Tayyip Erdoğan"),
    ("TUR", "head_of_government", "2015-01-01", "Ahmet Davutoğlu"),
    ("TUR", "head_of_government", "2017-01-01", "Binali Yıldırım"),
    ("TUR", "head_of_government", "2020-01-01", "Recep Tayyip Erdoğan"),
    ("TUR", "foreign_minister", "2020-01-01", "Mevlüt Çavuşoğlu"),
    # Ukraine
    ("UKR", "head_of_state", "2013-11-21", "Viktor Janukowitsch"),
    ("UKR", "head_of_state", "2014-03-01", "Oleksandr Turtschynow"),
    ("UKR", "head_of_state", "2015-01-01", "Petro Poroschenko"),
    ("UKR", "head_of_state", "2022-02-24", "Wolodymyr Selenskyj"),
    ("UKR", "head_of_government", "2015-01-01", "Arsenij Jazenjuk"),
    ("UKR", "head_of_government", "2022-02-24", "Denys Schmyhal"),
    ("UKR", "foreign_minister", "2022-02-24", "Dmytro Kuleba"),
    # the other G20 states
    ("CHN", "head_of_state", "2010-01-01", "Hu Jintao"),
    ("CHN", "head_of_state", "2020-01-01", "Xi Jinping"),
    ("CHN", "head_of_government", "2020-01-01", "Li Keqiang"),
    ("CHN", "head_of_government", "2024-01-01", "Li Qiang"),
    ("IND", "head_of_government", "2010-01-01", "Manmohan Singh"),
    ("IND", "head_of_government", "2020-01-01", "Narendra Modi"),
    ("JPN", "head_of_government", "2015-01-01", "Shinzo Abe"),
    ("JPN", "head_of_government", "2022-07-08", "Fumio Kishida"),
    ("BRA", "head_of_state", "2020-01-01", "Jair Bolsonaro"),
    ("BRA", "head_of_state", "2024-01-01", "Luiz Inácio Lula da Silva"),
    ("CAN", "head_of_government", "2010-01-01", "Stephen Harper"),
    ("CAN", "head_of_government", "2020-01-01", "Justin Trudeau"),
    ("AUS", "head_of_government", "2020-01-01", "Scott Morrison"),
    ("ARG", "head_of_state", "2024-01-01", "Javier Milei"),
    ("MEX", "head_of_state", "2020-01-01", "Andrés Manuel López Obrador"),
    ("IDN", "head_of_state", "2020-01-01", "Joko Widodo"),
    ("KOR", "head_of_state", "2020-01-01", "Moon Jae In"),
    ("ZAF", "head_of_state", "2015-01-01", "Jacob Zuma"),
    ("ZAF", "head_of_state", "2020-01-01", "Cyril Ramaphosa"),
    # Saudi Arabia: the king was also prime minister until he named his son on 2022-09-27
    ("SAU", "head_of_state", "2020-01-01", "Salman bin Abdulasis"),
    ("SAU", "head_of_government", "2020-01-01", "Salman bin Abdulasis"),
    ("SAU", "head_of_government", "2023-01-01", "Mohammed bin Salman"),
    # more of the Middle East and Afghanistan
    ("EGY", "head_of_state", "2012-12-01", "Mohammed Mursi"),
    ("EGY", "head_of_state", "2020-01-01", "Abdel Fattah al-Sisi"),
    ("PSE", "head_of_state", "2010-01-01", "Mahmud Abbas"),
    ("AFG", "head_of_state", "2010-01-01", "Hamid Karsai"),
    ("AFG", "head_of_state", "2021-08-14", "Aschraf Ghani"),
    ("AFG", "head_of_state", "2022-01-01", "Haibatullah Achundsada"),
    # UN, NATO, EU
    ("un", "secretary_general", "2005-01-01", "Kofi Annan"),
    ("un", "secretary_general", "2010-01-01", "Ban Ki Moon"),
    ("un", "secretary_general", "2016-12-31", "Ban Ki Moon"),
    ("un", "secretary_general", "2017-01-01", "António Guterres"),
    ("nato", "secretary_general", "2012-01-01", "Anders Fogh Rasmussen"),
    ("nato", "secretary_general", "2022-02-24", "Jens Stoltenberg"),
    ("nato", "secretary_general", "2024-10-01", "Mark Rutte"),
    ("eu", "foreign_minister", "2012-01-01", "Catherine Ashton"),
    ("eu", "foreign_minister", "2016-01-01", "Federica Mogherini"),
    ("eu", "foreign_minister", "2022-01-01", "Josep Borrell"),
    ("eu", "foreign_minister", "2025-01-01", "Kaja Kallas"),
    # armed groups
    ("hezbollah", "leader", "2006-07-12", "Hassan Nasrallah"),
    ("hezbollah", "leader", "2024-10-15", None),  # Nasrallah killed 09-27, Kassem elected 10-29
    ("hamas", "leader", "2020-01-01", "Ismail Hanija"),
    ("islamic-state", "leader", "2015-01-01", "Abu Bakr al-Baghdadi"),
    ("al-qaida", "leader", "2015-01-01", "Aiman al-Sawahiri"),
    ("taliban", "leader", "2018-01-01", "Haibatullah Achundsada"),
    ("hayat-tahrir-al-sham", "leader", "2020-01-01", "Ahmed al-Scharaa"),
]


def test_facts_table_is_large():
    assert len(FACTS) >= 60
    assert len({(w, o, d) for w, o, d, _ in FACTS}) == len(FACTS)


@pytest.mark.parametrize("where, office, day, expected", FACTS, ids=[f"{w}-{o}-{d}" for w, o, d, _ in FACTS])
def test_office_holder(kb, where, office, day, expected):
    holder = kb.holder(where, office, D(day))
    assert (holder.name if holder else None) == expected


#: UN special envoys for Syria (`envoy` has several holders at a time, so ask the roles):
#: (day, the KB id of the envoy then, or None in a vacancy)
SYRIA_ENVOYS = [
    ("2012-05-01", "kofi-annan"),
    ("2013-06-01", "lakhdar-brahimi"),
    ("2014-06-15", None),  # Brahimi left on 2014-05-31, de Mistura came on 2014-07-10
    ("2016-02-01", "staffan-de-mistura"),
    ("2020-01-01", "geir-pedersen"),
    ("2024-12-20", "geir-pedersen"),
]


@pytest.mark.parametrize("day, expected", SYRIA_ENVOYS)
def test_un_syria_envoy(entries, day, expected):
    envoys = {e.id for e, _, r in _roles(entries)
              if r.org == "un" and r.office == "envoy" and "Syrien" in (r.title or "") and r.covers(D(day))}
    assert envoys == ({expected} if expected else set())


#: (entry id, day, expected (country, sector) of the role held that day)
SECTOR_FACTS = [
    ("hayat-tahrir-al-sham", "2020-01-01", ("SYR", "REB")),
    ("hayat-tahrir-al-sham", "2024-12-07", ("SYR", "REB")),
    ("hayat-tahrir-al-sham", "2024-12-08", ("SYR", "GOV")),
    ("hayat-tahrir-al-sham", "2025-01-01", ("SYR", "GOV")),
    ("taliban", "2000-01-01", ("AFG", "GOV")),
    ("taliban", "2010-01-01", ("AFG", "REB")),
    ("taliban", "2021-08-14", ("AFG", "REB")),
    ("taliban", "2021-08-15", ("AFG", "GOV")),
    ("baschar-al-assad", "2020-01-07", ("SYR", "GOV")),
    ("ahmed-al-scharaa", "2020-01-01", (None, "REB")),
    ("ahmed-al-scharaa", "2025-02-01", ("SYR", "GOV")),
]


@pytest.mark.parametrize("entry_id, day, expected", SECTOR_FACTS)
def test_role_at(by_id, entry_id, day, expected):
    entry = by_id[entry_id]
    assert entry.holds_at(D(day))
    role = entry.role_at(D(day))
    assert (role.country, role.sector) == expected


def test_assad_holds_nothing_after_his_fall(by_id):
    assad = by_id["baschar-al-assad"]
    assert assad.role_at(D("2020-01-07")).office == "head_of_state"
    assert not assad.holds_at(D("2024-12-20"))
    assert not [r for r in assad.roles if r.covers(D("2024-12-20"))]


def test_al_scharaa_was_de_facto_ruler_not_head_of_state(by_id):
    roles = [r for r in by_id["ahmed-al-scharaa"].roles if r.country == "SYR" and r.covers(D("2024-12-20"))]
    assert [(r.sector, r.office) for r in roles] == [("GOV", "official")]


# ---------------------------------------------------------------------------
# 5. The phrase index
# ---------------------------------------------------------------------------

#: (German surface form, expected entry id, how it is indexed, whether that entry is its only reading)
PHRASES = [
    ("Russland", "rus", "name", True),
    ("Russlands", "rus", "genitive", True),
    ("Moskau", "rus", "metonym", True),
    ("Moskaus", "rus", "metonym", True),
    ("Kreml", "rus", "metonym", True),
    ("Kremls", "rus", "metonym", True),
    ("Russischen Föderation", "rus", "name", True),
    ("Assad", "baschar-al-assad", "surname", False),  # also his father, brother, wife
    ("Assads", "baschar-al-assad", "genitive", False),
    ("Baschar al-Assad", "baschar-al-assad", "name", True),
    ("Erdogan", "recep-tayyip-erdogan", "surname", True),
    ("Erdoğan", "recep-tayyip-erdogan", "surname", True),
    ("Erdogans", "recep-tayyip-erdogan", "genitive", True),
    ("Selenskyj", "wolodymyr-selenskyj", "surname", True),
    ("Selenskyjs", "wolodymyr-selenskyj", "genitive", True),
    ("Putins", "wladimir-putin", "genitive", True),
    ("Peskow", "dmitri-peskow", "surname", True),
    ("Lawrow", "sergej-lawrow", "surname", True),
    ("Merkel", "angela-merkel", "surname", True),
    ("Netanjahu", "benjamin-netanjahu", "surname", True),
    ("Trumps", "donald-trump", "genitive", True),
    ("Guterres", "antonio-guterres", "surname", True),
    ("Chamenei", "ali-chamenei", "surname", True),
    ("al-Scharaa", "ahmed-al-scharaa", "surname", False),  # also Faruk al-Scharaa
    ("Dscholani", "ahmed-al-scharaa", "surname", True),
    ("Vereinigten Staaten", "usa", "name", True),
    ("USA", "usa", "name", True),
    ("Washington", "usa", "metonym", True),
    ("Weißen Hauses", "usa", "metonym", True),
    ("Weiße Haus", "usa", "metonym", True),
    ("Damaskus", "syr", "metonym", True),
    ("Syriens", "syr", "genitive", True),
    ("Teheran", "irn", "metonym", True),
    ("Ankara", "tur", "metonym", True),
    ("Türkei", "tur", "name", True),
    ("Peking", "chn", "metonym", True),
    ("Kiew", "ukr", "metonym", False),  # also the city
    ("Kiew", "kyiv", "name", False),
    ("UN-Sicherheitsrat", "un-security-council", "name", True),
    ("UN-Sicherheitsrats", "un-security-council", "genitive", True),
    ("Nato", "nato", "name", True),
    ("NATO", "nato", "name", True),
    ("Europäischen Union", "eu", "name", True),
    ("Pentagon", "us-department-of-defense", "name", True),
    ("Hisbollah", "hezbollah", "name", True),
    ("Hamas", "hamas", "name", True),
    ("HTS", "hayat-tahrir-al-sham", "name", True),
    ("Taliban", "taliban", "name", True),
    ("Islamischer Staat", "islamic-state", "name", True),
    ("Hamaimim", "hmeimim-air-base", "name", True),
    ("Chmeimim", "hmeimim-air-base", "name", True),
    ("Hmeimim", "hmeimim-air-base", "name", True),
    ("Idlib", "idlib-province", "name", True),
    ("Golanhöhen", "golan-heights", "name", True),
]


def test_phrase_table_is_large():
    assert len(PHRASES) >= 30


@pytest.mark.parametrize("form, expected, how, sole", PHRASES, ids=[f"{p[0]}->{p[1]}" for p in PHRASES])
def test_phrase(kb, form, expected, how, sole):
    forms = kb.phrases.get(tuple(word_tokens(form)), ())
    assert (expected, how) in [(f.entry_id, f.how) for f in forms], forms
    if sole:
        assert {f.entry_id for f in forms} == {expected}, forms


def test_hmeimim_spellings_are_one_place(kb):
    ids = {f.entry_id for form in ("Hamaimim", "Chmeimim", "Hmeimim", "Khmeimim")
           for f in kb.phrases[tuple(word_tokens(form))]}
    assert ids == {"hmeimim-air-base"}
    assert kb.entries["hmeimim-air-base"].kind == "place"


@pytest.mark.parametrize("adjective, expected", [
    ("russische", "rus"), ("russischen", "rus"), ("syrischen", "syr"), ("türkische", "tur"),
    ("US-amerikanischen", "usa"), ("israelische", "isr"), ("iranischen", "irn"), ("ukrainischen", "ukr"),
])
def test_adjectives(kb, adjective, expected):
    assert kb.adjectives.get(adjective) == expected


def test_genitive_not_added_where_disabled(kb):
    # die Türkei: no "Türkeis"; die Ukraine: no "Ukraines"
    assert ("Türkeis",) not in kb.phrases
    assert ("Ukraines",) not in kb.phrases
