"""Static checks of the web app's files (no browser needed).

The vendored libraries match vendor/MANIFEST.json (each file listed, same
size and sha256, a licence file per package), index.html and the modules
reference only files that ship with the package and no remote URL, and the
German and English label files have the same keys, covering every label the
code asks for.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[2] / "src" / "chronik" / "web" / "static"
VENDOR = STATIC / "vendor"
REMOTE = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", re.IGNORECASE)


def manifest() -> dict:
    return json.loads((VENDOR / "MANIFEST.json").read_text(encoding="utf-8"))


def test_manifest_lists_every_vendored_file_with_its_hash():
    entries = {e["path"]: e for e in manifest()["files"]}
    on_disk = {p.relative_to(VENDOR).as_posix() for p in VENDOR.rglob("*") if p.is_file()} - {"MANIFEST.json"}
    assert set(entries) == on_disk
    for path, entry in entries.items():
        data = (VENDOR / path).read_bytes()
        assert len(data) == entry["bytes"], path
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], path
        assert entry["version"] and entry["license"], path


def test_every_vendored_package_ships_its_licence():
    packages = {e["package"] for e in manifest()["files"]}
    for package in packages:
        assert any(p.name.upper().startswith("LICENSE") for p in (VENDOR / package).iterdir()), package


def test_vendored_versions_match_the_lockfile():
    lock = json.loads((STATIC.parents[3] / "web" / "package-lock.json").read_text(encoding="utf-8"))
    for entry in manifest()["files"]:
        assert lock["packages"][f"node_modules/{entry['package']}"]["version"] == entry["version"]


def local_references(html: str) -> list[str]:
    return re.findall(r"""(?:src|href)="([^"#]+)\"""", html)


def test_index_loads_only_packaged_files():
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert not REMOTE.search(html)
    refs = local_references(html)
    assert any(r.startswith("vendor/") for r in refs)
    for ref in refs:
        assert (STATIC / ref).is_file(), ref


@pytest.mark.parametrize("module", sorted(p.name for p in (STATIC / "js").glob("*.js")))
def test_modules_import_only_local_files(module):
    code = (STATIC / "js" / module).read_text(encoding="utf-8")
    assert "http://" not in code and "https://" not in code
    assert not re.search(r"\.(?:innerHTML|outerHTML)\b|insertAdjacentHTML", code)  # text from the database never becomes markup
    for target in re.findall(r"""from\s+["'](\.[^"']+)["']""", code):
        assert (STATIC / "js" / target).resolve().is_file(), target
    for fetched in re.findall(r"""fetch\(["'`]((?:vendor|i18n)/[^"'`$]+)""", code):
        assert (STATIC / fetched).is_file(), fetched


def test_label_files_agree_and_cover_the_code():
    de = json.loads((STATIC / "i18n" / "de.json").read_text(encoding="utf-8"))
    en = json.loads((STATIC / "i18n" / "en.json").read_text(encoding="utf-8"))
    assert set(de) == set(en)
    used = set()
    for path in (STATIC / "js").glob("*.js"):
        used |= set(re.findall(r"""\bt\(\s*["']([\w.]+)["']""", path.read_text(encoding="utf-8")))
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    used |= set(re.findall(r'data-i18n(?:-placeholder)?="([\w.]+)"', html))
    assert used, "no labels found: the pattern is broken"
    assert used <= set(de), sorted(used - set(de))
