"""Phase 7: the review synthesis — every reviewer's total per application, where they
disagree strongly, and the team's decision with its reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from pbdesk.domain.campaign import slugify
from pbdesk.domain.errors import DomainError
from pbdesk.domain.review import DISAGREEMENT_SHARE, CriterionKind
from pbdesk.grids import export_synthesis
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.status import StatusDialog
from pbdesk.ui.forms.ui_synthesis_page import Ui_SynthesisPage
from pbdesk.ui.models.synthesis import (
    ApplicationReviewsModel,
    ReviewColumn,
    SynthesisModel,
    SynthesisProxy,
)
from pbdesk.ui.pages import CampaignPage
from pbdesk.ui.shortcuts import add_shortcut
from pbdesk.ui.tasks import Task, run_with_progress
from pbdesk.workspace.applications import list_applications
from pbdesk.workspace.campaigns import get_summary
from pbdesk.workspace.reviews.decision import SynthesisRow, synthesis

#: Where the last synthesis workbook was written (preferences).
FOLDER_SETTING = "grids/folder"
#: Widest a reviewer's column opens (pixels); the title column takes what is left.
REVIEWER_WIDTH = 90
MIN_TITLE_WIDTH = 160


class SynthesisPage(CampaignPage):
    """The review synthesis (phase 7, dépôts et instruction): per application each
    reviewer's weighted total, the mean and spread, eligibility concerns and the decision
    so far; rows where reviewers disagree strongly are highlighted (background, warning
    icon, tooltip saying why). Sorted by mean, best first. The selected application's
    reviews — totals, recommendations, comments — show below. "Decide…" (Ctrl+T) records
    the team's decision on the selected applications in ``StatusDialog`` (journaled, with
    its reason); the synthesis workbook is exported off the GUI thread.

    Signals: ``changed(int)`` after a decision (applications changed status).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SynthesisPage()
        self.ui.setupUi(self)
        self.model = SynthesisModel(self)
        self.proxy = SynthesisProxy(self)
        self.proxy.setSourceModel(self.model)
        self.reviews = ApplicationReviewsModel(self)
        #: The decision dialog while it is open (window-modal, not blocking).
        self.status_dialog: StatusDialog | None = None
        #: The export running, if any.
        self.task: Task | None = None
        ui = self.ui
        table = ui.tableView
        table.setModel(self.proxy)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        ui.reviewsView.setModel(self.reviews)
        ui.reviewsView.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = ui.reviewsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReviewColumn.COMMENT, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.proxy.modelReset.connect(self._selection_changed)
        self.proxy.layoutChanged.connect(self._selection_changed)
        table.activated.connect(self.decide)
        ui.searchEdit.textChanged.connect(self.proxy.set_search)
        ui.disagreementsCheck.toggled.connect(self.proxy.set_only_disagreements)
        ui.decideButton.clicked.connect(self.decide)
        ui.exportButton.clicked.connect(self.export_synthesis)
        add_shortcut("Ctrl+T", self, self.decide)
        self.setFocusProxy(table)
        table.viewport().installEventFilter(self)
        self._set_status("")
        self._show_explanation()
        self._show_detail()
        self._selection_changed()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        if self.campaign_id is None:
            return
        kept = [row.application_id for row in self.selected_rows()]
        try:
            data = synthesis(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        table = self.ui.tableView
        sort_column = table.horizontalHeader().sortIndicatorSection()
        sort_order = table.horizontalHeader().sortIndicatorOrder()
        was_sorted_by_mean = self.model.rowCount() == 0 or sort_column == self.model.mean_column()
        self.model.set_synthesis(data)
        scored = sum(1 for c in data.criteria if c.kind is CriterionKind.SCORED)
        self.reviews.set_scale(data.best_total, scored)
        self._fit_columns()
        if was_sorted_by_mean:
            table.sortByColumn(self.model.mean_column(), Qt.SortOrder.DescendingOrder)
        else:
            table.sortByColumn(min(sort_column, self.model.columnCount() - 1), sort_order)
        self._show_explanation()
        if kept:
            self.select_applications(kept)
        elif self.proxy.rowCount():
            self.select_applications([self._row_at(0).application_id])  # type: ignore[union-attr]
        self._show_detail()
        self._selection_changed()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.model.set_synthesis(None)
        self.reviews.set_reviews([])
        self._set_status("")
        self._show_explanation()
        self._show_detail()

    def show_campaign(self, campaign_id: int) -> None:
        if campaign_id != self.campaign_id:
            self._set_status("")
            self.model.set_synthesis(None)  # a new campaign starts sorted by mean
        super().show_campaign(campaign_id)

    def _fit_columns(self) -> None:
        """Columns as wide as their figures (a reviewer's column at most ``REVIEWER_WIDTH``,
        the full name is in its tooltip); the title takes what is left, at least
        ``MIN_TITLE_WIDTH``. The user may still widen any column."""
        table = self.ui.tableView
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        used = 0
        for column in range(self.model.columnCount()):
            if column == self.model.TITLE:
                continue
            width = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            if self.model.reviewer_column(0) <= column < self.model.mean_column():
                width = min(width, REVIEWER_WIDTH)
            width = min(max(width, 40), 170)
            table.setColumnWidth(column, width)
            used += width
        room = table.viewport().width() - used
        table.setColumnWidth(self.model.TITLE, max(room, MIN_TITLE_WIDTH))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.tableView.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _show_explanation(self) -> None:
        best = self.model.best_total
        rows = self.model.rows()
        disagreements = sum(1 for row in rows if row.disagree)
        if self.model.synthesis() is None:
            self.ui.explanationLabel.setText("")
            self.ui.countsLabel.setText("")
            return
        if not self.model.reviewer_count():
            self.ui.explanationLabel.setText(
                self.tr(
                    "Nobody reviews this campaign's applications yet: add reviewers on the "
                    "page «Reviewers and reviews»."
                )
            )
        elif best == 0:
            self.ui.explanationLabel.setText(
                self.tr(
                    "This campaign has no scored criteria yet, so there are no totals: define "
                    "the review grid on the page of the call."
                )
            )
        else:
            self._explain_totals(best)
        if disagreements == 1:
            counts = self.tr("{count} applications · 1 strong disagreement")
        else:
            counts = self.tr("{count} applications · {disagreements} strong disagreements")
        self.ui.countsLabel.setText(counts.format(count=len(rows), disagreements=disagreements))

    def _explain_totals(self, best: int) -> None:
        self.ui.explanationLabel.setText(
            self.tr(
                "Weighted totals out of {best}. Reviewers disagree strongly when their totals "
                "are more than {share}% of that apart ({gap} points): those rows are "
                "highlighted and marked with a warning sign."
            ).format(
                best=best,
                share=round(DISAGREEMENT_SHARE * 100),
                gap=f"{DISAGREEMENT_SHARE * best:g}".replace(".", ","),
            )
        )

    # -- selection -----------------------------------------------------------------------
    def _row_at(self, proxy_row: int) -> SynthesisRow | None:
        return self.model.row_at(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row())

    def visible_rows(self) -> list[SynthesisRow]:
        """The rows in the order shown (after sorting and filtering)."""
        rows = (self._row_at(row) for row in range(self.proxy.rowCount()))
        return [row for row in rows if row is not None]

    def selected_rows(self) -> list[SynthesisRow]:
        selection = self.ui.tableView.selectionModel()
        rows = (
            self.model.row_at(self.proxy.mapToSource(index).row())
            for index in selection.selectedRows()
        )
        return sorted((row for row in rows if row is not None), key=lambda row: row.number)

    def current_row(self) -> SynthesisRow | None:
        index = self.ui.tableView.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_applications(self, application_ids: list[int]) -> None:
        wanted = set(application_ids)
        selection = QItemSelection()
        first = None
        for proxy_row in range(self.proxy.rowCount()):
            row = self._row_at(proxy_row)
            if row is None or row.application_id not in wanted:
                continue
            index = self.proxy.index(proxy_row, 0)
            selection.select(index, index)
            first = first or index
        model = self.ui.tableView.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        if first is not None:
            model.setCurrentIndex(first, flags.NoUpdate)
            self.ui.tableView.scrollTo(first)

    def _selection_changed(self) -> None:
        selected = bool(self.selected_rows())
        self.ui.decideButton.setEnabled(selected and self.status_dialog is None)
        running = self.task is not None and self.task.is_running()
        self.ui.exportButton.setEnabled(
            self.campaign_id is not None and not running and bool(self.model.rowCount())
        )

    def _show_detail(self) -> None:
        row = self.current_row()
        ui = self.ui
        if row is None:
            self.reviews.set_reviews([])
            ui.detailGroup.setTitle(self.tr("Reviews of the selected application"))
            ui.detailLabel.setText("")
            ui.detailLabel.hide()
            ui.concernsLabel.hide()
            return
        self.reviews.set_reviews(row.reviews)
        ui.detailGroup.setTitle(
            self.tr("Reviews of No. {number} «{title}»").format(number=row.number, title=row.title)
        )
        facts = [self.tr("Decision so far: {status}").format(status=row.status.label)]
        if row.status_reason:
            facts[0] = self.tr("Decision so far: {status} ({reason})").format(
                status=row.status.label, reason=row.status_reason
            )
        if row.disagree:
            facts.append(self.model.disagreement_text(row))
        ui.detailLabel.setText("\n".join(facts))
        ui.detailLabel.show()
        concern = self.tr("{reviewer} answered «no» to «{criterion}»: {reason}")
        ui.concernsLabel.setText(
            "\n".join(
                concern.format(
                    reviewer=c.reviewer_name, criterion=c.criterion_name, reason=c.reason
                )
                for c in row.concerns
            )
        )
        ui.concernsLabel.setVisible(bool(row.concerns))

    # -- the team's decision ---------------------------------------------------------------
    def decide(self) -> None:
        """Open the status dialog for the selected applications (the team's decision)."""
        rows = self.selected_rows()
        if self.campaign_id is None or not rows or self.status_dialog is not None:
            return
        wanted = {row.application_id for row in rows}
        try:
            applications = [
                application
                for application in list_applications(self.context.database, self.campaign_id)
                if application.id in wanted
            ]
        except DomainError as error:
            self.report(error)
            return
        dialog = StatusDialog(
            self.context.database, applications, self.context.author(), parent=self
        )
        self.status_dialog = dialog
        dialog.finished.connect(self._status_dialog_finished)
        self._selection_changed()
        dialog.open()

    def _status_dialog_finished(self, result: int) -> None:
        dialog, self.status_dialog = self.status_dialog, None
        if dialog is None:
            return
        moved = [application.id for application in dialog.applications]
        dialog.deleteLater()
        self._selection_changed()
        if result != QDialog.DialogCode.Accepted or self.campaign_id is None:
            return
        self.load()
        self.select_applications(moved)
        self.ui.tableView.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit(self.campaign_id)

    # -- the workbook ----------------------------------------------------------------------
    def export_synthesis(self) -> None:
        """Ask where, then write the synthesis workbook off the GUI thread."""
        if self.campaign_id is None or (self.task is not None and self.task.is_running()):
            return
        slug = get_summary(self.context.database, self.campaign_id).slug
        folder = self.context.settings.value(FOLDER_SETTING, "", type=str)
        start = Path(str(folder)) if folder and Path(str(folder)).is_dir() else Path.home()
        prefix = slugify(self.tr("synthesis"))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the synthesis workbook"),
            str(start / f"{prefix}-{slug}.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != ".xlsx":
                target = target.with_name(target.name + ".xlsx")
            self.export_synthesis_to(target)

    def export_synthesis_to(self, target: Path) -> Task:
        """Write the synthesis workbook to ``target`` off the GUI thread."""
        assert self.campaign_id is not None
        database, campaign_id = self.context.database, self.campaign_id
        self.context.settings.setValue(FOLDER_SETTING, str(target.parent))

        def job(progress: Any, cancel: Any) -> Path:
            return export_synthesis(database, campaign_id, target, progress, cancel)

        task = run_with_progress(
            self,
            self.tr("Export the synthesis workbook"),
            self.tr("Writing the synthesis workbook…"),
            job,
        )
        task.succeeded.connect(
            lambda path: self._set_status(
                self.tr("Synthesis workbook written to «{path}».").format(path=path)
            )
        )
        task.cancelled.connect(
            lambda: self._set_status(self.tr("Export stopped: no workbook was written."))
        )
        task.failed.connect(self._task_failed)
        task.finished.connect(self._selection_changed)
        self.task = task
        self._selection_changed()
        return task

    def _task_failed(self, error: object) -> None:
        self.report_failure(
            error,
            self.tr("The export stopped on an unexpected error; no workbook was written. {error}"),
        )

    def _set_status(self, message: str) -> None:
        self.ui.statusLabel.setText(message)
        self.ui.statusLabel.setVisible(bool(message))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.set_synthesis(self.model.synthesis())
            self.reviews.set_reviews(self.reviews.reviews())
            self._show_explanation()
            self._show_detail()
        super().changeEvent(event)
