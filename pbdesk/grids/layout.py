"""What a review grid looks like: rows, columns, hidden identifiers, styles, and how text and
numbers go into cells. Shared by the export, the import and the synthesis workbook.

A grid sheet (one per reviewer):

- row 1 is hidden: A1 holds the reviewer's UUID, every other cell the code of its column
  (``score:<criterion uuid>``, ``eligible:<uuid>``, ``reason:<uuid>``, ``recommendation``…);
- column A is hidden: each application row holds the application's UUID;
- rows 2 to 6 are titles and headers; applications start at ``FIRST_ROW``.

So the import maps every cell back by identifiers, whatever order the rows are in. The
hidden sheet ``META_SHEET`` holds what the grid was made for: campaign, criteria version,
when it was made, the grid sheets and their reviewers, and the words used in the lists.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.protection import SheetProtection

#: The hidden sheet's first cell says what the workbook is; its second, which layout.
GRID_FORMAT = "pbdesk-review-grid"
GRID_FORMAT_VERSION = 1
META_SHEET = "pbdesk"

CODE_ROW = 1
TITLE_ROW = 2
NOTE_ROW = 3
GROUP_ROW = 4
HEADER_ROW = 5
SCALE_ROW = 6
FIRST_ROW = 7

#: Column A (hidden) holds the application UUIDs; the facts follow.
UUID_COLUMN = 1
FACT_CODES = ("number", "title", "holder", "territory", "requested", "summary")
FACT_WIDTHS = {
    "number": 6,
    "title": 34,
    "holder": 24,
    "territory": 16,
    "requested": 14,
    "summary": 50,
}
#: Input columns: what a reviewer types, by the code prefix of their column.
ELIGIBLE, REASON, SCORE = "eligible", "reason", "score"
TOTAL, RECOMMENDATION, COMMENT = "total", "recommendation", "comment"
INPUT_KINDS = (ELIGIBLE, REASON, SCORE, RECOMMENDATION, COMMENT)
INPUT_WIDTHS = {ELIGIBLE: 14, REASON: 26, SCORE: 13, TOTAL: 11, RECOMMENDATION: 22, COMMENT: 48}
#: The longest text a reason or a comment may hold (the cells' validation says so too).
MAX_REASON = 1000
MAX_COMMENT = 5000
#: Criterion names are long and their columns narrow: room for five lines.
HEADER_HEIGHT = 80
#: The first column that scrolls: number and title stay in view beside the inputs.
FROZEN_CELL = f"D{FIRST_ROW}"

#: A streamed (``write_only``) worksheet. openpyxl copies most of a normal sheet's
#: attributes onto it at run time, which its type stubs do not know about.
Sheet = Any

#: Characters that make a spreadsheet read a typed text as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_THIN = Side(style="thin", color="B7B7B7")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
LOCKED = Protection(locked=True)
UNLOCKED = Protection(locked=False)
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
NOTE_FONT = Font(italic=True, color="555555")
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
FACT_FILL = PatternFill("solid", fgColor="F2F2F2")
INPUT_FILL = PatternFill("solid", fgColor="FFFFFF")
TOTAL_FILL = PatternFill("solid", fgColor="EAF1DD")
WARNING_FILL = PatternFill("solid", fgColor="F8CBAD")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="top")
TOP = Alignment(vertical="top")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")

#: Excel's limits on sheet names.
SHEET_NAME_MAX = 31
SHEET_NAME_FORBIDDEN = set("[]:*?/\\")


def text_cell(ws: Sheet, value: str, **style: Any) -> Cell:
    """A cell that holds ``value`` as text, whatever it starts with: ``=1+1`` stays the
    four characters, never a formula (the cell is typed as a string and, where it starts
    like a formula, carries Excel's quote prefix)."""
    cell = WriteOnlyCell(ws)
    cell.value = value
    cell.data_type = "s"
    _style(cell, style)
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def value_cell(ws: Sheet, value: int | float | None, **style: Any) -> Cell:
    cell = WriteOnlyCell(ws, value)
    _style(cell, style)
    return cell


def formula_cell(ws: Sheet, formula: str, **style: Any) -> Cell:
    """A formula pbdesk wrote itself (never user text)."""
    cell = WriteOnlyCell(ws)
    cell.value = formula
    cell.data_type = "f"
    _style(cell, style)
    return cell


def _style(cell: Cell, style: dict[str, Any]) -> None:
    """Give ``cell`` the style made of ``style``'s parts (this module's constants).

    openpyxl looks every part up in the workbook's tables by hashing it, which dominated the
    export's time; a sheet remembers each combination it has seen, and further cells copy
    the result.
    """
    if not style:
        return
    cache: dict[tuple[tuple[str, int], ...], StyleArray] = cell.parent.__dict__.setdefault(
        "_pbdesk_styles", {}
    )
    key = tuple((name, id(value)) for name, value in style.items())
    known = cache.get(key)
    if known is not None:
        cell._style = StyleArray(known)  # type: ignore[attr-defined]  # stubs lack it
        return
    for name, value in style.items():
        setattr(cell, name, value)
    cache[key] = StyleArray(cell._style)  # type: ignore[attr-defined]
    # The cache holds ids: keep what they stand for alive as long as the sheet.
    cell.parent.__dict__.setdefault("_pbdesk_style_parts", []).append(tuple(style.values()))


#: Excel's code for A4 paper.
PAPER_A4 = "9"
#: Excel's row height for one line of the default font, and the most lines a row shows.
LINE_HEIGHT = 15.0
MAX_LINES = 8


def append(ws: Sheet, cells: Sequence[Cell | None]) -> None:
    """Stream one row, tall enough for its wrapped texts.

    Spreadsheet programs do not grow a row to fit wrapped text they did not lay out
    themselves (LibreOffice shows it overlapping), so the height is estimated here from the
    columns' widths. Rows given a height beforehand keep it.
    """
    row = ws.__dict__.get("_pbdesk_row", 0) + 1
    ws.__dict__["_pbdesk_row"] = row
    lines = 1
    for index, cell in enumerate(cells, start=1):
        if cell is None or not isinstance(cell.value, str) or not cell.alignment.wrap_text:
            continue
        dimension = ws.column_dimensions.get(get_column_letter(index))
        width = (dimension.width if dimension is not None else None) or 13
        lines = max(lines, text_lines(cell.value, width))
    if lines > 1 and row not in ws.row_dimensions:
        ws.row_dimensions[row].height = min(lines, MAX_LINES) * LINE_HEIGHT
    ws.append(list(cells))


def text_lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes in a column ``width`` characters wide."""
    per_line = max(int(width * 1.1), 1)
    return sum(max(1, -(-len(paragraph) // per_line)) for paragraph in text.split("\n"))


def fit_to_page_width(ws: Sheet, *, landscape: bool = False) -> None:
    """Printed, the sheet is as wide as the page (as many pages long as it needs)."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = PAPER_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def protect(ws: Sheet) -> None:
    """Protect a sheet without a password: locked cells cannot be typed over, while
    columns and rows can still be widened and filtered to read comfortably."""
    ws.protection = SheetProtection(
        sheet=True,
        formatColumns=False,
        formatRows=False,
        autoFilter=False,
        selectLockedCells=False,
        selectUnlockedCells=False,
    )


def discard(workbook: Any) -> None:
    """Close a streamed workbook that will not be saved (a cancelled or failed export) and
    remove the temporary files openpyxl writes its sheets to. openpyxl has no public way to
    do it; left alone, half-written sheets fail noisily when garbage-collected."""
    for ws in workbook.worksheets:
        if getattr(ws, "closed", True):
            continue
        # A sheet stopped half-way may not close cleanly; it is dropped anyway.
        with contextlib.suppress(Exception):
            ws.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            with contextlib.suppress(OSError, ValueError):
                writer.cleanup()


def lock_structure() -> WorkbookProtection:
    """Sheets cannot be added, removed or renamed (the import finds them by name)."""
    return WorkbookProtection(lockStructure=True)


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unique sheet name close to ``wanted`` (Excel compares names ignoring case)."""
    cleaned = "".join("-" if char in SHEET_NAME_FORBIDDEN else char for char in wanted)
    cleaned = " ".join(cleaned.split()).strip("'") or "Grille"
    name = cleaned[:SHEET_NAME_MAX]
    number = 2
    while name.casefold() in taken:
        suffix = f" ({number})"
        name = cleaned[: SHEET_NAME_MAX - len(suffix)] + suffix
        number += 1
    taken.add(name.casefold())
    return name


def column_code(kind: str, criterion_uuid: str = "") -> str:
    return f"{kind}:{criterion_uuid}" if criterion_uuid else kind


def parse_code(code: str) -> tuple[str, str]:
    """``score:<uuid>`` → (``score``, ``<uuid>``); ``comment`` → (``comment``, ``""``)."""
    kind, _, criterion_uuid = code.partition(":")
    return kind, criterion_uuid
