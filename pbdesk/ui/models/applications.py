"""Applications (dépôts) as a table with its filter proxy, and the lists of the
application form: stakes to tick, budget lines to edit, attachments and status history."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from pbdesk.domain.applications import ApplicationStatus, BudgetLineInput
from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros, format_euros_plain, parse_euros
from pbdesk.ui.fields import format_date
from pbdesk.ui.models import CheckListModel, ModelIndex, RowsModel, fold
from pbdesk.workspace.applications import ApplicationRow, StatusChangeView
from pbdesk.workspace.stakes import StakeView

#: The value to sort on (numbers, cents, folded text, ISO dates), not the shown text.
SORT_ROLE = Qt.ItemDataRole.UserRole

_STATUS_ORDER = {status: position for position, status in enumerate(ApplicationStatus)}

#: A calm hint of where an application stands: blue while in progress, green when it goes
#: on, dark red when it stops. The label says it too, so colour is never the only sign.
_IN_PROGRESS = QColor("#0d47a1")
_GOES_ON = QColor("#1b5e20")
_STOPPED = QColor("#8e1b1b")
STATUS_COLOURS: dict[ApplicationStatus, QColor] = {
    ApplicationStatus.ADMISSIBLE: _IN_PROGRESS,
    ApplicationStatus.REVIEWED: _IN_PROGRESS,
    ApplicationStatus.SHORTLISTED: _GOES_ON,
    ApplicationStatus.FUNDED: _GOES_ON,
    ApplicationStatus.INADMISSIBLE: _STOPPED,
    ApplicationStatus.NOT_SHORTLISTED: _STOPPED,
    ApplicationStatus.NOT_FUNDED: _STOPPED,
}

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ApplicationColumn(IntEnum):
    NUMBER = 0
    TITLE = 1
    HOLDER = 2
    TERRITORY = 3
    STAKES = 4
    REQUESTED = 5
    STATUS = 6
    RECEIVED = 7


class ApplicationsModel(RowsModel[ApplicationRow]):
    """One row per application of the campaign, by number."""

    columns = ApplicationColumn

    set_applications = RowsModel.set_rows
    applications = RowsModel.rows
    application_at = RowsModel.row_at

    def headers(self) -> Sequence[str]:
        return (
            self.tr("No."),
            self.tr("Title"),
            self.tr("Holder"),
            self.tr("Territory"),
            self.tr("Stakes"),
            self.tr("Requested"),
            self.tr("Status"),
            self.tr("Received"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at_index(index)
        if row is None:
            return None
        column = ApplicationColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            number = column in (ApplicationColumn.NUMBER, ApplicationColumn.REQUESTED)
            return int(_RIGHT if number else _LEFT)
        if role == Qt.ItemDataRole.ForegroundRole and column is ApplicationColumn.STATUS:
            colour = STATUS_COLOURS.get(row.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _text(self, row: ApplicationRow, column: ApplicationColumn) -> str:
        if column is ApplicationColumn.NUMBER:
            return str(row.number)
        if column is ApplicationColumn.TITLE:
            return row.title
        if column is ApplicationColumn.HOLDER:
            if row.new_holder:
                return self.tr("{holder} · new").format(holder=row.holder_name)
            return row.holder_name
        if column is ApplicationColumn.TERRITORY:
            return row.territory_name
        if column is ApplicationColumn.STAKES:
            return ", ".join(row.stake_titles)
        if column is ApplicationColumn.REQUESTED:
            return format_euros(row.requested_cents)
        if column is ApplicationColumn.STATUS:
            return row.status.label
        return format_date(row.received_on)

    def _sort_key(self, row: ApplicationRow, column: ApplicationColumn) -> object:
        if column is ApplicationColumn.NUMBER:
            return row.number
        if column is ApplicationColumn.REQUESTED:
            return row.requested_cents
        if column is ApplicationColumn.STATUS:
            return _STATUS_ORDER[row.status]
        if column is ApplicationColumn.RECEIVED:
            return row.received_on.isoformat() if row.received_on else ""
        if column is ApplicationColumn.HOLDER:
            return fold(row.holder_name)
        return fold(self._text(row, column))

    def _tooltip(self, row: ApplicationRow, column: ApplicationColumn) -> str | None:
        if column is ApplicationColumn.STATUS and row.status_reason:
            return self.tr("{status}: {reason}").format(
                status=row.status.label, reason=row.status_reason
            )
        if column is ApplicationColumn.HOLDER and row.new_holder:
            return self.tr(
                "{holder} never held a project in an earlier edition: a new holder."
            ).format(holder=row.holder_name)
        return self._text(row, column) or None


class ApplicationsFilterProxy(QSortFilterProxyModel):
    """Keeps the applications whose title or holder contains the search text (ignoring case
    and accents) and that match the chosen status, territory, stake and holder (``None``:
    any). Sorts on ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._status: ApplicationStatus | None = None
        self._territory: int | None = None
        self._stake: int | None = None
        self._holder: int | None = None
        self.setSortRole(SORT_ROLE)

    def _change(self, name: str, value: object) -> None:
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self._change("_search", fold(text.strip()))

    def set_status(self, status: ApplicationStatus | None) -> None:
        self._change("_status", status)

    def set_territory(self, territory_id: int | None) -> None:
        self._change("_territory", territory_id)

    def set_stake(self, stake_id: int | None) -> None:
        self._change("_stake", stake_id)

    def set_holder(self, holder_id: int | None) -> None:
        self._change("_holder", holder_id)

    def is_filtering(self) -> bool:
        return bool(self._search) or any(
            value is not None
            for value in (self._status, self._territory, self._stake, self._holder)
        )

    def _row(self, source_row: int) -> ApplicationRow | None:
        model = self.sourceModel()
        return model.row_at(source_row) if isinstance(model, ApplicationsModel) else None

    def visible_applications(self) -> list[ApplicationRow]:
        """The applications the filters keep, in the order shown."""
        rows = (
            self._row(self.mapToSource(self.index(row, 0)).row()) for row in range(self.rowCount())
        )
        return [row for row in rows if row is not None]

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        row = self._row(source_row)
        if row is None:
            return True
        if self._status is not None and row.status is not self._status:
            return False
        if self._territory is not None and row.territory_id != self._territory:
            return False
        if self._stake is not None and self._stake not in row.stake_ids:
            return False
        if self._holder is not None and row.holder_id != self._holder:
            return False
        if self._search:
            return self._search in fold(row.title) or self._search in fold(row.holder_name)
        return True


