"""The records kept for each followed project: subsidy instalments, milestones, updates
(actualités) with their photos, and expenses — added, corrected and deleted one by one.

Saving a project's first record creates its follow-up row. Functions take the application's id
to add a record, and the record's own id to change or delete it.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError
from pbdesk.domain.followup import (
    ExpenseInput,
    ExpenseState,
    InstalmentInput,
    MilestoneInput,
    MilestoneStatus,
    UpdateInput,
    milestone_late,
    validate_expense,
    validate_instalment,
    validate_milestone,
    validate_update,
)
from pbdesk.domain.money import format_euros
from pbdesk.i18n import translate
from pbdesk.store.blobs import blob_placeholder, read_blob, write_blob
from pbdesk.store.database import Database
from pbdesk.store.models import Application
from pbdesk.store.models.followup import (
    Expense,
    Instalment,
    Milestone,
    ProjectFollowUp,
    ProjectUpdate,
    UpdatePhoto,
)
from pbdesk.workspace.followup.common import ensure_followup, existing_application, log_change

# Photos are kept in the database; past this size a file belongs elsewhere.
MAX_PHOTO_BYTES = 20 * 1024 * 1024
PHOTO_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")
_FILE_CHUNK = 1024 * 1024


# --- views ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class InstalmentView:
    id: int
    label: str
    planned_on: date | None
    planned_cents: int
    paid_on: date | None
    paid_cents: int

    @property
    def paid(self) -> bool:
        return self.paid_on is not None


@dataclass(frozen=True)
class MilestoneView:
    id: int
    title: str
    planned_on: date | None
    done_on: date | None
    status: MilestoneStatus
    late: bool


@dataclass(frozen=True)
class PhotoView:
    id: int
    filename: str
    media_type: str
    size: int
    caption: str


@dataclass(frozen=True)
class UpdateView:
    id: int
    dated_on: date
    text: str
    public: bool
    author: str
    photos: tuple[PhotoView, ...]


@dataclass(frozen=True)
class ExpenseView:
    id: int
    spent_on: date
    amount_cents: int
    label: str
    payee: str
    reference: str
    state: ExpenseState


def instalment_view(row: Instalment) -> InstalmentView:
    """The view of an instalment row."""
    return InstalmentView(
        row.id, row.label, row.planned_on, row.planned_cents, row.paid_on, row.paid_cents
    )


def milestone_view(row: Milestone, today: date, active: bool = True) -> MilestoneView:
    """The view of a milestone row; only an active project's milestones are late."""
    status = MilestoneStatus(row.status)
    return MilestoneView(
        row.id,
        row.title,
        row.planned_on,
        row.done_on,
        status,
        active and milestone_late(status, row.planned_on, row.done_on, today),
    )


def expense_view(row: Expense) -> ExpenseView:
    """The view of an expense row."""
    return ExpenseView(
        row.id,
        row.spent_on,
        row.amount_cents,
        row.label,
        row.payee,
        row.reference,
        ExpenseState(row.state),
    )


# --- writing --------------------------------------------------------------------------------


def _child(session: Session, table: type, row_id: int, gone: str):  # type: ignore[no-untyped-def]
    row = session.get(table, row_id)
    if row is None:
        raise DomainError(gone)
    followup = session.get(ProjectFollowUp, row.followup_id)
    assert followup is not None
    application = existing_application(session, followup.application_id)
    return row, followup, application


def _next_position(rows: list[Instalment] | list[Milestone]) -> int:
    return max((row.position for row in rows), default=-1) + 1


def save_instalment(
    database: Database,
    application_id: int,
    data: InstalmentInput,
    author: str,
    instalment_id: int | None = None,
) -> int:
    """Add (``instalment_id`` None) or change a payment of the subsidy; returns its id."""
    checked = validate_instalment(data)
    with database.session() as session:
        if instalment_id is None:
            application, followup = ensure_followup(session, application_id)
            row = Instalment(followup_id=followup.id, position=_next_position(followup.instalments))
            session.add(row)
        else:
            row, followup, application = _child(
                session,
                Instalment,
                instalment_id,
                translate("FollowUp", "This payment no longer exists."),
            )
        row.label = checked.label
        row.planned_on = checked.planned_on
        row.planned_cents = checked.planned_cents
        row.paid_on = checked.paid_on
        row.paid_cents = checked.paid_cents
        session.flush()
        if checked.paid_on is not None:
            text = translate("Journal", "«{title}»: payment of {amount} on {date}.").format(
                title=application.title,
                amount=format_euros(checked.paid_cents),
                date=checked.paid_on.strftime("%d/%m/%Y"),
            )
        else:
            text = translate("Journal", "«{title}»: payment of {amount} planned.").format(
                title=application.title, amount=format_euros(checked.planned_cents)
            )
        log_change(
            session, followup, application, author, "followup.instalment", text, item=row.uuid
        )
        return row.id


