"""The segment stage: sentence boundaries, tokens and offset invariants."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.context import Context
from chronik.model import Article
from chronik.resources import bundled_lang_dir
from chronik.stages.segment import segment


def run(ctx: Context, text: str, lang: str | None = "de") -> Article:
    return segment(Article(id="t", source="t", raw_text=text, text=text, lang=lang), ctx)


def sentences(ctx: Context, text: str, lang: str | None = "de") -> list[str]:
    return run(ctx, text, lang).sentence_texts()


def tokens(ctx: Context, text: str, lang: str | None = "de") -> list[list[str]]:
    article = run(ctx, text, lang)
    return [[text[t.start : t.end] for t in s.tokens] for s in article.sentences]


# (text, expected sentences): real German news phrasing.
GERMAN = [
    pytest.param(
        "Die Grünen fordern z.B. mehr Geld. Die SPD lehnt das ab.",
        ["Die Grünen fordern z.B. mehr Geld.", "Die SPD lehnt das ab."],
        id="z.B.",
    ),
    pytest.param(
        "Das betrifft z. B. Pendler. Andere sind nicht betroffen.",
        ["Das betrifft z. B. Pendler.", "Andere sind nicht betroffen."],
        id="z. B. spaced",
    ),
    pytest.param(
        "Der Konzern machte 3,5 Mio. Euro Verlust und 2 Mrd. Euro Umsatz. Das ist viel.",
        ["Der Konzern machte 3,5 Mio. Euro Verlust und 2 Mrd. Euro Umsatz.", "Das ist viel."],
        id="Mio. Mrd.",
    ),
    pytest.param(
        "Das sagte Dr. Müller am Montag. Prof. Schmidt widersprach.",
        ["Das sagte Dr. Müller am Montag.", "Prof. Schmidt widersprach."],
        id="Dr. Prof.",
    ),
    pytest.param(
        "Er traf u.a. Vertreter der EU bzw. der Nato. Ca. 50 Menschen kamen.",
        ["Er traf u.a. Vertreter der EU bzw. der Nato.", "Ca. 50 Menschen kamen."],
        id="u.a. bzw. Ca.",
    ),
    pytest.param(
        "Es geht um Haus Nr. 5 in St. Pölten. Das Haus steht leer.",
        ["Es geht um Haus Nr. 5 in St. Pölten.", "Das Haus steht leer."],
        id="Nr. St.",
    ),
    pytest.param(
        "Es gab Brot, Wein usw. Die Gäste blieben lange.",
        ["Es gab Brot, Wein usw.", "Die Gäste blieben lange."],
        id="usw. ends a sentence",
    ),
    pytest.param(
        "Er kaufte Äpfel, Birnen etc. Danach ging er heim.",
        ["Er kaufte Äpfel, Birnen etc.", "Danach ging er heim."],
        id="etc. ends a sentence",
    ),
    pytest.param(
        "Am 3. Oktober wird gefeiert. Im 20. Jahrhundert begann der 2. Weltkrieg.",
        ["Am 3. Oktober wird gefeiert.", "Im 20. Jahrhundert begann der 2. Weltkrieg."],
        id="ordinals",
    ),
    pytest.param(
        "Am 8. Dezember marschierten regierungsfeindliche Kräfte in Damaskus ein.",
        ["Am 8. Dezember marschierten regierungsfeindliche Kräfte in Damaskus ein."],
        id="Am 8. Dezember",
    ),
    pytest.param(
        "Die Regel gilt seit dem 18.12.2015. Sie wurde nie geändert.",
        ["Die Regel gilt seit dem 18.12.2015.", "Sie wurde nie geändert."],
        id="date ends a sentence",
    ),
    pytest.param(
        "Die Wahl ist am 18.12. und nicht später. Die Liste steht.",
        ["Die Wahl ist am 18.12. und nicht später.", "Die Liste steht."],
        id="day.month.",
    ),
    pytest.param(
        "Er belegte Platz 3. Die Siegerin kam aus Norwegen.",
        ["Er belegte Platz 3.", "Die Siegerin kam aus Norwegen."],
        id="number then sentence starter",
    ),
    pytest.param(
        "Die Stadt wurde 1540 zerstört. 1041 war sie gegründet worden.",
        ["Die Stadt wurde 1540 zerstört.", "1041 war sie gegründet worden."],
        id="sentence begins with a year",
    ),
    pytest.param(
        "Das Unternehmen wuchs bis 2011. Merkel besuchte es damals.",
        ["Das Unternehmen wuchs bis 2011.", "Merkel besuchte es damals."],
        id="year ends a sentence",
    ),
    pytest.param(
        "Der 1. FC Köln gewann. Schalke 04. Das war knapp.",
        ["Der 1. FC Köln gewann.", "Schalke 04.", "Das war knapp."],
        id="zero-padded number is no ordinal",
    ),
    pytest.param(
        "„Wir werden das nicht hinnehmen“, sagte er. „Niemals.“ Danach ging er.",
        ["„Wir werden das nicht hinnehmen“, sagte er.", "„Niemals.“", "Danach ging er."],
        id="German quotes",
    ),
    pytest.param(
        'Er sagte: "Wir kommen." Dann legte er auf.',
        ['Er sagte: "Wir kommen."', "Dann legte er auf."],
        id="straight quotes after period",
    ),
    pytest.param(
        "»Das ist falsch.« Der Minister schwieg.",
        ["»Das ist falsch.«", "Der Minister schwieg."],
        id="guillemets",
    ),
    pytest.param(
        "„Warum?“, fragte sie. „Darum!“ Er lachte.",
        ["„Warum?“, fragte sie.", "„Darum!“", "Er lachte."],
        id="question inside quote before comma",
    ),
    pytest.param(
        "Kommt er? Ja! Und dann?",
        ["Kommt er?", "Ja!", "Und dann?"],
        id="? and !",
    ),
    pytest.param(
        "Was tun? fragte er sich.",
        ["Was tun? fragte er sich."],
        id="? before lower case",
    ),
    pytest.param(
        "Er zögerte ... Dann sprang er. Die Zahl stieg auf ... 30.",
        ["Er zögerte ...", "Dann sprang er.", "Die Zahl stieg auf ... 30."],
        id="ellipsis",
    ),
    pytest.param(
        "Er wartete… Die Tür blieb zu.",
        ["Er wartete…", "Die Tür blieb zu."],
        id="ellipsis character",
    ),
    pytest.param(
        "Die Partei (SPÖ) gewann. (Das war erwartet.) Die ÖVP verlor.",
        ["Die Partei (SPÖ) gewann.", "(Das war erwartet.)", "Die ÖVP verlor."],
        id="parentheses",
    ),
    pytest.param(
        "Man habe schon 500 (verunsicherte?) Kunden gewonnen.",
        ["Man habe schon 500 (verunsicherte?) Kunden gewonnen."],
        id="question in brackets",
    ),
    pytest.param(
        "Mehr unter www.allinrechner.at. Fragen an info@gpa-djp.at senden.",
        ["Mehr unter www.allinrechner.at.", "Fragen an info@gpa-djp.at senden."],
        id="URL and e-mail",
    ),
    pytest.param(
        "Siehe https://p.dw.com/p/1HDG3. Die Seite ist neu.",
        ["Siehe https://p.dw.com/p/1HDG3.", "Die Seite ist neu."],
        id="URL at sentence end",
    ),
    pytest.param(
        "Es kamen 50.000 Menschen. Die Inflation lag bei 3,5 Prozent.",
        ["Es kamen 50.000 Menschen.", "Die Inflation lag bei 3,5 Prozent."],
        id="numbers",
    ),
    pytest.param(
        "Putin will Waffenruhe für ganz Syrien\n\nRussland bemüht sich um eine Waffenruhe.",
        ["Putin will Waffenruhe für ganz Syrien", "Russland bemüht sich um eine Waffenruhe."],
        id="headline before blank line",
    ),
    pytest.param(
        "Die Zukunft der russischen Basen\nRussland hat erklärt, die Zukunft sei offen.",
        ["Die Zukunft der russischen Basen", "Russland hat erklärt, die Zukunft sei offen."],
        id="headline before capitalised line",
    ),
    pytest.param(
        "Die Regierung hat beschlossen, die\nSteuern zu senken, und die Opposition\nprotestiert.",
        ["Die Regierung hat beschlossen, die\nSteuern zu senken, und die Opposition\nprotestiert."],
        id="wrapped line before lower case",
    ),
    pytest.param(
        "Der Minister sagte,\nDeutschland werde helfen.",
        ["Der Minister sagte,\nDeutschland werde helfen."],
        id="line ending in a comma",
    ),
    pytest.param(
        "Am 3.\n\nOktober",
        ["Am 3.", "Oktober"],
        id="blank line always ends a sentence",
    ),
    pytest.param(
        "1. Zum Inhalt springen\n  2. Zur Hauptnavigation springen",
        ["1. Zum Inhalt springen", "2. Zur Hauptnavigation springen"],
        id="numbered list",
    ),
    pytest.param(
        "Bild: Reuters/S. Chirikov\nDie russische Hauptstadt war die letzte Station.",
        ["Bild: Reuters/S. Chirikov", "Die russische Hauptstadt war die letzte Station."],
        id="initial",
    ),
    pytest.param(
        "Die Gruppe kam aus den U.S.A. Die Reise dauerte lange.",
        ["Die Gruppe kam aus den U.S.A.", "Die Reise dauerte lange."],
        id="dotted abbreviation ends a sentence",
    ),
    pytest.param(
        "Das regelt Art. 5 Abs. 2 GG. Es ist eine gefährdete Art. Obduktion ergab nichts.",
        ["Das regelt Art. 5 Abs. 2 GG.", "Es ist eine gefährdete Art.", "Obduktion ergab nichts."],
        id="Art. before a number only",
    ),
    pytest.param(
        "Das Urteil fiel in der Schweiz. Bellinzona ist betroffen.",
        ["Das Urteil fiel in der Schweiz.", "Bellinzona ist betroffen."],
        id="noun is no abbreviation",
    ),
    pytest.param(
        "Das Projekt war geboren.Noch vor 30 Jahren sah es anders aus.",
        ["Das Projekt war geboren.", "Noch vor 30 Jahren sah es anders aus."],
        id="paragraphs joined without a space",
    ),
    pytest.param(
        "Es stimmten 856.000 Menschen ab. 47,2 Prozent waren dafür.",
        ["Es stimmten 856.000 Menschen ab.", "47,2 Prozent waren dafür."],
        id="sentence begins with a number",
    ),
    pytest.param(
        "Die Schlacht fand 300 v. Chr. statt. Im Jahr 200 v. Chr. Die Stadt fiel.",
        ["Die Schlacht fand 300 v. Chr. statt.", "Im Jahr 200 v. Chr.", "Die Stadt fiel."],
        id="v. Chr.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_german_sentences(ctx, text, expected):
    assert sentences(ctx, text) == expected


ENGLISH = [
    pytest.param(
        "Mr. Smith met Dr. Jones in Washington. They talked for an hour.",
        ["Mr. Smith met Dr. Jones in Washington.", "They talked for an hour."],
        id="titles",
    ),
    pytest.param(
        "The bill, e.g. the tax part, failed. He scored 12. Smith left.",
        ["The bill, e.g. the tax part, failed.", "He scored 12.", "Smith left."],
        id="e.g. and no ordinal dot",
    ),
    pytest.param(
        "He works for Acme Inc. The firm is small. See No. 5 for details.",
        ["He works for Acme Inc.", "The firm is small.", "See No. 5 for details."],
        id="Inc. and No.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_sentences(ctx, text, expected):
    assert sentences(ctx, text, "en") == expected


TOKENS = [
    pytest.param("Das kostet 50.000 Euro.", [["Das", "kostet", "50.000", "Euro", "."]], id="number"),
    pytest.param(
        "Am 3. Oktober kam Dr. Müller.",
        [["Am", "3.", "Oktober", "kam", "Dr.", "Müller", "."]],
        id="ordinal",
    ),
    pytest.param("Er sagte z.B. nein.", [["Er", "sagte", "z.B.", "nein", "."]], id="dotted"),
    pytest.param("Siehe www.allinrechner.at.", [["Siehe", "www.allinrechner.at", "."]], id="url"),
    pytest.param("Mail: info@x.de!", [["Mail", ":", "info@x.de", "!"]], id="e-mail"),
    pytest.param("„Nein.“", [["„", "Nein", ".", "“"]], id="quotes"),
    pytest.param("Bewährungs- und Geldstrafe", [["Bewährungs-", "und", "Geldstrafe"]], id="hyphen"),
    pytest.param(
        "Der 26-Jährige (SPÖ) geht's an...",
        [["Der", "26-Jährige", "(", "SPÖ", ")", "geht's", "an", "..."]],
        id="compound, brackets, ellipsis",
    ),
    pytest.param("Das war in den U.S.A.", [["Das", "war", "in", "den", "U.S.A."]], id="final dotted"),
    pytest.param(
        "Es wurde 3,5 % teurer. Gut.",
        [["Es", "wurde", "3,5", "%", "teurer", "."], ["Gut", "."]],
        id="percent",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS)
def test_tokens(ctx, text, expected):
    assert tokens(ctx, text) == expected


def test_empty_and_blank_text_have_no_sentences(ctx):
    assert run(ctx, "").sentences == []
    assert run(ctx, " \n\n\t ").sentences == []


def test_unknown_language_falls_back_to_default(ctx):
    assert sentences(ctx, "Das sagte Dr. Müller. Er ging.", None) == ["Das sagte Dr. Müller.", "Er ging."]


@pytest.mark.parametrize("code", ["de", "en"])
def test_word_lists_are_strings_disjoint_and_without_final_period(code):
    data = yaml.safe_load((bundled_lang_dir() / code / "segment.yaml").read_text(encoding="utf-8"))
    lists = [data["abbreviations"], data["final_abbreviations"], data["number_abbreviations"]]
    entries = [e for entries in lists for e in entries]
    assert all(isinstance(e, str) for e in entries + data["sentence_starters"]), "quote YAML booleans"
    assert len(entries) == len(set(entries)), "an abbreviation is listed twice"
    assert not [e for e in entries if e.endswith(".")]


# Texts built from pieces that exercise every rule, plus arbitrary characters.
PIECES = st.sampled_from(
    ["Der", "die", "Dr.", "z.B.", "z. B.", "usw.", "3.", "18.12.", "2015.", "U.S.A.", "www.x.de",
     "a@b.de", "„", "“", '"', "»", "«", "(", ")", ".", "...", "…", "?", "!", ",", "-", "Art.",
     "geboren.Noch", "Im", "1.", "Mio."]
)
SPACES = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", "\t", "\xa0", " \n "])
TEXTS = st.one_of(
    st.lists(st.tuples(PIECES, SPACES), max_size=40).map(lambda ps: "".join(a + b for a, b in ps)),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
    st.text(alphabet="aZ1. !?\n„“\"()…-\xa0\t", max_size=200),
)


def check_invariants(text: str, article: Article) -> None:
    covered = set()
    previous_end = 0
    for i, sentence in enumerate(article.sentences):
        assert sentence.index == i
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert not text[sentence.start].isspace() and not text[sentence.end - 1].isspace()
        previous_end = sentence.end
        covered.update(range(sentence.start, sentence.end))
        position = sentence.start
        for token in sentence.tokens:
            assert position <= token.start < token.end <= sentence.end
            assert text[position : token.start].isspace() or position == token.start
            assert not any(c.isspace() for c in text[token.start : token.end])
            position = token.end
        assert not text[position : sentence.end].strip()
    assert all(c.isspace() for i, c in enumerate(text) if i not in covered)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(["de", "en"]))
def test_offsets_are_ordered_in_range_and_cover_the_text(ctx, text, lang):
    check_invariants(text, run(ctx, text, lang))


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_segmenting_is_deterministic(ctx, text):
    assert run(ctx, text).sentences == run(ctx, text).sentences
