"""An import's plan: what happens to each record of a project file, and the conflicts.

``merge.plan_import`` computes it without writing anything; the app shows its ``summary()``
and its ``conflicts`` side by side (``Conflict.settle`` picks the file's version), then
``apply.apply_import`` carries it out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from pbdesk.exchange.archive import ATTACHMENTS, DEFAULT_LIMITS, Limits, Manifest, MemberInfo
from pbdesk.exchange.data import ProjectData
from pbdesk.exchange.local import LocalRow
from pbdesk.exchange.rules import LABEL_COLUMNS
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate


class Action(StrEnum):
    ADD = "add"
    UPDATE = "update"
    SAME = "same"
    KEEP = "keep"
    CONFLICT = "conflict"

    @property
    def label(self) -> str:
        return translate("ProjectFile", _ACTION_LABELS[self])


_ACTION_LABELS = {
    Action.ADD: QT_TRANSLATE_NOOP("ProjectFile", "added"),
    Action.UPDATE: QT_TRANSLATE_NOOP("ProjectFile", "taken from the file"),
    Action.SAME: QT_TRANSLATE_NOOP("ProjectFile", "the same"),
    Action.KEEP: QT_TRANSLATE_NOOP("ProjectFile", "kept as here"),
    Action.CONFLICT: QT_TRANSLATE_NOOP("ProjectFile", "conflicts"),
}


@dataclass(eq=False, slots=True)
class RowPlan:
    """What happens to one record of the file.

    A plan keeps whole rows only where it needs them (records taken from the file, in
    conflict, or filling personal data): a record the file adds is read from the file again
    when imported, with ``changes`` applied.
    """

    table: str
    #: The record's uuid in the file.
    file_uuid: str
    action: Action
    #: The file's row, references pointing at this database's records, labels renumbered;
    #: None when the plan does not need it.
    row: dict[str, Any] | None
    digest: str
    #: The matching record here (by uuid, or by unique key when ``aliased``).
    local: LocalRow | None = None
    aliased: bool = False
    #: Personal columns empty here that the file fills (files with personal data only).
    fill: dict[str, Any] | None = None
    #: For conflicts: True once settled for the file's version.
    take_file: bool = False
    #: Columns the import writes with other values than the file's (a label renumbered, a
    #: register secret drawn).
    changes: dict[str, Any] | None = None
    #: The record's exchanged states after the import (space-separated; None: unchanged),
    #: and the ``exchange_state`` row that holds them here (None: none yet) with its version.
    states: str | None = None
    history_id: int | None = None
    history_version: int = 0

    @property
    def uuid(self) -> str:
        """The record's uuid in this database once imported."""
        return self.local.uuid if self.local else self.file_uuid

    @property
    def writes_file_row(self) -> bool:
        return self.action in (Action.ADD, Action.UPDATE) or (
            self.action is Action.CONFLICT and self.take_file
        )

    def change(self, column: str, value: Any) -> None:
        """Give ``column`` another value than the file's."""
        assert self.row is not None
        self.row = {**self.row, column: value}
        self.changes = {**(self.changes or {}), column: value}

    def final_row(self) -> dict[str, Any] | None:
        """The row as it will be here (None when the plan no longer holds it)."""
        if self.writes_file_row or self.local is None:
            return self.row
        return self.local.row


@dataclass(eq=False)
class Conflict:
    """A record both sides changed: the columns that differ, with both values."""

    plan: RowPlan
    label: str
    columns: tuple[str, ...]
    here: dict[str, Any]
    incoming: dict[str, Any]

    @property
    def table(self) -> str:
        return self.plan.table

    @property
    def uuid(self) -> str:
        return self.plan.uuid

    @property
    def take_file(self) -> bool:
        return self.plan.take_file

    def settle(self, take_file: bool) -> None:
        """Choose the file's version (True) or keep this database's (False, the default)."""
        self.plan.take_file = take_file


@dataclass(frozen=True)
class Renaming:
    """A unique label already taken here, given anew to the incoming record."""

    table: str
    uuid: str
    label: str
    column: str
    before: Any
    after: Any


