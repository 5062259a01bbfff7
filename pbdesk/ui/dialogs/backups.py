"""« Fichier › Sauvegardes… »: the rotating backups of the database file, and restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from pbdesk.store.backups import Backup, backups_folder, last_erasure, list_backups
from pbdesk.ui.context import AppContext
from pbdesk.ui.forms.ui_backups_dialog import Ui_BackupsDialog
from pbdesk.ui.models.backups import BackupColumn, BackupsModel


class BackupsDialog(QDialog):
    """Lists the backups of the SQLite file at ``database_path`` (date, kind, size), newest
    first, and asks for confirmation before restoring one.

    The dialog restores nothing itself: the database must be closed meanwhile, which only its
    owner can do. Once the user chose and confirmed a backup the dialog is accepted and
    ``chosen`` holds its path; the owner (the app, told by ``MainWindow.restore_requested``)
    closes the database, restores the backup (the current file is backed up first) and
    reopens it.

    ``unavailable`` explains, instead of a list, why there is nothing to restore here (the
    demo, a server database).
    """

    def __init__(
        self,
        database_path: Path | None,
        parent: QWidget | None = None,
        *,
        unavailable: str = "",
    ) -> None:
        super().__init__(parent)
        self.database_path = database_path
        #: The backup the user confirmed (set just before ``restore_requested``).
        self.chosen: Path | None = None
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = BackupsModel(self)
        ui.backupsView.setModel(self.model)
        header = ui.backupsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupColumn.REASON, QHeaderView.ResizeMode.Stretch)
        ui.backupsView.verticalHeader().setDefaultSectionSize(
            ui.backupsView.fontMetrics().height() + 8
        )
        ui.restoreButton.clicked.connect(self.restore)
        ui.folderButton.clicked.connect(self.open_folder)
        ui.backupsView.doubleClicked.connect(lambda _index: self.restore())
        ui.emptyLabel.hide()
        if unavailable or database_path is None:
            ui.introLabel.setText(unavailable)
            for widget in (ui.backupsLabel, ui.backupsView, ui.restoreButton, ui.folderButton):
                widget.hide()
            ui.folderLabel.hide()
            return
        self.load()

    @classmethod
    def for_context(cls, context: AppContext, parent: QWidget | None = None) -> BackupsDialog:
        """The backups of the database ``context`` shows (or why it has none to offer)."""
        database = context.database
        unavailable = ""
        if context.is_demo:
            unavailable = QCoreApplication.translate(
                "BackupsDialog",
                "The demo is a throw-away copy: it has no backups to restore. Close the demo "
                "to see the backups of your own database.",
            )
        elif database.path is None:
            unavailable = QCoreApplication.translate(
                "BackupsDialog",
                "This database is on a server: its backups are made by its administrator.",
            )
        return cls(database.path, parent, unavailable=unavailable)

    def load(self) -> None:
        ui = self.ui
        assert self.database_path is not None
        backups = list_backups(self.database_path)
        self.model.set_rows(backups)
        folder = backups_folder(self.database_path)
        ui.folderLabel.setText(
            self.tr("Database: {database}\nBackups folder: {folder}").format(
                database=self.database_path, folder=folder
            )
        )
        ui.restoreButton.setEnabled(bool(backups))
        ui.folderButton.setEnabled(folder.is_dir())
        if backups:
            # The newest backup of a sound file (a damaged file set aside is no cure).
            sound = [row for row, backup in enumerate(backups) if backup.reason != "damaged"]
            self.select(sound[0] if sound else 0)
            ui.backupsView.setFocus(Qt.FocusReason.OtherFocusReason)
        # No backup yet is the normal state of a new database: said plainly, in place of
        # an empty list.
        ui.emptyLabel.setVisible(not backups)
        ui.backupsLabel.setVisible(bool(backups))
        ui.backupsView.setVisible(bool(backups))

    def selected(self) -> Backup | None:
        return self.model.row_at_index(self.ui.backupsView.currentIndex())

    def select(self, row: int) -> None:
        self.ui.backupsView.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def restore(self) -> None:
        """Ask, then request the restore of the selected backup."""
        backup = self.selected()
        if backup is None:
            return
        question = self.tr(
            "Replace the whole database by the backup of {date}? Everything entered since "
            "then is replaced by what the database held at that moment. The current file "
            "is backed up first: you can come back to it from this list."
        ).format(date=backup.made_at.astimezone().strftime("%d/%m/%Y %H:%M:%S"))
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        assert self.database_path is not None
        erased_at = last_erasure(self.database_path)
        if erased_at is not None and backup.made_at < erased_at:
            # The backup predates an erasure of residents' personal data: restoring it
            # brings the erased details back, which the user must choose knowingly.
            warning = self.tr(
                "This backup was made before residents' personal data was erased, on {date}: "
                "restoring it brings back the erased names and contact details, and they "
                "would have to be erased again."
            ).format(date=erased_at.astimezone().strftime("%d/%m/%Y %H:%M"))
            answer = QMessageBox.warning(
                self,
                self.tr("Restore a backup made before an erasure"),
                f"{warning}\n\n{question}",
                buttons,
                QMessageBox.StandardButton.No,
            )
        else:
            answer = QMessageBox.question(
                self,
                self.tr("Restore a backup"),
                question,
                buttons,
                QMessageBox.StandardButton.No,
            )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.chosen = backup.path
        self.accept()

    def open_folder(self) -> None:
        if self.database_path is not None:
            folder = backups_folder(self.database_path)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
