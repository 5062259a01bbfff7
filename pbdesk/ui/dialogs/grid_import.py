"""The preview of a returned review grid: what it will change, or why it is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QWidget

from pbdesk.grids import GridImport
from pbdesk.grids.importing import ReviewerImport
from pbdesk.grids.jobs import format_moment
from pbdesk.ui.fields import ERROR_STYLE
from pbdesk.ui.forms.ui_grid_import_dialog import Ui_GridImportDialog
from pbdesk.ui.models.reviews import (
    ChangeColumn,
    GridChangesModel,
    ProblemsModel,
    change_lines,
)


class GridImportDialog(QDialog):
    """Shows what a returned grid would change — one line per value, by reviewer and
    application — or the problems that refuse it, each naming the sheet and the cell.

    The dialog changes nothing itself: "Apply the changes" (offered only for a grid without
    problems that changes something) accepts it, and the caller then applies the grid.
    """

    def __init__(self, result: GridImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.ui = Ui_GridImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.changes = GridChangesModel(self)
        self.changes.set_lines(change_lines(result))
        self.problems = ProblemsModel(self)
        self.problems.set_problems(result.problems)
        ui.changesView.setModel(self.changes)
        ui.problemsView.setModel(self.problems)
        header = ui.changesView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (ChangeColumn.REVIEWER, 120),
            (ChangeColumn.APPLICATION, 150),
            (ChangeColumn.WHAT, 200),
            (ChangeColumn.BEFORE, 90),
        ):
            ui.changesView.setColumnWidth(column, width)
        row_height = ui.changesView.fontMetrics().height() + 8
        ui.changesView.verticalHeader().setDefaultSectionSize(row_height)
        ui.problemsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.problemsView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.applyButton.clicked.connect(self.accept)
        ui.copyButton.clicked.connect(self.copy_lines)
        self._show()

    @property
    def can_apply(self) -> bool:
        return self.result.ok and self.result.changes_anything

    def _show(self) -> None:
        ui = self.ui
        result = self.result
        name = result.path.name
        if result.made_at is not None:
            ui.fileLabel.setText(
                self.tr("Grid «{name}», made on {date}").format(
                    name=name, date=format_moment(result.made_at)
                )
            )
        else:
            ui.fileLabel.setText(self.tr("File «{name}»").format(name=name))
        ui.changesView.setVisible(result.ok and bool(result.changes))
        ui.problemsView.setVisible(not result.ok)
        ui.applyButton.setVisible(self.can_apply)
        ui.copyButton.setVisible(not result.ok or bool(result.changes))
        if not result.ok:
            self.setWindowTitle(self.tr("Review grid refused"))
            ui.summaryLabel.setStyleSheet(ERROR_STYLE)
            count = len(result.problems)
            if count == 1:
                ui.summaryLabel.setText(self.tr("One problem was found: nothing is imported."))
            else:
                ui.summaryLabel.setText(
                    self.tr("{count} problems were found: nothing is imported.").format(count=count)
                )
            ui.noteLabel.setText(
                self.tr(
                    "Correct these cells in the workbook and import it again, or send the "
                    "reviewer a new grid."
                )
            )
            ui.closeButton.setText(self.tr("Close"))
            ui.problemsView.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not result.changes_anything:
            ui.summaryLabel.setText(self.tr("Nothing changes: this grid is already imported."))
            ui.noteLabel.setText("")
            ui.noteLabel.hide()
            ui.closeButton.setText(self.tr("Close"))
            return
        self.setWindowTitle(self.tr("Import a review grid"))
        ui.summaryLabel.setText("\n".join(self._reviewer_line(r) for r in result.reviewers))
        ui.noteLabel.setText(self.tr("Nothing is changed until you press «Apply the changes»."))
        ui.applyButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reviewer_line(self, reviewer: ReviewerImport) -> str:
        line = self.tr(
            "«{reviewer}» (sheet «{sheet}»): {rows} applications filled in; {reviews} reviews "
            "and {values} values change."
        ).format(
            reviewer=reviewer.name,
            sheet=reviewer.sheet,
            rows=reviewer.rows,
            reviews=reviewer.reviews_changed,
            values=reviewer.values_changed,
        )
        if reviewer.replaces is not None:
            line += " " + self.tr("It replaces the grid made on {date}.").format(
                date=format_moment(reviewer.replaces)
            )
        return line

    def lines(self) -> list[str]:
        """The problems, or what changes, one line each (as copied)."""
        return self.result.describe()

    def copy_lines(self) -> None:
        QApplication.clipboard().setText("\n".join(self.lines()))
