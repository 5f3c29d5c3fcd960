"""Acts named as the cause or the anchor of another act: "Die EU hat als Reaktion auf den russischen
Einmarsch in die Ukraine Sanktionen beschlossen", "Finnland hatte nach dem russischen Einmarsch in die
Ukraine im Februar 2022 … die Aufnahme beantragt", "Nach mehr als vier Jahren Kämpfen hat die Armee die
Rückeroberung Aleppos verkündet".  Part of the ``events`` stage; the cue words come from ``events.yaml``
(``cause_preps``, ``cause_nouns``, ``sequence_preps``, ``span_words``, ``span_units``), the code knows no words.

Such a noun names an act that happened at another time than its clause's act (before it, for "nach",
"wegen", "seit", "als Reaktion auf"; after it, for "vor"): a time expression of its own phrase dates it
(:func:`attached_times`: "nach dem Einmarsch in die Ukraine im Februar 2022"), never the clause's time
nor the publication date; without one it stays undated, and the merge joins it to the one known event
it can mean.  After a ``sequence_preps`` word ("nach dem Treffen") the act may be the one just before
the clause's, on its day: it is dated as its clause would be (:func:`sequential`).  A cause noun also
yields its sentence's slot of its type to an act noun of the clause itself (:func:`background_noun`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronik.stages.event_slots import CLAUSE_BREAKS, attributive, clause_span

if TYPE_CHECKING:
    from collections.abc import Callable

    from chronik.model import Article, EventMention
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_hits import Hit
    from chronik.stages.event_lexicon import EventLexicon


def background_noun(words: list[str], k: int, lexicon: EventLexicon) -> bool:
    """Word ``k`` is an event noun governed by a cause preposition (see :func:`cause_governor`).
    Requires ``words`` of one sentence; False for words that are no noun trigger."""
    return words[k] in lexicon.nouns and cause_governor(words, k, lexicon) is not None


def yielded_nouns(hit: Hit, spare: list[Hit], words: list[str], lexicon: EventLexicon) -> list[Hit]:
    """The cause nouns of a noun ``hit``'s type that yielded their slot to it (from ``spare``, in text
    order), to try when ``hit`` yields no event: "Seit Beginn der russischen Luftangriffe am 30. September
    haben Assads Truppen mehrere Offensiven begonnen" (the offensives name no act the rules can code; the
    air strikes do).  [] for verb hits and for hits that are cause nouns themselves."""
    if hit.kind != "noun" or background_noun(words, hit.index, lexicon):
        return []
    return [h for h in spare if h.kind == "noun" and h.trigger.type == hit.trigger.type
            and (background_noun(words, h.index, lexicon) or _aim_of(words, hit.index, h.index, lexicon))]


#: Words (adjectives) that may stand between a purpose preposition and the aim noun ("zur vollständigen Rückeroberung").
_AIM_GAP = 2


def aim_head(words: list[str], j: int, lexicon: EventLexicon) -> int | None:
    """Index of the noun trigger whose aim noun ``words[j]`` is (:func:`_aim_of`: "Offensive zur Rückeroberung");
    None when it is none."""
    for k in range(max(0, j - 2 - _AIM_GAP), j - 1):
        if words[k] in lexicon.nouns and _aim_of(words, k, j, lexicon):
            return k
    return None


def _aim_of(words: list[str], k: int, j: int, lexicon: EventLexicon) -> bool:
    """Noun ``words[j]`` is the aim of noun ``words[k]``: a ``purpose_preps`` word right after ``k`` and at most
    ``_AIM_GAP`` lower-case words before ``j`` ("Offensive zur Rückeroberung von Mossul")."""
    if j <= k + 1 or words[k + 1].lower() not in lexicon.purpose_preps:
        return False
    between = words[k + 2 : j]
    return len(between) <= _AIM_GAP and all(w[:1].islower() for w in between)


def cause_event(article: Article, lexicon: EventLexicon, event: EventMention) -> bool:
    """``event`` (of ``article``) was found on a cause noun (:func:`background_noun`) of its sentence: its
    date, even one from the text ("Einen Tag nach dem Anschlag …"), is no time the report narrates."""
    sentence = article.sentences[event.sentence]
    words = [article.text[t.start : t.end] for t in sentence.tokens]
    return any(word == event.trigger and background_noun(words, k, lexicon) for k, word in enumerate(words))


def cause_governor(words: list[str], k: int, lexicon: EventLexicon) -> int | None:
    """Index of the ``cause_preps`` word that governs word ``k`` ("nach dem russischen Einmarsch", "nach
    mehr als vier Jahren Kämpfen", "seit Beginn des Militäreinsatzes"), or of a preposition right after a
    ``cause_nouns`` word ("als Reaktion auf den Einmarsch"); None when no such word governs it.  Between
    them only determiners, adjectives, ``span_words``, ``span_units`` (with their numbers: "nach 16 Stunden
    Verhandlungen") and one head noun followed by a genitive determiner may stand ("seit 2015 die Truppen":
    the preposition governs the year)."""
    j = _phrase_start(words, k, lexicon)
    if j < 0:
        return None
    word = words[j].lower()
    if word in lexicon.cause_preps:
        return j
    return j if word in lexicon.prepositions and j > 0 and words[j - 1] in lexicon.cause_nouns else None


def _phrase_start(words: list[str], k: int, lexicon: EventLexicon) -> int:
    """Index of the word before the modifiers of word ``k`` (see :func:`cause_governor`), -1 at the start."""
    j, head = k - 1, False
    while j >= 0:
        word = words[j]
        low = word.lower()
        if low in lexicon.determiners or attributive(lexicon, word) or low in lexicon.span_words \
                or word in lexicon.span_units or (word.isdigit() and words[j + 1] in lexicon.span_units):
            j -= 1
        elif not head and word[:1].isupper() and low not in lexicon.prepositions and j + 1 < k \
                and words[j + 1].lower() in lexicon.genitive_determiners:
            head, j = True, j - 1  # "seit Beginn des …": the trigger is the genitive of a head noun
        else:
            break
    return j


def cause_frame(frame: Frame) -> bool:
    """The frame is a noun trigger named as the cause or anchor of another act (see :func:`cause_governor`)."""
    return frame.kind == "noun" and cause_governor(frame.words, frame.index, frame.lexicon) is not None


def attached_times(frame: Frame, times: list[tuple]) -> list[tuple]:
    """Of ``times`` ((timex, value) pairs of the sentence), those of the cause noun's own phrase: between
    its governor and the noun ("nach dem gestrigen Angriff"), or right after the noun and its
    prepositional and genitive attributes ("nach dem Einmarsch in die Ukraine im Februar 2022"); a verb
    or any other word ends the phrase.  Requires :func:`cause_frame`; may return []."""
    words, lex = frame.words, frame.lexicon
    start = cause_governor(words, frame.index, lex)
    tokens = frame.sentence.tokens
    end = _phrase_end(words, frame.index, lex)
    low = tokens[start].start
    high = tokens[end].start if end < len(tokens) else frame.sentence.end
    return [pair for pair in times if low <= pair[0].start < high or pair[0].start == high]


def yearly_anchor(frame: Frame) -> bool:
    """The frame is a cause noun after a ``since_preps`` word whose own phrase places it by a bare year
    only ("Es war sein erster Besuch in Damaskus seit Beginn des russischen Militäreinsatzes 2015"): a time
    anchor of its clause, which names no time a reader can place (a month or a day does: "seit Beginn
    des russischen Militäreinsatzes im September 2015"); no act of its own.  False for other frames."""
    if not cause_frame(frame):
        return False
    governor = cause_governor(frame.words, frame.index, frame.lexicon)
    if frame.words[governor].lower() not in frame.lexicon.since_preps:
        return False
    sentence = frame.sentence
    own = attached_times(frame, [(t, t.value) for t in frame.article.timexes
                                 if sentence.start <= t.start < sentence.end])
    return bool(own) and all(len(t.value or "") == len("YYYY") for t, _ in own)


def cause_times(frame: Frame, times: list[tuple], clause_times: Callable[[Frame, list[tuple]], list[tuple]]) -> list[tuple]:
    """The times that may date a cause noun: those of its own phrase (:func:`attached_times`), else, after
    a ``sequence_preps`` word (:func:`sequential`), those of its clause (``clause_times``: "sagte Erdogan
    am Donnerstag nach einem Treffen mit Putin"); [] when none.  Requires :func:`cause_frame`."""
    own = attached_times(frame, times)
    return own or (clause_times(frame, times) if sequential(frame) else [])


def sequential(frame: Frame) -> bool:
    """A ``sequence_preps`` word governs the cause noun ("nach dem Treffen"): the act may be the one just
    before its clause's, on the same day, so with no time of its own it is dated as its clause would be
    ("Nach dem Treffen sagte Putin …" in news of the day).  Other causes ("als Reaktion auf", "wegen",
    "seit") then stay undated.  Requires :func:`cause_frame`."""
    governor = cause_governor(frame.words, frame.index, frame.lexicon)
    return governor is not None and frame.words[governor].lower() in frame.lexicon.sequence_preps


def outside_causes(frame: Frame, times: list[tuple]) -> list[tuple]:
    """Of ``times``, those that lie in no cause phrase of the trigger's clause other than a ``sequence_preps``
    one: "Es ist Putins erster Besuch in Syrien seit Beginn des russischen Militäreinsatzes im September
    2015" (September 2015 is the start of the deployment, not the visit's time).  A cause phrase runs from
    its governor over its head noun (any noun, trigger or not, but no word of a time expression: "seit Ende
    September" is the clause's own time) and that noun's attributes (:func:`_phrase_end`).  The phrases of
    other clauses stay: a relative clause may take its matrix's time ("seit seiner Flucht im Dezember in
    Moskau, wo ihm Asyl gewährt wurde")."""
    tokens, end = frame.sentence.tokens, frame.sentence.end
    spans = [t for t in frame.article.timexes if frame.sentence.start <= t.start < end]
    low, high = clause_span(frame.words, frame.index, CLAUSE_BREAKS)
    bounds = [(tokens[a].start, tokens[b].start if b < len(tokens) else end)
              for a, head, b in _cause_spans(frame.words, frame.lexicon)
              if low <= a < high and not any(t.start <= tokens[head].start < t.end for t in spans)]
    return [pair for pair in times if not any(a <= pair[0].start < b for a, b in bounds)]


def _cause_spans(words: list[str], lexicon: EventLexicon) -> list[tuple[int, int, int]]:
    """(governor, head, end) of the cause phrases of a sentence not opened by a ``sequence_preps`` word,
    each with the first noun its governor governs as its head.  The head must be an event noun, unless a
    ``since_preps`` word governs it ("seit Beginn des Militäreinsatzes"): "vor dem Parlament" is a place."""
    spans: list[tuple[int, int, int]] = []
    for k, word in enumerate(words):
        if not word[:1].isupper() or k == 0:
            continue
        j = cause_governor(words, k, lexicon)
        if j is None or words[j].lower() in lexicon.sequence_preps or any(a == j for a, _, _ in spans):
            continue
        if word in lexicon.nouns or words[j].lower() in lexicon.since_preps:
            spans.append((j, k, _phrase_end(words, k, lexicon)))
    return spans


def _phrase_end(words: list[str], k: int, lexicon: EventLexicon) -> int:
    """Index after the attributes of the noun at ``k``: prepositional phrases and genitives ("Einmarsch
    Russlands in die Ukraine im Februar 2022"), each a preposition or determiner, adjectives, then
    capitalised words or numbers.  An adjective or lower-case word outside such a phrase (a verb:
    "Nach dem Einmarsch verhängte Brüssel …") or a clause break ends them."""
    j, opened = k + 1, False
    while j < len(words) and words[j] not in CLAUSE_BREAKS and words[j] != ".":
        word = words[j]
        low = word.lower()
        if low in lexicon.prepositions or low in lexicon.determiners:
            opened = True
        elif word[:1].isupper() or word.isdigit():
            opened = False
        elif not (opened and attributive(lexicon, word)):
            break
        j += 1
    return j
