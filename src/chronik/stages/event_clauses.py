"""Main clauses joined by a coordinator, each with a subject of its own: "Russland bombardiert
Aleppo, und die USA kritisieren das", "Die Regierung schlägt eine Reform vor, und Zehntausende gehen dagegen
auf die Straße", also without the comma when both finite verbs are known ones ("Kerry traf Lawrow und
Steinmeier kritisierte Moskau").  A trigger takes its roles from its own clause only: the USA are not bombed,
the government does not protest, Steinmeier is no partner of the meeting.  Part of the ``events`` stage; the coordinators are ``events.yaml`` ``clause_coordinators``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Mention, Sentence
from chronik.stages.event_slots import opens_subordinate, placed_mentions, word_at

if TYPE_CHECKING:
    from chronik.stages.event_lexicon import EventLexicon

#: How many words a subject's noun phrase may put between the coordinator and its actor ("und der russische
#: Präsident Putin").
_SUBJECT_REACH = 4


def clause_mentions(sentence: Sentence, words: list[str], index: int, mentions: list[Mention],
                    lexicon: EventLexicon) -> list[Mention]:
    """The ``mentions`` of the main clause holding word ``index`` when the sentence joins main clauses with ", "
    and a ``clause_coordinators`` word (:func:`_clause_openings`); all ``mentions`` when it joins none."""
    placed = placed_mentions(sentence, mentions)
    openings = _clause_openings(sentence, words, placed, lexicon)
    if not openings:
        return mentions
    start = max((k for k in openings if k < index), default=0)
    end = min((k for k in openings if k > index), default=len(words))
    return [m for k, m in placed if start <= k < end]


def _clause_openings(sentence: Sentence, words: list[str], placed: list[tuple[int, Mention]],
                     lexicon: EventLexicon) -> list[int]:
    """Indices of the coordinators after a comma that open a main clause with its own subject: an actor
    mention within ``_SUBJECT_REACH`` words after the coordinator with only determiners and lower-case
    attributes before it, and a lower-case word after it that is no preposition or coordinator (the finite
    verb: "und die USA kritisieren", "und Putin drohte")."""
    openings = []
    for k in range(1, len(words) - 2):
        if words[k].lower() not in lexicon.clause_coordinators:
            continue
        if words[k - 1] != ",":
            if bare_opening(words, k, lexicon):
                openings.append(k)
            continue
        for j, mention in placed:
            if not k < j <= k + _SUBJECT_REACH or not all(_attribute(w, lexicon) for w in words[k + 1 : j]):
                continue
            after = word_at(sentence, mention.end - 1) + 1
            if after < len(words) and _finite_verb(words[after], lexicon):
                openings.append(k)
            break
    return openings


def _attribute(word: str, lexicon: EventLexicon) -> bool:
    """``word`` may stand between a coordinator and the subject's name: a determiner or a lower-case word."""
    return word.lower() in lexicon.determiners or (word.isalpha() and word.islower())


def _finite_verb(word: str, lexicon: EventLexicon) -> bool:
    """``word`` may be the finite verb after a subject: lower-case, no preposition, coordinator or determiner."""
    lower = word.lower()
    return word.isalpha() and word.islower() and lower not in lexicon.prepositions \
        and lower not in lexicon.coordinators and lower not in lexicon.determiners


def bare_opening(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """The coordinator at ``k``, with no comma before it, joins two main clauses: the clause before it (from
    the last comma or the sentence start, opened by no subordinator) holds a known verb other than an auxiliary
    after its first word, and after the coordinator comes a subject (determiners and lower-case attributes, then
    one to three capitalised words: "und Präsident Poroschenko", "und die USA") followed by a known finite verb
    (:func:`_known_verb`) with more words of its clause after it that are no auxiliary or coordinator.  So
    "Merkel und Hollande forderten …" (no verb before), "Merkel hat Putin und Poroschenko getroffen" (only an
    auxiliary before), "hat Aleppo bombardiert und Assad unterstützt, sagte …" (a shared auxiliary's participle
    closes the clause) and "dass Russland … angreift und Assad unterstützt habe" stay one clause."""
    if k == 0 or words[k - 1] == "," or words[k].lower() not in lexicon.clause_coordinators:
        return False
    start = max((j + 1 for j in range(k) if words[j] in _BREAKS), default=0)
    if opens_subordinate(words, start, lexicon) or not any(_known_verb(w, lexicon) and w.lower() not in lexicon.finite_auxiliaries
                                                           for w in words[start + 1 : k]):
        return False  # "Merkel hat Putin und Poroschenko getroffen": the first clause's verb is still to come
    j = k + 1
    while j < len(words) and j - k <= _SUBJECT_REACH and _attribute(words[j], lexicon):
        j += 1
    names = j
    while j < len(words) and j - names < 3 and words[j][:1].isupper() and words[j].lower() not in lexicon.determiners:
        j += 1
    return names < j < len(words) - 1 and _known_verb(words[j], lexicon) and words[j + 1] not in _BREAKS | {".", "!", "?"} \
        and words[j + 1].lower() not in lexicon.finite_auxiliaries and words[j + 1].lower() not in lexicon.coordinators


#: Punctuation that ends a clause for the bare-coordinator test.
_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")"})


def _known_verb(word: str, lexicon: EventLexicon) -> bool:
    """``word`` is lower-case and a form the lexicon knows as a finite verb or may be one: a trigger verb, the
    stem of a particle verb, a reporting verb or a finite auxiliary ("kritisierte", "wies", "sagte", "hat")."""
    lower = word.lower()
    return word.isalpha() and word.islower() and (lower in lexicon.verbs or lower in lexicon.particles
                                                   or lower in lexicon.reporting_verbs
                                                   or lower in lexicon.finite_auxiliaries)
