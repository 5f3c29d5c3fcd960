"""Where a run of name-like words ends, and whether a word opens a name: the word-level tests of the
``mentions`` stage (:mod:`chronik.stages.mentions`) for first names, titles and bare name runs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chronik.kb.lexicon import NAME
from chronik.stages.mention_clauses import common_compound
from chronik.stages.mention_context import people_named
from chronik.stages.mention_cues import is_acronym, is_capitalised
from chronik.stages.mention_shapes import prefixed_name

if TYPE_CHECKING:
    from chronik.stages.mentions import _Scan as Scan

INITIAL = re.compile(r"[A-ZÄÖÜ]\.?")  # "A." in "A. Wiegemann", "R" in "Robert R . Livingston"


def followed_by_name(scan: Scan, j: int) -> bool:
    """True when ``words[j]`` is a capitalised name-like word that is no place or KB entry."""
    if j >= len(scan.words):
        return False
    word = scan.words[j]
    if prefixed_name(scan, word):
        return not starts_other_name(scan, j)  # "Ali al-Naimi": a first name, not the surname "Ali"
    return (is_capitalised(word) and scan.res.lexicon.word_class(word) == NAME and not is_acronym(word)
            and not starts_other_name(scan, j) and word not in scan.res.cues.stopwords)


def name_end(scan: Scan, i: int, lenient: bool = False, after_first: bool = False) -> int:
    """End of the run of name-like words from ``i`` (particles such as "al-", "de" allowed inside).

    ``lenient`` (after a first name) also accepts words the lexicon does not
    list even when they look like compounds ("Klaus Breitschopf"); ``after_first``
    also a common word as the first surname ("Peter Stein") and a particle first ("Ole von Beust").
    """
    words, lexicon, cues = scan.words, scan.res.lexicon, scan.res.cues
    j = i
    while j < len(words) and j - i < 5:
        word = words[j]
        if word in cues.stopwords or not word[:1].isalpha() or (j > i and starts_other_name(scan, j)):
            break
        name_like = lexicon.word_class(word) == NAME or (lenient and not lexicon.knows(word))
        if name_like and (_cue_noun(scan, j) or (j > i and _compound_noun(scan, j))):
            break  # "Menschenrechtsaktivist Barghuti", "Matthew Williams Liebeskummer": no part of the name
        if INITIAL.fullmatch(word) and j + 2 < len(words) and words[j + 1] == "." and is_capitalised(words[j + 2]):
            j += 2  # "Robert R . Livingston"
        elif j > i and INITIAL.fullmatch(word) and word.endswith("."):
            j += 1  # "Dwight D. Eisenhower", a suspect "Salah A."
        elif is_capitalised(word) and (name_like or word in cues.first_names or (after_first and j == i and _plain_surname(scan, j))) or (j > i or (after_first and word not in cues.determiners)) and word.lower() in cues.joiners \
                and j + 1 < len(words) and is_capitalised(words[j + 1]) or word.lower().startswith(cues.prefixes_of_names):
            j += 1
        else:
            break
    while j > i and not is_capitalised(words[j - 1]) and not words[j - 1].lower().startswith(cues.prefixes_of_names):
        j -= 1
    return j


def before_initial(scan: Scan, i: int) -> bool:
    """``words[i]`` is followed by a surname's initial ("Salah A.", "Dwight D. Eisenhower"): a first name."""
    after = scan.words[i + 1] if i + 1 < len(scan.words) else ""
    return after.endswith(".") and bool(INITIAL.fullmatch(after))


def _compound_noun(scan: Scan, j: int) -> bool:
    """True when ``words[j]`` reads as a common compound and is no known person's name
    ("Liebes|kummer" is, "Hol|lande" in "François Hollande" is not)."""
    word = scan.words[j]
    return "-" not in scan.words[j - 1] + word and common_compound(scan, word) and not people_named(scan, j, j + 1)


def _cue_noun(scan: Scan, j: int) -> bool:
    """True when ``words[j]``, unknown to the lexicon, is a noun saying what the capitalised
    word after it is ("Menschenrechtsaktivist Barghuti", "Technologie-Konzerns Kyocera")."""
    words = scan.words
    return (j + 1 < len(words) and is_capitalised(words[j + 1]) and not scan.res.lexicon.knows(words[j])
            and scan.res.cues.type_cued(words[j]) is not None)


def _plain_surname(scan: Scan, j: int) -> bool:
    """A capitalised common word may be a surname right after a first name ("Max Herbst"),
    unless it is a title or a noun that says what follows ("Peter Präsident", "Anna Trainerin")."""
    cues, forms = scan.res.cues, scan.res.kb.phrases.get((scan.words[j],), ())
    other = starts_other_name(scan, j) and not all(f.how == "demonym" for f in forms)  # "Christiane Holländer"
    return not other and cues.title_at(scan.words, j) is None and not cues.type_cued(scan.words[j])


def starts_other_name(scan: Scan, j: int) -> bool:
    """True when ``words[j]`` is a KB state, organisation or place by itself ("Präsident Russlands").
    GeoNames' towns do not count: too many are also surnames ("George Bush")."""
    forms = scan.res.kb.phrases.get((scan.words[j],), ())
    return any(scan.res.kb.entries[f.entry_id].kind != "person" for f in forms)
