"""Phase 9, the follow-up of funded projects: subsidy, instalments, milestones, updates with
photos, expenses, the campaign's money and the dashboard's alerts.

The projects followed are the campaign's funded applications, plus the applications the team
adds as carried out outside the vote ("réalisé hors votation"). A project's follow-up row
(``ProjectFollowUp``) is created the first time something is saved for it; until then it is
shown with its defaults (status lauréat, allocation = the amount voted). Every function is
one transaction (all or nothing) and journals its change. Functions take the application's id
for the project, and the row's own id for its instalments, milestones, updates and expenses.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.errors import DomainError
from pbdesk.domain.followup import (
    ExpenseInput,
    ExpenseState,
    FollowUpInput,
    FollowUpStatus,
    InstalmentInput,
    MilestoneInput,
    MilestoneStatus,
    MoneyFigures,
    ReviewReminder,
    UpdateInput,
    check_status_change,
    financial_report_due,
    financial_report_overdue,
    milestone_late,
    progress_for,
    review_reminder,
    total_figures,
    validate_expense,
    validate_followup,
    validate_instalment,
    validate_milestone,
    validate_update,
)
from pbdesk.domain.money import format_euros
from pbdesk.i18n import translate
from pbdesk.store.blobs import blob_placeholder, read_blob, write_blob
from pbdesk.store.database import Database
from pbdesk.store.models import Application, Holder
from pbdesk.store.models.followup import (
    Expense,
    Instalment,
    Milestone,
    ProjectFollowUp,
    ProjectUpdate,
    UpdatePhoto,
)
from pbdesk.workspace import journal

#: Photos are kept in the database; past this size a file belongs elsewhere.
MAX_PHOTO_BYTES = 20 * 1024 * 1024
PHOTO_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")
_FILE_CHUNK = 1024 * 1024


# --- views ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectRow:
    """One followed project in the list, with its money."""

    application_id: int
    #: None until something was saved for the project.
    followup_id: int | None
    number: int
    title: str
    holder: str
    status: FollowUpStatus
    status_reason: str
    progress: int
    off_vote: bool
    #: The amount requested and voted.
    voted_cents: int
    money: MoneyFigures
    #: Subsidy instalments actually paid to the holder, and the first payment's date.
    subsidy_paid_cents: int
    first_payment_on: date | None
    late_milestones: int
    financial_year_end: date | None
    financial_report_received_on: date | None

    @property
    def financial_report_due(self) -> date | None:
        return (
            None
            if self.financial_year_end is None
            else financial_report_due(self.financial_year_end)
        )

    def financial_report_overdue(self, today: date) -> bool:
        return financial_report_overdue(
            self.financial_year_end, self.financial_report_received_on, today
        )


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


@dataclass(frozen=True)
class ProjectDetail:
    row: ProjectRow
    awarded_cents: int
    convention_reference: str
    convention_on: date | None
    financial_year_end: date | None
    financial_report_received_on: date | None
    beneficiaries: int | None
    activities_count: int | None
    activities: str
    notes: str
    instalments: tuple[InstalmentView, ...]
    milestones: tuple[MilestoneView, ...]
    #: Newest first.
    updates: tuple[UpdateView, ...]
    #: Oldest first.
    expenses: tuple[ExpenseView, ...]

    def as_input(self) -> FollowUpInput:
        from pbdesk.domain.money import format_euros_plain

        return FollowUpInput(
            awarded=format_euros_plain(self.awarded_cents),
            convention_reference=self.convention_reference,
            convention_on=self.convention_on,
            financial_year_end=self.financial_year_end,
            financial_report_received_on=self.financial_report_received_on,
            progress=self.row.progress,
            beneficiaries=self.beneficiaries,
            activities_count=self.activities_count,
            activities=self.activities,
            notes=self.notes,
        )


class AlertKind(StrEnum):
    OVERSPEND = "overspend"
    LATE_MILESTONE = "late_milestone"
    FINANCIAL_REPORT = "financial_report"
    REVIEW_APPROACHING = "review_approaching"
    REVIEW_OVERDUE = "review_overdue"


@dataclass(frozen=True)
class FollowUpAlert:
    kind: AlertKind
    #: The project concerned (None for the one-year review).
    application_id: int | None
    #: One sentence for the dashboard, in the user's language.
    text: str
    #: The date the alert is about (planned date, report due date, review date).
    on: date | None = None


# --- reading --------------------------------------------------------------------------------


def _today(today: date | None) -> date:
    return today or date.today()


def _followed(campaign_id: int):  # type: ignore[no-untyped-def]
    """Applications of the campaign that are followed: funded, or with a follow-up record —
    off the vote, or funded once and no longer (a designation changed): money recorded
    against a project never disappears from the totals."""
    return (
        select(Application, ProjectFollowUp, Holder.name)
        .outerjoin(ProjectFollowUp, ProjectFollowUp.application_id == Application.id)
        .outerjoin(Holder, Holder.id == Application.holder_id)
        .where(
            Application.campaign_id == campaign_id,
            or_(
                Application.status == ApplicationStatus.FUNDED.value,
                ProjectFollowUp.id.is_not(None),
            ),
        )
        .order_by(Application.number)
    )


def _rows(session: Session, campaign_id: int, today: date) -> list[ProjectRow]:
    found = session.execute(_followed(campaign_id)).all()
    followup_ids = [followup.id for _, followup, _ in found if followup is not None]
    spent: dict[int, tuple[int, int]] = {}
    subsidy: dict[int, tuple[int, date | None]] = {}
    late: dict[int, int] = {}
    if followup_ids:
        for followup_id, committed, paid in session.execute(
            select(
                Expense.followup_id,
                func.sum(Expense.amount_cents),
                func.sum(
                    case((Expense.state == ExpenseState.PAID.value, Expense.amount_cents), else_=0)
                ),
            )
            .where(Expense.followup_id.in_(followup_ids))
            .group_by(Expense.followup_id)
        ):
            spent[followup_id] = (int(committed or 0), int(paid or 0))
        for followup_id, paid, first in session.execute(
            select(
                Instalment.followup_id,
                func.sum(Instalment.paid_cents),
                func.min(Instalment.paid_on),
            )
            .where(Instalment.followup_id.in_(followup_ids), Instalment.paid_on.is_not(None))
            .group_by(Instalment.followup_id)
        ):
            subsidy[followup_id] = (int(paid or 0), first)
        for followup_id, count in session.execute(
            select(Milestone.followup_id, func.count())
            .where(
                Milestone.followup_id.in_(followup_ids),
                Milestone.status == MilestoneStatus.PLANNED.value,
                Milestone.done_on.is_(None),
                Milestone.planned_on < today,
            )
            .group_by(Milestone.followup_id)
        ):
            late[followup_id] = int(count)
    return [_row(a, f, holder, spent, subsidy, late) for a, f, holder in found]


def _row(
    application: Application,
    followup: ProjectFollowUp | None,
    holder: str | None,
    spent: dict[int, tuple[int, int]],
    subsidy: dict[int, tuple[int, date | None]],
    late: dict[int, int],
) -> ProjectRow:
    if followup is None:
        return ProjectRow(
            application_id=application.id,
            followup_id=None,
            number=application.number,
            title=application.title,
            holder=holder or "",
            status=FollowUpStatus.LAUREATE,
            status_reason="",
            progress=0,
            off_vote=False,
            voted_cents=application.requested_cents,
            money=MoneyFigures(application.requested_cents, 0, 0),
            subsidy_paid_cents=0,
            first_payment_on=None,
            late_milestones=0,
            financial_year_end=None,
            financial_report_received_on=None,
        )
    status = FollowUpStatus(followup.status)
    committed, paid = spent.get(followup.id, (0, 0))
    subsidy_paid, first = subsidy.get(followup.id, (0, None))
    return ProjectRow(
        application_id=application.id,
        followup_id=followup.id,
        number=application.number,
        title=application.title,
        holder=holder or "",
        status=status,
        status_reason=followup.status_reason,
        progress=progress_for(status, followup.progress),
        off_vote=followup.off_vote,
        voted_cents=application.requested_cents,
        money=MoneyFigures(followup.awarded_cents, committed, paid),
        subsidy_paid_cents=subsidy_paid,
        first_payment_on=first,
        # A suspended, abandoned or finished project's milestones are not "late".
        late_milestones=late.get(followup.id, 0) if status.active else 0,
        financial_year_end=followup.financial_year_end,
        financial_report_received_on=followup.financial_report_received_on,
    )


def list_projects(
    database: Database, campaign_id: int, today: date | None = None
) -> list[ProjectRow]:
    """The followed projects (funded, or carried out outside the vote), by number."""
    with database.session() as session:
        return _rows(session, campaign_id, _today(today))


def campaign_totals(database: Database, campaign_id: int) -> MoneyFigures:
    """The sum of the followed projects' money."""
    return total_figures(row.money for row in list_projects(database, campaign_id))


