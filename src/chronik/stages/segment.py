"""Stage ``segment``: split the clean text into sentences and tokens.

Why our own splitter and not syntok (decided by measurement, see
``benchmarks/README.md``): on 10kGNAD (about 2,600 characters per article,
one core) syntok's ``segmenter.analyze`` runs at about 260-320 articles/s,
below the 800 articles/s this stage needs, and scores sentence-boundary F1
0.940 on GermEval 2014 (it splits after German ordinals and abbreviations it
does not know, and its lists are not ours to extend from YAML).  This module,
three compiled regular expressions and the rules below, runs at about 1,350
articles/s and scores 0.986 (SoMaJo, GPL-3 and not a dependency: 0.980).

How a boundary is decided (language knowledge from ``lang/<xx>/segment.yaml``,
entries matched exactly, case included):

* A blank line always ends a sentence.
* ``?`` and ``!`` (with any closing quotes after them) end a sentence when
  whitespace and then something other than a lower-case letter follow;
  inside brackets (``500 (verunsicherte?) Kunden``) only before a starter.
* A period ends a sentence when the next word does not begin in lower case,
  unless the word before it is an abbreviation (``Dr.``, ``z. B.``, a single
  letter or initial, ``Art.`` before a number), or an ordinal-like number
  (``am 3. Oktober``, ``im 20. Jahrhundert``, ``18.12.``) or an abbreviation
  that may end a sentence (``usw.``, ``Mio.``, ``U.S.A.``): after those only a
  sentence starter (``Der``, ``Im``, ``Auch`` …) makes it a boundary.  A
  closing quote after the period (``sagte er.“ Danach``) always does.  A
  number at the start of a line (``1. Zum Inhalt``) is a list number.
* A period glued to a capitalised word (``geboren.Noch``, paragraphs joined
  without a space) is judged the same way, except inside URLs and addresses.
* An ellipsis ends a sentence only before a sentence starter or a closing quote.
* A line break after a line with no final punctuation ends a sentence when
  the next line does not begin in lower case and the line does not end in
  ``, ; : -`` or in a lower-case sentence starter such as ``die``, ``und``
  (then the text is hard-wrapped): headlines, captions, list items.

Tokens: URLs, e-mail addresses, domain names, numbers with separators
(``50.000``, ``3,5``, ``18.12.2015``), dotted abbreviations (``z.B.``),
words with inner hyphens or apostrophes, a word's abbreviation or ordinal
period (``Dr.``, ``3.``), ellipses, and every other non-space character on
its own.  A sentence-final period is a token of its own, except after a
dotted abbreviation (``U.S.A.``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate, chain

from chronik.context import Context
from chronik.errors import ResourceError
from chronik.model import Article, Sentence, Token
from chronik.resources import LanguageData

_CLOSERS = "\"'“”‘’»«)\\]}"
_OPENERS = "\"'„“‚‘»«(\\[{"

# A run of final punctuation with closing quotes/brackets, followed by
# whitespace or the end of the text, or a period/?/! glued between a letter and
# a capitalised word ("geboren.Noch", paragraphs joined without a space); or a
# line break with the blank space after it.  The leading lookahead lets the
# engine skip ahead by character class (three times faster on news text).
_CANDIDATE = re.compile(
    rf"""(?=[.!?…\n])(?:
    (?P<punct>(?:[.!?]+|…+)[{_CLOSERS}]*)(?=\s|\Z)
    | (?<=[^\W\d_])(?P<glued>[.!?])(?=[^\W\d_][^\W\d_])
    | (?P<nl>\n\s*))""",
    re.VERBOSE,
)
# What follows a candidate: openers/dashes, then the first word (may be empty).
_NEXT = re.compile(rf"\s*(?P<open>[{_OPENERS}\-–—•*]*)(?P<word>\w*)")
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_ORDINAL = re.compile(r"[1-9]\d?|\d{1,2}\.\d{1,2}")  # 3, 20, 18.12 (not 04: a team number)
_CONTINUATION = frozenset(",;:-–—(/&+")

_TOKEN = re.compile(
    r"""
    (\s*)(
    [^\W\d_]+(?![\w.@'’-]|://) | \d+(?![\w.,:/@'’-])                 # fast path: plain word, number
    | (?:https?://|ftp://|www\.)[^\s<>"„“”»«]*[^\s<>"„“”»«.,;:!?)\]}'’]   # URL
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                                        # e-mail
    | (?:[^\W_][\w-]*\.)+[a-z]{2,6}\b(?![.@]?\w)                          # domain name
    | (?:[^\W\d_]{1,2}\.){2,}                                             # z.B. U.S.A.
    | \d+(?:[.,:/]\d+)+(?:\.(?!\.))?                                      # 50.000 3,5 18.12.
    | \w+(?:['’-]\w+)*(?:\.(?!\.)|-(?=\s|\Z))?                           # word, 3., Dr., Bewährungs-
    | \.{2,} | …+                                                         # ellipsis
    | \S                                                                  # anything else
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class _Rules:
    """The compiled segment knowledge of one language (entries matched exactly)."""

    never: frozenset[str]  # abbreviations that never end a sentence
    final: frozenset[str]  # abbreviations that may end one (before a starter)
    numeric: frozenset[str]  # abbreviations only before a number (Art. 5)
    starters: frozenset[str]  # lower case
    ordinal_dot: bool


def _build_rules(lang: LanguageData) -> _Rules:
    """Read ``segment.yaml`` into lookup sets; raises ResourceError on a non-string entry."""

    def entries(key: str) -> frozenset[str]:
        values = lang.get("segment", key)
        wrong = [v for v in values if not isinstance(v, str)]
        if wrong:  # YAML reads unquoted No / on / yes as booleans
            raise ResourceError(f"segment.yaml ({lang.code}): {key} holds non-strings {wrong}; quote them")
        return frozenset(values)

    starters = frozenset(w.lower() for w in entries("sentence_starters"))
    return _Rules(
        entries("abbreviations"),
        entries("final_abbreviations"),
        entries("number_abbreviations"),
        starters,
        bool(lang.get("segment", "ordinal_dot")),
    )


def segment(article: Article, ctx: Context) -> Article:
    """Split ``article.text`` into sentences with tokens.

    Requires ``article.text`` (may be empty) and ``article.lang`` (None means
    the default language).  Sets ``article.sentences``: sentences in text
    order, indexed from 0, without leading/trailing whitespace, covering every
    non-space character of the text; each holds ordered, non-overlapping
    tokens inside it that cover all its non-space characters.
    """
    rules = ctx.compiled("segment", ctx.lang(article.lang), _build_rules)
    article.sentences = split_sentences(article.text, rules)
    return article


def split_sentences(text: str, rules: _Rules) -> list[Sentence]:
    """Sentences (with tokens) of ``text`` under ``rules``; see :func:`segment`."""
    starts, ends = _tokenize(text)
    sentences: list[Sentence] = []
    start = 0
    for cut, tail in [*_boundaries(text, rules), (len(text), len(text))]:
        span = _strip(text, start, cut)
        if span is not None:
            tokens = _sentence_tokens(starts, ends, span[0], span[1], tail)
            sentences.append(Sentence(len(sentences), span[0], span[1], tokens))
        start = cut
    return sentences


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of ``text[start:end]`` without surrounding whitespace; None if blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def word_tokens(text: str) -> list[str]:
    """The tokens of ``text`` as :func:`segment` cuts them (for matching phrases)."""
    starts, ends = _tokenize(text)
    return [text[s:e] for s, e in zip(starts, ends, strict=True)]


def _tokenize(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of every token of ``text``, in order.

    ``findall`` returns (whitespace, token) string pairs that tile the text
    from its start without gaps, so running sums of their lengths are the
    offsets; one call per article and no match object per token (about twice
    as fast as ``finditer``).  Tokens never contain whitespace, so only a
    glued cut (``geboren.Noch``) can fall inside one; :func:`_sentence_tokens`
    clips it.
    """
    bounds = list(accumulate(map(len, chain.from_iterable(_TOKEN.findall(text))), initial=0))
    return bounds[1::2], bounds[2::2]


def _sentence_tokens(starts: list[int], ends: list[int], start: int, end: int, tail: int) -> list[Token]:
    """Tokens inside ``[start, end)``, clipped to it; a token that runs over ``tail`` is cut there.

    ``tail`` is where the sentence-final punctuation begins, so ``worden.``
    at a sentence end becomes ``worden`` and ``.``.  Clipping matters only at
    a cut without whitespace (``geboren.Noch``).
    """
    i = bisect_right(ends, start)
    j = bisect_left(starts, end, i)
    s, e = starts[i:j], ends[i:j]
    if not s:
        return []
    s[0], e[-1] = max(s[0], start), min(e[-1], end)
    if start < tail < end:
        k = len(s) - 1
        while k >= 0 and s[k] >= tail:
            k -= 1
        if k >= 0 and e[k] > tail:
            s.insert(k + 1, tail)
            e.insert(k, tail)
    return list(map(Token, s, e))


def _boundaries(text: str, rules: _Rules) -> list[tuple[int, int]]:
    """``(cut, tail)`` pairs: a sentence ends at ``cut``; its final punctuation starts at ``tail``."""
    cuts: list[tuple[int, int]] = []
    last_punct_end = -1
    for m in _CANDIDATE.finditer(text):
        if m.lastgroup == "nl":
            if _line_boundary(text, m, last_punct_end, rules):
                cuts.append((m.start(), m.start()))
            continue
        last_punct_end = m.end()
        tail = _punct_boundary(text, m, rules)
        if tail is not None:
            cuts.append((m.end(), tail))
    return cuts


def _line_boundary(text: str, m: re.Match[str], last_punct_end: int, rules: _Rules) -> bool:
    """Whether the line break ``m`` ends a sentence (see the module docstring)."""
    if m.group().count("\n") > 1 or m.end() == len(text):
        return True
    line_end = _run_start(text, m.start(), str.isspace)
    if last_punct_end == line_end or line_end == 0:
        return False  # the punctuation before the break decided already
    if text[m.end()].islower() or text[line_end - 1] in _CONTINUATION:
        return False
    last_word = _word_before(text, line_end)
    return not (last_word.islower() and last_word in rules.starters)  # wrapped: "… die\nSteuern"


def _punct_boundary(text: str, m: re.Match[str], rules: _Rules) -> int | None:
    """Where the final punctuation of the candidate ``m`` starts if it ends a sentence, else None."""
    pos, punct = m.start(), m.group()
    body = punct.rstrip(_CLOSERS)
    quoted = any(c not in ")]}" for c in punct[len(body) :])  # „… sagte er.“ Danach
    bracketed = len(body) < len(punct) and not quoted  # (verunsicherte?) Kunden
    if m.end() == len(text):
        return _period_tail(text, pos, rules) if body == "." else pos
    word = _NEXT.match(text, m.end()).group("word")
    if word[:1].islower() or (m.lastgroup == "glued" and not word[1:2].islower()):
        return None
    starter = word.lower() in rules.starters
    if "?" in body or "!" in body:
        return pos if starter or not bracketed else None
    if "…" in body or len(body) > 2:
        return pos if starter or quoted else None
    if quoted:
        return pos
    return _period_boundary(text, pos, word, starter, rules, glued=m.lastgroup == "glued")


def _period_boundary(text: str, pos: int, word: str, starter: bool, rules: _Rules, glued: bool) -> int | None:
    """Decide a period at ``pos`` from the word before it and the next ``word``.

    ``glued``: no space follows (``geboren.Noch``); never a boundary inside a
    URL or address.
    """
    core = _word_before(text, pos)
    if glued and ("/" in core or "@" in core):
        return None
    kind = _classify(core, pos - len(core), text, rules)
    if kind == "numeric":
        kind = "never" if word[:1].isdigit() else "word"
    if kind == "word" or (starter and kind in ("final", "ordinal")):
        return pos
    if kind == "dotted" and starter:
        return pos + 1  # the final period stays in the token (U.S.A.)
    return None


def _period_tail(text: str, pos: int, rules: _Rules) -> int:
    """Where a sentence-final period at ``pos`` starts as a token of its own."""
    core = _word_before(text, pos)
    return pos + 1 if _classify(core, pos - len(core), text, rules) == "dotted" else pos


def _word_before(text: str, pos: int) -> str:
    """The non-space run that ends at ``pos``, without opening quotes/brackets."""
    lo = max(0, pos - 80)  # a longer run is a word (or URL) whatever its head
    start = text.rfind(" ", lo, pos) + 1 or lo
    if not text[start:pos].isprintable():  # other whitespace (tab, newline, no-break space)
        start = _run_start(text, pos, lambda c: not c.isspace())
    return text[start:pos].lstrip(_OPENERS)


def _run_start(text: str, pos: int, inside: Callable[[str], bool]) -> int:
    """Start of the run of characters satisfying ``inside`` that ends at ``pos``."""
    while pos > 0 and inside(text[pos - 1]):
        pos -= 1
    return pos


def _classify(core: str, core_start: int, text: str, rules: _Rules) -> str:
    """Kind of the word before a period.

    One of never, final, numeric (abbreviation lists), dotted (``U.S.A``),
    ordinal, line_number (an ordinal that begins its line) or word.
    """
    if not core or not core[-1].isalnum():
        return "word"
    last = core.rsplit("/", 1)[-1].rsplit("-", 1)[-1]
    for kind, entries in (("never", rules.never), ("final", rules.final), ("numeric", rules.numeric)):
        if core in entries or last in entries:
            return kind
    if len(last) == 1 and last.isalpha():
        return "never"  # initials and one-letter abbreviations: S. Chirikov, z. B.
    if _DOTTED.fullmatch(core):
        return "dotted"
    if rules.ordinal_dot and (_ORDINAL.fullmatch(core) or _ORDINAL.fullmatch(last)):
        return "line_number" if _at_line_start(text, core_start) else "ordinal"
    return "word"


def _at_line_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between the previous line break (or text start) and ``pos``."""
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()
