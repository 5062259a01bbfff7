"""Applications (dépôts) of a campaign: the table, its filters, and status moves in bulk."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QWidget

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros
from pbdesk.ui.columns import common_cap
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.application import ApplicationDialog
from pbdesk.ui.dialogs.status import StatusDialog
from pbdesk.ui.forms.ui_applications_page import Ui_ApplicationsPage
from pbdesk.ui.models import fold
from pbdesk.ui.models.applications import (
    ApplicationColumn,
    ApplicationsFilterProxy,
    ApplicationsModel,
)
from pbdesk.ui.pages import RecordListPage
from pbdesk.workspace.applications import (
    ApplicationRow,
    delete_application,
    delete_applications,
    list_applications,
)
from pbdesk.workspace.campaigns import get_frame
from pbdesk.workspace.stakes import list_stakes

#: The combo boxes' "all" entry.
ALL = ""
#: Widest a text column opens (pixels); the title takes what is left.
COLUMN_CAPS = {
    ApplicationColumn.HOLDER: 220,
    ApplicationColumn.TERRITORY: 140,
    ApplicationColumn.STAKES: 180,
    ApplicationColumn.STATUS: 160,
}
MIN_TITLE_WIDTH = 180
MIN_COLUMN_WIDTH = 70


class ApplicationsPage(RecordListPage[ApplicationRow]):
    """The applications received for the campaign's call (phase 7, dépôts et instruction):
    sorted, searched and filtered by status, territory, stake and holder; recorded and
    edited in ``ApplicationDialog``; moved to a new status together (Ctrl+T) in
    ``StatusDialog``, all or nothing.

    Signals: ``changed(int)`` after an application is added, edited or deleted, or after
    applications changed status.
    """

    ui: Ui_ApplicationsPage
    model: ApplicationsModel
    proxy: ApplicationsFilterProxy

    # The page's own names for the actions, as callers and tests know them.
    add_application = RecordListPage.add_record
    open_application = RecordListPage.edit_record
    current_application = RecordListPage.current_record

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ApplicationsPage()
        self.ui.setupUi(self)
        self.model = ApplicationsModel(self)
        self.proxy = ApplicationsFilterProxy(self)
        #: The campaign's envelope, shown beside the amounts requested.
        self.envelope_cents = 0
        #: The status dialog while it is open (window-modal, not blocking).
        self.status_dialog: StatusDialog | None = None
        self._territories: list[tuple[str, int]] = []
        self._stakes: list[tuple[str, int]] = []
        self._set_up_list()
        table = self.ui.tableView
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ApplicationColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        table.sortByColumn(ApplicationColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        table.viewport().installEventFilter(self)
        self._fill_filters()

        ui = self.ui
        ui.searchEdit.textChanged.connect(self._filter_changed)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self._filter_changed)
        ui.statusButton.clicked.connect(self.change_status)
        status = QShortcut(QKeySequence("Ctrl+T"), self)
        status.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        status.activated.connect(self.change_status)
        self._show_totals()
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        if self.campaign_id is None:
            return
        try:
            applications = list_applications(self.context.database, self.campaign_id)
            frame = get_frame(self.context.database, self.campaign_id)
            stakes = list_stakes(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self.envelope_cents = frame.envelope_cents
        self._territories = [(t.name, t.id) for t in frame.territories]
        self._stakes = [(s.title, s.id) for s in stakes]
        self.model.set_applications(applications)
        self._fill_filters()
        # One territory says nothing: its column and filter would only take room.
        several = len(self._territories) > 1
        self.ui.tableView.setColumnHidden(ApplicationColumn.TERRITORY, not several)
        self.ui.territoryFilterLabel.setVisible(several)
        self.ui.territoryFilterCombo.setVisible(several)
        self._fit_columns()
        self._show_totals()
        self._update_buttons()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.envelope_cents = 0
        self._territories, self._stakes = [], []
        self.model.set_applications([])
        self._fill_filters()
        self._show_totals()
        self._update_buttons()

    # -- actions -------------------------------------------------------------------------
    def record_dialog(
        self, campaign_id: int, application: ApplicationRow | None
    ) -> ApplicationDialog:
        return ApplicationDialog(
            self.context.database,
            campaign_id,
            application,
            author=self.context.author(),
            parent=self,
        )

    def removal_question(self, application: ApplicationRow) -> tuple[str, str]:
        return self._removal_question([application])

    def _removal_question(self, applications: Sequence[ApplicationRow]) -> tuple[str, str]:
        if len(applications) == 1:
            [application] = applications
            return (
                self.tr("Delete an application"),
                self.tr(
                    "Delete application {number} «{title}» with its budget, attachments and "
                    "status history? This cannot be undone."
                ).format(number=application.number, title=application.title),
            )
        return (
            self.tr("Delete applications"),
            self.tr(
                "Delete the {count} selected applications with their budgets, attachments and "
                "status histories? This cannot be undone."
            ).format(count=len(applications)),
        )

    def delete_record(self, application: ApplicationRow) -> None:
        delete_application(self.context.database, application.id, self.context.author())

    def remove_record(self) -> None:
        """Delete every selected application once the user confirms."""
        applications = self.selected_applications()
        if self.campaign_id is None or not applications:
            return
        if not self.confirm(*self._removal_question(applications)):
            return
        try:
            delete_applications(
                self.context.database, [a.id for a in applications], self.context.author()
            )
        except DomainError as error:
            self.report(error)
        self._reload()
        self.changed.emit(self.campaign_id)

    remove_applications = remove_record

    def change_status(self) -> None:
        """Open the status dialog for every selected application."""
        applications = self.selected_applications()
        if self.campaign_id is None or not applications or self.status_dialog is not None:
            return
        dialog = StatusDialog(
            self.context.database, applications, self.context.author(), parent=self
        )
        self.status_dialog = dialog
        dialog.finished.connect(self._status_dialog_finished)
        dialog.open()

    def _status_dialog_finished(self, result: int) -> None:
        dialog, self.status_dialog = self.status_dialog, None
        if dialog is None:
            return
        moved = [application.id for application in dialog.applications]
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or self.campaign_id is None:
            return
        self._reload()
        self._select_all(moved)
        self.ui.tableView.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit(self.campaign_id)

    # -- selection -----------------------------------------------------------------------
    def selected_applications(self) -> list[ApplicationRow]:
        """The selected applications, by number."""
        selection = self.ui.tableView.selectionModel()
        rows = (
            self.model.row_at(self.proxy.mapToSource(index).row())
            for index in selection.selectedRows()
        )
        return sorted((row for row in rows if row is not None), key=lambda row: row.number)

    def _select_all(self, application_ids: Iterable[int]) -> None:
        wanted = set(application_ids)
        selection = QItemSelection()
        first = None
        for row, application in enumerate(self.model.rows()):
            if application.id not in wanted:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, index)
                first = first or index
        model = self.ui.tableView.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        if first is not None:
            model.setCurrentIndex(first, flags.NoUpdate)

    # -- filters and totals --------------------------------------------------------------
    def _filter_combos(self) -> tuple[QComboBox, ...]:
        ui = self.ui
        return (
            ui.statusFilterCombo,
            ui.territoryFilterCombo,
            ui.stakeFilterCombo,
            ui.holderFilterCombo,
        )

    def _fill_filters(self) -> None:
        holders = sorted(
            {(row.holder_name, row.holder_id) for row in self.model.rows() if row.holder_id},
            key=lambda item: fold(item[0]),
        )
        _refill(
            self.ui.statusFilterCombo,
            self.tr("All statuses"),
            [(status.label, status.value) for status in ApplicationStatus],
        )
        _refill(self.ui.territoryFilterCombo, self.tr("All territories"), self._territories)
        _refill(self.ui.stakeFilterCombo, self.tr("All stakes"), self._stakes)
        _refill(self.ui.holderFilterCombo, self.tr("All holders"), holders)
        self._filter_changed()

    def _filter_changed(self) -> None:
        ui = self.ui
        status = ui.statusFilterCombo.currentData()
        self.proxy.set_search(ui.searchEdit.text())
        self.proxy.set_status(ApplicationStatus(status) if status else None)
        self.proxy.set_territory(ui.territoryFilterCombo.currentData() or None)
        self.proxy.set_stake(ui.stakeFilterCombo.currentData() or None)
        self.proxy.set_holder(ui.holderFilterCombo.currentData() or None)
        self._show_totals()
        self._update_buttons()

    def _show_totals(self) -> None:
        """Totals of the applications shown (the filters apply), beside the envelope."""
        shown = self.proxy.visible_applications()
        total = self.model.rowCount()
        if self.proxy.is_filtering():
            applications = self.tr("{shown} of {total} applications").format(
                shown=len(shown), total=total
            )
        elif total == 1:
            applications = self.tr("1 application")
        else:
            applications = self.tr("{count} applications").format(count=total)
        self.ui.totalsLabel.setText(
            self.tr("{applications} · requested {requested} · envelope {envelope}").format(
                applications=applications,
                requested=format_euros(sum(row.requested_cents for row in shown)),
                envelope=format_euros(self.envelope_cents),
            )
        )

    def _fit_columns(self) -> None:
        """Columns as wide as their text, within caps; when the page is too narrow the text
        columns share what the title leaves. The user may still widen any column."""
        table = self.ui.tableView
        header = table.horizontalHeader()
        widths = {
            column: max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            for column in ApplicationColumn
            if column is not ApplicationColumn.TITLE and not table.isColumnHidden(column)
        }
        flexible = [column for column in COLUMN_CAPS if column in widths]
        for column in flexible:
            widths[column] = min(widths[column], COLUMN_CAPS[column])
        room = table.viewport().width() - MIN_TITLE_WIDTH
        room -= sum(width for column, width in widths.items() if column not in flexible)
        cap = common_cap([widths[column] for column in flexible], max(room, 0))
        for column in flexible:
            widths[column] = max(min(widths[column], cap), MIN_COLUMN_WIDTH)
        for column, width in widths.items():
            table.setColumnWidth(column, width)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        selected = bool(self.ui.tableView.selectionModel().selectedRows())
        self.ui.removeButton.setEnabled(selected)
        self.ui.statusButton.setEnabled(selected)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.tableView.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.set_applications(self.model.applications())
            self._fill_filters()
        super().changeEvent(event)


def _refill(combo: QComboBox, everything: str, items: Iterable[tuple[str, object]]) -> None:
    """Fill a filter with its "all" entry and ``items``, keeping the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, ALL)
    for label, data in items:
        combo.addItem(label, data)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)
