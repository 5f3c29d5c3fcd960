"""``chronik serve``: registered, loopback by default, refuses unusable options before starting a server."""

from __future__ import annotations

from typer.testing import CliRunner

from chronik.cli import app


def test_serve_is_a_command_bound_to_loopback_by_default():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output and "8001" in result.output and "--allow-ingest" in result.output


def test_serve_needs_an_existing_database(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "no database" in result.output
    assert not (tmp_path / "missing.db").exists()


def test_serve_refuses_ingest_without_a_token(demo_sqlite):
    result = CliRunner().invoke(app, ["serve", "--db", demo_sqlite, "--allow-ingest"], env={"CHRONIK_TOKEN": ""})
    assert result.exit_code == 2 and "--token" in result.output
