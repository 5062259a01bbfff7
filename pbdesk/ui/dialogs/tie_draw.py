"""Recording a draw by lot held before witnesses, when tied projects straddle the line."""

from __future__ import annotations

import secrets
from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.store.database import Database
from pbdesk.store.types import utcnow
from pbdesk.ui.fields import fit_height
from pbdesk.ui.forms.ui_tie_draw_dialog import Ui_TieDrawDialog
from pbdesk.workspace.tie_draws import MAX_SEED, DrawView, record_draw


class TieDrawDialog(QDialog):
    """Shows the tied projects, asks the witnesses' names and records the draw on OK
    (``record_draw``, journaled, printed in the PV). pbdesk draws the number only then, so
    nobody can try a number out before witnesses; the witnesses may instead type the number
    they drew themselves (dice, paper slips). A refusal shows next to its field and the
    dialog stays open.

    After ``accepted``, ``draw`` is the draw recorded.
    """

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        tied: Sequence[str],
        author: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.campaign_id = campaign_id
        self.author = author
        self.draw: DrawView | None = None
        self.ui = Ui_TieDrawDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.tiedLabel.setText(
            self.tr(
                "Projects {codes} are tied (same votes, same cost) and only some of them can "
                "be funded. Hold a draw by lot before witnesses: its number decides the order "
                "of the tied projects, and anyone can redo the count with it. It is written in "
                "the journal and the minutes (PV)."
            ).format(codes=", ".join(tied))
        )
        ui.seedEdit.setPlaceholderText(self.tr("drawn by pbdesk when you press OK"))
        ui.timeLabel.setText(utcnow().astimezone().strftime("%d/%m/%Y %H:%M"))
        ui.buttonBox.accepted.connect(self.apply)
        ui.witnessesEdit.setFocus()

    def seed(self) -> int | None:
        """The number the witnesses typed; a new one drawn when they typed none; None when
        what they typed is not a number pbdesk can use."""
        text = self.ui.seedEdit.text().strip().replace(" ", "")
        if not text:
            return secrets.randbelow(MAX_SEED)
        if not text.isdigit() or int(text) >= MAX_SEED:
            return None
        return int(text)

    def apply(self) -> None:
        ui = self.ui
        ui.seedError.say("")
        ui.witnessesError.say("")
        problems = False
        typed = self.seed() if ui.seedEdit.text().strip() else 0
        if typed is None:
            ui.seedError.say(self.tr("Type a whole number of at most 15 digits."))
            problems = True
        if not ui.witnessesEdit.text().strip():
            ui.witnessesError.say(self.tr("Name the witnesses of the draw."))
            problems = True
        if problems:
            fit_height(self)
            return
        seed = self.seed()  # drawn now, before the witnesses, when none was typed
        try:
            self.draw = record_draw(
                self.database,
                self.campaign_id,
                ui.witnessesEdit.text(),
                self.author,
                seed=seed,
                note=ui.noteEdit.text(),
            )
        except DomainError as error:
            ui.witnessesError.say(error.message)
            fit_height(self)
            return
        self.accept()
