"""The editions compared, one row per campaign (``workspace.editions``)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from pbdesk.domain.money import format_euros, group_digits
from pbdesk.ui.models import ModelIndex, RowsModel, fold
from pbdesk.workspace.editions import EditionRow
from pbdesk.workspace.indicators import Ratio

#: What sorting compares: numbers for figures (unknown ones first), folded text for names.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: What a figure pbdesk does not know looks like.
UNKNOWN = "—"


class EditionColumn(IntEnum):
    NAME = 0
    YEAR = 1
    ENVELOPE = 2
    APPLICATIONS = 3
    NEW_HOLDERS = 4
    VOTERS = 5
    FUNDED = 6
    CARRIED_OUT = 7
    SPENT = 8


def percent_text(ratio: Ratio | None) -> str:
    percent = ratio.percent() if ratio is not None else None
    return "" if percent is None else f"{percent}\u00a0%"


def count_text(value: int | None) -> str:
    return UNKNOWN if value is None else group_digits(value)


class EditionsModel(RowsModel[EditionRow]):
    """Read-only: every edition of the workspace with its figures."""

    columns = EditionColumn

    set_editions = RowsModel.set_rows
    editions = RowsModel.rows
    edition_at = RowsModel.row_at

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Edition"),
            self.tr("Year"),
            self.tr("Envelope"),
            self.tr("Applications"),
            self.tr("New holders"),
            self.tr("Voters"),
            self.tr("Funded"),
            self.tr("Carried out"),
            self.tr("Spent (paid)"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at_index(index)
        if row is None:
            return None
        column = EditionColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT if column is EditionColumn.NAME else _RIGHT)
        return None

    def _text(self, row: EditionRow, column: EditionColumn) -> str:
        if column is EditionColumn.NAME:
            return row.name
        if column is EditionColumn.YEAR:
            return str(row.year)
        if column is EditionColumn.ENVELOPE:
            return format_euros(row.envelope_cents)
        if column is EditionColumn.APPLICATIONS:
            return count_text(row.applications)
        if column is EditionColumn.NEW_HOLDERS:
            share = percent_text(row.new_holder_share)
            return f"{row.new_holders} ({share})" if share else count_text(row.new_holders)
        if column is EditionColumn.VOTERS:
            return count_text(row.voters)
        if column is EditionColumn.FUNDED:
            return count_text(row.funded)
        if column is EditionColumn.CARRIED_OUT:
            return count_text(row.carried_out)
        if row.paid_cents is None:
            return UNKNOWN
        share = percent_text(row.spent)
        amount = format_euros(row.paid_cents)
        return f"{amount} ({share})" if share else amount

    def _tooltip(self, row: EditionRow, column: EditionColumn) -> str | None:
        if column is EditionColumn.NEW_HOLDERS:
            return self.tr("{new} new holders out of {all}").format(
                new=row.new_holders, all=row.holders
            )
        if column is EditionColumn.VOTERS and row.voters is None:
            return self.tr("No vote figures (decided without a vote, or not counted yet)")
        if column is EditionColumn.CARRIED_OUT and row.carried_out is None:
            return self.tr("No funded project is followed yet")
        if column is EditionColumn.SPENT:
            if row.paid_cents is None:
                return self.tr("No follow-up recorded yet")
            return self.tr("{paid} paid out of {allocated} allocated").format(
                paid=format_euros(row.paid_cents), allocated=format_euros(row.allocated_cents)
            )
        text = self._text(row, column)
        return text or None

    def _sort_key(self, row: EditionRow, column: EditionColumn) -> Any:
        if column is EditionColumn.NAME:
            return fold(row.name)
        values = {
            EditionColumn.YEAR: row.year,
            EditionColumn.ENVELOPE: row.envelope_cents,
            EditionColumn.APPLICATIONS: row.applications,
            EditionColumn.NEW_HOLDERS: row.new_holders,
            EditionColumn.VOTERS: row.voters,
            EditionColumn.FUNDED: row.funded,
            EditionColumn.CARRIED_OUT: row.carried_out,
            EditionColumn.SPENT: row.paid_cents,
        }
        value = values[column]
        return -1 if value is None else value


class EditionsProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
