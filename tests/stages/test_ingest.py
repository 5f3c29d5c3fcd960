"""The ingest stage: every input format, bad inputs as Skipped, ids, language, publication dates."""

from __future__ import annotations

import dataclasses
import io
import json
import pathlib
import re
import socket
import sys
import types
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from chronik.errors import InputError, UnknownFormatError
from chronik.model import Precision, RawDoc, Skipped
from chronik.settings import CsvOptions, Settings
from chronik.stages.ingest import content_hash, iter_inputs, make_article, normalise_text
from chronik.stages.ingest_csv import sniff_dialect
from chronik.stages.ingest_dates import calendar_value
from chronik.stages.ingest_decode import decode_bytes, looks_binary, plausible_western
from chronik.stages.ingest_records import RecordNames, read_jsonl, storable_value
from tests.conftest import shared_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
SETTINGS = Settings()
TEXT = ("Der Bundestag hat am Donnerstag mit großer Mehrheit ein neues Gesetz zur Energiepolitik "
        "beschlossen. "
        "Die Opposition kündigte an, vor dem Verfassungsgericht dagegen zu klagen.")


def _read(*paths: str | Path, settings: Settings = SETTINGS) -> list[RawDoc | Skipped]:
    return list(iter_inputs([str(p) for p in paths], settings))


def _docs(items: list[RawDoc | Skipped]) -> dict[str, RawDoc]:
    return {item.source: item for item in items if isinstance(item, RawDoc)}


def _skips(items: list[RawDoc | Skipped]) -> dict[str, str]:
    return {item.source: item.reason for item in items if isinstance(item, Skipped)}


# ---- plain text ------------------------------------------------------------------------------------

@pytest.mark.parametrize("first_line, value", [
    (" date 2020-01\n", "2020-01"),
    ("date 2020-01-07\n", "2020-01-07"),
    ("date: 2019-10-14\n", "2019-10-14"),
    ("Date: 2019\n", "2019"),
    (" date 2020-01 ", "2020-01"),  # the header followed by text on the same line (seed 000)
])
def test_date_header_becomes_published_and_leaves_the_text(tmp_path, first_line, value):
    (tmp_path / "a.txt").write_text(first_line + TEXT, encoding="utf-8")
    [doc] = _read(tmp_path / "a.txt")
    assert (doc.published, doc.published_evidence) == (value, "header")
    assert doc.text == TEXT


@pytest.mark.parametrize("start", ["Dated 2020-01 ", "date of birth 2020\n", "Am 3. Oktober date 2020-01\n"])
def test_text_that_only_resembles_a_header_is_kept(tmp_path, start):
    (tmp_path / "a.txt").write_text(start + TEXT, encoding="utf-8")
    [doc] = _read(tmp_path / "a.txt")
    assert doc.published is None and doc.text.startswith(start.strip()[:5])


def test_txt_fixtures_with_and_without_header():
    docs = _docs(_read(FIXTURES / "with_header.txt", FIXTURES / "no_header.txt"))
    with_header = docs[f"{FIXTURES.as_posix()}/with_header.txt"]
    assert with_header.published == "2019-10-14" and with_header.text.startswith("Bundeskanzlerin")
    assert docs[f"{FIXTURES.as_posix()}/no_header.txt"].published is None


@pytest.mark.parametrize("encoding, text", [
    ("latin-1", "Größere Überraschung in Köln: Der Bürgermeister äußerte sich über die Straßenbaupläne."),
    ("cp1252", "„Wir verlangen 5 € mehr“, sagte der Gewerkschafter – die Arbeitgeber lehnten ab."),
    ("cp1252", "Der französische Präsident François Hollande traf à Paris den Außenminister."),
    ("utf-16", "Die Außenminister der Europäischen Union berieten in Brüssel über Sanktionen."),
    ("utf-16-le", "Die Außenminister der Europäischen Union berieten in Brüssel über Sanktionen."),  # no BOM
    ("utf-8-sig", "Österreichs Regierung hat neue Maßnahmen gegen die Teuerung beschlossen."),
])
def test_legacy_encodings_are_decoded_with_umlauts_intact(tmp_path, encoding, text):
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    [doc] = _read(tmp_path / "a.txt")
    assert doc.text == text


# Legacy German text: short samples are where a statistical guess fails (cp775 for Latin-1 umlauts).
OWN_GERMAN = [
    "Müller traf Schäuble in Düsseldorf zu Gesprächen über die Flüchtlingspolitik.",
    "Öl wird teurer: Die Preise an den Zapfsäulen stiegen um 5 € je Tankfüllung.",
    "„Wir lassen uns nicht erpressen“, sagte der Außenminister – und verließ den Saal.",
    "Über 300 Bürgerinnen und Bürger äußerten ihren Unmut über die Straßensperrung.",
    "Die Grünen fordern höhere Zölle auf Stahl aus Übersee.",
    "Ärzte in Österreich warnen vor Engpässen bei Grippeimpfstoffen.",
    "Der Ausschuss tagte nur kurz; die Abgeordneten vertagten sich auf März.",
    "Jürgen Trittin (Grüne) kritisierte die Äußerungen des Ministerpräsidenten scharf.",
    "Fußballfans randalierten in Köln, die Polizei nahm 14 Männer fest.",
    "Präsidentin Ursula von der Leyen sprach von einem „historischen Tag für Europa“.",
    "Größere Überraschung: Die SPÖ verliert in Kärnten fast 12 % der Stimmen.",
]


