"""Mention rules that read a name's shape: club and place prefixes ("FC Carl Zeiss Jena",
"Bad Schussenried", "St. Goar"), one-word names of streets and buildings ("Knoopstraße"),
compass prefixes ("Nordhessen"), genitives of places ("Leipzigs") and adjectives in -er
before a place noun ("Schwabacher Straße").

Part of the ``mentions`` stage (see :mod:`chronik.stages.mentions`); each rule
takes the sentence scan and a word index and returns where scanning goes on.
The words themselves come from ``lang/<xx>/actors.yaml``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chronik.stages.mention_cues import is_capitalised

if TYPE_CHECKING:
    from chronik.stages.mentions import _Scan

_ORDINAL = re.compile(r"\d+\.?")  # "1. FC Nürnberg", "SG 01 Höchst"
_MAX_NAME = 4  # words of a name after its prefix
_MIN_STEM = 3  # shortest part before a place ending ("Knoop|straße")


def org_prefix_rule(scan: _Scan, i: int) -> int:
    """"FC Carl Zeiss Jena", "1. FC Nürnberg", "TSV Odenhausen/Lahn": a club prefix and its name."""
    words, prefixes = scan.words, scan.res.cues.org_prefixes
    k = i + 1 if _ORDINAL.fullmatch(words[i]) and i + 1 < len(words) and words[i + 1] in prefixes else i
    if words[k] not in prefixes:
        return i
    j = k + 1
    while j < len(words) and j - k <= _MAX_NAME and (_name_word(scan, j) or (_ORDINAL.fullmatch(words[j]) and j > k + 1)):
        j += 1
    if j == k + 1 or not any(is_capitalised(w) for w in words[k + 1 : j]):
        return i
    scan.mention(i, j, "ORG", "org_prefix")
    return j


def place_prefix_rule(scan: _Scan, i: int) -> int:
    """"Bad Schussenried", "St. Goar", "Lido di Spina": a place prefix and its name
    (names that GeoNames knows are left to the place rule)."""
    words = scan.words
    if words[i] not in scan.res.cues.place_prefixes:
        return i
    k = i + 2 if i + 1 < len(words) and words[i + 1] == "." and not words[i].endswith(".") else i + 1
    j = k
    while j < len(words) and j - k < _MAX_NAME:
        if _name_word(scan, j):
            j += 1
        elif words[j].lower() in scan.res.cues.joiners and j + 1 < len(words) and _name_word(scan, j + 1):
            j += 2
        else:
            break
    if j == k or tuple(words[i:j]) in scan.res.geo.names:
        return i
    scan.mention(i, j, "LOC", "place_prefix")
    return j


def _name_word(scan: _Scan, j: int) -> bool:
    """A capitalised word that may stand in a name: no stopword, no title, nothing that starts a sentence part."""
    word = scan.words[j]
    return is_capitalised(word) and word[:1].isalpha() and word not in scan.res.cues.stopwords


def place_word_rule(scan: _Scan, i: int) -> int:
    """One-word places the gazetteers lack: "Knoopstraße", "Nordhessen", "Leipzigs"."""
    word = scan.words[i]
    if not is_capitalised(word) or word in scan.res.cues.stopwords or scan.res.lexicon.listed_common(word):
        return i
    candidates, country = _genitive_place(scan, i), None
    if candidates is None:
        candidates, country = _compass_place(scan, word) or (None, None)
    if candidates is None and not _place_ending(scan, word):
        return i
    scan.mention(i, i + 1, "LOC", "place_shape", candidates=candidates or (), country=country)
    return i + 1


def _genitive_place(scan: _Scan, i: int) -> tuple[str, ...] | None:
    """GeoNames' ids of the place whose genitive ``words[i]`` is ("Leipzigs Südraum" → Leipzig), else None.
    Not after an article ("die Lions"), for a first name ("Stanleys") or before a name ("Champions League")."""
    words, cues = scan.words, scan.res.cues
    word = words[i]
    if not word.endswith("s") or len(word) < 5 or word[:-1] in cues.first_names:
        return None
    if (i > 0 and words[i - 1].lower() in cues.determiners) or (i + 1 < len(words) and _before_name(scan, i + 1)):
        return None
    places = scan.res.geo.names.get((word[:-1],))
    return tuple(p.id for p in places[:10]) if places else None


def _before_name(scan: _Scan, j: int) -> bool:
    """True when ``words[j]`` is capitalised and not a common noun."""
    return is_capitalised(scan.words[j]) and scan.res.lexicon.word_class(scan.words[j]) != "noun"


def _compass_place(scan: _Scan, word: str) -> tuple[tuple[str, ...], str | None] | None:
    """"Nordhessen", "Ost-Aleppo", "Ostukraine": a compass prefix glued to a known place or state; the
    place's candidates (so that resolve knows its country: "Ost-Aleppo" is in Syria) and no country, or no
    candidates and the state's ISO3 code ("Ostukraine" lies in Ukraine); None for anything else."""
    for prefix in scan.res.cues.compass_prefixes:
        rest = word[len(prefix):].lstrip("-")
        if word.startswith(prefix) and len(rest) >= _MIN_STEM:
            rest = rest[0].upper() + rest[1:]
            places = scan.res.geo.names.get((rest,))
            if places:
                return tuple(p.id for p in places[:10]), None
            states = [f for f in scan.res.kb.phrases.get((rest,), ()) if f.how == "name"]
            if states:
                entry = scan.res.kb.entries[states[0].entry_id]
                return (), entry.extra.get("iso3") if entry.kind == "state" else None
    return None


