"""The tables of the import dialog: what happens per kind of record, and the conflicts side by
side (one line per differing field, the version kept chosen per record)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from pbdesk.domain.money import format_euros
from pbdesk.exchange.gui_support import KindCounts
from pbdesk.exchange.plan import Conflict, label_of
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate
from pbdesk.ui.models import ModelIndex, RowsModel

#: Kinds of records, by table, as the user names them (plural).
_KINDS = {
    "campaign": QT_TRANSLATE_NOOP("RecordKind", "campaign"),
    "holder": QT_TRANSLATE_NOOP("RecordKind", "project holders"),
    "call": QT_TRANSLATE_NOOP("RecordKind", "call"),
    "checklist_item": QT_TRANSLATE_NOOP("RecordKind", "checklist items"),
    "journal_entry": QT_TRANSLATE_NOOP("RecordKind", "journal lines"),
    "meeting": QT_TRANSLATE_NOOP("RecordKind", "meetings"),
    "person": QT_TRANSLATE_NOOP("RecordKind", "people (team, core group)"),
    "phase_state": QT_TRANSLATE_NOOP("RecordKind", "phases"),
    "territory": QT_TRANSLATE_NOOP("RecordKind", "territories"),
    "tie_draw": QT_TRANSLATE_NOOP("RecordKind", "tie draws"),
    "vote": QT_TRANSLATE_NOOP("RecordKind", "vote settings"),
    "application": QT_TRANSLATE_NOOP("RecordKind", "applications"),
    "polling_station": QT_TRANSLATE_NOOP("RecordKind", "polling stations"),
    "reviewer": QT_TRANSLATE_NOOP("RecordKind", "reviewers"),
    "stake": QT_TRANSLATE_NOOP("RecordKind", "stakes"),
    "territory_envelope": QT_TRANSLATE_NOOP("RecordKind", "envelopes by territory"),
    "vote_result": QT_TRANSLATE_NOOP("RecordKind", "vote results"),
    "application_stake": QT_TRANSLATE_NOOP("RecordKind", "stakes of applications"),
    "attachment": QT_TRANSLATE_NOOP("RecordKind", "attachments"),
    "ballot_code": QT_TRANSLATE_NOOP("RecordKind", "ballot codes"),
    "ballot_stack": QT_TRANSLATE_NOOP("RecordKind", "ballot stacks"),
    "budget_line": QT_TRANSLATE_NOOP("RecordKind", "budget lines"),
    "criterion": QT_TRANSLATE_NOOP("RecordKind", "review criteria"),
    "designation": QT_TRANSLATE_NOOP("RecordKind", "designations"),
    "direct_count": QT_TRANSLATE_NOOP("RecordKind", "direct counts"),
    "direct_count_line": QT_TRANSLATE_NOOP("RecordKind", "direct count lines"),
    "review": QT_TRANSLATE_NOOP("RecordKind", "reviews"),
    "review_assignment": QT_TRANSLATE_NOOP("RecordKind", "review assignments"),
    "review_value": QT_TRANSLATE_NOOP("RecordKind", "review values"),
    "sign_in": QT_TRANSLATE_NOOP("RecordKind", "sign-in register entries"),
    "sign_in_count": QT_TRANSLATE_NOOP("RecordKind", "sign-in counts"),
    "station_reconciliation": QT_TRANSLATE_NOOP("RecordKind", "polling station reconciliations"),
    "status_change": QT_TRANSLATE_NOOP("RecordKind", "status changes"),
    "entry_session": QT_TRANSLATE_NOOP("RecordKind", "ballot entry sessions"),
    "ballot": QT_TRANSLATE_NOOP("RecordKind", "ballots"),
}

#: Columns as the user names them; the others are shown by their name, spaced.
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("RecordField", "name"),
    "title": QT_TRANSLATE_NOOP("RecordField", "title"),
    "slug": QT_TRANSLATE_NOOP("RecordField", "short name"),
    "year": QT_TRANSLATE_NOOP("RecordField", "year"),
    "status": QT_TRANSLATE_NOOP("RecordField", "status"),
    "summary": QT_TRANSLATE_NOOP("RecordField", "summary"),
    "description": QT_TRANSLATE_NOOP("RecordField", "description"),
    "notes": QT_TRANSLATE_NOOP("RecordField", "notes"),
    "note": QT_TRANSLATE_NOOP("RecordField", "note"),
    "theme": QT_TRANSLATE_NOOP("RecordField", "theme"),
    "phase": QT_TRANSLATE_NOOP("RecordField", "phase"),
    "position": QT_TRANSLATE_NOOP("RecordField", "position"),
    "number": QT_TRANSLATE_NOOP("RecordField", "number"),
    "done": QT_TRANSLATE_NOOP("RecordField", "done"),
    "envelope_cents": QT_TRANSLATE_NOOP("RecordField", "envelope"),
    "requested_cents": QT_TRANSLATE_NOOP("RecordField", "amount requested"),
    "amount_cents": QT_TRANSLATE_NOOP("RecordField", "amount"),
    "starts_on": QT_TRANSLATE_NOOP("RecordField", "start"),
    "ends_on": QT_TRANSLATE_NOOP("RecordField", "end"),
    "vote_on": QT_TRANSLATE_NOOP("RecordField", "vote day"),
    "held_on": QT_TRANSLATE_NOOP("RecordField", "date"),
    "received_on": QT_TRANSLATE_NOOP("RecordField", "received on"),
    "frozen_at": QT_TRANSLATE_NOOP("RecordField", "settings frozen at"),
    "email": QT_TRANSLATE_NOOP("RecordField", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("RecordField", "phone"),
    "role": QT_TRANSLATE_NOOP("RecordField", "role"),
    "score": QT_TRANSLATE_NOOP("RecordField", "score"),
    "comment": QT_TRANSLATE_NOOP("RecordField", "comment"),
    "text": QT_TRANSLATE_NOOP("RecordField", "text"),
    "label": QT_TRANSLATE_NOOP("RecordField", "label"),
}

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Longer values are cut in the table (the whole value is in the tooltip).
_SHOWN = 120


def kind_label(table: str) -> str:
    """A kind of record (a table) as the user names it."""
    text = _KINDS.get(table)
    return translate("RecordKind", text) if text else table.replace("_", " ")


def field_label(column: str) -> str:
    text = _FIELDS.get(column)
    if text:
        return translate("RecordField", text)
    name = column.removesuffix("_cents").removesuffix("_id")
    return name.replace("_", " ")


def format_value(column: str, value: Any, labels: dict[str, str] | None = None) -> str:
    """A value of the file's JSON form as the user reads it."""
    if value is None or value == "":
        return translate("RecordField", "(empty)")
    if isinstance(value, bool):
        return translate("RecordField", "yes") if value else translate("RecordField", "no")
    if isinstance(value, int) and column.endswith("_cents"):
        return format_euros(value)
    if isinstance(value, str):
        if _UUID.match(value) and labels is not None:
            return labels.get(value, value[:8])
        if _MOMENT.match(value):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return value
            return moment.astimezone().strftime("%d/%m/%Y %H:%M")
        if _DATE.match(value):
            try:
                return date.fromisoformat(value).strftime("%d/%m/%Y")
            except ValueError:
                return value
        return " ".join(value.split())
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _cut(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


class KindColumn(IntEnum):
    KIND = 0
    ADDED = 1
    UPDATED = 2
    KEPT = 3
    CONFLICTS = 4


class KindsModel(RowsModel[KindCounts]):
    """What the import does, one row per kind of record where something happens."""

    columns = KindColumn

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Kind of record"),
            self.tr("Added"),
            self.tr("Taken from the file"),
            self.tr("Kept as here"),
            self.tr("Conflicts"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        kind = self.row_at_index(index)
        if kind is None:
            return None
        column = KindColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is KindColumn.KIND:
                return kind_label(kind.table)
            number = {
                KindColumn.ADDED: kind.added,
                KindColumn.UPDATED: kind.updated,
                KindColumn.KEPT: kind.kept,
                KindColumn.CONFLICTS: kind.conflicts,
            }[column]
            return str(number) if number else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not KindColumn.KIND:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column is KindColumn.CONFLICTS and kind.conflicts:
            font = QFont()
            font.setBold(True)
            return font
        return None


@dataclass(frozen=True)
class ConflictLine:
    """One differing field of a conflict (``first``: the record's first line)."""

    conflict: Conflict
    column: str
    first: bool


class ConflictColumn(IntEnum):
    RECORD = 0
    FIELD = 1
    HERE = 2
    INCOMING = 3
    KEPT = 4


class ConflictsModel(RowsModel[ConflictLine]):
    """The conflicts side by side: the value here and in the file, field by field; the last
    column, checkable, says which version of the record the import keeps (checked: the
    file's). Settling a record (``set_take_file``) settles the conflict of the plan itself."""

    columns = ConflictColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, str] = {}

    def set_conflicts(self, conflicts: Iterable[Conflict], labels: dict[str, str]) -> None:
        """``labels``: uuid → what the record is called, for references shown as values."""
        self._labels = labels
        lines = []
        for conflict in conflicts:
            columns = conflict.columns or ("",)
            lines += [
                ConflictLine(conflict, column, number == 0) for number, column in enumerate(columns)
            ]
        self.set_rows(lines)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Here"),
            self.tr("In the file"),
            self.tr("Version kept"),
        )

    def conflicts(self) -> list[Conflict]:
        seen: list[Conflict] = []
        for line in self._rows:
            if line.first:
                seen.append(line.conflict)
        return seen

    def _value(self, line: ConflictLine, incoming: bool) -> str:
        if not line.column:
            return ""
        values = line.conflict.incoming if incoming else line.conflict.here
        return format_value(line.column, values.get(line.column), self._labels)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = ConflictColumn(index.column())
        take_file = line.conflict.take_file
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            full = role == Qt.ItemDataRole.ToolTipRole
            if column is ConflictColumn.RECORD:
                if not line.first and not full:
                    return ""
                return self.tr("{kind} «{label}»").format(
                    kind=kind_label(line.conflict.table), label=line.conflict.label
                )
            if column is ConflictColumn.FIELD:
                return field_label(line.column) if line.column else ""
            if column in (ConflictColumn.HERE, ConflictColumn.INCOMING):
                text = self._value(line, column is ConflictColumn.INCOMING)
                return text if full else _cut(text)
            return self.tr("The file's") if take_file else self.tr("This database's")
        if role == Qt.ItemDataRole.CheckStateRole and column is ConflictColumn.KEPT:
            return Qt.CheckState.Checked if take_file else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and column in (
            ConflictColumn.HERE,
            ConflictColumn.INCOMING,
        ):
            chosen = (column is ConflictColumn.INCOMING) == take_file
            font = QFont()
            font.setBold(chosen)
            font.setStrikeOut(not chosen)
            return font
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ConflictColumn.KEPT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        line = self.row_at_index(index)
        if (
            line is None
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() != ConflictColumn.KEPT
        ):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.set_take_file([line.conflict], checked)
        return True

    def set_take_file(self, conflicts: Iterable[Conflict], take_file: bool) -> None:
        """Settle ``conflicts`` for the file's version (True) or this database's."""
        chosen = {id(conflict) for conflict in conflicts}
        for conflict in self.conflicts():
            if id(conflict) in chosen:
                conflict.settle(take_file)
        self._refresh(chosen)

    def switch(self, rows: Iterable[int]) -> None:
        """Take the other version for the records of ``rows``."""
        conflicts = {id(line.conflict): line.conflict for row in rows if (line := self.row_at(row))}
        for conflict in conflicts.values():
            conflict.settle(not conflict.take_file)
        self._refresh(set(conflicts))

    def _refresh(self, chosen: set[int]) -> None:
        rows = [row for row, line in enumerate(self._rows) if id(line.conflict) in chosen]
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), 0), self.index(max(rows), len(ConflictColumn) - 1)
            )


def reference_labels(
    values: Iterable[dict[str, Any]], tables: dict[str, dict[str, Any]]
) -> dict[str, str]:
    """uuid → label of the records of the file that conflict values refer to."""
    wanted = {
        value
        for row in values
        for value in row.values()
        if isinstance(value, str) and _UUID.match(value)
    }
    labels: dict[str, str] = {}
    if not wanted:
        return labels
    for rows in tables.values():
        for uuid in wanted & rows.keys():
            labels[uuid] = label_of(rows[uuid])
    return labels


__all__ = [
    "ConflictColumn",
    "ConflictLine",
    "ConflictsModel",
    "KindColumn",
    "KindsModel",
    "field_label",
    "format_value",
    "kind_label",
    "reference_labels",
]
