"""The schema a new database gets equals the migrations' schema; old databases are migrated
after a backup copy; the revision list matches the scripts."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

import pbdesk.store.database as database_module
from pbdesk.domain.campaign import FrameInput, TerritoryInput
from pbdesk.store import schema
from pbdesk.store.database import (
    Database,
    DatabaseError,
    _backup_before_migration,
    current_revision,
    migrate,
    open_database,
)
from pbdesk.store.models import Base, Campaign, Territory

MIGRATIONS = Path(database_module.__file__).parent / "migrations"


def bare_database(url: str) -> Database:
    """A Database over an empty store, without the create-at-head shortcut."""
    parsed = make_url(url)
    engine = create_engine(parsed)
    return Database(engine, parsed, sessionmaker(engine, expire_on_commit=False))


def empty_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def differences(engine: Engine) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def _normal(sql: Any) -> str:
    return " ".join(str(sql).replace('"', "").split()).lower().strip("()")


def schema_snapshot(engine: Engine) -> dict[str, Any]:
    """Everything the inspector sees, in a form that does not depend on creation order."""
    inspector = inspect(engine)
    tables: dict[str, Any] = {}
    for table in sorted(inspector.get_table_names()):
        if table == "alembic_version":
            continue
        tables[table] = {
            "columns": {
                column["name"]: (str(column["type"]).upper(), column["nullable"])
                for column in inspector.get_columns(table)
            },
            "pk": (
                inspector.get_pk_constraint(table)["name"],
                tuple(inspector.get_pk_constraint(table)["constrained_columns"]),
            ),
            "fks": sorted(
                (
                    fk["name"],
                    tuple(fk["constrained_columns"]),
                    fk["referred_table"],
                    tuple(fk["referred_columns"]),
                    (fk.get("options") or {}).get("ondelete"),
                )
                for fk in inspector.get_foreign_keys(table)
            ),
            "indexes": sorted(
                (ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                for ix in inspector.get_indexes(table)
            ),
            "uniques": sorted(
                (uq["name"], tuple(uq["column_names"]))
                for uq in inspector.get_unique_constraints(table)
            ),
            "checks": sorted(
                (ck["name"], _normal(ck["sqltext"]))
                for ck in inspector.get_check_constraints(table)
            ),
        }
    return tables


def test_revisions_list_matches_the_migration_scripts() -> None:
    scripts = ScriptDirectory(str(MIGRATIONS))
    chain = [script.revision for script in scripts.walk_revisions()]  # newest first
    assert tuple(reversed(chain)) == schema.REVISIONS
    assert scripts.get_heads() == [schema.HEAD]
    assert schema.REVISIONS[-1] == schema.HEAD
    for script in scripts.walk_revisions():
        assert Path(script.path).name.startswith(script.revision)


def test_create_at_head_equals_the_migrated_schema(any_database: Database, tmp_path: Path) -> None:
    """A new database skips Alembic; it must end up exactly as running every migration."""
    created = any_database
    assert current_revision(created) == schema.HEAD
    assert differences(created.engine) == []
    created_snapshot = schema_snapshot(created.engine)

    if created.is_sqlite:
        migrated = bare_database(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    else:
        url = created.url.render_as_string(hide_password=False)
        created.close()
        empty_postgres(url)
        migrated = bare_database(url)
    try:
        assert current_revision(migrated) is None
        migrate(migrated)
        assert current_revision(migrated) == schema.HEAD
        assert differences(migrated.engine) == []
        assert schema_snapshot(migrated.engine) == created_snapshot
        assert set(created_snapshot) == set(Base.metadata.tables)
    finally:
        migrated.close()


def test_backup_before_migration_is_a_readable_copy(tmp_path: Path) -> None:
    path = tmp_path / "team.sqlite3"
    database = open_database(path)
    try:
        with database.session() as session:
            session.add(
                Campaign(
                    name="Air Bel 2021",
                    year=2021,
                    slug="air-bel-2021",
                    envelope_cents=9_500_000,
                    call_kind="aap",
                    core_group_kind="volunteers",
                    decision_mode="vote",
                )
            )
        backup = _backup_before_migration(database, "0000_older")
    finally:
        database.close()
    assert backup is not None and backup != path
    assert backup.parent == path.parent
    assert backup.name == f"team.before-{schema.HEAD}-from-0000_older.sqlite3"
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT slug, envelope_cents FROM campaign").fetchall() == [
            ("air-bel-2021", 9_500_000)
        ]
    finally:
        copy.close()


def test_only_a_file_is_backed_up_by_pbdesk(any_database: Database) -> None:
    backup = _backup_before_migration(any_database, "0000_older")
    if any_database.is_sqlite:
        assert backup is not None and backup.is_file()
    else:
        assert backup is None  # a server database is backed up by its administrator


PROBE_MIGRATION = '''"""probe: a later schema, to test upgrading an older database"""

import sqlalchemy as sa
from alembic import op

revision = "0002_probe"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # On SQLite, copy-and-move the parent table: the dangerous case for cascading children.
    recreate = "always" if op.get_bind().dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("campaign", recreate=recreate) as batch:
        batch.add_column(
            sa.Column("probe", sa.String(20), nullable=False, server_default="migrated")
        )


def downgrade() -> None:
    with op.batch_alter_table("campaign") as batch:
        batch.drop_column("probe")
'''


def newer_pbdesk_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Pretend this pbdesk has one more migration, ``0002_probe``, after today's head."""
    store = tmp_path / "newer-pbdesk" / "store"
    shutil.copytree(MIGRATIONS, store / "migrations", ignore=shutil.ignore_patterns("__pycache__"))
    (store / "migrations" / "versions" / "0002_probe.py").write_text(
        PROBE_MIGRATION.replace("{down}", schema.HEAD), "utf-8"
    )
    # migrate() finds its scripts beside pbdesk/store/database.py.
    monkeypatch.setattr(database_module, "__file__", str(store / "database.py"))
    monkeypatch.setattr(schema, "REVISIONS", (*schema.REVISIONS, "0002_probe"))
    monkeypatch.setattr(schema, "HEAD", "0002_probe")
    return "0002_probe"


