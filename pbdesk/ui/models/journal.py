"""The campaign journal as a table: when, who, what; searchable by author and summary."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from pbdesk.ui.models import ModelIndex, RowsModel, fold
from pbdesk.workspace.views import JournalView

#: What sorting compares: the moment as a POSIX timestamp for "When", folded text elsewhere.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: What the search looks in: the author and the summary, folded (see ``fold``).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def format_moment(view: JournalView) -> str:
    """The entry's moment in the computer's local time, ``dd/mm/yyyy HH:MM``."""
    return view.at.astimezone().strftime("%d/%m/%Y %H:%M")


class JournalColumn(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2


class JournalModel(RowsModel[JournalView]):
    """Read-only lines of a campaign's journal, in the order given (newest first)."""

    columns = JournalColumn

    set_entries = RowsModel.set_rows

    def headers(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("Who"), self.tr("What"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at_index(index)
        if entry is None:
            return None
        column = JournalColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is JournalColumn.WHEN:
                return format_moment(entry)
            if column is JournalColumn.WHO:
                return entry.author
            return entry.summary
        if role == SORT_ROLE:
            if column is JournalColumn.WHEN:
                return entry.at.timestamp()
            return fold(entry.author if column is JournalColumn.WHO else entry.summary)
        if role == SEARCH_ROLE:
            return fold(f"{entry.author}\n{entry.summary}")
        return None


class JournalFilter(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and keeps the lines whose author or summary holds the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(JournalColumn.WHEN)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(fold(text.strip()))
