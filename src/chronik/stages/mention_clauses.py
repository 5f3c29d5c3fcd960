"""A name's place in the clause: an unknown name that opens a clause before a finite verb
("Kolb war …") or stands right after one in inverted order ("… schoss Kaká in …",
"berichtete Bubik", "begeisterte sich Hendrix") is most often a person.

Part of the ``mentions`` stage (see :mod:`chronik.stages.mentions`).  Verbs are
recognised by HanTa's tags (V*FIN) or, for the many forms HanTa lacks, by
simplemma's lemma: a lower-case word whose lemma is an infinitive ("musste" → "müssen").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.mention_cues import is_capitalised
from chronik.stages.mention_words import dictionary_word, lemma

if TYPE_CHECKING:
    from chronik.stages.mentions import _Scan

_MIN_MODIFIER, _MIN_HEAD = 3, 5


def finite_verb(scan: _Scan, k: int) -> bool:
    """True when ``words[k]`` is a finite verb: HanTa's V*FIN, or (for words HanTa lacks)
    a lower-case word simplemma reduces to an infinitive it does not begin with
    ("schied" → "scheiden"; not "offenen" → "offen")."""
    word = scan.words[k]
    tag = scan.res.lexicon.best_tag(word)
    if tag is not None:
        return tag.startswith("V") and "FIN" in tag
    if not word.isalpha() or not word.islower():
        return False
    base = lemma(word, scan.res.lang)
    return base != word and base.endswith(scan.res.cues.infinitive_endings) and not word.startswith(base)


def proper_name(scan: _Scan, k: int) -> bool:
    """True when ``words[k]`` is a name by itself: HanTa calls it one, or neither HanTa nor
    the dictionary knows it ("Demirović"); towns are left to the place rules."""
    word, lexicon = scan.words[k], scan.res.lexicon
    if (word,) in scan.res.geo.names or not word[1:2].islower():
        return False
    if lexicon.knows(word):
        return lexicon.best_tag(word) == "NE"
    return not dictionary_word(word, scan.res.lang) and not common_compound(scan, word)


def subject_of_verb(scan: _Scan, i: int) -> bool:
    """"Kolb war …", "…, Demirović schied aus": an unknown one-word name that opens the
    sentence or a clause, before a finite verb."""
    words = scan.words
    if i + 1 >= len(words) or (i > 0 and words[i - 1][:1].isalnum()):
        return False
    return _unknown(scan, i) and not is_capitalised(words[i + 1]) and finite_verb(scan, i + 1)


def subject_after_verb(scan: _Scan, i: int) -> bool:
    """"In seinem achten Länderspiel schoss Kaká …", "begeisterte sich Hendrix für …",
    "dass Schoomaker so …": a name right after a finite verb, "sich" or a conjunction."""
    if i == 0 or not proper_name(scan, i):
        return False
    before = scan.words[i - 1]
    if before.islower() and scan.res.lexicon.best_tag(before) in scan.res.cues.subject_before_tags:
        return True
    return before.islower() and finite_verb(scan, i - 1)


def _unknown(scan: _Scan, i: int) -> bool:
    """Neither HanTa, nor the dictionary, nor GeoNames knows ``words[i]`` ("Stängel": a noun)."""
    word = scan.words[i]
    if not word[1:].islower() or scan.res.lexicon.knows(word) or (word,) in scan.res.geo.names:
        return False
    return not dictionary_word(word, scan.res.lang) and not common_compound(scan, word)


def common_compound(scan: _Scan, word: str) -> bool:
    """True when ``word`` is two dictionary nouns ("Süß|wasser", "Liebes|kummer", "Wut-Mails")
    whose head is no name by HanTa or GeoNames ("Anger|mayer", "Vor|pommern" stay names)."""
    lower, lang = word.lower(), scan.res.lang
    for cut in range(_MIN_MODIFIER, len(lower) - _MIN_HEAD + 1):
        head = lower[cut:]
        if scan.res.lexicon.best_tag(head) == "NE" or (head.capitalize(),) in scan.res.geo.names:
            continue  # "Anger|mayer", "Vor|pommern": a name's part
        if not dictionary_word(head.capitalize(), lang):
            continue
        if _modifier(lower[:cut].rstrip("-"), lang, scan.res.cues.compound_links):
            return True
    return False


def _modifier(part: str, lang: str, links: tuple[str, ...]) -> bool:
    """True when ``part``, less a linking element, is a dictionary word ("liebes" → "Liebe")."""
    for link in links:
        base = part[: len(part) - len(link)] if link and part.endswith(link) else (part if not link else "")
        if len(base) >= _MIN_MODIFIER and (dictionary_word(base.capitalize(), lang) or dictionary_word(base, lang)):
            return True
    return False
