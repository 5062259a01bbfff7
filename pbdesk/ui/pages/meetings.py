"""Meetings (rencontres): the documented work of reaching residents, phase by phase."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

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
from pbdesk.ui.pages import RecordListPage
from pbdesk.workspace.campaigns import get_summary
from pbdesk.workspace.meetings import delete_meeting, list_meetings
from pbdesk.workspace.views import MeetingView


class MeetingsPage(RecordListPage[MeetingView]):
    """Every door-to-door round, stand, workshop or meeting, with its head count.

    Signals: ``changed(int)`` after a meeting is added, edited or removed.
    """

    ui: Ui_MeetingsPage
    model: MeetingsModel
    proxy: MeetingsFilterProxy

    # The page's own names for the actions, as callers and tests know them.
    add_meeting = RecordListPage.add_record
    edit_meeting = RecordListPage.edit_record
    remove_meeting = RecordListPage.remove_record
    current_meeting = RecordListPage.current_record

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_MeetingsPage()
        self.ui.setupUi(self)
        #: The campaign's current phase: the default phase of a new meeting.
        self.current_phase: Phase | None = None
        self.model = MeetingsModel(self)
        self.proxy = MeetingsFilterProxy(self)
        self._set_up_list()
        table = self.ui.tableView
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in MeetingColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeetingColumn.PLACE, QHeaderView.ResizeMode.Stretch)
        table.sortByColumn(MeetingColumn.DATE, Qt.SortOrder.DescendingOrder)
        self._fill_phase_filter()

        self.ui.phaseFilterCombo.currentIndexChanged.connect(self._filter_changed)
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
    def record_dialog(self, campaign_id: int, meeting: MeetingView | None) -> MeetingDialog:
        # The phase only preselects the phase of a new meeting.
        return MeetingDialog(
            self.context.database, campaign_id, meeting, phase=self.current_phase, parent=self
        )

    def removal_question(self, meeting: MeetingView) -> tuple[str, str]:
        return (
            self.tr("Remove a meeting"),
            self.tr("Remove the meeting “{kind}” of {date}? This cannot be undone.").format(
                kind=kind_label(meeting.kind), date=format_date(meeting.held_on)
            ),
        )

    def delete_record(self, meeting: MeetingView) -> None:
        delete_meeting(self.context.database, meeting.id)

    # -- helpers -------------------------------------------------------------------------
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_phase_filter()
            self.model.set_meetings(self.model.meetings())
            self._show_totals()
        super().changeEvent(event)
