"""Opening a workspace: creating it, reopening it, and refusing what is not ours untouched."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from pbdesk.store import schema
from pbdesk.store.database import (
    DATABASE_FILENAME,
    ENVIRONMENT_VARIABLE,
    Database,
    DatabaseError,
    current_revision,
    open_database,
    resolve_url,
)
from pbdesk.store.models import Campaign

FRENCH_HINTS = ("n’est pas", "n'est pas", "base", "Impossible", "version plus récente")


def assert_french_sentence(message: str) -> None:
    """One sentence, in French (the tests run with PBDESK_LANG=fr)."""
    assert "\n" not in message
    assert any(hint in message for hint in FRENCH_HINTS), f"not French: {message!r}"
    assert " is not " not in message and " was " not in message, f"English: {message!r}"


def snapshot(path: Path) -> dict[str, bytes]:
    """The database file and any side file SQLite may have left beside it."""
    return {
        side.name: side.read_bytes()
        for side in sorted(path.parent.iterdir())
        if side.name.startswith(path.name)
    }


def add_campaign_row(database: Database, slug: str = "x-2026") -> None:
    with database.session() as session:
        session.add(
            Campaign(
                name="X",
                year=2026,
                slug=slug,
                envelope_cents=100,
                call_kind="aap",
                core_group_kind="other",
                decision_mode="vote",
            )
        )


def test_a_new_file_is_created_at_the_newest_schema(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "folder" / "workspace.sqlite3"
    database = open_database(path)
    try:
        assert path.is_file()
        assert database.path == path
        assert database.is_sqlite
        assert database.backup is None
        assert current_revision(database) == schema.HEAD
        assert database.display_name() == str(path)
    finally:
        database.close()


def test_sqlite_connections_have_wal_and_foreign_keys(tmp_path: Path) -> None:
    database = open_database(tmp_path / "w.sqlite3")
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        # Every session's connection, not only the first one.
        with database.session() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        database.close()


def test_foreign_keys_are_enforced_and_cascade(any_database: Database) -> None:
    from pbdesk.store.models import Territory

    add_campaign_row(any_database)
    with any_database.session() as session:
        campaign = session.scalars(select(Campaign)).one()
        session.add(Territory(campaign_id=campaign.id, name="Air Bel"))
    with any_database.engine.begin() as connection:
        connection.execute(text("DELETE FROM campaign"))
        assert connection.execute(text("SELECT count(*) FROM territory")).scalar() == 0
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), any_database.session() as session:
        session.add(Territory(campaign_id=999_999, name="Orphan"))


def test_reopening_keeps_the_data_and_does_not_migrate(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    database = open_database(path)
    add_campaign_row(database)
    database.close()
    again = open_database(path)
    try:
        assert again.backup is None
        with again.session() as session:
            assert session.scalars(select(Campaign.slug)).all() == ["x-2026"]
        assert [p.name for p in tmp_path.iterdir() if "before" in p.name] == []
    finally:
        again.close()


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    database = open_database(path)
    try:
        assert current_revision(database) == schema.HEAD
    finally:
        database.close()


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff garbage \x13\x37" * 300,
        b"name;envelope\nAir Bel;95000\n",
        b"SQLite format 2\x00" + b"\x00" * 2000,
        b"abc",
    ],
    ids=["garbage", "csv", "almost-sqlite", "tiny"],
)
def test_a_file_that_is_not_sqlite_is_refused_and_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    before = snapshot(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert str(path) in caught.value.message
    assert_french_sentence(caught.value.message)
    assert snapshot(path) == before


def make_foreign_sqlite(path: Path) -> None:
    """An SQLite file some other program wrote (rollback journal, as SQLite's default)."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.execute("INSERT INTO recipes VALUES ('ratatouille')")
    connection.commit()
    connection.close()


def test_a_foreign_sqlite_database_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "recipes.sqlite3"
    make_foreign_sqlite(path)
    before = snapshot(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert_french_sentence(caught.value.message)
    assert snapshot(path) == before, (
        "BUG (pbdesk/store/database.py): the refused file was modified — the connect hook "
        "switches it to WAL (PRAGMA journal_mode) before the file is recognised"
    )


def stamp_newer(database: Database, revision: str = "9999_from_the_future") -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": revision})


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_database_from_a_newer_pbdesk_is_refused_and_unchanged(
    tmp_path: Path, journal: str
) -> None:
    path = tmp_path / "newer.sqlite3"
    database = open_database(path)
    add_campaign_row(database)
    stamp_newer(database)
    database.close()
    if journal == "delete":  # e.g. a copy made by a newer pbdesk's demo or backup
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.close()
    before = snapshot(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    message = caught.value.message
    assert "9999_from_the_future" in message
    assert str(path) in message
    assert_french_sentence(message)
    assert snapshot(path) == before, (
        "BUG (pbdesk/store/database.py): a database from a newer pbdesk was modified although "
        "the message says it was not — the connect hook sets PRAGMA journal_mode = WAL"
    )
    assert not [p for p in tmp_path.iterdir() if "before" in p.name]  # no backup either


def test_a_server_database_from_a_newer_pbdesk_is_refused(any_database: Database) -> None:
    add_campaign_row(any_database)
    stamp_newer(any_database)
    url = any_database.url
    with pytest.raises(DatabaseError) as caught:
        open_database(url)
    assert "9999_from_the_future" in caught.value.message
    with any_database.session() as session:
        assert session.scalars(select(Campaign.slug)).all() == ["x-2026"]
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_from_the_future"
        )


def test_create_false_refuses_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite3"
    with pytest.raises(DatabaseError) as caught:
        open_database(path, create=False)
    assert_french_sentence(caught.value.message)
    assert not path.exists()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(tmp_path)
    assert_french_sentence(caught.value.message)


@pytest.mark.parametrize("url", ["nosuchdb://somewhere/base", "postgresql+nodriver://h/db"])
def test_an_unusable_url_is_refused_in_one_sentence(url: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(url)
    assert_french_sentence(caught.value.message)


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_server_is_refused_in_one_sentence(unused_port: int) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(f"postgresql+psycopg://agent:s3cret@127.0.0.1:{unused_port}/nothing")
    message = caught.value.message
    assert "s3cret" not in message  # the password is never shown
    assert f"127.0.0.1:{unused_port}" in message
    assert "\n" not in message, (
        "BUG (pbdesk/store/database.py open_database): the driver's multi-line reason is "
        f"copied as is; collapse its whitespace: {message!r}"
    )
    assert_french_sentence(message)


def test_resolve_url_from_a_path_is_an_absolute_sqlite_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = resolve_url("relative.sqlite3")
    assert url.get_backend_name() == "sqlite"
    assert url.database == str(tmp_path / "relative.sqlite3")
    assert resolve_url(tmp_path / "p.sqlite3").database == str(tmp_path / "p.sqlite3")


def test_resolve_url_keeps_server_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENVIRONMENT_VARIABLE, raising=False)
    url = resolve_url("postgresql+psycopg://team:secret@server:5432/pbdesk")
    assert url.get_backend_name() == "postgresql"
    assert url.host == "server" and url.database == "pbdesk"


def test_pbdesk_db_environment_variable_is_used_when_no_location_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(tmp_path / "from-env.sqlite3"))
    assert resolve_url().database == str(tmp_path / "from-env.sqlite3")
    # An explicit --db wins over the environment.
    assert resolve_url(tmp_path / "explicit.sqlite3").database == str(tmp_path / "explicit.sqlite3")


def test_default_is_a_file_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENVIRONMENT_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "data"))
    database_path = Path(str(resolve_url().database))
    assert database_path.name == DATABASE_FILENAME
    assert database_path.parent.name == "pbdesk"
    assert database_path.parent.is_dir()
    assert str(tmp_path) in os.fspath(database_path)
