"""Import people with dated roles from Wikidata JSON into the knowledge base (``chronik kb import``).

Entity JSON (EntityData, wbgetentities, entity lists, the dump's one-entity-per-line layout): the
``P39`` statements of humans, dated by ``P580``/``P582``; other entities in the file lend labels,
``P17``/``P1001`` and ``P298``.  SPARQL JSON results: ``person``, ``personLabel``, ``position``,
``positionLabel``, ``start``, ``end``; optional ``iso3``, ``country``, ``aliases``/``personAltLabel``,
``startPrecision``/``endPrecision``, ``gender``.  Positions missing from ``data/wikidata_positions.yaml``
become ``official`` (GOV) under their German label in the country of a P17/P1001 qualifier, the
position's P17/P1001 or ``iso3``/``country``; an open role of a dead person (``P570``) ends that day.
"""

from __future__ import annotations

import calendar
import copy
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from chronik.errors import InputError, ResourceError, UnknownFormatError

DATA_DIR = Path(__file__).resolve().parent / "data"
POSITIONS_FILE = DATA_DIR / "wikidata_positions.yaml"
STATES_FILE = DATA_DIR / "states.yaml"
SINGLE_HOLDER = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                           "interior_minister", "secretary_general", "leader"})
LABEL_LANGUAGES = ("de", "mul", "en")
FEMALE = frozenset({"Q6581072"})
PERSON_KEYS = ("id", "qid", "name", "aliases", "roles")
ROLE_KEYS = ("country", "org", "sector", "office", "title", "from", "to")
_ITEM = re.compile(r"(?:https?://www\.wikidata\.org/(?:entity|wiki)/)?(Q[1-9]\d*)")
_TIME = re.compile(r"([+-]?)(\d+)-(\d\d)-(\d\d)(?:T|$)")
_ISO3 = re.compile(r"[A-Za-z]{3}")
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
                                  "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ø": "o", "Ø": "O", "ł": "l",
                                  "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "þ": "th", "'": "", "’": ""})


@dataclass(frozen=True)
class ImportResult:
    """The people read from one file, and one warning (naming where and why) per thing skipped."""

    people: list[dict]
    warnings: list[str]


def parse_wikidata(path: Path) -> ImportResult:
    """KB people from entity JSON or SPARQL results; InputError (file:line) for malformed JSON."""
    state = _Import(*position_table())
    entities: list[tuple[str, dict]] = []
    results: list[tuple[str, dict]] = []  # (where, document)
    for where, document in _documents(Path(path)):
        _classify(where, document, entities, results, state.warnings)
    if not entities and not results:
        raise UnknownFormatError(f"{path}: neither Wikidata entity JSON nor SPARQL JSON results")
    state.learn(entity for _, entity in entities)
    for where, document in results:
        for number, binding in enumerate(_as(document["results"].get("bindings"), list), 1):
            _read_binding(f"{where}: result {number}", _as(binding, dict), state)
    for where, entity in entities:
        _read_entity(where, entity, state)
    return ImportResult(people=state.finished(), warnings=state.warnings)


def merge_people(existing: list[dict], imported: list[dict]) -> list[dict]:
    """Merge by QID (inputs unchanged): known people keep id and names and gain roles; new ones appended."""
    merged = [copy.deepcopy(person) for person in existing]
    by_qid = {person["qid"]: person for person in merged if person.get("qid")}
    taken = {str(person.get("id")) for person in merged}
    for person in imported:
        if person.get("qid") in by_qid:
            _add_roles(by_qid[person["qid"]], person.get("roles") or [])
            continue
        new = copy.deepcopy(person)
        new["id"] = _free_id(new.get("id") or slugify(new.get("name", "")), new.get("qid"), taken)
        taken.add(new["id"])
        merged.append(new)
        by_qid.update({new["qid"]: new} if new.get("qid") else {})
    return merged