def _gnad_sentences(encoding: str, count: int = 40) -> list[str]:
    """The first ``count`` 10kGNAD sentences (one per article) with non-ASCII characters ``encoding`` has."""
    path = shared_path("data", "10kgnad", "test.csv")
    found = []
    for item in _read(path):
        for sentence in re.split(r"(?<=[.!?])\s+", item.text):
            if 40 <= len(sentence) <= 300 and re.search(r"[^\x00-\x7f]", sentence):
                try:
                    sentence.encode(encoding)
                except UnicodeEncodeError:
                    continue
                found.append(sentence)
                break
        if len(found) == count:
            return found
    return found


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_own_german_sentences_in_legacy_encodings_round_trip(encoding):
    wrong = []
    for sentence in OWN_GERMAN:
        try:
            data = sentence.encode(encoding)
        except UnicodeEncodeError:  # „“, € and – are not in latin-1
            data = None
        if data is not None and decode_bytes(data) != sentence:
            wrong.append(decode_bytes(data))
    assert wrong == []


@pytest.mark.shared_data
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_10kgnad_sentences_in_legacy_encodings_round_trip(encoding):
    sentences = _gnad_sentences(encoding)
    assert len(sentences) == 40
    assert [s for s in sentences if decode_bytes(s.encode(encoding)) != s] == []


def test_short_latin1_file_keeps_its_umlauts(tmp_path):
    # printf 'Müller traf …\n' | iconv -t latin1 > m.txt was read as cp775 ("M³ller … Schõuble")
    (tmp_path / "m.txt").write_bytes((OWN_GERMAN[0] + "\n").encode("latin-1"))
    [doc] = _read(tmp_path / "m.txt")
    assert doc.text == OWN_GERMAN[0] + "\n"


RUSSIAN = "Президент России Владимир Путин провёл в Москве переговоры с канцлером Германии."
GREEK = "Ο πρωθυπουργός της Ελλάδας συναντήθηκε με την καγκελάριο της Γερμανίας στην Αθήνα."


@pytest.mark.parametrize("text, encoding", [
    (RUSSIAN, "cp1251"),
    (RUSSIAN, "koi8-r"),
    (GREEK, "cp1253"),
    (RUSSIAN, "utf-16"),
    (OWN_GERMAN[2], "utf-16"),
    (OWN_GERMAN[2], "utf-16-le"),  # no BOM
    (OWN_GERMAN[2], "utf-8"),
])
def test_other_encodings_are_not_taken_for_windows_1252(text, encoding):
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize("data, plausible", [
    (OWN_GERMAN[0].encode("latin-1"), True),
    (OWN_GERMAN[2].encode("cp1252"), True),
    ("Geht’s noch? Die Nord–Süd-Verbindung bleibt gesperrt.".encode("cp1252"), True),
    (RUSSIAN.encode("cp1251"), False),  # almost only non-ASCII letters
    (GREEK.encode("cp1253"), False),
    (OWN_GERMAN[0].encode("cp850"), False),  # "M\x81ller": a byte windows-1252 does not define
    ("Größere Überraschung in Köln: Die Bürger äußerten sich.".encode("cp850"), False),  # "Gr”áere", "K”ln"
    ("Zażółć gęślą jaźń, powiedział premier Polski w Warszawie.".encode("cp1250"), False),  # "Za¿ó³æ"
    # UTF-8 with one Latin-1 byte: "GÃ¶rlitz", "Ã¤uÃŸern"
    ("Die Bürger in Görlitz äußern Ärger über die Straßenbahn. ".encode() * 3 + b"\xe4.", False),
    (OWN_GERMAN[0].encode("utf-16-le"), False),  # NUL bytes
])
def test_plausible_western(data, plausible):
    assert plausible_western(data) is plausible


def test_latin1_fixture():
    [doc] = _read(FIXTURES / "latin1.txt")
    assert "Größere Überraschung in Köln" in doc.text and "\ufffd" not in doc.text


# ---- HTML ------------------------------------------------------------------------------------------

def test_html_main_text_and_metadata_without_navigation_or_footer():
    [doc] = _read(FIXTURES / "article.html")
    assert doc.title == "Merkel empfängt Macron in Berlin"
    assert (doc.published, doc.published_evidence) == ("2019-10-14", "html-meta")
    assert doc.outlet == "Beispiel-Rundschau"
    assert doc.url == "https://rundschau.example/politik/merkel-macron"
    assert "Bundeskanzlerin Angela Merkel hat am Montag" in doc.text and "Warschau" in doc.text
    for boilerplate in ("Startseite", "Impressum", "Facebook"):
        assert boilerplate not in doc.text
    assert "\n\n" in doc.text  # paragraphs stay apart


