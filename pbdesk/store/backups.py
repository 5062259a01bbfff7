"""Integrity check and rotating backups of a SQLite workspace, and restoring one.

``protect(database)`` is called once per opening (``open_database``):

1. ``PRAGMA quick_check``: the file's structure (every page, every b-tree, records well
   formed). ``integrity_check`` also cross-checks each index against its table, for damage
   ``quick_check`` misses only in index contents (which ``REINDEX`` repairs); opening uses
   ``quick_check`` and ``check_integrity(..., full=True)`` is there for the rest. A damaged
   file is refused (``DamagedDatabase``, left untouched) and no backup is made of it, so the
   good backups are not rotated away.
2. a backup with SQLite's online backup API (consistent even while the app writes) into
   ``backups/`` beside the file (for the default database: ``<data folder>/backups/``),
   written as ``.part`` then renamed, so a crash never leaves half a backup under a backup's
   name. Skipped when the file has not changed since the newest backup (its size and time
   are kept in ``backups/<file name>.last``).
3. rotation: the newest backup of each of the last 7 days and the 5 newest backups are kept;
   older ones are deleted. Backups made before the last erasure of residents' personal data
   (``last_erasure``) still hold what it erased: they go at the first opening 7 days after
   it at the latest (``expire_erased``), however few backups were made since, as long as a
   backup made after the erasure exists.

Cost at opening (measured on the 2-core CI machine kind): the demo's 0.8 MB file, check
~1.5 ms and backup ~4 ms; a 60 MB file, check ~40 ms and backup ~130 ms. Files over
``BACKGROUND_BYTES`` are therefore checked and backed up on a thread of their own: the
opening does not wait, and a failed check is reported in ``Protection.problems``.

``list_backups`` and ``restore_backup`` are what "Fichier › Sauvegardes" shows and does: a
restore first backs up the current file, then copies the chosen backup into it with the same
backup API (the database must be closed meanwhile).

After an erasure of residents' personal data the user may delete at once the backups made
before it (``made_before``, ``delete_made_before``), so that no restore brings the erased
details back; a restore of such a backup is warned about (``last_erasure``).

A server database (PostgreSQL) is backed up by its administrator: ``protect`` does nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pbdesk.i18n import translate
from pbdesk.store.database import Database, DatabaseError

FOLDER = "backups"
KEEP_LATEST = 5
KEEP_DAYS = 7
_STAMP = "%Y%m%d-%H%M%S-%f"
# The journal's code for an erasure of residents' personal data (pbdesk.workspace.team
# writes it): the backups made before it still hold what it erased.
ERASURE_ACTION = "team.erase_residents"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)\.sqlite3$")


class DamagedDatabase(DatabaseError):
    """The file fails SQLite's integrity check; it was not changed. ``backups`` lists the
    backups that can replace it, newest first."""

    def __init__(self, message: str, backups: list[Backup]) -> None:
        super().__init__(message)
        self.backups = backups


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    size: int
    #: ``opening`` (made when the file was opened) or ``before-restore``.
    reason: str


def backups_folder(database_path: Path) -> Path:
    return database_path.parent / FOLDER


def _signature(path: Path) -> str:
    """Changes whenever the database file or its write-ahead log gets new content (an empty
    log, made afresh at each opening, does not count)."""
    parts = []
    for side in (path, path.with_name(path.name + "-wal")):
        try:
            stat = side.stat()
        except FileNotFoundError:
            continue
        if stat.st_size:
            parts.append(f"{side.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return " ".join(parts)


def _read_only(path: Path) -> str:
    """A read-only SQLite URI for ``path`` (spaces, ``#``, ``?`` and drive letters escaped)."""
    return path.resolve().as_uri() + "?mode=ro"


def check_integrity(path: Path, *, full: bool = False) -> str:
    """ "ok", or SQLite's first complaint about the file at ``path`` (read only)."""
    connection = sqlite3.connect(_read_only(path), uri=True)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = connection.execute(f"PRAGMA {pragma}(1)").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        connection.close()
    return str(rows[0][0]) if rows else "ok"


def list_backups(database_path: Path) -> list[Backup]:
    """The backups of the database at ``database_path``, newest first."""
    folder = backups_folder(database_path)
    found = []
    if folder.is_dir():
        for entry in folder.iterdir():
            match = _NAME.match(entry.name)
            if match is None or match["stem"] != database_path.stem:
                continue
            made_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
            found.append(Backup(entry, made_at, entry.stat().st_size, match["reason"]))
    found.sort(key=lambda backup: backup.made_at, reverse=True)
    return found


def back_up(database_path: Path, *, reason: str = "opening", now: datetime | None = None) -> Path:
    """Copy the database at ``database_path`` into its backups folder; returns the copy."""
    now = now or datetime.now(UTC)
    folder = backups_folder(database_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{database_path.stem}-{now.strftime(_STAMP)}-{reason}.sqlite3"
    partial = target.with_name(target.name + ".part")
    source = sqlite3.connect(_read_only(database_path), uri=True)
    try:
        destination = sqlite3.connect(partial)
        try:
            # A fresh file nobody else reads: no journal, no syncing page by page; one
            # fsync below before the rename makes it durable.
            destination.execute("PRAGMA journal_mode = OFF")
            destination.execute("PRAGMA synchronous = OFF")
            source.backup(destination)
            # A backup is a plain file: no write-ahead log beside it.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    finally:
        source.close()
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


def prune(database_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups rotation no longer keeps; returns them."""
    now = now or datetime.now(UTC)
    backups = list_backups(database_path)
    keep = {backup.path for backup in backups[:KEEP_LATEST]}
    today = now.astimezone().date()
    days_seen = set()
    for backup in backups:  # newest first: the first of a day is its newest
        day = backup.made_at.astimezone().date()
        if today - day < timedelta(days=KEEP_DAYS) and day not in days_seen:
            days_seen.add(day)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    folder = backups_folder(database_path)
    if folder.is_dir():
        for leftover in folder.glob(f"{database_path.stem}-*.part"):
            if now.timestamp() - leftover.stat().st_mtime > 3600:
                leftover.unlink(missing_ok=True)  # a backup a crash interrupted
    return removed


def last_erasure(database_path: Path) -> datetime | None:
    """When residents' personal data was last erased in the database at ``database_path`` (the
    newest erasure line of any campaign's journal); None if never, or if the file cannot be
    read. Read only, with a connection of its own (safe on a background thread)."""
    try:
        connection = sqlite3.connect(_read_only(database_path), uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute(
            "SELECT max(at) FROM journal_entry WHERE action = ?", (ERASURE_ACTION,)
        ).fetchone()
    except sqlite3.Error:  # no journal yet, or a damaged file
        return None
    finally:
        connection.close()
    if not row or not row[0]:
        return None
    try:
        # SQLAlchemy writes UTC moments without their zone (pbdesk.store.types.UTCDateTime).
        return datetime.fromisoformat(str(row[0])).replace(tzinfo=UTC)
    except ValueError:
        return None


def made_before(database_path: Path, moment: datetime) -> list[Backup]:
    """The backups of the database at ``database_path`` made before ``moment``, newest
    first."""
    return [backup for backup in list_backups(database_path) if backup.made_at < moment]


def delete_made_before(database_path: Path, moment: datetime) -> list[Path]:
    """Delete the backups made before ``moment`` (after an erasure at ``moment``: those that
    still hold what it erased); returns the files deleted. A file that cannot be deleted (open
    in another program) is left, and ``made_before`` still lists it."""
    removed = []
    for backup in made_before(database_path, moment):
        try:
            backup.path.unlink(missing_ok=True)
        except OSError:
            continue
        removed.append(backup.path)
    return removed


def erased_kept_until(erased_at: datetime) -> date:
    """The day from which an opening deletes the backups made before an erasure at
    ``erased_at``: ``KEEP_DAYS`` days after it (local calendar, like the rotation)."""
    return erased_at.astimezone().date() + timedelta(days=KEEP_DAYS)


def expire_erased(database_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups made before the last erasure once ``erased_kept_until`` has come,
    even those the rotation would keep among the 5 newest; returns them. Nothing is deleted
    while no backup made after the erasure exists, so the database keeps a backup."""
    erased_at = last_erasure(database_path)
    now = now or datetime.now(UTC)
    if erased_at is None or now.astimezone().date() < erased_kept_until(erased_at):
        return []
    if not any(backup.made_at >= erased_at for backup in list_backups(database_path)):
        return []
    return delete_made_before(database_path, erased_at)


@dataclass(frozen=True)
class Protection:
    """What ``protect`` did at an opening."""

    checked: bool
    backup: Path | None
    #: Set when the check and backup run in the background: join it before relying on them.
    thread: threading.Thread | None = None
    #: Filled by the background thread when the check fails (one sentence each).
    problems: list[str] = field(default_factory=list)


#: Files larger than this are checked and backed up on a thread of their own (``protect``):
#: here, for a 60 MB file, the check takes ~40 ms and the copy ~130 ms; for the demo's
#: 0.8 MB, ~1.5 ms and ~4 ms.
BACKGROUND_BYTES = 8 * 1024 * 1024


def _damaged(path: Path, verdict: str) -> DamagedDatabase:
    return DamagedDatabase(
        translate(
            "Backups",
            "The database «{name}» is damaged ({problem}); it was not changed. Its backups are "
            "in «{folder}» (newest first, from Fichier › Sauvegardes).",
        ).format(name=path, problem=verdict.splitlines()[0], folder=backups_folder(path)),
        list_backups(path),
    )


def protect(database: Database, *, background: bool | None = None) -> Protection:
    """Check a SQLite database's integrity, then back it up and rotate its backups.

    Raises ``DamagedDatabase`` when the check fails: the file is left as it is and not backed
    up. A backup that cannot be written (full disk, read-only folder) does not stop the
    opening. With ``background`` (by default: for files over ``BACKGROUND_BYTES``) the check
    and the backup run on a thread of their own, with their own SQLite connections, and the
    opening does not wait: a failed check is then told in ``Protection.problems``.
    """
    path = database.path
    if path is None or not path.exists():
        return Protection(False, None)
    if background is None:
        wal = path.with_name(path.name + "-wal")
        size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
        background = size > BACKGROUND_BYTES
    if background:
        problems: list[str] = []

        def check_then_back_up() -> None:
            verdict = check_integrity(path)
            if verdict != "ok":
                problems.append(_damaged(path, verdict).message)
                return
            _back_up_quietly(path)

        thread = threading.Thread(target=check_then_back_up, daemon=True)
        thread.start()
        return Protection(False, None, thread, problems)
    verdict = check_integrity(path)
    if verdict != "ok":
        raise _damaged(path, verdict)
    return Protection(True, _back_up_quietly(path))


def _back_up_quietly(path: Path) -> Path | None:
    marker = backups_folder(path) / f"{path.name}.last"
    signature = _signature(path)
    made = None
    try:
        if not (marker.exists() and marker.read_text("utf-8") == signature and list_backups(path)):
            made = back_up(path)
            marker.write_text(signature, "utf-8")
            prune(path)
        expire_erased(path)
    except (OSError, sqlite3.Error):
        pass
    return made


def restore_backup(database_path: Path, backup: Path) -> Path:
    """Replace the (closed) database at ``database_path`` by ``backup``; the current file is
    backed up first. Returns that copy of the current file."""
    verdict = check_integrity(backup)
    if verdict != "ok":
        raise DatabaseError(
            translate(
                "Backups", "The backup «{path}» is damaged ({problem}); nothing was restored."
            ).format(path=backup, problem=verdict.splitlines()[0])
        )
    try:
        saved = back_up(database_path, reason="before-restore")
    except sqlite3.Error:
        saved = _set_aside(database_path)
    source = sqlite3.connect(_read_only(backup), uri=True)
    try:
        destination = sqlite3.connect(database_path)
        try:
            source.backup(destination)
        finally:
            destination.close()
    except sqlite3.Error:
        _replace_file(database_path, backup)
    finally:
        source.close()
    verdict = check_integrity(database_path)
    if verdict != "ok":  # pragma: no cover - the backup was checked above
        raise DatabaseError(
            translate(
                "Backups",
                "The restored database is damaged ({problem}); the file «{saved}» "
                "holds what was there before.",
            ).format(problem=verdict, saved=saved)
        )
    return saved


def _set_aside(database_path: Path) -> Path:
    """A damaged file the backup API cannot read: moved aside as it is, with its log."""
    folder = backups_folder(database_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{database_path.stem}-{stamp}-damaged.sqlite3"
    shutil.copy2(database_path, target)
    for suffix in ("-wal", "-shm"):
        side = database_path.with_name(database_path.name + suffix)
        if side.exists():
            shutil.copy2(side, target.with_name(target.name + suffix))
    return target


def _replace_file(database_path: Path, backup: Path) -> None:
    partial = database_path.with_name(database_path.name + ".restoring")
    shutil.copyfile(backup, partial)
    for suffix in ("-wal", "-shm"):
        database_path.with_name(database_path.name + suffix).unlink(missing_ok=True)
    os.replace(partial, database_path)
