"""The README's first screen shows the two commands that .ci/run runs, exactly."""

from __future__ import annotations

from tests.conftest import REPO

INSTALL_AND_RUN = "pip install -e . && chronik run examples/news"
TESTS = 'pip install -e ".[dev]" && python -m pytest'


def test_readme_first_screen_has_the_two_commands():
    first_screen = "\n".join((REPO / "README.md").read_text(encoding="utf-8").splitlines()[:20])
    assert INSTALL_AND_RUN in first_screen
    assert TESTS in first_screen


def test_ci_runs_the_same_commands():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    lines = ci.splitlines()
    assert INSTALL_AND_RUN in lines
    assert TESTS in lines
    assert '"$status" -eq 5' in ci
