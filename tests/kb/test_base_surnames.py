"""Tests of the surname forms :mod:`chronik.kb.base` derives from a person's names."""

from __future__ import annotations

import pytest

from chronik.context import build_context
from chronik.kb.base import _Morphology


@pytest.fixture(scope="module")
def rules() -> _Morphology:
    return _Morphology.from_lang(build_context().lang("de"))


@pytest.mark.parametrize(("name", "surnames"), [
    ("Baschar al-Assad", ["al-Assad", "Assad"]),
    ("Staffan de Mistura", ["de Mistura"]),
    ("Abiy Ahmed Ali", ["Ali"]),
    # a two-word alias that starts with a particle is the surname itself: "Ali" alone is a given name
    ("Ben Ali", []),
    ("Abu Mazen", []),
    ("Elizabeth II.", []),
])
def test_surnames(rules: _Morphology, name: str, surnames: list[str]) -> None:
    assert rules.surnames(name) == surnames