def delete_instalment(database: Database, instalment_id: int, author: str) -> None:
    with database.session() as session:
        row, followup, application = _child(
            session,
            Instalment,
            instalment_id,
            translate("FollowUp", "This payment no longer exists."),
        )
        log_change(
            session,
            followup,
            application,
            author,
            "followup.instalment_removed",
            translate("Journal", "«{title}»: payment of {amount} removed.").format(
                title=application.title, amount=format_euros(row.planned_cents or row.paid_cents)
            ),
            item=row.uuid,
        )
        session.delete(row)


def save_milestone(
    database: Database,
    application_id: int,
    data: MilestoneInput,
    author: str,
    milestone_id: int | None = None,
) -> int:
    checked = validate_milestone(data)
    with database.session() as session:
        if milestone_id is None:
            application, followup = ensure_followup(session, application_id)
            row = Milestone(followup_id=followup.id, position=_next_position(followup.milestones))
            session.add(row)
        else:
            row, followup, application = _child(
                session,
                Milestone,
                milestone_id,
                translate("FollowUp", "This milestone no longer exists."),
            )
        row.title = checked.title
        row.planned_on = checked.planned_on
        row.done_on = checked.done_on
        row.status = checked.status.value
        session.flush()
        log_change(
            session,
            followup,
            application,
            author,
            "followup.milestone",
            translate("Journal", "«{title}»: milestone «{milestone}» ({status}).").format(
                title=application.title, milestone=checked.title, status=checked.status.label
            ),
            item=row.uuid,
        )
        return row.id


def delete_milestone(database: Database, milestone_id: int, author: str) -> None:
    with database.session() as session:
        row, followup, application = _child(
            session,
            Milestone,
            milestone_id,
            translate("FollowUp", "This milestone no longer exists."),
        )
        log_change(
            session,
            followup,
            application,
            author,
            "followup.milestone_removed",
            translate("Journal", "«{title}»: milestone «{milestone}» removed.").format(
                title=application.title, milestone=row.title
            ),
            item=row.uuid,
        )
        session.delete(row)


def save_update(
    database: Database,
    application_id: int,
    data: UpdateInput,
    author: str,
    update_id: int | None = None,
) -> int:
    """Add or change an update (actualité); only public ones reach the residents' report."""
    checked = validate_update(data)
    with database.session() as session:
        row, _followup, _application = _save_update_row(
            session, application_id, checked, author, update_id
        )
        return row.id


def _save_update_row(
    session: Session,
    application_id: int,
    checked: UpdateInput,
    author: str,
    update_id: int | None,
) -> tuple[ProjectUpdate, ProjectFollowUp, Application]:
    if update_id is None:
        application, followup = ensure_followup(session, application_id)
        row = ProjectUpdate(followup_id=followup.id, author=author)
        session.add(row)
    else:
        row, followup, application = _child(
            session,
            ProjectUpdate,
            update_id,
            translate("FollowUp", "This update no longer exists."),
        )
    assert checked.dated_on is not None
    row.dated_on = checked.dated_on
    row.text = checked.text
    row.public = checked.public
    session.flush()
    text = (
        translate("Journal", "«{title}»: public update of {date}.")
        if checked.public
        else translate("Journal", "«{title}»: internal update of {date}.")
    )
    log_change(
        session,
        followup,
        application,
        author,
        "followup.update",
        text.format(title=application.title, date=checked.dated_on.strftime("%d/%m/%Y")),
        item=row.uuid,
    )
    return row, followup, application


def delete_update(database: Database, update_id: int, author: str) -> None:
    with database.session() as session:
        row, followup, application = _child(
            session,
            ProjectUpdate,
            update_id,
            translate("FollowUp", "This update no longer exists."),
        )
        log_change(
            session,
            followup,
            application,
            author,
            "followup.update_removed",
            translate("Journal", "«{title}»: update of {date} removed.").format(
                title=application.title, date=row.dated_on.strftime("%d/%m/%Y")
            ),
            item=row.uuid,
        )
        session.delete(row)