def to_yaml(people: Iterable[dict]) -> str:
    """People entries as YAML in the style of docs/kb.md: block mappings, one flow mapping per role."""
    ordered = []
    for person in people:
        entry = {**{key: person[key] for key in PERSON_KEYS if key in person}, **person}
        if isinstance(roles := entry.get("roles"), list):
            entry["roles"] = [{**{key: r[key] for key in ROLE_KEYS if key in r}, **r} for r in roles]
        ordered.append(entry)
    return yaml.dump(ordered, Dumper=_Dumper, default_flow_style=None, sort_keys=False, allow_unicode=True,
                     width=1 << 30)


def slugify(text: str) -> str:
    """An id slug: ASCII (umlauts as ae/oe/ue, ß as ss), lower case, words joined by ``-``."""
    text = unicodedata.normalize("NFC", text).translate(_TRANSLITERATION)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def wikidata_date(time: str, precision: int = 11, *, end: bool = False) -> date | None:
    """``+2000-05-07T00:00:00Z`` at precision 11/10/9 (day/month/year: its first day, last if ``end``)."""
    match = _TIME.match(time.strip())
    if not match or match[1] == "-" or precision < 9:
        return None
    year, month, day = int(match[2]), int(match[3]), int(match[4])
    try:
        if precision >= 11 and month and day:
            return date(year, month, day)
        if precision >= 10 and month:
            return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return date(year, 12, 31) if end else date(year, 1, 1)
    except (ValueError, OverflowError):
        return None


@cache
def position_table() -> tuple[dict[str, dict], dict[str, str]]:
    """(position QID -> role fields, country QID -> ISO alpha-3): wikidata_positions.yaml, states.yaml."""
    try:
        table = _as(yaml.safe_load(POSITIONS_FILE.read_text(encoding="utf-8")), dict)
        states = yaml.safe_load(STATES_FILE.read_text(encoding="utf-8")) if STATES_FILE.exists() else []
    except (OSError, yaml.YAMLError) as error:
        raise ResourceError(f"{POSITIONS_FILE.name} or {STATES_FILE.name} unusable: {error}") from None
    states = [_as(state, dict) for state in _as(states, list)]
    countries = {state["qid"]: state["iso3"] for state in states
                 if isinstance(state.get("qid"), str) and isinstance(state.get("iso3"), str)}
    countries.update({str(qid): str(iso3) for qid, iso3 in _as(table.get("countries"), dict).items()})
    positions = {str(qid): _as(fields, dict) for qid, fields in _as(table.get("positions"), dict).items()}
    return positions, countries


