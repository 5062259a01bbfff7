"""Tables of the follow-up page: projects with their money, instalments, milestones,
updates and expenses (rows are views from ``pbdesk.workspace.followup.projects`` and
``.records``)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pbdesk.domain.money import format_euros
from pbdesk.ui.fields import format_date
from pbdesk.ui.models import RowsModel
from pbdesk.workspace.followup.projects import ProjectRow
from pbdesk.workspace.followup.records import ExpenseView, InstalmentView, MilestoneView, UpdateView

ModelIndex = QModelIndex | QPersistentModelIndex

#: Roles of the money column, read by the bar delegate (integers, cents).
ALLOCATED_ROLE = Qt.ItemDataRole.UserRole + 1
COMMITTED_ROLE = Qt.ItemDataRole.UserRole + 2
PAID_ROLE = Qt.ItemDataRole.UserRole + 3
#: Sort key role (numbers sort as numbers).
SORT_ROLE = Qt.ItemDataRole.UserRole + 4

LATE_COLOR = QColor("#b00020")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ProjectColumn(IntEnum):
    NUMBER = 0
    TITLE = 1
    STATUS = 2
    PROGRESS = 3
    BAR = 4
    ALLOCATED = 5
    COMMITTED = 6
    PAID = 7
    REMAINING = 8


class ProjectsModel(RowsModel[ProjectRow]):
    columns = ProjectColumn

    def headers(self) -> Sequence[str]:
        return (
            self.tr("No."),
            self.tr("Project"),
            self.tr("Status"),
            self.tr("Progress"),
            self.tr("Spending"),
            self.tr("Allocated"),
            self.tr("Committed"),
            self.tr("Paid"),
            self.tr("Remaining"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at_index(index)
        if row is None:
            return None
        column = ProjectColumn(index.column())
        money = row.money
        if role in (ALLOCATED_ROLE, COMMITTED_ROLE, PAID_ROLE):
            return {
                ALLOCATED_ROLE: money.allocated,
                COMMITTED_ROLE: money.committed,
                PAID_ROLE: money.paid,
            }[role]
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case ProjectColumn.NUMBER:
                    return str(row.number)
                case ProjectColumn.TITLE:
                    return row.title
                case ProjectColumn.STATUS:
                    return row.status.label
                case ProjectColumn.PROGRESS:
                    return f"{row.progress} %"
                case ProjectColumn.BAR:
                    return ""
                case ProjectColumn.ALLOCATED:
                    return format_euros(money.allocated)
                case ProjectColumn.COMMITTED:
                    return format_euros(money.committed)
                case ProjectColumn.PAID:
                    return format_euros(money.paid)
                case ProjectColumn.REMAINING:
                    # Never below 0: an overspend is said as such (in red, see below).
                    if money.overspent:
                        return self.tr("{remaining} · overspent {amount}").format(
                            remaining=format_euros(money.remaining),
                            amount=format_euros(money.overspend),
                        )
                    return format_euros(money.remaining)
        if role == SORT_ROLE:
            match column:
                case ProjectColumn.NUMBER:
                    return row.number
                case ProjectColumn.PROGRESS:
                    return row.progress
                case ProjectColumn.BAR | ProjectColumn.COMMITTED:
                    return money.committed
                case ProjectColumn.ALLOCATED:
                    return money.allocated
                case ProjectColumn.PAID:
                    return money.paid
                case ProjectColumn.REMAINING:
                    return money.allocated - money.committed
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ProjectColumn.NUMBER,
            ProjectColumn.PROGRESS,
            ProjectColumn.ALLOCATED,
            ProjectColumn.COMMITTED,
            ProjectColumn.PAID,
            ProjectColumn.REMAINING,
        ):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ProjectColumn.REMAINING and money.overspent:
                return QBrush(LATE_COLOR)
            if column == ProjectColumn.STATUS and row.late_milestones:
                return QBrush(LATE_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ProjectColumn.REMAINING and money.overspent:
                return self.tr("Overspent by {amount}").format(amount=format_euros(money.overspend))
            if column == ProjectColumn.STATUS and row.late_milestones:
                if row.late_milestones == 1:
                    return self.tr("1 milestone late")
                return self.tr("{count} milestones late").format(count=row.late_milestones)
            if column == ProjectColumn.STATUS and row.status_reason:
                return row.status_reason
        return None


class InstalmentColumn(IntEnum):
    LABEL = 0
    PLANNED_ON = 1
    PLANNED = 2
    PAID_ON = 3
    PAID = 4


class InstalmentsModel(RowsModel[InstalmentView]):
    columns = InstalmentColumn

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Payment"),
            self.tr("Planned on"),
            self.tr("Planned"),
            self.tr("Paid on"),
            self.tr("Paid"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at_index(index)
        if row is None:
            return None
        column = InstalmentColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case InstalmentColumn.LABEL:
                    return row.label
                case InstalmentColumn.PLANNED_ON:
                    return format_date(row.planned_on)
                case InstalmentColumn.PLANNED:
                    return format_euros(row.planned_cents)
                case InstalmentColumn.PAID_ON:
                    return format_date(row.paid_on) if row.paid else self.tr("not paid")
                case InstalmentColumn.PAID:
                    return format_euros(row.paid_cents) if row.paid else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            InstalmentColumn.PLANNED,
            InstalmentColumn.PAID,
        ):
            return _RIGHT
        return None


class MilestoneColumn(IntEnum):
    TITLE = 0
    PLANNED_ON = 1
    DONE_ON = 2
    STATUS = 3


class MilestonesModel(RowsModel[MilestoneView]):
    columns = MilestoneColumn

    def headers(self) -> Sequence[str]:
        return (self.tr("Milestone"), self.tr("Planned"), self.tr("Reached"), self.tr("Status"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at_index(index)
        if row is None:
            return None
        column = MilestoneColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case MilestoneColumn.TITLE:
                    return row.title
                case MilestoneColumn.PLANNED_ON:
                    return format_date(row.planned_on)
                case MilestoneColumn.DONE_ON:
                    return format_date(row.done_on)
                case MilestoneColumn.STATUS:
                    return self.tr("late") if row.late else row.status.label
        if role == Qt.ItemDataRole.ForegroundRole and row.late:
            return QBrush(LATE_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and row.late:
            return self.tr("The planned date has passed and the milestone is not reached.")
        return None


class UpdateColumn(IntEnum):
    DATE = 0
    VISIBILITY = 1
    TEXT = 2
    PHOTOS = 3


class UpdatesModel(RowsModel[UpdateView]):
    columns = UpdateColumn

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Shown to"), self.tr("Update"), self.tr("Photos"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at_index(index)
        if row is None:
            return None
        column = UpdateColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case UpdateColumn.DATE:
                    return format_date(row.dated_on)
                case UpdateColumn.VISIBILITY:
                    return self.tr("residents") if row.public else self.tr("team only")
                case UpdateColumn.TEXT:
                    return " ".join(row.text.split())
                case UpdateColumn.PHOTOS:
                    return str(len(row.photos)) if row.photos else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == UpdateColumn.TEXT:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole and column == UpdateColumn.PHOTOS:
            return ", ".join(photo.filename for photo in row.photos)
        return None


class ExpenseColumn(IntEnum):
    DATE = 0
    LABEL = 1
    PAYEE = 2
    REFERENCE = 3
    STATE = 4
    AMOUNT = 5


class ExpensesModel(RowsModel[ExpenseView]):
    columns = ExpenseColumn

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Expense"),
            self.tr("Payee"),
            self.tr("Reference"),
            self.tr("State"),
            self.tr("Amount"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at_index(index)
        if row is None:
            return None
        column = ExpenseColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case ExpenseColumn.DATE:
                    return format_date(row.spent_on)
                case ExpenseColumn.LABEL:
                    return row.label
                case ExpenseColumn.PAYEE:
                    return row.payee
                case ExpenseColumn.REFERENCE:
                    return row.reference
                case ExpenseColumn.STATE:
                    return row.state.label
                case ExpenseColumn.AMOUNT:
                    return format_euros(row.amount_cents)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ExpenseColumn.AMOUNT:
            return _RIGHT
        return None