@pytest.mark.parametrize("html", [
    "https://example.org/artikel-ueber-putin",
    "<html><body><nav><a href='/'>Start</a></nav></body></html>",
])
def test_html_never_touches_the_network_and_reports_no_text(tmp_path, monkeypatch, html):
    attempts = []

    def refuse(self, address):
        attempts.append(address)
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [item] = _read(tmp_path / "page.html")
    assert attempts == []
    assert isinstance(item, Skipped) and item.reason == "no_text"


# ---- JSON, JSONL -----------------------------------------------------------------------------------

def test_jsonl_malformed_line_is_reported_and_the_others_come_through():
    items = _read(FIXTURES / "records.jsonl")
    base = f"{FIXTURES.as_posix()}/records.jsonl"
    docs = _docs(items)
    assert sorted(docs) == [f"{base}#2", f"{base}#7", f"{base}#a1"]
    assert _skips(items) == {f"{base}#3": "malformed", f"{base}#4": "no_text"}
    first = docs[f"{base}#a1"]
    assert (first.title, first.url, first.outlet) == (
        "Bundestag beschließt Haushalt", "https://example.org/haushalt", "Beispielblatt")
    assert (first.published, first.published_evidence) == ("2021-06-24T18:00:00+02:00", "metadata")
    assert first.meta == {"section": "Politik", "id": "a1"}
    assert docs[f"{base}#2"].lang == "de"
    malformed = next(i for i in items if isinstance(i, Skipped) and i.reason == "malformed")
    assert "line 3" in malformed.detail


def test_json_list_with_field_aliases():
    items = _read(FIXTURES / "list.json")
    base = f"{FIXTURES.as_posix()}/list.json"
    docs = _docs(items)
    assert sorted(docs) == [f"{base}#3", f"{base}#j1"]
    assert docs[f"{base}#j1"].text.startswith("Die Türkei") and docs[f"{base}#j1"].published == "2019-10-17"
    assert docs[f"{base}#j1"].meta["tags"] == ["Syrien", "Türkei"]
    assert _skips(items) == {f"{base}#j2": "empty"}


@pytest.mark.parametrize("content, reason", [
    ('{"text": 42}', "malformed"),
    ('{"title": "ohne Text"}', "no_text"),
    ("[1, 2", "malformed"),
    ('"nur ein String"', "malformed"),
    ("[" * 100_000 + "]" * 100_000, "malformed"),
])
def test_bad_json_files(tmp_path, content, reason):
    (tmp_path / "x.json").write_text(content, encoding="utf-8")
    [item] = _read(tmp_path / "x.json")
    assert isinstance(item, Skipped) and item.reason == reason


def test_single_json_object_is_named_by_its_path(tmp_path):
    (tmp_path / "x.json").write_text(json.dumps({"text": TEXT, "published": "2020"}), encoding="utf-8")
    [doc] = _read(tmp_path / "x.json")
    assert doc.source == (tmp_path / "x.json").as_posix() and doc.published == "2020"


