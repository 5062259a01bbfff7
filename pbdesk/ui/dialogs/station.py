"""Adding or editing one polling station (bureau de vote) of a campaign."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.fields import fit_height
from pbdesk.ui.forms.ui_station_dialog import Ui_StationDialog
from pbdesk.workspace.campaigns import get_frame
from pbdesk.workspace.journal import default_author
from pbdesk.workspace.polling_stations import (
    StationInput,
    StationView,
    list_stations,
    save_station,
)


class StationDialog(RecordDialog[StationView]):
    """Edits a polling station and saves it on OK through the workspace; a refusal stays in
    the dialog. After ``accepted``, ``saved`` holds the stored station."""

    ui: Ui_StationDialog

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        station: StationView | None = None,
        parent: QWidget | None = None,
        author: str | None = None,
    ) -> None:
        super().__init__(Ui_StationDialog(), database, campaign_id, station, parent)
        #: The name the journal records for an added station.
        self.author = author or default_author()
        ui = self.ui
        ui.territoryCombo.addItem(self.tr("(none)"), None)
        territories = get_frame(database, campaign_id).territories
        for territory in territories:
            ui.territoryCombo.addItem(territory.name, territory.id)
        if len(territories) == 1 and station is None:
            ui.territoryCombo.setCurrentIndex(1)
        self.error_labels = {"name": ui.nameError, "territory_id": ui.territoryError}
        self.fields = {"name": ui.nameEdit, "territory_id": ui.territoryCombo}
        if station is None:
            self.setWindowTitle(self.tr("New polling station"))
        else:
            self.setWindowTitle(self.tr("Edit a polling station"))
            self._fill(station)
        ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    def _fill(self, station: StationView) -> None:
        ui = self.ui
        ui.nameEdit.setText(station.name)
        ui.placeEdit.setText(station.place)
        ui.territoryCombo.setCurrentIndex(max(ui.territoryCombo.findData(station.territory_id), 0))
        ui.openingEdit.setPlainText(station.opening)

    def station_input(self) -> StationInput:
        ui = self.ui
        return StationInput(
            name=ui.nameEdit.text(),
            place=ui.placeEdit.text(),
            territory_id=ui.territoryCombo.currentData(),
            opening=ui.openingEdit.toPlainText(),
        )

    def store(self) -> StationView:
        data = self.station_input()
        try:
            station_id = save_station(
                self.database, self.campaign_id, data, self.author, self.record_id
            )
        except DomainError as error:
            if not data.name.strip():
                # The workspace's sentence, shown next to the name field.
                raise ValidationError({"name": error.message}) from error
            raise
        return next(s for s in list_stations(self.database, self.campaign_id) if s.id == station_id)
