"""Places from the GeoNames gazetteer: "Aleppo", "Bad Schussenried", not the town "Gold" nor "Stalin" in "als
Stalin starb".

Part of the ``mentions`` stage (see :mod:`chronik.stages.mentions`): :func:`gazetteer_rule` is one of its scan
rules; :func:`place_context` and :func:`named_place` say when the words before a name make it a place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.mention_context import after_place_preposition, people_named, person_context
from chronik.stages.mention_cues import is_capitalised, sentence_form
from chronik.stages.mention_names import followed_by_name

if TYPE_CHECKING:
    from chronik.stages.mentions import _Scan


def place_context(scan: _Scan, k: int) -> bool:
    """True when ``words[k]`` makes the next name a place: a preposition of place or a noun like "Stadt"."""
    word, cues = scan.words[k], scan.res.cues
    if word == cues.place_genitive and k > 0 and is_capitalised(scan.words[k - 1]):
        return True  # "die Anschläge von Paris" (but "von Moskau unterstützte Rebellen": the government)
    return sentence_form(word, k) in cues.place_prepositions or word in cues.place_context or cues.type_cued(word) == "LOC"


def gazetteer_rule(scan: _Scan, i: int) -> int:
    """A GeoNames place at ``words[i]`` (the longest name there) as a LOC mention; the index after it, ``i`` for none."""
    geo, words = scan.res.geo, scan.words
    if not is_capitalised(words[i]):
        return i
    for n in range(min(geo.max_len, len(words) - i), 0, -1):
        places = geo.names.get(tuple(words[i : i + n]))
        if places and n == 1 and followed_by_name(scan, i + 1) and not _town_before_person(scan, i):
            return i  # "Kamal Lababidi": a first name that is also a town
        if places and n == 1 and (not _place_word_plausible(scan, i) or (
                person_context(scan, i, i + 1) and not after_place_preposition(scan, i))):
            return i  # "Gold", "als Stalin starb"; not "in Wien kritisierte Kerry"
        if places:
            scan.mention(i, i + n, "LOC", "geonames", candidates=tuple(p.id for p in places[:10]))
            return i + n
    return i


def _town_before_person(scan: _Scan, i: int) -> bool:
    """"in Damaskus Assad": a town that is no first name, before a KB person's name, is a place of its own."""
    return scan.words[i] not in scan.res.cues.first_names and bool(people_named(scan, i + 1, i + 2))


def _place_word_plausible(scan: _Scan, i: int) -> bool:
    """A town whose name is also a common noun ("Kanton", "Rest", "Gold") counts only after
    a preposition of place; very short names ("Le", "Ha") never count alone."""
    word = scan.words[i]
    if len(word) < 3:
        return False
    return not scan.res.lexicon.listed_common(word) or (i > 0 and place_context(scan, i - 1))


#: People a city needs for its name to outweigh a first name after a preposition of place.
_NAMED_PLACE_POPULATION = 100_000


def named_place(scan: _Scan, i: int) -> bool:
    """A lone first name that is also a known place (a KB place or state, or a city of ``_NAMED_PLACE_POPULATION``
    people), after a preposition of place, is the place ("Stellungen in Sanaa"): the capital of Yemen is no
    woman named Sanaa; "in Mina" (a village of that name abroad) stays undecided."""
    word = scan.words[i]
    known = any(p.population >= _NAMED_PLACE_POPULATION for p in scan.res.geo.names.get((word,), ())) or any(
        scan.res.kb.entries[f.entry_id].kind in ("place", "state") for f in scan.res.kb.phrases.get((word,), ()))
    return known and i > 0 and place_context(scan, i - 1)
