"""The disk cache of built resources: used only for identical inputs, never trusted when broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.cache import cache_folder, cached, fingerprint
from chronik.context import build_context
from chronik.kb.base import load_kb
from chronik.kb.geo import build_geo_index, load_kb_and_places
from chronik.kb.lexicon import Lexicon
from chronik.settings import load_settings


class Builder:
    """A build function that counts its calls."""

    def __init__(self, value: object = ("built", 1)) -> None:
        self.calls = 0
        self.value = value

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def settings(tmp_path: Path):
    return load_settings(env={}, cache_dir=str(tmp_path / "cache"))


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "people.yaml").write_text("- id: a\n", encoding="utf-8")
    return folder


def test_a_second_call_with_the_same_inputs_loads_instead_of_building(settings, source):
    build = Builder()
    first = cached(settings, "thing", [source], build)
    second = cached(settings, "thing", [source], build)
    assert first == second == ("built", 1)
    assert build.calls == 1


@pytest.mark.parametrize("change", [
    lambda folder: (folder / "people.yaml").write_text("- id: b\n", encoding="utf-8"),
    lambda folder: (folder / "more.yaml").write_text("- id: c\n", encoding="utf-8"),
    lambda folder: (folder / "people.yaml").rename(folder / "persons.yaml"),
])
def test_any_change_to_an_input_file_rebuilds(settings, source, change):
    build = Builder()
    cached(settings, "thing", [source], build)
    change(source)
    cached(settings, "thing", [source], build)
    assert build.calls == 2


def test_byte_inputs_and_package_versions_are_part_of_the_key(source):
    assert fingerprint([source, b"x"]) != fingerprint([source, b"y"])
    assert fingerprint([source], ["pyyaml"]) != fingerprint([source], ["no-such-package-here"])


@pytest.mark.parametrize("damage", [
    lambda path: path.write_bytes(path.read_bytes()[:-20]),          # truncated
    lambda path: path.write_bytes(path.read_bytes().split(b"\n")[0] + b"\nnot a pickle"),
    lambda path: path.write_bytes(b""),
])
def test_a_damaged_cache_file_is_rebuilt_and_replaced(settings, source, damage):
    build = Builder()
    cached(settings, "thing", [source], build)
    damage(cache_folder(settings) / "thing.pickle")
    assert cached(settings, "thing", [source], build) == ("built", 1)
    assert cached(settings, "thing", [source], build) == ("built", 1)
    assert build.calls == 2


@pytest.mark.parametrize("off", ["off", "OFF", "", "none"])
def test_switched_off_it_builds_every_time_and_writes_nothing(tmp_path, source, off):
    settings = load_settings(env={}, cache_dir=off)
    build = Builder()
    cached(settings, "thing", [source], build)
    cached(settings, "thing", [source], build)
    assert build.calls == 2
    assert cache_folder(settings) is None


def test_a_file_in_place_of_the_folder_only_costs_the_cache(tmp_path, source):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    settings = load_settings(env={}, cache_dir=str(blocker / "cache"))
    assert cached(settings, "thing", [source], Builder()) == ("built", 1)


def test_the_default_folder_follows_xdg_cache_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_folder(load_settings(env={})) == tmp_path / "chronik"


def test_the_folder_can_be_set_from_the_environment(tmp_path):
    settings = load_settings(env={"CHRONIK_CACHE_DIR": str(tmp_path)})
    assert cache_folder(settings) == tmp_path


def test_the_cached_knowledge_base_and_place_index_equal_freshly_built_ones(settings):
    ctx = build_context(settings)
    lang = ctx.lang("de")
    lexicon = Lexicon("de")
    fresh_kb = load_kb(lang, None)
    fresh_geo = build_geo_index(fresh_kb, lexicon)
    load_kb_and_places(lang, settings, lexicon)                 # builds and stores
    kb, geo = load_kb_and_places(lang, settings, lexicon)       # loads
    assert (cache_folder(settings) / "kb-places-de.pickle").exists()
    assert kb.phrases == fresh_kb.phrases and kb.adjectives == fresh_kb.adjectives
    assert kb.entries.keys() == fresh_kb.entries.keys()
    assert geo.names == fresh_geo.names and geo.by_id == fresh_geo.by_id
