"""Dépouillement — contrôle: double entries resolved, stations reconciled, hand counts.

Per polling station: its stacks and where their double entry stands; the ballots where
entries A and B differ, side by side, resolved by keeping one side or typing what the paper
says; the ballots against the register's signatures, with the gap explained; or the totals
of a hand count instead of the ballots one by one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QMessageBox, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.direct_count import DirectCountDialog
from pbdesk.ui.forms.ui_count_page import Ui_CountPage
from pbdesk.ui.models.vote_desk import (
    DifferenceColumn,
    DifferencesModel,
    StackColumn,
    StacksModel,
    ballot_text,
)
from pbdesk.ui.pages import CampaignPage
from pbdesk.workspace.ballots import BallotView
from pbdesk.workspace.double_entry import (
    Difference,
    StackComparison,
    StackState,
    compare_entries,
    discard_entry,
    extra_entries,
    list_stacks,
    repair_skip,
    resolve_difference,
)
from pbdesk.workspace.polling_stations import list_stations
from pbdesk.workspace.vote_totals import (
    HAND_COUNT,
    StationFigures,
    reconcile_station,
    remove_direct_count,
    station_figures,
)

OK_STYLE = "color: #1b5e20;"
PROBLEM_STYLE = "color: #b00020;"


class CountPage(CampaignPage):
    """Dépouillement — contrôle (phase 8): double-entry differences, reconciliation of each
    station with the register, hand counts.

    Signals: ``changed(int)`` after a difference is resolved, a skip repaired, a station
    reconciled, or a hand count entered or removed.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CountPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.stacks_model = StacksModel(self)
        self.differences_model = DifferencesModel(self)
        ui.stacksView.setModel(self.stacks_model)
        ui.differencesView.setModel(self.differences_model)
        for view in (ui.stacksView, ui.differencesView):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = ui.differencesView.horizontalHeader()
        header.setSectionResizeMode(DifferenceColumn.ENTRY_A, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DifferenceColumn.ENTRY_B, QHeaderView.ResizeMode.Stretch)
        ui.boxEdit.setValidator(QIntValidator(0, 9_999_999, self))
        self.figures: list[StationFigures] = []
        self.stacks: list[StackState] = []
        self.comparison: StackComparison | None = None
        #: The stack selected in the list.
        self.stack: StackState | None = None
        self.dialog: DirectCountDialog | None = None

        ui.stationCombo.currentIndexChanged.connect(self._show_station)
        ui.stacksView.selectionModel().currentRowChanged.connect(self._show_stack)
        ui.differencesView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.keepAButton.clicked.connect(self.keep_a)
        ui.keepBButton.clicked.connect(self.keep_b)
        ui.correctButton.clicked.connect(self.correct_difference)
        ui.repairButton.clicked.connect(self.repair)
        ui.discardButton.clicked.connect(self.discard)
        ui.reconcileButton.clicked.connect(self.reconcile)
        ui.remarkEdit.returnPressed.connect(self.reconcile)
        ui.handButton.clicked.connect(self.enter_hand_count)
        ui.removeHandButton.clicked.connect(self.remove_hand_count)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        if self.campaign_id is None:
            return
        database = self.context.database
        try:
            stations = list_stations(database, self.campaign_id)
            self.figures = station_figures(database, self.campaign_id)
            self.stacks = list_stacks(database, self.campaign_id)
        except DomainError as error:
            # Typically: no vote settings yet. Said on the page, not in a box at each visit.
            self.figures, self.stacks = [], []
            self.ui.stationCombo.clear()
            self._show_station()
            self.ui.methodLabel.setText(error.message)
            self.ui.methodLabel.setStyleSheet(PROBLEM_STYLE)
            return
        self.ui.methodLabel.setStyleSheet("")
        combo = self.ui.stationCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for station in stations:
            combo.addItem(station.name, station.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self._show_station()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.figures, self.stacks, self.comparison, self.stack = [], [], None, None
        self.stacks_model.set_rows([])
        self.differences_model.set_rows([])

    def station_id(self) -> int | None:
        value = self.ui.stationCombo.currentData()
        return int(value) if value is not None else None

    def station(self) -> StationFigures | None:
        station_id = self.station_id()
        return next((f for f in self.figures if f.station_id == station_id), None)

    def _show_station(self) -> None:
        station_id = self.station_id()
        shown = self.comparison.stack_id if self.comparison else None
        stacks = [s for s in self.stacks if s.station_id == station_id]
        self.stacks_model.set_rows(stacks)
        self.ui.stacksView.resizeColumnsToContents()
        row = next((i for i, s in enumerate(stacks) if s.stack_id == shown), None)
        if row is None:  # the first stack whose entries differ, else the first one
            row = next((i for i, s in enumerate(stacks) if len(s.passes) > 1 and s.problem), 0)
        if stacks:
            self.ui.stacksView.selectionModel().setCurrentIndex(
                self.stacks_model.index(row, StackColumn.STACK),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.stack = None
            self._show_comparison(None)
        self._show_figures()

    def _show_stack(self) -> None:
        stack = self.stacks_model.row_at_index(self.ui.stacksView.currentIndex())
        self.stack = stack
        if stack is None:
            self._show_comparison(None)
            return
        try:
            comparison = compare_entries(self.context.database, stack.stack_id)
        except DomainError as error:
            self.report(error)
            return
        self._show_comparison(comparison)

    def _show_comparison(self, comparison: StackComparison | None) -> None:
        self.comparison = comparison
        self.differences_model.set_rows(comparison.differences if comparison else [])
        self.ui.differencesView.resizeColumnToContents(DifferenceColumn.SEQUENCE)
        if comparison is None:
            hint = ""
        elif comparison.a is None or comparison.b is None:
            hint = self.tr("This stack has one entry: nothing to compare.")
        elif comparison.agreed:
            hint = self.tr("Entries A and B agree on all {count} ballots.").format(
                count=comparison.a.ballots
            )
        else:
            hint = self.tr(
                "{count} ballots differ. Take the paper ballot with that number and keep the "
                "entry that matches it, or type what it says."
            ).format(count=len(comparison.differences))
            if comparison.hint:
                hint += " " + comparison.hint
        stack = self.stack
        if comparison is not None and stack is not None and len(stack.passes) > 2:
            # Two laptops both typed the second entry: say so before any comparison.
            hint = self.tr(
                "This stack was entered {count} times ({labels}): keep the two entries that "
                "match the paper ballots and set the others aside."
            ).format(count=len(stack.passes), labels=", ".join(stack.passes))
        self.ui.hintLabel.setText(hint)
        self.ui.hintLabel.setStyleSheet(
            PROBLEM_STYLE
            if comparison is not None and (comparison.differences or self._entered_too_often())
            else ""
        )
        if comparison is not None and comparison.differences:
            self.ui.differencesView.selectRow(0)
        self._update_buttons()

    def _show_figures(self) -> None:
        ui = self.ui
        line = self.station()
        if line is None:
            ui.figuresLabel.setText("")
            ui.methodLabel.setText("")
            ui.reconcileStateLabel.setText("")
            ui.handLabel.setText("")
            self._update_buttons()
            return
        text = self.tr(
            "Signatures: {signatures} (of which {proxies} by proxy) · ballots: {ballots} "
            "(valid {valid}, blank {blank}, spoilt {nul}) · gap: {gap}"
        ).format(
            signatures=line.signatures,
            proxies=line.proxies,
            ballots=line.ballots,
            valid=line.valid,
            blank=line.blank,
            nul=line.nul,
            gap=f"{line.gap:+d}".replace("-", "\N{MINUS SIGN}") if line.gap else "0",
        )
        if line.pending:
            text += "\n" + "\n".join(line.pending)
        ui.figuresLabel.setText(text)
        ui.boxEdit.setText("" if line.box_count is None else str(line.box_count))
        ui.remarkEdit.setText(line.remark)
        if line.pending:
            state, style = self.tr("Not official yet: finish the entries first."), PROBLEM_STYLE
        elif line.reconciled:
            state, style = self.tr("Reconciliation recorded; it matches the figures."), OK_STYLE
        else:
            state, style = (
                self.tr("Reconciliation to record (not done yet, or the figures changed since)."),
                PROBLEM_STYLE,
            )
        ui.reconcileStateLabel.setText(state)
        ui.reconcileStateLabel.setStyleSheet(style)
        if line.method == HAND_COUNT:
            ui.methodLabel.setText(self.tr("Counted by hand: totals entered."))
            ui.handLabel.setText(
                self.tr("Hand count entered: {valid} valid, {blank} blank, {nul} spoilt.").format(
                    valid=line.valid, blank=line.blank, nul=line.nul
                )
            )
        elif line.method:
            ui.methodLabel.setText(self.tr("Ballots entered one by one."))
            ui.handLabel.setText(
                self.tr("The ballots of this station are entered one by one: no hand count.")
            )
        else:
            ui.methodLabel.setText(self.tr("Nothing entered yet."))
            ui.handLabel.setText(
                self.tr("If the station counted by hand, type its totals instead of its ballots.")
            )
        self._update_buttons()

    # -- double entry --------------------------------------------------------------------
    def current_difference(self) -> Difference | None:
        view = self.ui.differencesView
        if not view.selectionModel().hasSelection():
            return None
        return self.differences_model.row_at_index(view.currentIndex())

    def keep_a(self) -> None:
        difference = self.current_difference()
        if difference is not None:
            self._resolve(difference.sequence, self._typed(difference.a))

    def keep_b(self) -> None:
        difference = self.current_difference()
        if difference is not None:
            self._resolve(difference.sequence, self._typed(difference.b))

    def correct_difference(self) -> None:
        difference = self.current_difference()
        if difference is None:
            return
        text, accepted = QInputDialog.getText(
            self,
            self.tr("What the paper ballot says"),
            self.tr(
                "Type paper ballot no. {sequence} as it is (codes; empty for blank; * for spoilt):"
            ).format(sequence=difference.sequence),
            text=self._typed(difference.a) or "",
        )
        if accepted:
            self._resolve(difference.sequence, text)

    @staticmethod
    def _typed(ballot: BallotView | None) -> str | None:
        """What to type again to get ``ballot`` (None: that entry has no such ballot)."""
        return ballot.typed if ballot is not None else None

    def _resolve(self, sequence: int, typed: str | None) -> None:
        comparison = self.comparison
        if comparison is None or self.campaign_id is None:
            return
        try:
            outcome = resolve_difference(
                self.context.database,
                comparison.stack_id,
                sequence,
                typed,
                self.context.author(),
            )
        except DomainError as error:
            self.report(error)
            return
        if outcome is not None and not outcome.stored:
            QMessageBox.warning(self, self.tr("pbdesk"), outcome.message)
            return
        self._changed()

    def repair(self) -> None:
        comparison = self.comparison
        if comparison is None or comparison.skipped is None:
            return
        try:
            repair_skip(self.context.database, comparison.stack_id, self.context.author())
        except DomainError as error:
            self.report(error)
            return
        self._changed()

    def _entered_too_often(self) -> bool:
        return self.stack is not None and len(self.stack.passes) > 2

    def discard(self) -> None:
        """The stack was entered more than twice (merged laptops): choose the entry that does
        not count, say why, and set it aside; once two are left they become A and B."""
        stack = self.stack
        if stack is None or not self._entered_too_often():
            return
        try:
            choices = extra_entries(self.context.database, stack.stack_id)
        except DomainError as error:
            self.report(error)
            return
        items = []
        for choice in choices:
            entry = choice.entry
            against = ", ".join(
                self.tr("{count} with {label}").format(count=count, label=label)
                for label, count in choice.differences
            )
            items.append(
                self.tr(
                    "Entry {label} — {operator} — ballots: {ballots} — differs: {against}"
                ).format(
                    label=entry.pass_label,
                    operator=entry.operator or "—",
                    ballots=entry.ballots,
                    against=against,
                )
            )
        # Offered first: the entry that disagrees most with the others, the likely mistake.
        suggested = max(
            range(len(choices)),
            key=lambda index: sum(count for _label, count in choices[index].differences),
        )
        item, accepted = QInputDialog.getItem(
            self,
            self.tr("Discard an entry"),
            self.tr(
                "This stack was entered {count} times. Which entry should not count? "
                "(Ballots that differ, counted against each other entry. The entry set aside "
                "is kept apart and no longer counts.)"
            ).format(count=len(choices)),
            items,
            suggested,
            False,
        )
        if not accepted or item not in items:
            return
        chosen = choices[items.index(item)].entry
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Discard an entry"),
            self.tr("Why is entry {label} discarded? (kept in the journal)").format(
                label=chosen.pass_label
            ),
        )
        if not accepted:
            return
        try:
            discard_entry(self.context.database, chosen.id, reason, self.context.author())
        except DomainError as error:
            self.report(error)
            return
        self._changed()

    # -- reconciliation and hand counts --------------------------------------------------
    def reconcile(self) -> None:
        station_id = self.station_id()
        if station_id is None or self.campaign_id is None:
            return
        box = "".join(self.ui.boxEdit.text().split())  # "1 204" as French digits group
        if box and not box.isdigit():
            self.report(
                DomainError(
                    self.tr("«{text}» is not a number of ballots.").format(
                        text=self.ui.boxEdit.text().strip()
                    )
                )
            )
            return
        try:
            reconcile_station(
                self.context.database,
                station_id,
                int(box) if box else None,
                self.ui.remarkEdit.text(),
                self.context.author(),
            )
        except DomainError as error:
            self.report(error)
            return
        self._changed()

    def enter_hand_count(self) -> None:
        station_id = self.station_id()
        if station_id is None or self.campaign_id is None or self.dialog is not None:
            return
        dialog = DirectCountDialog(
            self.context.database,
            self.campaign_id,
            station_id,
            self.context.author(),
            self.station(),
            parent=self,
        )
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._changed()

        dialog.finished.connect(finished)
        dialog.open()

    def remove_hand_count(self) -> None:
        line = self.station()
        if line is None or line.method != HAND_COUNT or self.campaign_id is None:
            return
        if not self.confirm(
            self.tr("Remove the hand count"),
            self.tr("Remove the hand count of «{station}»? Its totals are deleted.").format(
                station=line.name
            ),
        ):
            return
        try:
            remove_direct_count(self.context.database, line.station_id, self.context.author())
        except DomainError as error:
            self.report(error)
            return
        self._changed()

    # -- helpers -------------------------------------------------------------------------
    def _changed(self) -> None:
        self.load()
        if self.campaign_id is not None:
            self.changed.emit(self.campaign_id)

    def _update_buttons(self) -> None:
        ui = self.ui
        comparison = self.comparison
        difference = self.current_difference()
        # A stack entered more than twice is settled first by discarding an entry.
        settled = not self._entered_too_often()
        for button in (ui.keepAButton, ui.keepBButton, ui.correctButton):
            button.setEnabled(difference is not None and settled)
        ui.repairButton.setEnabled(
            comparison is not None and comparison.skipped is not None and settled
        )
        ui.discardButton.setVisible(self._entered_too_often())
        line = self.station()
        ui.reconcileButton.setEnabled(line is not None and not line.pending)
        ui.handButton.setEnabled(line is not None and line.method in ("", HAND_COUNT))
        ui.removeHandButton.setEnabled(line is not None and line.method == HAND_COUNT)
        if difference is not None:
            ui.keepAButton.setToolTip(
                self.tr("Entry A says: {ballot}").format(ballot=ballot_text(difference.a))
            )
            ui.keepBButton.setToolTip(
                self.tr("Entry B says: {ballot}").format(ballot=ballot_text(difference.b))
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_comparison(self.comparison)
            self._show_figures()
        super().changeEvent(event)
