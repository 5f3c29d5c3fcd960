"""Word classes from HanTa's German lexicon: is a capitalised word a name or a common noun?

German capitalises every noun, so capitalisation alone does not mark a name.
HanTa (LGPL-3, used as a library) ships a lexicon of ~23,000 word forms with
tag probabilities; a word it knows is a name when NE is its most likely tag.
A word it does not know is a compound common noun when one of its endings is
a known noun ("Kremlsprecher" ends in "sprecher"), else a name.  Lookups are
cached per word; HanTa's slow morphological analysis is never called.
"""

from __future__ import annotations

from functools import lru_cache

NAME, NOUN, OTHER = "name", "noun", "other"
_MIN_PART = 4  # shortest head and modifier accepted in a compound ("Kreml|sprecher")
_ENDINGS = ("e", "en", "n", "s", "es", "er", "ern")  # inflections stripped to find a known noun


class Lexicon:
    """Word-class lookups for one language (German; other languages: everything is 'name')."""

    def __init__(self, lang_code: str, noun_suffixes: tuple[str, ...] = ()) -> None:
        """``noun_suffixes``: endings of derived common nouns ("ismus"), lower case; an unknown word with one
        is a noun."""
        self._entries: dict[str, list[tuple[str, float]]] = {}
        self._noun_suffixes = tuple(noun_suffixes)
        if lang_code == "de":
            self._entries = _hanta_entries()
        self.word_class = lru_cache(maxsize=200_000)(self._word_class)

    def best_tag(self, word: str) -> str | None:
        """HanTa's most likely STTS tag for ``word`` (NE, NN, ADJ(A) …), None when unknown."""
        tags = self._entries.get(word.lower())
        return tags[0][0] if tags else None

    def listed_common(self, word: str) -> bool:
        """True when the lexicon itself lists ``word`` as something other than a name
        (no guessing from compounds or endings: "Regensburg" ends in "burg" but is not listed)."""
        tag = self.best_tag(word)
        return tag is not None and tag != "NE"

    def knows(self, word: str) -> bool:
        """True when the lexicon lists ``word`` (any case)."""
        return word.lower() in self._entries

    def _word_class(self, word: str) -> str:
        """NAME, NOUN or OTHER for ``word`` as written (capitalised or not)."""
        tags = self._entries.get(word.lower())
        if tags:
            best = tags[0][0]
            if best == "NE":
                return NAME
            return NOUN if best in ("NN", "NNI", "NNA") else OTHER
        if not word[:1].isupper():
            return OTHER
        lower = word.lower()
        if self._entries and (self._inflected_noun(lower) or self._compound_noun(lower)):
            return NOUN
        if self._noun_suffixes and lower.endswith(self._noun_suffixes) and len(lower) > 6:
            return NOUN
        return NAME

    def _inflected_noun(self, lower: str) -> bool:
        """"Gange" is "Gang" + e: a form of a known common noun."""
        return any(lower.endswith(e) and self._is_noun(lower[: -len(e)]) for e in _ENDINGS if len(lower) > len(e) + 2)

    def _is_noun(self, lower: str) -> bool:
        tags = self._entries.get(lower)
        return bool(tags) and tags[0][0] in ("NN", "NNA")

    def _compound_noun(self, lower: str) -> bool:
        for cut in range(_MIN_PART, len(lower) - _MIN_PART + 1):
            head = lower[cut:].lstrip("-")
            tags = self._entries.get(head)
            if (tags and any(tag in ("NN", "NNA") for tag, _ in tags)) or self._inflected_noun(head):
                return True
        return False


def _hanta_entries() -> dict[str, list[tuple[str, float]]]:
    """HanTa's word list: lower-case form -> [(tag, log probability)], best first."""
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    names = tagger.int2tag
    return {w: [(names[t], p) for t, p in sorted(v, key=lambda x: -x[1])] for w, v in tagger.cache.items()}