def _application(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise DomainError(translate("FollowUp", "This project no longer exists."))
    return application


def _followup_of(session: Session, application_id: int) -> ProjectFollowUp | None:
    return session.scalar(
        select(ProjectFollowUp).where(ProjectFollowUp.application_id == application_id)
    )


def _ensure(session: Session, application_id: int) -> tuple[Application, ProjectFollowUp]:
    """The project's follow-up row, created with its defaults the first time."""
    application = _application(session, application_id)
    followup = _followup_of(session, application_id)
    if followup is None:
        if application.status != ApplicationStatus.FUNDED.value:
            raise DomainError(
                translate(
                    "FollowUp",
                    "«{title}» was not funded: add it as carried out outside the vote first.",
                ).format(title=application.title)
            )
        followup = ProjectFollowUp(
            campaign_id=application.campaign_id,
            application_id=application.id,
            status=FollowUpStatus.LAUREATE.value,
            awarded_cents=application.requested_cents,
        )
        session.add(followup)
        session.flush()
    return application, followup


def project_detail(
    database: Database, application_id: int, today: date | None = None
) -> ProjectDetail:
    """Everything about one followed project."""
    today = _today(today)
    with database.session() as session:
        application = _application(session, application_id)
        rows = [r for r in _rows(session, application.campaign_id, today)]
        row = next((r for r in rows if r.application_id == application_id), None)
        if row is None:
            raise DomainError(translate("FollowUp", "This project is not followed."))
        followup = _followup_of(session, application_id)
        if followup is None:
            return ProjectDetail(
                row=row,
                awarded_cents=application.requested_cents,
                convention_reference="",
                convention_on=None,
                financial_year_end=None,
                financial_report_received_on=None,
                beneficiaries=None,
                activities_count=None,
                activities="",
                notes="",
                instalments=(),
                milestones=(),
                updates=(),
                expenses=(),
            )
        updates = session.scalars(
            select(ProjectUpdate)
            .where(ProjectUpdate.followup_id == followup.id)
            .order_by(ProjectUpdate.dated_on.desc(), ProjectUpdate.id.desc())
        ).all()
        photos: dict[int, list[PhotoView]] = {}
        if updates:
            for photo in session.execute(
                select(
                    UpdatePhoto.id,
                    UpdatePhoto.update_id,
                    UpdatePhoto.filename,
                    UpdatePhoto.media_type,
                    UpdatePhoto.size,
                    UpdatePhoto.caption,
                )
                .where(UpdatePhoto.update_id.in_([u.id for u in updates]))
                .order_by(UpdatePhoto.position, UpdatePhoto.id)
            ):
                photos.setdefault(photo.update_id, []).append(
                    PhotoView(photo.id, photo.filename, photo.media_type, photo.size, photo.caption)
                )
        active = row.status.active
        return ProjectDetail(
            row=row,
            awarded_cents=followup.awarded_cents,
            convention_reference=followup.convention_reference,
            convention_on=followup.convention_on,
            financial_year_end=followup.financial_year_end,
            financial_report_received_on=followup.financial_report_received_on,
            beneficiaries=followup.beneficiaries,
            activities_count=followup.activities_count,
            activities=followup.activities,
            notes=followup.notes,
            instalments=tuple(_instalment_view(i) for i in followup.instalments),
            milestones=tuple(_milestone_view(m, today, active) for m in followup.milestones),
            updates=tuple(
                UpdateView(
                    u.id, u.dated_on, u.text, u.public, u.author, tuple(photos.get(u.id, ()))
                )
                for u in updates
            ),
            expenses=tuple(
                _expense_view(e)
                for e in sorted(followup.expenses, key=lambda e: (e.spent_on, e.id))
            ),
        )


def _instalment_view(row: Instalment) -> InstalmentView:
    return InstalmentView(
        row.id, row.label, row.planned_on, row.planned_cents, row.paid_on, row.paid_cents
    )


def _milestone_view(row: Milestone, today: date, active: bool = True) -> MilestoneView:
    status = MilestoneStatus(row.status)
    return MilestoneView(
        row.id,
        row.title,
        row.planned_on,
        row.done_on,
        status,
        active and milestone_late(status, row.planned_on, row.done_on, today),
    )


def _expense_view(row: Expense) -> ExpenseView:
    return ExpenseView(
        row.id,
        row.spent_on,
        row.amount_cents,
        row.label,
        row.payee,
        row.reference,
        ExpenseState(row.state),
    )


def off_vote_candidates(database: Database, campaign_id: int) -> list[tuple[int, int, str]]:
    """Applications that could be added as carried out outside the vote: not funded and not
    followed yet, as (id, number, title)."""
    with database.session() as session:
        followed = select(ProjectFollowUp.application_id).where(
            ProjectFollowUp.campaign_id == campaign_id
        )
        return [
            (row.id, row.number, row.title)
            for row in session.execute(
                select(Application.id, Application.number, Application.title)
                .where(
                    Application.campaign_id == campaign_id,
                    Application.status != ApplicationStatus.FUNDED.value,
                    Application.id.not_in(followed),
                )
                .order_by(Application.number)
            )
        ]


# --- writing --------------------------------------------------------------------------------


def _log(
    session: Session,
    followup: ProjectFollowUp,
    application: Application,
    author: str,
    action: str,
    summary: str,
    **details: object,
) -> None:
    journal.record(
        session,
        followup.campaign_id,
        author,
        action,
        summary,
        application=application.uuid,
        **details,
    )


def add_off_vote_project(database: Database, application_id: int, author: str) -> None:
    """Follow an application that the vote did not fund but that was carried out anyway."""
    with database.session() as session:
        application = _application(session, application_id)
        if application.status == ApplicationStatus.FUNDED.value:
            raise DomainError(
                translate("FollowUp", "«{title}» was funded by the vote: it is already followed.")
                .format(title=application.title)
            )  # fmt: skip
        if _followup_of(session, application_id) is not None:
            raise DomainError(
                translate("FollowUp", "«{title}» is already followed.").format(
                    title=application.title
                )
            )
        followup = ProjectFollowUp(
            campaign_id=application.campaign_id,
            application_id=application.id,
            status=FollowUpStatus.DONE_OFF_VOTE.value,
            off_vote=True,
            progress=100,
            awarded_cents=application.requested_cents,
        )
        session.add(followup)
        session.flush()
        _log(
            session,
            followup,
            application,
            author,
            "followup.off_vote",
            translate("Journal", "«{title}» followed as carried out outside the vote.").format(
                title=application.title
            ),
        )


def remove_off_vote_project(database: Database, application_id: int, author: str) -> None:
    """Stop following a project added as carried out outside the vote (and all its records)."""
    with database.session() as session:
        application = _application(session, application_id)
        followup = _followup_of(session, application_id)
        if followup is None or not followup.off_vote:
            raise DomainError(
                translate("FollowUp", "Only a project carried out outside the vote can be removed.")
            )
        _log(
            session,
            followup,
            application,
            author,
            "followup.off_vote_removed",
            translate("Journal", "«{title}» no longer followed.").format(title=application.title),
        )
        session.delete(followup)


def save_followup(
    database: Database, application_id: int, data: FollowUpInput, author: str
) -> None:
    """The subsidy, the convention, the financial report and what the holder reported."""
    checked = validate_followup(data)
    with database.session() as session:
        application, followup = _ensure(session, application_id)
        followup.awarded_cents = checked.awarded_cents
        followup.convention_reference = checked.convention_reference
        followup.convention_on = checked.convention_on
        followup.financial_year_end = checked.financial_year_end
        followup.financial_report_received_on = checked.financial_report_received_on
        followup.progress = progress_for(FollowUpStatus(followup.status), checked.progress)
        followup.beneficiaries = checked.beneficiaries
        followup.activities_count = checked.activities_count
        followup.activities = checked.activities
        followup.notes = checked.notes
        _log(
            session,
            followup,
            application,
            author,
            "followup.save",
            translate("Journal", "Follow-up of «{title}» saved (subsidy {amount}).").format(
                title=application.title, amount=format_euros(checked.awarded_cents)
            ),
        )


def change_followup_status(
    database: Database,
    application_id: int,
    status: FollowUpStatus,
    reason: str,
    author: str,
) -> None:
    """Move a project along its workflow; suspended and abandoned need a reason."""
    with database.session() as session:
        application, followup = _ensure(session, application_id)
        before = FollowUpStatus(followup.status)
        reason = check_status_change(before, status, reason, off_vote=followup.off_vote)
        followup.status = status.value
        followup.status_reason = reason
        if status.finished:
            followup.progress = 100
        summary = translate("Journal", "«{title}»: {before} → {after}.").format(
            title=application.title, before=before.label, after=status.label
        )
        if reason:
            summary += " " + translate("Journal", "Reason: {reason}").format(reason=reason)
        _log(
            session,
            followup,
            application,
            author,
            "followup.status",
            summary,
            before=before.value,
            after=status.value,
        )


def _child(session: Session, table: type, row_id: int, gone: str):  # type: ignore[no-untyped-def]
    row = session.get(table, row_id)
    if row is None:
        raise DomainError(gone)
    followup = session.get(ProjectFollowUp, row.followup_id)
    assert followup is not None
    application = _application(session, followup.application_id)
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
            application, followup = _ensure(session, application_id)
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
        _log(session, followup, application, author, "followup.instalment", text, item=row.uuid)
        return row.id


def delete_instalment(database: Database, instalment_id: int, author: str) -> None:
    with database.session() as session:
        row, followup, application = _child(
            session,
            Instalment,
            instalment_id,
            translate("FollowUp", "This payment no longer exists."),
        )
        _log(
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
            application, followup = _ensure(session, application_id)
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
        _log(
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
        _log(
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
        application, followup = _ensure(session, application_id)
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
    _log(
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
        _log(
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

    #: New photos: (file to copy in, caption), in the order they are added.
    added: tuple[tuple[Path, str], ...] = ()
    #: Ids of the update's photos to remove.
    removed: tuple[int, ...] = ()
    #: New captions of the update's photos, by photo id.
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
    _log(
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
            _log(
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
    _log(
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
            application, followup = _ensure(session, application_id)
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
        _log(
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
        _log(
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


# --- alerts ---------------------------------------------------------------------------------


def followup_alerts(
    session_or_database: Session | Database, campaign_id: int, today: date | None = None
) -> list[FollowUpAlert]:
    """What the dashboard flags: overspent projects, late milestones, financial reports
    overdue, the one-year review approaching (30 days) or overdue."""
    if isinstance(session_or_database, Session):
        return _alerts(session_or_database, campaign_id, _today(today))
    with session_or_database.session() as session:
        return _alerts(session, campaign_id, _today(today))


def _alerts(session: Session, campaign_id: int, today: date) -> list[FollowUpAlert]:
    from pbdesk.workspace.one_year_review import scheduled_date

    alerts: list[FollowUpAlert] = []
    rows = _rows(session, campaign_id, today)
    for row in rows:
        if row.money.overspent:
            alerts.append(
                FollowUpAlert(
                    AlertKind.OVERSPEND,
                    row.application_id,
                    translate("FollowUp", "«{title}» spent {amount} more than allocated.").format(
                        title=row.title, amount=format_euros(row.money.overspend)
                    ),
                )
            )
    late_ids = [row.followup_id for row in rows if row.late_milestones and row.followup_id]
    if late_ids:
        titles = {row.followup_id: (row.application_id, row.title) for row in rows}
        for milestone in session.execute(
            select(Milestone.followup_id, Milestone.title, Milestone.planned_on)
            .where(
                Milestone.followup_id.in_(late_ids),
                Milestone.status == MilestoneStatus.PLANNED.value,
                Milestone.done_on.is_(None),
                Milestone.planned_on < today,
            )
            .order_by(Milestone.planned_on)
        ):
            application_id, title = titles[milestone.followup_id]
            alerts.append(
                FollowUpAlert(
                    AlertKind.LATE_MILESTONE,
                    application_id,
                    translate(
                        "FollowUp", "«{title}»: milestone «{milestone}» late (planned {date})."
                    ).format(
                        title=title,
                        milestone=milestone.title,
                        date=milestone.planned_on.strftime("%d/%m/%Y"),
                    ),
                    milestone.planned_on,
                )
            )
    for row in rows:
        if row.financial_report_overdue(today):
            due = row.financial_report_due
            assert due is not None
            alerts.append(
                FollowUpAlert(
                    AlertKind.FINANCIAL_REPORT,
                    row.application_id,
                    translate(
                        "FollowUp", "«{title}»: financial report overdue since {date}."
                    ).format(title=row.title, date=due.strftime("%d/%m/%Y")),
                    due,
                )
            )
    scheduled, held = scheduled_date(session, campaign_id, estimate=False)
    reminder = review_reminder(scheduled, held, today)
    if reminder is ReviewReminder.APPROACHING and scheduled is not None:
        alerts.append(
            FollowUpAlert(
                AlertKind.REVIEW_APPROACHING,
                None,
                translate("FollowUp", "The one-year review is due on {date}.").format(
                    date=scheduled.strftime("%d/%m/%Y")
                ),
                scheduled,
            )
        )
    elif reminder is ReviewReminder.OVERDUE and scheduled is not None:
        alerts.append(
            FollowUpAlert(
                AlertKind.REVIEW_OVERDUE,
                None,
                translate(
                    "FollowUp", "The one-year review was due on {date} and has not been held."
                ).format(date=scheduled.strftime("%d/%m/%Y")),
                scheduled,
            )
        )
    return alerts
