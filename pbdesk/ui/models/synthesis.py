"""The review synthesis as tables: one row per application with one column per reviewer,
strong disagreements marked three ways (background, icon, tooltip); and the reviews of one
application (totals, recommendations, comments)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from pbdesk.domain.review import DISAGREEMENT_SHARE, CriterionKind
from pbdesk.ui.models import ModelIndex, RowsModel, fold
from pbdesk.ui.models.applications import STATUS_COLOURS
from pbdesk.workspace.reviews.decision import ReviewerTotal, Synthesis, SynthesisRow

#: The value to sort on (numbers, folded text), not the shown text.
SORT_ROLE = Qt.ItemDataRole.UserRole
#: True on the rows where reviewers disagree strongly.
DISAGREE_ROLE = Qt.ItemDataRole.UserRole + 1

#: A soft amber behind rows where reviewers disagree strongly, and a soft red behind
#: eligibility concerns; an icon and a tooltip say it too, so colour is never the only sign.
DISAGREEMENT_BACKGROUND = QColor("#ffe9b3")
CONCERN_BACKGROUND = QColor("#f8d7da")

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def format_mean(mean: float | None) -> str:
    """A mean the French way, one decimal (``12,5``)."""
    if mean is None:
        return ""
    return f"{mean:.1f}".replace(".", ",")


class SynthesisModel(QAbstractTableModel):
    """One row per application: number, title, each reviewer's weighted total (one column
    per reviewer), mean, spread, eligibility concerns and the team's decision (status).

    Columns ``NUMBER`` and ``TITLE`` come first; ``reviewer_column(i)`` gives the column of
    the i-th reviewer; ``mean_column()`` and the ones after follow the reviewers.
    """

    NUMBER = 0
    TITLE = 1
    _FIXED_BEFORE = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._synthesis: Synthesis | None = None
        self._rows: list[SynthesisRow] = []
        self._totals: list[dict[int, ReviewerTotal]] = []
        self._scored = 0

    # -- content -------------------------------------------------------------------------
    def set_synthesis(self, synthesis: Synthesis | None) -> None:
        self.beginResetModel()
        self._synthesis = synthesis
        self._rows = list(synthesis.rows) if synthesis else []
        self._totals = [{t.reviewer_id: t for t in row.reviews} for row in self._rows]
        self._scored = (
            sum(1 for c in synthesis.criteria if c.kind is CriterionKind.SCORED) if synthesis else 0
        )
        self.endResetModel()

    def synthesis(self) -> Synthesis | None:
        return self._synthesis

    def rows(self) -> list[SynthesisRow]:
        return list(self._rows)

    def row_at(self, row: int) -> SynthesisRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def best_total(self) -> int:
        return self._synthesis.best_total if self._synthesis else 0

    def reviewer_count(self) -> int:
        return len(self._synthesis.reviewers) if self._synthesis else 0

    def reviewer_column(self, position: int) -> int:
        return self._FIXED_BEFORE + position

    def mean_column(self) -> int:
        return self._FIXED_BEFORE + self.reviewer_count()

    def spread_column(self) -> int:
        return self.mean_column() + 1

    def concerns_column(self) -> int:
        return self.mean_column() + 2

    def status_column(self) -> int:
        return self.mean_column() + 3

    # -- the model -----------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._FIXED_BEFORE + self.reviewer_count() + 4

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        reviewers = self._synthesis.reviewers if self._synthesis else ()
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.NUMBER:
                return self.tr("No.")
            if section == self.TITLE:
                return self.tr("Title")
            if section < self.mean_column():
                return reviewers[section - self._FIXED_BEFORE].name
            return (
                self.tr("Mean"),
                self.tr("Spread"),
                self.tr("Eligibility"),
                self.tr("Decision"),
            )[section - self.mean_column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._FIXED_BEFORE <= section < self.mean_column():
                reviewer = reviewers[section - self._FIXED_BEFORE]
                return self.tr("Weighted total given by {name} ({kind}), out of {best}").format(
                    name=reviewer.name, kind=reviewer.kind.label, best=self.best_total
                )
            if section == self.spread_column():
                return self.tr("Highest total minus lowest total")
            if section == self.concerns_column():
                return self.tr("Eligibility criteria a reviewer answered «no» to")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column)
        if role == SORT_ROLE:
            return self._sort_key(index.row(), column)
        if role == DISAGREE_ROLE:
            return row.disagree
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.concerns_column() and row.concerns:
                return QBrush(CONCERN_BACKGROUND)
            if row.disagree:
                return QBrush(DISAGREEMENT_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.disagree or (column == self.concerns_column() and row.concerns):
                return QBrush(QColor("#202020"))  # readable on the soft backgrounds
            if column == self.status_column():
                colour = STATUS_COLOURS.get(row.status)
                return QBrush(colour) if colour is not None else None
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.NUMBER and row.disagree:
                return _warning_icon()
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.NUMBER:
                return int(_RIGHT)
            if column == self.TITLE or column >= self.concerns_column():
                return None
            return int(_CENTER)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), column)
        return None

    def disagreement_text(self, row: SynthesisRow) -> str:
        """Why a row is highlighted, in one sentence."""
        return self.tr(
            "Reviewers disagree strongly: their totals are {spread} points apart, more than "
            "{share}% of the best total ({best})."
        ).format(spread=row.spread, share=round(DISAGREEMENT_SHARE * 100), best=self.best_total)

    def _total(self, row: int, column: int) -> ReviewerTotal | None:
        if not self._synthesis:
            return None
        reviewer = self._synthesis.reviewers[column - self._FIXED_BEFORE]
        return self._totals[row].get(reviewer.id)

    def _text(self, row_number: int, column: int) -> str:
        row = self._rows[row_number]
        if column == self.NUMBER:
            return str(row.number)
        if column == self.TITLE:
            return row.title
        if column < self.mean_column():
            total = self._total(row_number, column)
            if total is None:
                return ""
            if total.total is None:
                if total.scored == 0:
                    return "—"
                return self.tr("{scored}/{count} scored").format(
                    scored=total.scored, count=self._scored
                )
            return str(total.total)
        if column == self.mean_column():
            return format_mean(row.mean)
        if column == self.spread_column():
            return "" if row.spread is None else str(row.spread)
        if column == self.concerns_column():
            if not row.concerns:
                return ""
            return self.tr("{count} × «no»").format(count=len(row.concerns))
        return row.status.label

    def _sort_key(self, row_number: int, column: int) -> object:
        row = self._rows[row_number]
        if column == self.NUMBER:
            return row.number
        if column == self.TITLE:
            return fold(row.title)
        if column < self.mean_column():
            total = self._total(row_number, column)
            return total.total if total is not None and total.total is not None else -1.0
        if column == self.mean_column():
            return row.mean if row.mean is not None else -1.0
        if column == self.spread_column():
            return row.spread if row.spread is not None else -1
        if column == self.concerns_column():
            return len(row.concerns)
        return fold(row.status.label)

    def _tooltip(self, row_number: int, column: int) -> str | None:
        row = self._rows[row_number]
        lines: list[str] = []
        if row.disagree:
            lines.append(self.disagreement_text(row))
        if column == self.concerns_column() and row.concerns:
            concern = self.tr("{reviewer} — {criterion}: {reason}")
            lines.extend(
                concern.format(
                    reviewer=c.reviewer_name, criterion=c.criterion_name, reason=c.reason
                )
                for c in row.concerns
            )
        elif column == self.status_column() and row.status_reason:
            lines.append(
                self.tr("{status}: {reason}").format(
                    status=row.status.label, reason=row.status_reason
                )
            )
        elif self._FIXED_BEFORE <= column < self.mean_column():
            total = self._total(row_number, column)
            if total is not None and total.recommendation is not None:
                lines.append(
                    self.tr("{name}: {recommendation}").format(
                        name=total.reviewer_name, recommendation=total.recommendation.label
                    )
                )
        elif column == self.TITLE and row.holder_name:
            lines.append(row.holder_name)
        return "\n".join(lines) or None


class SynthesisProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE``; keeps the rows whose title contains the search text (case
    and accents aside) and, when asked, only the strong disagreements."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._only_disagreements = False
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_disagreements(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_disagreements = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        row = model.row_at(source_row) if isinstance(model, SynthesisModel) else None
        if row is None:
            return True
        if self._only_disagreements and not row.disagree:
            return False
        if self._search:
            return self._search in fold(row.title) or self._search == str(row.number)
        return True


class ReviewColumn(IntEnum):
    REVIEWER = 0
    TOTAL = 1
    RECOMMENDATION = 2
    ELIGIBILITY = 3
    COMMENT = 4


class ApplicationReviewsModel(RowsModel[ReviewerTotal]):
    """The reviews of one application: each reviewer's total, recommendation, eligibility
    answers and comment."""

    columns = ReviewColumn

    set_reviews = RowsModel.set_rows
    reviews = RowsModel.rows

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._best = 0
        self._scored = 0

    def set_scale(self, best: int, scored: int) -> None:
        """The best total and how many criteria are scored."""
        self.beginResetModel()
        self._best, self._scored = best, scored
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Reviewer"),
            self.tr("Total"),
            self.tr("Recommendation"),
            self.tr("Eligibility"),
            self.tr("Comment"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        total = self.row_at_index(index)
        if total is None:
            return None
        column = ReviewColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(total, column)
            return " ".join(text.split()) if column is ReviewColumn.COMMENT else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(total, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is ReviewColumn.TOTAL:
            return int(_CENTER)
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and column is ReviewColumn.ELIGIBILITY
            and total.refusals
        ):
            return QBrush(CONCERN_BACKGROUND)
        return None

    def _text(self, total: ReviewerTotal, column: ReviewColumn) -> str:
        if column is ReviewColumn.REVIEWER:
            return total.reviewer_name
        if column is ReviewColumn.TOTAL:
            if total.total is not None:
                return self.tr("{total} / {best}").format(total=total.total, best=self._best)
            if total.scored == 0:
                return self.tr("not scored")
            return self.tr("{scored}/{count} scored").format(
                scored=total.scored, count=self._scored
            )
        if column is ReviewColumn.RECOMMENDATION:
            return total.recommendation.label if total.recommendation else ""
        if column is ReviewColumn.ELIGIBILITY:
            if total.refusals:
                return self.tr("{count} × «no»").format(count=total.refusals)
            answered = any(a.eligible is not None for a in total.answers.values())
            return self.tr("eligible") if answered else ""
        return total.comment
