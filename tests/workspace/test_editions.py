"""Editions compared: one row per campaign, totals that are the sums of the rows — the same
figures in the end-of-edition report, the follow-up's campaign totals and the Excel export."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from openpyxl import load_workbook
from printing.followup_support import PROJECTS, make_followup_campaign  # type: ignore[import-not-found]

from pbdesk.grids.editions import export_editions
from pbdesk.printing.base import PrintOptions
from pbdesk.store.database import Database
from pbdesk.workspace.editions import edition_totals, list_editions
from pbdesk.workspace.followup.projects import campaign_totals, list_projects

SEED_EDITIONS = [
    ("Belle de Mai 2019", 2019, 3_250_000),
    ("Pertuis 2020", 2020, 3_000_000),
    ("Air Bel 2021", 2021, 9_500_000),
    ("Les Flamands / Le Mail 2022", 2022, 9_500_000),
]


def _two_editions(database: Database, tmp_path: Path) -> list[int]:
    first = make_followup_campaign(database, tmp_path, slug="edition-2025", year=2025)
    second = make_followup_campaign(
        database, tmp_path, slug="edition-2026", year=2026, projects=PROJECTS[:2]
    )
    return [first.id, second.id]


def _report_total(path: Path) -> list[int]:
    """The amounts (in cents) of the follow-up table's total line of a report."""
    text = (
        subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.replace("\u202f", " ")
        .replace("\u00a0", " ")
    )
    [line] = [line for line in text.splitlines() if line.strip().startswith("Total (")]
    return [int(amount.replace(" ", "")) * 100 for amount in re.findall(r"(\d[\d ]*?) €", line)]


def test_the_demo_shows_its_four_editions(demo_database: Database) -> None:
    rows = list_editions(demo_database)
    assert [(r.name, r.year, r.envelope_cents) for r in rows] == SEED_EDITIONS
    assert all(r.applications > 0 and r.funded > 0 for r in rows)
    pertuis = rows[1]
    assert pertuis.decision_mode == "designation"
    assert pertuis.voters is None  # no vote in 2020: not a turnout of 0
    totals = edition_totals(rows)
    assert totals.envelope_cents == sum(r.envelope_cents for r in rows) == 25_250_000
    assert totals.applications == sum(r.applications for r in rows)


def test_totals_agree_across_report_dashboard_and_excel(database: Database, tmp_path: Path) -> None:
    from pbdesk.printing import report

    ids = _two_editions(database, tmp_path)
    rows = list_editions(database)
    assert [r.campaign_id for r in rows] == ids
    for row in rows:
        # The comparison's figures are the follow-up's (the dashboard's), in cents.
        money = campaign_totals(database, row.campaign_id)
        assert (row.allocated_cents, row.paid_cents) == (money.allocated, money.paid)
        # The end-of-edition report prints the same total, the sum of its lines.
        target = tmp_path / f"bilan-{row.campaign_id}.pdf"
        report.build(database, row.campaign_id, target, PrintOptions())
        assert _report_total(target) == [
            sum(p.voted_cents for p in list_projects(database, row.campaign_id)),
            money.allocated,
            money.committed,
            money.paid,
        ]
    totals = edition_totals(rows)
    assert totals.paid_cents == sum(r.paid_cents or 0 for r in rows)
    assert totals.paid_cents == sum(campaign_totals(database, i).paid for i in ids)
    # Excel: euros as numbers, the total row the sum of the rows above.
    path = export_editions(database, tmp_path / "editions.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [list(row) for row in sheet.iter_rows(min_row=3, max_row=5, values_only=True)]
    lines, total_line = values[:2], values[2]
    assert [line[0] for line in lines] == [r.name for r in rows]
    for column in (2, 3, 4, 6, 8, 9):  # envelope, applications, new holders, funded, money
        assert total_line[column] == sum(line[column] for line in lines)
    assert total_line[9] * 100 == totals.paid_cents
    assert [line[9] * 100 for line in lines] == [r.paid_cents for r in rows]


def test_excel_export_formats_euros_and_shows_unknown_figures_as_a_dash(
    database: Database, campaign_id: int, tmp_path: Path
) -> None:
    path = export_editions(database, tmp_path / "editions.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A3"].value == "Quartier Test 2026"
    envelope = sheet["C3"]
    assert envelope.value == 40_000
    assert "€" in envelope.number_format and "#,##0" in envelope.number_format
    # No vote yet and nothing recorded: a dash, never 0.
    assert sheet["F3"].value == "—"
    assert sheet["J3"].value == "—"
    assert str(sheet["A4"].value).startswith("Total")


def test_a_name_like_a_formula_stays_text(database: Database, tmp_path: Path) -> None:
    from pbdesk.workspace.campaigns import create_campaign

    from .support import AUTHOR, make_frame

    create_campaign(database, make_frame(name="=SOMME(A1:A9)", slug="formule"), AUTHOR)
    path = export_editions(database, tmp_path / "editions.xlsx")
    cell = load_workbook(path).active["A3"]  # type: ignore[index]
    assert cell.value == "=SOMME(A1:A9)"
    assert cell.data_type == "s"
