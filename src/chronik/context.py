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

from chronik.errors import InputError
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
    """Load and validate every bundled language, extended from ``extra_lang_dir`` or
    ``settings.lang_dir`` (``CHRONIK_LANG_DIR``) when given.

    Raises ResourceError if a language file is broken, InputError if the
    default language has no data.
    """
    settings = settings or load_settings()
    if extra_lang_dir is None and settings.lang_dir:
        extra_lang_dir = Path(settings.lang_dir)
    languages = {code: load_language(code, extra_lang_dir) for code in available_languages()}
    if settings.default_lang not in languages:
        raise InputError(f"no language data for {settings.default_lang!r}; available: {', '.join(sorted(languages))}")
    return Context(settings, languages)
