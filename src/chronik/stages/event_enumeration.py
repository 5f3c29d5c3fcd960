"""Clauses whose commas may join an enumeration of actors: "die Außenminister Russlands, der USA und der Türkei",
"Ein Treffen von Merkel, Hollande und Putin".

Part of the ``events`` stage (used by :mod:`chronik.stages.event_dating` and the agent rules): a comma between
two mentions that an "und"/"sowie" closes before the clause ends joins a list and breaks no clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.model import Article, Sentence

if TYPE_CHECKING:
    from chronik.stages.event_lexicon import EventLexicon

#: Clause punctuation: commas, semicolons, colons, dashes, brackets and quotation marks.
CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—", "(", ")", '"', "„", "“", "»", "«"})


def list_clause_span(words: list[str], k: int, joined: frozenset[int] = frozenset()) -> tuple[int, int]:
    """[start, end) of the clause around ``words[k]``: between clause punctuation, where the commas at
    the indices ``joined`` (those of an enumeration of actors) do not break."""
    start = k
    while start > 0 and (words[start - 1] not in CLAUSE_MARKS or start - 1 in joined):
        start -= 1
    end = k
    while end < len(words) and (words[end] not in CLAUSE_MARKS or end in joined):
        end += 1
    return start, end


def enumeration_commas(article: Article, sentence: Sentence, words: list[str],
                        lexicon: EventLexicon, closed: bool = True) -> frozenset[int]:
    """Indices of the commas of ``sentence`` that join two mentions ("die Außenminister Russlands, der USA
    und der Türkei", "Aleppo, Hama und Homs"): the word before ends a mention, and the next word that is
    not a determiner begins one; with ``closed``, only those of a list an "und"/"sowie" closes (without, also
    a headline's bare list: "Treffen EU, Ukraine, Russland diese Woche möglich")."""
    starts = {m.start for m in article.mentions if m.sentence == sentence.index}
    ends = {m.end for m in article.mentions if m.sentence == sentence.index}
    tokens = sentence.tokens
    joined = set()
    for j, word in enumerate(words):
        if word != "," or j == 0 or tokens[j - 1].end not in ends:
            continue
        after = j + 1
        while after < len(words) and words[after].lower() in lexicon.determiners:
            after += 1
        if after < len(words) and tokens[after].start in starts:
            joined.add(j)
    return frozenset(j for j in joined if not closed or _closed_by_coordinator(words, j, joined, lexicon))


def _closed_by_coordinator(words: list[str], j: int, joined: set[int], lexicon: EventLexicon) -> bool:
    """An enumeration ends with "und"/"sowie" before its clause does ("Putin, Erdogan und Ruhani"; not
    "die Entscheidung Trumps, Jerusalem … anzuerkennen")."""
    words_only = lexicon.coordinators - {","}
    for k in range(j + 1, len(words)):
        if words[k] in CLAUSE_MARKS and k not in joined:
            return False
        if words[k].lower() in words_only:
            return True
    return False


def reporting_clause(words: list[str], end: int, lexicon: EventLexicon) -> tuple[int, int] | None:
    """The words [start, stop) of the clause right after a clause ending at ``end`` when a comma closes it and a
    reporting verb (``reporting_verbs``) opens the next ("…, sagte Kerry am Mittwoch"); None otherwise."""
    if end + 1 >= len(words) or words[end] != "," or words[end + 1].lower() not in lexicon.reporting_verbs:
        return None
    stop = next((k for k in range(end + 1, len(words)) if words[k] in CLAUSE_MARKS or words[k] == "."), len(words))
    return end + 1, stop
