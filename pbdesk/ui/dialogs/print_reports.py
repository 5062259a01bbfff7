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

from PySide6.QtWidgets import QWidget

from pbdesk.printing.base import PrintOptions
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.print_pack import RESIDENTS_POSTER, PdfFilesDialog, Piece, print_folder
from pbdesk.ui.forms.ui_print_reports_dialog import Ui_PrintReportsDialog
from pbdesk.workspace.campaigns import get_summary

#: The documents, in the order of the dialog: (piece, paper).
PIECES: tuple[tuple[str, str], ...] = (
    ("followup", "A4"),
    (RESIDENTS_POSTER, "A3"),
    ("report", "A4"),
)


class PrintReportsDialog(PdfFilesDialog):
    """Prints the residents' report and poster and the end-of-edition report of a campaign.

    Signals: none beyond QDialog's; nothing in the database changes (the folder chosen is
    remembered in the settings, shared with the print pack).
    """

    def __init__(self, context: AppContext, campaign_id: int, parent: QWidget | None = None):
        super().__init__(context, campaign_id, parent)
        self.ui = Ui_PrintReportsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.checks = {
            "followup": ui.residentsReportCheck,
            RESIDENTS_POSTER: ui.residentsPosterCheck,
            "report": ui.editionReportCheck,
        }
        for check in self.checks.values():
            check.setChecked(True)
        self.connect_files()
        self._slug = get_summary(context.database, campaign_id).slug
        ui.folderEdit.setText(print_folder(context, campaign_id))
        self._update_file_buttons()

    # -- generating --------------------------------------------------------------------------
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
        folder = self.target_folder()
        if folder is None:
            return
        self.build(folder, self.pieces(folder), self.windowTitle())

    def piece_labels(self) -> dict[str, str]:
        return {
            RESIDENTS_POSTER: self.tr("Residents' poster"),
            "followup": self.tr("Residents' report"),
            "report": self.tr("End-of-edition report"),
        }
