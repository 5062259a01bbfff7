"""The designation page's table: each project under consideration and the core group's
decision on it (funded or not, with reasons), stored or being edited."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.money import format_euros
from pbdesk.ui.models import ModelIndex, RowsModel


@dataclass(frozen=True)
class DesignationLine:
    """A project and the decision on it; ``funded`` None while the core group has not
    decided. ``stored`` is the decision as recorded (None if never), to see edits."""

    application_id: int
    number: int
    title: str
    holder: str
    requested_cents: int
    status: ApplicationStatus
    funded: bool | None
    reasons: str
    stored: tuple[bool, str] | None = None

    @property
    def edited(self) -> bool:
        now = None if self.funded is None else (self.funded, self.reasons.strip())
        return now != self.stored


class DesignationColumn(IntEnum):
    NUMBER = 0
    TITLE = 1
    HOLDER = 2
    AMOUNT = 3
    #: The designation (the application's status says the same once saved: one column,
    #: one word — "lauréat" / "non lauréat").
    DECISION = 4
    REASONS = 5


class DesignationModel(RowsModel[DesignationLine]):
    """Projects under consideration with the decision on each; edited lines are in bold
    until saved."""

    columns = DesignationColumn

    def headers(self) -> Sequence[str]:
        return (
            self.tr("No."),
            self.tr("Project"),
            self.tr("Holder"),
            self.tr("Amount"),
            self.tr("Designation"),
            self.tr("Reasons"),
        )

    def decision_text(self, funded: bool | None) -> str:
        if funded is None:
            return self.tr("Not decided")
        return self.tr("Funded") if funded else self.tr("Not funded")

    def set_decision(self, row: int, funded: bool | None, reasons: str) -> None:
        """Change a line's decision (not saved yet)."""
        line = self.row_at(row)
        if line is None or (line.funded, line.reasons) == (funded, reasons):
            return
        self._rows[row] = replace(line, funded=funded, reasons=reasons)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def edited(self) -> list[DesignationLine]:
        return [line for line in self._rows if line.edited]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = DesignationColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is DesignationColumn.NUMBER:
                return str(line.number)
            if column is DesignationColumn.TITLE:
                return line.title
            if column is DesignationColumn.HOLDER:
                return line.holder
            if column is DesignationColumn.AMOUNT:
                return format_euros(line.requested_cents)
            if column is DesignationColumn.DECISION:
                text = self.decision_text(line.funded)
                return text + " *" if line.edited else text
            return " ".join(line.reasons.split())
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (DesignationColumn.TITLE, DesignationColumn.REASONS):
                return f"{line.title}\n{line.reasons}".strip()
            if line.edited and column is DesignationColumn.DECISION:
                return self.tr("Changed, not saved yet")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            DesignationColumn.NUMBER,
            DesignationColumn.AMOUNT,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and line.edited:
            font = QFont()
            font.setBold(True)
            return font
        return None
