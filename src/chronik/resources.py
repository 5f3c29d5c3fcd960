"""Load and validate language data (``lang/<xx>/*.yaml``).

Every language folder holds the same files with the same top-level keys;
:data:`~chronik.resources_schema.SCHEMA` names them and the type each key's value must have.  A file
that is missing, unparsable or off-schema raises :class:`ResourceError`
naming the file and the key, so a broken resource fails at start-up, not
deep inside a batch.  Users may point ``CHRONIK_LANG_DIR`` (or
:func:`load_language`'s ``extra_dir``) at a folder whose files extend the
bundled lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import yaml

from chronik.errors import ResourceError
from chronik.resources_schema import SCHEMA

#: libyaml's parser where PyYAML has it (ten times faster at start-up), else the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class LanguageData:
    """The validated YAML of one language: ``data[file_stem][key]``."""

    code: str
    data: dict[str, dict[str, Any]]

    def get(self, file_stem: str, key: str) -> Any:
        """The value of ``key`` in ``<file_stem>.yaml``; it is known to exist."""
        return self.data[file_stem][key]


def bundled_lang_dir() -> Path:
    """The ``lang`` folder inside the installed package."""
    return Path(str(importlib_resources.files("chronik") / "lang"))


def available_languages() -> list[str]:
    """Codes of the bundled languages (one folder each)."""
    return sorted(p.name for p in bundled_lang_dir().iterdir() if p.is_dir() and not p.name.startswith("_"))


def load_language(code: str, extra_dir: Path | None = None) -> LanguageData:
    """Load and validate every file of :data:`SCHEMA` for language ``code``.

    ``extra_dir/<code>/<file>`` may add list items or mapping entries to the
    bundled values.  Raises :class:`ResourceError` on any problem.
    """
    folder = bundled_lang_dir() / code
    if not folder.is_dir():
        raise ResourceError(f"no language data for {code!r}; available: {', '.join(available_languages())}")
    data = {}
    for name, keys in SCHEMA.items():
        content = _read_yaml(folder / name)
        _validate(folder / name, content, keys)
        if extra_dir is not None and (extra_dir / code / name).is_file():
            content = _extend(content, _read_yaml(extra_dir / code / name), extra_dir / code / name)
        data[name.removesuffix(".yaml")] = content
    _check_patterns(folder, data)
    return LanguageData(code, data)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        content = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except FileNotFoundError:
        raise ResourceError(f"{path}: missing language file") from None
    except yaml.YAMLError as exc:
        raise ResourceError(f"{path}: invalid YAML: {exc}") from None
    if not isinstance(content, dict):
        raise ResourceError(f"{path}: expected a mapping of keys at the top level")
    return content


def _validate(path: Path, content: dict[str, Any], keys: dict[str, type]) -> None:
    for key, expected in keys.items():
        if key not in content:
            raise ResourceError(f"{path}: missing key {key!r}")
        if not isinstance(content[key], expected):
            raise ResourceError(f"{path}: key {key!r} must be a {expected.__name__}")
    unknown = set(content) - set(keys)
    if unknown:
        raise ResourceError(f"{path}: unknown keys {sorted(unknown)}; allowed: {sorted(keys)}")


def _extend(base: dict[str, Any], extra: dict[str, Any], path: Path) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if key not in base or type(value) is not type(base[key]):
            raise ResourceError(f"{path}: key {key!r} does not extend a bundled key of the same type")
        if isinstance(value, list):
            merged[key] = base[key] + value
        elif isinstance(value, dict):
            merged[key] = {**base[key], **value}
        else:
            merged[key] = value
    return merged


def _check_patterns(folder: Path, data: dict[str, dict[str, Any]]) -> None:
    """Compile every boilerplate pattern once so a typo fails at load time.

    Requires the validated data of every file.  Guarantees: each item of
    ``line_patterns``/``inline_patterns`` is a mapping with string ``rule`` and
    ``pattern`` (optional ``image``) whose pattern defines no named group; each
    of ``dateline_patterns`` defines exactly the groups day, month and year;
    labels and agencies are strings; only the placeholders {credit}, {agency},
    {month}, {weekday} occur (here replaced by stand-ins; the clean stage
    substitutes the real alternations).
    """
    bp, path = data["boilerplate"], folder / "boilerplate.yaml"
    if not all(isinstance(w, str) for w in bp["section_labels"] + bp["agencies"]):
        raise ResourceError(f"{path}: 'section_labels' and 'agencies' must be lists of strings")
    stand_ins = {"{credit}": f"(?:{bp['credit_pattern']})", "{agency}": "(?:x)", "{month}": "(?:x)",
                 "{weekday}": "(?:x)"}
    items: list[tuple[str, Any, set[str]]] = [("credit_pattern", bp["credit_pattern"], set()),
                                              ("inline_hint", bp["inline_hint"], set())]
    for key in ("line_patterns", "inline_patterns"):
        for entry in bp[key]:
            if not (isinstance(entry, dict) and isinstance(entry.get("rule"), str)
                    and set(entry) <= {"rule", "pattern", "image"}):
                raise ResourceError(f"{path}: each {key!r} item needs a 'rule' and a 'pattern': {entry!r}")
            items.append((entry["rule"], entry.get("pattern"), set()))
    items += [("dateline_patterns", p, {"day", "month", "year"}) for p in bp["dateline_patterns"]]
    for name, pattern, groups in items:
        try:
            for token, value in stand_ins.items():
                pattern = pattern.replace(token, value)
            compiled = re.compile(pattern)
        except (re.error, TypeError, AttributeError) as exc:
            raise ResourceError(f"{path}: pattern {name!r} is invalid: {exc}") from None
        if set(compiled.groupindex) != groups or re.search(r"\{[a-z_]+\}", pattern):
            raise ResourceError(f"{path}: pattern {name!r} must define the named groups {sorted(groups)} "
                                "and no others, and no placeholder but {credit} {agency} {month} {weekday}")
