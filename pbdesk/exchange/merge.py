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
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, String, select
from sqlalchemy.exc import DBAPIError

from pbdesk.domain.register import key_id
from pbdesk.domain.register import new_secret as new_register_secret
from pbdesk.exchange.archive import DATA, DEFAULT_LIMITS, Limits, open_archive
from pbdesk.exchange.data import ProjectData, parse_data
from pbdesk.exchange.errors import Cancel, MergeRefused, Progress, Steps
from pbdesk.exchange.local import LocalRow, RowReader
from pbdesk.exchange.plan import Action, Conflict, ImportPlan, Renaming, RowPlan, label_of
from pbdesk.exchange.rules import (
    RENUMBERED,
    personal_columns,
    personal_entry,
    relabel,
)
from pbdesk.exchange.states import History, load_histories, state_digest
from pbdesk.exchange.tables import META, ROOT, Layout, TableSpec, current_layout
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.transactions import read_snapshot

#: Progress: one step per this many attachment bytes checked.
BYTES_PER_STEP = 64 * 1024


# --- reading both sides ------------------------------------------------------------------------


@dataclass
class _Local:
    campaign_id: int | None
    rows: dict[str, dict[str, LocalRow]]
    histories: dict[str, dict[str, History]]
    #: (table, column) → values taken here that the campaign's rows do not show (global keys).
    taken: dict[tuple[str, str], set[Any]]


