"""Entity recognition scored on GermEval 2014 TSV: outer spans, PER/LOC/ORG, exact span and type.

The TSV has one token per line (``index  token  outer  inner``), ``#`` lines
with the source, and blank lines between sentences.  Each sentence becomes
a one-sentence text (tokens joined by spaces, so offsets map back to token
indexes) that goes through the ``mentions`` stage; STATE mentions count as
LOC; descriptions, groups and pronouns are not names and do not count.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from chronik.context import Context
from chronik.errors import InputError
from chronik.eval.scoring import f1
from chronik.model import Sentence, Token
from chronik.stages.mentions import find_mentions, resources

TYPES = ("PER", "LOC", "ORG")
_TYPE_OF_KIND = {"PER": "PER", "LOC": "LOC", "STATE": "LOC", "ORG": "ORG"}
Span = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """Tokens of one sentence and its gold outer spans (token indexes, end exclusive)."""

    tokens: list[str]
    spans: frozenset[Span]


def read_germeval(path: Path) -> list[GoldSentence]:
    """Sentences of a GermEval 2014 TSV file; raises InputError naming the line on bad rows."""
    sentences: list[GoldSentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    for number, line in enumerate([*lines, ""], 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                sentences.append(GoldSentence(tokens, frozenset(bio_spans(tags))))
            tokens, tags = [], []
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            raise InputError(f"{path}:{number}: expected 'index<TAB>token<TAB>outer tag', got {line[:60]!r}")
        tokens.append(cells[1])
        tags.append(cells[2])
    return sentences


def bio_spans(tags: list[str]) -> list[Span]:
    """Outer PER/LOC/ORG spans of BIO ``tags`` (OTH and the deriv/part classes dropped)."""
    spans, i = [], 0
    while i < len(tags):
        label = tags[i][2:]
        if tags[i].startswith("B-") and label in TYPES:
            j = i + 1
            while j < len(tags) and tags[j] == f"I-{label}":
                j += 1
            spans.append((i, j, label))
            i = j
        else:
            i += 1
    return spans


def tag_sentence(tokens: list[str], ctx: Context) -> set[Span]:
    """chronik's PER/LOC/ORG spans over ``tokens`` (token indexes)."""
    text, starts = " ".join(tokens), []
    offset = 0
    for token in tokens:
        starts.append(offset)
        offset += len(token) + 1
    sentence = Sentence(0, 0, len(text), [Token(s, s + len(t)) for s, t in zip(starts, tokens, strict=True)])
    index_of_start = {s: k for k, s in enumerate(starts)}
    index_of_end = {s + len(t): k + 1 for k, (s, t) in enumerate(zip(starts, tokens, strict=True))}
    found = find_mentions(text, sentence, resources(ctx, ctx.lang("de")))
    return {
        (index_of_start[m.start], index_of_end[m.end], _TYPE_OF_KIND[m.kind])
        for m in found
        if m.kind in _TYPE_OF_KIND and m.start in index_of_start and m.end in index_of_end
    }


@dataclass(frozen=True, slots=True)
class NerScores:
    """Precision, recall, F1 per type and micro-averaged."""

    counts: dict[str, Counter]

    def per_type(self) -> dict[str, dict[str, float]]:
        return {t: _prf(self.counts[t]) for t in TYPES}

    def micro(self) -> dict[str, float]:
        return _prf(sum((self.counts[t] for t in TYPES), Counter()))

    def as_dict(self) -> dict:
        return {**self.micro(), "per_type": self.per_type()}


def score_ner(path: Path, ctx: Context) -> NerScores:
    """Score the mentions stage on the GermEval file at ``path``."""
    counts = {t: Counter() for t in TYPES}
    for gold in read_germeval(path):
        system = tag_sentence(gold.tokens, ctx)
        for span in system & gold.spans:
            counts[span[2]]["tp"] += 1
        for span in system - gold.spans:
            counts[span[2]]["fp"] += 1
        for span in gold.spans - system:
            counts[span[2]]["fn"] += 1
    return NerScores(counts)


def _prf(c: Counter) -> dict[str, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = f1(p, r)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": c["tp"], "fp": c["fp"], "fn": c["fn"]}
