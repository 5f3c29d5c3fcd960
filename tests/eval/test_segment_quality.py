"""Quality gate: sentence-boundary F1 of ``segment`` on GermEval 2014 dev, and the scorer itself.

Floors sit just under the measured scores (see benchmarks/README.md); they
only go up.  Measured: window F1 0.9859, source F1 0.9914.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.context import Context
from chronik.eval.segmentation import (
    GoldSentence,
    Paragraph,
    build_paragraph,
    detokenize,
    paragraphs_by_source,
    paragraphs_by_window,
    read_germeval,
    score_boundaries,
)
from chronik.model import Article
from chronik.stages.segment import segment

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
GERMEVAL = SHARED / "data" / "germeval2014" / "NER-de-dev.tsv"

WINDOW_F1_FLOOR = 0.98  # measured 0.9859
SOURCE_F1_FLOOR = 0.985  # measured 0.9914


@pytest.fixture(scope="module")
def gold() -> list[GoldSentence]:
    if not GERMEVAL.is_file():
        pytest.skip(f"{GERMEVAL} is absent: the GermEval gate needs ../shared/data beside the repository")
    return read_germeval(GERMEVAL)


def splitter(ctx: Context):
    def split(text: str) -> list[int]:
        article = segment(Article(id="g", source="g", raw_text=text, text=text, lang="de"), ctx)
        return [s.end for s in article.sentences]

    return split


@pytest.mark.shared_data
def test_germeval_window_f1_stays_above_floor(ctx, gold):
    score = score_boundaries(paragraphs_by_window(gold, 10), splitter(ctx), include_end=False)
    assert score.tp + score.fn == 1980  # 220 paragraphs of 10 sentences, 9 inner boundaries each
    assert score.f1 >= WINDOW_F1_FLOOR, score


@pytest.mark.shared_data
def test_germeval_source_f1_stays_above_floor(ctx, gold):
    paragraphs = paragraphs_by_source(gold)
    score = score_boundaries(paragraphs, splitter(ctx), include_end=True)
    assert score.tp + score.fn == len(gold) == 2200
    assert score.f1 >= SOURCE_F1_FLOOR, score


# The reader, the text rebuilder and the scorer, on small made-up inputs.

DETOKENIZE = [
    (["Er", "sagte", ",", "es", "sei", "gut", "."], "Er sagte, es sei gut."),
    (["Sie", "nannte", "es", '"', "Ecce", "homo", '"', "."], 'Sie nannte es "Ecce homo".'),
    (["der", "„", "Kracher", "des", "Tages", "“", "bei", "X", "."], "der „Kracher des Tages“ bei X."),
    (["(", "SPÖ", ")", "am", "Montag", ":", "gut", "!"], "(SPÖ) am Montag: gut!"),
    (["«", "Es", "wäre", "gut", ".", "»"], "«Es wäre gut.»"),
    (["zu", "packen", ".", '"'], 'zu packen."'),
    (["erzielt", ".", "“"], "erzielt.“"),
]


@pytest.mark.parametrize(("tokens", "text"), DETOKENIZE)
def test_detokenize_rebuilds_natural_text(tokens, text):
    assert detokenize(tokens) == text


def test_read_germeval_groups_tokens_by_sentence(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text(
        "#\thttp://a\t[2009-01-01]\n1\tEr\tO\tO\n2\tkam\tO\tO\n3\t.\tO\tO\n\n"
        "#\thttp://a\t[2009-01-01]\n1\tJa\tO\tO\n2\t!\tO\tO\n\n#\thttp://b\t[2009]\n1\tNein\tO\tO\n",
        encoding="utf-8",
    )
    sentences = read_germeval(path)
    assert [s.tokens for s in sentences] == [("Er", "kam", "."), ("Ja", "!"), ("Nein",)]
    assert [p.text for p in paragraphs_by_source(sentences)] == ["Er kam. Ja!", "Nein"]
    assert paragraphs_by_window(sentences, 2)[0] == Paragraph("Er kam. Ja!", (7, 11))


def test_score_counts_hits_misses_and_false_alarms():
    paragraph = build_paragraph([GoldSentence("s", ("A", ".")), GoldSentence("s", ("B", "."))])
    assert paragraph == Paragraph("A. B.", (2, 5))
    perfect = score_boundaries([paragraph], lambda text: [2, 5], include_end=False)
    assert (perfect.tp, perfect.fp, perfect.fn, perfect.f1) == (1, 0, 0, 1.0)
    missed = score_boundaries([paragraph], lambda text: [5], include_end=True)
    assert (missed.tp, missed.fp, missed.fn) == (1, 0, 1)
    assert missed.precision == 1.0 and missed.recall == 0.5
    split_too_often = score_boundaries([paragraph], lambda text: [1, 2, 5], include_end=False)
    assert (split_too_often.tp, split_too_often.fp) == (1, 1)
