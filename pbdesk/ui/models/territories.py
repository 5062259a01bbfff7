"""The editable list of a campaign's territories, as the frame page shows it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from pbdesk.domain.campaign import TerritoryInput
from pbdesk.ui.models import ModelIndex, RowsModel
from pbdesk.workspace.views import TerritoryView

#: Columns, in order, with the ``TerritoryInput`` attribute each one edits.
NAME, POSTCODE, COMMUNE, QPV_CODE = range(4)
_ATTRIBUTES = ("name", "postcode", "commune", "qpv_code")
#: The keys ``validate_frame`` uses for a territory's fields (``territory.N.postcode``).
_ERROR_KEYS = {"name": NAME, "postcode": POSTCODE, "qpv_code": QPV_CODE}
_ERROR_BACKGROUND = QColor("#fde7ea")


class TerritoriesModel(RowsModel[TerritoryInput]):
    """Territories being edited: rows of ``TerritoryInput``, each cell editable in place.

    A territory read from the workspace keeps its ``uuid`` so that saving updates it rather
    than creating a new one. Cells the last validation refused are tinted, with the
    sentence as their tooltip, until they are edited.
    """

    columns = _ATTRIBUTES

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[tuple[int, int], str] = {}

    # -- reading and replacing the whole list ---------------------------------------------

    def set_territories(self, territories: Iterable[TerritoryView | TerritoryInput]) -> None:
        self._errors = {}  # only data() reads them, and views ask after the reset
        self.set_rows(
            TerritoryInput(
                name=t.name,
                postcode=t.postcode,
                commune=t.commune,
                qpv_code=t.qpv_code,
                uuid=t.uuid,
            )
            for t in territories
        )

    def territories(self) -> list[TerritoryInput]:
        """Copies of the rows, in order, as the domain's frame input wants them."""
        return [replace(row) for row in self._rows]

    # -- structure changes ----------------------------------------------------------------

    def insert_territory(self, row: int | None = None) -> int:
        """Insert an empty territory at ``row`` (default: at the end); return its row."""
        position = len(self._rows) if row is None else max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, TerritoryInput(name=""))
        self._errors = {}
        self.endInsertRows()
        return position

    def remove_territory(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._errors = {}
        self.endRemoveRows()

    def move_territory(self, row: int, target: int) -> bool:
        """Move the territory at ``row`` to position ``target``; False when impossible."""
        count = len(self._rows)
        if not (0 <= row < count and 0 <= target < count) or row == target:
            return False
        # Qt counts the destination before the move: one further when moving down.
        destination = target + 1 if target > row else target
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination):
            return False
        self._rows.insert(target, self._rows.pop(row))
        self._errors = {}
        self.endMoveRows()
        return True

    def is_blank(self, row: int) -> bool:
        territory = self._rows[row]
        return not any(getattr(territory, name).strip() for name in _ATTRIBUTES)

    # -- validation feedback --------------------------------------------------------------

    def set_errors(self, errors: Mapping[str, str]) -> None:
        """Mark the cells named by ``territory.N.field`` keys of a ``ValidationError``."""
        marked: dict[tuple[int, int], str] = {}
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) != 3 or parts[0] != "territory" or not parts[1].isdigit():
                continue
            row, column = int(parts[1]) - 1, _ERROR_KEYS.get(parts[2])
            if column is not None and 0 <= row < len(self._rows):
                marked[(row, column)] = message
        changed = set(marked) | set(self._errors)
        self._errors = marked
        for row, column in changed:
            index = self.index(row, column)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.BackgroundRole])

    # -- QAbstractTableModel --------------------------------------------------------------

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Postcode"),
            self.tr("Commune"),
            self.tr("QPV code (optional)"),
        )

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole and section == QPV_CODE:
            return self.tr("The code of the quartier prioritaire, for example QN01301M.")
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        territory = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(territory, _ATTRIBUTES[index.column()])
        error = self._errors.get((index.row(), index.column()))
        if error is not None and role == Qt.ItemDataRole.ToolTipRole:
            return error
        if error is not None and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_ERROR_BACKGROUND)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        attribute = _ATTRIBUTES[index.column()]
        territory = self._rows[index.row()]
        if getattr(territory, attribute) == text:
            return True
        setattr(territory, attribute, text)
        self._errors.pop((index.row(), index.column()), None)
        self.dataChanged.emit(
            index,
            index,
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.BackgroundRole],
        )
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
