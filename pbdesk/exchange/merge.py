"""What importing a project file would do, computed before anything is written.

Records are matched by uuid. For a record on both sides, with ``F`` the file's state digest,
``L`` this database's, and the histories of exchanged states each side keeps
(``pbdesk.exchange.states``):

- ``F == L``: the same (nothing to do);
- ``F`` is in this database's history: only this side changed since → kept as it is here;
- ``L`` is in the file's history: only the file's side changed since → the file's is taken;
- otherwise both changed since they last met: a **conflict**, shown side by side; this
  database's version stays unless the user settles it for the file's (``Conflict.take_file``).

A record only in the file is added; a record only here stays (deletions do not travel).
A new record whose unique key clashes with a local one (``review`` of the same reviewer and
application, the campaign's ``call``, a station's hand count…) is the same record made twice:
it is matched to the local one (and compared as above). Unique *labels* (``RENUMBERED``: an
application's number, the campaign's slug, a stack of ballots' label, an entry pass's letter,
a ballot's place in its session) name two different records made on two laptops: the incoming
one is given the next free value instead, so that it arrives whole with what hangs from it
(a stack's entry sessions and their ballots).

Tables are planned one at a time, parents first: the file's rows of the table are read and
checked as they are unpacked, this database's rows of the table are read, compared, and only
what the plan needs is kept (each record's action, uuid, digest and new states; whole rows only
for records taken from the file or in conflict). Memory follows the largest table, not the
whole campaign.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, String, select
from sqlalchemy.exc import DBAPIError

from pbdesk.domain.register import key_id
from pbdesk.domain.register import new_secret as new_register_secret
from pbdesk.exchange.archive import (
    DEFAULT_LIMITS,
    Limits,
    MemberInfo,
    is_data_member,
    open_archive,
    table_member,
)
from pbdesk.exchange.data import ProjectData, ProjectReader, Row
from pbdesk.exchange.errors import Cancel, MergeRefused, Progress, Steps
from pbdesk.exchange.local import LocalRow, RowReader
from pbdesk.exchange.plan import (
    Action,
    Conflict,
    ImportPlan,
    Renaming,
    RowPlan,
    VoteDay,
    label_of,
)
from pbdesk.exchange.rules import (
    RENUMBERED,
    personal_columns,
    personal_entry,
    relabel,
)
from pbdesk.exchange.states import History, load_histories, merged, state_digest
from pbdesk.exchange.tables import META, ROOT, UUID_PATTERN, Layout, TableSpec, current_layout
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.transactions import read_snapshot

#: Progress: one step per this many bytes checked or read.
BYTES_PER_STEP = 64 * 1024


def plan_import(
    database: Database,
    path: str | Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportPlan:
    """Read and check the project file at ``path`` and say what importing it would do.

    Writes nothing. Raises a ``ProjectFileError`` for a file that cannot be imported.
    """
    layout = current_layout()
    path = Path(path)
    with open_archive(path, limits) as archive:
        manifest = archive.manifest()
        data_members = {
            name: info for name, info in manifest.members.items() if is_data_member(name)
        }
        steps = Steps(
            sum(info.size // BYTES_PER_STEP + 1 for info in manifest.members.values())
            + sum(info.size // BYTES_PER_STEP + 1 for info in data_members.values()),
            progress,
            cancel,
        )
        # Every member against the manifest first: a changed byte is a damaged file, whatever
        # else it breaks.
        for name, info in manifest.members.items():
            for chunk in archive.verified_chunks(name, info):
                steps.advance(len(chunk) // BYTES_PER_STEP)
            steps.advance()
        reader = ProjectReader(archive, manifest, layout)
        try:
            with read_snapshot(database.engine) as connection:
                plan = _Planner(layout, reader, connection, steps).plan(path, data_members)
        except DBAPIError as error:
            reason = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else error
            raise MergeRefused(
                translate(
                    "ProjectFile", "«{name}» could not be imported: {reason}. Nothing was changed."
                ).format(name=archive.name, reason=reason)
            ) from error
    plan.limits = limits
    steps.finish()
    return plan


# --- deciding --------------------------------------------------------------------------------


@dataclass
class _Table:
    """This database's side of the table being planned (dropped once it is)."""

    spec: TableSpec
    #: uuid → row here: the campaign's, and shared records the file names.
    rows: dict[str, LocalRow]
    #: uuid → exchanged states here (records of both sides).
    histories: dict[str, History]
    #: The file's exchanged states of its records (uuid → states).
    states: dict[str, list[str]]
    #: uuid here → state digest of the row here.
    digests: dict[str, str]


