"""Meetings (rencontres): the documented work of reaching residents, phase by phase."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.phases import Phase
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.meeting import MeetingDialog
from pbdesk.ui.fields import format_date
from pbdesk.ui.forms.ui_meetings_page import Ui_MeetingsPage
from pbdesk.ui.models.meetings import (
    MeetingColumn,
    MeetingsFilterProxy,
    MeetingsModel,
    kind_label,
)
from pbdesk.ui.pages import CampaignPage
from pbdesk.workspace.campaigns import get_summary
from pbdesk.workspace.meetings import delete_meeting, list_meetings
from pbdesk.workspace.views import MeetingView


class MeetingsPage(CampaignPage):
    """Every door-to-door round, stand, workshop or meeting, with its head count.

    Signals: ``changed(int)`` after a meeting is added, edited or removed.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_MeetingsPage()
        self.ui.setupUi(self)
        #: The meeting dialog while it is open (window-modal, not blocking).
        self.dialog: MeetingDialog | None = None
        #: The campaign's current phase: the default phase of a new meeting.
        self.current_phase: Phase | None = None

        self.model = MeetingsModel(self)
        self.proxy = MeetingsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.tableView
        table.setModel(self.proxy)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in MeetingColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeetingColumn.PLACE, QHeaderView.ResizeMode.Stretch)
        table.sortByColumn(MeetingColumn.DATE, Qt.SortOrder.DescendingOrder)
        self._fill_phase_filter()

        self.ui.phaseFilterCombo.currentIndexChanged.connect(self._filter_changed)
        self.ui.addButton.clicked.connect(self.add_meeting)
        self.ui.editButton.clicked.connect(self.edit_meeting)
        self.ui.removeButton.clicked.connect(self.remove_meeting)
        table.activated.connect(self.edit_meeting)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.layoutChanged.connect(self._update_buttons)

        add = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self.add_meeting)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_meeting)

        self.setFocusProxy(table)
        self._show_totals()
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        if self.campaign_id is None:
            return
        try:
            meetings = list_meetings(self.context.database, self.campaign_id)
            self.current_phase = get_summary(self.context.database, self.campaign_id).phase
        except DomainError as error:
            self.report(error)
            return
        self.model.set_meetings(meetings)
        self._show_totals()
        self._update_buttons()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.current_phase = None
        self.model.set_meetings([])
        self._show_totals()

    # -- actions -------------------------------------------------------------------------
    def add_meeting(self) -> None:
        if self.campaign_id is None or self.dialog is not None:
            return
        self._open(
            MeetingDialog(
                self.context.database, self.campaign_id, phase=self.current_phase, parent=self
            )
        )

    def edit_meeting(self) -> None:
        meeting = self.current_meeting()
        if self.campaign_id is None or meeting is None or self.dialog is not None:
            return
        self._open(MeetingDialog(self.context.database, self.campaign_id, meeting, parent=self))

    def remove_meeting(self) -> None:
        meeting = self.current_meeting()
        if self.campaign_id is None or meeting is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove a meeting"),
            self.tr("Remove the meeting “{kind}” of {date}? This cannot be undone.").format(
                kind=kind_label(meeting.kind), date=format_date(meeting.held_on)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_meeting(self.context.database, meeting.id)
        except DomainError as error:
            self.report(error)
            return
        self.load()
        self.changed.emit(self.campaign_id)

    # -- helpers -------------------------------------------------------------------------
    def current_meeting(self) -> MeetingView | None:
        index = self.ui.tableView.currentIndex()
        if not index.isValid() or not self.ui.tableView.selectionModel().hasSelection():
            return None
        return self.model.meeting_at(self.proxy.mapToSource(index).row())

    def _open(self, dialog: MeetingDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        saved = dialog.saved if result == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if saved is None or self.campaign_id is None:
            return
        self.load()
        self._select(saved.id)
        self.ui.tableView.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit(self.campaign_id)

    def _select(self, meeting_id: int) -> None:
        for row in range(self.model.rowCount()):
            meeting = self.model.meeting_at(row)
            if meeting is not None and meeting.id == meeting_id:
                index = self.proxy.mapFromSource(self.model.index(row, MeetingColumn.DATE))
                if index.isValid():
                    self.ui.tableView.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                return

    def _fill_phase_filter(self) -> None:
        combo = self.ui.phaseFilterCombo
        current = combo.currentData() or 0
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All phases"), 0)
        for phase in Phase:
            combo.addItem(phase.label, int(phase))
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _filter_changed(self) -> None:
        self.proxy.set_phase(int(self.ui.phaseFilterCombo.currentData() or 0))
        self._show_totals()
        self._update_buttons()

    def _show_totals(self) -> None:
        """Totals of the meetings shown (the phase filter applies)."""
        shown = self.proxy.visible_meetings()
        participants = sum(meeting.participants for meeting in shown)
        if len(shown) == 1:
            meetings = self.tr("1 meeting")
        else:
            meetings = self.tr("{count} meetings").format(count=len(shown))
        if participants == 1:
            people = self.tr("1 participant")
        else:
            people = self.tr("{count} participants").format(count=participants)
        self.ui.totalsLabel.setText(f"{meetings} · {people}")

    def _update_buttons(self) -> None:
        selected = self.current_meeting() is not None
        self.ui.addButton.setEnabled(self.campaign_id is not None)
        self.ui.editButton.setEnabled(selected)
        self.ui.removeButton.setEnabled(selected)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_phase_filter()
            self.model.set_meetings(self.model.meetings())
            self._show_totals()
        super().changeEvent(event)
