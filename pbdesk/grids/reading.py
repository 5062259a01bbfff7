"""Reading a returned grid: is the file a workbook we may open, is it one of our grids, and
what do its sheets hold — before anything is compared with the database.

Every refusal is one sentence for the user; nothing here writes anything.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from pbdesk.grids import layout as L
from pbdesk.i18n import translate

#: A returned grid is small; a file far larger is not one (or is a zip bomb).
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
_OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
_ZIP_MAGIC = b"PK\x03\x04"


class GridRefused(Exception):
    """The file cannot be read as a grid; ``problems`` say why, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class RawCell:
    coordinate: str
    value: Any
    formula: bool

    @property
    def blank(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


@dataclass
class RawRow:
    row: int
    uuid: str
    #: The application number shown in the row (to name it in messages).
    number: Any
    #: Input cells by column code.
    cells: dict[str, RawCell]
    #: The first cell of the row holding anything (facts included), or "".
    first_content: str = ""

    @property
    def filled(self) -> bool:
        return any(not cell.blank for cell in self.cells.values())

    def first_filled(self) -> str:
        return next(cell.coordinate for cell in self.cells.values() if not cell.blank)


@dataclass
class RawSheet:
    name: str
    #: The reviewer the hidden sheet says this grid is for, and what cell A1 says.
    reviewer_uuid: str
    reviewer_cell: str
    first_row: int
    rows_written: int
    #: Column code → the column's letter, from the hidden first row.
    columns: dict[str, str]
    #: Column letters whose code is not one pbdesk writes.
    unknown_columns: list[str]
    rows: list[RawRow] = field(default_factory=list)


@dataclass
class RawGrid:
    campaign_uuid: str
    campaign_name: str
    criteria_version: int
    made_at: datetime
    #: The words the grid offered, lower-cased: yes/no, and recommendation label → code.
    yes_words: set[str]
    no_words: set[str]
    recommendation_words: dict[str, str]
    yes: str
    no: str
    sheets: list[RawSheet]
    missing_sheets: list[str]


def check_file(path: Path) -> None:
    """Refuse what is not an ``.xlsx`` workbook without macros, before opening it."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix in (".xlsm", ".xltm", ".xlam"):
        raise GridRefused([_macros(name)])
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise GridRefused(
            [
                translate("GridImport", "The file «{name}» cannot be read: {reason}").format(
                    name=name, reason=error.strerror or error
                )
            ]
        ) from error
    if head == _OLE_MAGIC or suffix == ".xls":
        raise GridRefused(
            [
                translate(
                    "GridImport",
                    "«{name}» is an old Excel file (.xls): open it in Excel or LibreOffice and "
                    "save it as an Excel workbook (.xlsx), then import that file.",
                ).format(name=name)
            ]
        )
    if not head.startswith(_ZIP_MAGIC):
        raise GridRefused([_not_workbook(name)])
    if size > MAX_FILE_BYTES:
        raise GridRefused(
            [
                translate(
                    "GridImport", "«{name}» is far too large to be a review grid ({size} MB)."
                ).format(name=name, size=size // (1024 * 1024))
            ]
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {member.filename.lower() for member in members}
            if any(member.endswith("vbaproject.bin") for member in names):
                raise GridRefused([_macros(name)])
            if "xl/workbook.xml" not in names or "[content_types].xml" not in names:
                raise GridRefused([_not_workbook(name)])
            if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
                raise GridRefused(
                    [_damaged(name, translate("GridImport", "far too large once unpacked"))]
                )
            broken = archive.testzip()
            if broken is not None:
                raise GridRefused([_damaged(name, broken)])
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
    ) as error:
        raise GridRefused([_damaged(name, str(error) or type(error).__name__)]) from error


def _macros(name: str) -> str:
    return translate(
        "GridImport",
        "«{name}» is a workbook with macros: pbdesk does not open those. Save it as an Excel "
        "workbook (.xlsx), without macros, then import that file.",
    ).format(name=name)


def _not_workbook(name: str) -> str:
    return translate("GridImport", "«{name}» is not an Excel workbook (.xlsx).").format(name=name)


def _damaged(name: str, reason: str) -> str:
    return translate(
        "GridImport", "«{name}» is damaged and cannot be read as a workbook ({reason})."
    ).format(name=name, reason=reason)


def not_a_grid(name: str) -> str:
    return translate(
        "GridImport",
        "«{name}» is not a pbdesk review grid (or its hidden part was removed): export a new "
        "grid from pbdesk.",
    ).format(name=name)


def read_grid(path: Path) -> RawGrid:
    """What a returned grid holds; ``GridRefused`` when it cannot be one of ours."""
    check_file(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
        raise GridRefused([_damaged(path.name, str(error) or type(error).__name__)]) from error
    except Exception as error:  # a broken part of the XML: lxml/ElementTree errors vary
        raise GridRefused([_damaged(path.name, type(error).__name__)]) from error
    try:
        return _read(workbook, path.name)
    except GridRefused:
        raise
    except Exception as error:
        raise GridRefused([_damaged(path.name, type(error).__name__)]) from error
    finally:
        workbook.close()


def _read(workbook: Any, filename: str) -> RawGrid:
    if L.META_SHEET not in workbook.sheetnames:
        raise GridRefused([not_a_grid(filename)])
    meta: dict[str, list[Any]] = {}
    sheets: list[list[Any]] = []
    for values in workbook[L.META_SHEET].iter_rows(values_only=True):
        if not values or values[0] is None:
            continue
        key, rest = str(values[0]), list(values[1:])
        if key == "sheet":
            sheets.append(rest)
        else:
            meta[key] = rest
    try:
        if meta["format"][0] != L.GRID_FORMAT or int(meta["format_version"][0]) != (
            L.GRID_FORMAT_VERSION
        ):
            raise GridRefused([not_a_grid(filename)])
        made_at = datetime.fromisoformat(str(meta["made_at"][0]))
        criteria_version = int(meta["criteria_version"][0])
        campaign_uuid = str(meta["campaign"][0])
        campaign_name = str(meta["campaign"][1] or "")
        yes, no = str(meta["yes"][0]), str(meta["no"][0])
        recommendations = {
            str(values[0]).strip().casefold(): key.partition(":")[2]
            for key, values in meta.items()
            if key.startswith("recommendation:") and values and values[0]
        }
        listed = [
            (str(row[0]), str(row[1]), int(row[2]), int(row[3])) for row in sheets if len(row) >= 4
        ]
        instructions = str(meta["instructions"][0])
    except (KeyError, IndexError, TypeError, ValueError) as error:
        raise GridRefused([not_a_grid(filename)]) from error
    if made_at.tzinfo is None or not listed:
        raise GridRefused([not_a_grid(filename)])
    present = set(workbook.sheetnames)
    missing = [name for name in [instructions, *(s[0] for s in listed)] if name not in present]
    raw_sheets = [
        _read_sheet(workbook[name], name, reviewer, first, count)
        for name, reviewer, first, count in listed
        if name in present
    ]
    return RawGrid(
        campaign_uuid,
        campaign_name,
        criteria_version,
        made_at,
        {yes.casefold(), "oui", "yes", "o", "y"},
        {no.casefold(), "non", "no", "n"},
        recommendations,
        yes,
        no,
        raw_sheets,
        missing,
    )


def _cells(row: tuple[Any, ...]) -> Iterator[tuple[int, Any, bool]]:
    for index, cell in enumerate(row, start=1):
        value = getattr(cell, "value", None)
        if value is None:
            continue
        yield index, value, getattr(cell, "data_type", None) == "f"


def _read_sheet(ws: Any, name: str, reviewer_uuid: str, first_row: int, count: int) -> RawSheet:
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # some writers record wrong dimensions; read every row
    sheet = RawSheet(name, reviewer_uuid, "", first_row, count, {}, [])
    inputs: dict[int, str] = {}
    for row_index, row in enumerate(ws.iter_rows(), start=1):
        if row_index == L.CODE_ROW:
            for index, value, _formula in _cells(row):
                if index == L.UUID_COLUMN:
                    sheet.reviewer_cell = str(value)
                    continue
                code = str(value)
                kind, _ = L.parse_code(code)
                letter = get_column_letter(index)
                if kind in L.INPUT_KINDS:
                    inputs[index] = code
                    sheet.columns[code] = letter
                elif kind in (*L.FACT_CODES, L.TOTAL):
                    sheet.columns[code] = letter
                else:
                    sheet.unknown_columns.append(letter)
            continue
        if row_index < first_row:
            continue
        uuid, number, first = "", None, ""
        cells: dict[str, RawCell] = {}
        for index, value, formula in _cells(row):
            if not first and not (isinstance(value, str) and not value.strip()):
                first = f"{get_column_letter(index)}{row_index}"
            if index == L.UUID_COLUMN:
                uuid = str(value).strip()
            elif index == L.UUID_COLUMN + 1:
                number = value
            input_code = inputs.get(index)
            if input_code is not None:
                cells[input_code] = RawCell(
                    f"{get_column_letter(index)}{row_index}", value, formula
                )
        if first:
            sheet.rows.append(RawRow(row_index, uuid, number, cells, first))
    return sheet
