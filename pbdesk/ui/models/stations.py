"""The campaign's polling stations as a table, in the order they were added."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import Qt

from pbdesk.ui.models import ModelIndex, RowsModel
from pbdesk.workspace.polling_stations import StationView


class StationColumn(IntEnum):
    NAME = 0
    PLACE = 1
    TERRITORY = 2
    OPENING = 3


class StationsModel(RowsModel[StationView]):
    """One row per polling station."""

    columns = StationColumn

    set_stations = RowsModel.set_rows
    stations = RowsModel.rows

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Place"),
            self.tr("Territory"),
            self.tr("Opening days and hours"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        station = self.row_at_index(index)
        if station is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(station, StationColumn(index.column()))
            if role == Qt.ItemDataRole.DisplayRole:
                return " · ".join(line.strip() for line in text.splitlines() if line.strip())
            return text or None
        return None

    def _text(self, station: StationView, column: StationColumn) -> str:
        if column is StationColumn.NAME:
            return station.name
        if column is StationColumn.PLACE:
            return station.place
        if column is StationColumn.TERRITORY:
            return station.territory_name
        return station.opening
