"""Adding or editing a reviewer (instructeur) and the applications they review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from pbdesk.domain.errors import ValidationError
from pbdesk.domain.people import Role
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.fields import fit_height
from pbdesk.ui.forms.ui_reviewer_dialog import Ui_ReviewerDialog
from pbdesk.ui.models.reviews import ApplicationsCheckModel
from pbdesk.workspace.applications import list_applications
from pbdesk.workspace.reviews.reviewers import (
    ReviewerInput,
    ReviewerKind,
    ReviewerView,
    get_reviewer,
)
from pbdesk.workspace.reviews.reviewers import save_reviewer as store_reviewer
from pbdesk.workspace.team import list_people
from pbdesk.workspace.views import PersonView

#: The kind of reviewer a team member is, by their role in the team.
KIND_OF_ROLE = {
    Role.SERVICE.value: ReviewerKind.SERVICE,
    Role.ELECTED.value: ReviewerKind.ELECTED,
    Role.CORE_GROUP.value: ReviewerKind.CORE_GROUP,
}


class ReviewerDialog(RecordDialog[ReviewerView]):
    """Edits a reviewer — name, kind, organisation, e-mail, an optional link to a team
    member — and whether they review every application or only those ticked; saves on OK
    through the workspace, errors stay in the dialog.

    After ``accepted``, ``saved`` holds the stored reviewer.
    """

    ui: Ui_ReviewerDialog

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        reviewer: ReviewerView | None = None,
        author: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Ui_ReviewerDialog(), database, campaign_id, reviewer, parent)
        self.author = author
        ui = self.ui
        for kind in ReviewerKind:
            ui.kindCombo.addItem(kind.label, kind.value)
        self._people: dict[int, PersonView] = {}
        ui.personCombo.addItem(self.tr("— not in the team —"), None)
        for person in list_people(database, campaign_id):
            if person.erased:
                continue
            self._people[person.id] = person
            text = person.full_name
            if person.organisation:
                text = self.tr("{name} ({organisation})").format(
                    name=person.full_name, organisation=person.organisation
                )
            ui.personCombo.addItem(text, person.id)
        self.applications = ApplicationsCheckModel(self)
        self.applications.set_applications(
            (a.id, a.number, a.title) for a in list_applications(database, campaign_id)
        )
        ui.applicationsView.setModel(self.applications)
        self.error_labels = {
            "person": ui.personError,
            "name": ui.nameError,
            "applications": ui.applicationsError,
        }
        self.fields = {
            "person": ui.personCombo,
            "name": ui.nameEdit,
            "applications": ui.applicationsView,
        }
        if reviewer is None:
            self.setWindowTitle(self.tr("New reviewer"))
        else:
            self.setWindowTitle(self.tr("Edit a reviewer"))
            self._fill(reviewer)
        ui.personCombo.currentIndexChanged.connect(self._person_chosen)
        ui.allRadio.toggled.connect(self._scope_changed)
        self.applications.dataChanged.connect(self._show_checked)
        self.applications.modelReset.connect(self._show_checked)
        self._scope_changed()
        ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    def _fill(self, reviewer: ReviewerView) -> None:
        ui = self.ui
        ui.nameEdit.setText(reviewer.name)
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(reviewer.kind.value), 0))
        ui.organisationEdit.setText(reviewer.organisation)
        ui.emailEdit.setText(reviewer.email)
        if reviewer.person_id is not None:
            ui.personCombo.setCurrentIndex(max(ui.personCombo.findData(reviewer.person_id), 0))
        if reviewer.all_applications:
            ui.allRadio.setChecked(True)
        else:
            ui.someRadio.setChecked(True)
            for application_id in reviewer.application_ids:
                self.applications.set_checked(application_id, True)

    def _person_chosen(self) -> None:
        """A team member's name, organisation, e-mail and kind fill the empty fields."""
        person = self._people.get(self.ui.personCombo.currentData())
        if person is None:
            return
        ui = self.ui
        if not ui.nameEdit.text().strip():
            ui.nameEdit.setText(person.full_name)
        if not ui.organisationEdit.text().strip():
            ui.organisationEdit.setText(person.organisation)
        if not ui.emailEdit.text().strip():
            ui.emailEdit.setText(person.email)
        kind = KIND_OF_ROLE.get(person.role)
        if kind is not None:
            ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(kind.value), 0))

    def _scope_changed(self) -> None:
        some = self.ui.someRadio.isChecked()
        self.ui.applicationsView.setEnabled(some)
        self.ui.checkedLabel.setVisible(some)
        self._show_checked()

    def _show_checked(self) -> None:
        count = len(self.applications.checked_ids())
        self.ui.checkedLabel.setText(
            self.tr("{count} of {total} applications ticked.").format(
                count=count, total=self.applications.rowCount()
            )
        )

    def reviewer_input(self) -> ReviewerInput:
        ui = self.ui
        person_id = ui.personCombo.currentData()
        return ReviewerInput(
            name=ui.nameEdit.text(),
            kind=ReviewerKind(ui.kindCombo.currentData()),
            organisation=ui.organisationEdit.text(),
            email=ui.emailEdit.text(),
            person_id=int(person_id) if person_id is not None else None,
            all_applications=ui.allRadio.isChecked(),
            application_ids=self.applications.checked_ids(),
        )

    def store(self) -> ReviewerView:
        data = self.reviewer_input()
        if not data.all_applications and not data.application_ids:
            raise ValidationError(
                {
                    "applications": self.tr(
                        "Tick the applications this reviewer reviews, or choose all of them."
                    )
                }
            )
        reviewer_id = store_reviewer(
            self.database, self.campaign_id, data, self.author, self.record_id
        )
        return get_reviewer(self.database, reviewer_id)
