"""Shared fixtures: real SQLite files in tmp_path, a real PostgreSQL when CI provides one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PBDESK_LANG"] = "fr"  # tests read French, whatever the machine's locale

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pbdesk.domain.campaign import FrameInput, TerritoryInput
from pbdesk.store.database import Database, open_database


def _worker_database(url: str) -> str:
    """With pytest-xdist, each worker gets its own database on the test server
    (``pbdesk_test_gw0``…), created here if needed: the tests reset theirs at will."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not url or not worker:
        return url
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(url)
    name = f"{base.database}_{worker}"
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        known = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
        ).scalar()
        if not known:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


PG_URL = _worker_database(os.environ.get("PBDESK_TEST_PG_URL", ""))
AUTHOR = "Agnès Testeuse"


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def open_test_database(kind: str, folder: Path) -> Database:
    """An empty workspace: a SQLite file in ``folder``, or the (reset) PostgreSQL test
    database — skipped when ``PBDESK_TEST_PG_URL`` is not set."""
    if kind == "postgresql":
        if not PG_URL:
            pytest.skip("PBDESK_TEST_PG_URL is not set (.ci/run starts a PostgreSQL and sets it)")
        _reset_postgres(PG_URL)
        return open_database(PG_URL)
    return open_database(folder / "workspace.sqlite3")


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgresql", marks=pytest.mark.postgres),
    ]
)
def any_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The same test against SQLite and, when ``PBDESK_TEST_PG_URL`` is set, PostgreSQL."""
    database = open_test_database(request.param, tmp_path)
    yield database
    database.close()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite workspace file."""
    database = open_database(tmp_path / "workspace.sqlite3")
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from pbdesk.workspace.demo import demo_template as build

    return build(tmp_path_factory.mktemp("demo-cache"))


@pytest.fixture
def demo_database(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A throw-away copy of the demo workspace."""
    from pbdesk.workspace.demo import open_demo_copy

    database = open_demo_copy(demo_template.parent, tmp_path / "demo")
    yield database
    database.close()


def sample_frame(**changes: object) -> FrameInput:
    """A valid frame for a new campaign, with ``changes`` applied."""
    frame = FrameInput(
        name="Quartier Test 2026",
        year=2026,
        slug="quartier-test-2026",
        envelope="40 000",
        territories=[TerritoryInput(name="Le Quartier", postcode="13015", commune="Marseille")],
        starts_on=date(2026, 1, 5),
        ends_on=date(2026, 12, 18),
        vote_on=date(2026, 6, 13),
    )
    for name, value in changes.items():
        setattr(frame, name, value)
    return frame


@pytest.fixture
def campaign_id(database: Database) -> int:
    from pbdesk.workspace.campaigns import create_campaign

    return create_campaign(database, sample_frame(), AUTHOR)


@pytest.fixture
def context(database: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The app context over a fresh database, with preferences in a throw-away file."""
    from PySide6.QtCore import QSettings

    from pbdesk.ui.context import AppContext

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("author", AUTHOR)
    return AppContext(database=database, settings=settings)
