"""« Préparer le matériel de vote »: pick the printed pieces, build them, look at them, print.

Each piece ticked becomes one PDF in the folder the user chooses, built off the GUI thread
(``pbdesk.ui.tasks.run_with_progress``) with a progress bar and Cancel. A pack is written all
or nothing: pieces are built under temporary names and renamed only once all are built, so a
cancelled pack leaves no file behind. The campaign's print settings (accent colour, logo,
project order, quantities) are edited here and saved through ``pbdesk.workspace.printing``.

The generated PDFs are listed; each opens in the computer's PDF viewer, which previews and
prints it. (QtPdf would let pbdesk show and print them itself, but it comes with
PySide6-Addons, several times the size of the Qt pbdesk ships; the viewer every Windows
laptop has does both.)
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from pbdesk.domain.errors import ConcurrentEdit, DomainError, ValidationError
from pbdesk.printing import KindUnavailable, load_kind
from pbdesk.printing.base import Cancelled, PrintOptions
from pbdesk.ui.context import AppContext
from pbdesk.ui.fields import fit_height, show_errors
from pbdesk.ui.forms.ui_print_pack_dialog import Ui_PrintPackDialog
from pbdesk.ui.tasks import Cancel, Task, run_with_progress
from pbdesk.ui.tasks import Progress as TaskProgress
from pbdesk.workspace.campaigns import get_summary
from pbdesk.workspace.polling_stations import list_stations
from pbdesk.workspace.printing import (
    PrintSettingsInput,
    PrintSettingsView,
    decided_without_vote,
    get_print_settings,
    no_vote_papers,
    save_print_settings,
)
from pbdesk.workspace.vote_results import published_result

#: The pieces, in the order of the dialog.
PIECES = ("ballots", "posters", "booklet", "signin", "pv", "results")
#: The vote-day poster: its own PDF, built with the project posters ("posters" ticked) for a
#: campaign that votes.
VOTE_DAY = "voteday"
#: The residents' poster (``PrintReportsDialog``): the follow-up kind printed on A3.
RESIDENTS_POSTER = "followup-poster"
#: Pieces that are no kind of their own: (kind module, function).
BUILDERS = {
    VOTE_DAY: ("posters", "build_vote_day"),
    RESIDENTS_POSTER: ("followup", "build"),
}
#: Pieces printed on the chosen paper size (the others are A4).
POSTER_PIECES = frozenset({"posters", VOTE_DAY, "results"})
#: Pieces that a campaign decided without a vote has no use for.
VOTE_PIECES = frozenset({"ballots", "signin", "pv", "results"})
#: Steps of the progress bar per piece.
STEPS = 1000
FOLDER_SETTING = "print/folder"


def _file_stem(text: str) -> str:
    """``text`` as a plain ASCII piece of a file name (``École 2`` → ``ecole-2``)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "station"


@dataclass(frozen=True)
class Piece:
    """One PDF to build: its kind, the file it goes to, and its options."""

    kind: str
    path: Path
    options: PrintOptions


@dataclass(frozen=True)
class BuiltPiece:
    kind: str
    path: Path
    pages: int


