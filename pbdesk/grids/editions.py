"""The editions compared, as one Excel sheet: a row per campaign, then the totals.

Amounts are numbers in euros formatted ``12 500 €`` (so the finance department can add them
up again), counts are numbers, names are text (never read as formulas). A figure pbdesk
does not know is a dash, not a 0. The totals are the sums of the rows above, written as
values, the same sums the comparison page shows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from pbdesk.grids import layout as L
from pbdesk.grids.export import save_whole
from pbdesk.grids.jobs import Cancel, Progress, Steps
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate
from pbdesk.store.database import Database
from pbdesk.workspace.editions import EditionRow, edition_totals, list_editions
from pbdesk.workspace.indicators import Ratio

#: Euros with grouped thousands (Excel shows the reader's own separator: « 12 500 € » in
#: French); cents only on amounts that have some.
EURO_FORMAT = '#,##0" €"'
CENTS_FORMAT = '#,##0.00" €"'
PERCENT_FORMAT = "0%"
COUNT_FORMAT = "#,##0"
UNKNOWN = "—"
_CENTER = Alignment(horizontal="center", vertical="top")
_RIGHT = Alignment(horizontal="right", vertical="top")

HEADERS = (
    QT_TRANSLATE_NOOP("EditionsExport", "Edition"),
    QT_TRANSLATE_NOOP("EditionsExport", "Year"),
    QT_TRANSLATE_NOOP("EditionsExport", "Envelope"),
    QT_TRANSLATE_NOOP("EditionsExport", "Applications"),
    QT_TRANSLATE_NOOP("EditionsExport", "New holders"),
    QT_TRANSLATE_NOOP("EditionsExport", "Voters"),
    QT_TRANSLATE_NOOP("EditionsExport", "Funded projects"),
    QT_TRANSLATE_NOOP("EditionsExport", "Carried out"),
    QT_TRANSLATE_NOOP("EditionsExport", "Allocated"),
    QT_TRANSLATE_NOOP("EditionsExport", "Spent (paid)"),
    QT_TRANSLATE_NOOP("EditionsExport", "Spent / allocated"),
)
WIDTHS = (34, 8, 14, 13, 14, 11, 13, 12, 14, 14, 14)


def export_editions(
    database: Database,
    target: Path | str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Path:
    """Write the comparison of every edition to ``target`` (whole or not at all)."""
    target = Path(target)
    rows = list_editions(database)
    steps = Steps(len(rows) + 2, progress, cancel)
    workbook = Workbook(write_only=True)
    try:
        _sheet(workbook.create_sheet(translate("EditionsExport", "Editions")), rows, steps)
    except BaseException:
        L.discard(workbook)
        raise
    save_whole(workbook, target, steps)
    steps.finish()
    return target


def _sheet(ws: L.Sheet, rows: Sequence[EditionRow], steps: Steps) -> None:
    L.fit_to_page_width(ws, landscape=True)
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "B3"
    L.append(
        ws,
        [
            L.text_cell(
                ws,
                translate("EditionsExport", "Participatory budgets: the editions compared"),
                font=L.TITLE_FONT,
            )
        ],
    )
    L.append(
        ws,
        [
            L.text_cell(
                ws,
                translate("EditionsExport", title),
                font=L.BOLD,
                fill=L.HEADER_FILL,
                border=L.BORDER,
                alignment=L.HEADER_ALIGN,
            )
            for title in HEADERS
        ],
    )
    for row in rows:
        L.append(
            ws,
            _line(
                ws,
                row.name,
                row.year,
                row.envelope_cents,
                row.applications,
                row.new_holders,
                row.voters,
                row.funded,
                row.carried_out,
                row.allocated_cents,
                row.paid_cents,
                row.spent,
                bold=False,
            ),
        )
        steps.advance()
    totals = edition_totals(rows)
    spent = (
        Ratio(totals.paid_cents, totals.allocated_cents) if totals.paid_cents is not None else None
    )
    L.append(
        ws,
        _line(
            ws,
            translate("EditionsExport", "Total ({count} editions)").format(count=totals.editions),
            None,
            totals.envelope_cents,
            totals.applications,
            totals.new_holders,
            totals.voters,
            totals.funded,
            totals.carried_out,
            totals.allocated_cents,
            totals.paid_cents,
            spent,
            bold=True,
        ),
    )
    L.append(ws, [])
    L.append(
        ws,
        [
            L.text_cell(
                ws,
                translate(
                    "EditionsExport",
                    "A dash means pbdesk does not know the figure (no vote, or no follow-up "
                    "recorded yet). Voters: signatures of the register, else ballots counted.",
                ),
                font=L.NOTE_FONT,
            )
        ],
    )
    steps.advance()


def _line(
    ws: L.Sheet,
    name: str,
    year: int | None,
    envelope: int,
    applications: int,
    new_holders: int,
    voters: int | None,
    funded: int,
    carried_out: int | None,
    allocated: int | None,
    paid: int | None,
    spent: Ratio | None,
    *,
    bold: bool,
) -> list[Cell]:
    font = {"font": L.BOLD} if bold else {}
    fill = {"fill": L.TOTAL_FILL} if bold else {}
    return [
        L.text_cell(ws, name, border=L.BORDER, alignment=L.WRAP, **font, **fill),
        _number(ws, year, "0", fill)
        if year is not None
        else L.text_cell(ws, "", border=L.BORDER, **fill),
        _euros(ws, envelope, fill),
        _number(ws, applications, COUNT_FORMAT, fill),
        _number(ws, new_holders, COUNT_FORMAT, fill),
        _number(ws, voters, COUNT_FORMAT, fill),
        _number(ws, funded, COUNT_FORMAT, fill),
        _number(ws, carried_out, COUNT_FORMAT, fill),
        _euros(ws, allocated, fill),
        _euros(ws, paid, fill),
        _share(ws, spent, fill),
    ]


def _unknown(ws: L.Sheet, fill: Mapping[str, object]) -> Cell:
    return L.text_cell(ws, UNKNOWN, border=L.BORDER, alignment=_CENTER, **fill)


def _number(ws: L.Sheet, value: int | None, number_format: str, fill: Mapping[str, object]) -> Cell:
    if value is None:
        return _unknown(ws, fill)
    return L.value_cell(
        ws, value, border=L.BORDER, alignment=_RIGHT, number_format=number_format, **fill
    )


def _euros(ws: L.Sheet, cents: int | None, fill: Mapping[str, object]) -> Cell:
    if cents is None:
        return _unknown(ws, fill)
    whole = cents % 100 == 0
    return L.value_cell(
        ws,
        cents // 100 if whole else cents / 100,
        border=L.BORDER,
        alignment=_RIGHT,
        number_format=EURO_FORMAT if whole else CENTS_FORMAT,
        **fill,
    )


def _share(ws: L.Sheet, ratio: Ratio | None, fill: Mapping[str, object]) -> Cell:
    if ratio is None or ratio.value is None:
        return _unknown(ws, fill)
    return L.value_cell(
        ws, ratio.value, border=L.BORDER, alignment=_RIGHT, number_format=PERCENT_FORMAT, **fill
    )
