"""Phase 8 for campaigns decided without a vote (Pertuis 2020): the core group's designation
of each project, funded or not, with its reasons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QWidget

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.campaign import CoreGroupKind, DecisionMode
from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros
from pbdesk.ui.context import AppContext
from pbdesk.ui.fields import ERROR_STYLE, format_date, from_qdate, to_qdate
from pbdesk.ui.forms.ui_designation_page import Ui_DesignationPage
from pbdesk.ui.models.designation import DesignationColumn, DesignationLine, DesignationModel
from pbdesk.ui.pages import CampaignPage
from pbdesk.ui.shortcuts import add_shortcut
from pbdesk.workspace.applications import list_applications
from pbdesk.workspace.campaigns import get_frame
from pbdesk.workspace.designation import (
    DesignationInput,
    list_designations,
    over_envelope_message,
    record_designation,
)

#: The statuses of projects the core group may designate (``workspace.designation``).
CONSIDERED = (
    ApplicationStatus.REVIEWED,
    ApplicationStatus.SHORTLISTED,
    ApplicationStatus.FUNDED,
    ApplicationStatus.NOT_FUNDED,
)
#: The decision combo's items: funded, not funded, not decided yet.
_DECISIONS = (True, False, None)


class DesignationPage(CampaignPage):
    """The core group's designation (phase 8 of a campaign decided without a vote).

    The projects under consideration (reviewed, on the list, funded, not funded) are listed
    with the decision on each; the selected one's decision and reasons are edited below, the
    date and who decided apply to all. "Save the designation" (Ctrl+S) records every decided
    project through ``record_designation`` (statuses, journal, one-year review); a decision
    without reasons is refused next to the reasons field and nothing is saved. A running
    total says what the projects designated funded cost against the envelope; it turns red
    when over, and saving is then refused (by how much, under the buttons).

    Signals: ``changed(int)`` after the designation is saved.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_DesignationPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = DesignationModel(self)
        self._decides_by_vote = False
        self._envelope_cents = 0
        self._over_envelope_said = False
        self._common: tuple[date, str] = (date.today(), "")
        self._showing = False
        table = ui.tableView
        table.setModel(self.model)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        for funded in _DECISIONS:
            ui.decisionCombo.addItem(self.model.decision_text(funded))
        ui.decidedOnEdit.setDate(to_qdate(date.today()))
        table.selectionModel().currentRowChanged.connect(self._show_line)
        ui.decisionCombo.currentIndexChanged.connect(self._edit_line)
        ui.reasonsEdit.textChanged.connect(self._edit_line)
        ui.decidedOnEdit.dateChanged.connect(self._update_state)
        ui.decidedByEdit.textChanged.connect(self._update_state)
        ui.saveButton.clicked.connect(self.save)
        add_shortcut("Ctrl+S", self, self.save)
        self.setFocusProxy(table)
        self._show_line()

    # -- loading -------------------------------------------------------------------------
    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.model.set_rows([])
        self._show_line()

    def load(self) -> None:
        if self.campaign_id is None:
            return
        database = self.context.database
        try:
            frame = get_frame(database, self.campaign_id)
            applications = list_applications(database, self.campaign_id)
            designations = {
                d.application_id: d for d in list_designations(database, self.campaign_id)
            }
        except DomainError as error:
            self.report(error)
            return
        self._decides_by_vote = frame.decision_mode != DecisionMode.DESIGNATION.value
        self._envelope_cents = frame.envelope_cents
        lines = []
        for application in applications:
            if application.status not in CONSIDERED:
                continue
            stored = designations.get(application.id)
            lines.append(
                DesignationLine(
                    application.id,
                    application.number,
                    application.title,
                    application.holder_name,
                    application.requested_cents,
                    application.status,
                    stored.funded if stored else None,
                    stored.reasons if stored else "",
                    (stored.funded, stored.reasons) if stored else None,
                )
            )
        current = self.current_row()
        self.model.set_rows(lines)
        first = next(iter(designations.values()), None)
        if first is not None:
            decided_on, decided_by = first.decided_on, first.decided_by
        else:
            decided_on = date.today()
            decided_by = CoreGroupKind(frame.core_group_kind).label
        self._common = (decided_on, decided_by)
        self._showing = True
        self.ui.decidedOnEdit.setDate(to_qdate(decided_on))
        self.ui.decidedByEdit.setText(decided_by)
        self._showing = False
        self._fit_columns()
        for label in (self.ui.decisionError, self.ui.reasonsError, self.ui.commonError):
            label.say("")
        if lines:
            self._select(min(max(current, 0), len(lines) - 1))
        self._show_line()

    def _fit_columns(self) -> None:
        table = self.ui.tableView
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        for column in (DesignationColumn.TITLE, DesignationColumn.HOLDER):
            table.setColumnWidth(column, min(table.columnWidth(column), 230))
        # Room for any decision the user may pick (edited ones are bold, with a star).
        bold = QFont(table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(
            metrics.horizontalAdvance(self.model.decision_text(f) + " *") for f in _DECISIONS
        )
        column = DesignationColumn.DECISION
        table.setColumnWidth(column, max(table.columnWidth(column), widest + 16))
        header.setStretchLastSection(True)

    def current_row(self) -> int:
        index = self.ui.tableView.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int) -> None:
        self.ui.tableView.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    # -- editing -------------------------------------------------------------------------
    def _show_line(self) -> None:
        line = self.model.row_at(self.current_row())
        ui = self.ui
        self._showing = True
        ui.decisionCombo.setCurrentIndex(_DECISIONS.index(line.funded) if line else 2)
        ui.reasonsEdit.setPlainText(line.reasons if line else "")
        self._showing = False
        ui.decisionGroup.setEnabled(line is not None and not self._decides_by_vote)
        if line is not None:
            ui.decisionGroup.setTitle(
                self.tr("Decision on project {number}: {title}").format(
                    number=line.number, title=line.title
                )
            )
        else:
            ui.decisionGroup.setTitle(self.tr("Decision on the selected project"))
        self._update_state()

    def _edit_line(self) -> None:
        if self._showing:
            return
        row = self.current_row()
        if row < 0:
            return
        funded = _DECISIONS[max(self.ui.decisionCombo.currentIndex(), 0)]
        self.model.set_decision(row, funded, self.ui.reasonsEdit.toPlainText())
        self._update_state()

    def funded_cents(self) -> int:
        """What the projects funded once saved cost: those designated funded, and those
        already funded that no decision changes (as ``record_designation`` counts them)."""
        return sum(
            line.requested_cents
            for line in self.model.rows()
            if line.funded or (line.funded is None and line.status is ApplicationStatus.FUNDED)
        )

    def _show_total(self, usable: bool) -> None:
        label = self.ui.totalLabel
        label.setVisible(usable)
        total, envelope = self.funded_cents(), self._envelope_cents
        text = self.tr("{funded} designated out of {envelope}").format(
            funded=format_euros(total), envelope=format_euros(envelope)
        )
        if total > envelope:
            text += " — " + self.tr("{excess} over the envelope").format(
                excess=format_euros(total - envelope)
            )
            label.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
        else:
            label.setStyleSheet("")
            if self._over_envelope_said:
                # The refusal under the buttons no longer holds once back within.
                self._over_envelope_said = False
                self.ui.commonError.say("")
        label.setText(text)

    def has_unsaved_edits(self) -> bool:
        if self.model.edited():
            return True
        decided_on = from_qdate(self.ui.decidedOnEdit.date())
        decided_by = self.ui.decidedByEdit.text().strip()
        has_designation = any(line.stored is not None for line in self.model.rows())
        return has_designation and (decided_on, decided_by) != self._common

    def _update_state(self) -> None:
        ui = self.ui
        lines = self.model.rows()
        if self._decides_by_vote:
            text = self.tr("This campaign decides by a vote: see its results instead.")
        elif not lines:
            text = self.tr(
                "No project to designate yet: applications must be reviewed first (phase 7)."
            )
        else:
            decided = [line for line in lines if line.stored is not None]
            funded = [line for line in decided if line.stored and line.stored[0]]
            if decided:
                if not funded:
                    text = self.tr(
                        "Designation recorded on {day}, decided by {who}: no project funded "
                        "out of {count}."
                    )
                elif len(funded) == 1:
                    text = self.tr(
                        "Designation recorded on {day}, decided by {who}: 1 project funded "
                        "out of {count}."
                    )
                else:
                    text = self.tr(
                        "Designation recorded on {day}, decided by {who}: {funded} projects "
                        "funded out of {count}."
                    )
                text = text.format(
                    day=format_date(self._common[0]),
                    who=self._common[1],
                    funded=len(funded),
                    count=len(lines),
                )
            else:
                text = self.tr("No designation recorded yet.")
            if self.has_unsaved_edits():
                text += " " + self.tr("Changes not saved yet.")
        ui.stateLabel.setText(text)
        usable = bool(lines) and not self._decides_by_vote
        for widget in (ui.decidedOnEdit, ui.decidedByEdit, ui.saveButton):
            widget.setEnabled(usable)
        self._show_total(usable)

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Record every decided project; False (and the reason shown) if refused."""
        ui = self.ui
        if self.campaign_id is None or self._decides_by_vote:
            return False
        for label in (ui.decisionError, ui.reasonsError, ui.commonError):
            label.say("")
        self._over_envelope_said = False
        lines = self.model.rows()
        decided = [(row, line) for row, line in enumerate(lines) if line.funded is not None]
        if not decided:
            self._select(max(self.current_row(), 0))
            ui.decisionError.say(self.tr("Decide on at least one project."))
            ui.decisionCombo.setFocus()
            return False
        for row, line in decided:
            if not line.reasons.strip():
                self._select(row)
                ui.reasonsError.say(self.tr("Give the core group's reasons for this project."))
                ui.reasonsEdit.setFocus()
                return False
        total = self.funded_cents()
        if total > self._envelope_cents:
            ui.commonError.say(over_envelope_message(total, self._envelope_cents))
            self._over_envelope_said = True
            ui.tableView.setFocus()
            return False
        decided_by = ui.decidedByEdit.text().strip()
        if not decided_by:
            ui.commonError.say(self.tr("Say who decided (the core group)."))
            ui.decidedByEdit.setFocus()
            return False
        try:
            record_designation(
                self.context.database,
                self.campaign_id,
                [
                    DesignationInput(line.application_id, bool(line.funded), line.reasons)
                    for _, line in decided
                ],
                from_qdate(ui.decidedOnEdit.date()),
                decided_by,
                self.context.author(),
            )
        except DomainError as error:
            self.report(error)
            return False
        self.load()
        self.changed.emit(self.campaign_id)
        return True

    def maybe_leave(self) -> bool:
        if not self.has_unsaved_edits():
            return True
        return self.save_or_discard(
            self.tr("Designation not saved"),
            self.tr("The designation has changes that are not saved. Save them?"),
            self.save,
            self.load,
        )
