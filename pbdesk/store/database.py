"""Opening a workspace database: choosing the file or server, upgrading, refusing the unknown.

``open_database`` is the only way the app, the command line and the tests get an engine:

- a path or any SQLAlchemy URL (``sqlite:///…``, ``postgresql+psycopg://…``);
- SQLite gets foreign keys, full fsync and a busy timeout on every connection, and the
  WAL journal once the file is known to be a pbdesk database (a refused file is not touched);
- a new database is created at the newest schema; an older one is copied aside
  (``name.before-0002.sqlite3``) then migrated with Alembic; one written by a newer pbdesk
  is refused untouched.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from pbdesk.domain.errors import ConcurrentEdit, DomainError
from pbdesk.i18n import translate
from pbdesk.store import schema

DATABASE_FILENAME = "pbdesk.sqlite3"
ENVIRONMENT_VARIABLE = "PBDESK_DB"


class DatabaseError(DomainError):
    """The database cannot be opened; the message says why in one sentence."""


def default_data_dir() -> Path:
    """The user's data folder (``%LOCALAPPDATA%\\pbdesk`` on Windows)."""
    from platformdirs import user_data_path

    return user_data_path("pbdesk", appauthor=False, ensure_exists=True)


def resolve_url(location: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` value, else ``$PBDESK_DB``, else the SQLite file in the user data folder."""
    if location is None:
        location = os.environ.get(ENVIRONMENT_VARIABLE) or None
    if location is None:
        return URL.create("sqlite", database=str(default_data_dir() / DATABASE_FILENAME))
    value = os.fspath(location)
    if "://" in value:
        try:
            return make_url(value)
        except ArgumentError as error:
            raise DatabaseError(
                translate("Database", "«{url}» is not a database address.").format(url=value)
            ) from error
    return URL.create("sqlite", database=str(Path(value).expanduser().resolve()))


def _sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


@dataclass
class Database:
    """An open workspace database. Use ``session()`` for one unit of work."""

    engine: Engine
    url: URL
    sessions: sessionmaker[Session]
    #: The copy kept before a migration, if this opening migrated the file.
    backup: Path | None = None
    #: What the opening's integrity check and backup did (pbdesk.store.backups.Protection).
    protection: Any = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        return _sqlite_file(self.url)

    def display_name(self) -> str:
        path = self.path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error.

        A record that someone else saved in the meantime (its version moved) raises
        ``ConcurrentEdit``: nothing of the transaction is written.
        """
        try:
            with self.sessions() as session, session.begin():
                yield session
        except StaleDataError as error:
            raise ConcurrentEdit(
                translate(
                    "Database",
                    "Someone else changed this record in the meantime; nothing was saved. "
                    "Reload it and enter your changes again.",
                )
            ) from error

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    location: str | os.PathLike[str] | URL | None = None, *, create: bool = True
) -> Database:
    """Open (creating or upgrading as needed) the workspace database at ``location``."""
    url = location if isinstance(location, URL) else resolve_url(location)
    path = _sqlite_file(url)
    if path is not None:
        if not path.exists() and not create:
            raise DatabaseError(
                translate("Database", "There is no database at «{path}».").format(path=path)
            )
        if path.exists() and not path.is_file():
            raise DatabaseError(
                translate("Database", "«{path}» is a folder, not a database file.").format(
                    path=path
                )
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        _check_sqlite_header(path)
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as error:
        raise DatabaseError(
            translate("Database", "Cannot use the database «{url}»: {reason}").format(
                url=url.render_as_string(hide_password=True), reason=_first_line(error)
            )
        ) from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
    database = Database(engine, url, sessionmaker(engine, expire_on_commit=False))
    try:
        database.backup = _bring_to_head(database)
        if database.is_sqlite:
            # Only now that the file is known to be ours: WAL is written into the file.
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode = WAL")
            from pbdesk.store.backups import protect

            database.protection = protect(database)
    except DBAPIError as error:
        engine.dispose()
        raise DatabaseError(
            translate("Database", "Cannot open the database «{name}»: {reason}").format(
                name=database.display_name(), reason=_first_line(error.orig)
            )
        ) from error
    except BaseException:
        engine.dispose()
        raise
    return database


def _first_line(error: object) -> str:
    """Drivers explain over several lines; the user gets one sentence."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _check_sqlite_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseError(
            translate("Database", "«{path}» is not a pbdesk database (not an SQLite file).").format(
                path=path
            )
        )


def current_revision(database: Database) -> str | None:
    """The schema revision written in the database, or None for an empty database."""
    with database.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            tables = inspect(connection).get_table_names()
            if tables:
                raise DatabaseError(
                    translate(
                        "Database", "«{name}» holds tables but is not a pbdesk database."
                    ).format(name=database.display_name())
                )
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _bring_to_head(database: Database) -> Path | None:
    revision = current_revision(database)
    if revision == schema.HEAD:
        return None
    if revision is None:
        _create_at_head(database)
        return None
    if revision not in schema.REVISIONS:
        raise DatabaseError(
            translate(
                "Database",
                "The database «{name}» was written by a newer pbdesk (schema {revision}); "
                "install the newer pbdesk to open it. It was not changed.",
            ).format(name=database.display_name(), revision=revision)
        )
    backup = _backup_before_migration(database, revision)
    migrate(database)
    return backup


def _create_at_head(database: Database) -> None:
    """A new database: create every table and record the newest revision in one transaction.

    Equivalent to running every migration (a test compares the two), without importing
    Alembic, which keeps the first start fast.
    """
    from pbdesk.store.models import Base

    with database.engine.begin() as connection:
        Base.metadata.create_all(connection)
        connection.execute(
            text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        )
        connection.execute(
            text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": schema.HEAD}
        )


def _backup_before_migration(database: Database, revision: str) -> Path | None:
    path = database.path
    if path is None:
        return None  # a server database is backed up by its administrator
    target = path.with_name(f"{path.stem}.before-{schema.HEAD}-from-{revision}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        with destination:
            source.backup(destination)
        destination.close()
    finally:
        source.close()
    return target


def migrate(database: Database, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` (the newest by default)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with database.engine.connect() as connection:
        if database.is_sqlite:
            # Table rebuilds (batch mode) must not cascade deletes; checked again below.
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        if database.is_sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.commit()
            if problems:
                raise DatabaseError(
                    translate(
                        "Database", "The migrated database has broken links: {problems}"
                    ).format(problems=problems[:3])
                )


def copy_file(source: Path, target: Path) -> None:
    """Copy a closed SQLite file (and nothing else) — used for throw-away demo copies."""
    shutil.copyfile(source, target)
