"""The projects on the ballot with their codes, in the ballot's printed order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont

from pbdesk.domain.money import format_euros
from pbdesk.ui.models import ModelIndex, RowsModel


@dataclass(frozen=True)
class BallotCodeRow:
    """A project on the ballot as the page shows it (the code view plus its holder)."""

    application_id: int
    number: int
    code: str
    title: str
    holder_name: str
    territory_name: str
    cost_cents: int


class CodeColumn(IntEnum):
    CODE = 0
    NUMBER = 1
    TITLE = 2
    HOLDER = 3
    TERRITORY = 4
    AMOUNT = 5


class BallotCodesModel(RowsModel[BallotCodeRow]):
    """One row per project on the ballot. The code cell can be typed in while ``editable``;
    what is typed is not stored here but handed to the page.

    Signals: ``code_edited(int, str)`` — the user typed a code for that application.
    """

    columns = CodeColumn
    code_edited = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editable = True

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Code"),
            self.tr("Application"),
            self.tr("Title"),
            self.tr("Holder"),
            self.tr("Territory"),
            self.tr("Amount"),
        )

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, CodeColumn.CODE), self.index(self.rowCount() - 1, CodeColumn.CODE)
            )

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemNeverHasChildren
        if self.editable and index.column() == CodeColumn.CODE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at_index(index)
        if row is None:
            return None
        column = CodeColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is CodeColumn.CODE:
                return self.tr("The code operators type at the count for this project.")
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (CodeColumn.AMOUNT, CodeColumn.NUMBER):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column is CodeColumn.CODE:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.FontRole and column is CodeColumn.CODE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        row = self.row_at_index(index)
        if row is None or role != Qt.ItemDataRole.EditRole or index.column() != CodeColumn.CODE:
            return False
        text = str(value or "").strip()
        if not self.editable or not text or text == row.code:
            return False
        self.code_edited.emit(row.application_id, text)
        return True

    def _text(self, row: BallotCodeRow, column: CodeColumn) -> str:
        if column is CodeColumn.CODE:
            return row.code
        if column is CodeColumn.NUMBER:
            return str(row.number)
        if column is CodeColumn.TITLE:
            return row.title
        if column is CodeColumn.HOLDER:
            return row.holder_name
        if column is CodeColumn.TERRITORY:
            return row.territory_name
        return format_euros(row.cost_cents)
