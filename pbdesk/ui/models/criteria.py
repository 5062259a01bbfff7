"""The review criteria of a campaign as a table, and a proxy keeping one kind of criterion."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from pbdesk.domain.review import CriterionKind
from pbdesk.ui.models import ModelIndex, RowsModel
from pbdesk.workspace.call import CriterionView

#: The criterion's kind code (``eligibility`` or ``scored``), for the kind filter.
KIND_ROLE = Qt.ItemDataRole.UserRole


class CriterionColumn(IntEnum):
    NAME = 0
    DESCRIPTION = 1
    WEIGHT = 2
    SCALE = 3
    STAKE = 4


class CriteriaModel(RowsModel[CriterionView]):
    """One row per criterion, eligibility criteria first, each kind in the team's order.

    Weight, scale and stake say nothing of an eligibility criterion: they are empty there.
    """

    columns = CriterionColumn

    # The names the page and tests use.
    set_criteria = RowsModel.set_rows
    criteria = RowsModel.rows
    criterion_at = RowsModel.row_at

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stakes: dict[int, str] = {}

    def set_stakes(self, titles: Mapping[int, str]) -> None:
        """The campaign's stake titles by id (shown in the linked stake column)."""
        self.beginResetModel()
        self._stakes = dict(titles)
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Criterion"),
            self.tr("Description"),
            self.tr("Weight"),
            self.tr("Scale"),
            self.tr("Linked stake"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        criterion = self.row_at_index(index)
        if criterion is None:
            return None
        column = CriterionColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(criterion, column)
        if role == KIND_ROLE:
            return criterion.kind.value
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is CriterionColumn.NAME and criterion.description:
                return criterion.description
            return self._text(criterion, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            CriterionColumn.WEIGHT,
            CriterionColumn.SCALE,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, criterion: CriterionView, column: CriterionColumn) -> str:
        if column is CriterionColumn.NAME:
            return criterion.name
        if column is CriterionColumn.DESCRIPTION:
            return " ".join(criterion.description.split())
        if criterion.kind is not CriterionKind.SCORED:
            return ""
        if column is CriterionColumn.WEIGHT:
            return str(criterion.weight)
        if column is CriterionColumn.SCALE:
            return f"{criterion.scale_min}–{criterion.scale_max}"
        if criterion.stake_id is None:
            return ""
        return self._stakes.get(criterion.stake_id, "")


class CriteriaKindProxy(QSortFilterProxyModel):
    """Keeps the criteria of one kind, in the source's order (the order of the grid)."""

    def __init__(self, kind: CriterionKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, CriterionColumn.NAME, source_parent)
        return model.data(index, KIND_ROLE) == self.kind.value