def test_jsonl_line_over_the_limit_is_too_large_and_not_kept(tmp_path):
    small = dataclasses.replace(SETTINGS, max_file_bytes=1000)
    lines = [json.dumps({"text": TEXT}), json.dumps({"text": "x" * 5000}),
             json.dumps({"id": "z", "text": TEXT})]
    (tmp_path / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(tmp_path / "x.jsonl", settings=small)
    base = (tmp_path / "x.jsonl").as_posix()
    assert [(i.source, type(i).__name__) for i in items] == [
        (f"{base}#1", "RawDoc"), (f"{base}#2", "Skipped"), (f"{base}#z", "RawDoc")]
    assert items[1].reason == "too_large"


# ---- strings a database cannot hold ----------------------------------------------------------------

def _strings(value):
    """Every string in ``value``: mapping keys and values, list items, recursively."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _article_strings(article):
    return list(_strings([article.source, article.raw_text, article.title, article.url, article.outlet,
                          article.meta]))


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path, ctx):
    record = ('{"id": "a\\udc80", "text": "%s Ende \\ud800 hier.", "title": "Titel \\udfff", '
              '"tags": ["x\\ud83d"], "k\\ud800": "v"}' % TEXT)
    (tmp_path / "x.jsonl").write_text(record + "\n", encoding="utf-8")
    [doc] = _read(tmp_path / "x.jsonl")
    article = make_article(doc, ctx)  # content_hash used to raise UnicodeEncodeError
    assert article.raw_text.endswith("Ende \ufffd hier.") and article.title == "Titel \ufffd"
    assert article.source == f"{(tmp_path / 'x.jsonl').as_posix()}#a\ufffd"
    assert article.meta["tags"] == ["x\ufffd"] and article.meta["k\ufffd"] == "v"
    for value in _article_strings(article):
        value.encode("utf-8")


def test_nul_characters_are_removed_from_every_record_string(tmp_path, ctx):
    record = {"id": "n\x001", "text": TEXT + "\x00", "title": "Ti\x00tel", "url": "https://x.example/\x00a",
              "outlet": "Bl\x00att", "section": {"na\x00me": ["Po\x00litik"]}}
    (tmp_path / "x.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [doc] = _read(tmp_path / "x.jsonl")
    article = make_article(doc, ctx)
    assert (article.source.rsplit("#", 1)[1], article.title, article.url, article.outlet) == (
        "n1", "Titel", "https://x.example/a", "Blatt")
    assert article.meta["section"] == {"name": ["Politik"]} and article.meta["id"] == "n1"
    assert not any("\x00" in value for value in _article_strings(article))


def test_nul_characters_in_csv_cells_are_removed(tmp_path, ctx):
    rows = "".join(f'r{i},Politik,"{TEXT}"\n' for i in range(60))  # over 8 KB before the NUL: not binary
    (tmp_path / "x.csv").write_text(f"id,section,text\n{rows}r\x00x,Wirt\x00schaft,\"{TEXT}\"\n",
                                    encoding="utf-8")
    docs = _read(tmp_path / "x.csv")
    assert docs[-1].source.endswith("#rx") and docs[-1].meta["section"] == "Wirtschaft"


def test_nul_characters_in_html_metadata_are_removed(tmp_path, monkeypatch):
    import trafilatura

    page = types.SimpleNamespace(text=TEXT, title="Ti\x00tel", url="https://x.example/\x00",
                                 sitename="Bl\x00att", date="2020-01-02", author="A\x00. Autor",
                                 hostname=None, description=None)
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: page)
    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    [doc] = _read(tmp_path / "a.html")
    assert (doc.title, doc.url, doc.outlet, doc.meta) == ("Titel", "https://x.example/", "Blatt",
                                                          {"author": "A. Autor"})


@pytest.mark.parametrize("value, place", [
    ('{"score": NaN}', "score"),
    ('{"score": Infinity}', "score"),
    ('{"score": -Infinity}', "score"),
    ('{"score": 1e400}', "score"),  # Python's json reads it as infinity
    ('{"scores": {"a": [1, -2E999]}}', "scores.a[1]"),
])
def test_json_numbers_postgresql_cannot_store_make_the_record_malformed(tmp_path, value, place):
    bad = json.dumps({"id": "bad", "text": TEXT})[:-1] + ", " + value[1:]
    lines = [json.dumps({"id": "ok", "text": TEXT}), bad]
    (tmp_path / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "x.json").write_text("[%s]" % ", ".join(lines), encoding="utf-8")
    for name in ("x.jsonl", "x.json"):
        items = _read(tmp_path / name)
        assert [i.source.rsplit("#")[1] for i in items] == ["ok", "bad"]
        assert isinstance(items[1], Skipped) and items[1].reason == "malformed"
        assert items[1].detail == f"{place} is NaN or infinite, which JSON does not allow"
        json.dumps(items[0].meta, allow_nan=False)


@pytest.mark.parametrize("line", [
    '{"text": "%s", "n": %s}' % (TEXT, "9" * 5000),  # int() refuses more than 4300 digits
    '{"text": "%s", "n": %s1%s}' % (TEXT, "[" * 900, "]" * 900),  # deep enough to overflow recursive code
], ids=["long-int", "deep"])
def test_jsonl_extreme_values_are_malformed_not_a_crash(tmp_path, monkeypatch, line):
    (tmp_path / "x.jsonl").write_text(line + "\n" + json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    assert [getattr(i, "reason", "doc") for i in _read(tmp_path / "x.jsonl")] == ["malformed", "doc"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(line + "\n"))
    assert len(_read("-")) == 1  # the JSONL test on standard input does not crash either


def test_storable_value_leaves_other_values_alone():
    value = {"a": [1, 2.5, None, True, {"b\x00": "c\ud800"}], "d": "e"}
    assert storable_value(value) == {"a": [1, 2.5, None, True, {"b": "c\ufffd"}], "d": "e"}


# ---- record names ----------------------------------------------------------------------------------

def test_repeated_ids_in_jsonl_fall_back_to_the_line_number(tmp_path):
    lines = [json.dumps({"id": "7", "text": TEXT}), json.dumps({"id": "a", "text": TEXT}),
             json.dumps({"id": 7, "text": TEXT + " Zwei."}), json.dumps({"id": "a", "text": TEXT + " Drei."}),
             json.dumps({"id": "3", "text": TEXT + " Vier."}),
             json.dumps({"id": "3", "text": TEXT + " Fünf."}),
             json.dumps({"text": TEXT + " Sechs."})]
    (tmp_path / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    base = (tmp_path / "x.jsonl").as_posix()
    # line 3 repeats id 7 -> #3; line 5's id "3" is taken by then -> #5; line 6 repeats it -> #6;
    # line 7 has no id, and #7 is line 1's id -> #7-2
    assert [i.source.removeprefix(base) for i in _read(tmp_path / "x.jsonl")] == [
        "#7", "#a", "#3", "#4", "#5", "#6", "#7-2"]


def test_repeated_ids_in_csv_fall_back_to_the_row_number(tmp_path):
    (tmp_path / "x.csv").write_text(f"id,text\nn1,{TEXT}\nn1,{TEXT} Zwei.\nn2,{TEXT}\n", encoding="utf-8")
    base = (tmp_path / "x.csv").as_posix()
    assert [i.source.removeprefix(base) for i in _read(tmp_path / "x.csv")] == ["#n1", "#2", "#n2"]


@hsettings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.sampled_from(["1", "2", "3", "a", "2-2", "3-2"])), max_size=12))
def test_record_names_are_unique_within_a_file(ids):
    names = RecordNames("f")
    given_names = [names.name(number if key is None else key, number) for number, key in enumerate(ids, 1)]
    assert len(set(given_names)) == len(given_names)
    assert all(name in (f"f#{key}", f"f#{number}") or name.startswith(f"f#{number}-")
               for number, (key, name) in enumerate(zip(ids, given_names), 1))


# ---- CSV, TSV --------------------------------------------------------------------------------------

def test_csv_with_header_and_multiline_fields():
    items = _read(FIXTURES / "header.csv")
    base = f"{FIXTURES.as_posix()}/header.csv"
    docs = _docs(items)
    assert sorted(docs) == [f"{base}#n1", f"{base}#n2"]
    first = docs[f"{base}#n1"]
    assert first.title == "Treffen in Paris" and first.published == "2019-12-09"
    assert "\n\nSie vereinbarten" in first.text and first.meta["section"] == "Politik"
    assert docs[f"{base}#n2"].title == "Gipfel in Brüssel, zweiter Tag"
    assert _skips(items) == {f"{base}#n3": "no_text"}


def test_headerless_semicolon_csv_with_single_quotes_like_10kgnad():
    docs = list(_docs(_read(FIXTURES / "gnad_style.csv")).values())
    assert [d.meta["column_0"] for d in docs] == ["Wirtschaft", "International", "Inland"]
    assert docs[0].text.endswith("Die Arbeitgeber nannten ihn 'nicht finanzierbar'.")
    assert docs[1].text == ("Der russische Präsident ist zu Gesprächen nach Ankara gereist.\n"
                            "Dort traf er seinen türkischen Amtskollegen; beide sprachen über Syrien.")


@pytest.mark.parametrize("text_column", [None, "text", "1"])
def test_headerless_csv_text_column_by_role_name_or_index(text_column):
    settings = dataclasses.replace(SETTINGS, csv=CsvOptions(text_column=text_column))
    docs = list(_docs(_read(FIXTURES / "gnad_style.csv", settings=settings)).values())
    assert len(docs) == 3
    assert docs[1].text.startswith("Der russische Präsident ist zu Gesprächen")


def test_tsv():
    docs = list(_docs(_read(FIXTURES / "articles.tsv")).values())
    assert [(d.title, d.published) for d in docs] == [("Wahl in Polen", "2019-10-13"),
                                                      ("Proteste in Chile", "2019-10-20")]


def test_csv_options_choose_columns(tmp_path):
    body = "Die Regierung hat am Montag ein neues Gesetz vorgestellt, das lange umstritten war."
    (tmp_path / "x.csv").write_text(f'a1,"{body}"\n', encoding="utf-8")
    path = tmp_path / "x.csv"
    [default] = _read(path)
    assert default.text == body and default.meta == {"column_0": "a1"}  # the longest column is the text
    by_index = dataclasses.replace(SETTINGS, csv=CsvOptions(text_column="1", id_column="0", has_header=False))
    [doc] = _read(path, settings=by_index)
    assert doc.text == body and doc.source == f"{path.as_posix()}#a1"
    as_header = dataclasses.replace(SETTINGS, csv=CsvOptions(has_header=True, delimiter=";"))
    assert _read(path, settings=as_header)[0].reason == "empty"  # only a header row: no records


def test_csv_configured_column_missing_is_one_skip(tmp_path):
    (tmp_path / "x.csv").write_text(f"title,text\nA,{TEXT}\n", encoding="utf-8")
    settings = dataclasses.replace(SETTINGS, csv=CsvOptions(text_column="body"))
    [item] = _read(tmp_path / "x.csv", settings=settings)
    assert isinstance(item, Skipped) and item.reason == "malformed" and "'body'" in item.detail


def test_csv_header_with_unknown_names_is_detected(tmp_path):
    rows = "\n".join(f'{i},"{TEXT}"' for i in range(5))
    (tmp_path / "x.csv").write_text("Nummer,Inhalt\n" + rows + "\n", encoding="utf-8")
    docs = list(_docs(_read(tmp_path / "x.csv")).values())
    assert len(docs) == 5 and docs[0].meta == {"Nummer": "0"}


def test_csv_field_over_the_limit_is_too_large(tmp_path):
    small = dataclasses.replace(SETTINGS, max_file_bytes=1000)
    (tmp_path / "x.csv").write_text(f"text\n{TEXT}\n{'y' * 3000}\n{TEXT} Zweitens.\n", encoding="utf-8")
    items = _read(tmp_path / "x.csv", settings=small)
    assert [type(i).__name__ for i in items] == ["RawDoc", "Skipped", "RawDoc"]
    assert items[1].reason == "too_large"


@pytest.mark.parametrize("sample, expected", [
    ("a,b,c\n1,2,3\n4,5,6\n", (",", '"')),
    ('id;text\n1;"Er sagte; nein"\n2;"Sie sagte ""ja"""\n', (";", '"')),
    ("label;'Er sagte; ''nein'''\nx;'Zweite Zeile; mit Semikolon'\n", (";", "'")),
    ("a\tb\n1\t2, 3\n", ("\t", '"')),
    ("a|b\n1|2\n", ("|", '"')),
    ("nur eine Spalte\nnoch eine Zeile\n", (",", '"')),
])
def test_sniff_dialect(sample, expected):
    assert sniff_dialect(sample, complete=True) == expected