class StakesCheckModel(CheckListModel[StakeView]):
    """The campaign's stakes in priority order, each ticked when the application answers
    it (Space ticks the current one)."""

    def item_id(self, item: StakeView) -> int:
        return item.id

    def text(self, item: StakeView) -> str:
        return item.title

    def tooltip(self, item: StakeView) -> str:
        return item.description or item.title

    def set_stakes(self, stakes: Iterable[StakeView], checked: Iterable[int] = ()) -> None:
        self.set_items(stakes, checked)


class BudgetColumn(IntEnum):
    LABEL = 0
    AMOUNT = 1
    OTHER_FUNDERS = 2


class BudgetLinesModel(RowsModel[BudgetLineInput]):
    """The budget lines as typed: every cell is edited in place; amounts stay as typed
    until they read as euros (then they are tidied), so the form can say what is wrong."""

    columns = BudgetColumn

    def headers(self) -> Sequence[str]:
        return (self.tr("Expense"), self.tr("Amount (€)"), self.tr("Other funders"))

    def lines(self) -> list[BudgetLineInput]:
        return [replace(line) for line in self._rows]

    def total_cents(self) -> int:
        """The sum of the amounts that read as euros (the others are refused on save)."""
        total = 0
        for line in self._rows:
            try:
                total += parse_euros(line.amount or "0")
            except DomainError:
                continue
        return total

    def add_line(self) -> int:
        """Append an empty line; returns its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(BudgetLineInput(label="", amount=""))
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = BudgetColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is BudgetColumn.LABEL:
                return line.label
            if column is BudgetColumn.AMOUNT:
                return line.amount
            return line.other_funders
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column is BudgetColumn.AMOUNT else _LEFT)
        return None

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        line = self.row_at_index(index)
        if line is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "")
        column = BudgetColumn(index.column())
        if column is BudgetColumn.LABEL:
            line.label = text
        elif column is BudgetColumn.AMOUNT:
            # An amount that does not read as euros is kept as typed: the form refuses it
            # on save, under the table.
            with contextlib.suppress(DomainError):
                text = format_euros_plain(parse_euros(text)) if text.strip() else ""
            line.amount = text
        else:
            line.other_funders = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


@dataclass(frozen=True)
class AttachmentItem:
    """A file of the application: stored (``id``) or chosen and stored on OK (``path``)."""

    filename: str
    size: int
    id: int | None = None
    path: Path | None = None

    @property
    def pending(self) -> bool:
        return self.id is None


class AttachmentColumn(IntEnum):
    NAME = 0
    SIZE = 1


class AttachmentsModel(RowsModel[AttachmentItem]):
    """The application's files; those added since the form opened are marked."""

    columns = AttachmentColumn

    def headers(self) -> Sequence[str]:
        return (self.tr("File"), self.tr("Size"))

    def format_size(self, size: int) -> str:
        if size < 1024:
            return self.tr("{size} bytes").format(size=size)
        if size < 1024 * 1024:
            return self.tr("{size} kB").format(size=round(size / 1024))
        tenths = round(size * 10 / (1024 * 1024))
        return self.tr("{whole}.{tenth} MB").format(whole=tenths // 10, tenth=tenths % 10)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.row_at_index(index)
        if item is None:
            return None
        column = AttachmentColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is AttachmentColumn.SIZE:
                return self.format_size(item.size)
            if item.pending:
                return self.tr("{name} (added on OK)").format(name=item.filename)
            return item.filename
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column is AttachmentColumn.SIZE else _LEFT)
        if role == Qt.ItemDataRole.ToolTipRole and item.path is not None:
            return str(item.path)
        return None

    def remove_item(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def append_item(self, item: AttachmentItem) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(item)
        self.endInsertRows()


class HistoryColumn(IntEnum):
    WHEN = 0
    AUTHOR = 1
    BEFORE = 2
    AFTER = 3
    REASON = 4


class StatusHistoryModel(RowsModel[StatusChangeView]):
    """Every status change of an application, oldest first (read only)."""

    columns = HistoryColumn

    def headers(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("By"), self.tr("From"), self.tr("To"), self.tr("Reason"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        change = self.row_at_index(index)
        if change is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        column = HistoryColumn(index.column())
        if column is HistoryColumn.WHEN:
            return change.at.astimezone().strftime("%d/%m/%Y %H:%M")
        if column is HistoryColumn.AUTHOR:
            return change.author
        if column is HistoryColumn.BEFORE:
            return change.before.label
        if column is HistoryColumn.AFTER:
            return change.after.label
        return change.reason
