"""The CLI as a user types it: run, articles, show, errors as one line with an exit code."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.test_runner import OTHER, STORY


def chronik(*args: str, cwd=None, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chronik", *args], capture_output=True, text=True, cwd=cwd,
                          input=stdin, timeout=300, check=False)


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(" date 2020-01\n" + STORY, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    (folder / "junk.bin").write_bytes(b"\x00" * 64)
    return folder


def test_help_for_every_command():
    for command in ([], ["run"], ["articles"], ["show"]):
        result = chronik(*command, "--help")
        assert result.returncode == 0, result.stderr
        assert "Usage" in result.stdout


def test_run_articles_show(news, tmp_path):
    db = str(tmp_path / "c.db")
    result = chronik("run", str(news), "--db", db, "-q")
    assert result.returncode == 0, result.stderr
    assert "read 3 · new 2" in result.stdout
    assert "junk.bin: unknown_format" in result.stdout
    listing = chronik("articles", "--db", db, "--json")
    assert listing.returncode == 0
    assert '"published_value":"2020-01"' in listing.stdout.replace(" ", "")
    article_id = listing.stdout.split('"id":')[1].split('"')[1]
    shown = chronik("show", article_id[:6], "--db", db)
    assert shown.returncode == 0, shown.stderr
    assert "[1] Der russische Präsident" in shown.stdout
    again = chronik("run", str(news), "--db", db, "-q")
    assert "new 0 · unchanged 2" in again.stdout


def test_stdin(tmp_path):
    db = str(tmp_path / "c.db")
    result = chronik("run", "-", "--db", db, "-q", stdin=STORY)
    assert result.returncode == 0, result.stderr
    assert "new 1" in result.stdout


@pytest.mark.parametrize("args, code, message", [
    (["run", "does/not/exist.txt"], 2, "does/not/exist.txt"),
    (["show", "abcd"], 2, "no database"),
    (["run", "x.txt", "--db", "/nonexistent/dir/c.db"], 4, "does not exist"),
])
def test_errors_are_one_line_with_exit_code(tmp_path, args, code, message):
    (tmp_path / "x.txt").write_text(STORY, encoding="utf-8")
    result = chronik(*args, cwd=tmp_path)
    assert result.returncode == code, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and message in lines[0]


def test_unknown_format_named_on_command_line(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    result = chronik("run", "notes.docx", "--db", "c.db", cwd=tmp_path)
    assert result.returncode == 2
    assert "notes.docx" in result.stderr


def test_bad_path_leaves_no_database_behind(tmp_path):
    result = chronik("run", "nope.txt", "--db", "fresh.db", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("error:")
    assert not (tmp_path / "fresh.db").exists()


def test_unknown_default_language_is_a_clear_error(tmp_path):
    (tmp_path / "x.txt").write_text(STORY, encoding="utf-8")
    result = chronik("run", "x.txt", "--lang", "fr", "--db", "c.db", cwd=tmp_path)
    assert result.returncode == 2
    assert "no language data for 'fr'" in result.stderr


def test_read_commands_refuse_a_foreign_database(tmp_path):
    import sqlite3

    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE notes (x TEXT)").connection.commit()
    result = chronik("articles", "--db", "other.db", cwd=tmp_path)
    assert result.returncode == 2
    assert "not a chronik database" in result.stderr
    tables = sqlite3.connect(tmp_path / "other.db").execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("notes",)]


def test_status_filter_is_validated(tmp_path):
    result = chronik("articles", "--status", "foo", "--db", "x.db", cwd=tmp_path)
    assert result.returncode == 2
    assert "foo" in result.stderr


def test_run_and_list_on_postgres_too(news, db_url):
    result = chronik("run", str(news), "--db", db_url, "-q")
    assert result.returncode == 0, result.stderr
    listing = chronik("articles", "--db", db_url, "--json")
    assert listing.stdout.count('"id"') == 2


TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2015-10-21" functionInDocument="CREATION_TIME">2015-10-21</TIMEX3></DCT>
<TEXT>
Assad war am <TIMEX3 tid="t1" type="DATE" value="2015-10-20">Dienstagabend</TIMEX3> in Moskau. Er blieb <TIMEX3 tid="t2" type="DURATION" value="P1D">einen Tag</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_eval_timex_json(tmp_path):
    (tmp_path / "a.tml").write_text(TIMEML, encoding="utf-8")
    result = chronik("eval", "timex", str(tmp_path), "--json")
    assert result.returncode == 0, result.stderr
    import json

    scores = json.loads(result.stdout)
    assert {"strict_f1", "relaxed_f1", "value_f1", "type_accuracy", "docs", "per_file"} <= set(scores)
    assert scores["docs"] == 1 and scores["relaxed_f1"] > 0.5


def test_eval_timex_table_and_bad_folder(tmp_path):
    (tmp_path / "a.tml").write_text(TIMEML, encoding="utf-8")
    table = chronik("eval", "timex", str(tmp_path))
    assert "relaxed extent" in table.stdout
    bad = chronik("eval", "timex", str(tmp_path / "nope"))
    assert bad.returncode == 2 and "not a folder of .tml files" in bad.stderr


def test_eval_published_json(tmp_path):
    (tmp_path / "a.tml").write_text(TIMEML, encoding="utf-8")
    result = chronik("eval", "published", str(tmp_path), "--json")
    assert result.returncode == 0, result.stderr
    import json

    scores = json.loads(result.stdout)
    assert {"docs", "claims", "right", "accuracy", "per_precision", "per_file"} <= set(scores)
    assert scores["docs"] == 1
