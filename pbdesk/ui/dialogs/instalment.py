"""Planning or correcting one payment (versement) of a followed project's subsidy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from pbdesk.domain.followup import InstalmentInput
from pbdesk.domain.money import format_euros_plain
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.fields import fit_height, from_qdate, to_qdate
from pbdesk.ui.forms.ui_instalment_dialog import Ui_InstalmentDialog
from pbdesk.workspace.followup.projects import project_detail
from pbdesk.workspace.followup.records import InstalmentView, save_instalment


class InstalmentDialog(RecordDialog[InstalmentView]):
    """Adds (``instalment`` None) or edits a payment of the subsidy of the project
    ``application_id`` and saves it on OK; refusals are said next to the fields and the
    dialog stays open.

    After ``accepted``, ``saved`` holds the stored payment.
    """

    ui: Ui_InstalmentDialog

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        application_id: int,
        author: str,
        instalment: InstalmentView | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(Ui_InstalmentDialog(), database, campaign_id, instalment, parent)
        self.application_id = application_id
        self.author = author
        ui = self.ui
        self.error_labels = {
            "planned_on": ui.plannedOnError,
            "planned": ui.plannedError,
            "paid_on": ui.paidOnError,
            "paid": ui.paidError,
            "label": ui.labelError,
        }
        self.fields = {
            "planned_on": ui.plannedOnEdit,
            "planned": ui.plannedEdit,
            "paid_on": ui.paidOnEdit,
            "paid": ui.paidEdit,
            "label": ui.labelEdit,
        }
        ui.paidEdit.setPlaceholderText(self.tr("the planned amount"))
        ui.paidEdit.setToolTip(self.tr("Leave empty when the planned amount was paid."))
        day = to_qdate(today) if today else QDate.currentDate()
        if instalment is None:
            self.setWindowTitle(self.tr("New payment"))
            ui.plannedOnEdit.setDate(day)
            ui.paidOnEdit.date_edit.setDate(day)
        else:
            self.setWindowTitle(self.tr("Edit a payment"))
            planned_on = instalment.planned_on or instalment.paid_on
            ui.plannedOnEdit.setDate(to_qdate(planned_on) if planned_on else day)
            ui.plannedEdit.setText(format_euros_plain(instalment.planned_cents))
            ui.paidOnEdit.date_edit.setDate(day)
            ui.paidOnEdit.setValue(instalment.paid_on)
            if instalment.paid:
                ui.paidEdit.setText(format_euros_plain(instalment.paid_cents))
            ui.labelEdit.setText(instalment.label)
        ui.paidOnEdit.enabled_box.toggled.connect(self._paid_toggled)
        self._paid_toggled(ui.paidOnEdit.value() is not None)
        ui.plannedOnEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    def _paid_toggled(self, paid: bool) -> None:
        # Not paid: no paid amount to give (one left behind would be refused).
        self.ui.paidEdit.setEnabled(paid)
        if not paid:
            self.ui.paidEdit.clear()

    def instalment_input(self) -> InstalmentInput:
        ui = self.ui
        return InstalmentInput(
            planned_on=from_qdate(ui.plannedOnEdit.date()),
            planned=ui.plannedEdit.text(),
            paid_on=ui.paidOnEdit.value(),
            paid=ui.paidEdit.text(),
            label=ui.labelEdit.text(),
        )

    def store(self) -> InstalmentView:
        instalment_id = save_instalment(
            self.database,
            self.application_id,
            self.instalment_input(),
            self.author,
            self.record_id,
        )
        detail = project_detail(self.database, self.application_id)
        return next(i for i in detail.instalments if i.id == instalment_id)
