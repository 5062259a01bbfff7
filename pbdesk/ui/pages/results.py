"""Phase 8: the results — count the official ballots, see why each project is funded or not,
hold a draw by lot when a tie straddles the line, and publish the result."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableView, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros, group_digits
from pbdesk.domain.tally import Rule, TieBreak
from pbdesk.domain.vote import CAMPAIGN_TIE_RULES
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.tie_draw import TieDrawDialog
from pbdesk.ui.forms.ui_results_page import Ui_ResultsPage
from pbdesk.ui.models.results import (
    CountsModel,
    ProjectColumn,
    ProjectResultsModel,
    RoundLine,
    RoundsModel,
    SortedProxy,
    StationColumn,
    StationFiguresModel,
    TerritoryTurnoutModel,
)
from pbdesk.ui.pages import CampaignPage
from pbdesk.ui.shortcuts import add_shortcut
from pbdesk.ui.tasks import Task, run_with_progress
from pbdesk.ui.widgets.bar_chart import ChartBar, ChartPanel
from pbdesk.workspace.campaigns import get_frame
from pbdesk.workspace.vote import get_settings
from pbdesk.workspace.vote_count import DrawNeeded
from pbdesk.workspace.vote_publish import publish_results
from pbdesk.workspace.vote_results import CountResult, PartView, count_votes, list_results
from pbdesk.workspace.vote_totals import station_figures, turnout_by_territory


class ResultsPage(CampaignPage):
    """The results of a campaign's vote (phase 8, présentation, votation, résultats).

    "Count" (Ctrl+Enter) counts the official ballots off the GUI thread with the rule and tie
    rule chosen (the settings' by default) and keeps the count; a tie that straddles the line
    opens the draw-by-lot dialog, then counts again. The count shown has a table of projects
    (code, title, votes, score, cost, funded or not and why), a bar chart (decoration: the
    table says it all), the trace of the rule, turnout per station and per territory, and the
    counts kept so far (select one to show it). "Publish the results…" makes the count shown
    the result after a confirmation: statuses funded / not funded, journal, one-year review.

    Signals: ``changed(int)`` after a count, a draw or the publication.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ResultsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.projects = ProjectResultsModel(self)
        self.projects_proxy = SortedProxy(self)
        self.projects_proxy.setSourceModel(self.projects)
        self.rounds = RoundsModel(self)
        self.stations = StationFiguresModel(self)
        self.stations_proxy = SortedProxy(self)
        self.stations_proxy.setSourceModel(self.stations)
        self.territories = TerritoryTurnoutModel(self)
        self.counts = CountsModel(self)
        #: The count shown (kept counts only).
        self.result: CountResult | None = None
        #: The count running, if any; the draw dialog while it is open.
        self.task: Task | None = None
        self.draw_dialog: TieDrawDialog | None = None
        self._settings_saved = False
        self._loaded_for: int | None = None

        for view, model in (
            (ui.projectsView, self.projects_proxy),
            (ui.roundsView, self.rounds),
            (ui.stationsView, self.stations_proxy),
            (ui.territoriesView, self.territories),
            (ui.countsView, self.counts),
        ):
            view.setModel(model)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        ui.projectsView.sortByColumn(ProjectColumn.VOTES, Qt.SortOrder.DescendingOrder)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        for rule in Rule:
            ui.ruleCombo.addItem(self.rule_label(rule), rule.value)
        for tie in CAMPAIGN_TIE_RULES:
            ui.tieCombo.addItem(self.tie_label(tie), tie.value)
        self.counts.set_rule_names({rule.value: self.rule_label(rule) for rule in Rule})
        ui.stationsView.viewport().installEventFilter(self)
        ui.roundsView.setVisible(False)
        ui.roundsNoteLabel.setVisible(False)
        ui.roundsGroup.toggled.connect(ui.roundsView.setVisible)
        ui.roundsGroup.toggled.connect(
            lambda shown: ui.roundsNoteLabel.setVisible(shown and bool(ui.roundsNoteLabel.text()))
        )
        ui.countButton.clicked.connect(self.count)
        ui.publishButton.clicked.connect(self.publish)
        ui.countsView.selectionModel().currentRowChanged.connect(self._count_chosen)
        add_shortcut("Ctrl+Return", self, self.count)
        add_shortcut("Ctrl+Enter", self, self.count)
        self.setFocusProxy(ui.ruleCombo)
        self._show(None)

    # -- words ---------------------------------------------------------------------------
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

    def tie_label(self, tie: TieBreak) -> str:
        labels = {
            TieBreak.COST: self.tr("The cheaper project first, then a draw by lot"),
            TieBreak.REFUSE: self.tr("Refuse and ask the team to decide"),
            TieBreak.ID: self.tr("The smaller project code first"),
        }
        return labels.get(tie, tie.value)

    # -- loading -------------------------------------------------------------------------
    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self._loaded_for = None
        self.counts.set_rows([])
        self.stations.set_rows([])
        self.territories.set_rows([])
        self._show(None)

    def load(self) -> None:
        if self.campaign_id is None:
            return
        database = self.context.database
        try:
            view = get_settings(database, self.campaign_id)
            frame = get_frame(database, self.campaign_id)
            counts = list_results(database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self._settings_saved = view.saved
        if self._loaded_for != self.campaign_id:
            # A campaign opens with its own règlement's rule; later choices stay.
            self._choose(self.ui.ruleCombo, view.settings.rule.value)
            self._choose(self.ui.tieCombo, view.settings.tie_break.value)
            shown_id = None
        else:
            shown_id = self.result.result_id if self.result is not None else None
        self._loaded_for = self.campaign_id
        self._territory_names = {t.id: t.name for t in frame.territories}
        self.counts.set_rows(counts)
        self._fit(self.ui.countsView)
        self._load_turnout()
        published = next((c for c in counts if c.published_at is not None), None)
        kept = next((c for c in counts if c.result_id == shown_id), None)
        self._show(kept or published or (counts[0] if counts else None))

    def _load_turnout(self) -> None:
        assert self.campaign_id is not None
        if not self._settings_saved:
            self.stations.set_rows([])
            self.territories.set_rows([])
            return
        try:
            figures = station_figures(self.context.database, self.campaign_id)
        except DomainError:
            figures = []
        self.stations.set_rows(figures)
        self.territories.set_rows(turnout_by_territory(figures))
        self._fit_stations()
        self._fit(self.ui.territoriesView)

    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    @staticmethod
    def _fit(view: QTableView) -> None:
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.resizeColumnsToContents()
        header.setStretchLastSection(True)

    def _fit_projects(self) -> None:
        """The explanation takes the room left and wraps (its tooltip has it whole); the
        title is kept narrow enough to leave it that room."""
        view = self.ui.projectsView
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        view.resizeColumnsToContents()
        view.setColumnWidth(ProjectColumn.TITLE, min(view.columnWidth(ProjectColumn.TITLE), 220))
        header.setSectionResizeMode(ProjectColumn.EXPLANATION, QHeaderView.ResizeMode.Stretch)
        self._wrap_rows(view)

    @staticmethod
    def _wrap_rows(view: QTableView) -> None:
        """Rows as tall as their wrapped text, never lower than a one-line row."""
        rows = view.verticalHeader()
        rows.setMinimumSectionSize(view.fontMetrics().height() + 10)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _fit_stations(self) -> None:
        """Every column of the turnout per station in view, without scrolling sideways: the
        figures take what their header needs, the station name is kept narrow, the remark
        takes the room left and wraps (its tooltip has it whole)."""
        view = self.ui.stationsView
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        territories = {line.territory_name for line in self.stations.rows()}
        view.setColumnHidden(StationColumn.TERRITORY, len(territories) < 2)
        view.resizeColumnsToContents()
        metrics = header.fontMetrics()
        names = [StationColumn.STATION]
        if not view.isColumnHidden(StationColumn.TERRITORY):
            names.append(StationColumn.TERRITORY)
        figures = 0
        for column in StationColumn:
            if column in (StationColumn.STATION, StationColumn.TERRITORY, StationColumn.REMARK):
                continue
            # The figures need no room for the sort arrow beyond their title's own width.
            title = str(self.stations.headerData(column, Qt.Orientation.Horizontal))
            width = max(view.sizeHintForColumn(column), metrics.horizontalAdvance(title) + 14)
            view.setColumnWidth(column, width)
            figures += width
        # The names wrap: they leave the remark at least ~170 px.
        share = (view.viewport().width() - figures - 170) // len(names)
        for column in names:
            title = str(self.stations.headerData(column, Qt.Orientation.Horizontal))
            least = metrics.horizontalAdvance(title) + 24  # the title and the sort arrow
            view.setColumnWidth(column, max(least, min(view.columnWidth(column), 190, share)))
        header.setSectionResizeMode(StationColumn.REMARK, QHeaderView.ResizeMode.Stretch)
        self._wrap_rows(view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The turnout per station fits its width whenever that width changes.
        if (
            watched is self.ui.stationsView.viewport()
            and event.type() == QEvent.Type.Resize
            and self.stations.rowCount()
        ):
            self._fit_stations()
        return super().eventFilter(watched, event)

    # -- showing a count -----------------------------------------------------------------
    def _show(self, result: CountResult | None) -> None:
        self.result = result
        names = getattr(self, "_territory_names", {})
        self.projects.set_result(result, names)
        table = self.ui.projectsView
        table.setColumnHidden(ProjectColumn.TERRITORY, len(names) < 2)
        same_score = result is None or all(p.score == p.votes for p in result.projects)
        table.setColumnHidden(ProjectColumn.SCORE, same_score)
        self._fit_projects()
        self.ui.chart.set_panels(self._panels(result))
        lines: list[RoundLine] = []
        for part in result.parts if result is not None else ():
            lines.extend(RoundLine(part.territory_name, step) for step in part.rounds)
        self.rounds.set_rows(lines)
        self._fit(self.ui.roundsView)
        self.ui.roundsGroup.setEnabled(bool(lines))
        raised = result is not None and any(part.add1 for part in result.parts)
        self.ui.roundsNoteLabel.setText(self._rounds_note(raised) if lines else "")
        self.ui.roundsNoteLabel.setVisible(self.ui.roundsGroup.isChecked() and bool(lines))
        self.ui.partsLabel.setText(self._parts_text(result))
        self._select_count(result)
        self._update_state()

    def _panels(self, result: CountResult | None) -> list[ChartPanel]:
        if result is None:
            return []
        split = len(result.parts) > 1
        panels = []
        for part in result.parts:
            bars = tuple(
                ChartBar(p.code, p.title, p.score, p.cost_cents, p.funded)
                for p in result.projects
                if not split or p.territory_id == part.territory_id
            )
            panels.append(ChartPanel(part.territory_name if split else "", part.budget_cents, bars))
        return panels

    def _rounds_note(self, raised: bool) -> str:
        """What the column «Shares left» holds: with the completion, raised shares."""
        if raised:
            return self.tr(
                "With the completion, each voter's share was raised until the envelope was "
                "used: the rounds are counted with these raised shares, so «Shares left» is "
                "what the voters still hold of them, not euros left in the envelope."
            )
        return self.tr(
            "The envelope is shared equally among the voters: «Shares left» is what they "
            "still hold of their shares after each round."
        )

    def _voters_text(self, result: CountResult, part: PartView) -> str:
        """Who shares an envelope: the valid ballots, or with Equal Shares per territory the
        ballots that chose at least one project of that territory."""
        if part.territory_id is not None and result.rule.is_equal_shares:
            if part.voters == 1:
                return self.tr("1 ballot with at least one of its projects")
            return self.tr("{count} ballots with at least one of its projects").format(
                count=group_digits(part.voters)
            )
        if part.voters == 1:
            return self.tr("1 valid ballot")
        return self.tr("{count} valid ballots").format(count=group_digits(part.voters))

    def _parts_text(self, result: CountResult | None) -> str:
        if result is None:
            return self.tr("No count yet.")
        paragraphs = [
            escape(
                self.tr(
                    "Count of {when} with the rule «{rule}» (ties: {tie}): {valid} valid "
                    "ballots, {blank} blank, {nul} spoilt."
                ).format(
                    when=result.counted_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                    rule=self.rule_label(result.rule),
                    tie=self.tie_label(result.tie_break),
                    valid=result.valid,
                    blank=result.blank,
                    nul=result.nul,
                )
            )
        ]
        if result.draw is not None:
            paragraphs.append(
                escape(
                    self.tr("Draw by lot number {seed} of {when}, before {witnesses}.").format(
                        seed=result.draw.seed,
                        when=result.draw.drawn_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                        witnesses=result.draw.witnesses,
                    )
                )
            )
        for part in result.parts:
            text = self.tr(
                "{envelope}: {amount} for {voters}; {funded} funded, {left} left."
            ).format(
                envelope=part.territory_name or self.tr("Whole campaign"),
                amount=format_euros(part.budget_cents),
                voters=self._voters_text(result, part),
                funded=format_euros(part.total_cost_cents),
                left=format_euros(part.budget_cents - part.total_cost_cents),
            )
            if part.selected_codes:
                text += " " + self.tr("Funded in this order: {codes}.").format(
                    codes=", ".join(part.selected_codes)
                )
            if part.add1:
                text += " " + part.add1
            if part.draws:
                text += " " + self.tr("Ties settled: {ties}.").format(
                    ties="; ".join(", ".join(codes) for codes in part.draws)
                )
            paragraphs.append(escape(text))
        if result.rule.is_equal_shares and any(p.territory_id is not None for p in result.parts):
            paragraphs.append(
                escape(
                    self.tr(
                        "With Equal Shares per territory, each envelope is shared among the "
                        "ballots that chose at least one of its projects (the voters of that "
                        "envelope); a ballot that chose projects of two territories counts in "
                        "both. The turnout per territory counts the sign-ins and ballots of its "
                        "polling stations."
                    )
                )
            )
        return "<p>" + "</p><p>".join(paragraphs) + "</p>"

    def _select_count(self, result: CountResult | None) -> None:
        view = self.ui.countsView
        for row, count in enumerate(self.counts.rows()):
            if result is not None and count.result_id == result.result_id:
                if view.currentIndex().row() != row:
                    view.selectionModel().blockSignals(True)
                    view.selectionModel().setCurrentIndex(
                        self.counts.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    view.selectionModel().blockSignals(False)
                    view.viewport().update()
                return

    def _count_chosen(self) -> None:
        count = self.counts.row_at(self.ui.countsView.currentIndex().row())
        if count is not None and count is not self.result:
            self._show(count)

    def published(self) -> CountResult | None:
        return next((c for c in self.counts.rows() if c.published_at is not None), None)

    def _update_state(self) -> None:
        ui = self.ui
        result, published = self.result, self.published()
        running = self.task is not None
        ui.countButton.setEnabled(
            self.campaign_id is not None and self._settings_saved and not running
        )
        ui.ruleCombo.setEnabled(self._settings_saved)
        ui.tieCombo.setEnabled(self._settings_saved)
        ui.publishButton.setEnabled(
            result is not None
            and published is None
            and result.result_id is not None
            and not running
        )
        if self.campaign_id is None:
            ui.stateLabel.setText("")
        elif not self._settings_saved:
            ui.stateLabel.setText(
                self.tr("Save the vote settings first (phase 8, settings of the vote).")
            )
        elif result is None:
            ui.stateLabel.setText(
                self.tr("No count yet: once the ballots are entered and official, press Count.")
            )
        elif result.published_at is not None:
            ui.stateLabel.setText(
                self.tr(
                    "Published result: {funded} projects funded for {amount}; published on "
                    "{day} by {who}."
                ).format(
                    funded=len(result.selected),
                    amount=format_euros(result.total_cost_cents),
                    day=result.published_at.astimezone().strftime("%d/%m/%Y"),
                    who=result.published_by,
                )
            )
        elif published is not None:
            ui.stateLabel.setText(
                self.tr(
                    "This count is not the result: the count of {day} is published already."
                ).format(day=published.counted_at.astimezone().strftime("%d/%m/%Y %H:%M"))
            )
        else:
            ui.stateLabel.setText(
                self.tr(
                    "Count not published yet: {funded} projects funded for {amount}. Publish it "
                    "to make it the result."
                ).format(funded=len(result.selected), amount=format_euros(result.total_cost_cents))
            )
        font = ui.stateLabel.font()
        font.setBold(result is not None and result.published_at is not None)
        ui.stateLabel.setFont(font)

    # -- counting ------------------------------------------------------------------------
    def chosen_rule(self) -> Rule:
        return Rule(self.ui.ruleCombo.currentData() or Rule.GREEDY.value)

    def chosen_tie(self) -> TieBreak:
        return TieBreak(self.ui.tieCombo.currentData() or TieBreak.COST.value)

    def count(self) -> None:
        """Count the official ballots off the GUI thread and show (and keep) the count."""
        if self.campaign_id is None or self.task is not None or not self._settings_saved:
            return
        database, campaign_id = self.context.database, self.campaign_id
        author, rule, tie = self.context.author(), self.chosen_rule(), self.chosen_tie()

        def job(progress: object, cancel: object) -> CountResult:
            return count_votes(database, campaign_id, author, rule=rule, tie_break=tie)

        self.task = run_with_progress(self, self.tr("Count"), self.tr("Counting the ballots…"), job)
        self.task.succeeded.connect(self._counted)
        self.task.failed.connect(self._count_failed)
        self.task.finished.connect(self._count_finished)
        self._update_state()

    def _count_finished(self) -> None:
        self.task = None
        self._update_state()

    def _counted(self, result: CountResult) -> None:
        if self.campaign_id is None:
            return
        self.result = result
        self.load()
        self.ui.tabWidget.setCurrentWidget(self.ui.projectsTab)
        self.changed.emit(self.campaign_id)

    def _count_failed(self, error: object) -> None:
        if isinstance(error, DrawNeeded) and self.campaign_id is not None:
            self._ask_draw(error.tied)
            return
        self.report_failure(error, self.tr("The count failed: {error}"))

    def _ask_draw(self, tied: tuple[str, ...]) -> None:
        if self.campaign_id is None or self.draw_dialog is not None:
            return
        dialog = TieDrawDialog(
            self.context.database, self.campaign_id, tied, self.context.author(), self
        )
        self.draw_dialog = dialog
        dialog.finished.connect(self._draw_finished)
        dialog.open()

    def _draw_finished(self, result: int) -> None:
        dialog, self.draw_dialog = self.draw_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and self.campaign_id is not None:
            self.changed.emit(self.campaign_id)
            self.count()  # the draw settles the tie: count again

    # -- publishing ----------------------------------------------------------------------
    def publish(self) -> None:
        result = self.result
        if self.campaign_id is None or result is None or result.result_id is None:
            return
        if self.published() is not None:
            return
        question = self.tr(
            "Publish this count as the campaign's result? {funded} projects become funded "
            "({amount}) and {others} not funded; the journal keeps it and the one-year review "
            "is scheduled. A published result cannot be replaced by another count."
        ).format(
            funded=len(result.selected),
            amount=format_euros(result.total_cost_cents),
            others=len(result.projects) - len(result.selected),
        )
        if not self.confirm(self.tr("Publish the results"), question):
            return
        try:
            publish_results(self.context.database, result.result_id, self.context.author())
        except DomainError as error:
            self.report(error)
            self.load()
            return
        self.load()
        self.changed.emit(self.campaign_id)
