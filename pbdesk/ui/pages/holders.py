"""Project holders (porteurs): every association, collective or group of residents known."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from pbdesk.domain.applications import HolderKind
from pbdesk.domain.errors import DomainError
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.holder import HolderDialog
from pbdesk.ui.forms.ui_holders_page import Ui_HoldersPage
from pbdesk.ui.models.holders import HolderColumn, HoldersFilterProxy, HoldersModel
from pbdesk.ui.pages import RecordListPage
from pbdesk.workspace.holders import HolderView, delete_holder, list_holders


class HoldersPage(RecordListPage[HolderView]):
    """The holders of every campaign of the workspace (shown under phase 7, dépôts et
    instruction, for convenience): added, edited, and removed while they hold no application.

    Signals: ``changed(int)`` after a holder is added, edited or removed (the campaign shown,
    whose applications show holder names).
    """

    ui: Ui_HoldersPage
    model: HoldersModel
    proxy: HoldersFilterProxy

    add_holder = RecordListPage.add_record
    edit_holder = RecordListPage.edit_record
    remove_holder = RecordListPage.remove_record
    current_holder = RecordListPage.current_record

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_HoldersPage()
        self.ui.setupUi(self)
        self.model = HoldersModel(self)
        self.proxy = HoldersFilterProxy(self)
        self._set_up_list()
        table = self.ui.tableView
        header = table.horizontalHeader()
        for column in HolderColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HolderColumn.NAME, QHeaderView.ResizeMode.Stretch)
        table.sortByColumn(HolderColumn.NAME, Qt.SortOrder.AscendingOrder)
        self._fill_kind_filter()
        self.ui.searchEdit.textChanged.connect(self._filter_changed)
        self.ui.kindFilterCombo.currentIndexChanged.connect(self._filter_changed)
        self._show_counts()
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        if self.campaign_id is None:
            return
        try:
            holders = list_holders(self.context.database)
        except DomainError as error:
            self.report(error)
            return
        self.model.set_holders(holders)
        self._show_counts()
        self._update_buttons()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.model.set_holders([])
        self._show_counts()
        self._update_buttons()

    # -- actions -------------------------------------------------------------------------
    def record_dialog(self, campaign_id: int, holder: HolderView | None) -> HolderDialog:
        return HolderDialog(self.context.database, campaign_id, holder, parent=self)

    def removal_question(self, holder: HolderView) -> tuple[str, str]:
        return (
            self.tr("Remove a holder"),
            self.tr("Remove the holder «{name}»? This cannot be undone.").format(name=holder.name),
        )

    def delete_record(self, holder: HolderView) -> None:
        delete_holder(self.context.database, holder.id)

    def remove_record(self) -> None:
        """A holder with applications stays: say so rather than ask."""
        holder = self.current_record()
        if holder is not None and holder.applications:
            if holder.applications == 1:
                message = self.tr(
                    "«{name}» holds an application and cannot be removed. Delete the "
                    "application first, or give it another holder."
                ).format(name=holder.name)
            else:
                message = self.tr(
                    "«{name}» holds {count} applications and cannot be removed. Delete the "
                    "applications first, or give them another holder."
                ).format(name=holder.name, count=holder.applications)
            self.report(DomainError(message))
            return
        super().remove_record()

    # -- helpers -------------------------------------------------------------------------
    def _fill_kind_filter(self) -> None:
        combo = self.ui.kindFilterCombo
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All kinds"), "")
        for kind in HolderKind:
            combo.addItem(kind.label, kind.value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _filter_changed(self) -> None:
        kind = self.ui.kindFilterCombo.currentData()
        self.proxy.set_search(self.ui.searchEdit.text())
        self.proxy.set_kind(HolderKind(kind) if kind else None)
        self._show_counts()
        self._update_buttons()

    def _show_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown != total:
            text = self.tr("{shown} of {total} holders").format(shown=shown, total=total)
        elif total == 1:
            text = self.tr("1 holder")
        else:
            text = self.tr("{count} holders").format(count=total)
        self.ui.countsLabel.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_kind_filter()
            self.model.set_holders(self.model.holders())
            self._show_counts()
        super().changeEvent(event)
