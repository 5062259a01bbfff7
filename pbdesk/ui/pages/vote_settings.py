"""Phase 8: the règlement of the vote as a form — ballot, voters, envelopes and count.

A plain sentence under the ballot settings says, as the settings are typed, which ballots
will be valid, blank and spoilt. The rules freeze when the first ballot is entered; they
then show read-only until someone unlocks them with a reason that goes to the journal.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFormLayout, QInputDialog, QLabel, QLineEdit, QWidget

from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.money import format_euros, parse_euros
from pbdesk.domain.tally import Rule, TieBreak
from pbdesk.domain.vote import (
    CAMPAIGN_TIE_RULES,
    BallotKind,
    ResidenceRule,
    VoteSettings,
)
from pbdesk.ui.context import AppContext
from pbdesk.ui.fields import ErrorLabel, MoneyEdit, show_errors
from pbdesk.ui.forms.ui_vote_settings_page import Ui_VoteSettingsPage
from pbdesk.ui.pages import CampaignPage
from pbdesk.ui.shortcuts import add_shortcut
from pbdesk.workspace.campaigns import get_frame
from pbdesk.workspace.views import TerritoryView
from pbdesk.workspace.vote import VoteSettingsView, get_settings, save_settings, unfreeze_settings

#: Ballot kinds that name a number of projects (a fewest and a most).
_COUNTED_KINDS = (BallotKind.APPROVAL, BallotKind.RANKED)


def _field_row(form: QFormLayout, widget: QWidget) -> int:
    """The row of ``form`` whose field is ``widget`` or a layout holding it."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if item is None:
            continue
        layout = item.layout()
        if item.widget() is widget or (layout is not None and layout.indexOf(widget) >= 0):
            return row
    raise LookupError(widget.objectName())


