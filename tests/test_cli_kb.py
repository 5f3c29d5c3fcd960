"""``chronik kb show|import`` and ``chronik eval ner`` as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import shared_path
from tests.test_cli import chronik

FIXTURES = Path(__file__).parent / "fixtures" / "wikidata"


def test_kb_show_prints_roles_with_dates() -> None:
    result = chronik("kb", "show", "Hollande")
    assert result.returncode == 0, result.stderr
    assert "François Hollande" in result.stdout and "2012-05-15" in result.stdout and "FRA" in result.stdout


def test_kb_show_unknown_name_is_a_one_line_error() -> None:
    result = chronik("kb", "show", "Xyzzy Quux")
    assert result.returncode == 2 and result.stderr.strip().startswith("error:") and len(result.stderr.splitlines()) == 1


def test_kb_import_extends_a_user_folder(tmp_path: Path) -> None:
    result = chronik("kb", "import", str(FIXTURES / "dump.json"), "--into", str(tmp_path / "ukb"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ukb" / "people" / "wikidata.yaml").is_file()
    again = chronik("kb", "import", str(FIXTURES / "sparql.json"), "--into", str(tmp_path / "ukb"))
    assert again.returncode == 0, again.stderr
    shown = subprocess_env_show(tmp_path / "ukb", "Merkel")
    assert "Angela Merkel" in shown


def subprocess_env_show(folder: Path, name: str) -> str:
    import os
    import subprocess
    import sys
    env = {**os.environ, "CHRONIK_KB_DIR": str(folder)}
    return subprocess.run([sys.executable, "-m", "chronik", "kb", "show", name], capture_output=True, text=True,
                          env=env, timeout=300, check=False).stdout


def test_kb_import_of_malformed_json_names_the_line_and_writes_nothing(tmp_path: Path) -> None:
    result = chronik("kb", "import", str(FIXTURES / "dump_malformed.json"), "--into", str(tmp_path / "ukb"))
    assert result.returncode == 2 and "dump_malformed.json:3" in result.stderr
    assert not (tmp_path / "ukb").exists()


def test_eval_ner_json() -> None:
    gold = shared_path("data", "germeval2014", "NER-de-dev.tsv")
    result = chronik("eval", "ner", str(gold), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert {"precision", "recall", "f1", "per_type"} <= set(scores)
    assert set(scores["per_type"]) == {"PER", "LOC", "ORG"}
