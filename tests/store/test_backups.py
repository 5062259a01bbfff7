"""Opening checks the file and keeps rotating backups; a backup can be restored."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import AUTHOR, sample_frame
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from pbdesk.store import backups
from pbdesk.store.backups import (
    DamagedDatabase,
    back_up,
    check_integrity,
    list_backups,
    protect,
    prune,
    restore_backup,
)
from pbdesk.store.database import Database, DatabaseError, open_database
from pbdesk.store.models import Campaign
from pbdesk.workspace.campaigns import create_campaign


def campaign_slugs(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT slug FROM campaign ORDER BY slug")]
    finally:
        connection.close()


def add_campaign(database: Database, slug: str) -> None:
    create_campaign(database, sample_frame(slug=slug, name=slug), AUTHOR)


def test_opening_backs_up_beside_the_file_once_per_change(database: Database) -> None:
    path = database.path
    assert path is not None
    earlier = [b.path for b in list_backups(path)]  # the opening's own, once wired in
    add_campaign(database, "avant-2026")
    first = protect(database)
    assert first.checked and first.backup is not None
    assert first.backup.parent == path.parent / "backups"
    assert campaign_slugs(first.backup) == ["avant-2026"]
    assert check_integrity(first.backup) == "ok"
    # Nothing changed: no second copy of the same file.
    assert protect(database).backup is None
    add_campaign(database, "apres-2026")
    second = protect(database)
    assert second.backup is not None and second.backup != first.backup
    assert [b.path for b in list_backups(path)] == [second.backup, first.backup, *earlier]
    assert campaign_slugs(second.backup) == ["apres-2026", "avant-2026"]


def test_big_files_are_backed_up_without_making_the_opening_wait(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "BACKGROUND_BYTES", 0)
    add_campaign(database, "gros-2026")
    done = protect(database)
    assert done.thread is not None and done.backup is None
    done.thread.join(timeout=30)
    assert done.problems == []
    newest = list_backups(database.path)[0]  # type: ignore[arg-type]
    assert campaign_slugs(newest.path) == ["gros-2026"]


def test_a_big_damaged_file_is_reported_by_the_background_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "BACKGROUND_BYTES", 0)
    path = tmp_path / "w.sqlite3"
    database = open_database(path)
    for number in range(40):
        add_campaign(database, f"c{number}-2026")
    database.close()
    before = list_backups(path)
    corrupt(path)
    done = protect(bare(path))
    assert done.thread is not None
    done.thread.join(timeout=30)
    [problem] = done.problems
    assert "\n" not in problem and str(path) in problem
    assert list_backups(path) == before


def test_rotation_keeps_the_last_five_and_one_a_day_for_a_week(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.close()
    now = datetime(2026, 6, 20, 12, 0, tzinfo=UTC)
    made = {}
    # Three backups a day for twelve days, then six this morning.
    for day in range(12, 0, -1):
        for hour in (8, 10, 11):
            moment = now - timedelta(days=day) + timedelta(hours=hour - 12)
            made[moment] = back_up(path, now=moment)
    for minute in range(6):
        moment = now - timedelta(hours=3) + timedelta(minutes=minute)
        made[moment] = back_up(path, now=moment)
    removed = prune(path, now=now)
    kept = {backup.made_at for backup in list_backups(path)}
    latest_five = sorted(made)[-5:]
    newest_of_recent_days = {
        max(m for m in made if m.astimezone().date() == day)
        for day in {m.astimezone().date() for m in made}
        if now.astimezone().date() - day < timedelta(days=7)
    }
    assert kept == set(latest_five) | newest_of_recent_days
    assert len(kept) == 5 + 6  # the five of today, and one for each of the six days before
    assert all(not p.exists() for p in removed)
    assert len(removed) == len(made) - len(kept)


def test_restore_puts_a_backup_back_after_saving_the_current_file(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    database = open_database(path)
    add_campaign(database, "bonne-2026")
    good = protect(database).backup
    assert good is not None
    add_campaign(database, "erreur-2026")
    database.close()

    saved = restore_backup(path, good)
    assert campaign_slugs(path) == ["bonne-2026"]
    assert campaign_slugs(saved) == ["bonne-2026", "erreur-2026"]
    assert saved in [b.path for b in list_backups(path)]
    reopened = open_database(path)
    try:
        with reopened.session() as session:
            assert session.scalars(select(Campaign.slug)).all() == ["bonne-2026"]
    finally:
        reopened.close()


def corrupt(path: Path) -> None:
    """Scribble over the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 1024)


def bare(path: Path) -> Database:
    url = make_url(f"sqlite:///{path}")
    engine = create_engine(url)
    return Database(engine, url, sessionmaker(engine))


def test_a_damaged_file_is_refused_untouched_and_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    database = open_database(path)
    for number in range(40):
        add_campaign(database, f"c{number}-2026")
    protect(database)
    database.close()
    corrupt(path)
    damaged = path.read_bytes()
    before = list_backups(path)
    with pytest.raises(DamagedDatabase) as caught:
        protect(bare(path))
    assert "\n" not in caught.value.message
    assert str(path.parent / "backups") in caught.value.message
    assert caught.value.backups == before
    assert path.read_bytes() == damaged
    assert list_backups(path) == before

    # The damaged file is set aside and the good backup put back.
    saved = restore_backup(path, before[0].path)
    assert check_integrity(path, full=True) == "ok"
    assert len(campaign_slugs(path)) == 40
    assert saved.exists()


def test_a_damaged_backup_is_not_restored(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    database = open_database(path)
    for number in range(40):
        add_campaign(database, f"c{number}-2026")
    made = protect(database).backup
    database.close()
    assert made is not None
    corrupt(made)
    current = path.read_bytes()
    with pytest.raises(DatabaseError):
        restore_backup(path, made)
    assert path.read_bytes() == current


@pytest.mark.parametrize("any_database", ["postgresql"], indirect=True)
def test_a_server_database_is_left_to_its_administrator(any_database: Database) -> None:
    assert protect(any_database) == backups.Protection(False, None)