class _Planner:
    def __init__(
        self, layout: Layout, reader: ProjectReader, connection: Connection, steps: Steps
    ) -> None:
        self.layout = layout
        self.reader = reader
        self.connection = connection
        self.steps = steps
        self.file_name = reader.name
        self.manifest = reader.manifest
        self.local = RowReader(connection, layout)
        campaign_uuid = self.manifest.campaign_uuid
        self.campaign_id = self.local.existing_uuids(layout[ROOT], [campaign_uuid]).get(
            campaign_uuid
        )
        self.data = ProjectData(reader.name, reader.manifest)
        #: table → file uuid → local uuid, for records matched by unique key.
        self.alias: dict[str, dict[str, str]] = {spec.name: {} for spec in layout.tables}
        self.renamings: list[Renaming] = []
        self.conflicts: list[Conflict] = []
        self.vote_day = VoteDay()
        #: (table, column) → values taken here that the campaign's rows do not show.
        self.taken = self._taken()
        #: Key ids of the register secret kept here; a secret was drawn.
        self.secrets: set[str] = set()
        self.secret_drawn = False
        #: Key ids of the file's signatures that carry their keys.
        self.file_key_ids: Counter[Any] = Counter()

    def _taken(self) -> dict[tuple[str, str], set[Any]]:
        taken: dict[tuple[str, str], set[Any]] = {}
        for table, column in RENUMBERED:
            labelled = self.layout.get(table)
            if labelled is None or (labelled.scoped and labelled.name != ROOT):
                continue
            taken[(table, column)] = set(
                self.connection.execute(select(labelled.table.c[column]).distinct()).scalars()
            )
        return taken

    def plan(self, path: Path, data_members: dict[str, MemberInfo]) -> ImportPlan:
        rows: dict[str, list[RowPlan]] = {}
        for spec in self.layout.tables:
            rows[spec.name] = self._table(spec)
        self.reader.finish()
        self.data.counts = dict(self.reader.counts)
        self._keep_referenced()
        foreign = sum(count for key, count in self.file_key_ids.items() if key not in self.secrets)
        return ImportPlan(
            path=path,
            data=self.data,
            data_members=data_members,
            new_campaign=self.campaign_id is None,
            rows=rows,
            conflicts=self.conflicts,
            renamings=self.renamings,
            new_register_secret=self.secret_drawn,
            foreign_keys=foreign,
            vote_day=self.vote_day,
        )

    # --- one table -----------------------------------------------------------------------------

    def _table(self, spec: TableSpec) -> list[RowPlan]:
        states = self.reader.states(spec)
        here: dict[str, LocalRow] = {}
        if self.campaign_id is not None:
            here = {local.uuid: local for local in self.local.read_scope(spec, self.campaign_id)}
        table = _Table(
            spec, here, load_histories(self.connection, spec.name, sorted(here)), states, {}
        )
        aliased = [
            (reference.column, self.alias[reference.target])
            for reference in spec.references
            if self.alias[reference.target]
        ]
        plans: list[RowPlan] = []
        others: list[RowPlan] = []
        for row in self.reader.rows(spec, states):
            for column, aliases in aliased:
                target = row[column]
                if target is not None:
                    row[column] = aliases.get(target, target)
            if spec.name == "sign_in" and row.get("identity_key"):
                self.file_key_ids[row.get("key_id")] += 1
            plan = RowPlan(spec.name, row["uuid"], Action.ADD, row, state_digest(spec, row))
            local = here.get(plan.file_uuid)
            if local is not None:
                self._match(table, plan, local)
            else:
                others.append(plan)
            plans.append(plan)
        info = self.manifest.members.get(table_member(spec.name))
        self.steps.advance((info.size // BYTES_PER_STEP if info else 0) + 1)
        if others:
            uuids = [plan.file_uuid for plan in others]
            table.histories.update(load_histories(self.connection, spec.name, sorted(uuids)))
            if spec.scoped:
                elsewhere = self.local.existing_uuids(spec, uuids)
                if elsewhere:
                    raise MergeRefused(
                        translate(
                            "ProjectFile",
                            "In «{name}», record {uuid} of «{table}» already belongs to another "
                            "campaign of this database.",
                        ).format(name=self.file_name, uuid=sorted(elsewhere)[0], table=spec.name)
                    )
            else:
                for local in self.local.read_uuids(spec, uuids):
                    here[local.uuid] = local
                for plan in others:
                    local = here.get(plan.file_uuid)
                    if local is not None:
                        self._match(table, plan, local)
        self._settle_unique_keys(table, plans)
        self._vote_day(table, plans)
        for plan in plans:
            if plan.action is Action.CONFLICT:
                self.conflicts.append(self._conflict(plan))
            self._new_states(table, plan)
        if spec.name == ROOT:
            for plan in plans:
                self.data.keep(ROOT, _row(plan))
        for plan in plans:
            if plan.action in (Action.UPDATE, Action.CONFLICT):
                continue
            if plan.action is Action.ADD and spec.binary:
                continue  # the few rows that bring attachments name their members
            # Added records are read from the file again; the others need no row.
            plan.row = None
            if plan.local is not None:
                plan.local.forget()
        return plans

    def _match(self, table: _Table, plan: RowPlan, local: LocalRow) -> None:
        spec = table.spec
        plan.local = local
        local_digest = table.digests.get(local.uuid)
        if local_digest is None:
            local_digest = table.digests[local.uuid] = state_digest(spec, local.content)
        here = table.histories.get(local.uuid)
        there = table.states.get(plan.file_uuid, [])
        if plan.digest == local_digest:
            plan.action = Action.SAME
        elif here is not None and plan.digest in here.states:
            plan.action = Action.KEEP
        elif local_digest in there:
            plan.action = Action.UPDATE
        else:
            plan.action = Action.CONFLICT
        plan.fill = self._fill(spec, _row(plan), local.content) or None

    def _new_states(self, table: _Table, plan: RowPlan) -> None:
        """The record's states once imported: what both sides had seen, this side's state
        before and the file's (the result is one of them)."""
        history = table.histories.get(plan.uuid)
        before = history.states if history is not None else []
        here = [table.digests[plan.local.uuid]] if plan.local is not None else []
        states = merged(before, table.states.get(plan.file_uuid, []), here, [plan.digest])
        if history is not None:
            plan.history_id, plan.history_version = history.row_id, history.version
        plan.states = None if states == before else " ".join(states)

    def _fill(self, spec: TableSpec, incoming: Row, here: Row) -> dict[str, Any]:
        """Personal columns empty here that the file fills (never over a value, never on a
        row whose personal data was erased on purpose)."""
        entry = personal_entry(spec.name)
        if entry is None or not self.manifest.personal_data:
            return {}
        if entry.erased_when and here.get(entry.erased_when) is not None:
            return {}
        return {
            name: incoming[name]
            for name in personal_columns(spec.name, here)
            if not here.get(name) and incoming.get(name)
        }

    # --- the vote day ----------------------------------------------------------------------------

    def _vote_day(self, table: _Table, plans: list[RowPlan]) -> None:
        """What the summary says of the register and the ballots, and the register's secret,
        counted while the table's rows are at hand."""
        name = table.spec.name
        if name == "vote":
            self._register_secret(table, plans)
        elif name == "sign_in" and "identity_key" in table.spec.table.c:
            # Incoming sign-ins of a person already signed here, or earlier in the file.
            seen = {local.content.get("identity_key") for local in table.rows.values()}
            seen.discard("")
            seen.discard(None)
            doubles = 0
            for plan in plans:
                key = _row(plan).get("identity_key") if plan.action is Action.ADD else None
                if key:
                    doubles += key in seen
                    seen.add(key)
            self.vote_day.double_signatures = doubles
        elif name == "entry_session":
            for plan in plans:
                row = _final_row(plan)
                stack = str(row.get("stack_id") or "")
                self.vote_day.passes[plan.uuid] = (stack, str(row.get("pass_label") or ""))
        elif name == "ballot":
            added = self.vote_day.ballots_added
            for plan in plans:
                if plan.action is Action.ADD:
                    session = str(_row(plan).get("session_id") or "")
                    added[session] = added.get(session, 0) + 1

    def _register_secret(self, table: _Table, plans: list[RowPlan]) -> None:
        """Draw a secret for vote settings arriving without one (a file without personal
        data); note the key ids of the secret kept here."""
        for plan in plans:
            if plan.action is Action.ADD and not _row(plan).get("register_secret"):
                plan.change("register_secret", new_register_secret())
                self.secret_drawn = True
            # The secret kept here stays (personal columns are never overwritten by a merge).
            secret = (plan.local.content if plan.local is not None else _row(plan)).get(
                "register_secret"
            )
            if secret:
                self.secrets.add(key_id(secret))
        if not self.secrets:
            self.secrets = {
                key_id(local.content["register_secret"])
                for local in table.rows.values()
                if local.content.get("register_secret")
            }

    # --- unique keys ---------------------------------------------------------------------------

    def _settle_unique_keys(self, table: _Table, plans: list[RowPlan]) -> None:
        """Resolve every clash of unique keys between the file's rows and this side's; each
        round settles all clashes found, the next checks what that changed."""
        spec = table.spec
        if not spec.uniques:
            return
        for _round in range(10):
            clashes = self._clashes(table, plans)
            if not clashes:
                return
            free: dict[tuple[Any, ...], set[Any]] = {}
            for key, owners in clashes:
                self._resolve(table, key, owners, plans, free)
        first, second = self._clashes(table, plans)[0][1][:2]
        raise self._refuse(spec, _uuid(first), _uuid(second), spec.uniques[0])

    def _final_rows(self, table: _Table, plans: list[RowPlan]) -> list[tuple[Any, Row]]:
        """(owner, row as it will be) for every record of the table in this campaign."""
        touched = {plan.local.uuid for plan in plans if plan.local is not None}
        final: list[tuple[Any, Row]] = [(plan, _final_row(plan)) for plan in plans]
        final += [
            (local, local.content) for uuid, local in table.rows.items() if uuid not in touched
        ]
        return final

    def _clashes(
        self, table: _Table, plans: list[RowPlan]
    ) -> list[tuple[tuple[str, ...], list[Any]]]:
        """The groups of records that would share a unique key, for the first key that has
        any."""
        spec = table.spec
        final = self._final_rows(table, plans)
        for key in spec.uniques:
            index: dict[tuple[Any, ...], list[Any]] = {}
            for owner, row in final:
                values = tuple(row[column] for column in key)
                if any(value is None for value in values):
                    continue
                index.setdefault(values, []).append(owner)
            if len(key) == 1 and (spec.name, key[0]) in self.taken:
                # A key unique in the whole table: values of rows outside this campaign.
                mine = {local.content[key[0]] for local in table.rows.values()}
                for value in self.taken[(spec.name, key[0])] - mine:
                    index.setdefault((value,), []).append("elsewhere")
            clashes = [(key, owners) for owners in index.values() if len(owners) > 1]
            if clashes:
                return clashes
        return []

    def _resolve(
        self,
        table: _Table,
        key: tuple[str, ...],
        owners: list[Any],
        plans: list[RowPlan],
        free: dict[tuple[Any, ...], set[Any]],
    ) -> None:
        spec = table.spec
        incoming = [o for o in owners if isinstance(o, RowPlan) and o.writes_file_row]
        if not incoming:
            raise self._refuse(spec, _uuid(owners[0]), _uuid(owners[1]), key)
        moved = [plan for plan in incoming if plan.action is not Action.ADD]
        if moved:
            # The file moved a record onto a key used here: keep this side's version.
            for plan in moved:
                plan.action = Action.CONFLICT
                plan.take_file = False
            return
        renumbered = [column for column in key if (spec.name, column) in RENUMBERED]
        if renumbered:
            staying = len(owners) > len(incoming)
            for plan in incoming[1:] if not staying else incoming:
                self._renumber(table, plan, key, renumbered[0], plans, free)
            return
        here = [o for o in owners if isinstance(o, LocalRow)]
        if len(here) != 1 or len(owners) != 2:
            raise self._refuse(spec, _uuid(owners[0]), _uuid(owners[1]), key)
        plan, local = incoming[0], here[0]
        self.alias[spec.name][plan.file_uuid] = local.uuid
        plan.aliased = True
        self._match(table, plan, local)

    def _renumber(
        self,
        table: _Table,
        plan: RowPlan,
        key: tuple[str, ...],
        column: str,
        plans: list[RowPlan],
        free: dict[tuple[Any, ...], set[Any]],
    ) -> None:
        spec = table.spec
        row = _row(plan)
        scope = tuple(c for c in key if c != column)
        cache_key = (column, *(row[c] for c in scope))
        if cache_key not in free:
            free[cache_key] = {
                other[column]
                for _owner, other in self._final_rows(table, plans)
                if all(other[c] == row[c] for c in scope)
            } | self.taken.get((spec.name, column), set())
        values = free[cache_key]
        before = row[column]
        if isinstance(before, int):
            # The highest number so far, kept beside the values: many ballots renumbered in one
            # session stay linear.
            top = free.setdefault(
                ("__top__", *cache_key),
                {max((value for value in values if isinstance(value, int)), default=0)},
            )
            after: Any = top.pop() + 1
            top.add(after)
        else:
            column_type = spec.table.c[column].type
            length = column_type.length if isinstance(column_type, String) else None
            number = 2
            while True:
                after = relabel(spec.name, column, before, number, length)
                if after is None:
                    other = next(
                        (
                            owner
                            for owner, other in self._final_rows(table, plans)
                            if owner is not plan and other[column] == before
                        ),
                        plan,
                    )
                    raise self._refuse(spec, plan.file_uuid, _uuid(other), key)
                if after not in values:
                    break
                number += 1
        values.add(after)
        plan.change(column, after)
        plan.digest = state_digest(spec, _row(plan))
        self.renamings.append(
            Renaming(spec.name, plan.file_uuid, label_of(_row(plan)), column, before, after)
        )

    def _refuse(
        self, spec: TableSpec, first: str, second: str, key: tuple[str, ...]
    ) -> MergeRefused:
        return MergeRefused(
            translate(
                "ProjectFile",
                "«{name}» cannot be merged: records {uuid} and {other} of «{table}» would have the "
                "same {columns}.",
            ).format(
                name=self.file_name,
                uuid=first,
                other=second,
                table=spec.name,
                columns=", ".join(key),
            )
        )

    # --- conflicts -----------------------------------------------------------------------------

    def _conflict(self, plan: RowPlan) -> Conflict:
        spec = self.layout[plan.table]
        assert plan.local is not None
        here_row = plan.local.content
        row = _row(plan)
        skipped = set(META) | set(spec.binary) | set(personal_columns(spec.name, here_row))
        columns = tuple(
            name
            for name in spec.columns
            if name not in skipped and here_row.get(name) != row.get(name)
        )
        return Conflict(
            plan=plan,
            label=label_of(here_row),
            columns=columns,
            here={name: here_row.get(name) for name in columns},
            incoming={name: row.get(name) for name in columns},
        )

    def _keep_referenced(self) -> None:
        """Keep the file's records that conflicting values refer to (the app names them)."""
        wanted = {
            value
            for conflict in self.conflicts
            for values in (conflict.here, conflict.incoming)
            for value in values.values()
            if isinstance(value, str) and UUID_PATTERN.match(value)
        }
        if not wanted:
            return
        targets = {
            reference.target
            for conflict in self.conflicts
            for name in conflict.columns
            if (reference := self.layout[conflict.table].reference(name)) is not None
        }
        for spec in self.layout.tables:
            if spec.name not in targets:
                continue
            for raw in self.reader.raw_rows(spec.name):
                if isinstance(raw, dict) and raw.get("uuid") in wanted:
                    self.data.keep(spec.name, raw)


def _row(plan: RowPlan) -> Row:
    """The file's row of a plan while its table is planned."""
    assert plan.row is not None
    return plan.row


def _final_row(plan: RowPlan) -> Row:
    """The row as it will be, while its table is planned."""
    row = plan.final_row()
    assert row is not None
    return row


def _uuid(owner: Any) -> str:
    if isinstance(owner, RowPlan):
        return owner.file_uuid
    if isinstance(owner, LocalRow):
        return owner.uuid
    return str(owner)
