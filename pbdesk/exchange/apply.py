"""Carrying out an ``ImportPlan``: one transaction, all or nothing.

Tables are written parents first. New records keep their uuid, version and times and get new
ids; references are turned back from uuids into this database's ids. Records taken from the
file are updated only if they are still as the plan saw them (``WHERE version = …``): a
change made meanwhile (a colleague on the shared server) stops the import, which then
changes nothing. Attachments are streamed from the zip into the database and checked against
the manifest on the way; a mismatch, an error or a cancel rolls everything back.

The records the file adds are not held by the plan: each table's are read from the file again
(its members checked against the checksums the plan saw), given the plan's ``changes``, and
inserted in batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError
from pbdesk.exchange.archive import is_data_member, open_archive
from pbdesk.exchange.data import ProjectReader, columns_of, complete
from pbdesk.exchange.errors import Cancel, MergeRefused, Progress, Steps
from pbdesk.exchange.plan import Action, ImportPlan, RowPlan
from pbdesk.exchange.rules import personal_columns, personal_entry
from pbdesk.exchange.states import StatesEntry, merged, save_states
from pbdesk.exchange.tables import META, ROOT, Layout, TableSpec, current_layout, decode
from pbdesk.i18n import translate
from pbdesk.store.backups import ERASURE_ACTION
from pbdesk.store.blobs import blob_placeholder, write_blob
from pbdesk.store.database import Database
from pbdesk.store.transactions import write_transaction

if TYPE_CHECKING:
    from pbdesk.exchange.archive import ProjectArchive

BYTES_PER_STEP = 64 * 1024
INSERT_BATCH = 1000


@dataclass(frozen=True)
class ImportResult:
    campaign_id: int
    campaign_uuid: str
    campaign_name: str
    new_campaign: bool
    added: int
    updated: int
    #: Conflicts where this database's version stayed, and where the file's was taken.
    kept: int
    taken: int
    attachments: int


class _Stale(Exception):
    """A record changed since the plan was made."""


def apply_import(
    database: Database,
    plan: ImportPlan,
    *,
    author: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Import ``plan`` (from ``plan_import``) into ``database``; nothing changes on error."""
    layout = current_layout()
    attachments = [
        (plan_row, member)
        for plan_row in plan.plans()
        if plan_row.writes_file_row
        for member in _members(layout[plan_row.table], plan_row)
    ]
    byte_steps = sum(
        plan.manifest.members[member].size // BYTES_PER_STEP for _p, member in attachments
    )
    steps = Steps(sum(len(rows) for rows in plan.rows.values()) + byte_steps, progress, cancel)
    with open_archive(plan.path, plan.limits) as archive:
        manifest = archive.manifest()
        data_members = {n: i for n, i in manifest.members.items() if is_data_member(n)}
        if data_members != plan.data_members:
            raise _changed_since(plan)
        reader = ProjectReader(archive, manifest, layout)
        try:
            with write_transaction(database.engine) as connection:
                campaign_id = _write(connection, layout, plan, reader, steps, author)
        except _Stale as error:
            raise _changed_since(plan) from error
        except (KeyError, TypeError, ValueError) as error:
            # Records read again from the file are checked by their member's checksum, at
            # its end; a change that breaks a record before that point surfaces here.
            if _data_changed(archive, plan):
                raise _changed_since(plan) from error
            raise
        except IntegrityError as error:
            raise MergeRefused(
                translate(
                    "ProjectFile",
                    "«{name}» could not be imported: the database refused a record ({reason}). "
                    "Nothing was changed.",
                ).format(name=plan.file_name, reason=_first_line(error.orig))
            ) from error
        except DBAPIError as error:
            raise MergeRefused(
                translate(
                    "ProjectFile", "«{name}» could not be imported: {reason}. Nothing was changed."
                ).format(name=plan.file_name, reason=_first_line(error.orig))
            ) from error
    steps.finish()
    conflicts = [p for p in plan.plans() if p.action is Action.CONFLICT]
    return ImportResult(
        campaign_id=campaign_id,
        campaign_uuid=plan.campaign_uuid,
        campaign_name=plan.campaign_name,
        new_campaign=plan.new_campaign,
        added=plan.count(Action.ADD),
        updated=plan.count(Action.UPDATE) + sum(1 for p in conflicts if p.take_file),
        kept=sum(1 for p in conflicts if not p.take_file),
        taken=sum(1 for p in conflicts if p.take_file),
        attachments=len(attachments),
    )


def _first_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _changed_since(plan: ImportPlan) -> MergeRefused:
    return MergeRefused(
        translate(
            "ProjectFile",
            "The database or «{name}» changed since the summary was made; nothing was imported. "
            "Make the summary again.",
        ).format(name=plan.file_name)
    )


def _data_changed(archive: ProjectArchive, plan: ImportPlan) -> bool:
    """True when a data member no longer matches the checksum the plan was made with."""
    for member, expected in plan.data_members.items():
        try:
            archive.verify(member, expected)
        except DomainError:
            return True
    return False


