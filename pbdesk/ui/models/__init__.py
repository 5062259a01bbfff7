"""Qt item models over the workspace views, one module per list the user sees."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence, Sized
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

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
