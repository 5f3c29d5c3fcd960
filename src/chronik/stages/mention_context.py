"""What the words around a run of name-like words say it is: a person before "sagte" or after
"Herr", a place after "in", a person opening a clause before a finite verb ("Kolb war"), a
genitive before a noun ("Zabels Entscheidung"), the kind of a name joined by "und".

Part of the ``mentions`` stage (see :mod:`chronik.stages.mentions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.kb.lexicon import NOUN
from chronik.stages.mention_clauses import finite_verb, subject_after_verb, subject_of_verb
from chronik.stages.mention_cues import is_capitalised, sentence_form
from chronik.stages.mention_linking import agreeing_people
from chronik.stages.mention_words import dictionary_word

if TYPE_CHECKING:
    from chronik.stages.mentions import _Scan

_KIND_OF_PARTNER = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "STATE": "LOC"}


def person_context(scan: _Scan, i: int, j: int) -> bool:
    """True when ``words[i:j]`` stands before "sagte" (perhaps after an adverb: "Goethe schon sagte")
    or after a noun for persons ("der Surrealist Ernst", "Genosse Stalin")."""
    words, cues = scan.words, scan.res.cues
    following = words[j] if j < len(words) else ""
    if following in cues.person_following:
        return True
    if j + 1 < len(words) and words[j + 1] in cues.person_following and scan.res.lexicon.best_tag(following) == "ADV":
        return True
    return i > 0 and is_capitalised(words[i - 1]) and cues.type_cued(words[i - 1]) == "PER"


def after_place_preposition(scan: _Scan, i: int) -> bool:
    """``words[i]`` follows a preposition of place ("in Baku", "In Baku kritisierte …": capitalised at the
    sentence start)."""
    return i > 0 and sentence_form(scan.words[i - 1], i - 1) in scan.res.cues.place_prepositions


def kind_from_context(scan: _Scan, i: int, j: int) -> str | None:
    """LOC after "in", PER after "Herr" or before "sagte", PER for an unknown name before a
    known surname ("Heath Miller") or a genitive before a noun ("Zabels Entscheidung")."""
    words, cues, lexicon = scan.words, scan.res.cues, scan.res.lexicon
    if after_place_preposition(scan, i):
        return None if j - i == 1 and _common_word(scan, i) else "LOC"  # "im Rokoko", "im Süßwasser"
    if (words[i - 1] if i > 0 else "") in cues.person_cues or (j - i == 1 and words[i] in scan.memory.person_words):
        return "PER"
    if (i > 0 or not lexicon.knows(words[i])) and person_context(scan, i, j):
        return "PER"  # "…, Schröder sagte"; at the sentence start, where any noun may stand, only unknown words
    if j - i > 1 and people_named(scan, j - 1, j):
        return "PER"
    coordinated = _coordinated_kind(scan, i)
    if coordinated:
        return coordinated
    if j - i == 1 and (_genitive_before_noun(scan, i) or subject_of_verb(scan, i)):
        return "PER"
    if subject_after_verb(scan, i):
        return "PER"
    return None


def _coordinated_kind(scan: _Scan, i: int) -> str | None:
    """"Siemens und Bombardier", "Gudme und Lundborg": a name joined to the name just found
    by "und", "oder", "sowie" or a comma has its kind (a state's partner is a place)."""
    if i < 2 or scan.words[i - 1] not in scan.res.cues.coordinators or not scan.out:
        return None
    last = scan.out[-1]
    if last.end != scan.sentence.tokens[i - 2].end or _common_word(scan, i):
        return None
    return _KIND_OF_PARTNER.get(last.kind)


def _common_word(scan: _Scan, i: int) -> bool:
    """True when ``words[i]`` is in the language's dictionary and HanTa does not call it a name."""
    return scan.res.lexicon.best_tag(scan.words[i]) != "NE" and dictionary_word(scan.words[i], scan.res.lang)


def _genitive_before_noun(scan: _Scan, i: int) -> bool:
    """"Zabels Entscheidung", "über Stanleys Geburtsdatum": an unknown name in -s before a common noun."""
    words, lexicon = scan.words, scan.res.lexicon
    word = words[i]
    if not word.endswith("s") or lexicon.knows(word) or i + 1 >= len(words) or not is_capitalised(words[i + 1]):
        return False
    if i > 0 and words[i - 1].lower() in scan.res.cues.determiners:
        return False
    if i > 1 and is_capitalised(words[i - 1]) and lexicon.best_tag(words[i - 1]) in ("NE", None):
        return False  # "dem Four Seasons Hotel": part of a longer name
    return lexicon.word_class(words[i + 1]) == NOUN


def people_named(scan: _Scan, i: int, j: int) -> tuple[str, ...]:
    """KB persons whose full name or surname is ``words[i:j]`` or ends it ("Wladimir Putin", "Putin"); a family
    name written first ("Xi") only of a person the article has named in full before ("Anwältin Guo")."""
    kb = scan.res.kb
    for k in range(i, j):
        forms = [f for f in kb.phrases.get(tuple(scan.words[k:j]), ())
                 if f.how != "family_name" or f.entry_id in scan.memory.full_names]
        people = tuple(dict.fromkeys(f.entry_id for f in forms if kb.entries[f.entry_id].kind == "person"))
        people = agreeing_people(scan, i, k, j, people)
        if people:
            return people
    return ()


def opening_surname(scan: _Scan, i: int, forms: tuple) -> bool:
    """"Kurz wies die Kritik zurück", "„Kern sagte …": a KB surname that is also a common word opens the
    sentence, a quotation or a clause (after no word) right before a finite verb that is no copula.

    Requires ``forms`` to be the KB forms of ``words[i]``; true only when all are person surnames.  The
    adverb is followed by a particle or preposition ("Kurz darauf", "Kurz nach dem Treffen"), the adjective
    by a copula ("Klug ist …"); whether the person is likely in the article is left to
    :mod:`chronik.stages.mention_evidence`."""
    words, kb = scan.words, scan.res.kb
    if (i > 0 and words[i - 1][:1].isalnum()) or i + 1 >= len(words) or words[i + 1] in scan.res.cues.copulas:
        return False
    if not all(f.how == "surname" and kb.entries[f.entry_id].kind == "person" for f in forms):
        return False
    plural = words[i + 1].endswith(scan.res.cues.plural_verb_endings)  # "Kurz trafen sich …": the adverb
    return words[i + 1].islower() and not plural and finite_verb(scan, i + 1)