def fill(database: Database) -> None:
    from pbdesk.workspace.campaigns import create_campaign

    create_campaign(
        database,
        FrameInput(
            name="Les Flamands / Le Mail 2022",
            year=2022,
            slug="les-flamands-le-mail-2022",
            envelope="95 000",
            territories=[TerritoryInput(name="Les Flamands"), TerritoryInput(name="Le Mail")],
        ),
        "Agnès",
    )


def counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("campaign", "territory", "phase_state", "checklist_item", "journal_entry")
        }


def test_an_older_database_is_backed_up_then_migrated(
    any_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(any_database)
    before = counts(any_database)
    old_head = schema.HEAD
    url = any_database.url
    any_database.close()

    head = newer_pbdesk_for(tmp_path, monkeypatch)
    upgraded = open_database(url)
    try:
        assert current_revision(upgraded) == head
        assert counts(upgraded) == before, "rows were lost while migrating"
        with upgraded.engine.connect() as connection:
            probes = connection.execute(text("SELECT probe FROM campaign")).scalars().all()
        assert probes == ["migrated"]
        with upgraded.session() as session:
            names = session.scalars(select(Territory.name).order_by(Territory.position)).all()
            assert names == ["Les Flamands", "Le Mail"]
        if upgraded.is_sqlite:
            assert upgraded.path is not None
            with upgraded.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            with upgraded.session() as session:
                assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1, (
                    "BUG (pbdesk/store/database.py migrate): the pooled connection keeps "
                    "foreign_keys OFF after migrating; dispose the engine at the end of migrate()"
                )
            backup = upgraded.backup
            assert backup is not None and backup.exists()
            assert backup.name == f"{upgraded.path.stem}.before-{head}-from-{old_head}.sqlite3"
            copy = sqlite3.connect(backup)
            try:
                assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
                    old_head,
                )
                assert copy.execute("SELECT count(*) FROM territory").fetchone() == (2,)
                columns = [row[1] for row in copy.execute("PRAGMA table_info(campaign)")]
                assert "probe" not in columns
            finally:
                copy.close()
        else:
            assert upgraded.backup is None  # a server is backed up by its administrator
    finally:
        upgraded.close()

    # Opened again at the new head: nothing to migrate, no second backup.
    again = open_database(url)
    try:
        assert again.backup is None
    finally:
        again.close()


def test_a_database_migrated_by_a_newer_pbdesk_is_refused_by_this_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.sqlite3"
    open_database(path).close()
    with monkeypatch.context() as newer:
        newer_pbdesk_for(tmp_path, newer)
        open_database(path).close()  # the newer pbdesk migrates it to 0002_probe
    with pytest.raises(DatabaseError) as caught:
        open_database(path)  # this pbdesk does not know 0002_probe
    assert "0002_probe" in caught.value.message
