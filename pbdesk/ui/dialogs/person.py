"""Adding or editing one person of the project team or of the core group."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from pbdesk.domain.people import PersonInput, Role
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.fields import fit_height
from pbdesk.ui.forms.ui_person_dialog import Ui_PersonDialog
from pbdesk.workspace.team import save_person
from pbdesk.workspace.views import PersonView


class PersonDialog(RecordDialog[PersonView]):
    """Edits a person and saves it on OK through the workspace; errors stay in the dialog.

    After ``accepted``, ``saved`` holds the stored person.
    """

    ui: Ui_PersonDialog

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        person: PersonView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Ui_PersonDialog(), database, campaign_id, person, parent)
        ui = self.ui
        for role in Role:
            ui.roleCombo.addItem(role.label, role.value)
        self.error_labels = {
            "full_name": ui.nameError,
            "email": ui.emailError,
            "phone": ui.phoneError,
            "consent": ui.consentError,
        }
        self.fields = {
            "full_name": ui.nameEdit,
            "email": ui.emailEdit,
            "phone": ui.phoneEdit,
            "consent": ui.consentCheck,
        }
        ui.roleCombo.currentIndexChanged.connect(self._role_changed)
        ui.consentCheck.toggled.connect(self._consent_toggled)
        if person is None:
            self.setWindowTitle(self.tr("New person"))
        else:
            self.setWindowTitle(self.tr("Edit a person"))
            self._fill(person)
        self._role_changed()
        self._consent_toggled(ui.consentCheck.isChecked())
        ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    def _fill(self, person: PersonView) -> None:
        ui = self.ui
        ui.nameEdit.setText(person.full_name)
        index = ui.roleCombo.findData(person.role)
        ui.roleCombo.setCurrentIndex(max(index, 0))
        ui.organisationEdit.setText(person.organisation)
        ui.emailEdit.setText(person.email)
        ui.phoneEdit.setText(person.phone)
        ui.addressEdit.setPlainText(person.address)
        ui.residentCheck.setChecked(person.is_resident)
        ui.consentCheck.setChecked(person.consent)
        ui.consentDateEdit.setValue(person.consent_on if person.consent else None)
        ui.notesEdit.setPlainText(person.notes)

    def role(self) -> Role:
        return Role(self.ui.roleCombo.currentData())

    def _role_changed(self) -> None:
        """A core group member is a resident by definition."""
        core = self.role() is Role.CORE_GROUP
        if core:
            self.ui.residentCheck.setChecked(True)
        self.ui.residentCheck.setEnabled(not core)

    def _consent_toggled(self, checked: bool) -> None:
        date_edit = self.ui.consentDateEdit
        if checked and date_edit.value() is None:
            date_edit.setValue(date.today())
        if not checked:
            date_edit.setValue(None)
        date_edit.setEnabled(checked)

    def person_input(self) -> PersonInput:
        ui = self.ui
        consent = ui.consentCheck.isChecked()
        return PersonInput(
            full_name=ui.nameEdit.text(),
            role=self.role(),
            organisation=ui.organisationEdit.text(),
            email=ui.emailEdit.text(),
            phone=ui.phoneEdit.text(),
            address=ui.addressEdit.toPlainText(),
            is_resident=ui.residentCheck.isChecked(),
            consent=consent,
            consent_on=ui.consentDateEdit.value() if consent else None,
            notes=ui.notesEdit.toPlainText(),
        )

    def store(self) -> PersonView:
        return save_person(self.database, self.campaign_id, self.person_input(), self.record_id)
