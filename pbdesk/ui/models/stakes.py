"""The campaign's stakes (enjeux) as a table in priority order, reordered by drag and drop."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt, Signal

from pbdesk.ui.models import ModelIndex, RowsModel
from pbdesk.workspace.stakes import StakeView

#: What a dragged stake carries: its id, as ASCII digits.
STAKE_MIME_TYPE = "application/x-pbdesk-stake-id"


class StakeColumn(IntEnum):
    PRIORITY = 0
    TITLE = 1
    TERRITORY = 2
    SOURCE = 3
    APPLICATIONS = 4


class StakesModel(RowsModel[StakeView]):
    """One row per stake, in the order the workspace gives (priority 1 first).

    The rows can be dragged to a new place; the model changes nothing itself but asks.

    Signals: ``move_requested(int, int)`` — the stake with this id was dropped so that it
    should get this position (0 = first priority).
    """

    move_requested = Signal(int, int)

    columns = StakeColumn

    # The names the page and tests use.
    set_stakes = RowsModel.set_rows
    stakes = RowsModel.rows
    stake_at = RowsModel.row_at

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._territories: dict[int, str] = {}

    def set_territories(self, names: Mapping[int, str]) -> None:
        """The campaign's territory names by id (shown in the territory column)."""
        self.beginResetModel()
        self._territories = dict(names)
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Priority"),
            self.tr("Title"),
            self.tr("Territory"),
            self.tr("Source"),
            self.tr("Applications"),
        )

    def territory_name(self, territory_id: int | None) -> str:
        if territory_id is None:
            return self.tr("Whole perimeter")
        return self._territories.get(territory_id, "")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        stake = self.row_at_index(index)
        if stake is None:
            return None
        column = StakeColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), stake, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is StakeColumn.TITLE and stake.description:
                return stake.description
            return self._text(index.row(), stake, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            StakeColumn.PRIORITY,
            StakeColumn.APPLICATIONS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: int, stake: StakeView, column: StakeColumn) -> str:
        if column is StakeColumn.PRIORITY:
            return str(row + 1)
        if column is StakeColumn.TITLE:
            return stake.title
        if column is StakeColumn.TERRITORY:
            return self.territory_name(stake.territory_id)
        if column is StakeColumn.SOURCE:
            return stake.source
        return str(stake.applications)

    # -- drag and drop: the view drags a row, the page moves the stake --------------------
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [STAKE_MIME_TYPE]

    def mimeData(self, indexes: Sequence[ModelIndex]) -> QMimeData:
        data = QMimeData()
        stake = next((self.row_at_index(i) for i in indexes if i.isValid()), None)
        if stake is not None:
            data.setData(STAKE_MIME_TYPE, QByteArray(str(stake.id).encode("ascii")))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(STAKE_MIME_TYPE)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        """Ask for the move; return False so that the view removes nothing itself."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            stake_id = int(bytes(data.data(STAKE_MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return False
        source = next((r for r, s in enumerate(self._rows) if s.id == stake_id), None)
        if source is None:
            return False
        if parent.isValid():
            # Dropped on a stake: take its place (the others make room).
            position = parent.row()
        else:
            # Dropped between rows (``row``) or below the last one (-1); the workspace
            # counts positions without the moved stake.
            target = len(self._rows) if row < 0 else row
            position = target - 1 if target > source else target
        if position != source:
            self.move_requested.emit(stake_id, position)
        return False
