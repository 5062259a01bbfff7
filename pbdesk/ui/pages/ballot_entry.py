"""Dépouillement — saisie: entry sessions and the keyboard-only ballot entry screen.

An operator opens an entry for a stack of a station's ballots, then types each ballot on
one line (``3 7 12`` Enter): a valid ballot is stored at once, the line is cleared and the
focus stays; blank and spoilt ballots are stored as such with the reason said; an unknown
code stores nothing, keeps the line and selects the code to fix. Ctrl+Z takes back the
last ballot, Ctrl+E corrects one by its number, Ctrl+I inserts one, Ctrl+Del removes one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.vote import BallotKind, BallotStatus, Outcome, decode_choices, normalize_code
from pbdesk.ui.context import AppContext
from pbdesk.ui.forms.ui_ballot_entry_page import Ui_BallotEntryPage
from pbdesk.ui.forms.ui_ballot_fix_dialog import Ui_BallotFixDialog
from pbdesk.ui.models.vote_desk import (
    BallotColumn,
    BallotsModel,
    EntriesModel,
    ProjectVotes,
    ProjectVotesColumn,
    ProjectVotesModel,
)
from pbdesk.ui.pages import CampaignPage
from pbdesk.workspace.ballot_codes import BallotCodeView, list_codes
from pbdesk.workspace.ballots import (
    BallotView,
    EntryOutcome,
    EntrySessionView,
    close_entry,
    correct,
    delete_ballot,
    enter_ballot,
    insert_ballot,
    list_ballots,
    list_entries,
    open_entry,
    reopen_entry,
    undo_last,
)
from pbdesk.workspace.polling_stations import list_stations
from pbdesk.workspace.vote import get_settings

#: How the status line looks for each verdict (and for a line to type again).
STATUS_STYLES = {
    Outcome.VALID: "color: #1b5e20; background: #e8f5e9;",
    Outcome.BLANK: "color: #0d47a1; background: #e3f2fd;",
    Outcome.NUL: "color: #8a3b00; background: #fff3e0;",
    Outcome.ASK_AGAIN: "color: #ffffff; background: #b00020;",
}
STATUS_BASE = "font-size: 15pt; font-weight: 600; padding: 4px 8px; border-radius: 4px;"
LINE_STYLE = "font-size: 16pt; padding: 4px;"
LINE_ERROR_STYLE = LINE_STYLE + " border: 2px solid #b00020;"
#: The items of a typed line (the separators are those of ``pbdesk.domain.vote``).
_ITEM = re.compile(r"[^\s,;+.]+")
#: Wait this long after the last ballot before re-reading the lists (typing stays fast).
REFRESH_DELAY_MS = 150


def unknown_span(text: str, unknown: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the first unknown code is in the typed line: (start, length)."""
    wanted = set(unknown)
    for match in _ITEM.finditer(text):
        code = re.split(r"[:=]", match.group(0), maxsplit=1)[0]
        if normalize_code(code) in wanted:
            return match.start(), len(code)
    return None


def project_votes(codes: list[BallotCodeView], ballots: list[BallotView]) -> list[ProjectVotes]:
    """Each project on the ballot with the valid ballots that name it."""
    named: Counter[str] = Counter()
    for ballot in ballots:
        if ballot.status is BallotStatus.VALID:
            named.update(decode_choices(ballot.shown)[0])
    return [ProjectVotes(code.code, code.title, named[code.code]) for code in codes]


