"""Adding or editing one stake (enjeu) of the shared diagnosis."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.people import MeetingKind
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.fields import fit_height, format_date
from pbdesk.ui.forms.ui_stake_dialog import Ui_StakeDialog
from pbdesk.workspace.campaigns import get_frame
from pbdesk.workspace.meetings import list_meetings
from pbdesk.workspace.stakes import StakeInput, StakeView, list_stakes, save_stake


class StakeDialog(RecordDialog[StakeView]):
    """Edits a stake and saves it on OK through the workspace; errors stay in the dialog.

    After ``accepted``, ``saved`` holds the stored stake.
    """

    ui: Ui_StakeDialog

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        stake: StakeView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Ui_StakeDialog(), database, campaign_id, stake, parent)
        ui = self.ui
        self.error_labels = {"title": ui.titleError}
        self.fields = {"title": ui.titleEdit}
        self._fill_territories()
        self._fill_sources()
        if stake is None:
            self.setWindowTitle(self.tr("New stake"))
        else:
            self.setWindowTitle(self.tr("Edit a stake"))
            self._fill(stake)
        ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    def _fill_territories(self) -> None:
        combo = self.ui.territoryCombo
        combo.addItem(self.tr("Whole perimeter"), None)
        try:
            frame = get_frame(self.database, self.campaign_id)
        except DomainError:
            return  # the campaign is gone: saving will say so
        for territory in frame.territories:
            combo.addItem(territory.name, territory.id)

    def _fill_sources(self) -> None:
        """Offer the workshops already recorded and the sources other stakes name."""
        combo = self.ui.sourceCombo
        suggestions: list[str] = []
        try:
            meetings = list_meetings(self.database, self.campaign_id)
            stakes = list_stakes(self.database, self.campaign_id)
        except DomainError:
            meetings, stakes = [], []
        for meeting in sorted(meetings, key=lambda m: m.held_on):
            if meeting.kind != MeetingKind.WORKSHOP.value:
                continue
            if meeting.place:
                text = self.tr("Workshop of {date}, {place}").format(
                    date=format_date(meeting.held_on), place=meeting.place
                )
            else:
                text = self.tr("Workshop of {date}").format(date=format_date(meeting.held_on))
            suggestions.append(text)
        suggestions.extend(stake.source for stake in stakes if stake.source)
        combo.addItems(list(dict.fromkeys(suggestions)))
        combo.setCurrentIndex(-1)
        combo.setEditText("")
        line = combo.lineEdit()
        if line is not None:
            line.setMaxLength(300)
            line.setPlaceholderText(self.tr("for example Workshop at the social centre, 12 March"))

    def _fill(self, stake: StakeView) -> None:
        ui = self.ui
        ui.titleEdit.setText(stake.title)
        ui.descriptionEdit.setPlainText(stake.description)
        index = -1 if stake.territory_id is None else ui.territoryCombo.findData(stake.territory_id)
        ui.territoryCombo.setCurrentIndex(max(index, 0))  # 0: the whole perimeter
        ui.sourceCombo.setEditText(stake.source)

    def stake_input(self) -> StakeInput:
        ui = self.ui
        territory = ui.territoryCombo.currentData()
        return StakeInput(
            title=ui.titleEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
            territory_id=int(territory) if territory is not None else None,
            source=ui.sourceCombo.currentText(),
        )

    def store(self) -> StakeView:
        stake_id = save_stake(self.database, self.campaign_id, self.stake_input(), self.record_id)
        for stake in list_stakes(self.database, self.campaign_id):
            if stake.id == stake_id:
                return stake
        raise DomainError(translate("Stake", "This stake no longer exists."))