def _documents(path: Path) -> Iterator[tuple[str, Any]]:
    """(where, parsed JSON) per document: one per line (dump layout, JSON lines), else the whole file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the file as UTF-8 text: {error}") from None
    lines = [(number, line.strip().removesuffix(",")) for number, line in enumerate(text.splitlines(), 1)]
    lines = [(number, line) for number, line in lines if line not in ("", "[", "]")]
    if not lines:
        raise UnknownFormatError(f"{path}: the file holds no JSON")
    one_per_line = lines[0][1][:1] + lines[0][1][-1:] == "{}" and (len(lines) > 1 or text.lstrip()[:1] == "[")
    for number, chunk in lines if one_per_line else [(None, text)]:
        try:
            yield (f"{path}:{number}" if number else str(path)), json.loads(chunk)
        except json.JSONDecodeError as error:
            line = number or error.lineno
            raise InputError(f"{path}:{line}: malformed JSON: {error.msg} (column {error.colno})") from None


def _classify(where: str, document: Any, entities: list, results: list, warnings: list[str]) -> None:
    """Sort a document into entities or SPARQL results; warn about anything else."""
    if isinstance(document, list):
        for item in document:
            _classify(where, item, entities, results, warnings)
    elif isinstance(document, dict) and "head" in document and isinstance(document.get("results"), dict):
        results.append((where, document))
    elif isinstance(document, dict) and isinstance(document.get("entities"), dict):
        _classify(where, list(document["entities"].values()), entities, results, warnings)
    elif (isinstance(document, dict) and isinstance(document.get("id"), str) and "missing" not in document
          and ("claims" in document or "labels" in document)):
        entities.append((where, document))
    else:
        warnings.append(f"{where}: skipped: neither a Wikidata entity nor SPARQL results")


def _read_entity(where: str, entity: dict, state: _Import) -> None:
    """Add a human (P31 Q5, or no P31 but P39) and the roles of its P39 statements."""
    qid, claims = entity["id"], _as(entity.get("claims"), dict)
    kinds = _values(claims.get("P31"), items=True)
    if "Q5" not in kinds and (kinds or not claims.get("P39")):
        return
    ref, name = f"{where} ({qid})", state.labels.get(qid)
    if not name:
        state.warnings.append(f"{ref}: skipped: no de, mul or en label")
        return
    labels, aliases = _as(entity.get("labels"), dict), _as(entity.get("aliases"), dict)
    names = [_as(labels.get(language), dict).get("value") for language in LABEL_LANGUAGES]
    names += [_as(alias, dict).get("value") for language in LABEL_LANGUAGES
              for alias in _as(aliases.get(language), list)]
    person = state.person(ref, qid, name, [text for text in names if isinstance(text, str)])
    death = _time(next(iter(_values(claims.get("P570"))), None), "P570", end=True)[0]
    female = bool(FEMALE.intersection(_values(claims.get("P21"), items=True)))
    for statement in (_as(item, dict) for item in _as(claims.get("P39"), list)):
        position = next(iter(_values([statement], items=True)), None)
        if position is not None:
            state.add_claim(ref, person, _statement_claim(position, statement, state, death), female)


def _statement_claim(position: str, statement: dict, state: _Import, death: date | None) -> dict:
    """The claim (position, label, country, start, end, problem) of one P39 statement."""
    qualifiers = _as(statement.get("qualifiers"), dict)
    start, start_problem = _qualifier_date(qualifiers, "P580", end=False)
    end, end_problem = _qualifier_date(qualifiers, "P582", end=True)
    if end is None and end_problem is None and start is not None and death is not None:
        end = death
    places = [*_values(qualifiers.get("P17"), items=True), *_values(qualifiers.get("P1001"), items=True),
              *state.places.get(position, [])]
    country = next((state.countries[place] for place in places if place in state.countries), None)
    return {"position": position, "label": state.labels.get(position), "country": country,
            "start": start, "end": end, "problem": start_problem or end_problem}


def _qualifier_date(qualifiers: dict, prop: str, *, end: bool) -> tuple[date | None, str | None]:
    """(date, None); (None, None) when absent; (None, problem) when unusable or an unknown end."""
    snaks = [_as(snak, dict) for snak in _as(qualifiers.get(prop), list)]
    if end and snaks and snaks[0].get("snaktype") == "somevalue":
        return None, f"unknown end time ({prop})"
    return _time(next(iter(_values(snaks)), None), prop, end=end)


def _time(value: Any, what: str, *, end: bool) -> tuple[date | None, str | None]:
    """The date of a time value (``time``, ``precision``): (date, None), (None, None), (None, problem)."""
    if not (value := _as(value, dict)):
        return None, None
    try:
        day = wikidata_date(str(value.get("time")), int(value.get("precision", 11)), end=end)
    except (TypeError, ValueError):
        day = None
    problem = f"unusable {what} {value.get('time')!r} (precision {value.get('precision')})"
    return (day, None) if day else (None, problem)


def _values(statements: Any, *, items: bool = False) -> list[Any]:
    """Values of the statements (or qualifier snaks) not deprecated and with one; item ids if ``items``."""
    snaks = [_as(item, dict) for item in _as(statements, list) if _as(item, dict).get("rank") != "deprecated"]
    snaks = [_as(snak.get("mainsnak", snak), dict) for snak in snaks]
    values = [_as(snak.get("datavalue"), dict).get("value") for snak in snaks
              if snak.get("snaktype") == "value"]
    return [str(value["id"]) for value in values if _as(value, dict).get("id")] if items else values


def _as(value: Any, kind: type) -> Any:
    """``value`` if of ``kind`` (dict, list), else an empty one (Wikibase writes empty maps as ``[]``)."""
    return value if isinstance(value, kind) else kind()


def _read_binding(ref: str, binding: dict, state: _Import) -> None:
    """Add one SPARQL result row: its person, and its position unless the row has none."""
    qid = _item(_cell(binding, "person"))
    if qid is None:
        state.warnings.append(f"{ref}: skipped: no person item")
        return
    ref, name = f"{ref} ({qid})", (_cell(binding, "personLabel") or "").strip()
    if not name or _item(name):
        state.warnings.append(f"{ref}: skipped: no German or English label")
        return
    names = re.split(r"[,;|]", _cell(binding, "aliases") or _cell(binding, "personAltLabel") or "")
    person = state.person(ref, qid, name, names)
    if position := _item(_cell(binding, "position")):
        (start, start_problem), (end, end_problem) = (_binding_date(binding, var) for var in ("start", "end"))
        label = (_cell(binding, "positionLabel") or "").strip()
        claim = {"position": position, "label": None if not label or _item(label) else label,
                 "country": _binding_country(binding, state), "start": start, "end": end,
                 "problem": start_problem or end_problem}
        state.add_claim(ref, person, claim, _item(_cell(binding, "gender")) in FEMALE)


def _binding_date(binding: dict, var: str) -> tuple[date | None, str | None]:
    """Like ``_qualifier_date`` for the variable ``start`` or ``end`` (a blank node: unknown value)."""
    cell = _as(binding.get(var), dict)
    if not cell or cell.get("type") == "bnode":
        return None, ("unknown end time" if cell and var == "end" else None)
    precision = _cell(binding, f"{var}Precision") or 11
    return _time({"time": cell.get("value"), "precision": precision}, var, end=var == "end")


def _binding_country(binding: dict, state: _Import) -> str | None:
    """ISO alpha-3 from ``iso3``, else from ``country`` (a code or a country item)."""
    for value in ((_cell(binding, var) or "").strip() for var in ("iso3", "country")):
        if _ISO3.fullmatch(value) or _item(value) in state.countries:
            return value.upper() if _ISO3.fullmatch(value) else state.countries[str(_item(value))]
    return None


def _cell(binding: dict, var: str) -> str | None:
    """The value of a result variable, or None when unbound."""
    value = _as(binding.get(var), dict).get("value")
    return None if value is None else str(value)


def _item(text: str | None) -> str | None:
    """The QID of ``Q7747`` or ``http://www.wikidata.org/entity/Q7747``, else None."""
    match = _ITEM.fullmatch(text.strip()) if text else None
    return match[1] if match else None


