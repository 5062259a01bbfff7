"""Phase 7: the reviewers, what each reviews and how far they have got, reviews typed in
the app, and the Excel grids that go out to reviewers and come back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from pbdesk.domain.campaign import slugify
from pbdesk.domain.errors import DomainError
from pbdesk.grids import GridExport, GridImport, export_each_reviewer, export_grids, import_grid
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.grid_import import GridImportDialog
from pbdesk.ui.dialogs.review import ReviewDialog
from pbdesk.ui.dialogs.reviewer import ReviewerDialog
from pbdesk.ui.forms.ui_reviews_page import Ui_ReviewsPage
from pbdesk.ui.models.reviews import (
    AssignedColumn,
    AssignedLine,
    AssignedModel,
    ReviewerColumn,
    ReviewerLine,
    ReviewersModel,
    SortProxy,
    assigned_lines,
    reviewer_lines,
)
from pbdesk.ui.pages import RecordListPage
from pbdesk.ui.tasks import Task, run_with_progress
from pbdesk.workspace.campaigns import get_summary
from pbdesk.workspace.reviews.decision import Synthesis, synthesis
from pbdesk.workspace.reviews.reviewers import applications_for, delete_reviewer

#: Files a drop may bring: workbooks (old ``.xls`` and macro workbooks are refused by the
#: import with a sentence that says why, which is better than a drop that does nothing).
GRID_SUFFIXES = (".xlsx", ".xlsm", ".xls")
#: Where the last grid was written or read (preferences), to start the file dialogs there.
FOLDER_SETTING = "grids/folder"


class ExportScope(IntEnum):
    """Which grids "Export review grids" writes."""

    ALL_IN_ONE = 0
    EACH_REVIEWER = 1
    SELECTED = 2


class ReviewsPage(RecordListPage[ReviewerLine]):
    """The campaign's reviewers (phase 7, dépôts et instruction): added, edited and removed
    in ``ReviewerDialog`` (Insert, Enter, Delete); the applications the selected reviewer
    reviews with the state of each review, typed in ``ReviewDialog`` (Enter); the review
    grids exported off the GUI thread, and returned grids imported — by the button or by
    dropping ``.xlsx`` files on the page — after a preview (``GridImportDialog``).

    Signals: ``changed(int)`` after a reviewer is added, edited or removed, a review is
    saved, grids are exported (the call then knows grids went out) or a grid is imported.
    """

    ui: Ui_ReviewsPage
    model: ReviewersModel
    proxy: SortProxy

    # The page's own names for the actions, as callers and tests know them.
    add_reviewer = RecordListPage.add_record
    edit_reviewer = RecordListPage.edit_record
    remove_reviewer = RecordListPage.remove_record

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ReviewsPage()
        self.ui.setupUi(self)
        self.model = ReviewersModel(self)
        self.proxy = SortProxy(self)
        self.assigned = AssignedModel(self)
        self.assigned_proxy = SortProxy(self)
        self.assigned_proxy.setSourceModel(self.assigned)
        #: The latest synthesis read (the source of every count on the page).
        self.synthesis: Synthesis | None = None
        #: The review dialog while it is open (window-modal, not blocking).
        self.review_dialog: ReviewDialog | None = None
        #: The preview of a returned grid while it is open.
        self.import_dialog: GridImportDialog | None = None
        #: The long job running (export, check or import of a grid), if any.
        self.task: Task | None = None
        self._pending_imports: list[Path] = []
        self._reviews_saved = False
        self._set_up_list()
        self._set_up_tables()
        ui = self.ui
        ui.reviewButton.clicked.connect(self.open_review)
        ui.applicationsView.activated.connect(self.open_review)
        ui.applicationsView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.tableView.selectionModel().currentRowChanged.connect(self._show_applications)
        ui.exportButton.clicked.connect(self.export_grids)
        ui.importButton.clicked.connect(self.import_grid)
        self._fill_scopes()
        self.setAcceptDrops(True)
        self._set_status("")
        self._show_counts()
        self._update_buttons()

    def _set_up_tables(self) -> None:
        table = self.ui.tableView
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ReviewerColumn.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        for column in (ReviewerColumn.KIND, ReviewerColumn.APPLICATIONS, ReviewerColumn.REVIEWS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnWidth(ReviewerColumn.NAME, 220)
        table.sortByColumn(ReviewerColumn.NAME, Qt.SortOrder.AscendingOrder)
        view = self.ui.applicationsView
        view.setModel(self.assigned_proxy)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AssignedColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AssignedColumn.HOLDER, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(AssignedColumn.HOLDER, 180)
        view.sortByColumn(AssignedColumn.NUMBER, Qt.SortOrder.AscendingOrder)

    def _fill_scopes(self) -> None:
        combo = self.ui.scopeCombo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("every reviewer, in one workbook"), ExportScope.ALL_IN_ONE)
        combo.addItem(
            self.tr("each reviewer in a workbook of their own"), ExportScope.EACH_REVIEWER
        )
        combo.addItem(self.tr("the selected reviewer only"), ExportScope.SELECTED)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        if self.campaign_id is None:
            return
        reviewer = self.current_record()
        try:
            self.synthesis = synthesis(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self.model.set_lines(reviewer_lines(self.synthesis))
        self.assigned.set_best_total(self.synthesis.best_total)
        if reviewer is not None:
            self._select(reviewer.id)
        if self.current_record() is None and self.proxy.rowCount():
            self.ui.tableView.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_applications()
        self._show_counts()
        self._update_buttons()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.synthesis = None
        self.model.set_lines([])
        self.assigned.set_lines([])
        self._pending_imports.clear()
        self._set_status("")
        self._show_counts()
        self._update_buttons()

    def show_campaign(self, campaign_id: int) -> None:
        if campaign_id != self.campaign_id:
            self._set_status("")
        super().show_campaign(campaign_id)

    def _show_applications(self) -> None:
        """The applications the selected reviewer reviews, keeping the one selected."""
        line = self.current_record()
        view = self.ui.applicationsView
        kept = self.current_application()
        if line is None or self.synthesis is None:
            self.assigned.set_lines([])
            self.ui.applicationsGroup.setTitle(self.tr("Applications to review"))
            self.ui.progressLabel.setText("")
            self._update_buttons()
            return
        try:
            applications = applications_for(self.context.database, line.reviewer.id)
        except DomainError as error:
            self.report(error)
            return
        self.assigned.set_lines(assigned_lines(self.synthesis, line.reviewer.id, applications))
        self.ui.applicationsGroup.setTitle(
            self.tr("Applications reviewed by {name}").format(name=line.reviewer.name)
        )
        self.ui.progressLabel.setText(
            self.tr("{complete} complete · {partial} partial · {left} not started").format(
                complete=line.complete,
                partial=line.partial,
                left=line.expected - line.complete - line.partial,
            )
        )
        target = kept.id if kept is not None else None
        for row in range(self.assigned_proxy.rowCount()):
            index = self.assigned_proxy.index(row, 0)
            item = self.assigned.row_at(self.assigned_proxy.mapToSource(index).row())
            if item is not None and (target is None or item.id == target):
                view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                break
        self._update_buttons()

    # -- reviewers (RecordListPage) ----------------------------------------------------------
    def record_dialog(self, campaign_id: int, record: ReviewerLine | None) -> Any:
        return ReviewerDialog(
            self.context.database,
            campaign_id,
            record.reviewer if record is not None else None,
            author=self.context.author(),
            parent=self,
        )

    def removal_question(self, record: ReviewerLine) -> tuple[str, str]:
        reviewer = record.reviewer
        if reviewer.reviews:
            question = self.tr(
                "Remove «{name}» and the {count} reviews they recorded? This cannot be undone."
            ).format(name=reviewer.name, count=reviewer.reviews)
        else:
            question = self.tr("Remove the reviewer «{name}»?").format(name=reviewer.name)
        return self.tr("Remove a reviewer"), question

    def delete_record(self, record: ReviewerLine) -> None:
        delete_reviewer(self.context.database, record.reviewer.id, self.context.author())

    def current_reviewer(self) -> ReviewerLine | None:
        return self.current_record()

    # -- reviews ---------------------------------------------------------------------------
    def current_application(self) -> AssignedLine | None:
        view = self.ui.applicationsView
        index = view.currentIndex()
        selection = view.selectionModel()
        if not index.isValid() or selection is None or not selection.hasSelection():
            return None
        return self.assigned.row_at(self.assigned_proxy.mapToSource(index).row())

    def pile(self) -> list[AssignedLine]:
        """The selected reviewer's applications in the order shown."""
        lines = (
            self.assigned.row_at(
                self.assigned_proxy.mapToSource(self.assigned_proxy.index(row, 0)).row()
            )
            for row in range(self.assigned_proxy.rowCount())
        )
        return [line for line in lines if line is not None]

    def open_review(self) -> None:
        """Open the review of the selected application by the selected reviewer; "Save and
        next" goes on down the list as shown."""
        line = self.current_record()
        current = self.current_application()
        if self.campaign_id is None or line is None or current is None:
            return
        if self.review_dialog is not None:
            return
        pile = self.pile()
        position = next((n for n, item in enumerate(pile) if item.id == current.id), 0)
        try:
            dialog = ReviewDialog(
                self.context.database,
                self.campaign_id,
                line.reviewer,
                [item.application for item in pile],
                position,
                parent=self,
            )
        except DomainError as error:
            self.report(error)
            return
        self._reviews_saved = False
        dialog.saved.connect(self._review_saved)
        dialog.finished.connect(self._review_dialog_finished)
        self.review_dialog = dialog
        dialog.open()

    def _review_saved(self, reviewer_id: int, application_id: int) -> None:
        self._reviews_saved = True

    def _review_dialog_finished(self, result: int) -> None:
        dialog, self.review_dialog = self.review_dialog, None
        if dialog is None:
            return
        last = dialog.application.id
        dialog.deleteLater()
        if self._reviews_saved and self.campaign_id is not None:
            self.load()
            self._select_application(last)
            self.changed.emit(self.campaign_id)
        self.ui.applicationsView.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_application(self, application_id: int) -> None:
        for row in range(self.assigned_proxy.rowCount()):
            index = self.assigned_proxy.index(row, 0)
            item = self.assigned.row_at(self.assigned_proxy.mapToSource(index).row())
            if item is not None and item.id == application_id:
                self.ui.applicationsView.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    # -- grids out -------------------------------------------------------------------------
    def _start_folder(self) -> str:
        folder = self.context.settings.value(FOLDER_SETTING, "", type=str)
        return str(folder) if folder and Path(str(folder)).is_dir() else str(Path.home())

    def _remember_folder(self, folder: Path) -> None:
        self.context.settings.setValue(FOLDER_SETTING, str(folder))

    def export_grids(self) -> None:
        """Ask where, then write the grids chosen in the scope list."""
        if self.campaign_id is None or self.busy():
            return
        scope = ExportScope(self.ui.scopeCombo.currentData())
        line = self.current_record()
        if scope is ExportScope.SELECTED and line is None:
            self._set_status(self.tr("Select the reviewer whose grid to export."), error=True)
            return
        if scope is ExportScope.EACH_REVIEWER:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the review grids"), self._start_folder()
            )
            if folder:
                self.export_grids_to(Path(folder), scope)
            return
        slug = get_summary(self.context.database, self.campaign_id).slug
        # File names as the grids module names them: «grilles-<campaign>.xlsx» in French.
        prefix = slugify(self.tr("grids"))
        name = f"{prefix}-{slug}"
        if scope is ExportScope.SELECTED and line is not None:
            prefix = slugify(self.tr("grid"))
            name = f"{prefix}-{slug}-{slugify(line.reviewer.name)}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export review grids"),
            str(Path(self._start_folder()) / f"{name}.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != ".xlsx":
                target = target.with_name(target.name + ".xlsx")
            self.export_grids_to(target, scope)

    def export_grids_to(self, target: Path, scope: ExportScope = ExportScope.ALL_IN_ONE) -> Task:
        """Write the grids to ``target`` (a folder for ``EACH_REVIEWER``) off the GUI thread."""
        assert self.campaign_id is not None
        database, campaign_id = self.context.database, self.campaign_id
        author = self.context.author()
        line = self.current_record()
        reviewer_id = line.reviewer.id if scope is ExportScope.SELECTED and line else None
        job: Callable[..., object]
        if scope is ExportScope.EACH_REVIEWER:

            def job(progress: Any, cancel: Any) -> object:
                return export_each_reviewer(
                    database, campaign_id, target, progress, cancel, author=author
                )

            self._remember_folder(target)
        else:

            def job(progress: Any, cancel: Any) -> object:
                return export_grids(
                    database, campaign_id, target, reviewer_id, progress, cancel, author=author
                )

            self._remember_folder(target.parent)
        task = self._run(self.tr("Export review grids"), self.tr("Writing the review grids…"), job)
        task.succeeded.connect(self._grids_exported)
        task.cancelled.connect(
            lambda: self._set_status(self.tr("Export stopped: no grid was written."))
        )
        return task

    def _grids_exported(self, result: GridExport | list[GridExport]) -> None:
        if isinstance(result, list):
            if not result:
                self._set_status(
                    self.tr("No reviewer has applications to review: no grid was written.")
                )
                return
            self._set_status(
                self.tr("{count} grids written in «{folder}»: {files}.").format(
                    count=len(result),
                    folder=result[0].path.parent,
                    files=", ".join(done.path.name for done in result),
                )
            )
        else:
            self._set_status(
                self.tr("Grid written to «{path}» for {names} ({rows} applications).").format(
                    path=result.path,
                    names=", ".join(result.reviewers),
                    rows=result.rows,
                )
            )
        if self.campaign_id is not None:
            self.changed.emit(self.campaign_id)

    # -- grids back ------------------------------------------------------------------------
    def import_grid(self) -> None:
        """Ask for a returned grid, then check it and show what it changes."""
        if self.campaign_id is None or self.busy():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a returned grid"),
            self._start_folder(),
            self.tr("Excel workbooks (*.xlsx *.xlsm *.xls);;All files (*)"),
        )
        if path:
            self.import_grid_files([Path(path)])

    def import_grid_files(self, paths: Sequence[Path]) -> None:
        """Check each returned grid in turn, show its preview and apply it once confirmed
        (what the import button and a drop on the page both do)."""
        if self.campaign_id is None:
            return
        self._pending_imports.extend(Path(path) for path in paths)
        self._next_import()

    def busy(self) -> bool:
        """True while a grid job runs or a grid preview waits for an answer."""
        running = self.task is not None and self.task.is_running()
        return running or self.import_dialog is not None

    def _next_import(self) -> None:
        if self.busy() or not self._pending_imports or self.campaign_id is None:
            return
        path = self._pending_imports.pop(0)
        self._remember_folder(path.parent)
        database, campaign_id = self.context.database, self.campaign_id
        author = self.context.author()

        def job(progress: Any, cancel: Any) -> GridImport:
            return import_grid(
                database, campaign_id, path, author, apply=False, progress=progress, cancel=cancel
            )

        task = self._run(
            self.tr("Import a review grid"),
            self.tr("Checking «{name}»…").format(name=path.name),
            job,
        )
        task.succeeded.connect(self._show_preview)
        task.cancelled.connect(lambda: self._import_stopped(path))
        task.finished.connect(self._next_import)

    def _import_stopped(self, path: Path) -> None:
        self._set_status(
            self.tr("Import of «{name}» stopped: nothing was changed.").format(name=path.name)
        )

    def _show_preview(self, result: GridImport) -> None:
        dialog = GridImportDialog(result, self)
        self.import_dialog = dialog
        dialog.finished.connect(self._preview_closed)
        dialog.open()

    def _preview_closed(self, code: int) -> None:
        dialog, self.import_dialog = self.import_dialog, None
        if dialog is None:
            return
        result = dialog.result
        dialog.deleteLater()
        if code == QDialog.DialogCode.Accepted and dialog.can_apply:
            self._apply(result.path)
            return
        if not result.ok:
            self._set_status(
                self.tr("«{name}» was refused: nothing was changed.").format(name=result.path.name),
                error=True,
            )
        elif result.changes_anything:
            self._set_status(self.tr("«{name}» was not imported.").format(name=result.path.name))
        self._next_import()

    def _apply(self, path: Path) -> None:
        assert self.campaign_id is not None
        database, campaign_id = self.context.database, self.campaign_id
        author = self.context.author()

        def job(progress: Any, cancel: Any) -> GridImport:
            return import_grid(
                database, campaign_id, path, author, apply=True, progress=progress, cancel=cancel
            )

        task = self._run(
            self.tr("Import a review grid"),
            self.tr("Importing «{name}»…").format(name=path.name),
            job,
        )
        task.succeeded.connect(self._grid_applied)
        task.cancelled.connect(lambda: self._import_stopped(path))
        task.finished.connect(self._next_import)

    def _grid_applied(self, result: GridImport) -> None:
        if not result.ok:  # the campaign changed between the preview and now
            self._show_preview(result)
            return
        if not result.applied:
            self._set_status(self.tr("«{name}»: nothing changed.").format(name=result.path.name))
            return
        reviews = sum(r.reviews_changed for r in result.reviewers)
        values = sum(r.values_changed for r in result.reviewers)
        self._set_status(
            self.tr("«{name}» imported: {reviews} reviews and {values} values changed.").format(
                name=result.path.name, reviews=reviews, values=values
            )
        )
        if self.campaign_id is not None:
            self.load()
            self.changed.emit(self.campaign_id)

    # -- drops -----------------------------------------------------------------------------
    @staticmethod
    def dropped_grids(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        """The workbooks a drag brings (empty when it brings anything else)."""
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if not paths or len(paths) != len(mime.urls()):
            return []
        if any(path.suffix.lower() not in GRID_SUFFIXES for path in paths):
            return []
        return paths

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.campaign_id is not None and self.dropped_grids(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self.dropped_grids(event)
        if self.campaign_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_grid_files(paths)

    # -- helpers ---------------------------------------------------------------------------
    def _run(self, title: str, label: str, job: Callable[..., object]) -> Task:
        task = run_with_progress(self, title, label, job)
        task.failed.connect(self._task_failed)
        task.finished.connect(self._update_buttons)
        self.task = task
        self._update_buttons()
        return task

    def _task_failed(self, error: object) -> None:
        self.report_failure(
            error,
            self.tr("The job stopped on an unexpected error; nothing was changed. {error}"),
        )

    def _set_status(self, message: str, *, error: bool = False) -> None:
        label = self.ui.statusLabel
        label.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        label.setText(message)
        label.setVisible(bool(message))

    def _show_counts(self) -> None:
        lines = self.model.lines()
        complete = sum(line.complete for line in lines)
        expected = sum(line.expected for line in lines)
        if not lines:
            self.ui.countsLabel.setText(self.tr("No reviewer yet."))
            return
        self.ui.countsLabel.setText(
            self.tr("{count} reviewers · {complete} of {expected} reviews complete").format(
                count=len(lines), complete=complete, expected=expected
            )
        )

    def _update_buttons(self) -> None:
        super()._update_buttons()
        ui = self.ui
        idle = self.campaign_id is not None and not self.busy()
        ui.reviewButton.setEnabled(
            self.current_record() is not None and self.current_application() is not None
        )
        ui.exportButton.setEnabled(idle and bool(self.model.rowCount()))
        ui.importButton.setEnabled(idle)
        ui.scopeCombo.setEnabled(self.campaign_id is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_scopes()
            self.model.set_lines(self.model.lines())
            self._show_applications()
            self._show_counts()
        super().changeEvent(event)