class BallotFixDialog(QDialog):
    """Asks for a ballot's number (and what it says) and applies ``action`` on OK; a line
    to type again or a refusal is said in the dialog, which stays open.

    ``action(number, text)`` returns the entry outcome (None when nothing is read).
    """

    def __init__(
        self,
        title: str,
        explanation: str,
        number: int,
        action: Callable[[int, str], EntryOutcome | None],
        *,
        with_content: bool = True,
        typed: Callable[[int], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BallotFixDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.explanationLabel.setText(explanation)
        #: What ballot n says now (to start a correction from it), when known.
        self._typed = typed
        self.ui.numberSpin.valueChanged.connect(self._fill_content)
        self.ui.numberSpin.setValue(max(number, 1))
        self._fill_content()
        self.ui.contentLabel.setVisible(with_content)
        self.ui.contentEdit.setVisible(with_content)
        self._action = action
        #: What the action returned once it succeeded.
        self.outcome: EntryOutcome | None = None
        self.ui.buttonBox.accepted.connect(self.apply)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.numberSpin.selectAll()
        self.ui.numberSpin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_content(self) -> None:
        if self._typed is None:
            return
        text = self._typed(self.ui.numberSpin.value())
        if text is not None:
            self.ui.contentEdit.setText(text)

    def apply(self) -> None:
        try:
            outcome = self._action(self.ui.numberSpin.value(), self.ui.contentEdit.text())
        except DomainError as error:
            self.ui.generalError.say(error.message)
            return
        if outcome is not None and not outcome.stored:
            self.ui.generalError.say(outcome.message)
            span = unknown_span(self.ui.contentEdit.text(), outcome.unknown)
            if span is not None:
                self.ui.contentEdit.setSelection(*span)
            self.ui.contentEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.outcome = outcome
        self.accept()


class BallotEntryPage(CampaignPage):
    """Dépouillement — saisie (phase 8): the entries of the campaign's stacks of ballots
    and the entry screen of one open entry.

    Signals: ``changed(int)`` after an entry is opened, closed or reopened, and when the
    operator leaves an entry screen where ballots changed (not after every ballot, so that
    typing is never interrupted).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_BallotEntryPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.entries_model = EntriesModel(self)
        self.ballots_model = BallotsModel(self)
        self.projects_model = ProjectVotesModel(self)
        ui.entriesView.setModel(self.entries_model)
        ui.ballotsView.setModel(self.ballots_model)
        ui.projectsView.setModel(self.projects_model)
        for view in (ui.entriesView, ui.ballotsView, ui.projectsView):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        ui.ballotsView.setColumnWidth(BallotColumn.BALLOT, 180)
        ui.projectsView.horizontalHeader().setSectionResizeMode(
            ProjectVotesColumn.TITLE, QHeaderView.ResizeMode.Stretch
        )
        #: The entry on the entry screen (None on the list).
        self.session: EntrySessionView | None = None
        self.dialog: BallotFixDialog | None = None
        self._codes: list[BallotCodeView] = []
        self._kind = BallotKind.APPROVAL
        self._counts: Counter[BallotStatus] = Counter()
        self._last_sequence = 0
        self._dirty = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._reload_ballots)

        ui.entriesView.activated.connect(self.resume_entry)
        ui.resumeButton.clicked.connect(self.resume_entry)
        ui.closeButton.clicked.connect(self.close_selected)
        ui.reopenButton.clicked.connect(self.reopen_selected)
        ui.openButton.clicked.connect(self.open_new_entry)
        ui.operatorEdit.returnPressed.connect(self.open_new_entry)
        ui.stackEdit.returnPressed.connect(self.open_new_entry)
        ui.ballotEdit.returnPressed.connect(self.enter_line)
        ui.ballotEdit.textEdited.connect(self._line_edited)
        ui.undoButton.clicked.connect(self.undo_last_ballot)
        ui.correctButton.clicked.connect(lambda: self.correct_ballot())
        ui.ballotsView.activated.connect(self._correct_activated)
        ui.insertButton.clicked.connect(self.insert_missing_ballot)
        ui.deleteButton.clicked.connect(self.delete_ballot_by_number)
        ui.backButton.clicked.connect(self.back_to_list)
        ui.entriesView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.entries_model.modelReset.connect(self._update_buttons)

        # Keys of the entry screen: the line edit would take Ctrl+Z and Ctrl+E itself.
        self._keys: list[tuple[QKeySequence, Callable[[], None]]] = [
            (QKeySequence("Ctrl+Z"), self.undo_last_ballot),
            (QKeySequence("Ctrl+E"), lambda: self.correct_ballot()),
            (QKeySequence("Ctrl+I"), self.insert_missing_ballot),
            (QKeySequence("Ctrl+Del"), self.delete_ballot_by_number),
        ]
        for sequence, slot in self._keys:
            shortcut = QShortcut(sequence, ui.entryScreen)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.entryScreen)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_to_list)
        ui.ballotEdit.installEventFilter(self)
        ui.ballotEdit.setStyleSheet(LINE_STYLE)
        self._say("", None)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        if self.campaign_id is None:
            return
        database = self.context.database
        try:
            stations = list_stations(database, self.campaign_id)
            entries = list_entries(database, self.campaign_id)
            self._codes = list_codes(database, self.campaign_id)
            self._kind = get_settings(database, self.campaign_id).settings.ballot_kind
        except DomainError as error:
            self.report(error)
            return
        combo = self.ui.stationCombo
        current = combo.currentData()
        combo.clear()
        for station in stations:
            combo.addItem(station.name, station.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        self.entries_model.set_rows(entries)
        self.ui.entriesView.resizeColumnsToContents()
        if not self.ui.operatorEdit.text():
            self.ui.operatorEdit.setText(self.context.author())
        if stations:
            self._say_on_list("")
        else:
            self._say_on_list(self.tr("Add the polling stations first (settings of the vote)."))
        if self.session is not None:
            still = next((e for e in entries if e.id == self.session.id), None)
            if still is None or still.closed_at is not None:
                self._show_list()
            else:
                self._show_entry(still)

    def show_campaign(self, campaign_id: int) -> None:
        if campaign_id != self.campaign_id:
            self.session = None
            self._show_list()
        super().show_campaign(campaign_id)

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.session = None
        self.entries_model.set_rows([])
        self._show_list()

    # -- the list of entries ---------------------------------------------------------------
    def selected_entry(self) -> EntrySessionView | None:
        view = self.ui.entriesView
        if not view.selectionModel().hasSelection():
            return None
        return self.entries_model.row_at_index(view.currentIndex())

    def open_new_entry(self) -> None:
        if self.campaign_id is None:
            return
        station_id = self.ui.stationCombo.currentData()
        operator = " ".join(self.ui.operatorEdit.text().split())
        if station_id is None:
            self._say_on_list(self.tr("Choose the polling station."), error=True)
            self.ui.stationCombo.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not operator:
            self._say_on_list(self.tr("Type the operator's name."), error=True)
            self.ui.operatorEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            entry = open_entry(
                self.context.database,
                station_id,
                operator,
                self.context.author(),
                stack_label=self.ui.stackEdit.text(),
            )
        except DomainError as error:
            self.report(error)
            return
        self.load()
        self._show_entry(entry)
        self.changed.emit(self.campaign_id)

    def resume_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if entry.closed_at is not None:
            self._say_on_list(
                self.tr("This entry is closed; reopen it to go on typing."), error=True
            )
            return
        self._show_entry(entry)

    def close_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.closed_at is not None or self.campaign_id is None:
            return
        question = self.tr(
            "Close entry {label} of «{station}» with {count} ballots? Reopening it later "
            "needs a reason for the journal."
        ).format(label=entry.pass_label, station=entry.station_name, count=entry.ballots)
        if not self.confirm(self.tr("Close an entry"), question):
            return
        try:
            close_entry(self.context.database, entry.id, self.context.author())
        except DomainError as error:
            self.report(error)
            return
        self.load()
        self._say_on_list(self.tr("Entry {label} closed.").format(label=entry.pass_label))
        self.changed.emit(self.campaign_id)

    def reopen_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.closed_at is None or self.campaign_id is None:
            return
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Reopen an entry"),
            self.tr("Why is entry {label} of «{station}» reopened?").format(
                label=entry.pass_label, station=entry.station_name
            ),
        )
        if not accepted:
            return
        try:
            reopen_entry(self.context.database, entry.id, reason, self.context.author())
        except DomainError as error:
            self.report(error)
            return
        self.load()
        self._say_on_list(self.tr("Entry {label} reopened.").format(label=entry.pass_label))
        self.changed.emit(self.campaign_id)

    # -- the entry screen ----------------------------------------------------------------
    def enter_line(self) -> None:
        """Read the typed line as the next ballot: stored and cleared, or kept to fix."""
        if self.session is None:
            return
        line = self.ui.ballotEdit
        text = line.text()
        try:
            outcome = enter_ballot(
                self.context.database, self.session.id, text, self.context.author()
            )
        except DomainError as error:
            self._say(error.message, Outcome.ASK_AGAIN)
            return
        if outcome.sequence is None:
            self._say(outcome.message, Outcome.ASK_AGAIN)
            line.setStyleSheet(LINE_ERROR_STYLE)
            span = unknown_span(text, outcome.unknown)
            if span is not None:
                line.setSelection(*span)
            return
        line.clear()
        line.setStyleSheet(LINE_STYLE)
        self._dirty = True
        self._counts[BallotStatus(outcome.outcome.value)] += 1
        self._last_sequence = max(self._last_sequence, outcome.sequence)
        self._say(
            self.tr("No. {sequence} — {message}").format(
                sequence=outcome.sequence, message=outcome.message
            ),
            outcome.outcome,
        )
        self._show_counters()
        self._refresh_timer.start()

    def undo_last_ballot(self) -> None:
        if self.session is None or self.dialog is not None:
            return
        try:
            taken = undo_last(self.context.database, self.session.id, self.context.author())
        except DomainError as error:
            self._say(error.message, Outcome.ASK_AGAIN)
            return
        if taken is None:
            self._say(self.tr("There is no ballot to take back."), Outcome.ASK_AGAIN)
            return
        self._dirty = True
        self._reload_ballots()
        self._say(
            self.tr("Ballot no. {sequence} taken back.").format(sequence=taken.sequence),
            Outcome.BLANK,
        )

    def correct_ballot(self, number: int | None = None) -> None:
        """Ask for a ballot's number (the last one by default) and what it really says."""
        session = self.session
        if session is None:
            return
        author = self.context.author()
        self._open_fix(
            self.tr("Correct a ballot"),
            self.tr("Type the number of the ballot and what the paper really says."),
            lambda number, text: correct(self.context.database, session.id, number, text, author),
            self.tr("Ballot no. {sequence} corrected."),
            number=number,
            typed=self._typed_at,
        )

    def _correct_activated(self, index: QModelIndex) -> None:
        ballot = self.ballots_model.row_at_index(index)
        if ballot is not None:
            self.correct_ballot(ballot.sequence)

    def _typed_at(self, sequence: int) -> str | None:
        """What ballot ``sequence`` of the entry on screen was typed as (None: no such one)."""
        ballot = next((b for b in self.ballots_model.rows() if b.sequence == sequence), None)
        return ballot.typed if ballot is not None else None

    def insert_missing_ballot(self) -> None:
        session = self.session
        if session is None:
            return
        author = self.context.author()
        self._open_fix(
            self.tr("Insert a skipped ballot"),
            self.tr("The ballot gets this number and the ballots from this number on move up one."),
            lambda number, text: insert_ballot(
                self.context.database, session.id, number, text, author
            ),
            self.tr("Ballot inserted at no. {sequence}."),
            number=self._last_sequence + 1,
        )

    def delete_ballot_by_number(self) -> None:
        session = self.session
        if session is None:
            return
        author = self.context.author()

        def remove(number: int, _text: str) -> None:
            delete_ballot(self.context.database, session.id, number, author)

        self._open_fix(
            self.tr("Remove a ballot"),
            self.tr(
                "Remove a ballot typed twice: the ballots after it move down one. "
                "The removal is written in the journal."
            ),
            remove,
            self.tr("Ballot removed; the next ones moved down one."),
            with_content=False,
        )

    def back_to_list(self) -> None:
        if self.dialog is not None:
            return
        changed = self._dirty
        self._refresh_timer.stop()
        self.session = None
        self.load()
        self._show_list()
        if changed and self.campaign_id is not None:
            self.changed.emit(self.campaign_id)

    # -- helpers -------------------------------------------------------------------------
    def _open_fix(
        self,
        title: str,
        explanation: str,
        action: Callable[[int, str], EntryOutcome | None],
        done: str,
        *,
        number: int | None = None,
        with_content: bool = True,
        typed: Callable[[int], str | None] | None = None,
    ) -> None:
        if self.dialog is not None:
            return
        self._refresh_timer.stop()
        self._reload_ballots()
        dialog = BallotFixDialog(
            title,
            explanation,
            number if number is not None else max(self._last_sequence, 1),
            action,
            with_content=with_content,
            typed=typed,
            parent=self,
        )
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._dirty = True
                self._reload_ballots()
                self._say(done.format(sequence=dialog.ui.numberSpin.value()), Outcome.VALID)
            self.ui.ballotEdit.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(finished)
        dialog.open()

    def _show_list(self) -> None:
        self.ui.screens.setCurrentWidget(self.ui.listScreen)
        self._update_buttons()

    def _show_entry(self, entry: EntrySessionView) -> None:
        changing = self.session is None or self.session.id != entry.id
        self.session = entry
        where = entry.station_name
        if entry.stack_label:
            where = self.tr("{station}, stack {stack}").format(
                station=entry.station_name, stack=entry.stack_label
            )
        self.ui.sessionLabel.setText(
            self.tr("Entry {label} — {where} — operator: {operator}").format(
                label=entry.pass_label, where=where, operator=entry.operator
            )
        )
        self.ui.hintLabel.setText(self._hint())
        if changing:
            self._dirty = False
            self.ui.ballotEdit.clear()
            self.ui.ballotEdit.setStyleSheet(LINE_STYLE)
            self._say("", None)
        self._reload_ballots()
        self.ui.screens.setCurrentWidget(self.ui.entryScreen)
        self.ui.ballotEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _hint(self) -> str:
        if self._kind is BallotKind.POINTS:
            first = self.tr("Type code:points for each project (3:2 7:1), then Enter.")
        elif self._kind is BallotKind.RANKED:
            first = self.tr("Type the codes in the order of preference (3 7 12), then Enter.")
        else:
            first = self.tr("Type the codes of the ballot (3 7 12), then Enter.")
        return " ".join(
            (
                first,
                self.tr(
                    "An empty line is a blank ballot; start with * for a ballot you judge "
                    "spoilt (torn, signed…)."
                ),
            )
        )

    def _reload_ballots(self) -> None:
        """Re-read the entry's ballots: the list, the counters and the projects' votes."""
        self._refresh_timer.stop()
        if self.session is None:
            return
        try:
            ballots = list_ballots(self.context.database, self.session.id)
        except DomainError as error:
            self._say(error.message, Outcome.ASK_AGAIN)
            return
        self.ballots_model.set_rows(ballots)
        self._counts = Counter(ballot.status for ballot in ballots)
        self._last_sequence = ballots[-1].sequence if ballots else 0
        self.projects_model.set_rows(project_votes(self._codes, ballots))
        view = self.ui.ballotsView
        view.resizeColumnToContents(BallotColumn.SEQUENCE)
        if ballots:
            view.scrollTo(self.ballots_model.index(len(ballots) - 1, 0))
        self.ui.projectsView.resizeColumnToContents(ProjectVotesColumn.CODE)
        self.ui.projectsView.resizeColumnToContents(ProjectVotesColumn.VOTES)
        self._show_counters()

    def _show_counters(self) -> None:
        counts = self._counts
        total = sum(counts.values())
        self.ui.countersLabel.setText(
            self.tr("Ballots: {total} · valid: {valid} · blank: {blank} · spoilt: {nul}").format(
                total=total,
                valid=counts[BallotStatus.VALID],
                blank=counts[BallotStatus.BLANK],
                nul=counts[BallotStatus.NUL],
            )
        )

    def counts(self) -> tuple[int, int, int]:
        """Valid, blank and spoilt ballots on the entry screen's counters."""
        return (
            self._counts[BallotStatus.VALID],
            self._counts[BallotStatus.BLANK],
            self._counts[BallotStatus.NUL],
        )

    def _say(self, message: str, outcome: Outcome | None) -> None:
        label = self.ui.statusLabel
        label.setText(message)
        style = STATUS_STYLES.get(outcome, "") if outcome is not None else ""
        label.setStyleSheet(STATUS_BASE + " " + style if message else "")

    def _say_on_list(self, message: str, *, error: bool = False) -> None:
        label = self.ui.listStatusLabel
        label.setText(message)
        label.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        label.setVisible(bool(message))

    def _line_edited(self) -> None:
        self.ui.ballotEdit.setStyleSheet(LINE_STYLE)

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.ui.resumeButton.setEnabled(entry is not None and entry.closed_at is None)
        self.ui.closeButton.setEnabled(entry is not None and entry.closed_at is None)
        self.ui.reopenButton.setEnabled(entry is not None and entry.closed_at is not None)
        self.ui.openButton.setEnabled(self.campaign_id is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z, Ctrl+E, Ctrl+I and Ctrl+Del act on ballots even in the ballot line."""
        if watched is self.ui.ballotEdit and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            assert isinstance(event, QKeyEvent)
            pressed = QKeySequence(event.keyCombination())
            for sequence, slot in self._keys:
                if pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                    event.accept()
                    if event.type() == QEvent.Type.KeyPress:
                        slot()
                    return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self.session is not None:
                self._show_entry(self.session)
        super().changeEvent(event)
