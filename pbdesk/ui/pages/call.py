"""Phase 6: the call for projects (dates, ceiling, rules) and its review grid (criteria)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableView, QWidget

from pbdesk.domain.campaign import CallKind
from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.money import parse_euros
from pbdesk.domain.review import CriterionKind
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.criterion import CriterionDialog
from pbdesk.ui.fields import ErrorLabel, format_date, show_errors
from pbdesk.ui.forms.ui_call_page import Ui_CallPage
from pbdesk.ui.models.criteria import CriteriaKindProxy, CriteriaModel, CriterionColumn
from pbdesk.ui.pages import CampaignPage
from pbdesk.ui.shortcuts import add_shortcut
from pbdesk.workspace.call import (
    CallInput,
    CallView,
    CriterionView,
    criteria_locked_by_grids,
    default_grid,
    delete_criterion,
    get_call,
    list_criteria,
    move_criterion,
    save_call,
    start_from_default_grid,
)
from pbdesk.workspace.campaigns import get_frame
from pbdesk.workspace.stakes import list_stakes

WARNING_STYLE = "color: #8a4b00;"


class CallPage(CampaignPage):
    """The call of a campaign and its review grid.

    The call's fields are saved together (Save or Ctrl+S); the criteria are saved one by one
    through their dialog. Once review grids were sent, any change to the criteria is asked
    first: the grids already sent would be refused when they come back.

    Signals: ``changed(int)`` after the call is saved or a criterion is added, edited,
    removed or moved, or the default grid is adopted.
    """

    ui: Ui_CallPage

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CallPage()
        self.ui.setupUi(self)
        self.criteria = CriteriaModel(self)
        self.eligibility_proxy = CriteriaKindProxy(CriterionKind.ELIGIBILITY, self)
        self.scored_proxy = CriteriaKindProxy(CriterionKind.SCORED, self)
        #: The criterion dialog while it is open (window-modal, not blocking).
        self.dialog: CriterionDialog | None = None
        self._call: CallView | None = None
        self._baseline: CallInput | None = None
        self._filling = False
        self._error_labels: dict[str, ErrorLabel] = {
            "closes_on": self.ui.closesError,
            "ceiling": self.ui.ceilingError,
        }
        self._set_up_call_form()
        self._set_up_tables()
        self._set_up_criteria_actions()
        self._show_call(None)
        self._show_grid()

    # -- set-up ---------------------------------------------------------------------------
    def _set_up_call_form(self) -> None:
        ui = self.ui
        for signal, label in (
            (ui.opensEdit.changed, ui.closesError),
            (ui.closesEdit.changed, ui.closesError),
            (ui.ceilingEdit.textChanged, ui.ceilingError),
        ):
            signal.connect(lambda *_, label=label: label.say(""))
        for signal in (
            ui.opensEdit.changed,
            ui.closesEdit.changed,
            ui.ceilingEdit.textChanged,
            ui.rulesEdit.textChanged,
        ):
            signal.connect(self._edited)
        ui.saveButton.clicked.connect(self.save)
        ui.discardButton.clicked.connect(self.discard)
        add_shortcut(
            QKeySequence(QKeySequence.StandardKey.Save),
            self,
            self.save,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def _set_up_tables(self) -> None:
        for proxy, view in self._tables():
            proxy.setSourceModel(self.criteria)
            view.setModel(proxy)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
            view.selectionModel().selectionChanged.connect(
                lambda *_, view=view: self._selection_changed(view)
            )
            view.activated.connect(self.edit_criterion)
        for proxy in (self.eligibility_proxy, self.scored_proxy):
            proxy.modelReset.connect(self._update_buttons)

        eligibility = self.ui.eligibilityView
        for column in (CriterionColumn.WEIGHT, CriterionColumn.SCALE, CriterionColumn.STAKE):
            eligibility.setColumnHidden(column, True)
        header = eligibility.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        eligibility.setColumnWidth(CriterionColumn.NAME, 340)

        scored = self.ui.scoredView
        scored.setColumnHidden(CriterionColumn.DESCRIPTION, True)
        header = scored.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CriterionColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CriterionColumn.WEIGHT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CriterionColumn.SCALE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CriterionColumn.STAKE, QHeaderView.ResizeMode.Interactive)
        scored.setColumnWidth(CriterionColumn.STAKE, 220)

    def _set_up_criteria_actions(self) -> None:
        ui = self.ui
        ui.defaultGridButton.clicked.connect(self.start_from_default_grid)
        ui.addEligibilityButton.clicked.connect(self.add_eligibility_criterion)
        ui.addScoredButton.clicked.connect(self.add_scored_criterion)
        ui.editCriterionButton.clicked.connect(self.edit_criterion)
        ui.removeCriterionButton.clicked.connect(self.remove_criterion)
        ui.moveCriterionUpButton.clicked.connect(self.move_criterion_up)
        ui.moveCriterionDownButton.clicked.connect(self.move_criterion_down)
        in_table = Qt.ShortcutContext.WidgetShortcut
        for view, add in (
            (ui.eligibilityView, self.add_eligibility_criterion),
            (ui.scoredView, self.add_scored_criterion),
        ):
            for keys, slot in (
                (QKeySequence(Qt.Key.Key_Insert), add),
                (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_criterion),
                (QKeySequence("Alt+Up"), self.move_criterion_up),
                (QKeySequence("Alt+Down"), self.move_criterion_down),
            ):
                add_shortcut(keys, view, slot, in_table)

    def _tables(self) -> tuple[tuple[CriteriaKindProxy, QTableView], ...]:
        return (
            (self.eligibility_proxy, self.ui.eligibilityView),
            (self.scored_proxy, self.ui.scoredView),
        )

    # -- loading --------------------------------------------------------------------------
    def load(self) -> None:
        """Read the call and its criteria from the workspace, dropping unsaved edits."""
        if self.campaign_id is None:
            return
        try:
            call = get_call(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self._show_call(call)
        self._load_grid()

    def refresh(self) -> None:
        # Another page changed something: keep unsaved edits of the call, show the rest anew.
        if self.campaign_id is None:
            return
        if self.is_dirty():
            self._load_grid()
        else:
            self.load()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self._show_call(None)
        self.criteria.set_criteria([])
        self._show_grid()

    def _load_grid(self) -> None:
        """The legal form, the criteria, their version and whether grids went out."""
        if self.campaign_id is None:
            return
        database = self.context.database
        selected = self.current_criterion()
        try:
            frame = get_frame(database, self.campaign_id)
            call = get_call(database, self.campaign_id)
            criteria = list_criteria(database, self.campaign_id)
            stakes = list_stakes(database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self._call = call
        self.ui.legalFormValue.setText(_call_kind_label(frame.call_kind))
        self.criteria.set_stakes({stake.id: stake.title for stake in stakes})
        self.criteria.set_criteria(criteria)
        if selected is not None:
            self._select(selected.id, focus=False)
        self._show_grid()

    def _show_call(self, call: CallView | None) -> None:
        ui = self.ui
        self._call = call
        self._filling = True
        try:
            ui.opensEdit.setValue(call.opens_on if call else None)
            ui.closesEdit.setValue(call.closes_on if call else None)
            if call is not None and call.ceiling_cents is not None:
                ui.ceilingEdit.setCents(call.ceiling_cents)
            else:
                ui.ceilingEdit.clear()
            ui.rulesEdit.setPlainText(call.rules if call else "")
        finally:
            self._filling = False
        if call is None:
            ui.legalFormValue.clear()
        show_errors(self._error_labels, {})
        ui.formError.say("")
        ui.statusLabel.clear()
        for widget in (ui.callGroup, ui.gridGroup):
            widget.setEnabled(call is not None)
        self._baseline = self._snapshot() if call is not None else None
        self._update_call_buttons()

    def _show_grid(self) -> None:
        ui = self.ui
        call = self._call if self.campaign_id is not None else None
        criteria = self.criteria.criteria()
        empty = call is not None and not criteria
        ui.emptyGridBox.setVisible(empty)
        if empty:
            ui.emptyGridLabel.setText(self._default_grid_offer())
        if call is None:
            ui.versionLabel.clear()
        elif call.grids_sent_at is None:
            ui.versionLabel.setText(
                self.tr(
                    "Criteria version {version}. No review grid has been sent for this version yet."
                ).format(version=call.criteria_version)
            )
            ui.versionLabel.setStyleSheet("")
        else:
            sent = call.grids_sent_at.astimezone()
            ui.versionLabel.setText(
                self.tr(
                    "Criteria version {version}. Review grids were sent on {date} at {time}: "
                    "if you change the criteria now, the grids already sent will be refused "
                    "when they come back."
                ).format(
                    version=call.criteria_version,
                    date=format_date(sent.date()),
                    time=sent.strftime("%H:%M"),
                )
            )
            ui.versionLabel.setStyleSheet(WARNING_STYLE)
        scored = [c for c in criteria if c.kind is CriterionKind.SCORED]
        if scored:
            best = sum(c.weight * c.scale_max for c in scored)
            ui.totalLabel.setText(
                self.tr("Best possible weighted total: {total} points.").format(total=best)
            )
        else:
            ui.totalLabel.clear()
        ui.totalLabel.setVisible(bool(scored))
        self._update_buttons()

    def _default_grid_offer(self) -> str:
        try:
            grid = default_grid()
        except (OSError, ValueError):
            return self.tr("This campaign has no review criteria yet.")
        eligibility = sum(1 for c in grid if c.kind is CriterionKind.ELIGIBILITY)
        return self.tr(
            "This campaign has no review criteria yet. Start from the default grid "
            "({eligibility} eligibility criteria, {scored} scored criteria) and adapt it, "
            "or add criteria one by one."
        ).format(eligibility=eligibility, scored=len(grid) - eligibility)

    # -- the call form --------------------------------------------------------------------
    def call_input(self) -> CallInput:
        """The form as the workspace's input; raises ``ValidationError`` for a ceiling that
        is not an amount."""
        ui = self.ui
        text = ui.ceilingEdit.text().strip()
        try:
            ceiling = parse_euros(text) if text else None
        except DomainError as error:
            raise ValidationError({"ceiling": error.message}) from error
        return CallInput(
            opens_on=ui.opensEdit.value(),
            closes_on=ui.closesEdit.value(),
            ceiling_cents=ceiling,
            rules=ui.rulesEdit.toPlainText(),
        )

    def _snapshot(self) -> CallInput:
        """The form for comparison: ``5000`` and ``5 000`` are the same ceiling."""
        try:
            data = self.call_input()
        except ValidationError:
            data = CallInput(
                self.ui.opensEdit.value(),
                self.ui.closesEdit.value(),
                -1,  # not an amount: differs from anything stored
                self.ui.rulesEdit.toPlainText(),
            )
        return replace(data, rules=data.rules.strip())

    def is_dirty(self) -> bool:
        return self._baseline is not None and self._snapshot() != self._baseline

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.ui.statusLabel.clear()
        self._update_call_buttons()

    def _update_call_buttons(self) -> None:
        dirty = self.is_dirty()
        self.ui.saveButton.setEnabled(dirty)
        self.ui.discardButton.setEnabled(dirty)

    def save(self) -> bool:
        """Validate and store the call; True when it was saved (or nothing had changed)."""
        if self.campaign_id is None or self._baseline is None:
            return False
        if not self.is_dirty():
            return True
        try:
            data = self.call_input()
            call = save_call(self.context.database, self.campaign_id, data, self.context.author())
        except ValidationError as error:
            self._show_errors(error.errors)
            return False
        except DomainError as error:
            show_errors(self._error_labels, {})
            self.ui.formError.say("")
            self.report(error)
            return False
        self._show_call(call)
        self.ui.statusLabel.setText(self.tr("Saved."))
        self.changed.emit(self.campaign_id)
        return True

    def discard(self) -> None:
        """Forget the edits: show the call as last saved."""
        self.load()

    def maybe_leave(self) -> bool:
        """Ask what to do with unsaved edits of the call; False means stay on the page."""
        if not self.is_dirty():
            return True
        return self.save_or_discard(
            self.tr("Unsaved changes"),
            self.tr("The call has unsaved changes. Save them?"),
            self.save,
            self.discard,
        )

    def _show_errors(self, errors: dict[str, str]) -> None:
        """Each sentence under its field; the first wrong field gets the focus."""
        unplaced = show_errors(self._error_labels, errors)
        summary = self.tr("Nothing was saved: correct what is shown in red.")
        self.ui.formError.say(" ".join([summary, *unplaced]))
        self.ui.statusLabel.clear()
        for key, widget in (("closes_on", self.ui.closesEdit), ("ceiling", self.ui.ceilingEdit)):
            if key in errors:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self.ui.scrollArea.ensureWidgetVisible(widget)
                break

    # -- criteria -------------------------------------------------------------------------
    def current_criterion(self) -> CriterionView | None:
        """The criterion selected in either table (one table holds the selection at most)."""
        for proxy, view in self._tables():
            index = view.currentIndex()
            if index.isValid() and view.selectionModel().hasSelection():
                return self.criteria.criterion_at(proxy.mapToSource(index).row())
        return None

    def may_change_criteria(self, question: str | None = None) -> bool:
        """True when the criteria may change: no grid went out, or the user accepts that the
        grids already sent will be refused. ``question`` replaces the closing question."""
        if self.campaign_id is None:
            return False
        try:
            locked = criteria_locked_by_grids(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return False
        if not locked:
            return True
        text = self.tr(
            "Review grids have already been sent to reviewers for these criteria. After this "
            "change, the grids already sent will be refused when they come back, and new "
            "grids will have to be sent."
        )
        text += "\n\n" + (question or self.tr("Change the criteria anyway?"))
        answer = QMessageBox.warning(
            self,
            self.tr("Review grids already sent"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def add_eligibility_criterion(self) -> None:
        self._add(CriterionKind.ELIGIBILITY)

    def add_scored_criterion(self) -> None:
        self._add(CriterionKind.SCORED)

    def _add(self, kind: CriterionKind) -> None:
        if self.campaign_id is None or self.dialog is not None:
            return
        if self.may_change_criteria():
            self._open(kind, None)

    def edit_criterion(self) -> None:
        criterion = self.current_criterion()
        if self.campaign_id is None or criterion is None or self.dialog is not None:
            return
        if self.may_change_criteria():
            self._open(criterion.kind, criterion)

    def remove_criterion(self) -> None:
        criterion = self.current_criterion()
        if self.campaign_id is None or criterion is None:
            return
        question = self.tr("Remove the criterion «{name}»?").format(name=criterion.name)
        try:
            locked = criteria_locked_by_grids(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        if locked:
            if not self.may_change_criteria(question):
                return
        elif not self.confirm(self.tr("Remove a criterion"), question):
            return
        try:
            delete_criterion(self.context.database, criterion.id, self.context.author())
        except DomainError as error:
            self.report(error)
            return
        self._criteria_changed(None)

    def move_criterion_up(self) -> None:
        self._move(-1)

    def move_criterion_down(self) -> None:
        self._move(+1)

    def _move(self, step: int) -> None:
        """Swap the selected criterion with its neighbour of the same kind. Only the order of
        the grid's columns changes: the criteria version, and grids already sent, stay."""
        criterion = self.current_criterion()
        if self.campaign_id is None or criterion is None:
            return
        same_kind = [c for c in self.criteria.criteria() if c.kind is criterion.kind]
        row = next(i for i, c in enumerate(same_kind) if c.id == criterion.id)
        if not 0 <= row + step < len(same_kind):
            return
        # The workspace orders all criteria together: take the neighbour's place among them.
        everyone = sorted(self.criteria.criteria(), key=lambda c: (c.position, c.id))
        target = next(i for i, c in enumerate(everyone) if c.id == same_kind[row + step].id)
        try:
            move_criterion(self.context.database, criterion.id, target)
        except DomainError as error:
            self.report(error)
            return
        self._criteria_changed(criterion.id)

    def start_from_default_grid(self) -> None:
        if self.campaign_id is None or not self.may_change_criteria():
            return
        try:
            start_from_default_grid(self.context.database, self.campaign_id, self.context.author())
        except DomainError as error:
            self.report(error)
            return
        self._criteria_changed(None)
        self.ui.eligibilityView.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, kind: CriterionKind, criterion: CriterionView | None) -> None:
        assert self.campaign_id is not None
        dialog = CriterionDialog(
            self.context.database,
            self.campaign_id,
            self.context.author(),
            kind,
            criterion,
            parent=self,
        )
        self.dialog = dialog
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        saved = dialog.saved if result == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if saved is not None:
            self._criteria_changed(saved.id)

    def _criteria_changed(self, select_id: int | None) -> None:
        """Show the criteria anew, the given one selected, and tell the others."""
        if self.campaign_id is None:
            return
        self._load_grid()
        if select_id is not None:
            self._select(select_id)
        self.changed.emit(self.campaign_id)

    def _select(self, criterion_id: int, *, focus: bool = True) -> None:
        for row, criterion in enumerate(self.criteria.criteria()):
            if criterion.id != criterion_id:
                continue
            for proxy, view in self._tables():
                index = proxy.mapFromSource(self.criteria.index(row, CriterionColumn.NAME))
                if index.isValid():
                    view.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    view.scrollTo(index)
                    if focus:
                        view.setFocus(Qt.FocusReason.OtherFocusReason)
            return

    def _selection_changed(self, view: QTableView) -> None:
        if view.selectionModel().hasSelection():
            for _, other in self._tables():
                if other is not view:
                    other.selectionModel().clearSelection()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        active = self.campaign_id is not None and self._call is not None
        criterion = self.current_criterion()
        ui.addEligibilityButton.setEnabled(active)
        ui.addScoredButton.setEnabled(active)
        ui.editCriterionButton.setEnabled(criterion is not None)
        ui.removeCriterionButton.setEnabled(criterion is not None)
        if criterion is None:
            ui.moveCriterionUpButton.setEnabled(False)
            ui.moveCriterionDownButton.setEnabled(False)
            return
        same_kind = [c.id for c in self.criteria.criteria() if c.kind is criterion.kind]
        row = same_kind.index(criterion.id)
        ui.moveCriterionUpButton.setEnabled(row > 0)
        ui.moveCriterionDownButton.setEnabled(row < len(same_kind) - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.criteria.set_criteria(self.criteria.criteria())
            if self.campaign_id is not None and self._call is not None:
                self._load_grid()
            else:
                self._show_grid()
        super().changeEvent(event)


def _call_kind_label(code: str) -> str:
    try:
        return CallKind(code).label
    except ValueError:
        return code
