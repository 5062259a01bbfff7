"""Backups made before an erasure of residents' personal data still hold the erased details:
they can be deleted at once, and they go 7 days after the erasure at the latest."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conftest import AUTHOR, sample_frame
from sqlalchemy import update

from pbdesk.domain.people import PersonInput, Role
from pbdesk.store.backups import (
    KEEP_DAYS,
    back_up,
    delete_made_before,
    erased_kept_until,
    expire_erased,
    last_erasure,
    list_backups,
    made_before,
    protect,
)
from pbdesk.store.database import Database
from pbdesk.store.models import JournalEntry
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.team import erase_resident_contacts, save_person


def resident_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT full_name FROM person")]
    finally:
        connection.close()


def erase_a_resident(database: Database) -> datetime:
    """A campaign with one resident, erased; returns the erasure's moment."""
    campaign_id = create_campaign(database, sample_frame(), AUTHOR)
    save_person(database, campaign_id, PersonInput("Fatima Benali", Role.CORE_GROUP))
    back_up_path = back_up(database.path)  # type: ignore[arg-type]
    assert resident_names(back_up_path) == ["Fatima Benali"]
    before = datetime.now(UTC)
    assert erase_resident_contacts(database, campaign_id, AUTHOR) == 1
    erased_at = last_erasure(database.path)  # type: ignore[arg-type]
    assert erased_at is not None and before <= erased_at <= datetime.now(UTC)
    return erased_at


def test_no_erasure_is_none_and_an_unreadable_file_too(database: Database, tmp_path: Path) -> None:
    assert last_erasure(database.path) is None  # type: ignore[arg-type]
    assert last_erasure(tmp_path / "nowhere.sqlite3") is None
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all" * 100)
    assert last_erasure(tmp_path / "junk.sqlite3") is None


def test_the_backups_made_before_the_erasure_are_deleted_and_the_newer_kept(
    database: Database,
) -> None:
    path = database.path
    assert path is not None
    erased_at = erase_a_resident(database)
    older = made_before(path, erased_at)
    # The opening's backup and the one made with the resident's name.
    assert len(older) == 2
    assert any(resident_names(backup.path) == ["Fatima Benali"] for backup in older)
    newer = back_up(path)

    removed = delete_made_before(path, erased_at)

    assert sorted(removed) == sorted(backup.path for backup in older)
    assert not any(p.exists() for p in removed)
    assert [backup.path for backup in list_backups(path)] == [newer]
    assert made_before(path, erased_at) == []
    assert resident_names(newer) != ["Fatima Benali"]


def test_the_older_backups_expire_a_week_after_the_erasure_if_a_newer_one_exists(
    database: Database,
) -> None:
    path = database.path
    assert path is not None
    erased_at = erase_a_resident(database)
    older = {backup.path for backup in made_before(path, erased_at)}
    until = erased_kept_until(erased_at)
    assert until == erased_at.astimezone().date() + timedelta(days=KEEP_DAYS)
    deadline = datetime.combine(until, datetime.min.time()).astimezone()

    # No backup since the erasure: the older ones are the only ones, kept whatever the day.
    assert expire_erased(path, now=deadline + timedelta(days=30)) == []
    newer = back_up(path)
    # The day before: kept.
    assert expire_erased(path, now=deadline - timedelta(minutes=1)) == []
    assert {backup.path for backup in list_backups(path)} == older | {newer}
    # From that day on: deleted, although they are among the 5 newest.
    assert set(expire_erased(path, now=deadline + timedelta(minutes=1))) == older
    assert [backup.path for backup in list_backups(path)] == [newer]


def test_an_opening_a_week_after_the_erasure_deletes_the_older_backups(
    database: Database,
) -> None:
    path = database.path
    assert path is not None
    erase_a_resident(database)
    recent = {backup.path for backup in list_backups(path)}
    # The erasure happened eight days ago, and two backups the day before it.
    eight_days_ago = datetime.now(UTC) - timedelta(days=KEEP_DAYS + 1)
    with database.session() as session:
        session.execute(update(JournalEntry).values(at=eight_days_ago))
    older = {back_up(path, now=eight_days_ago - timedelta(days=1, hours=h)) for h in (1, 2)}
    assert {backup.path for backup in made_before(path, eight_days_ago)} == older

    made = protect(database).backup  # the journal changed: a new backup, then the rotation

    assert made is not None
    # Few backups, all within the 5 newest the rotation keeps: only the erasure's rule
    # removes the older two.
    assert {backup.path for backup in list_backups(path)} == recent | {made}
