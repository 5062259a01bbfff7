"""Project holders (porteurs) as a table, with a search and kind filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from pbdesk.domain.applications import HolderKind
from pbdesk.ui.models import ModelIndex, RowsModel, fold
from pbdesk.workspace.holders import HolderView

#: The value to sort on (folded text, counts), not the shown text.
SORT_ROLE = Qt.ItemDataRole.UserRole

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class HolderColumn(IntEnum):
    NAME = 0
    KIND = 1
    RNA = 2
    SIRET = 3
    APPLICATIONS = 4
    EARLIER_EDITION = 5


def format_siret(siret: str) -> str:
    """``12345678901234`` → ``123 456 789 01234`` (SIREN, then the establishment)."""
    if len(siret) != 14:
        return siret
    return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"


class HoldersModel(RowsModel[HolderView]):
    """One row per holder of the workspace (holders are shared by every campaign)."""

    columns = HolderColumn

    set_holders = RowsModel.set_rows
    holders = RowsModel.rows
    holder_at = RowsModel.row_at

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("RNA"),
            self.tr("SIRET"),
            self.tr("Applications"),
            self.tr("Earlier edition"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        holder = self.row_at_index(index)
        if holder is None:
            return None
        column = HolderColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(holder, column)
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == SORT_ROLE:
            if column is HolderColumn.APPLICATIONS:
                return holder.applications
            if column is HolderColumn.EARLIER_EDITION:
                return int(holder.earlier_edition)
            return fold(self._text(holder, column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column is HolderColumn.APPLICATIONS else _LEFT)
        return None

    def _text(self, holder: HolderView, column: HolderColumn) -> str:
        if column is HolderColumn.NAME:
            return holder.name
        if column is HolderColumn.KIND:
            return holder.kind.label
        if column is HolderColumn.RNA:
            return holder.rna
        if column is HolderColumn.SIRET:
            return format_siret(holder.siret)
        if column is HolderColumn.APPLICATIONS:
            return str(holder.applications)
        return self.tr("yes") if holder.earlier_edition else "—"


class HoldersFilterProxy(QSortFilterProxyModel):
    """Keeps the holders whose name, RNA or SIRET contains the search text (ignoring case,
    accents and spaces in numbers) and, when a kind is chosen, of that kind."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._kind: HolderKind | None = None
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: HolderKind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        holder = model.row_at(source_row) if isinstance(model, HoldersModel) else None
        if holder is None:
            return True
        if self._kind is not None and holder.kind is not self._kind:
            return False
        if self._search:
            compact = self._search.replace(" ", "")
            return (
                self._search in fold(holder.name)
                or (bool(compact) and compact in fold(holder.rna))
                or (bool(compact) and compact in holder.siret)
            )
        return True