@dataclass(frozen=True)
class PackOutcome:
    built: tuple[BuiltPiece, ...]
    #: Pieces refused, each with its sentence (nothing written for them).
    refused: tuple[tuple[str, str], ...]


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def _tell(
    progress: TaskProgress, cancel: Cancel, base: int, total: int, done: int, steps: int
) -> bool:
    """A piece's progress as a slice of the pack's; False once cancel is asked."""
    progress(base + done * STEPS // max(1, steps), total)
    return not cancel()


def _backup(path: Path) -> Path:
    return path.with_name(f".{path.name}.old")


class FileNotReplaced(Exception):
    """A file of the pack could not be put in place (on Windows, typically a PDF still open
    in the viewer): nothing of the pack was changed. ``path`` is the file, ``error`` why."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(f"{path}: {error}")
        self.path = path
        self.error = error


def put_in_place(files: Sequence[tuple[Path, Path]]) -> None:
    """Rename each ``(part, target)``'s part over its target, all or nothing.

    The targets that already exist are first moved aside to backups: one that cannot be (it
    is open in a viewer, read-only…) stops everything before any target changed. Then the
    parts are renamed; on any failure every target gets back its former content (or is
    removed if it is new). The parts never outlive the call, and the backups are dropped on
    success. Raises ``FileNotReplaced`` naming the file that failed.
    """
    moved: list[tuple[Path, Path]] = []  # (target, its backup)
    placed: list[Path] = []
    try:
        for _part, target in files:
            if target.exists():
                backup = _backup(target)
                try:
                    target.replace(backup)
                except OSError as error:
                    raise FileNotReplaced(target, error) from error
                moved.append((target, backup))
        for part, target in files:
            try:
                part.replace(target)
            except OSError as error:
                raise FileNotReplaced(target, error) from error
            placed.append(target)
    except BaseException:
        backups = dict(moved)
        for target in placed:  # a new file: removed; a replaced one: restored below
            if target not in backups:
                target.unlink(missing_ok=True)
        for target, backup in moved:
            # Should this fail too (the folder vanished…), the old content stays in the backup.
            with contextlib.suppress(OSError):
                backup.replace(target)
        for part, _target in files:
            part.unlink(missing_ok=True)
        raise
    for _target, backup in moved:
        backup.unlink(missing_ok=True)


def not_replaced_message(error: FileNotReplaced) -> str:
    """The sentence for a pack that could not be put in place: which file, what to do."""
    name = error.path.name
    if isinstance(error.error, PermissionError):
        return QCoreApplication.translate(
            "PrintPackDialog",
            "Close «{name}» in the PDF viewer, then try again: nothing was changed in the folder.",
        ).format(name=name)
    return QCoreApplication.translate(
        "PrintPackDialog",
        "«{name}» could not be replaced ({error}): nothing was changed in the folder.",
    ).format(name=name, error=error.error.strerror or error.error)


def build_pack(
    database: Any,
    campaign_id: int,
    pieces: Sequence[Piece],
    progress: TaskProgress,
    cancel: Cancel,
) -> PackOutcome:
    """Build every piece under a temporary name, then put them all in place
    (``put_in_place``); a piece refused (its sentence kept) is skipped. On cancel or any
    failure — a target that cannot be replaced included (``FileNotReplaced``) — no file of
    the folder changed and no temporary file is left."""
    total = max(1, len(pieces)) * STEPS
    written: list[tuple[BuiltPiece, Path]] = []
    refused: list[tuple[str, str]] = []
    try:
        for number, piece in enumerate(pieces):
            base = number * STEPS
            tell = partial(_tell, progress, cancel, base, total)
            if cancel():
                raise Cancelled()
            part = _partial(piece.path)
            try:
                kind, function = BUILDERS.get(piece.kind, (piece.kind, "build"))
                build = getattr(load_kind(kind), function)
                pages = build(database, campaign_id, part, piece.options, tell)
            except (DomainError, KindUnavailable) as error:
                part.unlink(missing_ok=True)
                refused.append((piece.kind, str(error)))
                continue
            except BaseException:
                part.unlink(missing_ok=True)
                raise
            written.append((BuiltPiece(piece.kind, piece.path, pages), part))
            progress(base + STEPS, total)
        if cancel():
            raise Cancelled()
    except BaseException:
        for _built, part in written:
            part.unlink(missing_ok=True)
        raise
    put_in_place([(part, built.path) for built, part in written])
    return PackOutcome(tuple(b for b, _ in written), tuple(refused))


def print_folder(context: AppContext, campaign_id: int) -> str:
    """The folder the PDF files went to last time, else ``Documents/pbdesk/<campaign>``."""
    folder = str(context.settings.value(FOLDER_SETTING, "", type=str))
    if not folder:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        slug = get_summary(context.database, campaign_id).slug
        folder = str(Path(documents or Path.home()) / "pbdesk" / slug)
    return folder


class PdfFilesDialog(QDialog):
    """What the print pack and the reports dialog share: PDF files built into a folder off the
    GUI thread (progress, Cancel, all or nothing), then listed and opened in the computer's
    viewer. A subclass sets ``ui`` (a form with ``folderEdit``, ``folderButton``,
    ``generateButton``, ``generalError``, ``filesList`` and ``openButton``), calls
    ``connect_files`` and gives ``generate`` and ``piece_labels``."""

    def __init__(self, context: AppContext, campaign_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.campaign_id = campaign_id
        self.ui: Any = None
        self.task: Task | None = None
        self.outcome: PackOutcome | None = None

    def connect_files(self) -> None:
        ui = self.ui
        ui.folderButton.clicked.connect(self.choose_folder)
        ui.generateButton.clicked.connect(self.generate)
        ui.openButton.clicked.connect(self.open_selected)
        ui.filesList.itemActivated.connect(lambda _item: self.open_selected())
        ui.filesList.currentRowChanged.connect(lambda _row: self._update_file_buttons())
        QShortcut(QKeySequence.StandardKey.Print, self, self.open_selected)

    def generate(self) -> None:
        raise NotImplementedError

    def piece_labels(self) -> dict[str, str]:
        """Each kind of piece as the list of files names it."""
        raise NotImplementedError

    # -- generating --------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("PdfFilesDialog", "Folder for the PDF files"),
            self.ui.folderEdit.text(),
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    def target_folder(self) -> Path | None:
        """The folder typed, created if need be; None, with the sentence shown, if not."""
        ui = self.ui
        text = ui.folderEdit.text().strip()
        if not text:
            ui.generalError.say(
                QCoreApplication.translate(
                    "PdfFilesDialog", "Choose the folder where the PDF files go."
                )
            )
            return None
        folder = Path(text).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            ui.generalError.say(
                QCoreApplication.translate(
                    "PdfFilesDialog", "The folder «{folder}» cannot be created: {error}"
                ).format(folder=folder, error=error.strerror or error)
            )
            return None
        return folder

    def build(self, folder: Path, pieces: list[Piece], title: str) -> None:
        """Build ``pieces`` off the GUI thread (the folder is remembered for next time)."""
        self.context.settings.setValue(FOLDER_SETTING, str(folder))
        database = self.context.database
        campaign_id = self.campaign_id

        def job(progress: TaskProgress, cancel: Cancel) -> PackOutcome:
            return build_pack(database, campaign_id, pieces, progress, cancel)

        self.ui.generateButton.setEnabled(False)
        self.task = run_with_progress(
            self,
            title,
            QCoreApplication.translate("PdfFilesDialog", "Building the PDF files…"),
            job,
        )
        self.task.succeeded.connect(self._built)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.task.finished.connect(self._finished)

    def _finished(self) -> None:
        self.task = None
        self.ui.generateButton.setEnabled(True)

    def _cancelled(self) -> None:
        self.ui.generalError.say(
            QCoreApplication.translate("PdfFilesDialog", "Cancelled: no file was written.")
        )
        fit_height(self)

    def _failed(self, error: object) -> None:
        if isinstance(error, DomainError):
            message = error.message
        elif isinstance(error, FileNotReplaced):
            message = not_replaced_message(error)
        else:
            message = QCoreApplication.translate(
                "PdfFilesDialog", "The PDF files could not be built: {error}"
            ).format(error=error)
        self.ui.generalError.say(message)
        fit_height(self)

    def _built(self, outcome: PackOutcome) -> None:
        self.outcome = outcome
        labels = self.piece_labels()
        ui = self.ui
        ui.filesList.clear()
        for built in outcome.built:
            pages = (
                QCoreApplication.translate("PdfFilesDialog", "1 page")
                if built.pages == 1
                else QCoreApplication.translate("PdfFilesDialog", "{count} pages").format(
                    count=built.pages
                )
            )
            item = QListWidgetItem(
                QCoreApplication.translate("PdfFilesDialog", "{piece}: {file} ({pages})").format(
                    piece=labels[built.kind], file=built.path.name, pages=pages
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, str(built.path))
            ui.filesList.addItem(item)
        if outcome.refused:
            ui.generalError.say(
                "\n".join(
                    QCoreApplication.translate("PdfFilesDialog", "{piece}: {reason}").format(
                        piece=labels[kind], reason=reason
                    )
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
                QCoreApplication.translate("PdfFilesDialog", "Open the PDF"),
                QCoreApplication.translate(
                    "PdfFilesDialog", "No program on this computer opens «{name}»."
                ).format(name=path.name),
            )


class PrintPackDialog(PdfFilesDialog):
    """Prepares the vote material of a campaign: the pieces ticked become PDFs in a folder.

    Signals: none beyond QDialog's; the campaign's print settings are saved (and journaled)
    when the user saves them or generates with changed settings.
    """

    def __init__(self, context: AppContext, campaign_id: int, parent: QWidget | None = None):
        super().__init__(context, campaign_id, parent)
        self.ui = Ui_PrintPackDialog()
        self.ui.setupUi(self)
        self._settings: PrintSettingsView | None = None
        self._accent = "#1F5F8B"
        self._logo: bytes | None = None
        self._logo_name = ""
        self._remove_logo = False
        #: The campaign decides without a vote: no ballots, vote-day poster, sign-in…
        self.without_vote = False
        ui = self.ui
        self.checks = {
            "ballots": ui.ballotsCheck,
            "posters": ui.postersCheck,
            "booklet": ui.bookletCheck,
            "signin": ui.signinCheck,
            "pv": ui.pvCheck,
            "results": ui.resultsCheck,
        }
        for per_sheet in (1, 2, 4):
            ui.perSheetCombo.addItem(str(per_sheet), per_sheet)
        ui.paperCombo.addItem(self.tr("A3"), "A3")
        ui.paperCombo.addItem(self.tr("A4"), "A4")
        ui.orderCombo.addItem(self.tr("By code"), "code")
        ui.orderCombo.addItem(
            self.tr("Random order (drawn once, the same at every print)"), "random"
        )
        ui.serialsCheck.toggled.connect(lambda _on: self._show_serials_note())
        ui.accentButton.clicked.connect(self.choose_accent)
        ui.logoButton.clicked.connect(self.choose_logo)
        ui.removeLogoButton.clicked.connect(self.remove_logo)
        ui.saveSettingsButton.clicked.connect(self.save_settings)
        self.connect_files()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_settings)
        self.load()

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        ui = self.ui
        database = self.context.database
        settings = get_print_settings(database, self.campaign_id)
        self._settings = settings
        self._accent = settings.accent
        self._logo, self._logo_name, self._remove_logo = None, settings.logo_filename, False
        self._show_accent()
        self._show_logo(settings.has_logo)
        ui.orderCombo.setCurrentIndex(max(0, ui.orderCombo.findData(settings.project_order)))
        ui.copiesSpin.setValue(settings.ballots_per_station)
        ui.perSheetCombo.setCurrentIndex(
            max(0, ui.perSheetCombo.findData(settings.ballots_per_sheet))
        )
        ui.largePrintCheck.setChecked(settings.large_print)
        ui.serialsCheck.setChecked(settings.serials)
        ui.contactEdit.setText(settings.data_contact)
        ui.stationCombo.clear()
        ui.stationCombo.addItem(self.tr("Every station"), None)
        for station in list_stations(database, self.campaign_id):
            ui.stationCombo.addItem(station.name, station.id)
        ui.settingsStatusLabel.setText("")
        self._check_pieces()
        ui.folderEdit.setText(print_folder(self.context, self.campaign_id))
        self._update_file_buttons()

    def _check_pieces(self) -> None:
        """Pieces this version cannot print are disabled; results wait for publication; a
        campaign decided without a vote gets only its project posters and booklet."""
        for kind, check in self.checks.items():
            check.setEnabled(True)
            check.setToolTip("")
            try:
                load_kind(kind)
            except KindUnavailable as error:
                check.setChecked(False)
                check.setEnabled(False)
                check.setToolTip(str(error))
        self.without_vote = decided_without_vote(self.context.database, self.campaign_id)
        if self.without_vote:
            reason = no_vote_papers().message
            for kind in VOTE_PIECES:
                check = self.checks[kind]
                check.setChecked(False)
                check.setEnabled(False)
                check.setToolTip(reason)
            self.ui.postersCheck.setText(self.tr("&Posters of the projects"))
            if self.ui.postersCheck.isEnabled():
                self.ui.postersCheck.setToolTip(
                    self.tr(
                        "Only the posters of the projects: this campaign decided without a vote."
                    )
                )
        else:
            self.ui.postersCheck.setText(self.tr("&Posters of the projects and of the vote day"))
            self.ui.postersCheck.setToolTip(
                self.tr("One poster per project, and the vote-day poster in a file of its own")
            )
        # Stations, copies, ballots per sheet and serials only concern the vote papers.
        for widget in (
            self.ui.stationCombo,
            self.ui.copiesSpin,
            self.ui.perSheetCombo,
            self.ui.serialsCheck,
        ):
            widget.setEnabled(not self.without_vote)
        self._show_serials_note()
        published = published_result(self.context.database, self.campaign_id) is not None
        results = self.ui.resultsCheck
        if results.isEnabled() and not published:
            results.setEnabled(False)
            results.setChecked(False)
            results.setToolTip(self.tr("The results are not published yet (phase 8, results)."))
        for kind in ("ballots", "posters", "booklet"):
            check = self.checks[kind]
            check.setChecked(check.isEnabled())

    def _show_serials_note(self) -> None:
        """Where the decision to number ballots is made, say what it asks of the desk: the
        printed stack is shuffled before the vote, or a serial follows the sign-in order."""
        check = self.ui.serialsCheck
        self.ui.serialsNote.setVisible(check.isEnabled() and check.isChecked())

    # -- print settings ------------------------------------------------------------------
    def _show_accent(self) -> None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(self._accent))
        self.ui.accentButton.setIcon(QIcon(pixmap))
        self.ui.accentButton.setText(self._accent)

    def _show_logo(self, has_logo: bool) -> None:
        shown = (has_logo and not self._remove_logo) or self._logo is not None
        self.ui.logoNameLabel.setText(
            (self._logo_name or self.tr("(a picture)")) if shown else self.tr("No logo")
        )
        self.ui.removeLogoButton.setEnabled(shown)

    def choose_accent(self) -> None:
        colour = QColorDialog.getColor(
            QColor(self._accent), self, self.tr("Accent colour of the printed pieces")
        )
        if colour.isValid():
            self._accent = colour.name().upper()
            self._show_accent()
            self.ui.settingsStatusLabel.setText("")

    def choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if name:
            self.set_logo(Path(name))

    def set_logo(self, path: Path) -> None:
        """Take ``path``'s picture as the logo (saved with the settings)."""
        try:
            self._logo = path.read_bytes()
        except OSError as error:
            self.ui.settingsError.say(
                self.tr("The file «{name}» cannot be read: {error}").format(
                    name=path.name, error=error.strerror or error
                )
            )
            return
        self._logo_name = path.name
        self._remove_logo = False
        self._show_logo(True)

    def remove_logo(self) -> None:
        self._logo, self._logo_name, self._remove_logo = None, "", True
        self._show_logo(False)

    def settings_input(self) -> PrintSettingsInput:
        ui = self.ui
        return PrintSettingsInput(
            accent=self._accent,
            project_order=str(ui.orderCombo.currentData()),
            serials=ui.serialsCheck.isChecked(),
            ballots_per_station=ui.copiesSpin.value(),
            ballots_per_sheet=int(ui.perSheetCombo.currentData()),
            large_print=ui.largePrintCheck.isChecked(),
            data_contact=ui.contactEdit.text(),
            logo=self._logo,
            logo_filename=self._logo_name,
            remove_logo=self._remove_logo,
        )

    def settings_changed(self) -> bool:
        saved = self._settings
        if saved is None or not saved.saved:
            return True
        data = self.settings_input()
        return (
            data.logo is not None
            or data.remove_logo
            or (
                data.accent.upper(),
                data.project_order,
                data.serials,
                data.ballots_per_station,
                data.ballots_per_sheet,
                data.large_print,
                " ".join(data.data_contact.split()),
            )
            != (
                saved.accent.upper(),
                saved.project_order,
                saved.serials,
                saved.ballots_per_station,
                saved.ballots_per_sheet,
                saved.large_print,
                saved.data_contact,
            )
        )

    def save_settings(self) -> bool:
        """Save the print settings (journaled); False, with the sentence shown, if refused."""
        ui = self.ui
        saved = self._settings
        try:
            view = save_print_settings(
                self.context.database,
                self.campaign_id,
                self.settings_input(),
                self.context.author(),
                expected_version=saved.version if saved is not None else None,
            )
        except ValidationError as error:
            rest = show_errors(
                {"logo": ui.settingsError, "data_contact": ui.settingsError}, error.errors
            )
            if rest:
                ui.settingsError.say(" ".join([ui.settingsError.text(), *rest]).strip())
            fit_height(self)
            return False
        except (ConcurrentEdit, DomainError) as error:
            ui.settingsError.say(error.message)
            fit_height(self)
            return False
        ui.settingsError.say("")
        self._settings = view
        self.ui.contactEdit.setText(view.data_contact)
        self._logo, self._logo_name, self._remove_logo = None, view.logo_filename, False
        self._show_logo(view.has_logo)
        ui.settingsStatusLabel.setText(self.tr("Saved."))
        return True

    # -- generating --------------------------------------------------------------------------
    def chosen_kinds(self) -> list[str]:
        return [
            kind
            for kind in PIECES
            if self.checks[kind].isEnabled() and self.checks[kind].isChecked()
        ]

    def file_name(self, kind: str) -> str:
        """The PDF's file name for ``kind`` (``slug-bulletins.pdf``)."""
        stems = {
            "ballots": self.tr("ballots"),
            "posters": self.tr("posters"),
            "booklet": self.tr("booklet"),
            "signin": self.tr("sign-in-sheets"),
            "pv": self.tr("record-of-the-count"),
            "results": self.tr("results"),
            VOTE_DAY: self.tr("vote-day-poster"),
        }
        slug = self._settings.campaign_slug if self._settings else str(self.campaign_id)
        station = self.ui.stationCombo.currentData()
        suffix = ""
        if station is not None and kind in ("ballots", "signin", "pv"):
            suffix = "-" + _file_stem(self.ui.stationCombo.currentText())
        return f"{slug}-{stems[kind]}{suffix}.pdf"

    def pieces(self, folder: Path) -> list[Piece]:
        ui = self.ui
        station = ui.stationCombo.currentData()
        base = PrintOptions(
            station_id=station,
            copies=ui.copiesSpin.value(),
            per_sheet=int(ui.perSheetCombo.currentData()),
            paper="A4",
            large_print=ui.largePrintCheck.isChecked(),
            serials=ui.serialsCheck.isChecked(),
        )
        paper = str(ui.paperCombo.currentData())
        kinds: list[str] = []
        for kind in self.chosen_kinds():
            kinds.append(kind)
            if kind == "posters" and not self.without_vote:
                kinds.append(VOTE_DAY)
        return [
            Piece(
                kind,
                folder / self.file_name(kind),
                replace(base, paper=paper) if kind in POSTER_PIECES else base,
            )
            for kind in kinds
        ]

    def generate(self) -> None:
        """Build the pieces ticked into the folder, off the GUI thread."""
        ui = self.ui
        if self.task is not None:
            return
        ui.generalError.say("")
        if not self.chosen_kinds():
            ui.generalError.say(self.tr("Tick at least one piece to print."))
            return
        folder = self.target_folder()
        if folder is None:
            return
        if self.settings_changed() and not self.save_settings():
            return
        self.build(folder, self.pieces(folder), self.tr("Prepare the vote material"))

    def piece_labels(self) -> dict[str, str]:
        labels = {
            kind: check.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            for kind, check in self.checks.items()
        }
        labels[VOTE_DAY] = self.tr("Vote-day poster")
        return labels
