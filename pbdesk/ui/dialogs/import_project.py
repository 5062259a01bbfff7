"""« Fichier › Importer un fichier projet… »: read a ``.pbdesk`` file, show what importing it
will do and its conflicts, then import it all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QSizePolicy, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.exchange.apply import ImportResult
from pbdesk.exchange.gui_support import ImportSummary, settle_all, summarize
from pbdesk.exchange.project_file import ImportPlan, apply_import, plan_import
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.export_project import project_folder, remember_folder
from pbdesk.ui.fields import ERROR_STYLE
from pbdesk.ui.forms.ui_import_project_dialog import Ui_ImportProjectDialog
from pbdesk.ui.models.project_import import (
    ConflictColumn,
    ConflictsModel,
    KindColumn,
    KindsModel,
    reference_labels,
)
from pbdesk.ui.tasks import Task


def choose_project_file(context: AppContext, parent: QWidget | None) -> Path | None:
    """Ask which ``.pbdesk`` file to import; None when the user gives up."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportProjectDialog", "Import a project file"),
        str(project_folder(context)),
        QCoreApplication.translate(
            "ImportProjectDialog", "pbdesk project files (*.pbdesk);;All files (*)"
        ),
    )
    return Path(chosen) if chosen else None


class ImportProjectDialog(QDialog):
    """Reads and checks a project file off the GUI thread (``read``), then shows the summary
    of what importing it will do — a new campaign arriving whole, or a merge with the records
    added, taken and kept per kind, ballots and sign-ins united, double signatures flagged —
    and the conflicts side by side, each settled here or for the file. Nothing is written
    until "Import", which applies everything in one transaction, off the GUI thread.

    A refused file shows its one sentence and the database stays as it was. After
    ``accepted``, ``import_result`` holds the ``ImportResult``.

    Signals: ``imported(object)`` — the ``ImportResult``, just before the dialog closes.
    """

    imported = Signal(object)

    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = Path(path)
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        self.import_result: ImportResult | None = None
        self.task: Task | None = None
        self._closing = False
        self.ui = Ui_ImportProjectDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.kinds = KindsModel(self)
        self.conflicts = ConflictsModel(self)
        ui.kindsView.setModel(self.kinds)
        ui.conflictsView.setModel(self.conflicts)
        header = ui.kindsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KindColumn.KIND, QHeaderView.ResizeMode.Stretch)
        conflicts_header = ui.conflictsView.horizontalHeader()
        conflicts_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (ConflictColumn.RECORD, 220),
            (ConflictColumn.FIELD, 120),
            (ConflictColumn.HERE, 180),
            (ConflictColumn.INCOMING, 180),
        ):
            ui.conflictsView.setColumnWidth(column, width)
        for view in (ui.kindsView, ui.conflictsView):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        ui.conflictsView.installEventFilter(self)
        ui.switchButton.clicked.connect(self.switch_selected)
        ui.conflictsView.doubleClicked.connect(lambda index: self.conflicts.switch([index.row()]))
        ui.keepAllButton.clicked.connect(lambda: self.settle_all(False))
        ui.takeAllButton.clicked.connect(lambda: self.settle_all(True))
        ui.importButton.clicked.connect(self.apply)
        ui.closeButton.clicked.connect(self.reject)
        ui.fileLabel.setText(self.tr("Project file «{name}»").format(name=self.path.name))
        ui.fileLabel.setToolTip(str(self.path))
        ui.importButton.setEnabled(False)
        self._busy(self.tr("Reading and checking «{name}»…").format(name=self.path.name))

    # -- reading -----------------------------------------------------------------------
    def read(self) -> Task:
        """Read and check the file, and plan the import, on a worker thread."""
        database = self.context.database
        path = self.path

        def job(progress, cancel):  # type: ignore[no-untyped-def]
            plan = plan_import(database, path, progress=progress, cancel=cancel)
            return plan, summarize(database, plan)

        task = self._run(job)
        task.succeeded.connect(self._planned)
        return task

    def _run(self, job) -> Task:  # type: ignore[no-untyped-def]
        task = Task(job, self)
        self.task = task
        task.progress.connect(self._progressed)
        task.failed.connect(self._refused)
        task.cancelled.connect(self._stopped)
        task.finished.connect(self._finished)
        task.start()
        return task

    def _busy(self, text: str) -> None:
        ui = self.ui
        ui.busyLabel.setText(text)
        ui.progressBar.setRange(0, 0)
        ui.stack.setCurrentWidget(ui.busyPage)
        ui.importButton.setEnabled(False)
        ui.closeButton.setText(self.tr("Cancel"))
        ui.closeButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _progressed(self, done: int, total: int) -> None:
        bar = self.ui.progressBar
        if bar.maximum() != total:
            bar.setRange(0, total)
        bar.setValue(done)

    def _planned(self, outcome: object) -> None:
        assert isinstance(outcome, tuple)
        plan, summary = outcome
        self.plan = plan
        self.summary = summary
        remember_folder(self.context, self.path)
        self._show_plan()

    def _show_plan(self) -> None:
        ui = self.ui
        plan, summary = self.plan, self.summary
        assert plan is not None and summary is not None
        ui.generalError.say("")
        can_import = plan.new_campaign or summary.changes_anything
        lines = list(summary.lines)
        if not can_import:
            # Instead of the plan's first line ("… the file will be merged into it").
            ui.nothingLabel.setText(
                self.tr(
                    "Nothing to import: «{campaign}» is already in this database, with "
                    "everything the file holds."
                ).format(campaign=summary.campaign_name)
            )
            lines = lines[1:]
        ui.nothingLabel.setVisible(not can_import)
        ui.summaryLabel.setText("\n".join(lines))
        vote_day = []
        if summary.ballots_added or summary.sign_ins_added:
            vote_day.append(self.vote_day_sentence(summary, merge=not plan.new_campaign))
        if summary.double_signatures:
            vote_day.append(
                self.tr(
                    "Double signatures: {count} of the incoming sign-ins are of residents "
                    "already signed here. They are imported and flagged in the register, "
                    "so that the count can deal with them."
                ).format(count=summary.double_signatures)
            )
            ui.voteDayLabel.setStyleSheet(ERROR_STYLE)
        ui.voteDayLabel.setText("\n".join(vote_day))
        ui.voteDayLabel.setVisible(bool(vote_day))
        self.kinds.set_rows(summary.kinds)
        for column in (KindColumn.UPDATED, KindColumn.KEPT, KindColumn.CONFLICTS):
            # A campaign arriving whole only adds.
            ui.kindsView.setColumnHidden(column, plan.new_campaign)
        ui.kindsLabel.setVisible(bool(summary.kinds))
        ui.kindsView.setVisible(bool(summary.kinds))
        values = [c.here for c in plan.conflicts] + [c.incoming for c in plan.conflicts]
        self.conflicts.set_conflicts(plan.conflicts, reference_labels(values, plan.data.tables))
        has_conflicts = bool(plan.conflicts)
        for widget in (
            ui.conflictsLabel,
            ui.conflictsView,
            ui.switchButton,
            ui.keepAllButton,
            ui.takeAllButton,
        ):
            widget.setVisible(has_conflicts)
        self._share_room(len(summary.kinds), has_conflicts)
        ui.stack.setCurrentWidget(ui.planPage)
        ui.importButton.setEnabled(can_import)
        ui.importButton.setVisible(can_import)
        if can_import:
            ui.noteLabel.setText(self.tr("Nothing is written until you press «Import»."))
            ui.closeButton.setText(self.tr("Cancel"))
            ui.importButton.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            # The sentence at the top says it all: no empty window around it.
            ui.noteLabel.setText("")
            ui.closeButton.setText(self.tr("Close"))
            ui.closeButton.setFocus(Qt.FocusReason.OtherFocusReason)
            self.resize(self.width(), self.minimumHeight())

    def _share_room(self, kinds: int, has_conflicts: bool) -> None:
        """The tables get the room. Without conflicts the records by kind grow to show every
        kind (scrolling only when the dialog is too small); with conflicts they show a few
        kinds and the conflicts take the room left. Short contents leave the room below."""
        ui = self.ui
        view = ui.kindsView

        def height(rows: int) -> int:
            return (
                view.horizontalHeader().sizeHint().height()
                + max(1, rows) * view.verticalHeader().defaultSectionSize()
                + 2 * view.frameWidth()
            )

        few = height(min(kinds, 4))
        view.setMinimumHeight(few)
        view.setMaximumHeight(few if has_conflicts else height(kinds))
        layout = ui.planLayout
        layout.setStretchFactor(view, 0 if has_conflicts else 100)
        layout.setStretchFactor(ui.conflictsView, 100 if has_conflicts else 0)
        ui.planSpacer.changeSize(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.setStretch(layout.indexOf(ui.planSpacer), 0 if has_conflicts else 1)
        layout.invalidate()

    def vote_day_sentence(self, summary: ImportSummary, merge: bool) -> str:
        """What arrives of the vote day: the ballots as the count reads them (a ballot typed
        twice, in double entry, is one ballot) and the sign-in register entries."""
        count = summary.ballots_added
        ballots = (self.tr("{count} ballot") if count <= 1 else self.tr("{count} ballots")).format(
            count=count
        )
        double = summary.ballots_double_entered
        if double:
            ballots = (
                self.tr("{ballots} (of which {count} was typed twice: double entry)")
                if double <= 1
                else self.tr("{ballots} (of which {count} were typed twice: double entry)")
            ).format(ballots=ballots, count=double)
        count = summary.sign_ins_added
        sign_ins = (
            self.tr("{count} sign-in register entry")
            if count <= 1
            else self.tr("{count} sign-in register entries")
        ).format(count=count)
        sentence = self.tr("Vote day: {ballots} and {sign_ins} arrive.").format(
            ballots=ballots, sign_ins=sign_ins
        )
        if merge:
            sentence += " " + self.tr(
                "They are united with those of this database, without duplicates."
            )
        return sentence

    # -- conflicts ---------------------------------------------------------------------
    def settle_all(self, take_file: bool) -> None:
        """Keep every conflict's local version (False) or take every incoming one (True)."""
        if self.plan is None:
            return
        settle_all(self.plan, take_file)
        self.conflicts.set_take_file(self.plan.conflicts, take_file)

    def switch_selected(self) -> None:
        rows = {index.row() for index in self.ui.conflictsView.selectionModel().selectedRows()}
        current = self.ui.conflictsView.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        self.conflicts.switch(sorted(rows))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.conflictsView
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.switch_selected()
            return True
        return super().eventFilter(watched, event)

    # -- importing ---------------------------------------------------------------------
    def apply(self) -> Task | None:
        """Import the file as planned, with the conflicts as settled, in one transaction."""
        plan = self.plan
        if plan is None or (self.task is not None and self.task.is_running()):
            return None
        database = self.context.database
        author = self.context.author()

        def job(progress, cancel):  # type: ignore[no-untyped-def]
            return apply_import(database, plan, author=author, progress=progress, cancel=cancel)

        self._busy(self.tr("Importing «{name}»…").format(name=self.path.name))
        task = self._run(job)
        task.succeeded.connect(self._applied)
        return task

    def _applied(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.import_result = result
        self.imported.emit(result)
        self.accept()

    def _refused(self, error: object) -> None:
        ui = self.ui
        if isinstance(error, DomainError):
            message = error.message
        else:
            message = self.tr("«{name}» could not be read: {error}").format(
                name=self.path.name, error=error
            )
        ui.refusedLabel.setText(message)
        ui.stack.setCurrentWidget(ui.refusedPage)
        ui.importButton.setVisible(False)
        ui.noteLabel.setText("")
        ui.closeButton.setText(self.tr("Close"))
        ui.closeButton.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setWindowTitle(self.tr("Project file refused"))
        if self.plan is None:  # nothing else to show: a short dialog
            self.resize(self.minimumWidth() + 40, self.minimumHeight())

    def _stopped(self) -> None:
        if self._closing:
            return
        if self.plan is None:
            self.reject()
            return
        self._show_plan()
        self.ui.generalError.say(self.tr("Stopped: nothing was imported."))

    def _finished(self) -> None:
        self.task = None
        if self._closing:
            self._closing = False
            super().reject()

    def refused_message(self) -> str:
        """The sentence shown for a refused file (empty when not refused)."""
        if self.ui.stack.currentWidget() is not self.ui.refusedPage:
            return ""
        return self.ui.refusedLabel.text()

    def reject(self) -> None:
        """Cancel (or Esc) stops a running job first; it changes nothing."""
        if self.task is not None and self.task.is_running():
            self._closing = True
            self.task.cancel()
            self.ui.busyLabel.setText(self.task.stopping_text())
            self.ui.closeButton.setEnabled(False)
            return
        super().reject()

    def status_message(self) -> str:
        """What the main window's status bar says once the file is imported."""
        result = self.import_result
        if result is None:
            return ""
        if result.new_campaign:
            return self.tr("«{campaign}» imported: {added} records added.").format(
                campaign=result.campaign_name, added=result.added
            )
        return self.tr(
            "«{campaign}» merged: {added} records added, {updated} updated, {kept} conflicts "
            "kept as here, {taken} taken from the file."
        ).format(
            campaign=result.campaign_name,
            added=result.added,
            updated=result.updated - result.taken,
            kept=result.kept,
            taken=result.taken,
        )
