"""Adding or correcting one milestone (jalon) of a followed project."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from pbdesk.domain.followup import MilestoneInput, MilestoneStatus
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.fields import fit_height, from_qdate, to_qdate
from pbdesk.ui.forms.ui_milestone_dialog import Ui_MilestoneDialog
from pbdesk.workspace.followup.projects import project_detail
from pbdesk.workspace.followup.records import MilestoneView, save_milestone


class MilestoneDialog(RecordDialog[MilestoneView]):
    """Adds (``milestone`` None) or edits a milestone of the project ``application_id`` and
    saves it on OK; refusals are said next to the fields and the dialog stays open.

    Ticking the reached date makes the milestone reached; choosing "planned" again clears
    that date. After ``accepted``, ``saved`` holds the stored milestone.
    """

    ui: Ui_MilestoneDialog

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        application_id: int,
        author: str,
        milestone: MilestoneView | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(Ui_MilestoneDialog(), database, campaign_id, milestone, parent)
        self.application_id = application_id
        self.author = author
        #: The day a milestone's late flag is judged on, when it is shown again.
        self.today = today
        ui = self.ui
        for status in MilestoneStatus:
            ui.statusCombo.addItem(status.label, status.value)
        self.error_labels = {
            "title": ui.titleError,
            "planned_on": ui.plannedOnError,
            "done_on": ui.doneOnError,
            "status": ui.statusError,
        }
        self.fields = {
            "title": ui.titleEdit,
            "planned_on": ui.plannedOnEdit,
            "done_on": ui.doneOnEdit,
            "status": ui.statusCombo,
        }
        day = to_qdate(today) if today else QDate.currentDate()
        ui.doneOnEdit.date_edit.setDate(day)
        if milestone is None:
            self.setWindowTitle(self.tr("New milestone"))
            ui.plannedOnEdit.setDate(day)
        else:
            self.setWindowTitle(self.tr("Edit a milestone"))
            ui.titleEdit.setText(milestone.title)
            planned_on = milestone.planned_on or milestone.done_on
            ui.plannedOnEdit.setDate(to_qdate(planned_on) if planned_on else day)
            ui.doneOnEdit.setValue(milestone.done_on)
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(milestone.status.value))
        ui.doneOnEdit.enabled_box.toggled.connect(self._reached_toggled)
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)
        ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    def status(self) -> MilestoneStatus:
        return MilestoneStatus(self.ui.statusCombo.currentData())

    def _reached_toggled(self, reached: bool) -> None:
        combo = self.ui.statusCombo
        if reached and self.status() is MilestoneStatus.PLANNED:
            combo.setCurrentIndex(combo.findData(MilestoneStatus.DONE.value))
        elif not reached and self.status() is MilestoneStatus.DONE:
            combo.setCurrentIndex(combo.findData(MilestoneStatus.PLANNED.value))

    def _status_changed(self) -> None:
        # A milestone planned again has no reached date (it would make it reached).
        if self.status() is MilestoneStatus.PLANNED:
            self.ui.doneOnEdit.setValue(None)

    def milestone_input(self) -> MilestoneInput:
        ui = self.ui
        return MilestoneInput(
            title=ui.titleEdit.text(),
            planned_on=from_qdate(ui.plannedOnEdit.date()),
            done_on=ui.doneOnEdit.value(),
            status=self.status(),
        )

    def store(self) -> MilestoneView:
        milestone_id = save_milestone(
            self.database, self.application_id, self.milestone_input(), self.author, self.record_id
        )
        detail = project_detail(self.database, self.application_id, self.today)
        return next(m for m in detail.milestones if m.id == milestone_id)
