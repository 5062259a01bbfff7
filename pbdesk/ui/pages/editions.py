"""Compare the editions: every campaign of the workspace side by side, and its Excel export.

Not a page about one campaign: it reads the whole workspace. It offers the pages' usual
surface (``load``, ``refresh``, ``set_context``, ``show_campaign``, ``changed``) so that the
main window can hold it in its page stack like the others.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QSizePolicy, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros, group_digits
from pbdesk.ui.context import AppContext
from pbdesk.ui.forms.ui_editions_page import Ui_EditionsPage
from pbdesk.ui.models.editions import EditionColumn, EditionsModel, EditionsProxy, percent_text
from pbdesk.ui.shortcuts import add_shortcut
from pbdesk.ui.tasks import Task, run_with_progress
from pbdesk.workspace.editions import EditionRow, EditionTotals, edition_totals, list_editions
from pbdesk.workspace.indicators import Ratio

#: The colours of the chart: the envelope, and what was paid out of it.
ENVELOPE_COLOUR = QColor("#c9d7e8")
PAID_COLOUR = QColor("#2e6db4")


class EditionsChart(QWidget):
    """Per edition, a bar for its envelope and, over it, a bar for the money paid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EditionRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_rows(self, rows: list[EditionRow]) -> None:
        self._rows = list(rows)
        self.setAccessibleDescription(
            " ".join(
                self.tr("{name}: envelope {envelope}, paid {paid}.").format(
                    name=row.name,
                    envelope=format_euros(row.envelope_cents),
                    paid=format_euros(row.paid_cents) if row.paid_cents is not None else "—",
                )
                for row in rows
            )
        )
        self.updateGeometry()
        self.update()

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        return QSize(400, max(len(self._rows), 1) * self._line_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = self._line_height()
        label_width = min(
            max((metrics.horizontalAdvance(row.name) for row in self._rows), default=0) + 12,
            self.width() // 3,
        )
        value_width = metrics.horizontalAdvance("000 000 € / 000 000 €") + 12
        bar_left = label_width
        bar_room = max(self.width() - label_width - value_width, 10)
        largest = max((row.envelope_cents for row in self._rows), default=0) or 1
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for index, row in enumerate(self._rows):
            top = index * line + 2
            painter.setPen(text_colour)
            name = metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, label_width - 12)
            painter.drawText(
                QRectF(0, top, label_width - 8, line),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                name,
            )
            height = line - 8
            envelope = bar_room * row.envelope_cents / largest
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ENVELOPE_COLOUR)
            painter.drawRoundedRect(QRectF(bar_left, top + 4, envelope, height), 3, 3)
            if row.paid_cents:
                paid = bar_room * min(row.paid_cents, largest * 2) / largest
                painter.setBrush(PAID_COLOUR)
                painter.drawRoundedRect(QRectF(bar_left, top + 4, paid, height), 3, 3)
            painter.setPen(text_colour)
            paid_text = format_euros(row.paid_cents) if row.paid_cents is not None else "—"
            painter.drawText(
                QRectF(bar_left + bar_room + 8, top, value_width - 8, line),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                f"{paid_text} / {format_euros(row.envelope_cents)}",
            )
        painter.end()


