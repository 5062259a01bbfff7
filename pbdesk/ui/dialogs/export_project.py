"""« Fichier › Exporter la campagne… »: one campaign written to a ``.pbdesk`` project file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.exchange.project_file import ExportResult, export_campaign
from pbdesk.ui.context import AppContext
from pbdesk.ui.fields import fit_height
from pbdesk.ui.forms.ui_export_project_dialog import Ui_ExportProjectDialog
from pbdesk.ui.tasks import Task, run_with_progress
from pbdesk.workspace.campaigns import list_campaigns

SUFFIX = ".pbdesk"
#: Where the last project file was written or read (QSettings key).
FOLDER_SETTING = "exchange/folder"


def project_folder(context: AppContext) -> Path:
    """The folder of the last project file, else the user's documents."""
    saved = str(context.settings.value(FOLDER_SETTING, "", type=str))
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(context: AppContext, path: Path) -> None:
    context.settings.setValue(FOLDER_SETTING, str(path.parent))


class ExportProjectDialog(QDialog):
    """Chooses the campaign, the file and whether personal data goes along, then writes the
    file off the GUI thread under a progress dialog. After ``accepted``, ``export_result`` holds the
    ``ExportResult``; a refusal is said in the dialog, which stays open."""

    def __init__(
        self, context: AppContext, campaign_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.export_result: ExportResult | None = None
        self.task: Task | None = None
        self.ui = Ui_ExportProjectDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._campaigns = list_campaigns(context.database)
        for campaign in self._campaigns:
            ui.campaignCombo.addItem(campaign.name, campaign.id)
        index = ui.campaignCombo.findData(campaign_id) if campaign_id is not None else 0
        ui.campaignCombo.setCurrentIndex(max(index, 0))
        self._suggested = ""
        #: A file the user already agreed to replace (in the file dialog).
        self._approved = ""
        self._suggest_file()
        ui.personalWarning.hide()
        ui.campaignCombo.currentIndexChanged.connect(self._suggest_file)
        ui.browseButton.clicked.connect(self.browse)
        ui.personalCheck.toggled.connect(self._personal_toggled)
        ui.exportButton.clicked.connect(self.export)
        ui.exportButton.setEnabled(bool(self._campaigns))

    # -- the form ----------------------------------------------------------------------
    @property
    def campaign_id(self) -> int | None:
        value = self.ui.campaignCombo.currentData()
        return int(value) if value is not None else None

    def _slug(self) -> str:
        for campaign in self._campaigns:
            if campaign.id == self.campaign_id:
                return campaign.slug
        return "campagne"

    def _suggest_file(self) -> None:
        """Follow the campaign's slug unless the user typed a file of their own."""
        current = self.ui.fileEdit.text().strip()
        if current and current != self._suggested:
            return
        folder = Path(current).parent if current else project_folder(self.context)
        self._suggested = str(folder / f"{self._slug()}{SUFFIX}")
        self.ui.fileEdit.setText(self._suggested)

    def _personal_toggled(self, checked: bool) -> None:
        self.ui.personalWarning.setVisible(checked)
        self.ui.personalNote.setVisible(not checked)
        fit_height(self)

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the campaign"),
            self.ui.fileEdit.text(),
            self.tr("pbdesk project files (*.pbdesk)"),
        )
        if chosen:
            path = self._with_suffix(Path(chosen))
            if path.exists():
                self._approved = str(path)  # the file dialog asked about replacing it
            self.ui.fileEdit.setText(str(path))

    @staticmethod
    def _with_suffix(path: Path) -> Path:
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)

    def target(self) -> Path | None:
        """The file to write (``.pbdesk`` added), or None when the field is empty."""
        text = self.ui.fileEdit.text().strip()
        return self._with_suffix(Path(text).expanduser()) if text else None

    # -- writing -----------------------------------------------------------------------
    def export(self) -> None:
        ui = self.ui
        ui.fileError.say("")
        ui.generalError.say("")
        path = self.target()
        campaign_id = self.campaign_id
        if path is None or campaign_id is None:
            ui.fileError.say(self.tr("Choose where to write the project file."))
            ui.fileEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            fit_height(self)
            return
        if not path.parent.is_dir():
            ui.fileError.say(
                self.tr("The folder «{folder}» does not exist.").format(folder=path.parent)
            )
            ui.fileEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            fit_height(self)
            return
        if path.exists() and str(path) != self._approved:
            answer = QMessageBox.question(
                self,
                self.tr("Export the campaign"),
                self.tr("«{name}» already exists. Replace it?").format(name=path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        database = self.context.database
        personal = ui.personalCheck.isChecked()

        def job(progress, cancel):  # type: ignore[no-untyped-def]
            return export_campaign(
                database,
                campaign_id,
                path,
                include_personal_data=personal,
                progress=progress,
                cancel=cancel,
            )

        self._set_busy(True)
        self.task = run_with_progress(
            self,
            self.tr("Export the campaign"),
            self.tr("Writing «{name}»…").format(name=path.name),
            job,
        )
        self.task.succeeded.connect(self._written)
        self.task.failed.connect(self._refused)
        self.task.cancelled.connect(self._stopped)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.ui.exportButton,
            self.ui.cancelButton,
            self.ui.browseButton,
            self.ui.campaignCombo,
            self.ui.fileEdit,
            self.ui.personalCheck,
        ):
            widget.setEnabled(not busy)

    def _written(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.export_result = result
        self.task = None
        remember_folder(self.context, result.path)
        self.accept()

    def _refused(self, error: object) -> None:
        self.task = None
        self._set_busy(False)
        if isinstance(error, DomainError):
            self.ui.generalError.say(error.message)
        else:
            self.ui.generalError.say(
                self.tr("The file could not be written: {error}").format(error=error)
            )
        fit_height(self)

    def _stopped(self) -> None:
        self.task = None
        self._set_busy(False)
        self.ui.generalError.say(self.tr("Stopped: no file was written."))
        fit_height(self)

    def status_message(self) -> str:
        """What the main window's status bar says once the file is written."""
        result = self.export_result
        if result is None:
            return ""
        return self.tr(
            "«{campaign}» exported to {path} ({records} records, {attachments} attachments)."
        ).format(
            campaign=result.campaign_name,
            path=result.path,
            records=result.records,
            attachments=result.attachments,
        )
