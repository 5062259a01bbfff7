"""Émargement: the sign-in desk of a polling station, one voter after the other.

The agent types the last name, first names and birth date (and, for a proxy vote, the
identity of the person who gave the proxy) and presses Enter; the answer comes at once in
a large coloured line and the fields are emptied for the next voter. The page keeps no
names: the fields are reset without an undo history, and the register (in the workspace)
stores only keyed fingerprints unless the campaign opted in.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.register import AgeBand
from pbdesk.domain.vote import ResidenceRule
from pbdesk.ui.context import AppContext
from pbdesk.ui.fields import format_date
from pbdesk.ui.forms.ui_signin_page import Ui_SignInPage
from pbdesk.ui.models.vote_desk import SignaturesColumn, SignaturesModel
from pbdesk.ui.pages import CampaignPage
from pbdesk.workspace.polling_stations import list_stations
from pbdesk.workspace.vote import get_settings
from pbdesk.workspace.vote_register import (
    Identity,
    RegisterSummary,
    SignInOutcome,
    SignInStatus,
    purge_register,
    register_summary,
    sign_in,
)

STATUS_BASE = "font-size: 16pt; font-weight: 600; padding: 6px 10px; border-radius: 4px;"
SIGNED_STYLE = "color: #ffffff; background: #2e7d32;"
ALREADY_STYLE = "color: #ffffff; background: #b00020;"
REFUSED_STYLE = "color: #4e2600; background: #ffcc80;"
TYPING_STYLE = "color: #b00020; background: #fdecea;"

_DATE_PARTS = re.compile(r"\d+")


def parse_birth_date(text: str) -> date | None:
    """``12/03/1990``, ``12.3.1990``, ``12 03 1990`` or ``12031990``; None otherwise."""
    digits = text.strip()
    if re.fullmatch(r"\d{8}", digits):
        parts = [digits[:2], digits[2:4], digits[4:]]
    else:
        parts = _DATE_PARTS.findall(digits)
        if len(parts) != 3 or not re.fullmatch(r"[\d\s/.\-]+", digits):
            return None
    day, month, year = (int(part) for part in parts)
    if year < 1000:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


class SignInPage(CampaignPage):
    """Émargement (phase 8): sign voters in at a polling station, see the register's
    counts, and purge the register once the recourse period is over.

    Signals: ``changed(int)`` after a signature or the purge.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SignInPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = SignaturesModel(self)
        ui.summaryView.setModel(self.model)
        ui.summaryView.verticalHeader().setDefaultSectionSize(
            ui.summaryView.fontMetrics().height() + 8
        )
        ui.summaryView.horizontalHeader().setSectionResizeMode(
            SignaturesColumn.STATION, QHeaderView.ResizeMode.Stretch
        )
        ui.summaryView.setMaximumHeight(150)
        self.summary: RegisterSummary | None = None
        self.purge_from: date | None = None
        #: The last answer of the desk (None before the first voter).
        self.last_status: SignInStatus | None = None
        for edit in self._identity_edits():
            edit.returnPressed.connect(self.sign)
        ui.signButton.clicked.connect(self.sign)
        ui.proxyCheck.toggled.connect(self._proxy_toggled)
        ui.stationCombo.currentIndexChanged.connect(self._show_counts)
        ui.purgeButton.clicked.connect(self.purge)
        ui.proofCheck.hide()
        ui.proxyCheck.hide()
        ui.proxyGroup.hide()
        self._proxy_toggled(False)
        self._say("", "")
        self._update_purge()

    def _identity_edits(self) -> tuple[QLineEdit, ...]:
        ui = self.ui
        return (
            ui.lastNameEdit,
            ui.firstNameEdit,
            ui.birthEdit,
            ui.giverLastNameEdit,
            ui.giverFirstNameEdit,
            ui.giverBirthEdit,
        )

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        if self.campaign_id is None:
            return
        database = self.context.database
        try:
            stations = list_stations(database, self.campaign_id)
            settings = get_settings(database, self.campaign_id)
            summary = register_summary(database, self.campaign_id) if settings.saved else None
            self.purge_from = summary.purge_from if summary else None
        except DomainError as error:
            self.report(error)
            return
        combo = self.ui.stationCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for station in stations:
            combo.addItem(station.name, station.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        rules = settings.settings
        self.ui.proofCheck.setVisible(rules.residence_rule is ResidenceRule.PROOF)
        self.ui.proxyCheck.setVisible(rules.proxies_allowed)
        self.ui.proxyGroup.setVisible(rules.proxies_allowed)
        if not rules.proxies_allowed:
            self.ui.proxyCheck.setChecked(False)
        self._show_summary(summary)
        if not settings.saved:
            self._say(self.tr("Save the vote settings first."), TYPING_STYLE)
        elif not stations:
            self._say(
                self.tr("Add the polling stations first (settings of the vote)."), TYPING_STYLE
            )

    def show_campaign(self, campaign_id: int) -> None:
        if campaign_id != self.campaign_id:
            self._clear_fields()
            self._say("", "")
        super().show_campaign(campaign_id)

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self._clear_fields()
        self._show_summary(None)

    # -- signing -------------------------------------------------------------------------
    def sign(self) -> None:
        """Check the typed voter against the register; sign them in or say why not."""
        if self.campaign_id is None or not self.ui.signButton.isEnabled():
            return
        ui = self.ui
        station_id = ui.stationCombo.currentData()
        if station_id is None:
            self._say(self.tr("Choose the polling station."), TYPING_STYLE)
            return
        birth = self._read_identity(ui.lastNameEdit, ui.firstNameEdit, ui.birthEdit)
        if birth is None:
            return
        giver: Identity | None = None
        if ui.proxyCheck.isChecked():
            giver_birth = self._read_identity(
                ui.giverLastNameEdit, ui.giverFirstNameEdit, ui.giverBirthEdit
            )
            if giver_birth is None:
                return
            giver = Identity(ui.giverLastNameEdit.text(), ui.giverFirstNameEdit.text(), giver_birth)
        try:
            outcome = sign_in(
                self.context.database,
                station_id,
                ui.lastNameEdit.text(),
                ui.firstNameEdit.text(),
                birth,
                giver,
                residence_proof=ui.proofCheck.isVisible() and ui.proofCheck.isChecked(),
            )
        except DomainError as error:
            self._say(error.message, TYPING_STYLE)
            return
        self._show_outcome(outcome)
        self._clear_fields()
        if outcome.signed:
            self._reload_summary()
            self.changed.emit(self.campaign_id)

    def _read_identity(self, last: QLineEdit, first: QLineEdit, birth: QLineEdit) -> date | None:
        """The birth date typed, once both names are there; else say what is missing."""
        for edit, message in (
            (last, self.tr("Type the last name.")),
            (first, self.tr("Type the first name.")),
        ):
            if not edit.text().strip():
                self._say(message, TYPING_STYLE)
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return None
        value = parse_birth_date(birth.text())
        if value is None:
            self._say(
                self.tr("Type the birth date as day/month/year, for example 14/07/1985."),
                TYPING_STYLE,
            )
            birth.setFocus(Qt.FocusReason.OtherFocusReason)
            birth.selectAll()
        return value

    def _show_outcome(self, outcome: SignInOutcome) -> None:
        if outcome.signed:
            style = SIGNED_STYLE
        elif outcome.status is SignInStatus.ALREADY_SIGNED:
            style = ALREADY_STYLE
        else:
            style = REFUSED_STYLE
        self._say(outcome.message, style)
        self.last_status = outcome.status

    # -- the purge -----------------------------------------------------------------------
    def purge(self) -> None:
        if self.campaign_id is None:
            return
        question = self.tr(
            "Purge the sign-in register? Its entries are deleted for good; only the number of "
            "signatures per station, day and age band is kept. Nobody will be able to check "
            "a double vote afterwards."
        )
        if not self.confirm(self.tr("Purge the register"), question):
            return
        try:
            deleted = purge_register(self.context.database, self.campaign_id, self.context.author())
        except DomainError as error:
            self.report(error)
            return
        self.load()
        self._say(
            self.tr("Register purged: {count} entries deleted, counts kept.").format(count=deleted),
            SIGNED_STYLE,
        )
        self.changed.emit(self.campaign_id)

    # -- helpers -------------------------------------------------------------------------
    def _reload_summary(self) -> None:
        if self.campaign_id is None:
            return
        try:
            self._show_summary(register_summary(self.context.database, self.campaign_id))
        except DomainError as error:
            self.report(error)

    def _show_summary(self, summary: RegisterSummary | None) -> None:
        self.summary = summary
        self.model.set_rows(summary.stations if summary else [])
        self.ui.summaryView.resizeColumnToContents(SignaturesColumn.SIGNATURES)
        if summary is None:
            self.ui.summaryLabel.setText("")
        else:
            bands = ", ".join(
                self.tr("{band}: {count}").format(band=band.label, count=summary.by_age_band[band])
                for band in AgeBand
                if summary.by_age_band.get(band)
            )
            text = self.tr("In all: {signatures} signatures, of which {proxies} by proxy.").format(
                signatures=summary.signatures, proxies=summary.proxies
            )
            if bands:
                text += " " + self.tr("By age: {bands}.").format(bands=bands)
            if summary.double_signatures:
                text += " " + self.tr(
                    "{count} double signatures found when registers were merged."
                ).format(count=summary.double_signatures)
            self.ui.summaryLabel.setText(text)
        self._show_counts()
        self._update_purge()
        self._show_closed(summary.closed if summary is not None else "")

    def _show_closed(self, reason: str) -> None:
        """A closed register (results published, or purged): the desk is disabled and a line
        says why; the counts and the purge stay."""
        ui = self.ui
        closed = bool(reason)
        ui.closedLabel.setText(reason)
        ui.closedLabel.setVisible(closed)
        for widget in (ui.voterGroup, ui.proxyGroup, ui.signButton):
            widget.setEnabled(not closed)
        if not closed:
            self._proxy_toggled(ui.proxyCheck.isChecked())

    def _show_counts(self) -> None:
        summary = self.summary
        station_id = self.ui.stationCombo.currentData()
        line = (
            next((s for s in summary.stations if s.station_id == station_id), None)
            if summary
            else None
        )
        if summary is None or line is None:
            self.ui.countsLabel.setText("")
            return
        self.ui.countsLabel.setText(
            self.tr("This station: {here} signed · all stations: {total}").format(
                here=line.signatures, total=summary.signatures
            )
        )

    def _update_purge(self) -> None:
        summary = self.summary
        button = self.ui.purgeButton
        if summary is not None and summary.purged_at is not None:
            text = self.tr(
                "Purged on {date}: only the counts per station, day and age band are kept."
            ).format(date=format_date(summary.purged_at.astimezone().date()))
            allowed = False
        elif self.purge_from is None:
            text = self.tr(
                "The register is kept until the recourse period after the published results "
                "is over; then it can be purged."
            )
            allowed = False
        else:
            allowed = date.today() >= self.purge_from
            text = (
                self.tr("The recourse period is over: the register may be purged.")
                if allowed
                else self.tr("The register is kept for recourse until {date}.").format(
                    date=format_date(self.purge_from)
                )
            )
        self.ui.purgeLabel.setText(text)
        button.setEnabled(allowed and summary is not None)

    def _clear_fields(self) -> None:
        # setText (not clear) also forgets the undo history: no name stays behind.
        for edit in self._identity_edits():
            edit.setText("")
        self.ui.proofCheck.setChecked(False)
        self.ui.proxyCheck.setChecked(False)
        self.ui.lastNameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _proxy_toggled(self, on: bool) -> None:
        self.ui.proxyGroup.setEnabled(on)

    def _say(self, message: str, style: str) -> None:
        label = self.ui.statusLabel
        label.setText(message)
        label.setStyleSheet(STATUS_BASE + " " + style if message else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_summary(self.summary)
        super().changeEvent(event)
