"""« Imprimer les bilans »: the phase-9 documents, printed from the app.

Three documents, each one PDF in the folder the user chooses: the residents' report
« Où est passé l'argent ? » (A4, ``pbdesk.printing.followup``), the same news as a poster
for the neighbourhood (A3, the same kind on A3 paper) and the end-of-edition report
(``pbdesk.printing.report``), with a large-print option. It reuses the print pack's
machinery (``pbdesk.ui.dialogs.print_pack``): built off the GUI thread with a progress bar
and Cancel, all or nothing (a file still open in the viewer stops the whole set, and says
which), the files listed and opened in the computer's PDF viewer to look at and print.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QMessageBox, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.printing.base import PrintOptions
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.print_pack import (
    FOLDER_SETTING,
    RESIDENTS_POSTER,
    FileNotReplaced,
    PackOutcome,
    Piece,
    build_pack,
    not_replaced_message,
    print_folder,
)
from pbdesk.ui.fields import fit_height
from pbdesk.ui.forms.ui_print_reports_dialog import Ui_PrintReportsDialog
from pbdesk.ui.tasks import Cancel, Task, run_with_progress
from pbdesk.ui.tasks import Progress as TaskProgress
from pbdesk.workspace.campaigns import get_summary

#: The documents, in the order of the dialog: (piece, paper).
PIECES: tuple[tuple[str, str], ...] = (
    ("followup", "A4"),
    (RESIDENTS_POSTER, "A3"),
    ("report", "A4"),
)


class PrintReportsDialog(QDialog):
    """Prints the residents' report and poster and the end-of-edition report of a campaign.

    Signals: none beyond QDialog's; nothing in the database changes (the folder chosen is
    remembered in the settings, shared with the print pack).
    """

    def __init__(self, context: AppContext, campaign_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.campaign_id = campaign_id
        self.ui = Ui_PrintReportsDialog()
        self.ui.setupUi(self)
        self.task: Task | None = None
        self.outcome: PackOutcome | None = None
        ui = self.ui
        self.checks = {
            "followup": ui.residentsReportCheck,
            RESIDENTS_POSTER: ui.residentsPosterCheck,
            "report": ui.editionReportCheck,
        }
        for check in self.checks.values():
            check.setChecked(True)
        ui.folderButton.clicked.connect(self.choose_folder)
        ui.generateButton.clicked.connect(self.generate)
        ui.openButton.clicked.connect(self.open_selected)
        ui.filesList.itemActivated.connect(lambda _item: self.open_selected())
        ui.filesList.currentRowChanged.connect(lambda _row: self._update_file_buttons())
        QShortcut(QKeySequence.StandardKey.Print, self, self.open_selected)
        self._slug = get_summary(context.database, campaign_id).slug
        ui.folderEdit.setText(print_folder(context, campaign_id))
        self._update_file_buttons()

    # -- generating --------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the PDF files"), self.ui.folderEdit.text()
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    def chosen_kinds(self) -> list[str]:
        return [kind for kind, _paper in PIECES if self.checks[kind].isChecked()]

    def file_name(self, kind: str) -> str:
        """The PDF's file name for ``kind`` (``slug-rapport-habitants.pdf``)."""
        stems = {
            "followup": self.tr("residents-report"),
            RESIDENTS_POSTER: self.tr("residents-poster"),
            "report": self.tr("end-of-edition-report"),
        }
        return f"{self._slug}-{stems[kind]}.pdf"

    def pieces(self, folder: Path) -> list[Piece]:
        large = self.ui.largePrintCheck.isChecked()
        papers = dict(PIECES)
        return [
            Piece(
                kind,
                folder / self.file_name(kind),
                PrintOptions(paper=papers[kind], large_print=large),
            )
            for kind in self.chosen_kinds()
        ]

    def generate(self) -> None:
        """Build the documents ticked into the folder, off the GUI thread."""
        ui = self.ui
        if self.task is not None:
            return
        ui.generalError.say("")
        if not self.chosen_kinds():
            ui.generalError.say(self.tr("Tick at least one document to print."))
            return
        text = ui.folderEdit.text().strip()
        if not text:
            ui.generalError.say(self.tr("Choose the folder where the PDF files go."))
            return
        folder = Path(text).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            ui.generalError.say(
                self.tr("The folder «{folder}» cannot be created: {error}").format(
                    folder=folder, error=error.strerror or error
                )
            )
            return
        self.context.settings.setValue(FOLDER_SETTING, str(folder))
        pieces = self.pieces(folder)
        database = self.context.database
        campaign_id = self.campaign_id

        def job(progress: TaskProgress, cancel: Cancel) -> PackOutcome:
            return build_pack(database, campaign_id, pieces, progress, cancel)

        ui.generateButton.setEnabled(False)
        self.task = run_with_progress(
            self, self.windowTitle(), self.tr("Building the PDF files…"), job
        )
        self.task.succeeded.connect(self._built)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.task.finished.connect(self._finished)

    def _finished(self) -> None:
        self.task = None
        self.ui.generateButton.setEnabled(True)

    def _cancelled(self) -> None:
        self.ui.generalError.say(self.tr("Cancelled: no file was written."))
        fit_height(self)

    def _failed(self, error: object) -> None:
        if isinstance(error, DomainError):
            message = error.message
        elif isinstance(error, FileNotReplaced):
            message = not_replaced_message(error)
        else:
            message = self.tr("The PDF files could not be built: {error}").format(error=error)
        self.ui.generalError.say(message)
        fit_height(self)

    def piece_labels(self) -> dict[str, str]:
        return {
            RESIDENTS_POSTER: self.tr("Residents' poster"),
            "followup": self.tr("Residents' report"),
            "report": self.tr("End-of-edition report"),
        }

    def _built(self, outcome: PackOutcome) -> None:
        self.outcome = outcome
        labels = self.piece_labels()
        ui = self.ui
        ui.filesList.clear()
        for built in outcome.built:
            pages = (
                self.tr("1 page")
                if built.pages == 1
                else self.tr("{count} pages").format(count=built.pages)
            )
            item = QListWidgetItem(
                self.tr("{piece}: {file} ({pages})").format(
                    piece=labels[built.kind], file=built.path.name, pages=pages
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, str(built.path))
            ui.filesList.addItem(item)
        if outcome.refused:
            ui.generalError.say(
                "\n".join(
                    self.tr("{piece}: {reason}").format(piece=labels[kind], reason=reason)
                    for kind, reason in outcome.refused
                )
            )
            fit_height(self)
        if outcome.built:
            ui.filesList.setCurrentRow(0)
            ui.filesList.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_file_buttons()

    # -- the generated files ---------------------------------------------------------------
    def selected_path(self) -> Path | None:
        item = self.ui.filesList.currentItem()
        if item is None:
            return None
        return Path(str(item.data(Qt.ItemDataRole.UserRole)))

    def _update_file_buttons(self) -> None:
        self.ui.openButton.setEnabled(self.selected_path() is not None)

    def open_selected(self) -> None:
        path = self.selected_path()
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self,
                self.tr("Open the PDF"),
                self.tr("No program on this computer opens «{name}».").format(name=path.name),
            )
