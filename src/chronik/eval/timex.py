"""TIMEX3 evaluation on KRAUTS (TimeML ``.tml`` files): reader and scorer.

:func:`read_timeml` reads one file: the document creation time from
``<DCT><TIMEX3 value=…>``, the text = the content of ``<TEXT>`` with every
tag stripped, and the gold TIMEX3 with offsets into that text.

:func:`score_dir` runs ``segment`` and ``timex`` on every file of a folder
(publication date = the DCT) and scores the output against the gold:

* strict extent: a system expression matches a gold one with exactly the
  same offsets;
* relaxed extent: the two overlap (each side counted at most once);
* value: a system expression is correct when it overlaps a gold one with the
  same value (precision over system expressions, recall over gold ones);
* type accuracy: share of relaxed matches whose types agree.

:func:`score_pairs` scores any other system's output the same way (used to
score HeidelTime's stored ``.tml`` outputs by the same rules).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import Any

from chronik.context import Context
from chronik.eval.scoring import f1
from chronik.model import Article, DateClaim, TimeEx

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'([A-Za-z]+)="([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.DOTALL)
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\"", re.DOTALL)


def read_timeml(path: Path) -> tuple[str, str, list[TimeEx]]:
    """(DCT value, plain text, gold TIMEX3 in text order) of a TimeML file.

    Requires a file with a ``<TEXT>`` element; the DCT is ``""`` when absent.
    Entities (``&amp;``) are decoded; offsets count decoded characters;
    stray spaces around type and value attributes are dropped.
    """
    raw = path.read_text(encoding="utf-8")
    body = _TEXT.search(raw)
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    dct = _DCT.search(raw)
    text, gold = _strip_tags(body.group(1))
    return (dct.group(1) if dct else ""), text, gold


def _strip_tags(markup: str) -> tuple[str, list[TimeEx]]:
    """Text without tags and the TIMEX3 spans in it."""
    parts: list[str] = []
    length = 0
    open_tx: list[tuple[int, dict[str, str]]] = []
    gold: list[TimeEx] = []
    pos = 0
    for tag in _TAG.finditer(markup):
        piece = unescape(markup[pos:tag.start()])
        parts.append(piece)
        length += len(piece)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1) == "/":
            start, attrs = open_tx.pop()
            gold.append(TimeEx(start, length, attrs.get("type", "").strip(), attrs.get("value", "").strip(),
                               attrs.get("mod")))
        elif not tag.group(3).rstrip().endswith("/"):
            open_tx.append((length, dict(_ATTR.findall(tag.group(3)))))
    parts.append(unescape(markup[pos:]))
    return "".join(parts), sorted(gold, key=lambda t: (t.start, t.end))


@dataclass(slots=True)
class Counts:
    """Match counts over one or more documents."""

    system: int = 0
    gold: int = 0
    strict: int = 0
    relaxed: int = 0
    value_system: int = 0  # system expressions with a same-value overlapping gold
    value_gold: int = 0  # gold expressions with a same-value overlapping system one
    type_ok: int = 0

    def add(self, other: Counts) -> None:
        """Add ``other``'s counts to these."""
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, float]:
        """Precision, recall and F1 of strict/relaxed/value, and type accuracy."""
        out: dict[str, float] = {}
        for name, hits_p, hits_r in (("strict", self.strict, self.strict),
                                     ("relaxed", self.relaxed, self.relaxed),
                                     ("value", self.value_system, self.value_gold)):
            p = hits_p / self.system if self.system else 0.0
            r = hits_r / self.gold if self.gold else 0.0
            out[f"{name}_precision"], out[f"{name}_recall"] = p, r
            out[f"{name}_f1"] = f1(p, r)
        out["type_accuracy"] = self.type_ok / self.relaxed if self.relaxed else 0.0
        return out


def _overlap(a: TimeEx, b: TimeEx) -> bool:
    return a.start < b.end and b.start < a.end


def compare(system: list[TimeEx], gold: list[TimeEx]) -> Counts:
    """Counts of one document: see the module docstring for each measure."""
    counts = Counts(system=len(system), gold=len(gold))
    gold_spans = {(g.start, g.end) for g in gold}
    counts.strict = sum((s.start, s.end) in gold_spans for s in system)
    used: set[int] = set()
    for s in system:
        for i, g in enumerate(gold):
            if i not in used and _overlap(s, g):
                used.add(i)
                counts.relaxed += 1
                counts.type_ok += s.type == g.type
                break
    counts.value_system = sum(any(_overlap(s, g) and s.value == g.value for g in gold) for s in system)
    counts.value_gold = sum(any(_overlap(s, g) and s.value == g.value for s in system) for g in gold)
    return counts


def tag_text(text: str, dct: str, ctx: Context, lang: str = "de") -> list[TimeEx]:
    """Run ``segment`` and ``timex`` on ``text`` published on ``dct`` (may be "")."""
    from chronik.stages.segment import segment
    from chronik.stages.timex import timex

    article = Article(id="eval", source="eval", raw_text=text, text=text, lang=lang)
    article.published = _claim(dct)
    return timex(segment(article, ctx), ctx).timexes


def _claim(dct: str) -> DateClaim | None:
    try:
        return DateClaim.from_value(dct[:10], "dct") if dct else None
    except ValueError:
        return None


def score_pairs(pairs: Iterable[tuple[str, list[TimeEx], list[TimeEx]]]) -> dict[str, Any]:
    """Scores over (name, system, gold) triples, with per-file scores and counts."""
    total = Counts()
    per_file: dict[str, dict[str, Any]] = {}
    for name, system, gold in pairs:
        counts = compare(system, gold)
        total.add(counts)
        per_file[name] = {**counts.scores(), "system": counts.system, "gold": counts.gold}
    return {**total.scores(), "docs": len(per_file), "system": total.system, "gold": total.gold,
            "per_file": per_file}


def score_dir(gold_dir: Path, ctx: Context,
              system: Callable[[Path], list[TimeEx]] | None = None) -> dict[str, Any]:
    """Score our tagger (or ``system(path)``) on every ``*.tml`` of ``gold_dir``.

    Returns the totals of :meth:`Counts.scores` plus ``docs``, ``seconds``
    (time spent tagging) and ``per_file``.
    """
    files = sorted(gold_dir.glob("*.tml"))
    triples, seconds = [], 0.0
    for path in files:
        dct, text, gold = read_timeml(path)
        began = time.perf_counter()
        found = system(path) if system is not None else tag_text(text, dct, ctx)
        seconds += time.perf_counter() - began
        triples.append((path.name, found, gold))
    return {**score_pairs(triples), "seconds": seconds}


def stored_output(folder: Path) -> Callable[[Path], list[TimeEx]]:
    """A ``system`` for :func:`score_dir` that reads another tagger's ``.tml`` of the same name."""
    return lambda path: read_timeml(folder / path.name)[2]
