"""Applications (dépôts): the table, one application's page, status moves and attachments."""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, undefer

from pbdesk.domain.applications import (
    ApplicationInput,
    ApplicationStatus,
    check_transition,
    validate_application,
)
from pbdesk.domain.errors import ConcurrentEdit, DomainError, ValidationError
from pbdesk.domain.money import format_euros
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Application,
    ApplicationStake,
    Attachment,
    BudgetLine,
    Call,
    Holder,
    Stake,
    StatusChange,
    Territory,
)
from pbdesk.store.types import utcnow
from pbdesk.workspace import journal
from pbdesk.workspace.holders import new_holder_ids
from pbdesk.workspace.records import row_to_save

#: Attachments are kept in the database; past this size a file belongs elsewhere.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class ApplicationRow:
    """One line of the applications table."""

    id: int
    uuid: str
    number: int
    title: str
    holder_id: int | None
    holder_name: str
    new_holder: bool
    territory_id: int | None
    territory_name: str
    requested_cents: int
    status: ApplicationStatus
    status_reason: str
    received_on: date | None
    stake_ids: tuple[int, ...]
    stake_titles: tuple[str, ...]
    attachments: int


@dataclass(frozen=True)
class BudgetLineView:
    label: str
    amount_cents: int
    other_funders: str


@dataclass(frozen=True)
class AttachmentView:
    id: int
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True)
class StatusChangeView:
    at: datetime
    author: str
    before: ApplicationStatus
    after: ApplicationStatus
    reason: str


@dataclass(frozen=True)
class ApplicationDetail:
    row: ApplicationRow
    version: int
    summary: str
    description: str
    target_public: str
    budget_lines: tuple[BudgetLineView, ...]
    attachments: tuple[AttachmentView, ...]
    history: tuple[StatusChangeView, ...]


def _rows(
    session: Session, campaign_id: int, only: Iterable[int] | None = None
) -> list[ApplicationRow]:
    query = (
        select(Application)
        .where(Application.campaign_id == campaign_id)
        .options(selectinload(Application.stakes), selectinload(Application.holder))
        .order_by(Application.number)
    )
    if only is not None:
        query = query.where(Application.id.in_(list(only)))
    applications = session.scalars(query).all()
    territories = dict(
        session.execute(
            select(Territory.id, Territory.name).where(Territory.campaign_id == campaign_id)
        ).all()
    )
    attachments = dict(
        session.execute(
            select(Attachment.application_id, func.count())
            .join(Application, Application.id == Attachment.application_id)
            .where(Application.campaign_id == campaign_id)
            .group_by(Attachment.application_id)
        ).all()
    )
    new = new_holder_ids(session, campaign_id)
    return [
        ApplicationRow(
            id=a.id,
            uuid=a.uuid,
            number=a.number,
            title=a.title,
            holder_id=a.holder_id,
            holder_name=a.holder.name if a.holder else "",
            new_holder=a.holder_id in new,
            territory_id=a.territory_id,
            territory_name=territories.get(a.territory_id, "") if a.territory_id else "",
            requested_cents=a.requested_cents,
            status=ApplicationStatus(a.status),
            status_reason=a.status_reason,
            received_on=a.received_on,
            stake_ids=tuple(s.id for s in a.stakes),
            stake_titles=tuple(s.title for s in a.stakes),
            attachments=int(attachments.get(a.id, 0)),
        )
        for a in applications
    ]


def list_applications(database: Database, campaign_id: int) -> list[ApplicationRow]:
    """Every application of the campaign, by number."""
    with database.session() as session:
        return _rows(session, campaign_id)