# ---- folders, globs, bad inputs --------------------------------------------------------------------

def _messy_folder(folder: Path) -> Path:
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sub" / "a.txt").write_text(" date 2020-01-07\n" + TEXT, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n\t\n", encoding="utf-8")
    (folder / "tiny.txt").write_text("Kurz.", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (folder / "controls.md").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 100)
    (folder / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "x.txt").write_text(TEXT, encoding="utf-8")
    return folder


@pytest.mark.parametrize("sample, binary", [
    (b"Ein Text mit einem NUL\x00 darin. " * 50, True),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 20, True),
    (b"\x01\x02\x03\x04 abc " * 100, True),
    ("Größere Überraschung\tin Köln\r\n".encode("latin-1") * 50, False),
    ("Größere Überraschung".encode("utf-16"), False),
    ("Größere Überraschung".encode("utf-16-le"), False),
    (b"Farbe: \x1b[31mrot\x1b[0m\f" * 20, False),
    (b"", False),
])
def test_looks_binary(sample, binary):
    assert looks_binary(sample) is binary


def test_folder_walk_reports_every_bad_input_and_keeps_the_good_ones(tmp_path):
    items = _read(_messy_folder(tmp_path / "news"))
    assert [i.source for i in items] == ["b.txt", "controls.md", "empty.txt", "image.txt", "notes.yaml",
                                         "sub/a.txt", "tiny.txt"]
    assert sorted(_docs(items)) == ["b.txt", "sub/a.txt"]
    assert _skips(items) == {"controls.md": "binary", "empty.txt": "empty", "image.txt": "binary",
                             "notes.yaml": "unknown_format", "tiny.txt": "empty"}
    assert _docs(items)["sub/a.txt"].published == "2020-01-07"


