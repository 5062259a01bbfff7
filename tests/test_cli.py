"""The command line is a contract (docs/cli.md): options, JSON keys, one-line errors, exit codes.

Each test runs ``python -m pbdesk`` in its own process, as scripts do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pbdesk.store import schema

ROOT = Path(__file__).resolve().parents[1]
CONTRACT_KEYS = {"id", "slug", "name", "year", "envelope_cents", "decision_mode", "phase", "sample"}
DEMO = {
    "belle-de-mai-2019": (2019, 3_250_000, "vote"),
    "pertuis-2020": (2020, 3_000_000, "designation"),
    "air-bel-2021": (2021, 9_500_000, "vote"),
    "les-flamands-le-mail-2022": (2022, 9_500_000, "vote"),
}


def pbdesk(
    *args: str | Path, tmp_path: Path, lang: str = "fr", **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PBDESK_DB", "PBDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    environment.update(
        PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        # Never the user's own data folder.
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        LANG=lang,
        **env,
    )
    return subprocess.run(
        [sys.executable, "-m", "pbdesk", *map(str, args)],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def campaigns_json(database: Path, tmp_path: Path) -> list[dict[str, object]]:
    result = pbdesk("--db", database, "campaigns", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    document = json.loads(result.stdout)
    assert isinstance(document, list)
    return document


def one_line(stderr: str) -> str:
    lines = stderr.strip("\n").split("\n")
    assert len(lines) == 1, f"expected one line on stderr, got: {stderr!r}"
    assert lines[0].strip()
    return lines[0]


def test_init_creates_the_database(tmp_path: Path) -> None:
    database = tmp_path / "equipe.sqlite3"
    result = pbdesk("--db", database, "init", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert database.is_file()
    assert schema.HEAD in result.stdout
    assert str(database) in result.stdout
    assert "Base de données prête" in result.stdout  # French by default
    assert campaigns_json(database, tmp_path) == []


def test_init_demo_adds_the_four_editions(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite3"
    result = pbdesk("--db", database, "init", "--demo", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "4" in result.stdout

    document = campaigns_json(database, tmp_path)
    assert len(document) == 4
    for entry in document:
        assert set(entry) >= CONTRACT_KEYS, entry
        assert isinstance(entry["id"], int)
        assert isinstance(entry["envelope_cents"], int)
        assert isinstance(entry["phase"], int) and 1 <= entry["phase"] <= 9
        assert entry["sample"] is True
        assert isinstance(entry["name"], str) and entry["name"]
    assert {e["slug"]: (e["year"], e["envelope_cents"], e["decision_mode"]) for e in document} == (
        DEMO
    )
    assert len({e["id"] for e in document}) == 4
    assert [e["year"] for e in document] == [2022, 2021, 2020, 2019]  # newest first


def test_init_demo_twice_does_not_duplicate(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite3"
    assert pbdesk("--db", database, "init", "--demo", tmp_path=tmp_path).returncode == 0
    first = campaigns_json(database, tmp_path)
    again = pbdesk("--db", database, "init", "--demo", tmp_path=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "déjà" in again.stdout
    assert campaigns_json(database, tmp_path) == first


def test_campaigns_without_json_is_readable_text(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite3"
    assert pbdesk("--db", database, "init", "--demo", tmp_path=tmp_path).returncode == 0
    result = pbdesk("--db", database, "campaigns", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "air-bel-2021" in result.stdout
    assert "95\u202f000\u00a0€" in result.stdout


def test_pbdesk_db_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    database = tmp_path / "from-env.sqlite3"
    result = pbdesk("init", "--demo", tmp_path=tmp_path, PBDESK_DB=str(database))
    assert result.returncode == 0, result.stderr
    assert database.is_file()
    assert len(campaigns_json(database, tmp_path)) == 4


@pytest.mark.parametrize("command", [["init"], ["campaigns", "--json"], ["init", "--demo"]])
def test_a_text_file_as_database_is_refused_unchanged(tmp_path: Path, command: list[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Ceci n'est pas une base de données.\n", "utf-8")
    before = notes.read_bytes()
    result = pbdesk("--db", notes, *command, tmp_path=tmp_path)
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert line.startswith("pbdesk")
    assert str(notes) in line
    assert "n’est pas" in line or "n'est pas" in line  # French
    assert result.stdout == ""
    assert notes.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("notes")) == ["notes.txt"]


def test_a_database_from_a_newer_pbdesk_is_refused(tmp_path: Path) -> None:
    import sqlite3

    database = tmp_path / "newer.sqlite3"
    assert pbdesk("--db", database, "init", tmp_path=tmp_path).returncode == 0
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    result = pbdesk("--db", database, "campaigns", "--json", tmp_path=tmp_path)
    assert result.returncode == 1
    assert "9999_future" in one_line(result.stderr)
    assert result.stdout == ""


def test_an_unreachable_server_exits_1_with_one_line(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://agent:s3cret@127.0.0.1:{port}/pbdesk"
    result = pbdesk("--db", url, "campaigns", "--json", tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "s3cret" not in result.stderr
    line = one_line(result.stderr)
    assert "Impossible" in line


def test_an_unknown_command_exits_2_with_one_french_line(tmp_path: Path) -> None:
    result = pbdesk("--db", tmp_path / "w.sqlite3", "frobnicate", tmp_path=tmp_path)
    assert result.returncode == 2
    line = one_line(result.stderr)
    assert "frobnicate" in line
    assert "commande" in line
    assert not (tmp_path / "w.sqlite3").exists()  # nothing was opened


@pytest.mark.parametrize(
    "args",
    [["campaigns", "--yaml"], ["--db"], ["init", "--demo", "extra"]],
    ids=["unknown-option", "missing-value", "extra-argument"],
)
def test_malformed_commands_exit_2_with_one_line(tmp_path: Path, args: list[str]) -> None:
    result = pbdesk(*args, tmp_path=tmp_path)
    assert result.returncode == 2
    one_line(result.stderr)
    assert result.stdout == ""


def test_errors_are_in_english_with_lang_en(tmp_path: Path) -> None:
    result = pbdesk("frobnicate", tmp_path=tmp_path, lang="en_GB.UTF-8")
    assert result.returncode == 2
    assert "is not a pbdesk command" in one_line(result.stderr)
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", "utf-8")
    result = pbdesk("--db", notes, "init", tmp_path=tmp_path, lang="en")
    assert result.returncode == 1
    assert "is not a pbdesk database" in one_line(result.stderr)


def test_help_describes_the_commands(tmp_path: Path) -> None:
    result = pbdesk("--help", tmp_path=tmp_path)
    assert result.returncode == 0
    for word in ("--db", "--demo", "--screenshot", "init", "campaigns"):
        assert word in result.stdout