def _members(spec: TableSpec, plan_row: RowPlan) -> list[str]:
    """The attachment members a record of the file brings (the plan keeps the rows of
    tables with binary columns)."""
    if not spec.binary or plan_row.row is None:
        return []
    return [plan_row.row[column] for column in spec.binary if plan_row.row[column] is not None]


def _values(
    spec: TableSpec, row: dict[str, Any], ids: dict[str, dict[str, int]], columns: Iterable[str]
) -> dict[str, Any]:
    """Database values for ``columns`` of a file row (uuids turned into ids)."""
    info = columns_of(spec)
    values: dict[str, Any] = {}
    for name in columns:
        value = row[name]
        column = info[name]
        if column.reference is not None:
            values[name] = None if value is None else ids[column.reference.target][value]
        else:
            values[name] = decode(column.type, value, column.nullable)
    return values


def _write(
    connection: Connection,
    layout: Layout,
    plan: ImportPlan,
    reader: ProjectReader,
    steps: Steps,
    author: str,
) -> int:
    ids: dict[str, dict[str, int]] = {spec.name: {} for spec in layout.tables}
    for spec in layout.tables:
        plans = plan.rows[spec.name]
        for plan_row in plans:
            if plan_row.local is not None:
                ids[spec.name][plan_row.file_uuid] = plan_row.local.id
                ids[spec.name][plan_row.local.uuid] = plan_row.local.id
        plain = [name for name in spec.columns if name not in spec.binary]
        # Updates first: a record taken from the file may free a label (a stack renamed on
        # the other side after a merge) that a record added next takes.
        for plan_row in plans:
            if plan_row.action is Action.ADD:
                continue
            _update(connection, spec, plan_row, ids, plain, plan, reader.archive, steps)
            steps.advance()
        added = {p.file_uuid: p for p in plans if p.action is Action.ADD}
        if added:
            _insert(connection, spec, added, ids, plain, plan, reader, steps)
        _save_states(connection, spec, plan, plans)
    campaign_id = ids[ROOT][plan.campaign_uuid]
    changed = any(
        p.action in (Action.ADD, Action.UPDATE, Action.CONFLICT) or p.fill for p in plan.plans()
    )
    if not plan.new_campaign and changed:
        _journal(connection, plan, campaign_id, author)
    return campaign_id


def _added_rows(
    spec: TableSpec, added: dict[str, RowPlan], reader: ProjectReader, plan: ImportPlan
) -> Iterator[tuple[RowPlan, dict[str, Any]]]:
    """The records the file adds to ``spec``, read from the file again with the plan's
    changes. The file was checked when planned and its members still match (or the
    checksum check at the end of a member rolls the import back)."""
    found = 0
    try:
        for raw in reader.raw_rows(spec.name):
            plan_row = added.get(raw["uuid"])
            if plan_row is None:
                continue
            row = complete(spec, raw)
            if plan_row.changes:
                row.update(plan_row.changes)
            found += 1
            yield plan_row, row
    except (KeyError, TypeError, ValueError) as error:
        raise _Stale() from error
    if found != len(added):
        raise _Stale()


def _insert(
    connection: Connection,
    spec: TableSpec,
    added: dict[str, RowPlan],
    ids: dict[str, dict[str, int]],
    plain: list[str],
    plan: ImportPlan,
    reader: ProjectReader,
    steps: Steps,
) -> None:
    manifest = plan.manifest
    if spec.binary:
        for plan_row, row in _added_rows(spec, added, reader, plan):
            values = _values(spec, row, ids, plain)
            sizes = {}
            for column in spec.binary:
                member = row[column]
                if member is not None:
                    sizes[column] = manifest.members[member].size
                    values[column] = blob_placeholder(connection, sizes[column])
            new_id = connection.execute(
                insert(spec.table).values(values).returning(spec.table.c.id)
            ).scalar_one()
            ids[spec.name][plan_row.file_uuid] = new_id
            _fill_blobs(connection, spec, new_id, row, sizes, plan, reader.archive, steps)
            steps.advance()
        return
    batch: list[dict[str, Any]] = []
    # Ids come back only where a later record needs them: other tables' inserts are plain
    # batches (executemany), much faster.
    referred = spec.name == ROOT or any(
        reference.target == spec.name
        for other in current_layout().tables
        for reference in other.references
    )

    def flush() -> None:
        if referred:
            result = connection.execute(
                insert(spec.table).returning(
                    spec.table.c.id, spec.table.c.uuid, sort_by_parameter_order=True
                ),
                batch,
            )
            for new_id, uuid in result:
                ids[spec.name][uuid] = new_id
        else:
            connection.execute(insert(spec.table), batch)
        steps.advance(len(batch))
        batch.clear()

    for _plan_row, row in _added_rows(spec, added, reader, plan):
        batch.append(_values(spec, row, ids, plain))
        if len(batch) >= INSERT_BATCH:
            flush()
    if batch:
        flush()