def test_file_too_large_is_skipped_by_size_without_being_read(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    opened = []
    real_open = pathlib.Path.open
    monkeypatch.setattr(pathlib.Path, "open",
                        lambda self, *a, **k: opened.append(self.name) or real_open(self, *a, **k))
    items = _read(tmp_path)
    assert _skips(items) == {"big.txt": "too_large"} and list(_docs(items)) == ["ok.txt"]
    assert "big.txt" not in opened
    small = dataclasses.replace(SETTINGS, max_file_bytes=50)
    ok = (tmp_path / "ok.txt").as_posix()
    assert _skips(_read(tmp_path / "ok.txt", settings=small)) == {ok: "too_large"}


def test_big_jsonl_is_streamed_and_limited_per_record(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        stream.write(json.dumps({"text": "x" * (21 * 1024 * 1024)}) + "\n")
        stream.write(json.dumps({"text": TEXT}) + "\n")
    items = _read(path)
    assert [(i.source.rsplit("#", 1)[1], type(i).__name__) for i in items] == [("1", "Skipped"),
                                                                               ("2", "RawDoc")]
    assert items[0].reason == "too_large"


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(TEXT, encoding="utf-8")
    real_open = pathlib.Path.open

    def open_or_refuse(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", open_or_refuse)
    items = _read(tmp_path)
    assert _skips(items) == {"locked.txt": "unreadable"} and list(_docs(items)) == ["a.txt"]


def test_globs_match_files_and_folders(tmp_path, monkeypatch):
    _messy_folder(tmp_path / "news")
    monkeypatch.chdir(tmp_path)
    assert [i.source for i in _read("news/*.txt")] == ["news/b.txt", "news/empty.txt", "news/image.txt",
                                                       "news/tiny.txt"]
    assert sorted(_docs(_read("news/**/*.txt"))) == ["news/b.txt", "news/sub/a.txt"]
    assert "news/sub/a.txt" in _docs(_read("news/s*"))
    assert _skips(_read("news/*.yaml")) == {"news/notes.yaml": "unknown_format"}
    everything = [i.source for i in _read("news/**")]  # matches the folders and the files in them
    assert everything == sorted(set(everything)) and len(everything) == 7


@pytest.mark.parametrize("path, error", [
    ("does/not/exist.txt", InputError),
    ("nothing-*.txt", InputError),
    ("notes.yaml", UnknownFormatError),
    ("archive", UnknownFormatError),
])
def test_bad_paths_raise_at_call_time_naming_the_path(tmp_path, monkeypatch, path, error):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "archive").write_bytes(b"x")
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(error, match=path.replace("*", r"\*")):
        iter_inputs(["ok.txt", path], SETTINGS)  # raises before the first document is read


def test_csv_delimiter_of_more_than_one_character_is_refused_up_front(tmp_path):
    (tmp_path / "x.csv").write_text(f'text\n"{TEXT}"\n', encoding="utf-8")
    with pytest.raises(InputError, match="one character"):
        iter_inputs([str(tmp_path / "x.csv")], dataclasses.replace(SETTINGS, csv=CsvOptions(delimiter=";;")))
    tab = dataclasses.replace(SETTINGS, csv=CsvOptions(delimiter="\\t"))
    assert len(_docs(_read(tmp_path / "x.csv", settings=tab))) == 1


# ---- standard input --------------------------------------------------------------------------------

def test_stdin_text_is_one_document(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(" date 2021-03\n" + TEXT))
    [doc] = _read("-")
    assert (doc.source, doc.published, doc.text) == ("-", "2021-03", TEXT)


def test_stdin_jsonl_is_one_document_per_line(monkeypatch):
    lines = [json.dumps({"id": "x", "text": TEXT}), "{kaputt", json.dumps({"text": TEXT + " Ende."})]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    items = _read("-")
    assert [i.source for i in items] == ["-#x", "-#2", "-#3"] and items[1].reason == "malformed"


def test_stdin_bytes_in_latin1(monkeypatch):
    text = "Die Bürger in Görlitz äußern Ärger über die Straßenbahn."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("latin-1"))))
    [doc] = _read("-")
    assert doc.text == text