class EditionsPage(QWidget):
    """Every edition (campaign) of the workspace in a table, a small chart of envelope and
    money paid, the totals, and "Export to Excel…" (Ctrl+E).

    Signals: ``changed(int)`` — never emitted (the page only reads; kept for the page stack);
    ``campaign_requested(int)`` — the user pressed Enter (or double-clicked) on an edition:
    show that campaign; ``exported(object)`` — the workbook was written (its ``Path``).
    """

    changed = Signal(int)
    campaign_requested = Signal(int)
    exported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        #: The campaign the window was showing; its row is selected when the page loads.
        self.campaign_id: int | None = None
        #: The Excel export while it runs (off the GUI thread).
        self.task: Task | None = None
        self.ui = Ui_EditionsPage()
        self.ui.setupUi(self)
        self.model = EditionsModel(self)
        self.proxy = EditionsProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.editionsView
        table.setModel(self.proxy)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        # Long French titles wrap on two lines, so the figures' columns stay narrow and the
        # editions' names keep the room.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(2 * header.fontMetrics().height() + 12)
        for column in EditionColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EditionColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        table.sortByColumn(EditionColumn.YEAR, Qt.SortOrder.AscendingOrder)
        table.activated.connect(self._activated)
        self.chart = EditionsChart(self.ui.chartBox)
        self.ui.chartLayout.addWidget(self.chart)
        self.ui.exportButton.clicked.connect(self.export_to_excel)
        add_shortcut("Ctrl+E", self, self.export_to_excel)
        self.setFocusProxy(table)
        self._totals: EditionTotals = edition_totals([])
        self._show_totals()

    # -- the page stack's surface -----------------------------------------------------
    def load(self) -> None:
        """Read every edition again."""
        try:
            rows = list_editions(self.context.database)
        except DomainError as error:
            self.report(error)
            return
        self.model.set_editions(rows)
        self._fit_columns()
        self.chart.set_rows(rows)
        self.ui.chartBox.setVisible(bool(rows))
        self._totals = edition_totals(rows)
        self._show_totals()
        self.ui.exportButton.setEnabled(bool(rows) and self.task is None)
        self._select(self.campaign_id)

    def refresh(self) -> None:
        self.load()

    def show_campaign(self, campaign_id: int) -> None:
        """Load, with ``campaign_id``'s edition selected."""
        self.campaign_id = campaign_id
        self.load()

    def set_context(self, context: AppContext) -> None:
        """The database changed (the demo was opened or closed)."""
        self.context = context
        self.campaign_id = None
        self.model.set_editions([])
        self.chart.set_rows([])
        self._totals = edition_totals([])
        self._show_totals()

    def report(self, error: DomainError) -> None:
        QMessageBox.warning(self, self.tr("pbdesk"), error.message)

    # -- actions -----------------------------------------------------------------------
    def export_to_excel(self) -> Task | None:
        """Ask where to save the workbook, then write it off the GUI thread under a progress
        dialog (Cancel leaves no file); the task started, or None."""
        if not self.model.rowCount() or self.task is not None:
            return None
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the editions to Excel"),
            self.tr("editions.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        from pbdesk.grids.editions import export_editions

        database = self.context.database

        def job(progress, cancel):  # type: ignore[no-untyped-def]
            return export_editions(database, path, progress, cancel)

        task = run_with_progress(
            self,
            self.tr("Export the editions to Excel"),
            self.tr("Writing «{name}»…").format(name=path.name),
            job,
        )
        failure: list[object] = []
        task.succeeded.connect(self.exported.emit)
        task.failed.connect(failure.append)
        # After the progress dialog closed (connected first by run_with_progress).
        task.finished.connect(lambda: self._export_finished(path, failure))
        self.task = task
        self.ui.exportButton.setEnabled(False)
        return task

    def _export_failed(self, path: Path, error: object) -> None:
        if isinstance(error, DomainError):
            self.report(error)
        elif isinstance(error, OSError):
            QMessageBox.warning(
                self,
                self.tr("pbdesk"),
                self.tr("Cannot write «{path}»: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
            )
        else:
            QMessageBox.warning(
                self,
                self.tr("pbdesk"),
                self.tr("Cannot write «{path}»: {reason}").format(path=path, reason=error),
            )

    def _export_finished(self, path: Path, failure: list[object]) -> None:
        self.task = None
        self.ui.exportButton.setEnabled(bool(self.model.rowCount()))
        for error in failure:
            self._export_failed(path, error)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.edition_at(self.proxy.mapToSource(index).row())
        if row is not None:
            self.campaign_requested.emit(row.campaign_id)

    # -- helpers -----------------------------------------------------------------------
    def _select(self, campaign_id: int | None) -> None:
        for position, row in enumerate(self.model.editions()):
            if row.campaign_id == campaign_id:
                index = self.proxy.mapFromSource(self.model.index(position, 0))
                self.ui.editionsView.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    def _fit_columns(self) -> None:
        """Each figure's column as wide as its values and its title's longest word."""
        table = self.ui.editionsView
        metrics = table.fontMetrics()
        header_metrics = table.horizontalHeader().fontMetrics()
        for column in EditionColumn:
            if column is EditionColumn.NAME:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(
                (header_metrics.horizontalAdvance(word) for word in title.split()), default=0
            )
            for row in range(self.model.rowCount()):
                text = str(self.model.index(row, column).data() or "")
                width = max(width, metrics.horizontalAdvance(text))
            table.setColumnWidth(column, width + 24)

    def _plural(self, count: int, one: str, many: str, **values: str) -> str:
        """``one`` for 0 and 1 (French agrees so), ``many`` otherwise — both already
        translated, with ``{count}`` (and ``values``)."""
        return (one if count <= 1 else many).format(count=group_digits(count), **values)

    def _show_totals(self) -> None:
        """The totals in whole sentences: "Total of 4 editions: 252 500 € of envelopes.
        20 applications, 7 of them from new holders. 836 voters. …"."""
        totals = self._totals
        if not totals.editions:
            self.ui.totalsLabel.setText(self.tr("No edition yet."))
            return
        sentences = [
            self._plural(
                totals.editions,
                self.tr("Total of {count} edition: {envelope} of envelope."),
                self.tr("Total of {count} editions: {envelope} of envelopes."),
                envelope=format_euros(totals.envelope_cents),
            ),
            self._plural(
                totals.applications,
                self.tr("{count} application"),
                self.tr("{count} applications"),
            )
            + self._plural(
                totals.new_holders,
                self.tr(", {count} of them from a new holder."),
                self.tr(", {count} of them from new holders."),
            ),
        ]
        if totals.voters is not None:
            sentences.append(
                self._plural(totals.voters, self.tr("{count} voter."), self.tr("{count} voters."))
            )
        funded = self._plural(
            totals.funded, self.tr("{count} project funded"), self.tr("{count} projects funded")
        )
        if totals.carried_out is not None:
            funded += self._plural(
                totals.carried_out,
                self.tr(", {count} carried out"),
                self.tr(", {count} of them carried out"),
            )
        sentences.append(funded + ".")
        if totals.paid_cents is not None:
            share = percent_text(Ratio(totals.paid_cents, totals.allocated_cents))
            sentences.append(
                self.tr("{paid} paid out of {allocated} allocated ({share}).").format(
                    paid=format_euros(totals.paid_cents),
                    allocated=format_euros(totals.allocated_cents),
                    share=share,
                )
            )
        self.ui.totalsLabel.setText(" ".join(sentences))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.set_editions(self.model.editions())
            self._show_totals()
        super().changeEvent(event)
