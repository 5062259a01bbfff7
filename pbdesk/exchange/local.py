"""A campaign's rows read from the database in their file form (references as uuids).

The export writes them; the import compares them with the file. Which rows belong to the
campaign is one SQL sub-select per table, built from the layout: a table's rows are those
whose owning foreign key is among its parent's rows, down from ``campaign``; a shared
table's rows are those some travelling row refers to. No id list is held in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, false, func, select, union

from pbdesk.exchange.tables import ROOT, Layout, TableSpec, encode

BATCH = 500


@dataclass(slots=True)
class LocalRow:
    id: int
    version: int
    uuid: str
    #: The row in file form; None once an import plan no longer needs it (``forget``).
    row: dict[str, Any] | None
    #: Byte sizes of binary columns (None: NULL); None for a table without binary columns.
    sizes: dict[str, int | None] | None = None

    @property
    def content(self) -> dict[str, Any]:
        """The row in file form (only while it is kept)."""
        assert self.row is not None, "the row was forgotten"
        return self.row

    def forget(self) -> None:
        self.row = None


def member_name(spec: TableSpec, uuid: str, column: str) -> str:
    """Where a binary value travels: ``attachments/<uuid>`` (``.<column>`` when the table has
    several binary columns)."""
    return f"attachments/{uuid}" if len(spec.binary) == 1 else f"attachments/{uuid}.{column}"


class RowReader:
    """Reads travelling rows, translating foreign keys to uuids (with a cache of id → uuid)."""

    def __init__(self, connection: Connection, layout: Layout) -> None:
        self.connection = connection
        self.layout = layout
        self.uuids: dict[str, dict[int, str]] = {spec.name: {} for spec in layout.tables}
        self._scopes: dict[str, Select[Any]] = {}

    # --- which rows ------------------------------------------------------------------------

    def scope(self, spec: TableSpec, campaign_id: int) -> Select[Any]:
        """``SELECT id`` of the rows of ``spec`` that travel with campaign ``campaign_id``."""
        key = f"{spec.name}:{campaign_id}"
        if key in self._scopes:
            return self._scopes[key]
        table = spec.table
        if spec.name == ROOT:
            query = select(table.c.id).where(table.c.id == campaign_id)
        elif spec.owners:
            owner = spec.owners[0]
            parent = self.layout[owner.target]
            query = select(table.c.id).where(
                table.c[owner.column].in_(self.scope(parent, campaign_id))
            )
        else:
            referrers = [
                select(other.table.c[reference.column]).where(
                    other.table.c.id.in_(self.scope(other, campaign_id))
                )
                for other in self.layout.tables
                if other.name != spec.name
                for reference in other.references
                if reference.target == spec.name
            ]
            query = (
                select(table.c.id).where(table.c.id.in_(union(*referrers)))
                if referrers
                else select(table.c.id).where(false())
            )
        self._scopes[key] = query
        return query

    # --- reading ---------------------------------------------------------------------------

    def read(self, spec: TableSpec, where: Any) -> list[LocalRow]:
        """The rows of ``spec`` matching ``where``, in file form, sorted by uuid."""
        table = spec.table
        plain = [name for name in spec.columns if name not in spec.binary]
        columns: list[Any] = [table.c.id, *(table.c[name] for name in plain)]
        columns += [func.length(table.c[name]).label(f"_size_{name}") for name in spec.binary]
        raw_rows = self.connection.execute(select(*columns).where(where)).all()
        missing: dict[str, set[int]] = {}
        for raw in raw_rows:
            mapping = raw._mapping
            self.uuids[spec.name][mapping["id"]] = mapping["uuid"]
            for reference in spec.references:
                target_id = mapping[reference.column]
                if target_id is not None and target_id not in self.uuids[reference.target]:
                    missing.setdefault(reference.target, set()).add(target_id)
        for target, ids in missing.items():
            self._fetch_uuids(target, sorted(ids))
        rows = []
        for raw in raw_rows:
            mapping = raw._mapping
            row: dict[str, Any] = {}
            for name in plain:
                value = mapping[name]
                link = spec.reference(name)
                if link is not None:
                    row[name] = None if value is None else self.uuids[link.target][value]
                else:
                    row[name] = encode(table.c[name].type, value)
            sizes: dict[str, int | None] | None = None
            for name in spec.binary:
                size = mapping[f"_size_{name}"]
                sizes = sizes if sizes is not None else {}
                sizes[name] = None if size is None else int(size)
                row[name] = None if size is None else member_name(spec, row["uuid"], name)
            rows.append(LocalRow(mapping["id"], mapping["version"], str(row["uuid"]), row, sizes))
        del raw_rows
        rows.sort(key=lambda local: local.uuid)
        return rows

    def read_scope(self, spec: TableSpec, campaign_id: int) -> list[LocalRow]:
        return self.read(spec, spec.table.c.id.in_(self.scope(spec, campaign_id)))

    def read_uuids(self, spec: TableSpec, uuids: Sequence[str]) -> list[LocalRow]:
        found: list[LocalRow] = []
        for start in range(0, len(uuids), BATCH):
            found += self.read(spec, spec.table.c.uuid.in_(list(uuids[start : start + BATCH])))
        return found

    def _fetch_uuids(self, table_name: str, ids: Sequence[int]) -> None:
        spec = self.layout[table_name]
        for start in range(0, len(ids), BATCH):
            for row_id, uuid in self.connection.execute(
                select(spec.table.c.id, spec.table.c.uuid).where(
                    spec.table.c.id.in_(list(ids[start : start + BATCH]))
                )
            ):
                self.uuids[table_name][row_id] = uuid

    def existing_uuids(self, spec: TableSpec, uuids: Iterable[str]) -> dict[str, int]:
        """Which of ``uuids`` are rows of ``spec`` anywhere in the database (uuid → id)."""
        wanted = sorted(set(uuids))
        found: dict[str, int] = {}
        for start in range(0, len(wanted), BATCH):
            for row_id, uuid in self.connection.execute(
                select(spec.table.c.id, spec.table.c.uuid).where(
                    spec.table.c.uuid.in_(wanted[start : start + BATCH])
                )
            ):
                found[uuid] = row_id
        return found

    def count_scope(self, spec: TableSpec, campaign_id: int) -> tuple[int, int]:
        """(rows, bytes of binary values) of the campaign in ``spec``."""
        table = spec.table
        where = table.c.id.in_(self.scope(spec, campaign_id))
        count = self.connection.execute(select(func.count()).where(where)).scalar() or 0
        size = 0
        for name in spec.binary:
            size += int(
                self.connection.execute(
                    select(func.coalesce(func.sum(func.length(table.c[name])), 0)).where(where)
                ).scalar()
                or 0
            )
        return int(count), size