@pytest.mark.parametrize("content, reason", [("   \n", "empty"), ("\x00\x01\x02" * 50, "binary")])
def test_stdin_bad_input(monkeypatch, content, reason):
    monkeypatch.setattr(sys, "stdin", io.StringIO(content))
    [item] = _read("-")
    assert item.reason == reason


# ---- make_article ----------------------------------------------------------------------------------

def test_same_text_with_other_line_endings_and_spacing_gets_the_same_id(ctx):
    variants = [TEXT, TEXT.replace(". ", ".\r\n\r\n"), "\ufeff  " + TEXT.replace(" ", "  ") + "\n\n",
                TEXT.replace(" ", "\u00a0")]
    articles = [make_article(RawDoc(source=f"v{i}", text=t), ctx) for i, t in enumerate(variants)]
    assert len({a.id for a in articles}) == 1
    assert len({a.meta["content_hash"] for a in articles}) == 1
    assert articles[0].meta["content_hash"].startswith(articles[0].id) and len(articles[0].id) == 16
    other = make_article(RawDoc(source="o", text=TEXT.replace("Donnerstag", "Freitag")), ctx)
    assert other.id != articles[0].id


def test_raw_text_is_normalised(ctx):
    raw = "\ufeffAu\u00dfen\u00administer\u00a0Maas\r\nsagte:\x07 Ja.\rCafe\u0301 \u2028Ende"
    article = make_article(RawDoc(source="x", text=raw), ctx)
    assert article.raw_text == "Außenminister Maas\nsagte: Ja.\nCafé \nEnde"


@pytest.mark.parametrize("text, given, lang, how", [
    (TEXT, None, "de", "langid"),
    ("The foreign ministers of the G7 met in London on Tuesday and discussed the situation in Myanmar.",
     None, "en", "langid"),
    (TEXT, "de-AT", "de", "metadata"),
    (TEXT, "EN", "en", "metadata"),
    ("Putin in Damaskus", None, "de", "default"),  # too short to tell
    ("Putin Assad Erdogan Macron Merkel Trump Xi Modi Orban", None, "de", "default"),  # unsure guess
    (TEXT, "?", "de", "langid"),
])
def test_language(ctx, text, given, lang, how):
    article = make_article(RawDoc(source="x", text=text, lang=given), ctx)
    assert (article.lang, article.meta["lang_source"]) == (lang, how)
    assert 0.0 <= article.meta["lang_confidence"] <= 1.0


