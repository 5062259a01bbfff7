"""The residents' feedback of the one-year review (rows are ``FeedbackView``)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from pbdesk.ui.fields import format_date
from pbdesk.ui.models import RowsModel
from pbdesk.workspace.one_year_review import FeedbackView

ModelIndex = QModelIndex | QPersistentModelIndex


class FeedbackColumn(IntEnum):
    PROJECT = 0
    SCORE = 1
    COMMENT = 2
    SOURCE = 3
    DATE = 4


class FeedbackModel(RowsModel[FeedbackView]):
    columns = FeedbackColumn

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Project"),
            self.tr("Satisfaction"),
            self.tr("Comment"),
            self.tr("Source"),
            self.tr("Date"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at_index(index)
        if row is None:
            return None
        column = FeedbackColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case FeedbackColumn.PROJECT:
                    return row.project or self.tr("The whole edition")
                case FeedbackColumn.SCORE:
                    return "" if row.score is None else "★" * row.score + f"  {row.score}/5"
                case FeedbackColumn.COMMENT:
                    return " ".join(row.comment.split())
                case FeedbackColumn.SOURCE:
                    return row.source.label
                case FeedbackColumn.DATE:
                    return format_date(row.received_on)
        if role == Qt.ItemDataRole.ToolTipRole and column == FeedbackColumn.COMMENT:
            return row.comment
        return None
