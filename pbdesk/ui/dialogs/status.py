"""Moving one or several applications to a new status at once, all or nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from pbdesk.domain.applications import TRANSITIONS, ApplicationStatus
from pbdesk.domain.errors import DomainError
from pbdesk.store.database import Database
from pbdesk.ui.fields import fit_height
from pbdesk.ui.forms.ui_status_dialog import Ui_StatusDialog
from pbdesk.workspace.applications import ApplicationRow, change_status

_ORDER = {status: position for position, status in enumerate(ApplicationStatus)}


def reachable_statuses(
    applications: Sequence[ApplicationRow],
) -> tuple[list[ApplicationStatus], list[ApplicationStatus]]:
    """The statuses every one of ``applications`` may move to, in workflow order: those
    ahead of all of them, then those that go back (to correct a mistake)."""
    if not applications:
        return [], []
    common = set(ApplicationStatus)
    for application in applications:
        common &= TRANSITIONS[application.status]
    furthest = max(_ORDER[application.status] for application in applications)
    reachable = [status for status in ApplicationStatus if status in common]
    return (
        [status for status in reachable if _ORDER[status] > furthest],
        [status for status in reachable if _ORDER[status] <= furthest],
    )


class StatusDialog(QDialog):
    """Offers the statuses reachable from every selected application, asks the reason a
    refusal needs, and moves them all on OK through ``change_status`` (each move journaled).
    If one of them may no longer move, none does and the dialog says which; it stays open.

    After ``accepted``, ``changed_count`` is the number of applications moved.
    """

    def __init__(
        self,
        database: Database,
        applications: Sequence[ApplicationRow],
        author: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.applications = list(applications)
        self.author = author
        self.changed_count = 0
        self.ui = Ui_StatusDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ahead, back = reachable_statuses(self.applications)
        for status in ahead:
            ui.statusCombo.addItem(status.label, status.value)
        if ahead and back:
            ui.statusCombo.insertSeparator(ui.statusCombo.count())
        for status in back:
            ui.statusCombo.addItem(
                self.tr("{status} (back, to correct a mistake)").format(status=status.label),
                status.value,
            )
        ui.selectionLabel.setText(self._selection_text())
        ui.statusCombo.currentIndexChanged.connect(self._target_changed)
        ui.buttonBox.accepted.connect(self.apply)
        self._target_changed()
        if len(self.applications) == 1:
            self.setWindowTitle(self.tr("Change the status of an application"))
        else:
            self.setWindowTitle(
                self.tr("Change the status of {count} applications").format(
                    count=len(self.applications)
                )
            )
        ui.statusCombo.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    def target(self) -> ApplicationStatus | None:
        code = self.ui.statusCombo.currentData()
        return ApplicationStatus(code) if code else None

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def _selection_text(self) -> str:
        counts = Counter(application.status for application in self.applications)
        parts = ", ".join(
            self.tr("{status}: {count}").format(status=status.label, count=counts[status])
            for status in ApplicationStatus
            if counts[status]
        )
        if len(self.applications) == 1:
            [application] = self.applications
            return self.tr("Application {number} «{title}», now {status}.").format(
                number=application.number, title=application.title, status=application.status.label
            )
        return self.tr("{count} applications selected: {parts}.").format(
            count=len(self.applications), parts=parts
        )

    def _target_changed(self) -> None:
        ui = self.ui
        target = self.target()
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(target is not None)
        ui.statusCombo.setEnabled(target is not None)
        ui.reasonError.say("")
        ui.generalError.say("")
        if target is None:
            ui.effectLabel.setText(
                self.tr(
                    "No status can be reached from every selected application: select "
                    "applications that stand at the same stage."
                )
            )
            ui.reasonLabel.setText(self.tr("&Reason:"))
            return
        if target.needs_reason:
            ui.reasonLabel.setText(self.tr("&Reason (required):"))
        else:
            ui.reasonLabel.setText(self.tr("&Reason:"))
        if len(self.applications) == 1:
            ui.effectLabel.setText(
                self.tr("The application will become «{status}».").format(status=target.label)
            )
        else:
            ui.effectLabel.setText(
                self.tr("{count} applications will become «{status}».").format(
                    count=len(self.applications), status=target.label
                )
            )

    def apply(self) -> None:
        """Move every application, or none; say why next to the reason or below."""
        target = self.target()
        if target is None:
            return
        self.ui.reasonError.say("")
        self.ui.generalError.say("")
        if target.needs_reason and not self.reason():
            self.ui.reasonError.say(
                self.tr("Give the reason for «{status}»: the holders are told.").format(
                    status=target.label
                )
            )
            self.ui.reasonEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            fit_height(self)
            return
        try:
            self.changed_count = change_status(
                self.database,
                [application.id for application in self.applications],
                target,
                self.reason(),
                self.author,
            )
        except DomainError as error:
            self.ui.generalError.say(
                self.tr("Nothing was changed. {problem}").format(problem=error.message)
            )
            fit_height(self)
            return
        self.accept()
