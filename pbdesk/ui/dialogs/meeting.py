"""Recording or editing one meeting (rencontre) with its anonymous head count."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QSpinBox, QWidget

from pbdesk.domain.people import MeetingInput, MeetingKind
from pbdesk.domain.phases import Phase
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.fields import fit_height, from_qdate, to_qdate
from pbdesk.ui.forms.ui_meeting_dialog import Ui_MeetingDialog
from pbdesk.workspace.meetings import save_meeting
from pbdesk.workspace.views import MeetingView

#: A breakdown spin box at its minimum shows "—": the figure was not recorded.
NOT_RECORDED = -1


class MeetingDialog(RecordDialog[MeetingView]):
    """Edits a meeting and saves it on OK through the workspace; errors stay in the dialog.

    After ``accepted``, ``saved`` holds the stored meeting.
    """

    ui: Ui_MeetingDialog

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        meeting: MeetingView | None = None,
        phase: Phase | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Ui_MeetingDialog(), database, campaign_id, meeting, parent)
        ui = self.ui
        for kind in MeetingKind:
            ui.kindCombo.addItem(kind.label, kind.value)
        for each in Phase:
            ui.phaseCombo.addItem(each.label, int(each))
        #: The optional breakdown, by the field names of ``MeetingInput``.
        self.count_spins: dict[str, QSpinBox] = {
            "women": ui.womenSpin,
            "men": ui.menSpin,
            "age_under_18": ui.ageUnder18Spin,
            "age_18_29": ui.age18To29Spin,
            "age_30_59": ui.age30To59Spin,
            "age_60_plus": ui.age60PlusSpin,
        }
        self.error_labels = {
            "participants": ui.participantsError,
            "women": ui.womenError,
            "men": ui.menError,
            "age_under_18": ui.ageUnder18Error,
            "age_18_29": ui.age18To29Error,
            "age_30_59": ui.age30To59Error,
            "age_60_plus": ui.age60PlusError,
        }
        self.fields = {"participants": ui.participantsSpin, **self.count_spins}
        for spin in self.count_spins.values():
            spin.setToolTip(self.tr("Leave “—” if you did not count."))
        if meeting is None:
            self.setWindowTitle(self.tr("New meeting"))
            ui.dateEdit.setDate(QDate.currentDate())
            self._select_phase(phase if phase is not None else Phase.OUTREACH)
        else:
            self.setWindowTitle(self.tr("Edit a meeting"))
            self._fill(meeting)
        ui.dateEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    def _select_phase(self, phase: Phase) -> None:
        self.ui.phaseCombo.setCurrentIndex(max(self.ui.phaseCombo.findData(int(phase)), 0))

    def _fill(self, meeting: MeetingView) -> None:
        ui = self.ui
        ui.dateEdit.setDate(to_qdate(meeting.held_on))
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(meeting.kind), 0))
        self._select_phase(meeting.phase)
        ui.placeEdit.setText(meeting.place)
        ui.participantsSpin.setValue(meeting.participants)
        for name, spin in self.count_spins.items():
            value = getattr(meeting, name)
            spin.setValue(NOT_RECORDED if value is None else value)
        ui.notesEdit.setPlainText(meeting.notes)

    def meeting_input(self) -> MeetingInput:
        ui = self.ui
        counts = {
            name: (None if spin.value() <= NOT_RECORDED else spin.value())
            for name, spin in self.count_spins.items()
        }
        return MeetingInput(
            held_on=from_qdate(ui.dateEdit.date()),
            kind=MeetingKind(ui.kindCombo.currentData()),
            phase=Phase(ui.phaseCombo.currentData()),
            place=ui.placeEdit.text(),
            participants=ui.participantsSpin.value(),
            notes=ui.notesEdit.toPlainText(),
            **counts,
        )

    def store(self) -> MeetingView:
        return save_meeting(self.database, self.campaign_id, self.meeting_input(), self.record_id)
