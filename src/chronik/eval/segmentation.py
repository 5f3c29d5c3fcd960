"""Sentence-boundary evaluation on GermEval 2014 (reader, text rebuilder, scorer).

GermEval 2014 (``NER-de-dev.tsv``) gives one tokenised sentence per block:
a comment line ``#<TAB><source><TAB>[<date>]``, token lines
``index<TAB>token<TAB>outer<TAB>inner`` and a blank line.  To score a sentence
splitter we rebuild natural text from the tokens (:func:`detokenize`), join
sentences into paragraphs and ask where the splitter ends sentences.

Two ways of building paragraphs:

* :func:`paragraphs_by_source` joins *consecutive* sentences with the same
  source, as the issue asks.  In the dev file almost every source holds one
  sentence, so such paragraphs hold one sentence each: the only gold boundary
  is the paragraph end, and the score measures over-splitting alone.  Score it
  with ``include_end=True`` (otherwise there is nothing to find).
* :func:`paragraphs_by_window` joins every ``size`` consecutive sentences in
  file order, whatever their source.  Its sentence-internal boundaries are the
  real test (period + next sentence start); score it with
  ``include_end=False`` so the trivial paragraph end is not counted.

A boundary is the character offset where a sentence ends (after its last
non-space character); precision, recall and F1 compare predicted and gold
offsets per paragraph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from chronik.eval.scoring import f1

# Tokens that take no space before them / after them when text is rebuilt.
_NO_SPACE_BEFORE = frozenset(",.:;?!)]}%…") | {"...", "''"}
_NO_SPACE_AFTER = frozenset("([{") | {"``"}
_OPEN_ONLY = frozenset("„‚")
_CLOSE_ONLY = frozenset("“”‘’")  # “ closes an open „ and opens otherwise
_SYMMETRIC = frozenset("\"'»«")  # open or close by parity
_FINAL_PUNCT = frozenset(".!?…") | {"..."}
_CLOSING_AT_END = _SYMMETRIC | frozenset("“”")


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One GermEval sentence: its source (URL or outlet line) and its tokens."""

    source: str
    tokens: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Rebuilt text and the gold end offsets of its sentences (ascending; last == len(text))."""

    text: str
    ends: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Score:
    """Boundary counts and the precision, recall and F1 computed from them."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def read_germeval(path: Path) -> list[GoldSentence]:
    """Read a GermEval 2014 TSV file into sentences, in file order.

    Requires the layout described in the module docstring; raises
    ``ValueError`` on a token line without a tab.
    """
    sentences: list[GoldSentence] = []
    source, tokens = "", []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#\t"):
            source = line.split("\t")[1]
        elif not line.strip():
            if tokens:
                sentences.append(GoldSentence(source, tuple(tokens)))
            tokens = []
        else:
            fields = line.split("\t")
            if len(fields) < 2:
                raise ValueError(f"{path}:{number}: token line without a tab")
            tokens.append(fields[1])
    if tokens:
        sentences.append(GoldSentence(source, tuple(tokens)))
    return sentences


def detokenize(tokens: Iterable[str]) -> str:
    """Join tokens into natural text: no space before ``, . : ; ? ! )`` or closing
    quotes, none after opening brackets and quotes.

    ``"`` ``'`` ``»`` ``«`` open at their odd and close at their even occurrence
    within the sentence; these and ``“`` ``”`` close when last or right after ``. ! ?``;
    ``„`` opens, ``“`` closes an open ``„`` and opens otherwise, ``”`` closes.
    """
    parts: list[str] = []
    glue_next = True  # no space before the first token
    open_quotes: list[str] = []
    tokens = list(tokens)
    for i, token in enumerate(tokens):
        if token in _CLOSING_AT_END and i > 0 and (i == len(tokens) - 1 or tokens[i - 1] in _FINAL_PUNCT):
            role = "close"  # may close a quote opened in an earlier sentence
            kind = {"«": "»", "“": "„", "”": "„"}.get(token, token)
            if kind in open_quotes:
                open_quotes.remove(kind)
        else:
            role = _quote_role(token, open_quotes)
        no_space = glue_next or token in _NO_SPACE_BEFORE or role == "close"
        parts.append(token if no_space else " " + token)
        glue_next = token in _NO_SPACE_AFTER or role == "open"
    return "".join(parts)


def _quote_role(token: str, open_quotes: list[str]) -> str | None:
    """``"open"``, ``"close"`` or None for a token; updates the stack of open quotes."""
    if token in _OPEN_ONLY:
        open_quotes.append("„")
        return "open"
    if token in _CLOSE_ONLY:
        if "„" in open_quotes:
            open_quotes.remove("„")
            return "close"
        if token == "“":  # English style: “ opens, ” closes
            open_quotes.append("„")
            return "open"
        return "close"
    if token in _SYMMETRIC:
        kind = "»" if token in "»«" else token
        if kind in open_quotes:
            open_quotes.remove(kind)
            return "close"
        open_quotes.append(kind)
        return "open"
    return None


def build_paragraph(sentences: Iterable[GoldSentence]) -> Paragraph:
    """Rebuild the sentences' text, separated by single spaces, with their end offsets."""
    text, ends = "", []
    for sentence in sentences:
        text = (text + " " if text else "") + detokenize(sentence.tokens)
        ends.append(len(text))
    return Paragraph(text, tuple(ends))


def paragraphs_by_source(sentences: list[GoldSentence]) -> list[Paragraph]:
    """One paragraph per run of consecutive sentences from the same source."""
    runs: list[list[GoldSentence]] = []
    for sentence in sentences:
        if runs and runs[-1][-1].source == sentence.source:
            runs[-1].append(sentence)
        else:
            runs.append([sentence])
    return [build_paragraph(run) for run in runs]


def paragraphs_by_window(sentences: list[GoldSentence], size: int) -> list[Paragraph]:
    """One paragraph per ``size`` consecutive sentences (the last may be shorter)."""
    if size < 1:
        raise ValueError("size must be at least 1")
    return [build_paragraph(sentences[i : i + size]) for i in range(0, len(sentences), size)]


def score_boundaries(
    paragraphs: Iterable[Paragraph],
    split: Callable[[str], Iterable[int]],
    include_end: bool,
) -> Score:
    """Compare ``split(text)`` (predicted sentence end offsets) with the gold ends.

    With ``include_end=False`` the paragraph end is left out of both sides.
    """
    tp = fp = fn = 0
    for paragraph in paragraphs:
        gold = set(paragraph.ends)
        predicted = set(split(paragraph.text))
        if not include_end:
            gold.discard(len(paragraph.text))
            predicted.discard(len(paragraph.text))
        tp += len(gold & predicted)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    return Score(tp, fp, fn)


def boundary_errors(
    paragraphs: Iterable[Paragraph], split: Callable[[str], Iterable[int]], width: int = 40
) -> Iterator[tuple[str, str]]:
    """Yield ``("FP"|"FN", context)`` for each wrong internal boundary, ``|`` marking it."""
    for paragraph in paragraphs:
        gold, predicted = set(paragraph.ends), set(split(paragraph.text))
        for kind, offsets in (("FP", predicted - gold), ("FN", gold - predicted)):
            for offset in sorted(offsets):
                if offset != len(paragraph.text):
                    text = paragraph.text
                    yield kind, text[max(0, offset - width) : offset] + "|" + text[offset : offset + width]
