"""Binary columns (attachments) read and written in chunks, so memory does not grow with them.

- SQLite: incremental blob I/O (``sqlite3.Connection.blobopen``) on the connection's own
  transaction. A row is first written with ``zeroblob(size)`` (``blob_placeholder``), then
  filled chunk by chunk.
- Other databases (PostgreSQL): reads slice the value with ``substr`` (4 MiB at a time);
  writes start from an empty value and append 8 MiB at a time with ``||``. PostgreSQL keeps
  a ``bytea`` whole on its side, so each append rewrites the value: 50 MB costs 7 appends.

Every function works inside the caller's transaction: nothing here commits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, LargeBinary, Table, bindparam, func, literal, select, update

READ_CHUNK = 4 * 1024 * 1024
SQLITE_CHUNK = 1024 * 1024
APPEND_CHUNK = 8 * 1024 * 1024


def binary_columns(table: Table) -> list[str]:
    """The columns of ``table`` that hold bytes."""
    return [column.name for column in table.columns if isinstance(column.type, LargeBinary)]


def _sqlite(connection: Connection) -> sqlite3.Connection | None:
    if connection.dialect.name != "sqlite":
        return None
    raw = connection.connection.dbapi_connection
    return raw if isinstance(raw, sqlite3.Connection) else None


def blob_length(connection: Connection, table: Table, column: str, row_id: int) -> int | None:
    """The size in bytes of the value, or None when it is NULL (or the row is gone)."""
    value = connection.execute(
        select(func.length(table.c[column])).where(table.c.id == row_id)
    ).scalar()
    return None if value is None else int(value)


def read_blob(
    connection: Connection, table: Table, column: str, row_id: int, size: int
) -> Iterator[bytes]:
    """The ``size`` bytes of the value, in chunks."""
    raw = _sqlite(connection)
    if raw is not None:
        with raw.blobopen(table.name, column, row_id, readonly=True) as blob:
            while True:
                chunk = blob.read(SQLITE_CHUNK)
                if not chunk:
                    return
                yield chunk
    start = 1
    while start <= size:
        piece = connection.execute(
            select(func.substr(table.c[column], start, READ_CHUNK, type_=LargeBinary)).where(
                table.c.id == row_id
            )
        ).scalar()
        if not piece:
            return
        yield bytes(piece)
        start += len(piece)


def blob_placeholder(connection: Connection, size: int) -> Any:
    """What to insert in a binary column before ``write_blob`` fills it."""
    if _sqlite(connection) is not None:
        return func.zeroblob(size)
    return literal(b"", LargeBinary)


def write_blob(
    connection: Connection,
    table: Table,
    column: str,
    row_id: int,
    chunks: Iterable[bytes],
    size: int,
) -> None:
    """Fill a value inserted with ``blob_placeholder(size)`` with ``chunks`` (``size`` bytes).

    Raises ``ValueError`` when the chunks do not add up to ``size``.
    """
    written = 0
    raw = _sqlite(connection)
    if raw is not None:
        with raw.blobopen(table.name, column, row_id, readonly=False) as blob:
            for chunk in chunks:
                if written + len(chunk) > size:
                    raise ValueError("more bytes than announced")
                blob.write(chunk)
                written += len(chunk)
    else:
        # Columns updated automatically on every UPDATE (``updated_at``) keep their value:
        # filling a value is part of writing the row, not a change of it.
        unchanged = {c.name: c for c in table.columns if c.onupdate is not None}
        statement = (
            update(table)
            .where(table.c.id == row_id)
            .values(
                {
                    **unchanged,
                    column: table.c[column].op("||")(bindparam("chunk", type_=LargeBinary)),
                }
            )
        )
        pending: list[bytes] = []
        pending_size = 0
        for chunk in chunks:
            if written + len(chunk) > size:
                raise ValueError("more bytes than announced")
            written += len(chunk)
            pending.append(chunk)
            pending_size += len(chunk)
            if pending_size >= APPEND_CHUNK:
                connection.execute(statement, {"chunk": b"".join(pending)})
                pending, pending_size = [], 0
        if pending:
            connection.execute(statement, {"chunk": b"".join(pending)})
    if written != size:
        raise ValueError("fewer bytes than announced")
