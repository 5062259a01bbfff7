"""One phase of a campaign: its status, its own checklist and its co-evaluation note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.phases import Phase, PhaseStatus
from pbdesk.ui.context import AppContext
from pbdesk.ui.delegates import OptionalDateDelegate
from pbdesk.ui.forms.ui_phase_page import Ui_PhasePage
from pbdesk.ui.models.checklist import ChecklistColumn, ChecklistModel
from pbdesk.ui.pages import CampaignPage
from pbdesk.workspace import phases

_WIDTHS = {ChecklistColumn.OWNER: 130, ChecklistColumn.DUE: 100, ChecklistColumn.NOTE: 170}


class PhasePage(CampaignPage):
    """The page of one phase: status combo, checklist table, co-evaluation note.

    Signals: ``changed(int)`` — the status, an item or the note of the campaign was saved.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.phase = Phase.PREPARATION
        self.ui = Ui_PhasePage()
        self.ui.setupUi(self)
        self._loading = False
        #: The note as stored, to tell whether the text boxes hold unsaved edits.
        self._saved_note = ("", "")
        self._shown: tuple[int, Phase] | None = None

        self.model = ChecklistModel(context.database, self._author, self)
        self.model.item_changed.connect(self._item_changed)
        self.model.refused.connect(self._refused, Qt.ConnectionType.QueuedConnection)
        self._setup_view()
        self._setup_actions()

        for status in PhaseStatus:
            self.ui.statusCombo.addItem(status.label, status.value)
        self.ui.statusCombo.currentIndexChanged.connect(self._status_chosen)
        self.ui.wentWellEdit.textChanged.connect(self._note_edited)
        self.ui.toAdjustEdit.textChanged.connect(self._note_edited)
        self._update_buttons()
        self._note_edited()

    # -- set-up ------------------------------------------------------------------------------

    def _setup_view(self) -> None:
        view = self.ui.checklistView
        view.setModel(self.model)
        view.setItemDelegateForColumn(ChecklistColumn.DUE, OptionalDateDelegate(view))
        header = view.horizontalHeader()
        header.setSectionResizeMode(ChecklistColumn.DONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        for column, width in _WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # Catalogue labels are sentences: wrap them rather than cut them.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().currentRowChanged.connect(self._update_buttons)

    def _action(self, text: str, shortcut: QKeySequence, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _setup_actions(self) -> None:
        ui = self.ui
        self.toggle_action = self._action(
            self.tr("Tick or untick"), QKeySequence(Qt.Key.Key_Space), self._toggle_done
        )
        self.add_action = self._action(
            self.tr("Add an item"), QKeySequence(Qt.Key.Key_Insert), self._add_item
        )
        self.remove_action = self._action(
            self.tr("Remove the item…"), QKeySequence(Qt.Key.Key_Delete), self._remove_item
        )
        self.move_up_action = self._action(
            self.tr("Move up"), QKeySequence("Alt+Up"), self._move_up
        )
        self.move_down_action = self._action(
            self.tr("Move down"), QKeySequence("Alt+Down"), self._move_down
        )
        self.clear_due_action = QAction(self.tr("Clear the due date"), self)
        self.clear_due_action.triggered.connect(self._clear_due)
        self.save_note_action = self._action(
            self.tr("Save the note"), QKeySequence(QKeySequence.StandardKey.Save), self._save_note
        )

        # Space belongs to the table only (a focused button needs it to be pressed).
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        # The others work from anywhere in the checklist box (table, its editors, buttons).
        for action in (
            self.add_action,
            self.remove_action,
            self.move_up_action,
            self.move_down_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            ui.checklistGroup.addAction(action)
        self.save_note_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.save_note_action)

        separator = QAction(self)
        separator.setSeparator(True)
        ui.checklistView.addActions(
            [
                self.toggle_action,
                self.clear_due_action,
                separator,
                self.add_action,
                self.remove_action,
                self.move_up_action,
                self.move_down_action,
            ]
        )

        buttons = (
            (ui.addButton, self.add_action),
            (ui.removeButton, self.remove_action),
            (ui.moveUpButton, self.move_up_action),
            (ui.moveDownButton, self.move_down_action),
            (ui.saveNoteButton, self.save_note_action),
        )
        for button, action in buttons:
            button.clicked.connect(action.trigger)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text().rstrip('…')} ({keys})")

    # -- loading -----------------------------------------------------------------------------

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.model.database = context.database
        self.model.set_items([])
        self._shown = None
        self._set_note("", "")
        self._update_buttons()

    def show_phase(self, campaign_id: int, phase: Phase) -> None:
        """Show ``phase`` of ``campaign_id``."""
        self.campaign_id = campaign_id
        self.phase = phase
        self.load()

    def load(self) -> None:
        if self.campaign_id is None:
            return
        try:
            view = phases.get_phase(self.context.database, self.campaign_id, self.phase)
        except DomainError as error:
            self.report(error)
            return
        self.ui.titleLabel.setText(self.phase.label)
        self.ui.summaryLabel.setText(self.phase.summary)
        self._loading = True
        try:
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(view.status.value))
        finally:
            self._loading = False
        current = self._current_item_id()
        self.model.set_items(view.items)
        self._select(current)
        shown = (self.campaign_id, self.phase)
        # Keep what the user is typing when the page is refreshed under them.
        if not (self._note_dirty() and self._shown == shown):
            self._set_note(view.went_well, view.to_adjust)
        else:
            self._saved_note = (view.went_well, view.to_adjust)
            self._note_edited()
        self._shown = shown
        self._update_progress()
        self._update_buttons()

    def _reload_items(self, select_id: int | None) -> None:
        if self.campaign_id is None:
            return
        view = phases.get_phase(self.context.database, self.campaign_id, self.phase)
        self.model.set_items(view.items)
        self._select(select_id)
        self._update_progress()
        self._update_buttons()

    def _author(self) -> str:
        return self.context.author()

    def _after_change(self) -> None:
        if self.campaign_id is not None:
            self.changed.emit(self.campaign_id)

    # -- status and progress -------------------------------------------------------------------

    def _status_chosen(self, index: int) -> None:
        if self._loading or self.campaign_id is None or index < 0:
            return
        status = PhaseStatus(self.ui.statusCombo.itemData(index))
        try:
            phases.set_status(
                self.context.database, self.campaign_id, self.phase, status, self._author()
            )
        except DomainError as error:
            self.report(error)
            self.load()
            return
        self._after_change()

    def _update_progress(self) -> None:
        done, total = self.model.done_count(), self.model.rowCount()
        self.ui.progressLabel.setText(
            self.tr("{done} of {total} items done").format(done=done, total=total)
        )
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(done)

    # -- checklist -----------------------------------------------------------------------------

    def _current_row(self) -> int:
        index = self.ui.checklistView.currentIndex()
        return index.row() if index.isValid() else -1

    def _current_item_id(self) -> int | None:
        item = self.model.item_at(self._current_row())
        return item.id if item else None

    def _select(self, item_id: int | None, column: int | None = None) -> QModelIndex:
        view = self.ui.checklistView
        row = self.model.row_of(item_id) if item_id is not None else -1
        if row < 0:
            return QModelIndex()
        if column is None:
            current = view.currentIndex()
            column = current.column() if current.isValid() else ChecklistColumn.LABEL
        index = self.model.index(row, column)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        return index

    def _editing(self) -> bool:
        return self.ui.checklistView.state() == QAbstractItemView.State.EditingState

    def _update_buttons(self) -> None:
        row, count = self._current_row(), self.model.rowCount()
        has_campaign = self.campaign_id is not None
        self.add_action.setEnabled(has_campaign)
        self.toggle_action.setEnabled(row >= 0)
        self.remove_action.setEnabled(row >= 0)
        self.clear_due_action.setEnabled(row >= 0)
        self.move_up_action.setEnabled(row > 0)
        self.move_down_action.setEnabled(0 <= row < count - 1)
        self.ui.addButton.setEnabled(self.add_action.isEnabled())
        self.ui.removeButton.setEnabled(self.remove_action.isEnabled())
        self.ui.moveUpButton.setEnabled(self.move_up_action.isEnabled())
        self.ui.moveDownButton.setEnabled(self.move_down_action.isEnabled())

    def _item_changed(self, _item_id: int) -> None:
        self._update_progress()
        self._after_change()

    def _refused(self, error: DomainError) -> None:
        self.report(error)

    def _toggle_done(self) -> None:
        if not self._editing():
            self.model.toggle_done(self._current_row())

    def _clear_due(self) -> None:
        row = self._current_row()
        if row >= 0 and not self._editing():
            self.model.setData(self.model.index(row, ChecklistColumn.DUE), None)

    def _add_item(self) -> None:
        if self.campaign_id is None or self._editing():
            return
        try:
            item_id = phases.add_item(
                self.context.database,
                self.campaign_id,
                self.phase,
                phases.ItemInput(self.tr("New item")),
                self._author(),
            )
        except DomainError as error:
            self.report(error)
            return
        self._reload_items(item_id)
        index = self._select(item_id, ChecklistColumn.LABEL)
        self.ui.checklistView.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.checklistView.edit(index)
        self._after_change()

    def _remove_item(self) -> None:
        row = self._current_row()
        item = self.model.item_at(row)
        if item is None or self._editing():
            return
        if not self.confirm(
            self.tr("Remove an item"),
            self.tr("Remove «{label}» from the checklist of this phase?").format(label=item.label),
        ):
            return
        try:
            phases.remove_item(self.context.database, item.id, self._author())
        except DomainError as error:
            self.report(error)
            self.load()
            return
        following = self.model.item_at(row + 1) or self.model.item_at(row - 1)
        self._reload_items(following.id if following else None)
        self._after_change()

    def _move_up(self) -> None:
        self._move(-1)

    def _move_down(self) -> None:
        self._move(+1)

    def _move(self, step: int) -> None:
        row = self._current_row()
        item = self.model.item_at(row)
        if item is None or self._editing() or self.model.item_at(row + step) is None:
            return
        try:
            phases.move_item(self.context.database, item.id, row + step)
        except DomainError as error:
            self.report(error)
            self.load()
            return
        self._reload_items(item.id)
        self._after_change()

    # -- co-evaluation note --------------------------------------------------------------------

    def _note_text(self) -> tuple[str, str]:
        return (
            self.ui.wentWellEdit.toPlainText().strip(),
            self.ui.toAdjustEdit.toPlainText().strip(),
        )

    def _note_dirty(self) -> bool:
        return self._note_text() != self._saved_note

    def _set_note(self, went_well: str, to_adjust: str) -> None:
        self._saved_note = (went_well.strip(), to_adjust.strip())
        self.ui.wentWellEdit.setPlainText(went_well)
        self.ui.toAdjustEdit.setPlainText(to_adjust)
        self._note_edited()

    def _note_edited(self) -> None:
        dirty = self.campaign_id is not None and self._note_dirty()
        self.save_note_action.setEnabled(dirty)
        self.ui.saveNoteButton.setEnabled(dirty)
        self.ui.noteStateLabel.setText(self.tr("Not saved yet.") if dirty else "")

    def _save_note(self) -> bool:
        """Save the co-evaluation note; False if it was refused."""
        if self.campaign_id is None:
            return False
        went_well, to_adjust = self._note_text()
        try:
            phases.save_coevaluation(
                self.context.database,
                self.campaign_id,
                self.phase,
                went_well,
                to_adjust,
                self._author(),
            )
        except DomainError as error:
            self.report(error)
            return False
        self._saved_note = (went_well, to_adjust)
        self._note_edited()
        self._after_change()
        return True

    def maybe_leave(self) -> bool:
        """Ask what to do with an unsaved note; False means stay on the page."""
        if self.campaign_id is None or not self._note_dirty():
            return True
        return self.save_or_discard(
            self.tr("Unsaved note"),
            self.tr("The co-evaluation note of phase {phase} was changed. Save it?").format(
                phase=self.phase.label
            ),
            self._save_note,
            lambda: self._set_note(*self._saved_note),
        )
