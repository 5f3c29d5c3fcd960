"""Language data: every bundled language has every file and key, and bad files fail clearly."""

from __future__ import annotations

import shutil

import pytest

from chronik import resources
from chronik.errors import ResourceError


@pytest.mark.parametrize("code", resources.available_languages())
def test_every_language_has_every_file_and_key(code):
    data = resources.load_language(code)
    for name, keys in resources.SCHEMA.items():
        for key in keys:
            assert data.get(name.removesuffix(".yaml"), key) is not None


def test_german_and_english_are_bundled():
    assert {"de", "en"} <= set(resources.available_languages())


def test_unknown_language_names_the_available_ones():
    with pytest.raises(ResourceError, match="available: .*de"):
        resources.load_language("xx")


@pytest.fixture
def lang_copy(tmp_path, monkeypatch):
    """A writable copy of the bundled lang folder, used instead of the real one."""
    target = tmp_path / "lang"
    shutil.copytree(resources.bundled_lang_dir(), target)
    monkeypatch.setattr(resources, "bundled_lang_dir", lambda: target)
    return target


@pytest.mark.parametrize("content, message", [
    ("months: [1, 2\n", "invalid YAML"),
    ("- a list\n", "mapping"),
    ("weekdays: {}\n", "missing key 'months'"),
    ("months: []\nweekdays: {}\n", "must be a dict"),
    ("months: {}\nweekdays: {}\nextra: 1\n", "unknown keys"),
])
def test_broken_file_names_file_and_problem(lang_copy, content, message):
    (lang_copy / "de" / "calendar.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError, match=message) as info:
        resources.load_language("de")
    assert "calendar.yaml" in str(info.value)


def test_user_folder_extends_bundled_lists(tmp_path):
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "calendar.yaml").write_text("months: {brachet: 6}\n", encoding="utf-8")
    data = resources.load_language("de", extra_dir=tmp_path)
    assert data.get("calendar", "months")["brachet"] == 6
    assert data.get("calendar", "months")["januar"] == 1


def test_lang_dir_setting_extends_the_bundled_data(tmp_path):
    from chronik.context import build_context
    from chronik.settings import load_settings

    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "calendar.yaml").write_text("months: {brachet: 6}\n", encoding="utf-8")
    ctx = build_context(load_settings(env={"CHRONIK_LANG_DIR": str(tmp_path)}))
    assert ctx.lang("de").get("calendar", "months")["brachet"] == 6
