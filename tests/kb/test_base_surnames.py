"""Tests of the surname forms :mod:`chronik.kb.base` derives from a person's names."""

from __future__ import annotations

import pytest

from chronik.context import build_context
from chronik.kb.base import _Morphology


@pytest.fixture(scope="module")
def rules() -> _Morphology:
    return _Morphology.from_lang(build_context().lang("de"))


@pytest.mark.parametrize(("name", "alias", "surnames"), [
    ("Baschar al-Assad", False, ["al-Assad", "Assad"]),
    ("Staffan de Mistura", False, ["de Mistura"]),
    ("Abiy Ahmed Ali", False, ["Ali"]),
    # a two-word alias that starts with a particle is the surname itself: "Ali" alone is a given name
    ("Ben Ali", True, []),
    ("Abu Mazen", True, []),
    # a person's own name keeps its surname: "Wallace" is Ben Wallace
    ("Ben Wallace", False, ["Wallace"]),
    ("Elizabeth II.", False, []),
])
def test_surnames(rules: _Morphology, name: str, alias: bool, surnames: list[str]) -> None:
    assert rules.surnames(name, alias=alias) == surnames
