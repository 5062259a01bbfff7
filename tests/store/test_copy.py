"""``copy_database``: a whole workspace moved SQLite ↔ PostgreSQL, counted on both sides."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import AUTHOR, PG_URL, _reset_postgres, sample_frame
from exchange.support import data_of, row_counts, small_campaign
from sqlalchemy import LargeBinary, func, select, text
from sqlalchemy.orm import undefer

from pbdesk.exchange.project_file import export_campaign
from pbdesk.store import copy as copy_module
from pbdesk.store.copy import CopyError, copy_database
from pbdesk.store.database import Database, open_database
from pbdesk.store.models import Attachment, Base
from pbdesk.workspace.campaigns import create_campaign, list_campaigns
from pbdesk.workspace.demo import add_demo_workspace


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "source.sqlite3"
    database = open_database(path)
    add_demo_workspace(database)
    small_campaign(database, tmp_path, attachments=3)
    database.close()
    yield path


def campaign_files(database: Database, folder: Path) -> dict[str, dict[str, object]]:
    """Every campaign as its project file's data: the whole content, compared canonically."""
    folder.mkdir(exist_ok=True)
    found = {}
    for campaign in list_campaigns(database):
        path = folder / f"{campaign.slug}.pbdesk"
        export_campaign(database, campaign.id, path, include_personal_data=True)
        data = data_of(path)
        data.pop("states")  # exporting records states in each database: not content
        found[campaign.slug] = data
    return found


def attachments(database: Database) -> dict[str, bytes]:
    with database.session() as session:
        return {
            a.uuid: a.content
            for a in session.scalars(select(Attachment).options(undefer(Attachment.content)))
        }


def binary_bytes(database: Database) -> int:
    """The bytes of every binary column of the workspace (attachments, photos, logos)."""
    total = 0
    with database.session() as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, LargeBinary):
                    total += session.scalar(select(func.coalesce(func.sum(func.length(column)), 0)))
    return total


def test_copy_between_sqlite_files(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    report = copy_database(source, target)
    origin, copied = open_database(source), open_database(target)
    try:
        counts = row_counts(origin)
        assert row_counts(copied) == counts
        assert report.counts == {name: counts[name] for name in report.counts}
        assert report.binary_bytes == binary_bytes(origin) > 0
        assert binary_bytes(copied) == binary_bytes(origin)
        assert attachments(copied) == attachments(origin)
        assert campaign_files(copied, tmp_path / "b") == campaign_files(origin, tmp_path / "a")
        # The copy is a working workspace: new records get new ids.
        create_campaign(copied, sample_frame(slug="nouvelle-2027"), AUTHOR)
    finally:
        origin.close()
        copied.close()


@pytest.mark.postgres
def test_copy_to_postgresql_and_back(source: Path, tmp_path: Path) -> None:
    if not PG_URL:
        pytest.skip("PBDESK_TEST_PG_URL is not set (.ci/run starts a PostgreSQL and sets it)")
    _reset_postgres(PG_URL)
    copy_database(source, PG_URL)
    back = tmp_path / "back.sqlite3"
    copy_database(PG_URL, back)
    origin, server, returned = open_database(source), open_database(PG_URL), open_database(back)
    try:
        expected = campaign_files(origin, tmp_path / "a")
        assert campaign_files(server, tmp_path / "b") == expected
        assert campaign_files(returned, tmp_path / "c") == expected
        assert attachments(server) == attachments(origin) == attachments(returned)
        assert row_counts(returned) == row_counts(origin)
        # PostgreSQL's id sequences were moved past the copied ids.
        create_campaign(server, sample_frame(slug="nouvelle-2027"), AUTHOR)
    finally:
        for database in (origin, server, returned):
            database.close()


def test_a_target_that_holds_records_is_refused_untouched(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "busy.sqlite3"
    busy = open_database(target)
    create_campaign(busy, sample_frame(), AUTHOR)
    before = row_counts(busy)
    busy.close()
    with pytest.raises(CopyError) as caught:
        copy_database(source, target)
    assert "\n" not in caught.value.message
    busy = open_database(target)
    try:
        assert row_counts(busy) == before
    finally:
        busy.close()
    with pytest.raises(CopyError):
        copy_database(source, source)


def test_a_count_that_does_not_match_undoes_the_copy(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = copy_module._copy_table

    def lose_a_row(source_connection, target, table, done, total, progress):  # type: ignore[no-untyped-def]
        done = real(source_connection, target, table, done, total, progress)
        if table.name == "budget_line":
            target.execute(
                text("DELETE FROM budget_line WHERE id = (SELECT MIN(id) FROM budget_line)")
            )
        return done

    monkeypatch.setattr(copy_module, "_copy_table", lose_a_row)
    target = tmp_path / "copy.sqlite3"
    with pytest.raises(CopyError) as caught:
        copy_database(source, target)
    assert "budget_line" in caught.value.message
    copied = open_database(target)
    try:
        assert set(row_counts(copied).values()) == {0}
    finally:
        copied.close()