class VoteSettingsPage(CampaignPage):
    """The vote rules (règlement) of a campaign: edit, save (Ctrl+S), unlock when frozen.

    Signals: ``changed(int)`` — the rules of that campaign were saved or unlocked;
    ``status_message(str)`` — a short sentence for the main window's status bar.
    """

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_VoteSettingsPage()
        self.ui.setupUi(self)
        self._view: VoteSettingsView | None = None
        self._territories: tuple[TerritoryView, ...] = ()
        self._envelope_cents = 0
        self._without_vote = False
        #: One amount field per territory, by territory id.
        self.envelope_edits: dict[int, MoneyEdit] = {}
        self._baseline: tuple[object, ...] | None = None
        self._filling = False
        ui = self.ui
        self._error_labels: dict[str, ErrorLabel] = {
            "min_choices": ui.minError,
            "max_choices": ui.maxError,
            "points_total": ui.pointsTotalError,
            "points_per_project": ui.pointsEachError,
            "min_age": ui.ageError,
            "max_proxies": ui.maxProxiesError,
            "territory_envelopes": ui.envelopesError,
            "at_least_one_per_territory": ui.atLeastOneError,
            "threshold_percent": ui.thresholdError,
            "tie_break": ui.tieError,
            "recourse_months": ui.recourseError,
        }
        # Percentages are typed the French way (12,5), as amounts are, whatever the language.
        ui.thresholdSpin.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
        self._fill_combos()
        self._connect()
        add_shortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self._show_state()

    # -- set-up ---------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        """The combo boxes' items, in the current language, keeping what was chosen."""
        ui = self.ui
        self._filling, filling = True, self._filling
        try:
            for combo, items in (
                (ui.kindCombo, [(kind.label, kind.value) for kind in BallotKind]),
                (ui.residenceCombo, [(rule.label, rule.value) for rule in ResidenceRule]),
                (ui.ruleCombo, [(self.rule_label(rule), rule.value) for rule in Rule]),
                (
                    ui.tieCombo,
                    [(self.tie_label(tie), tie.value) for tie in CAMPAIGN_TIE_RULES],
                ),
            ):
                current = combo.currentData()
                combo.clear()
                for text, value in items:
                    combo.addItem(text, value)
                combo.setCurrentIndex(max(0, combo.findData(current)))
        finally:
            self._filling = filling

    def _connect(self) -> None:
        ui = self.ui
        for signal, labels in (
            (
                ui.kindCombo.currentIndexChanged,
                [ui.minError, ui.maxError, ui.pointsTotalError, ui.pointsEachError],
            ),
            (ui.minSpin.valueChanged, [ui.minError, ui.maxError]),
            (ui.maxSpin.valueChanged, [ui.minError, ui.maxError]),
            (ui.pointsTotalSpin.valueChanged, [ui.pointsTotalError, ui.pointsEachError]),
            (ui.pointsEachSpin.valueChanged, [ui.pointsEachError]),
            (ui.ageSpin.valueChanged, [ui.ageError]),
            (ui.proxiesCheck.toggled, [ui.maxProxiesError]),
            (ui.maxProxiesSpin.valueChanged, [ui.maxProxiesError]),
            (ui.perTerritoryRadio.toggled, [ui.envelopesError, ui.atLeastOneError]),
            (ui.atLeastOneCheck.toggled, [ui.atLeastOneError]),
            (ui.ruleCombo.currentIndexChanged, [ui.thresholdError]),
            (ui.thresholdSpin.valueChanged, [ui.thresholdError]),
            (ui.tieCombo.currentIndexChanged, [ui.tieError]),
            (ui.recourseSpin.valueChanged, [ui.recourseError]),
        ):
            signal.connect(lambda *_, labels=labels: [label.say("") for label in labels])
        for signal in (
            ui.kindCombo.currentIndexChanged,
            ui.minSpin.valueChanged,
            ui.maxSpin.valueChanged,
            ui.pointsTotalSpin.valueChanged,
            ui.pointsEachSpin.valueChanged,
            ui.ageSpin.valueChanged,
            ui.residenceCombo.currentIndexChanged,
            ui.proxiesCheck.toggled,
            ui.maxProxiesSpin.valueChanged,
            ui.keepNamesCheck.toggled,
            ui.perTerritoryRadio.toggled,
            ui.atLeastOneCheck.toggled,
            ui.ruleCombo.currentIndexChanged,
            ui.thresholdSpin.valueChanged,
            ui.tieCombo.currentIndexChanged,
            ui.doubleEntryCheck.toggled,
            ui.recourseSpin.valueChanged,
        ):
            signal.connect(self._edited)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ui.unfreezeButton.clicked.connect(self.unfreeze)

    # -- showing the rules ----------------------------------------------------------------

    def load(self) -> None:
        """Read the campaign's rules and territories; unsaved edits are dropped."""
        if self.campaign_id is None:
            return
        try:
            view = get_settings(self.context.database, self.campaign_id)
            frame = get_frame(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self._view = view
        self._territories = frame.territories
        self._envelope_cents = frame.envelope_cents
        self._without_vote = frame.decision_mode == DecisionMode.DESIGNATION.value
        self._build_envelope_fields()
        self._fill(view.settings)
        self._show_state()

    def refresh(self) -> None:
        # Another page changed something: keep the user's unsaved edits rather than lose them.
        if not self.is_dirty():
            super().refresh()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self._view = None
        self._baseline = None
        self._show_state()

    def _build_envelope_fields(self) -> None:
        """One amount field per territory of the campaign, in the frame's order."""
        form = self.ui.territoryEnvelopesForm
        while form.rowCount():
            form.removeRow(0)
        self.envelope_edits = {}
        previous: QWidget = self.ui.perTerritoryRadio
        for territory in self._territories:
            edit = MoneyEdit(self.ui.territoryEnvelopesWidget)
            edit.setMaximumWidth(180)
            edit.setToolTip(self.tr("The envelope of this territory, in euros."))
            label = QLabel(
                self.tr("{territory}:").format(territory=territory.name.replace("&", "&&")), self
            )
            label.setBuddy(edit)
            form.addRow(label, edit)
            edit.textChanged.connect(self._edited)
            edit.textChanged.connect(lambda *_: self.ui.envelopesError.say(""))
            QWidget.setTabOrder(previous, edit)
            previous = edit
            self.envelope_edits[territory.id] = edit
        QWidget.setTabOrder(previous, self.ui.atLeastOneCheck)

    def _fill(self, settings: VoteSettings) -> None:
        ui = self.ui
        self._filling = True
        try:
            ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(settings.ballot_kind.value)))
            ui.minSpin.setValue(settings.min_choices)
            ui.maxSpin.setValue(settings.max_choices or 0)
            ui.pointsTotalSpin.setValue(settings.points_total or 0)
            ui.pointsEachSpin.setValue(settings.points_per_project or 0)
            ui.ageSpin.setValue(settings.min_age or 0)
            ui.residenceCombo.setCurrentIndex(
                max(0, ui.residenceCombo.findData(settings.residence_rule.value))
            )
            ui.proxiesCheck.setChecked(settings.proxies_allowed)
            ui.maxProxiesSpin.setValue(settings.max_proxies)
            ui.keepNamesCheck.setChecked(settings.keep_names)
            per_territory = settings.envelopes_per_territory
            ui.perTerritoryRadio.setChecked(per_territory)
            ui.singleEnvelopeRadio.setChecked(not per_territory)
            envelopes = settings.envelopes()
            for territory_id, edit in self.envelope_edits.items():
                if territory_id in envelopes:
                    edit.setCents(envelopes[territory_id])
                else:
                    edit.clear()
            ui.atLeastOneCheck.setChecked(settings.at_least_one_per_territory)
            ui.ruleCombo.setCurrentIndex(max(0, ui.ruleCombo.findData(settings.rule.value)))
            percent = settings.threshold_percent
            ui.thresholdSpin.setValue(float(percent) if percent is not None else 0.0)
            ui.tieCombo.setCurrentIndex(max(0, ui.tieCombo.findData(settings.tie_break.value)))
            ui.doubleEntryCheck.setChecked(settings.double_entry)
            ui.recourseSpin.setValue(settings.recourse_months)
        finally:
            self._filling = False
        self._clear_errors()
        ui.statusLabel.clear()
        self._baseline = self._snapshot()
        self._follow_form()

    def _show_state(self) -> None:
        """The banner, the read-only state and the buttons, from the stored rules."""
        ui = self.ui
        view = self._view
        frozen = view is not None and view.frozen
        ui.frozenFrame.setVisible(frozen)
        ui.scrollContents.setEnabled(view is not None and not frozen)
        ui.unsavedLabel.setVisible(view is not None and not view.saved and not self._without_vote)
        ui.noVoteLabel.setVisible(view is not None and self._without_vote)
        if frozen and view is not None:
            if view.frozen_at is not None:
                since = view.frozen_at.astimezone().strftime("%d/%m/%Y %H:%M")
                ui.frozenLabel.setText(
                    self.tr(
                        "Ballots have been entered since {when}: the rules are frozen, so that "
                        "the count follows the rules the voters knew. To change them, unlock "
                        "them and say why; the reason goes to the journal and the ballots "
                        "already entered are checked again against the new rules."
                    ).format(when=since)
                )
            else:
                ui.frozenLabel.setText(
                    self.tr(
                        "Ballots have been entered: the rules are frozen, so that the count "
                        "follows the rules the voters knew. To change them, unlock them and "
                        "say why; the reason goes to the journal."
                    )
                )
        if view is not None and view.register_key_id:
            ui.registerKeyLabel.setText(
                self.tr(
                    "Key of the sign-in register: {key}. Registers typed on other laptops "
                    "merge only when they carry the same key."
                ).format(key=view.register_key_id)
            )
        else:
            ui.registerKeyLabel.clear()
        ui.votersForm.setRowVisible(ui.registerKeyLabel, bool(ui.registerKeyLabel.text()))
        self._update_buttons()

    # -- reading the form -----------------------------------------------------------------

    def kind(self) -> BallotKind:
        return BallotKind(self.ui.kindCombo.currentData() or BallotKind.APPROVAL.value)

    def rule(self) -> Rule:
        return Rule(self.ui.ruleCombo.currentData() or Rule.GREEDY.value)

    def settings_input(self) -> tuple[VoteSettings, dict[str, str]]:
        """What the form holds as settings, and the amounts that could not be read."""
        ui = self.ui
        errors: dict[str, str] = {}
        envelopes: list[tuple[int, int]] = []
        per_territory = ui.perTerritoryRadio.isChecked()
        if per_territory:
            for territory_id, edit in self.envelope_edits.items():
                if not edit.text().strip():
                    continue  # the règlement's check says that every territory needs one
                try:
                    envelopes.append((territory_id, edit.cents()))
                except DomainError as error:
                    errors["territory_envelopes"] = error.message
        percent = round(ui.thresholdSpin.value(), 1)
        settings = VoteSettings(
            ballot_kind=self.kind(),
            min_choices=ui.minSpin.value(),
            max_choices=ui.maxSpin.value() or None,
            points_total=ui.pointsTotalSpin.value() or None,
            points_per_project=ui.pointsEachSpin.value() or None,
            min_age=ui.ageSpin.value() or None,
            residence_rule=ResidenceRule(ui.residenceCombo.currentData()),
            proxies_allowed=ui.proxiesCheck.isChecked(),
            max_proxies=ui.maxProxiesSpin.value(),
            envelopes_per_territory=per_territory,
            territory_envelopes=tuple(envelopes),
            at_least_one_per_territory=ui.atLeastOneCheck.isChecked(),
            rule=self.rule(),
            threshold_percent=Decimal(str(percent)) if percent > 0 else None,
            tie_break=TieBreak(ui.tieCombo.currentData()),
            double_entry=ui.doubleEntryCheck.isChecked(),
            recourse_months=ui.recourseSpin.value(),
            keep_names=ui.keepNamesCheck.isChecked(),
        )
        return settings, errors

    def _snapshot(self) -> tuple[object, ...]:
        """Every value of the form, for comparison (``95000`` and ``95 000`` are the same)."""
        ui = self.ui
        amounts = []
        for edit in self.envelope_edits.values():
            try:
                amounts.append(str(parse_euros(edit.text())) if edit.text().strip() else "")
            except DomainError:
                amounts.append(edit.text())
        return (
            ui.kindCombo.currentData(),
            ui.minSpin.value(),
            ui.maxSpin.value(),
            ui.pointsTotalSpin.value(),
            ui.pointsEachSpin.value(),
            ui.ageSpin.value(),
            ui.residenceCombo.currentData(),
            ui.proxiesCheck.isChecked(),
            ui.maxProxiesSpin.value(),
            ui.keepNamesCheck.isChecked(),
            ui.perTerritoryRadio.isChecked(),
            tuple(amounts),
            ui.atLeastOneCheck.isChecked(),
            ui.ruleCombo.currentData(),
            round(ui.thresholdSpin.value(), 1),
            ui.tieCombo.currentData(),
            ui.doubleEntryCheck.isChecked(),
            ui.recourseSpin.value(),
        )

    # -- unsaved changes ------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._baseline is not None and self._snapshot() != self._baseline

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.ui.statusLabel.clear()
        self._follow_form()

    def _update_buttons(self) -> None:
        view = self._view
        if view is None or view.frozen:
            self.ui.revertButton.setEnabled(False)
            self.ui.saveButton.setEnabled(False)
            return
        dirty = self.is_dirty()
        self.ui.revertButton.setEnabled(dirty)
        self.ui.saveButton.setEnabled(dirty or not view.saved)

    def maybe_leave(self) -> bool:
        """Ask what to do with unsaved edits; False means stay on the page."""
        if not self.is_dirty():
            return True
        return self.save_or_discard(
            self.tr("Unsaved changes"),
            self.tr("The vote rules have unsaved changes. Save them?"),
            self.save,
            self.revert,
        )

    def revert(self) -> None:
        """Forget the edits: show the rules as last saved."""
        self.load()

    # -- live behaviour -------------------------------------------------------------------

    def _follow_form(self) -> None:
        """Show the fields that apply to the current choices and say what a ballot is."""
        ui = self.ui
        kind = self.kind()
        counted = kind in _COUNTED_KINDS
        for form, widget, visible in (
            (ui.ballotForm, ui.minSpin, counted),
            (ui.ballotForm, ui.maxSpin, counted),
            (ui.ballotForm, ui.pointsTotalSpin, kind is BallotKind.POINTS),
            (ui.ballotForm, ui.pointsEachSpin, kind is BallotKind.POINTS),
            (ui.countForm, ui.thresholdSpin, self.rule() is Rule.THRESHOLD),
        ):
            form.setRowVisible(_field_row(form, widget), visible)
        ui.maxProxiesSpin.setEnabled(ui.proxiesCheck.isChecked())
        ui.maxProxiesLabel.setEnabled(ui.proxiesCheck.isChecked())
        ui.votersForm.setRowVisible(ui.keepNamesWarning, ui.keepNamesCheck.isChecked())
        several = len(self._territories) >= 2
        ui.perTerritoryRadio.setEnabled(several or ui.perTerritoryRadio.isChecked())
        if not several:
            ui.perTerritoryRadio.setToolTip(
                self.tr("The campaign has a single territory (see the frame).")
            )
        else:
            ui.perTerritoryRadio.setToolTip("")
        per_territory = ui.perTerritoryRadio.isChecked()
        ui.territoryEnvelopesWidget.setVisible(per_territory and bool(self.envelope_edits))
        ui.atLeastOneCheck.setEnabled(several or ui.atLeastOneCheck.isChecked())
        ui.singleEnvelopeRadio.setText(
            self.tr("&One envelope for the whole campaign ({amount})").format(
                amount=format_euros(self._envelope_cents)
            )
        )
        self._show_envelopes_total(per_territory)
        ui.ruleHelpLabel.setText(self.rule_help(self.rule()))
        ui.sentenceLabel.setText(self.ballot_sentence(self.settings_input()[0]))
        self._update_buttons()

    def _show_envelopes_total(self, per_territory: bool) -> None:
        label = self.ui.envelopesTotalLabel
        if not per_territory or not self.envelope_edits:
            label.hide()
            return
        total = 0
        for edit in self.envelope_edits.values():
            try:
                total += parse_euros(edit.text()) if edit.text().strip() else 0
            except DomainError:
                continue
        label.setText(
            self.tr("Shared out: {total} of the campaign's {envelope}.").format(
                total=format_euros(total), envelope=format_euros(self._envelope_cents)
            )
        )
        label.show()

    # -- words ----------------------------------------------------------------------------

    def rule_label(self, rule: Rule) -> str:
        labels = {
            Rule.GREEDY: self.tr("Most votes first"),
            Rule.GREEDY_NO_SKIP: self.tr(
                "Most votes first, stopping at the first that does not fit"
            ),
            Rule.THRESHOLD: self.tr("Threshold of votes"),
            Rule.MES: self.tr("Method of Equal Shares"),
            Rule.MES_CARDINALITY: self.tr("Method of Equal Shares, counting projects"),
            Rule.MES_ADD1: self.tr("Method of Equal Shares with completion"),
            Rule.MES_ADD1_GREEDY: self.tr("Equal Shares with completion, then most votes"),
        }
        return labels.get(rule, rule.value)

    def rule_help(self, rule: Rule) -> str:
        texts = {
            Rule.GREEDY: self.tr(
                "Projects are funded in order of votes; one that no longer fits in what is "
                "left is skipped and the next ones are tried."
            ),
            Rule.GREEDY_NO_SKIP: self.tr(
                "Projects are funded in order of votes; the count stops at the first one "
                "that no longer fits in what is left."
            ),
            Rule.THRESHOLD: self.tr(
                "Every project chosen on at least the share of valid ballots below is "
                "funded, in order of votes, while money remains."
            ),
            Rule.MES: self.tr(
                "Each voter holds an equal share of the envelope and pays for the projects "
                "they chose; fairer to smaller groups of residents."
            ),
            Rule.MES_CARDINALITY: self.tr(
                "Equal Shares where a voter values each funded project they chose the same, "
                "whatever its cost."
            ),
            Rule.MES_ADD1: self.tr(
                "Equal Shares, then each voter's share is raised one euro at a time while the "
                "outcome stays within the envelope, so that less money is left over."
            ),
            Rule.MES_ADD1_GREEDY: self.tr(
                "Equal Shares with completion; what is still left then funds further "
                "projects in order of votes."
            ),
        }
        return texts.get(rule, "")

    def tie_label(self, tie: TieBreak) -> str:
        labels = {
            TieBreak.COST: self.tr("The cheaper project first, then a draw by lot"),
            TieBreak.REFUSE: self.tr("Refuse and ask the team to decide"),
            TieBreak.ID: self.tr("The smaller project code first"),
        }
        return labels.get(tie, tie.value)

    def ballot_sentence(self, settings: VoteSettings) -> str:
        """Which ballots are valid, blank and spoilt under ``settings``, in plain words."""
        lines = (
            (self.tr("Valid ballot:"), self._valid_text(settings)),
            (self.tr("Blank ballot:"), self._blank_text(settings)),
            (self.tr("Spoilt ballot:"), self._spoilt_text(settings)),
        )
        return "<br>".join(f"<b>{escape(head)}</b> {escape(text)}" for head, text in lines)

    def _valid_text(self, settings: VoteSettings) -> str:
        kind = settings.ballot_kind
        fewest, most = settings.min_choices, settings.max_choices
        if kind is BallotKind.SINGLE or (kind in _COUNTED_KINDS and most == 1 and fewest <= 1):
            return self.tr("it names exactly one project.")
        if kind is BallotKind.APPROVAL:
            if most is None:
                if fewest <= 1:
                    return self.tr("it names one project or more, as many as the voter likes.")
                return self.tr("it names at least {fewest} projects.").format(fewest=fewest)
            if most == fewest:
                return self.tr("it names exactly {count} projects.").format(count=most)
            return self.tr("it names from {fewest} to {most} projects.").format(
                fewest=max(fewest, 1), most=most
            )
        if kind is BallotKind.RANKED:
            if most is None:
                return self.tr("say how many ranks the ballot has.")
            if most == fewest:
                return self.tr(
                    "it ranks exactly {count} projects (1st, 2nd…), each at one rank only."
                ).format(count=most)
            return self.tr(
                "it ranks from {fewest} to {most} projects (1st, 2nd…), each at one rank only."
            ).format(fewest=max(fewest, 1), most=most)
        if kind is BallotKind.POINTS:
            return self.tr(
                "it gives {total} points or fewer in all, and {each} or fewer to any one project."
            ).format(total=settings.points_total or "…", each=settings.points_per_project or "…")
        if settings.envelopes_per_territory:
            return self.tr(
                "in each territory, the projects it chooses cost no more than that "
                "territory's envelope."
            )
        return self.tr("the projects it chooses cost {amount} or less together.").format(
            amount=format_euros(self._envelope_cents)
        )

    def _blank_text(self, settings: VoteSettings) -> str:
        if settings.ballot_kind is BallotKind.POINTS:
            return self.tr("it gives no point to any project.")
        return self.tr("it names no project.")

    def _spoilt_text(self, settings: VoteSettings) -> str:
        kind = settings.ballot_kind
        fewest, most = max(settings.min_choices, 1), settings.max_choices
        if kind is BallotKind.POINTS:
            return self.tr(
                "it gives more than {total} points in all or more than {each} to one project, "
                "or the count declares it spoilt (torn, signed, unreadable)."
            ).format(total=settings.points_total or "…", each=settings.points_per_project or "…")
        if kind is BallotKind.BUDGET:
            return self.tr(
                "the projects it chooses cost more than the envelope, or the count declares "
                "it spoilt (torn, signed, unreadable)."
            )
        if kind is BallotKind.RANKED:
            if fewest > 1 and most != fewest:
                return self.tr(
                    "it ranks more than {most} or fewer than {fewest} projects, puts a project "
                    "at two ranks, or the count declares it spoilt (torn, signed, unreadable)."
                ).format(most=most if most is not None else "…", fewest=fewest)
            return self.tr(
                "it ranks more than {most} projects, puts a project at two ranks, or the count "
                "declares it spoilt (torn, signed, unreadable)."
            ).format(most=most if most is not None else "…")
        if kind is BallotKind.SINGLE or most == 1:
            return self.tr(
                "it names two projects or more, or the count declares it spoilt (torn, signed, "
                "unreadable)."
            )
        if most is not None and most == fewest:
            return self.tr(
                "it names more or fewer than {count} projects, or the count declares it "
                "spoilt (torn, signed, unreadable)."
            ).format(count=most)
        if most is not None and fewest > 1:
            return self.tr(
                "it names more than {most} or fewer than {fewest} projects, or the count "
                "declares it spoilt (torn, signed, unreadable)."
            ).format(most=most, fewest=fewest)
        if most is not None:
            return self.tr(
                "it names more than {most} projects, or the count declares it spoilt (torn, "
                "signed, unreadable)."
            ).format(most=most)
        if fewest > 1:
            return self.tr(
                "it names fewer than {fewest} projects, or the count declares it spoilt (torn, "
                "signed, unreadable)."
            ).format(fewest=fewest)
        return self.tr("only when the count declares it spoilt (torn, signed, unreadable).")

    # -- saving and unlocking -------------------------------------------------------------

    def save(self) -> bool:
        """Check and store the rules; True when they were saved. Errors show by the fields."""
        view = self._view
        if self.campaign_id is None or view is None:
            return False
        if view.frozen:
            self.report(DomainError(self.tr("The rules are frozen: unlock them first.")))
            return False
        settings, errors = self.settings_input()
        if errors:
            self._show_errors(errors)
            return False
        try:
            save_settings(
                self.context.database,
                self.campaign_id,
                settings,
                self.context.author(),
                version=view.version if view.saved else None,
            )
        except ValidationError as error:
            self._show_errors(error.errors)
            return False
        except DomainError as error:
            self._clear_errors()
            self.report(error)
            return False
        self.load()
        self._say(self.tr("Vote rules saved."))
        self.changed.emit(self.campaign_id)
        return True

    def unfreeze(self) -> bool:
        """Ask why the frozen rules must change and unlock them; True when unlocked."""
        view = self._view
        if self.campaign_id is None or view is None or not view.frozen:
            return False
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Unlock the vote rules"),
            self.tr(
                "Ballots have been entered under these rules. Why must they change? "
                "The reason is written in the journal."
            ),
            QLineEdit.EchoMode.Normal,
        )
        if not ok:
            return False
        try:
            unfreeze_settings(
                self.context.database, self.campaign_id, reason, self.context.author()
            )
        except DomainError as error:
            self.report(error)
            return False
        self.load()
        self._say(self.tr("The vote rules can be changed again."))
        self.changed.emit(self.campaign_id)
        return True

    def _say(self, message: str) -> None:
        self.ui.statusLabel.setText(message)
        self.status_message.emit(message)

    def _clear_errors(self) -> None:
        show_errors(self._error_labels, {})
        self.ui.formError.say("")

    def _show_errors(self, errors: dict[str, str]) -> None:
        """Each sentence next to its field; the first wrong field gets the focus."""
        unplaced = show_errors(self._error_labels, errors)
        summary = self.tr("Nothing was saved: correct what is shown in red.")
        self.ui.formError.say(" ".join([summary, *unplaced]))
        self.status_message.emit(summary)
        ui = self.ui
        envelope = next(iter(self.envelope_edits.values()), ui.perTerritoryRadio)
        for name, widget in (
            ("min_choices", ui.minSpin),
            ("max_choices", ui.maxSpin),
            ("points_total", ui.pointsTotalSpin),
            ("points_per_project", ui.pointsEachSpin),
            ("min_age", ui.ageSpin),
            ("max_proxies", ui.maxProxiesSpin),
            ("territory_envelopes", envelope),
            ("at_least_one_per_territory", ui.atLeastOneCheck),
            ("threshold_percent", ui.thresholdSpin),
            ("tie_break", ui.tieCombo),
            ("recourse_months", ui.recourseSpin),
        ):
            if name in errors:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                ui.scrollArea.ensureWidgetVisible(widget)
                return

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self._show_state()
            self._follow_form()
        super().changeEvent(event)