@pytest.mark.parametrize("value, expected, precision", [
    ("2015", "2015", Precision.YEAR),
    ("2015-11", "2015-11", Precision.MONTH),
    ("2015-11-26", "2015-11-26", Precision.DAY),
    ("2015-11-26T23:30:00-05:00", "2015-11-26", Precision.DAY),
    ("2015-11-26T10:00:00Z", "2015-11-26", Precision.DAY),
    ("26.11.2015", "2015-11-26", Precision.DAY),
    ("26.11.2015, 14:05 Uhr", "2015-11-26", Precision.DAY),
    ("26. November 2015", "2015-11-26", Precision.DAY),
    ("3. März 2016", "2016-03-03", Precision.DAY),
    ("Jänner 2016", "2016-01", Precision.MONTH),
    ("November 26, 2015", "2015-11-26", Precision.DAY),
    ("Thu, 26 Nov 2015 10:00:00 +0100", "2015-11-26", Precision.DAY),
])
def test_published_formats(ctx, value, expected, precision):
    article = make_article(RawDoc(source="x", text=TEXT, published=value, published_evidence="metadata"), ctx)
    assert (article.published.value, article.published.precision) == (expected, precision)
    assert article.published.evidence == "metadata" and "published_raw" not in article.meta


@pytest.mark.parametrize("value", ["gestern", "2015-02-30", "31.13.2015", "im Frühjahr"])
def test_unreadable_published_is_kept_raw(ctx, value):
    article = make_article(RawDoc(source="x", text=TEXT, published=value), ctx)
    assert article.published is None and article.meta["published_raw"] == value


def test_metadata_is_copied(ctx):
    raw = RawDoc(source="s#1", text=TEXT, title=" Gesetz\u00a0beschlossen ", url="https://x.example/a",
                 outlet="Blatt", meta={"section": "Politik"})
    article = make_article(raw, ctx)
    assert (article.source, article.title, article.url, article.outlet) == ("s#1", "Gesetz beschlossen",
                                                                           "https://x.example/a", "Blatt")
    assert article.meta["section"] == "Politik" and raw.meta == {"section": "Politik"}


# ---- real data -------------------------------------------------------------------------------------

def test_seeds_give_five_documents_and_000_is_dated_by_its_header(ctx, seeds_dir):
    items = _read(seeds_dir)
    assert len(_docs(items)) == 5 and not _skips(items)
    first = make_article(_docs(items)["000_584398fe5e48996b.txt"], ctx)
    assert (first.published.value, first.published.precision) == ("2020-01", Precision.MONTH)
    assert first.published.evidence == "header"
    assert first.raw_text.startswith("Der russische Präsident") and "date" not in first.raw_text[:20]
    assert all(make_article(d, ctx).lang == "de" for d in _docs(items).values())


@pytest.mark.shared_data
def test_10kgnad_gives_1028_documents_with_their_label():
    path = shared_path("data", "10kgnad", "test.csv")
    items = _read(path)
    assert len(items) == 1028 and all(isinstance(i, RawDoc) for i in items)
    labels = [i.meta["column_0"] for i in items]
    assert labels.count("International") == 151
    assert all(len(i.text.strip()) >= SETTINGS.min_text_chars for i in items)
    assert items[0].text.startswith("Die Gewerkschaft GPA-djp lanciert")


# ---- properties ------------------------------------------------------------------------------------

@hsettings(max_examples=200, deadline=None)
@given(st.text())
def test_normalise_text_is_idempotent_and_leaves_no_control_characters(text):
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert not any(ord(c) < 32 and c not in "\n\t" for c in once) and "\r" not in once


@hsettings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=())))
def test_normalise_text_output_always_encodes_to_utf8(text):
    once = normalise_text(text)  # lone surrogates included in the alphabet
    assert once.encode("utf-8").decode("utf-8") == once and normalise_text(once) == once
    assert content_hash(once)


@hsettings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1), min_size=1),
       st.lists(st.sampled_from([" ", "\n", "\r\n", "\t", "  "]), min_size=1))
def test_content_hash_ignores_whitespace_layout(words, separators):
    words = ["".join(w.split()) or "x" for w in words]
    joined = "".join(w + separators[i % len(separators)] for i, w in enumerate(words))
    assert content_hash(normalise_text(joined)) == content_hash(normalise_text(" ".join(words)))


@hsettings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_calendar_value_returns_a_valid_value_or_none(text):
    value = calendar_value(text)
    if value is not None:
        from chronik.model import DateClaim
        assert DateClaim.from_value(value).start <= DateClaim.from_value(value).end


@hsettings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_decoding_never_raises(data):
    looks_binary(data)
    assert isinstance(decode_bytes(data), str)


@hsettings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.builds(lambda t: json.dumps({"text": t}), st.text(min_size=1)),
                          st.text(alphabet="{}[]\":,ab ", max_size=30)), max_size=20))
def test_jsonl_yields_one_item_per_non_blank_line(lines):
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    data = "\n".join(lines).encode("utf-8")
    items = list(read_jsonl(io.BytesIO(data), "f", SETTINGS))
    assert len(items) == sum(1 for line in lines if line.strip())
    assert all(isinstance(i, (RawDoc, Skipped)) for i in items)


@pytest.mark.parametrize("given, meant", [("\\t", "\t"), ("tab", "\t"), (";", ";"), (None, None)])
def test_csv_delimiter_spellings(given, meant):
    from chronik.stages.ingest_csv import csv_delimiter

    assert csv_delimiter(given) == meant
