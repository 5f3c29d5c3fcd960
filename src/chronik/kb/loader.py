"""Read and validate the knowledge-base YAML (docs/kb.md) into :class:`Entry` records.

Files: ``states.yaml``, ``organisations.yaml``, ``places.yaml`` and
``people/*.yaml`` under the bundled ``kb/data`` folder, then the same names
under each user folder (``CHRONIK_KB_DIR``; a user folder may also hold any
other ``*.yaml`` of people).  Any problem raises :class:`ResourceError` naming
file, entry and key.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import yaml

from chronik.errors import ResourceError
from chronik.kb.entries import OFFICES, SECTORS, Entry, Role

#: libyaml's parser where PyYAML has it (about 10x faster), else the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_KIND_OF_FILE = {"states.yaml": "state", "organisations.yaml": "organisation", "places.yaml": "place"}

def bundled_kb_dir() -> Path:
    """The ``kb/data`` folder inside the installed package."""
    return Path(str(importlib_resources.files("chronik") / "kb" / "data"))

def kb_files(folder: Path) -> Iterator[tuple[Path, str]]:
    """``(path, kind)`` of every KB file in ``folder``, in a stable order."""
    for name, kind in _KIND_OF_FILE.items():
        if (folder / name).is_file():
            yield folder / name, kind
    for sub, kind in (("organisations", "organisation"), ("places", "place")):
        for path in sorted((folder / sub).glob("*.yaml")) if (folder / sub).is_dir() else []:
            yield path, kind
    people = sorted((folder / "people").glob("*.yaml")) if (folder / "people").is_dir() else []
    others = sorted(p for p in folder.glob("*.yaml") if p.name not in _KIND_OF_FILE and not p.name.startswith("wikidata_"))
    for path in people + others:
        yield path, "person"

def load_entries(folders: list[Path]) -> list[Entry]:
    """Every entry of every KB file under ``folders`` (bundled first).

    Ids are unique within the first (bundled) folder: a repeated id there is
    an error naming both files.  An entry of a later (user) folder whose id
    or QID is already known extends that entry with its names and roles
    (that is how ``chronik kb import`` adds roles to known people).
    """
    entries: dict[str, Entry] = {}
    seen: dict[str, Path] = {}
    by_qid: dict[str, str] = {}
    for number, folder in enumerate(folders):
        for path, kind in kb_files(folder):
            for entry in read_file(path, kind):
                known = entry.id if entry.id in entries else by_qid.get(entry.qid or "")
                if known and number > 0:
                    entries[known] = _extend(entries[known], entry)
                    continue
                if known:
                    raise ResourceError(f"{path}: id {entry.id!r} is already defined in {seen[known]}")
                entries[entry.id], seen[entry.id] = entry, path
                if entry.qid:
                    by_qid.setdefault(entry.qid, entry.id)
    return list(entries.values())


def _extend(entry: Entry, extra: Entry) -> Entry:
    """``entry`` with the names and roles of ``extra`` that it lacks."""
    names = _unique([*entry.names, *extra.names])
    roles = tuple(dict.fromkeys([*entry.roles, *extra.roles]))
    return Entry(entry.id, entry.kind, entry.name, names, roles, entry.qid or extra.qid, entry.source, entry.extra)


def read_file(path: Path, kind: str) -> list[Entry]:
    """The validated entries of one KB file of ``kind``."""
    try:
        items = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ResourceError(f"{path}: cannot read knowledge-base file: {exc}") from exc
    if not isinstance(items, list):
        raise ResourceError(f"{path}: a knowledge-base file must be a YAML list of entries")
    return [_entry(item, kind, f"{path}: entry {i + 1}") for i, item in enumerate(items)]

def _entry(item: Any, kind: str, where: str) -> Entry:
    if not isinstance(item, dict):
        raise ResourceError(f"{where}: must be a mapping")
    where = f"{where} ({item.get('id') or item.get('iso3') or item.get('name')})"
    if kind == "state":
        return _state(item, where)
    ident = _text(item, "id", where)
    if not _SLUG.match(ident):
        raise ResourceError(f"{where}: id {ident!r} must be a lower-case slug like 'wladimir-putin'")
    name = _text(item, "name", where)
    names = (name, *_names(item, "names", where), *_names(item, "aliases", where))
    roles = tuple(_role(r, f"{where} role {i + 1}") for i, r in enumerate(item.get("roles") or []))
    if kind == "place":
        _place_fields(item, where)
    return Entry(ident, kind, name, _unique(names), roles, _qid(item, where), where.split(":")[0], item)

def _state(item: dict[str, Any], where: str) -> Entry:
    iso3 = _text(item, "iso3", where)
    if not _ISO3.match(iso3):
        raise ResourceError(f"{where}: iso3 {iso3!r} must be three capital letters")
    name = _text(item, "name", where)
    _text(item, "adjective", where)
    names = (name, *_names(item, "names", where), *_names(item, "aliases", where))
    for key in ("demonyms", "metonyms", "adjectives"):
        _names(item, key, where)
    role = Role(sector="GOV", country=iso3)
    return Entry(iso3.lower(), "state", name, _unique(names), (role,), _qid(item, where), where.split(":")[0], item)

def _role(raw: Any, where: str) -> Role:
    if not isinstance(raw, dict):
        raise ResourceError(f"{where}: a role must be a mapping with country/org, sector, from, to")
    sector = raw.get("sector")
    if sector not in SECTORS:
        raise ResourceError(f"{where}: sector {sector!r} is not one of {', '.join(sorted(SECTORS))}")
    country = raw.get("country")
    if country is not None and not (isinstance(country, str) and _ISO3.match(country)):
        raise ResourceError(f"{where}: country {country!r} must be ISO 3166-1 alpha-3 or null")
    office = raw.get("office")
    if office is not None and office not in OFFICES:
        raise ResourceError(f"{where}: office {office!r} is not one of {', '.join(sorted(OFFICES))}")
    start, end = _date(raw.get("from"), where, "from"), _date(raw.get("to"), where, "to")
    if start and end and end < start:
        raise ResourceError(f"{where}: 'to' {end} is before 'from' {start}")
    title = raw.get("title")
    return Role(sector, country, raw.get("org"), office, str(title) if title else None, start, end)

def _date(value: Any, where: str, key: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ResourceError(f"{where}: {key} {value!r} is not a YYYY-MM-DD date") from None

def _place_fields(item: dict[str, Any], where: str) -> None:
    for key, low, high in (("lat", -90, 90), ("lon", -180, 180)):
        value = item.get(key)
        if not isinstance(value, (int, float)) or not low <= value <= high:
            raise ResourceError(f"{where}: {key} {value!r} must be a number in [{low}, {high}]")

def _text(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ResourceError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()

def _names(item: dict[str, Any], key: str, where: str) -> list[str]:
    value = item.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ResourceError(f"{where}: '{key}' must be a list of non-empty strings")
    return [v.strip() for v in value]

def _qid(item: dict[str, Any], where: str) -> str | None:
    qid = item.get("qid")
    if qid is not None and not (isinstance(qid, str) and _QID.match(qid)):
        raise ResourceError(f"{where}: qid {qid!r} must look like 'Q7747'")
    return qid

def _unique(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))
