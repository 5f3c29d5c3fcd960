"""Place datelines: "Minsk – Der weißrussische Staatschef …", "Kiew/Moskau – …", "Wien (APA) – …", and
topic labels: "Syrien: Waffenruhe hält weitgehend", "Russland: Lawrow kritisiert Nato".

Part of the ``events`` stage's reading of mentions (see :mod:`chronik.stages.events`).  News agencies and
papers open a report with the place it was filed from and a dash.  That place is where the reporter
was, not a side of any act: read as "a capital for its government", "Jakarta – Die indonesische Polizei
hat einen Mann festgenommen" would make Indonesia the arrester beside its police.
Requires segmented sentences and mentions in text order.  Guarantees: :func:`dateline_mentions` returns
only mentions that open their sentence (alone or joined by "/"), followed by an optional bracketed
agency and a dash, and that agency; no other mention is touched.  :func:`dateline_state` is the
country of the first of them.  :func:`label_mentions` returns only place and state mentions before a colon
that closes a label of at most :data:`LABEL_WORDS` words opening a sentence.
"""

from __future__ import annotations

import re

from chronik.model import Article, Mention

_JOINER = re.compile(r"\s*/\s*")  # "Kiew/Moskau", "New York / San Juan"
_COLON = re.compile(r"\s*:\s+\S")  # "Syrien: Waffenruhe …"
#: The most words a topic label has before its colon ("Syrien:", "Nahost-Konflikt:", "Russland und Türkei:").
LABEL_WORDS = 3
_DASH = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?[–—-]\s+\S")  # " – D", " (APA) – D"


def dateline_mentions(article: Article) -> set[int]:
    """Start offsets of the place mentions that form a dateline at the start of a sentence, and of an
    agency in brackets after them ("Damaskus (AFP) –")."""
    by_sentence: dict[int, list[Mention]] = {}
    for mention in article.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    found: set[int] = set()
    for sentence in article.sentences:
        mentions = by_sentence.get(sentence.index, [])
        if sentence.tokens and mentions and mentions[0].start in (sentence.tokens[0].start,
                                                                  _after_unknown_place(article.text, sentence)):
            found.update(_dateline(article.text, mentions))
    return found


def _after_unknown_place(text: str, sentence) -> int:
    """Where a dateline's first known place starts when a "/" joins an unknown first place to it
    ("Idomeni/Athen – …": a village the gazetteer lacks): the word after the "/"; -1 without such a start."""
    tokens = sentence.tokens
    if len(tokens) > 2 and text[tokens[0].start : tokens[0].end][:1].isupper() \
            and text[tokens[1].start : tokens[1].end] == "/":
        return tokens[2].start
    return -1


def dateline_state(article: Article) -> str | None:
    """The state of the article's first dateline mention that has one ("Minsk – …"): where the report was
    filed; None without a dateline."""
    starts = dateline_mentions(article)
    placed = [m.country for m in article.mentions if m.start in starts and m.country]
    return placed[0] if placed else None


def _dateline(text: str, mentions: list[Mention]) -> list[int]:
    """The starts of the sentence-opening run of places joined by "/" when a dash follows it; else none."""
    run = [mentions[0]]
    for mention in mentions[1:]:
        if not _JOINER.fullmatch(text[run[-1].end : mention.start]):
            break
        run.append(mention)
    dash = _DASH.match(text, run[-1].end)
    if any(m.kind not in ("LOC", "STATE") and m.how != "kb:metonym" for m in run) or dash is None:  # "Brüssel": the EU's
        return []
    agency = [m.start for m in mentions[len(run):] if m.end <= dash.end()]  # "Damaskus (AFP) –"
    return [m.start for m in run] + agency


def label_mentions(article: Article, joiners: frozenset[str] = frozenset()) -> set[int]:
    """Start offsets of the place and state mentions of a topic label: the few words before a colon that open
    a sentence ("Russland: Lawrow kritisiert Nato", "Ukraine-Krise: Poroschenko …").  Headlines and teasers name
    their topic so; the label is no side of the act that follows ("Lawrow kritisiert", not "Russland").  A
    person or an organisation before the colon is a speaker ("Merkel: Wir schaffen das") and is not returned.
    ``joiners`` are the lower-case words that may join the label's names ("Kiew und Moskau:")."""
    found: set[int] = set()
    for sentence in article.sentences:
        colon = _label_end(article.text, sentence, joiners)
        if colon < 0:
            continue
        inside = [m for m in article.mentions if m.sentence == sentence.index and m.end <= colon]
        if inside and all(m.kind in ("LOC", "STATE") for m in inside):
            found.update(m.start for m in inside)
    return found


def _label_end(text: str, sentence, joiners: frozenset[str]) -> int:
    """Where the colon of a label opening ``sentence`` stands (at most :data:`LABEL_WORDS` capitalised words,
    "/" or ``joiners`` before it, a word after it), else -1: "Moskau warnte: …" is a speaker's clause, no label."""
    for i, token in enumerate(sentence.tokens[: LABEL_WORDS + 1]):
        word = text[token.start : token.end]
        if word == ":" and i:
            return token.start if _COLON.match(text, token.start) else -1
        if not (word[:1].isupper() or word == "/" or (i and word in joiners)):
            return -1
    return -1