def _get(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise DomainError(translate("Application", "This application no longer exists."))
    return application


def get_application(database: Database, application_id: int) -> ApplicationDetail:
    with database.session() as session:
        a = _get(session, application_id)
        [row] = _rows(session, a.campaign_id, only=[a.id])
        history = session.scalars(
            select(StatusChange)
            .where(StatusChange.application_id == a.id)
            .order_by(StatusChange.at, StatusChange.id)
        )
        files = session.scalars(
            select(Attachment).where(Attachment.application_id == a.id).order_by(Attachment.id)
        )
        return ApplicationDetail(
            row=row,
            version=a.version,
            summary=a.summary,
            description=a.description,
            target_public=a.target_public,
            budget_lines=tuple(
                BudgetLineView(line.label, line.amount_cents, line.other_funders)
                for line in a.budget_lines
            ),
            attachments=tuple(
                AttachmentView(f.id, f.filename, f.media_type, f.size) for f in files
            ),
            history=tuple(
                StatusChangeView(
                    h.at,
                    h.author,
                    ApplicationStatus(h.before),
                    ApplicationStatus(h.after),
                    h.reason,
                )
                for h in history
            ),
        )


def _check_links(session: Session, campaign_id: int, data: ApplicationInput) -> None:
    errors: dict[str, str] = {}
    if data.territory_id is not None:
        territory = session.get(Territory, data.territory_id)
        if territory is None or territory.campaign_id != campaign_id:
            errors["territory"] = translate(
                "Application", "The territory is not one of this campaign's."
            )
    if data.holder_id is not None and session.get(Holder, data.holder_id) is None:
        errors["holder"] = translate("Application", "This holder no longer exists.")
    if data.stake_ids:
        found = set(
            session.scalars(
                select(Stake.id).where(
                    Stake.id.in_(data.stake_ids), Stake.campaign_id == campaign_id
                )
            )
        )
        if found != set(data.stake_ids):
            errors["stakes"] = translate(
                "Application", "A stake chosen is not one of this campaign's."
            )
    if errors:
        raise ValidationError(errors)


def save_application(
    database: Database,
    campaign_id: int,
    data: ApplicationInput,
    author: str,
    application_id: int | None = None,
    *,
    version: int | None = None,
) -> int:
    """Record a new application (next number) or update one; all or nothing.

    ``version`` is the application's version when the form was filled; a save over someone
    else's newer change is refused (``ConcurrentEdit`` from the store).
    """
    with database.session() as session:
        ceiling = session.scalar(select(Call.ceiling_cents).where(Call.campaign_id == campaign_id))
        checked = validate_application(data, ceiling_cents=ceiling)
        _check_links(session, campaign_id, data)
        last = session.scalar(
            select(func.max(Application.number)).where(Application.campaign_id == campaign_id)
        )
        application = row_to_save(
            session,
            Application,
            campaign_id,
            application_id,
            lambda: translate("Application", "This application no longer exists."),
        )
        if version is not None and application.version != version:
            raise ConcurrentEdit(
                translate(
                    "Application",
                    "Someone else changed this application in the meantime; reload it and "
                    "enter your changes again.",
                )
            )
        creating = application_id is None
        if creating:
            application.number = (last or 0) + 1
            application.status = ApplicationStatus.SUBMITTED.value
        application.title = checked.title
        application.holder_id = checked.holder_id
        application.territory_id = checked.territory_id
        application.requested_cents = checked.requested_cents
        application.summary = checked.summary
        application.description = checked.description
        application.target_public = checked.target_public
        application.received_on = checked.received_on
        application.budget_lines = [
            BudgetLine(
                position=position,
                label=line.label,
                amount_cents=line.amount_cents,
                other_funders=line.other_funders,
            )
            for position, line in enumerate(checked.budget_lines)
        ]
        session.flush()
        _set_stakes(session, application.id, checked.stake_ids)
        if creating:
            journal.record(
                session,
                campaign_id,
                author,
                "application.create",
                translate("Journal", "Application {number} «{title}» received, {amount}.").format(
                    number=application.number,
                    title=checked.title,
                    amount=format_euros(checked.requested_cents),
                ),
                application=application.uuid,
            )
        else:
            # Stakes and budget lines are rows of their own: touch the application so its
            # version moves (and a concurrent editor is refused) whatever changed.
            application.updated_at = utcnow()
        session.flush()
        return application.id


def _set_stakes(session: Session, application_id: int, stake_ids: Sequence[int]) -> None:
    current = {
        link.stake_id: link
        for link in session.scalars(
            select(ApplicationStake).where(ApplicationStake.application_id == application_id)
        )
    }
    for stake_id, link in current.items():
        if stake_id not in stake_ids:
            session.delete(link)
    for stake_id in stake_ids:
        if stake_id not in current:
            session.add(ApplicationStake(application_id=application_id, stake_id=stake_id))
    session.flush()
    session.expire_all()


def delete_applications(database: Database, application_ids: Sequence[int], author: str) -> int:
    """Delete applications, all or nothing; each deletion is journaled."""
    with database.session() as session:
        applications = [_get(session, application_id) for application_id in application_ids]
        for application in applications:
            journal.record(
                session,
                application.campaign_id,
                author,
                "application.delete",
                translate("Journal", "Application {number} «{title}» deleted.").format(
                    number=application.number, title=application.title
                ),
                application=application.uuid,
            )
            session.delete(application)
        return len(applications)


def delete_application(database: Database, application_id: int, author: str) -> None:
    delete_applications(database, [application_id], author)


def change_status(
    database: Database,
    application_ids: Sequence[int],
    status: ApplicationStatus,
    reason: str,
    author: str,
) -> int:
    """Move one or several applications to ``status`` (with its reason when it is a
    refusal). All or nothing: if one may not move, none does. Each move is journaled."""
    if not application_ids:
        return 0
    with database.session() as session:
        return change_status_in(session, application_ids, status, reason, author)


def change_status_in(
    session: Session,
    application_ids: Sequence[int],
    status: ApplicationStatus,
    reason: str,
    author: str,
) -> int:
    """``change_status`` inside the caller's transaction, for services that move statuses
    as one step of a larger unit of work: nothing is committed here, and a ``DomainError``
    leaves the session untouched (every check runs before the first move)."""
    if not application_ids:
        return 0
    applications = [_get(session, application_id) for application_id in application_ids]
    checked = []
    for application in applications:
        try:
            checked.append(check_transition(ApplicationStatus(application.status), status, reason))
        except DomainError as error:
            raise DomainError(
                translate("Application", "Application {number}: {problem}").format(
                    number=application.number, problem=error.message
                )
            ) from error
    for application, cleaned in zip(applications, checked, strict=True):
        before = ApplicationStatus(application.status)
        application.status = status.value
        application.status_reason = cleaned
        session.add(
            StatusChange(
                application_id=application.id,
                author=author,
                before=before.value,
                after=status.value,
                reason=cleaned,
            )
        )
        summary = translate(
            "Journal", "Application {number} «{title}»: {before} → {after}."
        ).format(
            number=application.number,
            title=application.title,
            before=before.label,
            after=status.label,
        )
        if cleaned:
            summary += " " + translate("Journal", "Reason: {reason}").format(reason=cleaned)
        journal.record(
            session,
            application.campaign_id,
            author,
            "application.status",
            summary,
            application=application.uuid,
            before=before.value,
            after=status.value,
        )
    return len(applications)


def add_attachment(database: Database, application_id: int, path: Path) -> int:
    """Keep a copy of the file at ``path`` inside the database; returns its id."""
    size = path.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise DomainError(
            translate(
                "Application", "«{name}» is too large to attach ({size} MB; 50 MB at most)."
            ).format(name=path.name, size=size // (1024 * 1024))
        )
    content = path.read_bytes()
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with database.session() as session:
        _get(session, application_id)
        attachment = Attachment(
            application_id=application_id,
            filename=path.name[:255],
            media_type=media_type,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
        )
        session.add(attachment)
        session.flush()
        return attachment.id


def attachment_content(database: Database, attachment_id: int) -> tuple[str, bytes]:
    """The file name and bytes of an attachment (to open or save it)."""
    with database.session() as session:
        attachment = session.scalar(
            select(Attachment)
            .where(Attachment.id == attachment_id)
            .options(undefer(Attachment.content))
        )
        if attachment is None:
            raise DomainError(translate("Application", "This attachment no longer exists."))
        return attachment.filename, attachment.content


def remove_attachment(database: Database, attachment_id: int) -> None:
    with database.session() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is not None:
            session.delete(attachment)
