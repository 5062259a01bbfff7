"""Phase 8: the codes of the projects on the ballot, and the ballot's printed order."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros
from pbdesk.ui.context import AppContext
from pbdesk.ui.forms.ui_ballot_codes_page import Ui_BallotCodesPage
from pbdesk.ui.models.ballot_codes import BallotCodeRow, BallotCodesModel, CodeColumn
from pbdesk.ui.pages import CampaignPage
from pbdesk.ui.shortcuts import add_shortcut
from pbdesk.workspace.applications import list_applications
from pbdesk.workspace.ballot_codes import ON_BALLOT, assign_codes, list_codes, order_codes, set_code
from pbdesk.workspace.vote import get_settings


class BallotCodesPage(CampaignPage):
    """The projects retained for the vote with their ballot codes: codes given in one go
    (Assign codes), changed in the table (F2) and put in the ballot's order (Alt+Up and
    Alt+Down). All of it is frozen once ballots are entered.

    Signals: ``changed(int)`` after codes are given, changed or reordered.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_BallotCodesPage()
        self.ui.setupUi(self)
        self.model = BallotCodesModel(self)
        self._frozen = False
        self._retained = 0
        self._uncoded = 0
        table = self.ui.tableView
        table.setModel(self.model)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        for column in CodeColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CodeColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CodeColumn.HOLDER, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(CodeColumn.HOLDER, 200)
        self.model.code_edited.connect(self._code_edited)
        table.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui = self.ui
        ui.assignButton.clicked.connect(self.assign)
        ui.editCodeButton.clicked.connect(self.edit_code)
        ui.moveUpButton.clicked.connect(self.move_up)
        ui.moveDownButton.clicked.connect(self.move_down)
        add_shortcut(QKeySequence("Alt+Up"), table, self.move_up)
        add_shortcut(QKeySequence("Alt+Down"), table, self.move_down)
        self.setFocusProxy(table)
        self._show_state()

    # -- loading --------------------------------------------------------------------------
    def load(self) -> None:
        if self.campaign_id is None:
            return
        database = self.context.database
        try:
            codes = list_codes(database, self.campaign_id)
            applications = list_applications(database, self.campaign_id)
            frozen = get_settings(database, self.campaign_id).frozen
        except DomainError as error:
            self.report(error)
            return
        by_id = {a.id: a for a in applications}
        rows = []
        for code in codes:
            application = by_id.get(code.application_id)
            rows.append(
                BallotCodeRow(
                    application_id=code.application_id,
                    number=code.number,
                    code=code.code,
                    title=code.title,
                    holder_name=application.holder_name if application else "",
                    territory_name=application.territory_name if application else "",
                    cost_cents=code.cost_cents,
                )
            )
        coded = {code.application_id for code in codes}
        retained = [a for a in applications if a.status.value in ON_BALLOT]
        self._retained = len(retained)
        self._uncoded = sum(1 for a in retained if a.id not in coded)
        self._frozen = frozen
        self.model.set_editable(not frozen)
        self.model.set_rows(rows)
        self._show_state()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.model.set_rows([])
        self._retained = self._uncoded = 0
        self._frozen = False
        self._say("")
        self._show_state()

    def show_campaign(self, campaign_id: int) -> None:
        if campaign_id != self.campaign_id:
            self._say("")
            self.ui.codeError.say("")
        super().show_campaign(campaign_id)

    # -- actions --------------------------------------------------------------------------
    def assign(self) -> None:
        """Give a code to every retained project without one (and take back stale ones)."""
        if self.campaign_id is None:
            return
        before = {row.application_id for row in self.model.rows()}
        try:
            views = assign_codes(self.context.database, self.campaign_id, self.context.author())
        except DomainError as error:
            self.report(error)
            return
        added = sum(1 for view in views if view.application_id not in before)
        removed = len(before - {view.application_id for view in views})
        self.ui.codeError.say("")
        self.load()
        if added or removed:
            self._say(
                self.tr("Codes given: {added}; codes taken back: {removed}.").format(
                    added=added, removed=removed
                )
            )
            self.changed.emit(self.campaign_id)
        else:
            self._say(self.tr("Every project retained already has its code."))

    def edit_code(self) -> None:
        """Start typing a new code for the selected project."""
        row = self._current_row()
        if row < 0 or self._frozen:
            return
        table = self.ui.tableView
        index = self.model.index(row, CodeColumn.CODE)
        table.setCurrentIndex(index)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        table.edit(index)

    def set_code(self, application_id: int, text: str) -> bool:
        """Store ``text`` as the project's code; the refusal shows under the table."""
        if self.campaign_id is None:
            return False
        try:
            set_code(self.context.database, application_id, text, self.context.author())
        except DomainError as error:
            self.ui.codeError.say(error.message)
            self._say("")
            return False
        self.ui.codeError.say("")
        self._say(self.tr("Code changed."))
        self.changed.emit(self.campaign_id)
        return True

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(+1)

    # -- helpers --------------------------------------------------------------------------
    def _code_edited(self, application_id: int, text: str) -> None:
        self.set_code(application_id, text)
        # Reload once the table has closed its editor (a reset while it commits is unsafe).
        QTimer.singleShot(0, self, lambda: self._reload_selecting(application_id))

    def _reload_selecting(self, application_id: int) -> None:
        self.load()
        self._select(application_id)

    def _move(self, step: int) -> None:
        row = self._current_row()
        rows = self.model.rows()
        target = row + step
        if self.campaign_id is None or self._frozen or row < 0 or not 0 <= target < len(rows):
            return
        rows[row], rows[target] = rows[target], rows[row]
        try:
            order_codes(self.context.database, self.campaign_id, [r.application_id for r in rows])
        except DomainError as error:
            self.report(error)
            return
        moved = rows[target].application_id
        self.load()
        self._select(moved)
        self._say("")
        self.changed.emit(self.campaign_id)

    def _current_row(self) -> int:
        index = self.ui.tableView.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, application_id: int) -> None:
        for row, record in enumerate(self.model.rows()):
            if record.application_id == application_id:
                column = max(self.ui.tableView.currentIndex().column(), 0)
                self.ui.tableView.selectionModel().setCurrentIndex(
                    self.model.index(row, column),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    def _say(self, message: str) -> None:
        self.ui.statusLabel.setText(message)
        self.ui.statusLabel.setVisible(bool(message))

    def _show_state(self) -> None:
        ui = self.ui
        rows = self.model.rows()
        has_rows = bool(rows)
        ui.frozenLabel.setVisible(self._frozen)
        ui.tableLabel.setVisible(has_rows)
        ui.tableView.setVisible(has_rows)
        if self._retained == 0 and not has_rows:
            empty = self.tr(
                "No project is retained for the vote yet. Projects are retained in the "
                "synthesis of phase 7 (applications and review); come back here to give them "
                "their ballot codes."
            )
        elif not has_rows:
            empty = self.tr(
                "{count} projects are retained for the vote and have no code yet: give them "
                "their codes with «Assign codes»."
            ).format(count=self._retained)
        elif self._uncoded:
            empty = self.tr(
                "{count} retained projects have no code yet: «Assign codes» gives them one."
            ).format(count=self._uncoded)
        else:
            empty = ""
        ui.emptyLabel.setText(empty)
        ui.emptyLabel.setVisible(bool(empty))
        if has_rows:
            ui.totalLabel.setText(
                self.tr("{count} projects on the ballot, {amount} in all.").format(
                    count=len(rows), amount=format_euros(sum(r.cost_cents for r in rows))
                )
            )
        else:
            ui.totalLabel.clear()
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        ui = self.ui
        row, count = self._current_row(), self.model.rowCount()
        editable = self.campaign_id is not None and not self._frozen
        ui.assignButton.setEnabled(editable and (self._uncoded > 0 or count > self._retained))
        ui.editCodeButton.setEnabled(editable and 0 <= row < count)
        ui.moveUpButton.setEnabled(editable and 0 < row < count)
        ui.moveDownButton.setEnabled(editable and 0 <= row < count - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.set_rows(self.model.rows())
            self._show_state()
        super().changeEvent(event)
