"""Place datelines: "Minsk – Der weißrussische Staatschef …", "Kiew/Moskau – …", "Wien (APA) – …".

Part of the ``events`` stage's reading of mentions (see :mod:`chronik.stages.events`).  News agencies and
papers open a report with the place it was filed from and a dash.  That place is where the reporter
was, not a side of any act: read as "a capital for its government", "Jakarta – Die indonesische Polizei
hat einen Mann festgenommen" would make Indonesia the arrester beside its police.
Requires segmented sentences and mentions in text order.  Guarantees: :func:`dateline_mentions` returns
only mentions that open their sentence (alone or joined by "/"), followed by an optional bracketed
agency and a dash, and that agency; no other mention is touched.  :func:`dateline_state` is the
country of the first of them.
"""

from __future__ import annotations

import re

from chronik.model import Article, Mention

_JOINER = re.compile(r"\s*/\s*")  # "Kiew/Moskau", "New York / San Juan"
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
