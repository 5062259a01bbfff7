"""A phase's checklist as an editable table; every edit goes through the workspace."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from pbdesk.domain.errors import DomainError
from pbdesk.store.database import Database
from pbdesk.ui.fields import format_date, from_qdate, to_qdate
from pbdesk.ui.models import ModelIndex, RowsModel
from pbdesk.workspace import phases
from pbdesk.workspace.catalogue import load_catalogue
from pbdesk.workspace.views import ChecklistItemView

OVERDUE_COLOUR = QColor("#b00020")

_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class ChecklistColumn(IntEnum):
    DONE = 0
    LABEL = 1
    OWNER = 2
    DUE = 3
    NOTE = 4


def catalogue_hints() -> dict[str, str]:
    """Catalogue key → hint; empty if the catalogue cannot be read (hints are a nicety)."""
    try:
        return {item.key: item.hint for item in load_catalogue() if item.hint}
    except (OSError, ValueError):
        return {}


def is_overdue(item: ChecklistItemView, today: date | None = None) -> bool:
    return not item.done and item.due_on is not None and item.due_on < (today or date.today())


class ChecklistModel(RowsModel[ChecklistItemView]):
    """The items of one phase, in their checklist order.

    Edits call ``pbdesk.workspace.phases`` (``set_done`` is journaled under ``author()``)
    and the row is replaced by what the workspace returns.

    Signals: ``item_changed(int)`` — an item (by id) was changed in the database;
    ``refused(object)`` — the workspace refused an edit (a ``DomainError``); nothing changed.
    """

    item_changed = Signal(int)
    refused = Signal(object)

    columns = ChecklistColumn

    def __init__(
        self, database: Database, author: Callable[[], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._author = author
        self._hints = catalogue_hints()

    # -- content ---------------------------------------------------------------------------

    # The names the page and tests use.
    set_items = RowsModel.set_rows
    items = RowsModel.rows
    item_at = RowsModel.row_at

    def row_of(self, item_id: int) -> int:
        """The row showing ``item_id``, or -1."""
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return -1

    def done_count(self) -> int:
        return sum(item.done for item in self._rows)

    # -- Qt model interface ------------------------------------------------------------------

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Done"),
            self.tr("Item"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Note"),
        )

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if 0 <= section < len(self._rows) else None
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == ChecklistColumn.DONE:
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
        return _EDITABLE

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.row_at_index(index)
        if item is None:
            return None
        column = ChecklistColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.EditRole:
            if column is ChecklistColumn.DUE:
                return to_qdate(item.due_on) if item.due_on else None
            return self._text(item, column) if column is not ChecklistColumn.DONE else None
        if role == Qt.ItemDataRole.CheckStateRole and column is ChecklistColumn.DONE:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is ChecklistColumn.DUE
            and is_overdue(item)
        ):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.AccessibleTextRole and column is ChecklistColumn.DONE:
            return self.tr("done") if item.done else self.tr("not done")
        return None

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        item = self.row_at_index(index)
        if item is None:
            return False
        column = ChecklistColumn(index.column())
        try:
            if column is ChecklistColumn.DONE:
                if role != Qt.ItemDataRole.CheckStateRole:
                    return False
                updated = phases.set_done(
                    self.database, item.id, _is_checked(value), self._author()
                )
            else:
                if role != Qt.ItemDataRole.EditRole:
                    return False
                updated = phases.update_item(self.database, item.id, _edited(item, column, value))
        except DomainError as error:
            self.refused.emit(error)
            return False
        self._replace(index.row(), updated)
        return True

    # -- helpers ---------------------------------------------------------------------------

    def toggle_done(self, row: int) -> bool:
        """Tick an unticked item or untick a ticked one (journaled)."""
        item = self.item_at(row)
        if item is None:
            return False
        state = Qt.CheckState.Unchecked if item.done else Qt.CheckState.Checked
        return self.setData(
            self.index(row, ChecklistColumn.DONE), state, Qt.ItemDataRole.CheckStateRole
        )

    def _replace(self, row: int, updated: ChecklistItemView) -> None:
        self._rows[row] = updated
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(ChecklistColumn) - 1))
        self.item_changed.emit(updated.id)

    def _text(self, item: ChecklistItemView, column: ChecklistColumn) -> str:
        if column is ChecklistColumn.LABEL:
            return item.label
        if column is ChecklistColumn.OWNER:
            return item.owner
        if column is ChecklistColumn.DUE:
            return format_date(item.due_on)
        if column is ChecklistColumn.NOTE:
            return item.note
        return ""

    def _tooltip(self, item: ChecklistItemView, column: ChecklistColumn) -> str | None:
        if column is ChecklistColumn.LABEL:
            return self._hints.get(item.catalogue_key) or None
        if column is ChecklistColumn.DONE:
            if item.done and item.done_on:
                return self.tr("Done on {date}.").format(date=format_date(item.done_on))
            return self.tr("Space ticks or unticks the selected item.")
        if column is ChecklistColumn.DUE:
            if is_overdue(item):
                return self.tr("Overdue.")
            return self.tr("Delete clears the date while you edit it.")
        if column is ChecklistColumn.NOTE and item.note:
            return item.note
        return None


def _is_checked(value: object) -> bool:
    if isinstance(value, Qt.CheckState):
        return value is Qt.CheckState.Checked
    if isinstance(value, int):
        return value == Qt.CheckState.Checked.value
    return bool(value)


def _to_date(value: object) -> date | None:
    if isinstance(value, QDate):
        return from_qdate(value) if value.isValid() else None
    if isinstance(value, date):
        return value
    return None  # None or "": the date was cleared


def _edited(item: ChecklistItemView, column: ChecklistColumn, value: object) -> phases.ItemInput:
    """The item's editable fields with ``column`` set to ``value``."""
    data = phases.ItemInput(item.label, item.owner, item.due_on, item.note)
    if column is ChecklistColumn.DUE:
        return replace(data, due_on=_to_date(value))
    text = "" if value is None else str(value)
    if column is ChecklistColumn.LABEL:
        return replace(data, label=text)
    if column is ChecklistColumn.OWNER:
        return replace(data, owner=text)
    return replace(data, note=text)