class _Import:
    """One import: what the file tells about items, the people by QID (first-seen order), the warnings."""

    def __init__(self, positions: dict[str, dict], countries: dict[str, str]) -> None:
        """Start with the position table and nothing read yet."""
        self.positions, self.countries = positions, dict(countries)
        self.labels, self.refs, self.places, self.by_qid = {}, {}, {}, {}  # QID -> label, ref, places, entry
        self.warnings: list[str] = []

    def learn(self, entities: Iterable[dict]) -> None:
        """Note every entity's label (de, mul, en), P17/P1001 (of positions) and P298 (of countries)."""
        for entity in entities:
            qid, claims = entity["id"], _as(entity.get("claims"), dict)
            labels = _as(entity.get("labels"), dict)
            values = [_as(labels.get(language), dict).get("value") for language in LABEL_LANGUAGES]
            if label := next((text.strip() for text in values if isinstance(text, str) and text.strip()), ""):
                self.labels[qid] = label
            iso3 = next((value for value in _values(claims.get("P298")) if isinstance(value, str)), "")
            if _ISO3.fullmatch(iso3):
                self.countries.setdefault(qid, iso3.upper())
            places = [_values(claims.get(prop), items=True) for prop in ("P17", "P1001")]
            self.places[qid] = places[0] + places[1]

    def person(self, ref: str, qid: str, name: str, names: Iterable[str]) -> dict:
        """The entry for ``qid`` (made on first sight); ``names`` but its name and surname become aliases."""
        entry = self.by_qid.setdefault(qid, {"qid": qid, "name": name, "aliases": [], "roles": []})
        self.refs.setdefault(qid, ref)
        for alias in (" ".join(text.split()) for text in names):
            surname = entry["name"].split()[-1]
            if alias and alias not in (entry["name"], surname, *entry["aliases"]) and not _item(alias):
                entry["aliases"].append(alias)
        return entry

    def add_claim(self, ref: str, entry: dict, claim: dict, female: bool) -> None:
        """Add the claim's role to ``entry``, or warn why it cannot be one."""
        mapped, start, end = self.positions.get(claim["position"]), claim["start"], claim["end"]
        problem = claim["problem"] or (None if start or end else "no start or end time")
        if not problem and start and end and start >= end:
            problem = f"start {start} is not before end {end}"
        if not problem and not mapped and not (claim["country"] and claim["label"]):
            problem = "not in wikidata_positions.yaml and no " + ("label" if claim["country"] else "country")
        if problem:
            self.warnings.append(f"{ref}: position {claim['position']} skipped: {problem}")
            return
        fields = {key: mapped[key] for key in ROLE_KEYS[:5] if key in mapped} if mapped else {
            "country": claim["country"], "sector": "GOV", "office": "official", "title": claim["label"]}
        if mapped and female and mapped.get("title_female"):
            fields["title"] = mapped["title_female"]
        role = {**fields, "from": start, "to": end}
        entry["roles"] += [] if role in entry["roles"] else [role]

    def finished(self) -> list[dict]:
        """The entries with roles (sorted), with unique ids; a warning for each one without."""
        people: list[dict] = []
        taken: set[str] = set()
        for qid, entry in self.by_qid.items():
            if not entry["roles"]:
                self.warnings.append(f"{self.refs[qid]}: {entry['name']} skipped: no usable position held")
                continue
            entry["roles"].sort(key=_period)
            taken.add(entry_id := _free_id(slugify(entry["name"]) or qid.lower(), qid, taken))
            people.append({"id": entry_id, **entry})
        return people