def _update(
    connection: Connection,
    spec: TableSpec,
    plan_row: RowPlan,
    ids: dict[str, dict[str, int]],
    plain: list[str],
    plan: ImportPlan,
    archive: ProjectArchive,
    steps: Steps,
) -> None:
    local = plan_row.local
    assert local is not None
    values: dict[str, Any] = {}
    sizes: dict[str, int] = {}
    if plan_row.writes_file_row:
        row, here = plan_row.row, local.row
        assert row is not None and here is not None
        personal = set(personal_columns(spec.name, row)) | set(personal_columns(spec.name, here))
        columns = [name for name in plain if name not in META and name not in personal]
        values = _values(spec, row, ids, columns)
        entry = personal_entry(spec.name)
        if (
            entry is not None
            and entry.erased_when
            and row.get(entry.erased_when) is not None
            and here.get(entry.erased_when) is None
        ):
            # Erased on the other side: the erasure travels, whatever the file holds.
            for name in entry.columns:
                values[name] = None if spec.table.c[name].nullable else ""
        column = spec.table.c.updated_at
        moment: datetime = decode(column.type, row["updated_at"], False)
        values["updated_at"] = max(moment, decode(column.type, here["updated_at"], False))
        for name in spec.binary:
            member = row[name]
            if member is None:
                values[name] = None
            else:
                sizes[name] = plan.manifest.members[member].size
                values[name] = blob_placeholder(connection, sizes[name])
    if plan_row.fill:
        values.update(_values(spec, plan_row.fill, ids, plan_row.fill))
    if not values:
        return
    values["version"] = local.version + 1
    result = connection.execute(
        update(spec.table)
        .where(spec.table.c.id == local.id, spec.table.c.version == local.version)
        .values(values)
    )
    if result.rowcount != 1:
        raise _Stale()
    if sizes:
        assert plan_row.row is not None
        _fill_blobs(connection, spec, local.id, plan_row.row, sizes, plan, archive, steps)


def _fill_blobs(
    connection: Connection,
    spec: TableSpec,
    row_id: int,
    row: dict[str, Any],
    sizes: dict[str, int],
    plan: ImportPlan,
    archive: ProjectArchive,
    steps: Steps,
) -> None:
    manifest = plan.manifest
    for column, size in sizes.items():
        member = row[column]

        def chunks(member: str = member) -> Iterable[bytes]:
            for chunk in archive.verified_chunks(member, manifest.members[member]):
                steps.advance(len(chunk) // BYTES_PER_STEP)
                yield chunk

        write_blob(connection, spec.table, column, row_id, chunks(), size)


def _save_states(
    connection: Connection, spec: TableSpec, plan: ImportPlan, plans: list[RowPlan]
) -> None:
    """Record the states the plan computed (the union of both sides' and the result)."""
    entries: dict[str, StatesEntry] = {}
    for plan_row in plans:
        if plan_row.states is None:
            continue
        uuid = plan_row.uuid
        text = plan_row.states
        if uuid in entries:
            # Two records of the file matched to one here: both histories.
            text = " ".join(merged(entries[uuid][3].split(), text.split()))
        entries[uuid] = (uuid, plan_row.history_id, plan_row.history_version, text)
    save_states(connection, spec.name, entries.values())


def _journal(connection: Connection, plan: ImportPlan, campaign_id: int, author: str) -> None:
    from pbdesk.workspace import journal

    conflicts = [p for p in plan.plans() if p.action is Action.CONFLICT]
    with Session(bind=connection) as session:
        journal.record(
            session,
            campaign_id,
            author,
            "exchange.merge",
            translate(
                "Journal",
                "Project file «{file}» merged: {added} records added, {updated} updated, "
                "{kept} conflicts kept as they were here, {taken} taken from the file.",
            ).format(
                file=plan.file_name,
                added=plan.count(Action.ADD),
                updated=plan.count(Action.UPDATE),
                kept=sum(1 for p in conflicts if not p.take_file),
                taken=sum(1 for p in conflicts if p.take_file),
            ),
            file=plan.file_name,
            made_at=plan.manifest.created_at,
        )
        erased = _erasures_taken(plan)
        if erased:
            # Dated now, here: the backups of this file made before now still hold the
            # details this import erased (pbdesk.store.backups.last_erasure).
            journal.record(
                session,
                campaign_id,
                author,
                ERASURE_ACTION,
                translate(
                    "Journal",
                    "Personal data of {count} residents erased (GDPR), as in the project file "
                    "«{file}».",
                ).format(count=erased, file=plan.file_name),
            )
        session.flush()


def _erasures_taken(plan: ImportPlan) -> int:
    """Residents whose personal data the file erased and this import erases here too."""
    return sum(
        1
        for p in plan.rows.get("person", [])
        if p.writes_file_row
        and p.local is not None
        and p.local.row is not None
        and p.row is not None
        and p.row.get("erased_at")
        and not p.local.row.get("erased_at")
    )
