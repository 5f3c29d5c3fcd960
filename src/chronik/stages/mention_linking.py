"""Checks on how the mentions stage links and types person names.

Part of the ``mentions`` stage (see :mod:`chronik.stages.mentions`).

* :func:`agreeing_people`: a KB person matched by surname only ("Sobotka" ending "Wolfgang
  Sobotka") stays a candidate only when the written first names agree with one of the names the KB
  gives him (same word, the same initial "B.", or a spelling variant "Vladimir"/"Wladimir"): Wolfgang
  Sobotka is not Bohuslav Sobotka.  Persons the KB knows by one name only are not checked.
* :func:`other_person_surname`: a one-word KB surname in an article that already named an unknown
  person with that surname ("Wolfgang Sobotka … Sobotka sagte") is that person, not the KB's.
* :func:`office_holders`: after a title that names one ministry ("Innenminister Sobotka"), a KB person
  matched by surname whose recorded roles are all other offices is not linked.
* :func:`title_sector`: the sector a title gives the person named after it.  A title marked
  ``sector_without_country`` in ``lang/<xx>/actors.yaml`` (ministers, prosecutors, judges, generals)
  names its sector even where no country is stated ("Innenministerin Johanna Mikl-Leitner" is GOV);
  the others ("Präsident", "Chef": also of clubs and firms) only together with a country or organisation.
* :func:`sports_side`: a state's genitive before a noun of sport ("Frankreichs Meister", ``sport_heads``)
  or its capital after one ("Meister Paris") is no mention of the government: the mentions stage keeps
  it as a place without candidates (kind LOC, how "sport"), which resolves to no actor.
* :func:`place_inside_run`: in a run of name-like words cut at an inner first name ("Landrat Heinz
  Seiffert"), a known place or KB name that covers the first name starts there instead
  ("US-Territorium Puerto Rico": not a person "Rico").

Requires the KB phrase index, GeoNames index and cues of :class:`chronik.stages.mentions.Resources`,
and the article memory's ``unknown_surnames`` (filled by ``_Scan.mention``).  Guarantees only to drop
KB candidates, to add a title's sector, or to turn a state's form into a place without candidates;
never to add a KB candidate.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from chronik.kb.base import KnowledgeBase, fold
from chronik.kb.entries import Entry
from chronik.kb.lexicon import NAME
from chronik.stages.mention_cues import Office, is_acronym, is_capitalised

if TYPE_CHECKING:
    from chronik.stages.mentions import _Scan

_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")
_GENERIC_OFFICES = frozenset({"minister", "official"})  # titles of several offices ("Minister", "General")
_VARIANT_RATIO = 0.75  # "Vladimir"/"Wladimir" .88, "Mohammed"/"Mohamed" .93; "Wolfgang"/"Bohuslav" .25


def agreeing_people(scan: _Scan, i: int, k: int, j: int, ids: tuple[str, ...]) -> tuple[str, ...]:
    """The persons of ``ids`` (matched on ``words[k:j]``) whose given names agree with the first names
    (``names.yaml``), initials and unknown name-like words (:func:`unknown_given_name`: "Robbie Williams" is not
    Stephanie Williams) among ``words[i:k]``; other words there ("CDU-Politiker") are not checked, and
    unknown words do not reject a person the article named in full ("Demokratin Clinton").
    A lone surname of an unknown person named earlier (:func:`other_person_surname`) matches nobody."""
    cues = scan.res.cues
    listed = [w for w in scan.words[i:k] if w in cues.first_names or _INITIAL.fullmatch(w)]
    unknown = [w for n, w in enumerate(scan.words[i:k], i) if w not in listed and unknown_given_name(scan, n)]
    given = [fold(w).strip(".") for word in listed or unknown for w in word.split("-") if w.strip(".")]
    if not ids or (not given and k == i and _other_person(scan, scan.words[k:j], ids)):
        return ()
    if not given:
        return ids
    seen = scan.memory.full_names if not listed else set()
    return tuple(e for e in ids if e in seen or _agrees(given, _given_names(scan.res.kb, e)))


def _given_names(kb: KnowledgeBase, entry_id: str) -> set[str]:
    """The folded words before the last word of every name of several words of the entry."""
    words: set[str] = set()
    for name in kb.entries[entry_id].names:
        parts = name.split()
        for part in parts[:-1]:
            words.update(fold(w).strip(".") for w in part.split("-"))
    return words


def _agrees(given: list[str], known: set[str]) -> bool:
    """True when the entry has no given names, or one written given name matches a known one."""
    if not known:
        return True
    for word in given:
        for other in known:
            if word == other or (len(word) == 1 and other.startswith(word)) or _variant(word, other):
                return True
    return False


def _variant(word: str, other: str) -> bool:
    return len(word) > 3 and len(other) > 3 and SequenceMatcher(None, word, other).ratio() >= _VARIANT_RATIO


def other_person_surname(scan: _Scan, i: int, forms: tuple) -> bool:
    """True when the one-word KB surname ``words[i]`` is the surname of an unknown person named earlier
    in the article, and no KB person of that surname was named in full, or when it ends a name that
    began with a given name the KB does not know (:func:`after_unknown_name`)."""
    if not all(f.how in ("surname", "genitive") for f in forms):
        return False
    lone = all(f.how == "surname" for f in forms)  # "Angelobung Kerns": a genitive follows any noun
    return _other_person(scan, scan.words[i : i + 1], [f.entry_id for f in forms]) or (lone and after_unknown_name(scan, i))


def after_unknown_name(scan: _Scan, i: int) -> bool:
    """True when ``words[i]`` follows a capitalised word the lexicon does not know, which is no title, cue
    noun, KB entry or place ("Robbie Williams", "Encryption Key", "Bode Miller"): the KB surname is then
    part of somebody else's name, and the article memory records it as an unknown person's surname."""
    if i == 0 or not unknown_given_name(scan, i - 1):
        return False
    scan.memory.unknown_surnames.add(scan.words[i])
    return True


def unknown_given_name(scan: _Scan, k: int) -> bool:
    """True when ``words[k]`` reads as a given name the cues do not list: capitalised, unknown to the
    lexicon, and no title, cue noun, acronym, compound, KB entry or place ("Robbie", "Encryption")."""
    word, res = scan.words[k], scan.res
    if not is_capitalised(word) or "-" in word or is_acronym(word) or word in res.cues.stopwords:
        return False
    if res.lexicon.word_class(word) != NAME or (word,) in res.kb.phrases or (word,) in res.geo.names:
        return False
    return res.cues.title_at(scan.words, k) is None and res.cues.type_cued(word) is None


def unseen_family_name(scan: _Scan, forms: tuple) -> bool:
    """True when the word is only the family name written first of KB persons ("Xi", "Ban", "Kim": shared by
    many and often a common word) none of whom the article has named in full before."""
    return all(f.how == "family_name" for f in forms) and not any(f.entry_id in scan.memory.full_names for f in forms)


def _other_person(scan: _Scan, words: list[str], ids: list[str] | tuple[str, ...]) -> bool:
    """True when ``words`` is one word, the surname (or its genitive) of an unknown person named earlier in the article,
    and none of the KB persons ``ids`` was named in full."""
    if len(words) != 1:
        return False
    word, known = words[0], scan.memory.unknown_surnames
    endings = scan.res.cues.noun_inflections  # "Sobotkas": the genitive
    if word not in known and not any(word.endswith(e) and word[: -len(e)] in known for e in endings):
        return False
    return not any(e in scan.memory.full_names for e in ids)


def office_holders(scan: _Scan, office: Office, j: int, end: int, ids: tuple[str, ...]) -> tuple[str, ...]:
    """The persons of ``ids`` (named by ``words[j:end]`` after the title ``office``) who may hold it: after a
    title naming one ministry by itself ("Innenminister Sobotka"), a person the KB knows only by surname
    there and records in other offices only (Bohuslav Sobotka, Czech prime minister) is somebody else."""
    if not office.alone or office.office in _GENERIC_OFFICES:
        return ids
    written = " ".join(scan.words[j:end])
    return tuple(e for e in ids if _may_hold(scan.res.kb.entries[e], office.office, written))


def _may_hold(entry: Entry, office: str, written: str) -> bool:
    """True when ``written`` is a full name of ``entry``, or the entry has no roles or one in ``office``."""
    roles = [r for r in entry.roles if r.office]
    return written in entry.names or not roles or any(r.office == office for r in roles)


def sports_side(scan: _Scan, i: int, n: int, forms: tuple) -> bool:
    """True when the KB state form ``words[i:i+n]`` names a team's country or a club, not the government:
    a genitive before a ``sport_heads`` noun ("Frankreichs Meister") or a metonym after one ("Meister Paris")."""
    words, heads = scan.words, scan.res.cues.sport_heads
    if scan.res.kb.entries[forms[0].entry_id].kind != "state":
        return False
    if forms[0].how == "genitive" and i + n < len(words):
        return words[i + n].rsplit("-", 1)[-1] in heads
    return forms[0].how == "metonym" and i > 0 and words[i - 1] in heads


def title_sector(office: Office, country: str | None) -> str | None:
    """The sector the title ``office`` gives the person after it (see the module docstring)."""
    return office.sector if country or office.org or office.alone else None


def place_inside_run(scan: _Scan, i: int, inner: int) -> int:
    """The start of a known place or KB name among ``words[i:inner]`` that runs past ``inner``, else ``inner``."""
    words, res = scan.words, scan.res
    longest = max(res.kb.max_len, res.geo.max_len)
    for k in range(i + 1, inner):
        for n in range(min(longest, len(words) - k), inner - k, -1):
            key = tuple(words[k : k + n])
            if key in res.geo.names or key in res.kb.phrases:
                return k
    return inner
