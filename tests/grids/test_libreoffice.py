"""A grid opened and saved by a real spreadsheet program (LibreOffice, headless) comes back
whole: protection, validations, text that looks like a formula, and the totals it computes.

Skipped where LibreOffice is not installed; .ci/run installs ``libreoffice-calc-nogui``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from pbdesk.grids import export_grids, import_grid
from pbdesk.grids import layout as L
from pbdesk.store.database import Database
from pbdesk.workspace.reviews.answers import get_review

from .support import AUTHOR, GridSheet, fill_grid, make_setup
from .test_import import assert_planned_values

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    LIBREOFFICE is None,
    reason="LibreOffice is not installed (.ci/run installs libreoffice-calc-nogui)",
)


def through_libreoffice(path: Path, tmp_path: Path) -> Path:
    """Open ``path`` in LibreOffice and save it again as .xlsx (formulas recomputed)."""
    assert LIBREOFFICE is not None
    out = tmp_path / "libreoffice"
    profile = tmp_path / "libreoffice-profile"
    subprocess.run(
        [
            LIBREOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    converted = out / path.name
    assert converted.exists()
    return converted


def test_a_grid_saved_by_libreoffice_imports_with_the_same_values(
    database: Database, tmp_path: Path
) -> None:
    setup = make_setup(database, titles=("=1+1", "@SUM(A1)", "-5 €"))
    blank = tmp_path / "grille.xlsx"
    export_grids(database, setup.campaign_id, blank, setup.reviewers[0])
    filled = tmp_path / "grille-remplie.xlsx"
    fill_grid(blank, filled, setup)
    saved = through_libreoffice(filled, tmp_path)

    computed = openpyxl.load_workbook(saved, data_only=True)
    ws = computed["Grille"]
    sheet = GridSheet(ws)
    # Text stays text: LibreOffice computed the totals, not the titles.
    assert [ws[sheet.coordinate(n, "title")].value for n in (1, 2, 3)] == [
        "=1+1",
        "@SUM(A1)",
        "-5 €",
    ]
    totals = {n: ws[sheet.coordinate(n, L.TOTAL)].value for n in (1, 2, 3)}

    result = import_grid(database, setup.campaign_id, saved, AUTHOR)
    assert result.ok and result.applied, result.problems
    assert_planned_values(database, setup, setup.reviewers[0])
    for number, application_id in enumerate(setup.applications, start=1):
        assert totals[number] == get_review(database, setup.reviewers[0], application_id).total


def test_libreoffice_keeps_protection_and_validations(database: Database, tmp_path: Path) -> None:
    setup = make_setup(database)
    blank = tmp_path / "grille.xlsx"
    export_grids(database, setup.campaign_id, blank, setup.reviewers[0])
    saved = through_libreoffice(blank, tmp_path)
    workbook = openpyxl.load_workbook(saved)
    ws = workbook["Grille"]
    sheet = GridSheet(ws)
    assert ws.protection.sheet
    unlocked = {
        cell.coordinate
        for row in ws.iter_rows(max_row=ws.max_row + 3, max_col=ws.max_column + 3)
        for cell in row
        if not cell.protection.locked
    }
    assert unlocked == sheet.input_cells()
    covered = {
        coordinate
        for validation in ws.data_validations.dataValidation
        for cell_range in validation.sqref.ranges
        for row in cell_range.cells
        for coordinate in [f"{openpyxl.utils.get_column_letter(row[1])}{row[0]}"]
    }
    assert sheet.input_cells() <= covered
    # Nothing filled: importing the saved grid changes nothing.
    result = import_grid(database, setup.campaign_id, saved, AUTHOR)
    assert result.ok and not result.changes_anything
