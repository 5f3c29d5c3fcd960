"""Main clauses joined by a comma and a coordinator, each with a subject of its own: "Russland bombardiert
Aleppo, und die USA kritisieren das", "Die Regierung schlägt eine Reform vor, und Zehntausende gehen dagegen
auf die Straße".  A trigger takes its roles from its own clause only: the USA are not bombed, the government
does not protest.  Part of the ``events`` stage; the coordinators are ``events.yaml`` ``clause_coordinators``.
"""

from __future__ import annotations

from chronik.model import Mention, Sentence
from chronik.stages.event_lexicon import EventLexicon
from chronik.stages.event_slots import placed_mentions, word_at

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
    end = min((k - 1 for k in openings if k > index), default=len(words))
    return [m for k, m in placed if start <= k < end]


def _clause_openings(sentence: Sentence, words: list[str], placed: list[tuple[int, Mention]],
                     lexicon: EventLexicon) -> list[int]:
    """Indices of the coordinators after a comma that open a main clause with its own subject: an actor
    mention within ``_SUBJECT_REACH`` words after the coordinator with only determiners and lower-case
    attributes before it, and a lower-case word after it that is no preposition or coordinator (the finite
    verb: "und die USA kritisieren", "und Putin drohte")."""
    openings = []
    for k in range(1, len(words) - 2):
        if words[k - 1] != "," or words[k].lower() not in lexicon.clause_coordinators:
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
