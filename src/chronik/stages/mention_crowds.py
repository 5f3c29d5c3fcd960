"""Crowds named by a number noun alone: "In Budapest protestierten Tausende gegen Orbán", "Zehntausende gingen
auf die Straße".  The number nouns are civilians among actors.yaml ``group_nouns`` (CVL); before a noun
("Tausende Menschen", "Hunderte Soldaten", "zehntausende Ungarn") they only count it, and that noun is the
mention.  Part of the ``mentions`` stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chronik.stages.mentions import _Scan


def counting_quantifier_rule(scan: _Scan, i: int) -> int:
    """Skip ``words[i]`` (return ``i + 1``) when it is a group noun that is also a ``demonym_quantifiers``
    word and counts the noun after it ("Tausende Menschen", "Hunderte italienische Kleinsparer":
    :func:`_counts_noun`); else ``i`` (no match), so that standing alone it is a group noun of its own
    (mention_groups.group_rule)."""
    words, cues = scan.words, scan.res.cues
    counting = words[i] in cues.group_nouns and words[i].lower() in cues.demonym_quantifiers
    return i + 1 if counting and _counts_noun(scan, i) else i


def _counts_noun(scan: _Scan, i: int) -> bool:
    """A capitalised word follows ``words[i]``, right after it or after one lower-case attributive word that is
    no preposition or coordinator (group_country ``phrase_barriers``: "Tausende gegen Orbán" stands alone)."""
    words = scan.words
    barriers = scan.res.cues.group_country.get("phrase_barriers", frozenset())
    if i + 1 < len(words) and words[i + 1][:1].isupper():
        return True
    return i + 2 < len(words) and words[i + 1].isalpha() and words[i + 1].islower() \
        and words[i + 1] not in barriers and words[i + 2][:1].isupper()
