"""Dialogs that edit one record, each composing its Designer form."""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.store.database import Database
from pbdesk.ui.fields import ErrorLabel, fit_height, show_errors


class Record(Protocol):
    """A workspace view of a stored row."""

    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=Record)


class RecordForm(Protocol):
    """What ``RecordDialog`` uses of a Designer form."""

    buttonBox: QDialogButtonBox
    generalError: ErrorLabel

    def setupUi(self, dialog: QDialog) -> None: ...


class RecordDialog(QDialog, Generic[R]):
    """Adds (``record`` None) or edits one record of a campaign and saves it on OK through
    the workspace; a refusal is said in the dialog, which stays open.

    After ``accepted``, ``saved`` holds the stored record. Subclasses fill ``error_labels``
    and ``fields`` and implement ``store``.
    """

    def __init__(
        self,
        form: RecordForm,
        database: Database,
        campaign_id: int,
        record: R | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.campaign_id = campaign_id
        #: The id of the record edited; None while adding one.
        self.record_id = record.id if record is not None else None
        self.saved: R | None = None
        self.ui = form
        form.setupUi(self)
        #: Where a field's refusal is said, by the field names of the workspace input.
        self.error_labels: dict[str, ErrorLabel] = {}
        #: The widgets by the same names, in the order they are looked at for the focus.
        self.fields: dict[str, QWidget] = {}
        form.buttonBox.accepted.connect(self.save)

    def store(self) -> R:
        """Save the form through the workspace and return the stored record."""
        raise NotImplementedError

    def save(self) -> None:
        """Save and close; on a refusal say why next to the fields and stay open."""
        try:
            self.saved = self.store()
        except ValidationError as error:
            unplaced = show_errors(self.error_labels, error.errors)
            self.ui.generalError.say(" ".join(unplaced))
            fit_height(self)
            for name, widget in self.fields.items():
                if name in error.errors:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    break
            return
        except DomainError as error:
            show_errors(self.error_labels, {})
            self.ui.generalError.say(error.message)
            fit_height(self)
            return
        self.accept()
