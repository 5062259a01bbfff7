"""Adding or editing one review criterion: a yes/no eligibility criterion or a scored one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.review import MAX_WEIGHT, CriterionInput, CriterionKind
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.fields import fit_height
from pbdesk.ui.forms.ui_criterion_dialog import Ui_CriterionDialog
from pbdesk.workspace.call import CriterionView, list_criteria, save_criterion
from pbdesk.workspace.stakes import list_stakes


class CriterionDialog(RecordDialog[CriterionView]):
    """Edits a criterion of the kind given (or of the edited criterion) and saves it on OK
    through the workspace; errors stay in the dialog. Weight, scale and linked stake are
    shown for scored criteria only.

    After ``accepted``, ``saved`` holds the stored criterion.
    """

    ui: Ui_CriterionDialog

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        author: str,
        kind: CriterionKind = CriterionKind.SCORED,
        criterion: CriterionView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Ui_CriterionDialog(), database, campaign_id, criterion, parent)
        self.author = author
        self.kind = criterion.kind if criterion is not None else kind
        ui = self.ui
        ui.weightSpin.setRange(1, MAX_WEIGHT)
        ui.kindValue.setText(self.kind.label)
        self.error_labels = {
            "name": ui.nameError,
            "weight": ui.weightError,
            "scale": ui.scaleError,
        }
        self.fields = {"name": ui.nameEdit, "weight": ui.weightSpin, "scale": ui.scaleMinSpin}
        scored = self.kind is CriterionKind.SCORED
        if not scored:
            for field in (ui.weightLayout, ui.weightError, ui.scaleLayout, ui.scaleError):
                ui.criterionForm.setRowVisible(field, False)
            ui.criterionForm.setRowVisible(ui.stakeCombo, False)
        else:
            ui.descriptionEdit.setPlaceholderText(
                self.tr("What reviewers look at, and what each score means")
            )
        ui.scaleMinSpin.valueChanged.connect(lambda *_: ui.scaleError.say(""))
        ui.scaleMaxSpin.valueChanged.connect(lambda *_: ui.scaleError.say(""))
        self._fill_stakes()
        if criterion is None:
            if scored:
                self.setWindowTitle(self.tr("New scored criterion"))
            else:
                self.setWindowTitle(self.tr("New eligibility criterion"))
        else:
            self.setWindowTitle(self.tr("Edit a criterion"))
            self._fill(criterion)
        ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()
        fit_height(self)

    def _fill_stakes(self) -> None:
        combo = self.ui.stakeCombo
        combo.addItem(self.tr("No linked stake"), None)
        try:
            stakes = list_stakes(self.database, self.campaign_id)
        except DomainError:
            return
        for priority, stake in enumerate(stakes, start=1):
            combo.addItem(
                self.tr("{priority}. {title}").format(priority=priority, title=stake.title),
                stake.id,
            )

    def _fill(self, criterion: CriterionView) -> None:
        ui = self.ui
        ui.nameEdit.setText(criterion.name)
        ui.descriptionEdit.setPlainText(criterion.description)
        ui.weightSpin.setValue(criterion.weight)
        ui.scaleMinSpin.setValue(criterion.scale_min)
        ui.scaleMaxSpin.setValue(criterion.scale_max)
        if criterion.stake_id is not None:
            ui.stakeCombo.setCurrentIndex(max(ui.stakeCombo.findData(criterion.stake_id), 0))

    def criterion_input(self) -> CriterionInput:
        ui = self.ui
        stake = ui.stakeCombo.currentData() if self.kind is CriterionKind.SCORED else None
        return CriterionInput(
            name=ui.nameEdit.text(),
            kind=self.kind,
            description=ui.descriptionEdit.toPlainText(),
            weight=ui.weightSpin.value(),
            scale_min=ui.scaleMinSpin.value(),
            scale_max=ui.scaleMaxSpin.value(),
            stake_id=int(stake) if stake is not None else None,
        )

    def store(self) -> CriterionView:
        criterion_id = save_criterion(
            self.database, self.campaign_id, self.criterion_input(), self.author, self.record_id
        )
        for criterion in list_criteria(self.database, self.campaign_id):
            if criterion.id == criterion_id:
                return criterion
        raise DomainError(translate("Criterion", "This criterion no longer exists."))