def _file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as stream:
        while chunk := stream.read(_FILE_CHUNK):
            yield chunk


@dataclass(frozen=True)
class PhotoChanges:
    """What the update dialog changes in an update's photos, saved with the update."""

    # New photos: (file to copy in, caption), in the order they are added.
    added: tuple[tuple[Path, str], ...] = ()
    # Ids of the update's photos to remove.
    removed: tuple[int, ...] = ()
    # New captions of the update's photos, by photo id.
    captions: tuple[tuple[int, str], ...] = ()


def _caption(text: str) -> str:
    return " ".join(text.split())[:300]


def _check_photo(path: Path) -> tuple[str, int, str]:
    """Refuse a file that is not a photo or too large; its (media type, size, sha256), read
    in chunks."""
    media_type = mimetypes.guess_type(path.name)[0] or ""
    if media_type not in PHOTO_TYPES:
        raise DomainError(
            translate("FollowUp", "«{name}» is not a photo (JPEG, PNG, GIF or WebP).").format(
                name=path.name
            )
        )
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DomainError(
            translate("FollowUp", "«{name}» cannot be read.").format(name=path.name)
        ) from error
    if size > MAX_PHOTO_BYTES:
        raise DomainError(
            translate("FollowUp", "«{name}» is too large ({size} MB; 20 MB at most).").format(
                name=path.name, size=size // (1024 * 1024)
            )
        )
    digest = hashlib.sha256()
    for chunk in _file_chunks(path):
        digest.update(chunk)
    return media_type, size, digest.hexdigest()


def _store_photo(
    session: Session,
    update_id: int,
    path: Path,
    checked: tuple[str, int, str],
    caption: str,
    followup: ProjectFollowUp,
    application: Application,
    author: str,
) -> int:
    """Copy the checked file at ``path`` into the update's photos, streamed in chunks."""
    media_type, size, sha256 = checked
    connection = session.connection()
    position = session.scalar(
        select(func.max(UpdatePhoto.position)).where(UpdatePhoto.update_id == update_id)
    )
    photo = UpdatePhoto(
        update_id=update_id,
        position=(position if position is not None else -1) + 1,
        filename=path.name[:255],
        media_type=media_type,
        size=size,
        sha256=sha256,
        caption=_caption(caption),
        content=blob_placeholder(connection, size),
    )
    session.add(photo)
    session.flush()
    try:
        write_blob(connection, UpdatePhoto.__table__, "content", photo.id, _file_chunks(path), size)
    except ValueError as error:
        raise DomainError(
            translate("FollowUp", "«{name}» changed while it was read; try again.").format(
                name=path.name
            )
        ) from error
    log_change(
        session,
        followup,
        application,
        author,
        "followup.photo",
        translate("Journal", "«{title}»: photo «{name}» added.").format(
            title=application.title, name=photo.filename
        ),
        item=photo.uuid,
    )
    return photo.id


def add_photo(
    database: Database, update_id: int, path: Path, author: str, caption: str = ""
) -> int:
    """Keep a copy of the photo at ``path`` in the database, streamed in chunks (memory does
    not grow with the file); returns its id."""
    checked = _check_photo(path)
    with database.session() as session:
        _update, followup, application = _child(
            session,
            ProjectUpdate,
            update_id,
            translate("FollowUp", "This update no longer exists."),
        )
        return _store_photo(
            session, update_id, path, checked, caption, followup, application, author
        )


def save_update_with_photos(
    database: Database,
    application_id: int,
    data: UpdateInput,
    photos: PhotoChanges,
    author: str,
    update_id: int | None = None,
) -> int:
    """Add or change an update together with its photos (new files streamed in, removals,
    captions), all in one transaction: a refused file or field saves nothing. Returns the
    update's id."""
    checked_update = validate_update(data)
    checked_files = [(path, _check_photo(path), caption) for path, caption in photos.added]
    with database.session() as session:
        row, followup, application = _save_update_row(
            session, application_id, checked_update, author, update_id
        )
        for photo_id in photos.removed:
            photo = _own_photo(session, row.id, photo_id)
            _log_photo_removed(session, followup, application, author, photo)
            session.delete(photo)
        for photo_id, caption in photos.captions:
            if photo_id in photos.removed:
                continue
            photo = _own_photo(session, row.id, photo_id)
            caption = _caption(caption)
            if caption == photo.caption:
                continue
            photo.caption = caption
            log_change(
                session,
                followup,
                application,
                author,
                "followup.photo_caption",
                translate("Journal", "«{title}»: caption of photo «{name}» changed.").format(
                    title=application.title, name=photo.filename
                ),
                item=photo.uuid,
            )
        session.flush()
        for path, checked, caption in checked_files:
            _store_photo(session, row.id, path, checked, caption, followup, application, author)
        return row.id


