"""Moving a whole workspace between databases: SQLite ↔ PostgreSQL, both ways.

``copy_database(source, target)`` opens both (the target is created at the newest schema,
the source upgraded if it is older), refuses a target that already holds records, then
copies every table of the schema, parents first, ids and all, in one transaction on the
target: reading from one consistent snapshot of the source, binary values streamed in chunks.
At the end the rows of every table (and the bytes of binary columns) are counted on both
sides; any difference rolls the copy back. PostgreSQL's id sequences are moved past the
copied ids so that new records get fresh ones.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.engine import URL

from pbdesk.domain.errors import DomainError
from pbdesk.i18n import translate
from pbdesk.store.blobs import binary_columns, blob_placeholder, read_blob, write_blob
from pbdesk.store.database import Database, DatabaseError, open_database
from pbdesk.store.transactions import read_snapshot, write_transaction

BATCH = 1000
Progress = Callable[[int, int], None]


class CopyError(DomainError):
    """The copy was refused or failed; the target holds nothing of it."""


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    #: table → rows copied (checked equal on both sides).
    counts: dict[str, int]
    binary_bytes: int

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def _tables() -> list[Table]:
    from pbdesk.store.models import Base

    return list(Base.metadata.sorted_tables)


def copy_database(
    source: str | os.PathLike[str] | URL | None,
    target: str | os.PathLike[str] | URL,
    *,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy the whole database at ``source`` into the empty database at ``target``."""
    origin = open_database(source, create=False)
    try:
        destination = open_database(target)
    except BaseException:
        origin.close()
        raise
    try:
        if origin.display_name() == destination.display_name():
            raise CopyError(translate("Copy", "The source and the target are the same database."))
        return _copy(origin, destination, progress)
    finally:
        origin.close()
        destination.close()


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar() or 0)


def _binary_bytes(connection: Connection, table: Table) -> int:
    total = 0
    for name in binary_columns(table):
        total += int(
            connection.execute(
                select(func.coalesce(func.sum(func.length(table.c[name])), 0))
            ).scalar()
            or 0
        )
    return total


def _copy(origin: Database, destination: Database, progress: Progress | None) -> CopyReport:
    tables = _tables()
    with write_transaction(destination.engine) as target:
        busy = [table.name for table in tables if _count(target, table)]
        if busy:
            raise CopyError(
                translate(
                    "Copy",
                    "The database «{name}» already holds records (table «{table}»); copy into "
                    "an empty database. Nothing was changed.",
                ).format(name=destination.display_name(), table=busy[0])
            )
        with read_snapshot(origin.engine) as source:
            counts = {table.name: _count(source, table) for table in tables}
            total = sum(counts.values())
            done = 0
            for table in tables:
                done = _copy_table(source, target, table, done, total, progress)
            if target.dialect.name == "postgresql":
                for table in tables:
                    if "id" in table.columns:
                        target.execute(
                            text(
                                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"
                            )
                        )
            copied = {table.name: _count(target, table) for table in tables}
            source_bytes = sum(_binary_bytes(source, table) for table in tables)
            target_bytes = sum(_binary_bytes(target, table) for table in tables)
            if copied != counts or source_bytes != target_bytes:
                wrong = next(
                    (name for name in counts if counts[name] != copied[name]), "attachment"
                )
                raise CopyError(
                    translate(
                        "Copy",
                        "The copy was undone: table «{table}» has {copied} records in the "
                        "target and {count} in the source.",
                    ).format(table=wrong, copied=copied.get(wrong), count=counts.get(wrong))
                )
    return CopyReport(
        source=origin.display_name(),
        target=destination.display_name(),
        counts=counts,
        binary_bytes=source_bytes,
    )


def _copy_table(
    source: Connection,
    target: Connection,
    table: Table,
    done: int,
    total: int,
    progress: Progress | None,
) -> int:
    binary = binary_columns(table)
    plain = [column for column in table.columns if column.name not in binary]
    sizes = [func.length(table.c[name]).label(f"_size_{name}") for name in binary]
    result = source.execution_options(yield_per=BATCH).execute(
        select(*plain, *sizes).order_by(*table.primary_key.columns)
    )
    for rows in result.partitions():
        if not binary:
            target.execute(insert(table), [dict(row._mapping) for row in rows])
        else:
            for row in rows:
                _copy_binary_row(source, target, table, dict(row._mapping), binary)
        done += len(rows)
        if progress is not None:
            progress(done, total)
    return done


def _copy_binary_row(
    source: Connection,
    target: Connection,
    table: Table,
    values: dict[str, Any],
    binary: list[str],
) -> None:
    sizes = {name: values.pop(f"_size_{name}") for name in binary}
    for name, size in sizes.items():
        values[name] = None if size is None else blob_placeholder(target, int(size))
    target.execute(insert(table).values(values))
    for name, size in sizes.items():
        if size:
            write_blob(
                target,
                table,
                name,
                values["id"],
                read_blob(source, table, name, values["id"], int(size)),
                int(size),
            )


__all__ = ["CopyError", "CopyReport", "DatabaseError", "copy_database"]
