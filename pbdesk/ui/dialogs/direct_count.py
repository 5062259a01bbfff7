"""A station's totals from a hand count: valid, blank and spoilt ballots, votes per project."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QSpinBox, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.vote import BallotKind
from pbdesk.store.database import Database
from pbdesk.ui.fields import fit_height
from pbdesk.ui.forms.ui_direct_count_dialog import Ui_DirectCountDialog
from pbdesk.workspace.ballot_codes import list_codes
from pbdesk.workspace.vote import get_settings
from pbdesk.workspace.vote_totals import (
    DirectCountInput,
    StationFigures,
    direct_count_of,
    record_direct_count,
)

MOST = 1_000_000


class DirectCountDialog(QDialog):
    """Types a station's hand count and stores it on OK (marked as a hand count, replacing
    an earlier one); a refusal is said in the dialog, which stays open.

    ``figures``, when the station already has a hand count, fills in what was typed then
    (totals, each project's votes and points, the remark) to correct it.
    """

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        station_id: int,
        author: str,
        figures: StationFigures | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.station_id = station_id
        self.author = author
        self.ui = Ui_DirectCountDialog()
        self.ui.setupUi(self)
        ui = self.ui
        name = figures.name if figures else ""
        ui.explanationLabel.setText(
            self.tr(
                "The ballots of «{station}» were counted by hand at the station: type the "
                "totals of the count report. They are marked as a hand count."
            ).format(station=name)
        )
        if figures is not None and figures.method == "hand_count":
            ui.validSpin.setValue(figures.valid)
            ui.blankSpin.setValue(figures.blank)
            ui.nulSpin.setValue(figures.nul)
        try:
            codes = list_codes(database, campaign_id)
            kind = get_settings(database, campaign_id).settings.ballot_kind
        except DomainError as error:
            codes, kind = [], BallotKind.APPROVAL
            ui.generalError.say(error.message)
        self.with_points = kind is BallotKind.POINTS
        #: Each project's vote (and points) fields, by application id.
        self.votes: dict[int, QSpinBox] = {}
        self.points: dict[int, QSpinBox] = {}
        grid = ui.projectsGrid
        grid.addWidget(QLabel(self.tr("Project"), ui.projectsWidget), 0, 0)
        grid.addWidget(QLabel(self.tr("Votes"), ui.projectsWidget), 0, 1)
        if self.with_points:
            grid.addWidget(QLabel(self.tr("Points"), ui.projectsWidget), 0, 2)
        chain: list[QWidget] = [ui.nulSpin]
        for row, code in enumerate(codes, start=1):
            label = QLabel(
                self.tr("{code} — {title}").format(code=code.code, title=code.title),
                ui.projectsWidget,
            )
            label.setWordWrap(True)
            spin = self._spin()
            label.setBuddy(spin)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            self.votes[code.application_id] = spin
            chain.append(spin)
            if self.with_points:
                points = self._spin()
                grid.addWidget(points, row, 2)
                self.points[code.application_id] = points
                chain.append(points)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(codes) + 1, 1)
        chain += [ui.remarkEdit, ui.buttonBox]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        if figures is not None and figures.method == "hand_count":
            self._fill(direct_count_of(database, station_id))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.validSpin.setFocus(Qt.FocusReason.OtherFocusReason)
        ui.validSpin.selectAll()

    def _fill(self, typed: DirectCountInput | None) -> None:
        """Show the hand count typed before, to correct it."""
        if typed is None:
            return
        for application_id, votes in typed.votes.items():
            if application_id in self.votes:
                self.votes[application_id].setValue(votes)
        for application_id, points in typed.points.items():
            if application_id in self.points:
                self.points[application_id].setValue(points)
        self.ui.remarkEdit.setText(typed.remark)

    def _spin(self) -> QSpinBox:
        spin = QSpinBox(self.ui.projectsWidget)
        spin.setMaximum(MOST)
        return spin

    def count(self) -> DirectCountInput:
        ui = self.ui
        return DirectCountInput(
            valid=ui.validSpin.value(),
            blank=ui.blankSpin.value(),
            nul=ui.nulSpin.value(),
            votes={key: spin.value() for key, spin in self.votes.items()},
            points={key: spin.value() for key, spin in self.points.items()},
            remark=ui.remarkEdit.text(),
        )

    def save(self) -> None:
        try:
            record_direct_count(self.database, self.station_id, self.count(), self.author)
        except DomainError as error:
            self.ui.generalError.say(error.message)
            fit_height(self)
            return
        self.accept()
