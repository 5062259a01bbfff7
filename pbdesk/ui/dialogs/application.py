"""One application (dépôt): what it is, who holds it, its budget, its files and its history."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QWidget,
)

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus, BudgetLineInput
from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.money import format_euros, format_euros_plain
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.dialogs.holder import HolderDialog
from pbdesk.ui.forms.ui_application_dialog import Ui_ApplicationDialog
from pbdesk.ui.models.applications import (
    AttachmentColumn,
    AttachmentItem,
    AttachmentsModel,
    BudgetColumn,
    BudgetLinesModel,
    HistoryColumn,
    StakesCheckModel,
    StatusHistoryModel,
)
from pbdesk.workspace.applications import (
    MAX_ATTACHMENT_BYTES,
    ApplicationDetail,
    ApplicationRow,
    add_attachment,
    attachment_content,
    get_application,
    remove_attachment,
    save_application,
)
from pbdesk.workspace.call import get_call
from pbdesk.workspace.campaigns import get_frame
from pbdesk.workspace.holders import list_holders
from pbdesk.workspace.journal import default_author
from pbdesk.workspace.stakes import list_stakes

#: The combo boxes' "none" entry (ids start at 1).
NONE = 0
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ApplicationDialog(RecordDialog[ApplicationRow]):
    """Records a new application or edits one, in tabs: general facts (holder, territory,
    stakes, amount), the project's texts, budget lines, attachments and the status history.

    OK saves it all through the workspace with the version read when the form opened (a
    concurrent change is refused), then stores the files added or removed. Errors stay in
    the dialog, next to their field, on the tab that holds it. A holder missing from the
    list is added with *New holder…* (``holder_dialog`` while open).

    After ``accepted``, ``saved`` holds the stored application's row.
    """

    ui: Ui_ApplicationDialog

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        application: ApplicationRow | None = None,
        author: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Ui_ApplicationDialog(), database, campaign_id, application, parent)
        self.author = author or default_author()
        #: The version read when the form opened, handed back to the save.
        self.version: int | None = None
        #: The holder dialog while it is open.
        self.holder_dialog: HolderDialog | None = None
        #: Stored files the user removed; removed on OK.
        self.removed_attachments: list[int] = []
        ui = self.ui
        self.stakes_model = StakesCheckModel(self)
        self.budget_model = BudgetLinesModel(self)
        self.attachments_model = AttachmentsModel(self)
        self.history_model = StatusHistoryModel(self)
        self._set_up_views()
        self.error_labels = {
            "title": ui.titleError,
            "holder": ui.holderError,
            "territory": ui.territoryError,
            "stakes": ui.stakesError,
            "requested": ui.requestedError,
            "budget": ui.budgetError,
        }
        self.fields = {
            "title": ui.titleEdit,
            "holder": ui.holderCombo,
            "territory": ui.territoryCombo,
            "stakes": ui.stakesView,
            "requested": ui.requestedEdit,
            "budget": ui.budgetView,
        }
        ui.newHolderButton.clicked.connect(self.new_holder)
        ui.addLineButton.clicked.connect(self.add_budget_line)
        ui.removeLineButton.clicked.connect(self.remove_budget_line)
        ui.addFileButton.clicked.connect(self.add_files)
        ui.openFileButton.clicked.connect(self.open_file)
        ui.saveFileButton.clicked.connect(self.save_file_as)
        ui.removeFileButton.clicked.connect(self.remove_file)
        ui.requestedEdit.textChanged.connect(self._show_budget_total)
        for signal in (
            self.budget_model.dataChanged,
            self.budget_model.rowsInserted,
            self.budget_model.rowsRemoved,
            self.budget_model.modelReset,
        ):
            signal.connect(self._show_budget_total)
        self._load(application)
        ui.tabWidget.setCurrentWidget(ui.generalTab)
        ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- setting up ----------------------------------------------------------------------
    def _set_up_views(self) -> None:
        ui = self.ui
        ui.stakesView.setModel(self.stakes_model)
        ui.budgetView.setModel(self.budget_model)
        ui.attachmentsView.setModel(self.attachments_model)
        ui.historyView.setModel(self.history_model)
        budget_header = ui.budgetView.horizontalHeader()
        budget_header.setSectionResizeMode(BudgetColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        budget_header.setSectionResizeMode(BudgetColumn.AMOUNT, QHeaderView.ResizeMode.Interactive)
        ui.budgetView.setColumnWidth(BudgetColumn.AMOUNT, 130)
        budget_header.setSectionResizeMode(
            BudgetColumn.OTHER_FUNDERS, QHeaderView.ResizeMode.Stretch
        )
        files_header = ui.attachmentsView.horizontalHeader()
        files_header.setSectionResizeMode(AttachmentColumn.NAME, QHeaderView.ResizeMode.Stretch)
        files_header.setSectionResizeMode(
            AttachmentColumn.SIZE, QHeaderView.ResizeMode.ResizeToContents
        )
        history_header = ui.historyView.horizontalHeader()
        for column in HistoryColumn:
            history_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(HistoryColumn.REASON, QHeaderView.ResizeMode.Stretch)
        for view in (ui.budgetView, ui.attachmentsView, ui.historyView):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)

        shortcuts = (
            (ui.budgetView, Qt.Key.Key_Insert, self.add_budget_line),
            (ui.budgetView, QKeySequence.StandardKey.Delete, self.remove_budget_line),
            (ui.attachmentsView, Qt.Key.Key_Insert, self.add_files),
            (ui.attachmentsView, QKeySequence.StandardKey.Delete, self.remove_file),
        )
        for view, key, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        ui.attachmentsView.activated.connect(self.open_file)
        # In a dialog Enter presses OK; in these two tables it edits the cell or opens the file.
        ui.budgetView.installEventFilter(self)
        ui.attachmentsView.installEventFilter(self)
        ui.attachmentsView.selectionModel().currentChanged.connect(self._update_file_buttons)
        self.attachments_model.modelReset.connect(self._update_file_buttons)
        self.attachments_model.rowsRemoved.connect(self._update_file_buttons)
        self.attachments_model.rowsInserted.connect(self._update_file_buttons)

    def _load(self, application: ApplicationRow | None) -> None:
        """Read what the form offers (holders, territories, stakes) and the application."""
        ui = self.ui
        try:
            frame = get_frame(self.database, self.campaign_id)
            stakes = list_stakes(self.database, self.campaign_id)
            ceiling = get_call(self.database, self.campaign_id).ceiling_cents
            self._fill_holders()
            detail = (
                get_application(self.database, application.id) if application is not None else None
            )
        except DomainError as error:
            ui.generalError.say(error.message)
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        ui.territoryCombo.addItem(self.tr("— no territory —"), NONE)
        for territory in frame.territories:
            ui.territoryCombo.addItem(territory.name, territory.id)
        if ceiling:
            ui.ceilingLabel.setText(
                self.tr("at most {amount} per project").format(amount=format_euros(ceiling))
            )
        if detail is None:
            self.setWindowTitle(self.tr("New application"))
            self.stakes_model.set_stakes(stakes)
            if len(frame.territories) == 1:
                ui.territoryCombo.setCurrentIndex(1)
            ui.receivedEdit.setValue(date.today())
            ui.statusValueLabel.setText(ApplicationStatus.SUBMITTED.label)
            ui.historyTab.setEnabled(False)
        else:
            self.setWindowTitle(self.tr("Application {number}").format(number=detail.row.number))
            self.stakes_model.set_stakes(stakes, detail.row.stake_ids)
            self._fill(detail)
        self._show_budget_total()
        self._update_file_buttons()

    def _fill_holders(self, select: int | None = None) -> None:
        combo = self.ui.holderCombo
        current = select if select is not None else combo.currentData()
        holders = list_holders(self.database)
        combo.clear()
        combo.addItem(self.tr("— no holder —"), NONE)
        for holder in holders:
            combo.addItem(holder.name, holder.id)
        combo.setCurrentIndex(max(combo.findData(current or NONE), 0))

    def _fill(self, detail: ApplicationDetail) -> None:
        ui, row = self.ui, detail.row
        self.version = detail.version
        ui.titleEdit.setText(row.title)
        ui.holderCombo.setCurrentIndex(max(ui.holderCombo.findData(row.holder_id or NONE), 0))
        ui.territoryCombo.setCurrentIndex(
            max(ui.territoryCombo.findData(row.territory_id or NONE), 0)
        )
        ui.requestedEdit.setCents(row.requested_cents)
        ui.receivedEdit.setValue(row.received_on)
        ui.summaryEdit.setPlainText(detail.summary)
        ui.descriptionEdit.setPlainText(detail.description)
        ui.targetPublicEdit.setText(detail.target_public)
        self.budget_model.set_rows(
            BudgetLineInput(line.label, format_euros_plain(line.amount_cents), line.other_funders)
            for line in detail.budget_lines
        )
        self.attachments_model.set_rows(
            AttachmentItem(filename=f.filename, size=f.size, id=f.id) for f in detail.attachments
        )
        self.history_model.set_rows(detail.history)
        if row.status_reason:
            ui.statusValueLabel.setText(
                self.tr("{status} ({reason})").format(
                    status=row.status.label, reason=row.status_reason
                )
            )
        else:
            ui.statusValueLabel.setText(row.status.label)

    # -- saving --------------------------------------------------------------------------
    def application_input(self) -> ApplicationInput:
        ui = self.ui
        return ApplicationInput(
            title=ui.titleEdit.text(),
            holder_id=int(ui.holderCombo.currentData() or NONE) or None,
            territory_id=int(ui.territoryCombo.currentData() or NONE) or None,
            requested=ui.requestedEdit.text(),
            summary=ui.summaryEdit.toPlainText(),
            description=ui.descriptionEdit.toPlainText(),
            target_public=ui.targetPublicEdit.text(),
            received_on=ui.receivedEdit.value(),
            stake_ids=self.stakes_model.checked_ids(),
            budget_lines=self.budget_model.lines(),
        )

    def store(self) -> ApplicationRow:
        try:
            application_id = save_application(
                self.database,
                self.campaign_id,
                self.application_input(),
                self.author,
                self.record_id,
                version=self.version,
            )
        except ValidationError as error:
            errors = _budget_errors_together(error.errors)
            self._show_tab_of(errors)
            raise ValidationError(errors) from error
        problems = self._store_attachments(application_id)
        detail = get_application(self.database, application_id)
        if problems:
            QMessageBox.warning(
                self,
                self.tr("Attachments"),
                self.tr("The application was saved, but:") + "\n" + "\n".join(problems),
            )
        return detail.row

    def _store_attachments(self, application_id: int) -> list[str]:
        """Store the files added and remove those removed; say what could not be done."""
        problems = []
        for item in self.attachments_model.rows():
            if item.path is None:
                continue
            try:
                add_attachment(self.database, application_id, item.path)
            except DomainError as error:
                problems.append(error.message)
            except OSError as error:
                problems.append(self._unreadable(item.filename, error))
        for attachment_id in self.removed_attachments:
            remove_attachment(self.database, attachment_id)
        return problems

    def _show_tab_of(self, errors: dict[str, str]) -> None:
        for name in self.fields:
            if name in errors:
                tab = self.ui.budgetTab if name == "budget" else self.ui.generalTab
                self.ui.tabWidget.setCurrentWidget(tab)
                return

    # -- holder --------------------------------------------------------------------------
    def new_holder(self) -> None:
        """Record a holder missing from the list, then choose it."""
        if self.holder_dialog is not None:
            return
        self.holder_dialog = HolderDialog(self.database, self.campaign_id, parent=self)
        self.holder_dialog.finished.connect(self._holder_dialog_finished)
        self.holder_dialog.open()

    def _holder_dialog_finished(self, result: int) -> None:
        dialog, self.holder_dialog = self.holder_dialog, None
        if dialog is None:
            return
        saved = dialog.saved if result == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if saved is not None:
            try:
                self._fill_holders(select=saved.id)
            except DomainError as error:
                self.ui.generalError.say(error.message)
        self.ui.holderCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- budget --------------------------------------------------------------------------
    def add_budget_line(self) -> None:
        row = self.budget_model.add_line()
        view = self.ui.budgetView
        index = self.budget_model.index(row, BudgetColumn.LABEL)
        view.setCurrentIndex(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.edit(index)

    def remove_budget_line(self) -> None:
        index = self.ui.budgetView.currentIndex()
        if index.isValid():
            self.budget_model.remove_line(index.row())

    def _show_budget_total(self) -> None:
        total = format_euros(self.budget_model.total_cents())
        try:
            requested = self.ui.requestedEdit.cents()
        except DomainError:
            requested = None
        if requested is not None and requested != self.budget_model.total_cents():
            text = self.tr("Total: {total} (amount requested: {requested})").format(
                total=total, requested=format_euros(requested)
            )
        else:
            text = self.tr("Total: {total}").format(total=total)
        self.ui.budgetTotalLabel.setText(text)

    # -- attachments ---------------------------------------------------------------------
    def current_attachment(self) -> tuple[int, AttachmentItem] | None:
        index = self.ui.attachmentsView.currentIndex()
        item = self.attachments_model.row_at_index(index)
        return (index.row(), item) if item is not None else None

    def add_files(self) -> None:
        """Choose files; they are stored on OK (too large ones are refused at once)."""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), str(Path.home()), self.tr("All files (*)")
        )
        refused = []
        for name in names:
            path = Path(name)
            try:
                size = path.stat().st_size
            except OSError as error:
                refused.append(self._unreadable(path.name, error))
                continue
            if size > MAX_ATTACHMENT_BYTES:
                refused.append(
                    self.tr("«{name}» is too large to attach (50 MB at most).").format(
                        name=path.name
                    )
                )
                continue
            self.attachments_model.append_item(
                AttachmentItem(filename=path.name, size=size, path=path)
            )
        if refused:
            QMessageBox.warning(self, self.tr("Attachments"), "\n".join(refused))
        last = self.attachments_model.rowCount() - 1
        if names and last >= 0:
            self.ui.attachmentsView.setCurrentIndex(self.attachments_model.index(last, 0))

    def _content(self, item: AttachmentItem) -> bytes:
        if item.path is not None:
            return item.path.read_bytes()
        assert item.id is not None
        return attachment_content(self.database, item.id)[1]

    def open_file(self) -> None:
        """Open the current file with the program the system uses for it."""
        current = self.current_attachment()
        if current is None:
            return
        item = current[1]
        try:
            if item.path is not None:
                path = item.path
            else:
                folder = Path(tempfile.gettempdir()) / "pbdesk-attachments" / str(item.id)
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / Path(item.filename).name
                path.write_bytes(self._content(item))
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Attachments"), error.message)
            return
        except OSError as error:
            QMessageBox.warning(
                self, self.tr("Attachments"), self._unreadable(item.filename, error)
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self,
                self.tr("Attachments"),
                self.tr("No program on this computer could open «{name}».").format(
                    name=item.filename
                ),
            )

    def save_file_as(self) -> None:
        """Save a copy of the current file where the user chooses."""
        current = self.current_attachment()
        if current is None:
            return
        item = current[1]
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the attachment"), str(Path.home() / Path(item.filename).name)
        )
        if not target:
            return
        try:
            Path(target).write_bytes(self._content(item))
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Attachments"), error.message)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Attachments"),
                self.tr("«{name}» could not be written: {problem}").format(
                    name=Path(target).name, problem=error.strerror or str(error)
                ),
            )

    def remove_file(self) -> None:
        """Take the current file off the application (for good on OK)."""
        current = self.current_attachment()
        if current is None:
            return
        row, item = current
        if item.id is not None:
            self.removed_attachments.append(item.id)
        self.attachments_model.remove_item(row)

    def _unreadable(self, name: str, error: OSError) -> str:
        return self.tr("«{name}» could not be read: {problem}").format(
            name=name, problem=error.strerror or str(error)
        )

    def _update_file_buttons(self) -> None:
        selected = self.current_attachment() is not None
        for button in (
            self.ui.openFileButton,
            self.ui.saveFileButton,
            self.ui.removeFileButton,
        ):
            button.setEnabled(selected)

    # -- keys ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        ui = self.ui
        if (
            watched in (ui.budgetView, ui.attachmentsView)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
        ):
            if watched is ui.attachmentsView:
                self.open_file()
            elif ui.budgetView.state() != QAbstractItemView.State.EditingState:
                index = ui.budgetView.currentIndex()
                if index.isValid():
                    ui.budgetView.edit(index)
            return True
        return super().eventFilter(watched, event)


def _budget_errors_together(errors: dict[str, str]) -> dict[str, str]:
    """The budget lines' errors (``budget.1``, ``budget.2``…) shown under the table at once."""
    merged = {name: message for name, message in errors.items() if not name.startswith("budget.")}
    budget = [message for name, message in errors.items() if name.startswith("budget.")]
    if budget:
        merged["budget"] = " ".join(budget)
    return merged
