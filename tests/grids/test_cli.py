"""``pbdesk grid export`` and ``pbdesk grid import``: output, exit codes, nothing changed on
refusal."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from pbdesk.domain.errors import DomainError
from pbdesk.grids_cli import add_grid_parser, run_grid
from pbdesk.store.database import Database

from .support import GridSheet, fill_grid, make_setup, review_dump, score_code

ROOT = Path(__file__).resolve().parents[2]


def pbdesk_grid(database: Database, *argv: str | Path) -> tuple[int, str, str]:
    """What ``pbdesk --db … grid …`` does, in this process (as ``pbdesk.cli.main`` runs it)."""
    parser = argparse.ArgumentParser(prog="pbdesk")
    parser.add_argument("--db")
    add_grid_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["--db", database.url.render_as_string(False), "grid", *map(str, argv)]
    )
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = run_grid(args)
        except DomainError as error:
            print(f"pbdesk : {error.message}", file=sys.stderr)
            code = 1
    return code, out.getvalue(), err.getvalue()


def test_export_then_import_from_the_command_line(database: Database, tmp_path: Path) -> None:
    setup = make_setup(database)
    code, out, _ = pbdesk_grid(database, "export", "quartier-test-2026", tmp_path / "all.xlsx")
    assert code == 0
    assert out.startswith(f"Grille d’instruction écrite dans {tmp_path / 'all.xlsx'} : ")
    assert "« Mme Dupont », « Service voirie » (6 dépôt(s) à instruire)" in out

    code, out, _ = pbdesk_grid(
        database,
        "export",
        str(setup.campaign_id),
        tmp_path / "one.xlsx",
        "--reviewer",
        "mme  dupont",
    )
    assert code == 0 and openpyxl.load_workbook(tmp_path / "one.xlsx").sheetnames[1] == "Grille"

    fill_grid(tmp_path / "one.xlsx", tmp_path / "filled.xlsx", setup)
    before = review_dump(database)
    code, out, _ = pbdesk_grid(
        database, "import", "quartier-test-2026", tmp_path / "filled.xlsx", "--dry-run"
    )
    assert code == 0 and "Rien n’a été modifié (--dry-run)." in out
    assert review_dump(database) == before

    code, out, _ = pbdesk_grid(database, "import", "quartier-test-2026", tmp_path / "filled.xlsx")
    assert code == 0
    assert out.splitlines()[0].startswith("« Mme Dupont » (feuille « Grille ») : 3 dépôt(s)")
    assert "  N° 1 « Projet 1 » : nouvelle instruction (" in out

    code, out, _ = pbdesk_grid(database, "import", "quartier-test-2026", tmp_path / "filled.xlsx")
    assert (code, out) == (0, "Rien ne change : cette grille est déjà importée.\n")


def test_a_refused_import_lists_the_problems_and_exits_1(
    database: Database, tmp_path: Path
) -> None:
    setup = make_setup(database)
    pbdesk_grid(
        database, "export", "quartier-test-2026", tmp_path / "g.xlsx", "--reviewer", "Mme Dupont"
    )
    fill_grid(tmp_path / "g.xlsx", tmp_path / "filled.xlsx", setup)
    workbook = openpyxl.load_workbook(tmp_path / "filled.xlsx")
    sheet = GridSheet(workbook["Grille"])
    coordinate = sheet.set(1, score_code(setup.scored[0]), "beaucoup")
    workbook.save(tmp_path / "filled.xlsx")
    before = review_dump(database)
    code, out, err = pbdesk_grid(database, "import", "quartier-test-2026", tmp_path / "filled.xlsx")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"pbdesk : « {tmp_path / 'filled.xlsx'} » n’a pas été importé et rien n’a changé ; "
        "problèmes relevés : 1.",
        f"  Feuille « Grille », cellule {coordinate} : "
        "« beaucoup » n’est pas une note entre 0 et 3.",
    ]
    assert review_dump(database) == before


def test_unknown_campaign_or_reviewer_in_one_sentence(database: Database, tmp_path: Path) -> None:
    make_setup(database)
    code, _, err = pbdesk_grid(database, "export", "nulle-part", tmp_path / "g.xlsx")
    assert (code, err) == (1, "pbdesk : Il n’y a pas de campagne « nulle-part ».\n")
    code, _, err = pbdesk_grid(
        database, "export", "quartier-test-2026", tmp_path / "g.xlsx", "--reviewer", "Inconnu"
    )
    assert (code, err) == (
        1,
        "pbdesk : Il n’y a pas d’instructeur « Inconnu » dans cette campagne.\n",
    )
    assert not (tmp_path / "g.xlsx").exists()


def test_the_pbdesk_command_runs_grid(database: Database, tmp_path: Path) -> None:
    """The real ``pbdesk grid`` command does the same."""
    make_setup(database)
    path = database.path
    database.close()
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "PBDESK_LANG": "fr",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pbdesk",
            "--db",
            str(path),
            "grid",
            "export",
            "quartier-test-2026",
            str(tmp_path / "g.xlsx"),
        ],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "g.xlsx").exists()
