"""The campaign journal as a table: when, who, what; searchable by author and summary."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from pbdesk.workspace.views import JournalView

#: What sorting compares: the moment as a POSIX timestamp for "When", folded text elsewhere.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: What the search looks in: the author and the summary, folded (see ``fold``).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Lower case without accents, so that « agnes » finds « Agnès »."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def format_moment(view: JournalView) -> str:
    """The entry's moment in the computer's local time, ``dd/mm/yyyy HH:MM``."""
    return view.at.astimezone().strftime("%d/%m/%Y %H:%M")


class JournalColumn(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2


class JournalModel(QAbstractTableModel):
    """Read-only lines of a campaign's journal, in the order given (newest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[JournalView] = []

    def set_entries(self, entries: Sequence[JournalView]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry_at(self, row: int) -> JournalView:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(JournalColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(JournalColumn):
            return None
        return {
            JournalColumn.WHEN: self.tr("When"),
            JournalColumn.WHO: self.tr("Who"),
            JournalColumn.WHAT: self.tr("What"),
        }[JournalColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
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