def _own_photo(session: Session, update_id: int, photo_id: int) -> UpdatePhoto:
    photo = session.get(UpdatePhoto, photo_id)
    if photo is None or photo.update_id != update_id:
        raise DomainError(translate("FollowUp", "This photo no longer exists."))
    return photo


def _log_photo_removed(
    session: Session,
    followup: ProjectFollowUp,
    application: Application,
    author: str,
    photo: UpdatePhoto,
) -> None:
    log_change(
        session,
        followup,
        application,
        author,
        "followup.photo_removed",
        translate("Journal", "«{title}»: photo «{name}» removed.").format(
            title=application.title, name=photo.filename
        ),
        item=photo.uuid,
    )


def photo_content(database: Database, photo_id: int) -> tuple[str, bytes]:
    """The file name and bytes of a photo (one photo at a time in memory)."""
    with database.session() as session:
        photo = session.get(UpdatePhoto, photo_id)
        if photo is None:
            raise DomainError(translate("FollowUp", "This photo no longer exists."))
        data = b"".join(
            read_blob(session.connection(), UpdatePhoto.__table__, "content", photo.id, photo.size)
        )
        return photo.filename, data


def write_photo(database: Database, photo_id: int, target: BinaryIO) -> str:
    """Copy a photo into ``target`` chunk by chunk; returns its file name."""
    with database.session() as session:
        photo = session.get(UpdatePhoto, photo_id)
        if photo is None:
            raise DomainError(translate("FollowUp", "This photo no longer exists."))
        for chunk in read_blob(
            session.connection(), UpdatePhoto.__table__, "content", photo.id, photo.size
        ):
            target.write(chunk)
        return photo.filename


def remove_photo(database: Database, photo_id: int, author: str) -> None:
    with database.session() as session:
        photo = session.get(UpdatePhoto, photo_id)
        if photo is None:
            return
        _update, followup, application = _child(
            session,
            ProjectUpdate,
            photo.update_id,
            translate("FollowUp", "This update no longer exists."),
        )
        _log_photo_removed(session, followup, application, author, photo)
        session.delete(photo)


def save_expense(
    database: Database,
    application_id: int,
    data: ExpenseInput,
    author: str,
    expense_id: int | None = None,
) -> int:
    """Add (``expense_id`` None) or change an expense; returns its id."""
    checked = validate_expense(data)
    with database.session() as session:
        if expense_id is None:
            application, followup = ensure_followup(session, application_id)
            row = Expense(followup_id=followup.id)
            session.add(row)
        else:
            row, followup, application = _child(
                session,
                Expense,
                expense_id,
                translate("FollowUp", "This expense no longer exists."),
            )
        row.spent_on = checked.spent_on
        row.amount_cents = checked.amount_cents
        row.label = checked.label
        row.payee = checked.payee
        row.reference = checked.reference
        row.state = checked.state.value
        session.flush()
        log_change(
            session,
            followup,
            application,
            author,
            "followup.expense",
            translate("Journal", "«{title}»: expense «{label}» of {amount} ({state}).").format(
                title=application.title,
                label=checked.label,
                amount=format_euros(checked.amount_cents),
                state=checked.state.label,
            ),
            item=row.uuid,
            amount_cents=checked.amount_cents,
        )
        return row.id


def delete_expense(database: Database, expense_id: int, author: str) -> None:
    with database.session() as session:
        row, followup, application = _child(
            session, Expense, expense_id, translate("FollowUp", "This expense no longer exists.")
        )
        log_change(
            session,
            followup,
            application,
            author,
            "followup.expense_removed",
            translate("Journal", "«{title}»: expense «{label}» of {amount} removed.").format(
                title=application.title, label=row.label, amount=format_euros(row.amount_cents)
            ),
            item=row.uuid,
        )
        session.delete(row)
