"""Reviewers and their reviews as tables: the reviewers with how far each has got, the
applications one reviewer reviews, the applications to tick for a reviewer, and what a
returned grid would change (or its problems)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from pbdesk.domain.money import format_euros
from pbdesk.domain.review import CriterionKind, Recommendation
from pbdesk.grids import GridImport
from pbdesk.ui.models import CheckListModel, ModelIndex, RowsModel, fold
from pbdesk.workspace.call import CriterionView
from pbdesk.workspace.reviews.decision import ReviewerTotal, Synthesis
from pbdesk.workspace.reviews.reviewers import ReviewedApplication, ReviewerView

#: The value to sort on (numbers, folded text), not the shown text.
SORT_ROLE = Qt.ItemDataRole.UserRole

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


class ReviewState(IntEnum):
    """How far a reviewer has got with one application."""

    NOT_STARTED = 0
    PARTIAL = 1
    #: Every criterion answered and a recommendation given.
    COMPLETE = 2


#: Calm colours for the state; the word says it too.
STATE_COLOURS = {
    ReviewState.NOT_STARTED: QColor("#6b6b6b"),
    ReviewState.PARTIAL: QColor("#0d47a1"),
    ReviewState.COMPLETE: QColor("#1b5e20"),
}


def review_state(total: ReviewerTotal | None, criteria: Sequence[CriterionView]) -> ReviewState:
    """Where a review stands: nothing recorded, some answers, or everything answered."""
    if total is None or (not total.answers and not total.comment and not total.recommendation):
        return ReviewState.NOT_STARTED
    for criterion in criteria:
        answer = total.answers.get(criterion.id)
        if answer is None:
            return ReviewState.PARTIAL
        if criterion.kind is CriterionKind.SCORED and answer.score is None:
            return ReviewState.PARTIAL
        if criterion.kind is CriterionKind.ELIGIBILITY and answer.eligible is None:
            return ReviewState.PARTIAL
    return ReviewState.COMPLETE if total.recommendation is not None else ReviewState.PARTIAL


@dataclass(frozen=True)
class ReviewerLine:
    """A reviewer and how far they have got with the applications they review."""

    reviewer: ReviewerView
    #: How many applications the reviewer reviews.
    expected: int
    complete: int
    partial: int

    @property
    def id(self) -> int:
        return self.reviewer.id


@dataclass(frozen=True)
class AssignedLine:
    """One application a reviewer reviews, and where that review stands."""

    application: ReviewedApplication
    state: ReviewState
    #: The weighted total, once every scored criterion has its score.
    total: int | None
    recommendation: Recommendation | None

    @property
    def id(self) -> int:
        return self.application.id


def _reviews(reviewer: ReviewerView, application_id: int) -> bool:
    return reviewer.all_applications or application_id in reviewer.application_ids


def reviewer_lines(synthesis: Synthesis) -> list[ReviewerLine]:
    """Every reviewer of the synthesis with their counts of reviews complete and partial."""
    criteria = synthesis.criteria
    lines = []
    for reviewer in synthesis.reviewers:
        expected = complete = partial = 0
        for row in synthesis.rows:
            if not _reviews(reviewer, row.application_id):
                continue
            expected += 1
            total = next((t for t in row.reviews if t.reviewer_id == reviewer.id), None)
            state = review_state(total, criteria)
            complete += state is ReviewState.COMPLETE
            partial += state is ReviewState.PARTIAL
        lines.append(ReviewerLine(reviewer, expected, complete, partial))
    return lines


def assigned_lines(
    synthesis: Synthesis, reviewer_id: int, applications: Iterable[ReviewedApplication]
) -> list[AssignedLine]:
    """The ``applications`` one reviewer reviews, with the state of each review."""
    totals = {
        row.application_id: total
        for row in synthesis.rows
        for total in row.reviews
        if total.reviewer_id == reviewer_id
    }
    lines = []
    for application in applications:
        total = totals.get(application.id)
        lines.append(
            AssignedLine(
                application,
                review_state(total, synthesis.criteria),
                total.total if total else None,
                total.recommendation if total else None,
            )
        )
    return lines


# --- reviewers -------------------------------------------------------------------------------


class ReviewerColumn(IntEnum):
    NAME = 0
    KIND = 1
    ORGANISATION = 2
    APPLICATIONS = 3
    REVIEWS = 4


class ReviewersModel(RowsModel[ReviewerLine]):
    """One row per reviewer: who they are, what they review, how many reviews are done."""

    columns = ReviewerColumn

    set_lines = RowsModel.set_rows
    lines = RowsModel.rows

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Organisation"),
            self.tr("Applications"),
            self.tr("Reviews done"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = ReviewerColumn(index.column())
        reviewer = line.reviewer
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == SORT_ROLE:
            if column is ReviewerColumn.APPLICATIONS:
                return line.expected
            if column is ReviewerColumn.REVIEWS:
                return line.complete
            return fold(self._text(line, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ReviewerColumn.APPLICATIONS,
            ReviewerColumn.REVIEWS,
        ):
            return int(_CENTER)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is ReviewerColumn.REVIEWS:
                return self.tr(
                    "{complete} complete, {partial} begun, {left} not started, out of {expected}."
                ).format(
                    complete=line.complete,
                    partial=line.partial,
                    left=line.expected - line.complete - line.partial,
                    expected=line.expected,
                )
            if column is ReviewerColumn.APPLICATIONS and reviewer.all_applications:
                return self.tr("Reviews every application of the campaign ({count}).").format(
                    count=line.expected
                )
            if column is ReviewerColumn.NAME and reviewer.email:
                return f"{reviewer.name} <{reviewer.email}>"
            return self._text(line, column) or None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is ReviewerColumn.REVIEWS
            and line.expected
            and line.complete == line.expected
        ):
            return QBrush(STATE_COLOURS[ReviewState.COMPLETE])
        return None

    def _text(self, line: ReviewerLine, column: ReviewerColumn) -> str:
        reviewer = line.reviewer
        if column is ReviewerColumn.NAME:
            return reviewer.name
        if column is ReviewerColumn.KIND:
            return reviewer.kind.label
        if column is ReviewerColumn.ORGANISATION:
            return reviewer.organisation
        if column is ReviewerColumn.APPLICATIONS:
            return self.tr("all") if reviewer.all_applications else str(line.expected)
        return self.tr("{done} / {expected}").format(done=line.complete, expected=line.expected)


# --- one reviewer's applications -------------------------------------------------------------


class AssignedColumn(IntEnum):
    NUMBER = 0
    TITLE = 1
    HOLDER = 2
    STATE = 3
    TOTAL = 4


class AssignedModel(RowsModel[AssignedLine]):
    """The applications the selected reviewer reviews, with where each review stands."""

    columns = AssignedColumn

    set_lines = RowsModel.set_rows
    lines = RowsModel.rows

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._best = 0

    def set_best_total(self, best: int) -> None:
        """The best weighted total a reviewer can give (shown as « x / best »)."""
        self.beginResetModel()
        self._best = best
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return (
            self.tr("No."),
            self.tr("Title"),
            self.tr("Holder"),
            self.tr("Review"),
            self.tr("Total"),
        )

    def state_label(self, state: ReviewState) -> str:
        return {
            ReviewState.NOT_STARTED: self.tr("not started"),
            ReviewState.PARTIAL: self.tr("partial"),
            ReviewState.COMPLETE: self.tr("complete"),
        }[state]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = AssignedColumn(index.column())
        application = line.application
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == SORT_ROLE:
            if column is AssignedColumn.NUMBER:
                return application.number
            if column is AssignedColumn.STATE:
                return int(line.state)
            if column is AssignedColumn.TOTAL:
                return line.total if line.total is not None else -1
            return fold(self._text(line, column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column is AssignedColumn.NUMBER:
                return int(_RIGHT)
            if column in (AssignedColumn.STATE, AssignedColumn.TOTAL):
                return int(_CENTER)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column is AssignedColumn.STATE:
            return QBrush(STATE_COLOURS[line.state])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is AssignedColumn.TITLE and application.summary:
                return application.summary
            if column is AssignedColumn.STATE and line.recommendation is not None:
                return self.tr("Recommendation: {recommendation}").format(
                    recommendation=line.recommendation.label
                )
            if column is AssignedColumn.HOLDER and application.requested_cents:
                return self.tr("{holder}, asks for {amount}").format(
                    holder=application.holder_name, amount=format_euros(application.requested_cents)
                )
            return self._text(line, column) or None
        return None

    def _text(self, line: AssignedLine, column: AssignedColumn) -> str:
        application = line.application
        if column is AssignedColumn.NUMBER:
            return str(application.number)
        if column is AssignedColumn.TITLE:
            return application.title
        if column is AssignedColumn.HOLDER:
            return application.holder_name
        if column is AssignedColumn.STATE:
            return self.state_label(line.state)
        if line.total is None:
            return ""
        return self.tr("{total} / {best}").format(total=line.total, best=self._best)


class SortProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)


# --- the applications a reviewer reviews, to tick ------------------------------------------


class ApplicationsCheckModel(CheckListModel[tuple[int, int, str]]):
    """The campaign's applications by number, each ticked when the reviewer reviews it
    (Space ticks the current one); items are (id, number, title)."""

    def item_id(self, item: tuple[int, int, str]) -> int:
        return item[0]

    def text(self, item: tuple[int, int, str]) -> str:
        return self.tr("No. {number} — {title}").format(number=item[1], title=item[2])

    def set_applications(
        self, applications: Iterable[tuple[int, int, str]], checked: Iterable[int] = ()
    ) -> None:
        self.set_items(applications, checked)


# --- a returned grid -------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeLine:
    """One value a grid changes (or a new review, with how many values it brings)."""

    reviewer: str
    number: int
    title: str
    what: str
    before: str
    after: str


def change_lines(result: GridImport) -> list[ChangeLine]:
    """What a grid import changes, one line per value, by reviewer then number."""
    lines = []
    for change in result.changes:
        for cell in change.changes:
            lines.append(
                ChangeLine(
                    change.reviewer_name,
                    change.number,
                    change.title,
                    cell.what,
                    cell.before,
                    cell.after,
                )
            )
    return lines


class ChangeColumn(IntEnum):
    REVIEWER = 0
    APPLICATION = 1
    WHAT = 2
    BEFORE = 3
    AFTER = 4


class GridChangesModel(RowsModel[ChangeLine]):
    """What a returned grid will change: reviewer, application, criterion, before, after."""

    columns = ChangeColumn

    set_lines = RowsModel.set_rows
    lines = RowsModel.rows

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Reviewer"),
            self.tr("Application"),
            self.tr("Criterion"),
            self.tr("Before"),
            self.tr("After"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = ChangeColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is ChangeColumn.BEFORE:
            return QBrush(QColor("#6b6b6b"))
        return None

    def _text(self, line: ChangeLine, column: ChangeColumn) -> str:
        if column is ChangeColumn.REVIEWER:
            return line.reviewer
        if column is ChangeColumn.APPLICATION:
            return self.tr("No. {number} {title}").format(number=line.number, title=line.title)
        if column is ChangeColumn.WHAT:
            return line.what
        if column is ChangeColumn.BEFORE:
            return line.before or "—"
        return line.after or "—"


class ProblemsModel(RowsModel[str]):
    """The problems of a returned grid, one sentence each, naming sheet and cell."""

    columns = (0,)

    set_problems = RowsModel.set_rows
    problems = RowsModel.rows

    def headers(self) -> Sequence[str]:
        return (self.tr("Problem"),)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        problem = self.row_at_index(index)
        if problem is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return problem
        return None
