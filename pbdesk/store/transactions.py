"""Core-level transactions for whole-database jobs (project files, copies).

The app's units of work use ``Database.session()``. Jobs that read or write a whole campaign
at once need more precise guarantees:

- ``read_snapshot``: every query of the block sees the same committed state, even while
  others write (SQLite: an explicit ``BEGIN`` — the driver only opens transactions before
  writes — which pins a WAL snapshot; PostgreSQL: ``REPEATABLE READ``). Never commits.
- ``write_transaction``: one transaction, committed when the block ends and rolled back on
  error. On SQLite it starts with ``BEGIN IMMEDIATE``: the write lock is taken at once, so
  what the block reads first cannot be changed by another writer before it writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine


@contextmanager
def read_snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection whose queries all see one committed state; rolled back at the end."""
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN")
        elif connection.dialect.name == "postgresql":
            connection = connection.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        try:
            yield connection
        finally:
            connection.rollback()


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction: committed if the block ends normally, rolled back otherwise."""
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.rollback()
            raise
        connection.commit()