def _free_id(base: str, qid: str | None, taken: set[str]) -> str:
    """``base``, else ``base-<qid>``, else ``base-<n>``: the first not in ``taken``."""
    candidates = [base] + ([f"{base}-{qid.lower()}"] if qid else [])
    candidates += [f"{base}-{number}" for number in range(2, len(taken) + 3)]
    return next(candidate for candidate in candidates if candidate not in taken)


def _add_roles(target: dict, roles: list[dict]) -> None:
    """Append the roles ``target`` lacks (see ``_same_role``; existing roles win), then sort by date."""
    known = target.setdefault("roles", [])
    new = [copy.deepcopy(role) for role in roles if not any(_same_role(role, old) for old in known)]
    if new:
        known.extend(new)
        known.sort(key=_period)


def _same_role(a: dict, b: dict) -> bool:
    """Same place, and the same period or (the same single-holder office) overlapping periods."""
    if any(a.get(key) != b.get(key) for key in ("country", "org")):
        return False
    (a_from, a_to), (b_from, b_to) = _period(a), _period(b)
    overlap = a.get("office") == b.get("office") in SINGLE_HOLDER and a_from < b_to and b_from < a_to
    return overlap or (a_from, a_to) == (b_from, b_to)


def _period(role: dict) -> tuple[date, date]:
    """``from`` and ``to`` (dates, datetimes or ISO text) as dates, open ends date.min / date.max."""
    start, end = (str(role.get(key))[:10] for key in ("from", "to"))
    return (date.fromisoformat(start) if start[:1].isdigit() else date.min,
            date.fromisoformat(end) if end[:1].isdigit() else date.max)


class _Dumper(yaml.SafeDumper):
    """Safe YAML with block sequences indented under their key, as in docs/kb.md."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        """Never indentless."""
        return super().increase_indent(flow, False)
