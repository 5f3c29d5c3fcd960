"""The Context every stage receives: settings and loaded resources.

Built once per process (:func:`build_context`) and passed explicitly; stages
keep no module-level mutable state.  Compiled resources that a stage derives
from language data (regexes, abbreviation sets) are cached per Context with
:meth:`Context.compiled`, so each is built once per process, not per article.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from chronik.resources import LanguageData, available_languages, load_language
from chronik.settings import Settings, load_settings

T = TypeVar("T")


@dataclass(slots=True)
class Context:
    """Settings plus the language data of every bundled language."""

    settings: Settings
    languages: dict[str, LanguageData]
    _compiled: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)

    def lang(self, code: str | None) -> LanguageData:
        """Language data for ``code``, falling back to the default language."""
        return self.languages.get(code or "", self.languages[self.settings.default_lang])

    def compiled(self, key: str, lang: LanguageData, build: Callable[[LanguageData], T]) -> T:
        """``build(lang)``, computed once per (key, language) and then reused."""
        slot = (key, lang.code)
        if slot not in self._compiled:
            self._compiled[slot] = build(lang)
        return self._compiled[slot]


def build_context(settings: Settings | None = None, extra_lang_dir: Path | None = None) -> Context:
    """Load and validate every bundled language; raises ResourceError if one is broken."""
    settings = settings or load_settings()
    languages = {code: load_language(code, extra_lang_dir) for code in available_languages()}
    return Context(settings, languages)