def _load_local(connection: Connection, layout: Layout, data: ProjectData) -> _Local:
    reader = RowReader(connection, layout)
    campaign_uuid = data.manifest.campaign_uuid
    campaign_id = reader.existing_uuids(layout[ROOT], [campaign_uuid]).get(campaign_uuid)
    rows: dict[str, dict[str, LocalRow]] = {}
    histories: dict[str, dict[str, History]] = {}
    for spec in layout.tables:
        in_file = list(data.tables[spec.name])
        local: list[LocalRow] = []
        if campaign_id is not None:
            local = reader.read_scope(spec, campaign_id)
        known = {str(row.row["uuid"]) for row in local}
        others = [uuid for uuid in in_file if uuid not in known]
        if spec.scoped:
            elsewhere = reader.existing_uuids(spec, others)
            if elsewhere:
                raise MergeRefused(
                    translate(
                        "ProjectFile",
                        "In «{name}», record {uuid} of «{table}» already belongs to another "
                        "campaign of this database.",
                    ).format(name=data.file_name, uuid=sorted(elsewhere)[0], table=spec.name)
                )
        else:
            local += reader.read_uuids(spec, others)
        rows[spec.name] = {str(row.row["uuid"]): row for row in local}
        histories[spec.name] = load_histories(
            connection, spec.name, sorted(set(in_file) | set(rows[spec.name]))
        )
    taken: dict[tuple[str, str], set[Any]] = {}
    for table, column in RENUMBERED:
        labelled = layout.get(table)
        if labelled is None or (labelled.scoped and labelled.name != ROOT):
            continue
        taken[(table, column)] = set(
            connection.execute(select(labelled.table.c[column]).distinct()).scalars()
        )
    return _Local(campaign_id, rows, histories, taken)


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
        raw = archive.read_verified(DATA, manifest.members[DATA])
        others = [(name, info) for name, info in manifest.members.items() if name != DATA]
        steps = Steps(
            1 + sum(info.size // BYTES_PER_STEP + 1 for _name, info in others), progress, cancel
        )
        data = parse_data(raw, manifest, layout, archive.name)
        steps.advance()
        for name, info in others:
            for chunk in archive.verified_chunks(name, info):
                steps.advance(len(chunk) // BYTES_PER_STEP)
            steps.advance()
    try:
        with read_snapshot(database.engine) as connection:
            local = _load_local(connection, layout, data)
    except DBAPIError as error:
        reason = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else error
        raise MergeRefused(
            translate(
                "ProjectFile", "«{name}» could not be imported: {reason}. Nothing was changed."
            ).format(name=data.file_name, reason=reason)
        ) from error
    plan = _Planner(layout, data, local).plan(path, hashlib.sha256(raw).hexdigest())
    plan.limits = limits
    steps.finish()
    return plan


# --- deciding --------------------------------------------------------------------------------


class _Planner:
    def __init__(self, layout: Layout, data: ProjectData, local: _Local) -> None:
        self.layout = layout
        self.data = data
        self.local = local
        #: table → file uuid → local uuid, for records matched by unique key.
        self.alias: dict[str, dict[str, str]] = {spec.name: {} for spec in layout.tables}
        self.renamings: list[Renaming] = []

    def plan(self, path: Path, data_sha256: str) -> ImportPlan:
        rows: dict[str, list[RowPlan]] = {}
        for spec in self.layout.tables:
            rows[spec.name] = self._table(spec)
        conflicts = [
            self._conflict(plan)
            for plans in rows.values()
            for plan in plans
            if plan.action is Action.CONFLICT
        ]
        new_secret, foreign_keys = self._register_secret(rows.get("vote", []))
        return ImportPlan(
            path=path,
            data=self.data,
            data_sha256=data_sha256,
            new_campaign=self.local.campaign_id is None,
            rows=rows,
            conflicts=conflicts,
            renamings=self.renamings,
            histories=self.local.histories,
            new_register_secret=new_secret,
            foreign_keys=foreign_keys,
        )

    def _register_secret(self, votes: list[RowPlan]) -> tuple[bool, int]:
        """Draw a secret for vote settings arriving without one (a file without personal
        data); count the file's signatures keyed with a secret other than the one kept here.
        Returns (a secret was drawn, signatures keyed otherwise)."""
        drawn = False
        secrets: set[str] = set()
        for plan in votes:
            if plan.action is Action.ADD and not plan.row.get("register_secret"):
                plan.row = {**plan.row, "register_secret": new_register_secret()}
                drawn = True
            # The secret kept here stays (personal columns are never overwritten by a merge).
            secret = (plan.local.row if plan.local is not None else plan.row).get("register_secret")
            if secret:
                secrets.add(key_id(secret))
        if not secrets:
            secrets = {
                key_id(local.row["register_secret"])
                for local in self.local.rows.get("vote", {}).values()
                if local.row.get("register_secret")
            }
        foreign = sum(
            1
            for row in self.data.tables.get("sign_in", {}).values()
            if row.get("identity_key") and row.get("key_id") not in secrets
        )
        return drawn, foreign

    def _table(self, spec: TableSpec) -> list[RowPlan]:
        local_rows = self.local.rows[spec.name]
        plans = []
        for uuid, file_row in self.data.tables[spec.name].items():
            row = dict(file_row)
            for reference in spec.references:
                target = row[reference.column]
                if target is not None:
                    row[reference.column] = self.alias[reference.target].get(target, target)
            plan = RowPlan(spec.name, uuid, Action.ADD, row, state_digest(spec, row))
            local = local_rows.get(uuid)
            if local is not None:
                self._match(spec, plan, local)
            plans.append(plan)
        self._settle_unique_keys(spec, plans)
        return plans

    def _match(self, spec: TableSpec, plan: RowPlan, local: LocalRow) -> None:
        plan.local = local
        local_digest = state_digest(spec, local.row)
        local_uuid = str(local.row["uuid"])
        here = self.local.histories[spec.name].get(local_uuid)
        there = self.data.states.get(spec.name, {}).get(plan.file_uuid, [])
        if plan.digest == local_digest:
            plan.action = Action.SAME
        elif here is not None and plan.digest in here.states:
            plan.action = Action.KEEP
        elif local_digest in there:
            plan.action = Action.UPDATE
        else:
            plan.action = Action.CONFLICT
        plan.fill = self._fill(spec, plan.row, local.row)

    def _fill(
        self, spec: TableSpec, incoming: dict[str, Any], here: dict[str, Any]
    ) -> dict[str, Any]:
        """Personal columns empty here that the file fills (never over a value, never on a
        row whose personal data was erased on purpose)."""
        entry = personal_entry(spec.name)
        if entry is None or not self.data.manifest.personal_data:
            return {}
        if entry.erased_when and here.get(entry.erased_when) is not None:
            return {}
        return {
            name: incoming[name]
            for name in personal_columns(spec.name, here)
            if not here.get(name) and incoming.get(name)
        }

    # --- unique keys ---------------------------------------------------------------------------

    def _settle_unique_keys(self, spec: TableSpec, plans: list[RowPlan]) -> None:
        """Resolve every clash of unique keys between the file's rows and this side's; each
        round settles all clashes found, the next checks what that changed."""
        for _round in range(10):
            clashes = self._clashes(spec, plans)
            if not clashes:
                return
            free: dict[tuple[Any, ...], set[Any]] = {}
            for key, owners in clashes:
                self._resolve(spec, key, owners, plans, free)
        first, second = self._clashes(spec, plans)[0][1][:2]
        raise self._refuse(spec, _uuid(first), _uuid(second), spec.uniques[0])

    def _final_rows(
        self, spec: TableSpec, plans: list[RowPlan]
    ) -> list[tuple[Any, dict[str, Any]]]:
        """(owner, row as it will be) for every record of the table in this campaign."""
        touched = {str(plan.local.row["uuid"]) for plan in plans if plan.local is not None}
        final: list[tuple[Any, dict[str, Any]]] = [(plan, plan.final_row()) for plan in plans]
        final += [
            (local, local.row)
            for uuid, local in self.local.rows[spec.name].items()
            if uuid not in touched
        ]
        return final

    def _clashes(
        self, spec: TableSpec, plans: list[RowPlan]
    ) -> list[tuple[tuple[str, ...], list[Any]]]:
        """The groups of records that would share a unique key, for the first key that has
        any."""
        final = self._final_rows(spec, plans)
        for key in spec.uniques:
            index: dict[tuple[Any, ...], list[Any]] = {}
            for owner, row in final:
                values = tuple(row[column] for column in key)
                if any(value is None for value in values):
                    continue
                index.setdefault(values, []).append(owner)
            if len(key) == 1 and (spec.name, key[0]) in self.local.taken:
                # A key unique in the whole table: values of rows outside this campaign.
                mine = {local.row[key[0]] for local in self.local.rows[spec.name].values()}
                for value in self.local.taken[(spec.name, key[0])] - mine:
                    index.setdefault((value,), []).append("elsewhere")
            clashes = [(key, owners) for owners in index.values() if len(owners) > 1]
            if clashes:
                return clashes
        return []

    def _resolve(
        self,
        spec: TableSpec,
        key: tuple[str, ...],
        owners: list[Any],
        plans: list[RowPlan],
        free: dict[tuple[Any, ...], set[Any]],
    ) -> None:
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
                self._renumber(spec, plan, key, renumbered[0], plans, free)
            return
        here = [o for o in owners if isinstance(o, LocalRow)]
        if len(here) != 1 or len(owners) != 2:
            raise self._refuse(spec, _uuid(owners[0]), _uuid(owners[1]), key)
        plan, local = incoming[0], here[0]
        self.alias[spec.name][plan.file_uuid] = str(local.row["uuid"])
        plan.aliased = True
        self._match(spec, plan, local)

    def _renumber(
        self,
        spec: TableSpec,
        plan: RowPlan,
        key: tuple[str, ...],
        column: str,
        plans: list[RowPlan],
        free: dict[tuple[Any, ...], set[Any]],
    ) -> None:
        scope = tuple(c for c in key if c != column)
        cache_key = (column, *(plan.row[c] for c in scope))
        if cache_key not in free:
            free[cache_key] = {
                row[column]
                for _owner, row in self._final_rows(spec, plans)
                if all(row[c] == plan.row[c] for c in scope)
            } | self.local.taken.get((spec.name, column), set())
        values = free[cache_key]
        before = plan.row[column]
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
                            for owner, row in self._final_rows(spec, plans)
                            if owner is not plan and row[column] == before
                        ),
                        plan,
                    )
                    raise self._refuse(spec, plan.file_uuid, _uuid(other), key)
                if after not in values:
                    break
                number += 1
        values.add(after)
        plan.row = {**plan.row, column: after}
        plan.digest = state_digest(spec, plan.row)
        self.renamings.append(
            Renaming(spec.name, plan.file_uuid, label_of(plan.row), column, before, after)
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
                name=self.data.file_name,
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
        here_row = plan.local.row
        skipped = set(META) | set(spec.binary) | set(personal_columns(spec.name, here_row))
        columns = tuple(
            name
            for name in spec.columns
            if name not in skipped and here_row.get(name) != plan.row.get(name)
        )
        return Conflict(
            plan=plan,
            label=label_of(here_row),
            columns=columns,
            here={name: here_row.get(name) for name in columns},
            incoming={name: plan.row.get(name) for name in columns},
        )


def _uuid(owner: Any) -> str:
    if isinstance(owner, RowPlan):
        return owner.file_uuid
    if isinstance(owner, LocalRow):
        return str(owner.row["uuid"])
    return str(owner)