def _place_ending(scan: _Scan, word: str) -> bool:
    """"Knoopstraße", "Salmhütte": a place ending after a part that is no common noun
    ("Risikokapital" ends in "kapital", a noun longer than the ending: no place)."""
    lower, lexicon = word.lower(), scan.res.lexicon
    ending = next((e for e in scan.res.cues.place_endings if lower.endswith(e)), None)
    if ending is None or len(lower) < len(ending) + _MIN_STEM or lexicon.knows(word):
        return False
    cut = len(lower) - len(ending)
    if any(lexicon.best_tag(lower[k:]) in scan.res.cues.common_noun_tags for k in range(1, cut)):
        return False
    parts = [p for p in word[:cut].split("-") if p]
    if not parts or len(parts[-1]) < _MIN_STEM or parts[-1] in scan.res.cues.compass_prefixes:
        return False
    return all(not lexicon.listed_common(p) and lexicon.word_class(p) == "name" for p in parts)


def adjective_place_rule(scan: _Scan, i: int) -> int:
    """"Schwabacher Straße", "Olde Burg": a name-like adjective in -er before a place noun."""
    words = scan.words
    if i + 1 >= len(words) or words[i + 1] not in scan.res.cues.place_nouns or not _name_word(scan, i):
        return i
    word = words[i]
    from_place = word.endswith("er") and (word[:-2],) in scan.res.geo.names
    if not from_place and (scan.res.lexicon.knows(word) or not word.endswith(("er", "e"))):
        return i
    scan.mention(i, i + 2, "LOC", "place_shape")
    return i + 2


def prefixed_name(scan: _Scan, word: str) -> bool:
    """``word`` is a name behind an article prefix of actors.yaml's ``name_prefixes`` ("al-Naimi")."""
    prefix = next((p for p in scan.res.cues.prefixes_of_names if word.lower().startswith(p)), None)
    return prefix is not None and is_capitalised(word[len(prefix):])


def counted_people(scan: _Scan, i: int, forms: tuple) -> bool:
    """A state name that is also its people's plural after a number or a ``demonym_quantifiers`` word."""
    before = scan.words[i - 1].lower() if i > 0 else ""
    number = before.replace(".", "").isdigit() and not before.endswith(".")  # "12.000 Ungarn", not "am 15. …"
    counted = before in scan.res.cues.demonym_quantifiers or number
    return counted and any(f.how == "demonym" for f in forms)
