"""Qt item models over the workspace views, one module per list the user sees."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence, Sized
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

ModelIndex = QModelIndex | QPersistentModelIndex

T = TypeVar("T")


def fold(text: str) -> str:
    """Lower case without accents, so that « agnes » finds « Agnès »."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class RowsModel(QAbstractTableModel, Generic[T]):
    """A flat table over a list of rows (workspace views mostly), one column per ``columns``.

    Subclasses set ``columns``, return their translated titles from ``headers`` (calling
    their own ``tr``, so that the strings keep the subclass as translation context) and
    implement ``data``.
    """

    #: The columns in order, usually an ``IntEnum`` class; only their number counts here.
    columns: Sized = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_at_index(self, index: ModelIndex) -> T | None:
        """The row ``index`` points at; None for an invalid index or one out of range."""
        return self.row_at(index.row()) if index.isValid() else None

    def headers(self) -> Sequence[str]:
        """The column titles, translated, in column order."""
        return ()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None


class CheckListModel(QAbstractListModel, Generic[T]):
    """A list of items to tick (Space ticks the current one in a view). Subclasses say how an
    item is identified, shown and explained: ``item_id``, ``text`` and ``tooltip``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []
        self._checked: set[int] = set()

    def item_id(self, item: T) -> int:
        raise NotImplementedError

    def text(self, item: T) -> str:
        raise NotImplementedError

    def tooltip(self, item: T) -> str:
        return self.text(item)

    def set_items(self, items: Iterable[T], checked: Iterable[int] = ()) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._checked = set(checked)
        self.endResetModel()

    def checked_ids(self) -> list[int]:
        """The ticked items' ids, in the list's order."""
        return [self.item_id(item) for item in self._items if self.item_id(item) in self._checked]

    def set_checked(self, item_id: int, checked: bool) -> None:
        for row, item in enumerate(self._items):
            if self.item_id(item) == item_id:
                self.setData(
                    self.index(row),
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item)
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = self.item_id(item) in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item_id = self.item_id(self._items[index.row()])
        if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
            self._checked.add(item_id)
        else:
            self._checked.discard(item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
