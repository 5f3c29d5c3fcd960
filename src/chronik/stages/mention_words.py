"""Is a word an ordinary word of the language?  simplemma's lemma dictionaries (MIT licence,
offline, ~1 MB a language) know far more common German words than HanTa's lexicon
("Stängel", "Abnutzung", "Süßwasser"), so the shape rules that guess a name from an
unknown word ask here first.  Without simplemma every word counts as unknown."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=200_000)
def dictionary_word(word: str, lang: str) -> bool:
    """True when simplemma's dictionary for ``lang`` lists ``word`` (as written)."""
    try:
        import simplemma
    except ImportError:  # pragma: no cover - simplemma is a dependency; degrade to "unknown"
        return False
    try:
        return simplemma.is_known(word, lang=lang)
    except ValueError:  # a language simplemma does not cover
        return False


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """simplemma's lemma of ``word`` ("schied" → "scheiden"); the word itself without simplemma."""
    try:
        import simplemma
    except ImportError:  # pragma: no cover - simplemma is a dependency
        return word
    try:
        return simplemma.lemmatize(word, lang=lang)
    except ValueError:  # a language simplemma does not cover
        return word
