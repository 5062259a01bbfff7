"""The pages shown right of the navigator, one module per page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QTableView, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs import Record, RecordDialog
from pbdesk.ui.models import RowsModel

R = TypeVar("R", bound=Record)


class CampaignPage(QWidget):
    """A page about one campaign.

    Signals: ``changed(int)`` — this page changed data of the given campaign (the main
    window refreshes the navigator marks and the other pages from it).
    """

    changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.campaign_id: int | None = None

    def show_campaign(self, campaign_id: int) -> None:
        """Load and show ``campaign_id``; pages override ``load``."""
        self.campaign_id = campaign_id
        self.load()

    def load(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        if self.campaign_id is not None:
            self.load()

    def set_context(self, context: AppContext) -> None:
        """The database changed (the demo was opened or closed)."""
        self.context = context
        self.campaign_id = None

    def save_or_discard(
        self, title: str, question: str, save: Callable[[], bool], discard: Callable[[], None]
    ) -> bool:
        """Ask Save / Discard / Cancel about unsaved edits; True when the user may leave."""
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return save()
        if answer == QMessageBox.StandardButton.Discard:
            discard()
            return True
        return False

    def report(self, error: DomainError) -> None:
        """Say a refused operation in one sentence; nothing was changed."""
        QMessageBox.warning(self, self.tr("pbdesk"), error.message)

    def report_failure(self, error: object, unexpected: str) -> None:
        """Say why a background job failed: its own sentence for a refusal, else
        ``unexpected`` (which may hold ``{error}``)."""
        if isinstance(error, DomainError):
            self.report(error)
        else:
            QMessageBox.warning(self, self.tr("pbdesk"), unexpected.format(error=error))

    def confirm(self, title: str, question: str) -> bool:
        """Ask a yes-or-no question; No is the default, so Enter changes nothing."""
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class ListForm(Protocol):
    """What ``RecordListPage`` uses of a Designer form."""

    tableView: QTableView
    addButton: QPushButton
    editButton: QPushButton
    removeButton: QPushButton


class RecordListPage(CampaignPage, Generic[R]):
    """A campaign's records in a sorted table: Insert or Add opens an empty dialog, Enter or
    Edit the selected record's, Delete or Remove removes it once the user confirms.

    Subclasses set ``ui``, ``model`` and ``proxy``, then call ``_set_up_list``; they say how
    to open a dialog (``record_dialog``), ask before a removal (``removal_question``) and
    remove (``delete_record``). Signals: ``changed(int)`` after an addition, edit or removal.
    """

    ui: ListForm
    model: RowsModel[R]
    proxy: QSortFilterProxyModel

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The record dialog while it is open (window-modal, not blocking).
        self.dialog: RecordDialog[R] | None = None

    def _set_up_list(self) -> None:
        """Show ``model`` through ``proxy`` in the table; wire the buttons and keys."""
        self.proxy.setSourceModel(self.model)
        table = self.ui.tableView
        table.setModel(self.proxy)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        self.ui.addButton.clicked.connect(self.add_record)
        self.ui.editButton.clicked.connect(self.edit_record)
        self.ui.removeButton.clicked.connect(self.remove_record)
        table.activated.connect(self.edit_record)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.layoutChanged.connect(self._update_buttons)

        add = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self.add_record)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_record)
        self.setFocusProxy(table)

    # -- what each page says -------------------------------------------------------------
    def record_dialog(self, campaign_id: int, record: R | None) -> RecordDialog[R]:
        """A dialog adding a record (``record`` None) or editing ``record``."""
        raise NotImplementedError

    def removal_question(self, record: R) -> tuple[str, str]:
        """The title and the question of the confirmation before removing ``record``."""
        raise NotImplementedError

    def delete_record(self, record: R) -> None:
        raise NotImplementedError

    # -- actions -------------------------------------------------------------------------
    def add_record(self) -> None:
        if self.campaign_id is None or self.dialog is not None:
            return
        self._open(self.record_dialog(self.campaign_id, None))

    def edit_record(self) -> None:
        record = self.current_record()
        if self.campaign_id is None or record is None or self.dialog is not None:
            return
        self._open(self.record_dialog(self.campaign_id, record))

    def remove_record(self) -> None:
        record = self.current_record()
        if self.campaign_id is None or record is None:
            return
        if not self.confirm(*self.removal_question(record)):
            return
        try:
            self.delete_record(record)
        except DomainError as error:
            self.report(error)
            return
        self._reload()
        self.changed.emit(self.campaign_id)

    # -- helpers -------------------------------------------------------------------------
    def current_record(self) -> R | None:
        table = self.ui.tableView
        index = table.currentIndex()
        if not index.isValid() or not table.selectionModel().hasSelection():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _reload(self) -> None:
        """Show the records again after this page changed them."""
        self.load()

    def _open(self, dialog: RecordDialog[R]) -> None:
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
        self._reload()
        self._select(saved.id)
        self.ui.tableView.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit(self.campaign_id)

    def _select(self, record_id: int) -> None:
        for row, record in enumerate(self.model.rows()):
            if record.id == record_id:
                # Column 0: any cell selects the whole row.
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.ui.tableView.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                return

    def _update_buttons(self) -> None:
        selected = self.current_record() is not None
        self.ui.addButton.setEnabled(self.campaign_id is not None)
        self.ui.editButton.setEnabled(selected)
        self.ui.removeButton.setEnabled(selected)
