"""Phase 4: the priority stakes (enjeux) named with the core group from the shared diagnosis."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.stake import StakeDialog
from pbdesk.ui.forms.ui_stakes_page import Ui_StakesPage
from pbdesk.ui.models.stakes import StakeColumn, StakesModel
from pbdesk.ui.pages import RecordListPage
from pbdesk.ui.shortcuts import add_shortcut
from pbdesk.workspace.campaigns import get_frame
from pbdesk.workspace.stakes import StakeView, delete_stake, list_stakes, move_stake


class StakesPage(RecordListPage[StakeView]):
    """The campaign's stakes in priority order: add, edit, remove, and reorder them with the
    buttons, Alt+Up / Alt+Down or by dragging a row.

    Signals: ``changed(int)`` after a stake is added, edited, removed or moved.
    """

    ui: Ui_StakesPage
    model: StakesModel
    proxy: QSortFilterProxyModel

    # The page's own names for the actions, as callers and tests know them.
    add_stake = RecordListPage.add_record
    edit_stake = RecordListPage.edit_record
    remove_stake = RecordListPage.remove_record
    current_stake = RecordListPage.current_record

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_StakesPage()
        self.ui.setupUi(self)
        self.model = StakesModel(self)
        # No sorting: the table's order is the priority order the team chose.
        self.proxy = QSortFilterProxyModel(self)
        self._set_up_list()
        table = self.ui.tableView
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StakeColumn.PRIORITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StakeColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            StakeColumn.APPLICATIONS, QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.moveUpButton.clicked.connect(self.move_up)
        self.ui.moveDownButton.clicked.connect(self.move_down)
        in_page = Qt.ShortcutContext.WidgetWithChildrenShortcut
        add_shortcut(QKeySequence("Alt+Up"), self, self.move_up, in_page)
        add_shortcut(QKeySequence("Alt+Down"), self, self.move_down, in_page)
        # A drop asks for a move; it is done once the drag has finished with the table.
        self.model.move_requested.connect(self.move_stake, Qt.ConnectionType.QueuedConnection)
        self._show_count()
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        if self.campaign_id is None:
            return
        selected = self.current_record()
        try:
            frame = get_frame(self.context.database, self.campaign_id)
            stakes = list_stakes(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self.model.set_territories({t.id: t.name for t in frame.territories})
        self.model.set_stakes(stakes)
        self._fit_columns()
        if selected is not None:
            self._select(selected.id)
        self._show_count()
        self._update_buttons()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.model.set_stakes([])
        self._show_count()
        self._update_buttons()

    # -- what RecordListPage asks --------------------------------------------------------
    def record_dialog(self, campaign_id: int, stake: StakeView | None) -> StakeDialog:
        return StakeDialog(self.context.database, campaign_id, stake, parent=self)

    def removal_question(self, stake: StakeView) -> tuple[str, str]:
        if stake.applications == 0:
            question = self.tr("Remove the stake «{title}»? No application refers to it.")
        elif stake.applications == 1:
            question = self.tr(
                "Remove the stake «{title}»? One application refers to it and will lose "
                "that link. Criteria linked to it lose the link too."
            )
        else:
            question = self.tr(
                "Remove the stake «{title}»? {count} applications refer to it and will lose "
                "that link. Criteria linked to it lose the link too."
            )
        return (
            self.tr("Remove a stake"),
            question.format(title=stake.title, count=stake.applications),
        )

    def delete_record(self, stake: StakeView) -> None:
        delete_stake(self.context.database, stake.id)

    # -- moving --------------------------------------------------------------------------
    def move_up(self) -> None:
        self._move_by(-1)

    def move_down(self) -> None:
        self._move_by(+1)

    def _move_by(self, step: int) -> None:
        stake = self.current_record()
        if stake is None:
            return
        row = self._row_of(stake.id)
        if 0 <= row + step < self.model.rowCount():
            self.move_stake(stake.id, row + step)

    def move_stake(self, stake_id: int, position: int) -> None:
        """Give stake ``stake_id`` the priority ``position`` (0 = first); the selection
        follows it."""
        if self.campaign_id is None:
            return
        try:
            move_stake(self.context.database, stake_id, position)
        except DomainError as error:
            self.report(error)
            return
        self.load()
        self._select(stake_id)
        self.ui.tableView.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit(self.campaign_id)

    # -- helpers -------------------------------------------------------------------------
    def _row_of(self, stake_id: int) -> int:
        return next((r for r, s in enumerate(self.model.rows()) if s.id == stake_id), -1)

    def _fit_columns(self) -> None:
        table = self.ui.tableView
        for column in (StakeColumn.TERRITORY, StakeColumn.SOURCE):
            width = max(
                table.horizontalHeader().sectionSizeHint(column),
                table.sizeHintForColumn(column),
            )
            table.setColumnWidth(column, min(width, 260))

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            text = self.tr("No stake yet.")
        elif count == 1:
            text = self.tr("1 stake.")
        else:
            text = self.tr("{count} stakes.").format(count=count)
        self.ui.countLabel.setText(text)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        stake = self.current_record()
        row = self._row_of(stake.id) if stake is not None else -1
        self.ui.moveUpButton.setEnabled(row > 0)
        self.ui.moveDownButton.setEnabled(0 <= row < self.model.rowCount() - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.set_stakes(self.model.stakes())
            self._show_count()
        super().changeEvent(event)
