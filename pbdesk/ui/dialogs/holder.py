"""Adding or editing one project holder (porteur), shared by every campaign."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from pbdesk.domain.applications import HolderInput, HolderKind
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.fields import fit_height
from pbdesk.ui.forms.ui_holder_dialog import Ui_HolderDialog
from pbdesk.workspace.holders import HolderView, get_holder, save_holder


class HolderDialog(RecordDialog[HolderView]):
    """Edits a holder and saves it on OK through the workspace; errors (an RNA or SIRET
    number that is not one, a name already taken) stay in the dialog.

    Holders belong to no campaign: ``campaign_id`` is only the campaign the user works on.
    After ``accepted``, ``saved`` holds the stored holder.
    """

    ui: Ui_HolderDialog

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        holder: HolderView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Ui_HolderDialog(), database, campaign_id, holder, parent)
        ui = self.ui
        for kind in HolderKind:
            ui.kindCombo.addItem(kind.label, kind.value)
        self.error_labels = {
            "name": ui.nameError,
            "rna": ui.rnaError,
            "siret": ui.siretError,
        }
        self.fields = {"name": ui.nameEdit, "rna": ui.rnaEdit, "siret": ui.siretEdit}
        if holder is None:
            self.setWindowTitle(self.tr("New holder"))
        else:
            self.setWindowTitle(self.tr("Edit a holder"))
            self._fill(holder)
        ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    def _fill(self, holder: HolderView) -> None:
        ui = self.ui
        ui.nameEdit.setText(holder.name)
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(holder.kind.value), 0))
        ui.rnaEdit.setText(holder.rna)
        ui.siretEdit.setText(holder.siret)
        ui.addressEdit.setPlainText(holder.address)
        ui.emailEdit.setText(holder.email)
        ui.phoneEdit.setText(holder.phone)
        ui.earlierCheck.setChecked(holder.earlier_edition)

    def holder_input(self) -> HolderInput:
        ui = self.ui
        return HolderInput(
            name=ui.nameEdit.text(),
            kind=HolderKind(ui.kindCombo.currentData()),
            rna=ui.rnaEdit.text(),
            siret=ui.siretEdit.text(),
            address=ui.addressEdit.toPlainText(),
            email=ui.emailEdit.text(),
            phone=ui.phoneEdit.text(),
            earlier_edition=ui.earlierCheck.isChecked(),
        )

    def store(self) -> HolderView:
        holder_id = save_holder(self.database, self.holder_input(), self.record_id)
        return get_holder(self.database, holder_id)
