"""One Settings object: defaults, overridden by environment, overridden by CLI.

Environment variables are ``CHRONIK_<FIELD>`` in upper case (for example
``CHRONIK_DB=postgresql://localhost/chronik``).  Settings are immutable and
passed explicitly; nothing reads the environment elsewhere.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from chronik.errors import InputError


@dataclass(frozen=True, slots=True)
class CsvOptions:
    """How to read a CSV/TSV file: column names (or 0-based indexes) and dialect.

    ``text_column`` may name a column or, for header-less files such as
    10kGNAD's ``label;text``, a 0-based index; ``None`` picks ``text`` if a
    header has it, else the longest column.  ``delimiter=None`` sniffs it.
    """

    text_column: str | None = None
    title_column: str | None = None
    date_column: str | None = None
    url_column: str | None = None
    id_column: str | None = None
    delimiter: str | None = None
    has_header: bool | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """Options of a chronik run.  Build with :func:`load_settings`."""

    db: str = "chronik.db"
    default_lang: str = "de"
    max_file_bytes: int = 20 * 1024 * 1024
    min_text_chars: int = 20
    near_duplicate_threshold: float = 0.9
    batch_size: int = 200
    workers: int = 1  # processes for the analysis stages; 0 = all cores (the CLI's default)
    lang_dir: str | None = None  # a folder <lang_dir>/<xx>/*.yaml extending the bundled language data
    kb_dir: str | None = None  # folders (os.pathsep-separated) of knowledge-base YAML extending the bundled KB
    cache_dir: str | None = None  # built KB and place index (chronik.cache); None: ~/.cache/chronik; "off": none
    csv: CsvOptions = CsvOptions()


_ENV_PREFIX = "CHRONIK_"


def load_settings(env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Return Settings from defaults, then ``CHRONIK_*`` variables, then ``overrides``.

    ``overrides`` with value ``None`` are ignored (an unset CLI option).
    Raises :class:`InputError` naming the variable when a value has the wrong type.
    """
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Settings):
        raw = env.get(_ENV_PREFIX + f.name.upper())
        if raw is not None and f.type in ("int", "float", "str", "str | None"):
            values[f.name] = _convert(raw, f.type.removesuffix(" | None"), _ENV_PREFIX + f.name.upper())
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)


def _convert(raw: str, type_name: str, name: str) -> Any:
    try:
        return {"int": int, "float": float, "str": str}[type_name](raw)
    except ValueError:
        raise InputError(f"{name}={raw!r} is not a valid {type_name}") from None
