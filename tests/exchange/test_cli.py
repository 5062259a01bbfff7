"""``pbdesk export``, ``pbdesk import`` and ``pbdesk copy`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from pbdesk.cli import main
from pbdesk.store.database import open_database
from pbdesk.store.models import Application

from .support import data_of, row_counts, small_campaign


@pytest.fixture
def laptop_a(tmp_path: Path) -> Path:
    path = tmp_path / "a.sqlite3"
    database = open_database(path)
    small_campaign(database, tmp_path, attachments=1)
    database.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_then_import_into_another_database(
    laptop_a: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "quartier.pbdesk"
    code, out, err = run(capsys, "--db", str(laptop_a), "export", "quartier-test-2026", str(target))
    assert (code, err) == (0, "")
    assert "quartier.pbdesk" in out and "Quartier Test 2026" in out
    resident = next(p for p in data_of(target)["tables"]["person"] if p["is_resident"])
    assert resident["email"] == ""

    laptop_b = tmp_path / "b.sqlite3"
    code, out, err = run(capsys, "--db", str(laptop_b), "import", str(target))
    assert (code, err) == (0, "")
    assert "Quartier Test 2026" in out
    database = open_database(laptop_b)
    try:
        assert row_counts(database)["application"] == 2
    finally:
        database.close()


def test_export_with_personal_data_warns(
    laptop_a: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "full.pbdesk"
    code, _out, err = run(
        capsys, "--db", str(laptop_a), "export", "1", str(target), "--include-personal-data"
    )
    assert code == 0
    assert err.startswith("pbdesk : ") and err.count("\n") == 1
    resident = next(p for p in data_of(target)["tables"]["person"] if p["is_resident"])
    assert resident["email"] == "nadia@example.org"


def test_import_keeps_this_side_and_lists_the_conflicts(
    laptop_a: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.pbdesk"
    laptop_b = tmp_path / "b.sqlite3"
    assert run(capsys, "--db", str(laptop_a), "export", "1", str(first))[0] == 0
    assert run(capsys, "--db", str(laptop_b), "import", str(first))[0] == 0
    for path, title in ((laptop_a, "Jardin (A)"), (laptop_b, "Jardin (B)")):
        database = open_database(path)
        with database.session() as session:
            session.scalars(select(Application).where(Application.number == 1)).one().title = title
        database.close()
    back = tmp_path / "back.pbdesk"
    assert run(capsys, "--db", str(laptop_b), "export", "1", str(back))[0] == 0

    code, out, err = run(capsys, "--db", str(laptop_a), "import", str(back), "--dry-run")
    assert (code, err) == (0, "")
    assert "«Jardin (A)» / «Jardin (B)»" in out

    code, out, err = run(capsys, "--db", str(laptop_a), "import", str(back))
    assert (code, err) == (0, "")
    assert "application «Jardin (A)»" in out
    assert "title : «Jardin (A)» / «Jardin (B)»" in out
    database = open_database(laptop_a)
    with database.session() as session:
        assert session.scalars(select(Application.title).where(Application.number == 1)).one() == (
            "Jardin (A)"
        )
    database.close()


def test_a_refused_file_exits_1_with_one_sentence(
    laptop_a: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.pbdesk"
    bad.write_text("not a zip")
    code, out, err = run(capsys, "--db", str(laptop_a), "import", str(bad))
    assert code == 1 and out == ""
    assert err.startswith("pbdesk : ") and err.count("\n") == 1
    assert "bad.pbdesk" in err


def test_copy_to_an_empty_database_and_refuse_a_full_one(
    laptop_a: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copy.sqlite3"
    code, out, err = run(capsys, "--db", str(laptop_a), "copy", "--to", str(target))
    assert (code, err) == (0, "")
    assert str(target) in out
    code, out, err = run(capsys, "--db", str(laptop_a), "copy", "--to", str(target))
    assert code == 1 and err.count("\n") == 1
    code, out, _err = run(capsys, "--db", str(target), "campaigns", "--json")
    assert [c["slug"] for c in json.loads(out)] == ["quartier-test-2026"]
