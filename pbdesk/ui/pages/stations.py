"""Phase 8: the polling stations (bureaux de vote) of a campaign."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel
from PySide6.QtWidgets import QHeaderView, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.station import StationDialog
from pbdesk.ui.forms.ui_stations_page import Ui_StationsPage
from pbdesk.ui.models.stations import StationColumn, StationsModel
from pbdesk.ui.pages import RecordListPage
from pbdesk.workspace.polling_stations import StationView, delete_station, list_stations


class StationsPage(RecordListPage[StationView]):
    """Where residents vote: polling stations added, edited, and removed while unused.

    Signals: ``changed(int)`` after a station is added, edited or removed.
    """

    ui: Ui_StationsPage
    model: StationsModel
    proxy: QSortFilterProxyModel

    add_station = RecordListPage.add_record
    edit_station = RecordListPage.edit_record
    remove_station = RecordListPage.remove_record
    current_station = RecordListPage.current_record

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_StationsPage()
        self.ui.setupUi(self)
        self.model = StationsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self._set_up_list()
        header = self.ui.tableView.horizontalHeader()
        header.setStretchLastSection(False)
        for column in StationColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StationColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(StationColumn.PLACE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            StationColumn.TERRITORY, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(StationColumn.OPENING, QHeaderView.ResizeMode.Stretch)
        self._show_counts()
        self._update_buttons()

    def load(self) -> None:
        if self.campaign_id is None:
            return
        try:
            stations = list_stations(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self.model.set_stations(stations)
        self._show_counts()
        self._update_buttons()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.model.set_stations([])
        self._show_counts()
        self._update_buttons()

    # -- what RecordListPage asks ---------------------------------------------------------
    def record_dialog(self, campaign_id: int, station: StationView | None) -> StationDialog:
        return StationDialog(
            self.context.database, campaign_id, station, parent=self, author=self.context.author()
        )

    def removal_question(self, station: StationView) -> tuple[str, str]:
        return (
            self.tr("Remove a polling station"),
            self.tr("Remove the polling station «{name}»?").format(name=station.name),
        )

    def delete_record(self, station: StationView) -> None:
        delete_station(self.context.database, station.id, self.context.author())

    # -- helpers --------------------------------------------------------------------------
    def _show_counts(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            text = self.tr("No polling station yet: add one with Insert or the Add button.")
        elif count == 1:
            text = self.tr("1 polling station.")
        else:
            text = self.tr("{count} polling stations.").format(count=count)
        self.ui.countsLabel.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.set_stations(self.model.stations())
            self._show_counts()
        super().changeEvent(event)