@dataclass
class VoteDay:
    """What the summary says of the vote day's records, counted while planning."""

    #: Sign-ins the import adds of a person already signed here (or earlier in the file).
    double_signatures: int = 0
    #: Ballots the import adds, per entry session (its uuid here).
    ballots_added: dict[str, int] = field(default_factory=dict)
    #: The file's entry sessions as they will be: uuid here → (stack uuid, pass label).
    passes: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class ImportPlan:
    path: Path
    data: ProjectData
    #: The checksums of the file's data members when planned: applying re-checks them.
    data_members: dict[str, MemberInfo]
    new_campaign: bool
    #: table → what happens to each record of the file, parents first.
    rows: dict[str, list[RowPlan]]
    conflicts: list[Conflict]
    renamings: list[Renaming]
    limits: Limits = DEFAULT_LIMITS
    #: The file's vote settings come without the register's secret: a new one was drawn.
    new_register_secret: bool = False
    #: Signatures of the file keyed with another secret than the one this database keeps.
    foreign_keys: int = 0
    vote_day: VoteDay = field(default_factory=VoteDay)

    @property
    def manifest(self) -> Manifest:
        return self.data.manifest

    @property
    def file_name(self) -> str:
        return self.data.file_name

    @property
    def campaign_uuid(self) -> str:
        return self.manifest.campaign_uuid

    @property
    def campaign_name(self) -> str:
        return str(self.data.campaign["name"])

    def plans(self) -> Iterator[RowPlan]:
        for plans in self.rows.values():
            yield from plans

    def count(self, action: Action) -> int:
        return sum(1 for plan in self.plans() if plan.action is action)

    def counts(self) -> dict[str, dict[Action, int]]:
        """table → action → records (tables with records only)."""
        table_counts: dict[str, dict[Action, int]] = {}
        for table, plans in self.rows.items():
            for plan in plans:
                per_action = table_counts.setdefault(table, {})
                per_action[plan.action] = per_action.get(plan.action, 0) + 1
        return table_counts

    @property
    def attachments(self) -> int:
        return sum(1 for name in self.manifest.members if name.startswith(ATTACHMENTS))

    def summary(self) -> list[str]:
        """What the import will do, one sentence a line."""
        lines = []
        if self.new_campaign:
            lines.append(
                translate(
                    "ProjectFile",
                    "«{campaign}» is not in this database: it will be added whole "
                    "({records} records, {attachments} attachments).",
                ).format(
                    campaign=self.campaign_name,
                    records=self.data.count(),
                    attachments=self.attachments,
                )
            )
        else:
            lines.append(
                translate(
                    "ProjectFile",
                    "«{campaign}» is already in this database: the file will be merged into it.",
                ).format(campaign=self.campaign_name)
            )
        sentences = {
            Action.ADD: QT_TRANSLATE_NOOP("ProjectFile", "Records to add: {count}."),
            Action.UPDATE: QT_TRANSLATE_NOOP(
                "ProjectFile", "Records changed in the file only, taken from it: {count}."
            ),
            Action.SAME: QT_TRANSLATE_NOOP(
                "ProjectFile", "Records the same on both sides: {count}."
            ),
            Action.KEEP: QT_TRANSLATE_NOOP(
                "ProjectFile", "Records changed here only, kept as they are here: {count}."
            ),
            Action.CONFLICT: QT_TRANSLATE_NOOP(
                "ProjectFile", "Records changed on both sides (conflicts): {count}."
            ),
        }
        for action, sentence in sentences.items():
            count = self.count(action)
            if count and not (self.new_campaign and action is Action.ADD):
                lines.append(translate("ProjectFile", sentence).format(count=count))
        for renaming in self.renamings:
            lines.append(
                translate(
                    "ProjectFile",
                    "«{label}» ({table}): «{column}» {before} is taken here; it becomes {after}.",
                ).format(
                    label=renaming.label,
                    table=renaming.table,
                    column=renaming.column,
                    # An empty label (a station's default stack) is shown as empty quotes.
                    before=renaming.before if renaming.before != "" else "«»",
                    after=renaming.after,
                )
            )
        if not self.manifest.personal_data:
            lines.append(
                translate(
                    "ProjectFile",
                    "The file holds no personal data: residents' contact details stay as "
                    "they are here.",
                )
            )
        if self.new_register_secret:
            lines.append(
                translate(
                    "ProjectFile",
                    "The file comes without the register's secret: the campaign gets a new "
                    "one here, so registers keyed with the old secret cannot be merged into it "
                    "(prepare the vote day's laptops from a file with personal data).",
                )
            )
        if self.foreign_keys:
            lines.append(
                translate(
                    "ProjectFile",
                    "Signatures of the file keyed with another register secret than this "
                    "database's: {count}. They cannot be checked for double signatures here.",
                ).format(count=self.foreign_keys)
            )
        if not self.manifest.personal_data:
            signatures = self.data.counts.get("sign_in", 0)
            if signatures:
                lines.append(
                    translate(
                        "ProjectFile",
                        "Signatures of the file without the register's keys: {count}. They "
                        "cannot be checked for double signatures.",
                    ).format(count=signatures)
                )
        return lines


def label_of(row: dict[str, Any]) -> str:
    for name in LABEL_COLUMNS:
        value = row.get(name)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 80 else text[:79] + "…"
    return str(row.get("uuid", ""))[:8]
