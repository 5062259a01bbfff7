"""Where a campaign stands: its nine phases' progress and the checklist items due next."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from pbdesk.domain.phases import Phase
from pbdesk.ui.fields import format_date
from pbdesk.ui.models import ModelIndex, RowsModel
from pbdesk.workspace.views import DueItem, PhaseProgress

#: The phase number of a row (an ``int``), for opening that phase's page.
PHASE_ROLE = Qt.ItemDataRole.UserRole + 1
#: Checklist items done and in total (``int``), for the progress bar delegate.
DONE_ROLE = Qt.ItemDataRole.UserRole + 2
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 3

OVERDUE_COLOR = QColor("#b00020")


class ProgressColumn(IntEnum):
    PHASE = 0
    STATUS = 1
    CHECKLIST = 2
    MEETINGS = 3


class ProgressModel(RowsModel[PhaseProgress]):
    """One row per phase: status, checklist items done, meetings held; the current phase bold."""

    columns = ProgressColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: Phase | None = None

    def set_progress(self, rows: Sequence[PhaseProgress], current: Phase | None) -> None:
        self._current = current  # only data() reads it, and views ask after the reset
        self.set_rows(rows)

    def row_of(self, phase: Phase) -> int:
        """The row showing ``phase`` (-1 if it is not shown)."""
        for row, progress in enumerate(self._rows):
            if progress.phase is phase:
                return row
        return -1

    def headers(self) -> Sequence[str]:
        return (self.tr("Phase"), self.tr("Status"), self.tr("Checklist"), self.tr("Meetings"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        progress = self.row_at_index(index)
        if progress is None:
            return None
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


class DueModel(RowsModel[DueItem]):
    """The open checklist items with the nearest due dates; overdue ones in red."""

    columns = DueColumn

    set_items = RowsModel.set_rows

    def item_at(self, row: int) -> DueItem:
        return self._rows[row]

    def headers(self) -> Sequence[str]:
        return (self.tr("Due"), self.tr("Phase"), self.tr("Item"), self.tr("Owner"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at_index(index)
        if item is None:
            return None
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
