"""Where a campaign stands: its nine phases' progress and the checklist items due next."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from pbdesk.domain.phases import Phase
from pbdesk.ui.fields import format_date
from pbdesk.workspace.views import DueItem, PhaseProgress

#: The phase number of a row (an ``int``), for opening that phase's page.
PHASE_ROLE = Qt.ItemDataRole.UserRole + 1
#: Checklist items done and in total (``int``), for the progress bar delegate.
DONE_ROLE = Qt.ItemDataRole.UserRole + 2
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 3

OVERDUE_COLOR = QColor("#b00020")

_Index = QModelIndex | QPersistentModelIndex


class ProgressColumn(IntEnum):
    PHASE = 0
    STATUS = 1
    CHECKLIST = 2
    MEETINGS = 3


class ProgressModel(QAbstractTableModel):
    """One row per phase: status, checklist items done, meetings held; the current phase bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PhaseProgress] = []
        self._current: Phase | None = None

    def set_progress(self, rows: Sequence[PhaseProgress], current: Phase | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._current = current
        self.endResetModel()

    def progress_at(self, row: int) -> PhaseProgress:
        return self._rows[row]

    def row_of(self, phase: Phase) -> int:
        """The row showing ``phase`` (-1 if it is not shown)."""
        for row, progress in enumerate(self._rows):
            if progress.phase is phase:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ProgressColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ProgressColumn):
            return None
        return {
            ProgressColumn.PHASE: self.tr("Phase"),
            ProgressColumn.STATUS: self.tr("Status"),
            ProgressColumn.CHECKLIST: self.tr("Checklist"),
            ProgressColumn.MEETINGS: self.tr("Meetings"),
        }[ProgressColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        progress = self._rows[index.row()]
        column = ProgressColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is ProgressColumn.PHASE:
                return progress.phase.label
            if column is ProgressColumn.STATUS:
                return progress.status.label
            if column is ProgressColumn.CHECKLIST:
                return self.tr("{done} / {total}").format(done=progress.done, total=progress.total)
            return str(progress.meetings)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is ProgressColumn.CHECKLIST:
                return self.tr("{done} of {total} checklist items done").format(
                    done=progress.done, total=progress.total
                )
            if column is ProgressColumn.PHASE:
                return progress.phase.summary
            return None
        if role == Qt.ItemDataRole.FontRole:
            if progress.phase is self._current:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (ProgressColumn.CHECKLIST, ProgressColumn.MEETINGS):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == PHASE_ROLE:
            return int(progress.phase)
        if role == DONE_ROLE:
            return progress.done
        if role == TOTAL_ROLE:
            return progress.total
        return None


class DueColumn(IntEnum):
    DUE_ON = 0
    PHASE = 1
    LABEL = 2
    OWNER = 3


class DueModel(QAbstractTableModel):
    """The open checklist items with the nearest due dates; overdue ones in red."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DueItem] = []

    def set_items(self, items: Sequence[DueItem]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> DueItem:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(DueColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(DueColumn):
            return None
        return {
            DueColumn.DUE_ON: self.tr("Due"),
            DueColumn.PHASE: self.tr("Phase"),
            DueColumn.LABEL: self.tr("Item"),
            DueColumn.OWNER: self.tr("Owner"),
        }[DueColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = DueColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is DueColumn.DUE_ON:
                when = format_date(item.due_on)
                return self.tr("{date} (overdue)").format(date=when) if item.overdue else when
            if column is DueColumn.PHASE:
                return str(int(item.phase))
            if column is DueColumn.LABEL:
                return item.label
            return item.owner
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is DueColumn.PHASE:
                return item.phase.label
            if column is DueColumn.LABEL:
                return item.label
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOR) if item.overdue else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column is DueColumn.PHASE:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == PHASE_ROLE:
            return int(item.phase)
        return None
