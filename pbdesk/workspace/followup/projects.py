"""The followed projects and their money: the list's rows and the campaign's totals, one
project's detail, the projects carried out outside the vote, the subsidy and convention, and
status changes.

A project's follow-up row is created the first time something is saved for it; until then it
is shown with its defaults (status lauréat, allocation = the amount voted). Functions take the
application's id for the project.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.errors import DomainError
from pbdesk.domain.followup import (
    ExpenseState,
    FollowUpInput,
    FollowUpStatus,
    MilestoneStatus,
    MoneyFigures,
    check_status_change,
    financial_report_due,
    financial_report_overdue,
    progress_for,
    total_figures,
    validate_followup,
)
from pbdesk.domain.money import format_euros
from pbdesk.i18n import translate
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
from pbdesk.workspace.followup.common import (
    ensure_followup,
    existing_application,
    followup_of,
    log_change,
    resolve_today,
)
from pbdesk.workspace.followup.records import (
    ExpenseView,
    InstalmentView,
    MilestoneView,
    PhotoView,
    UpdateView,
    expense_view,
    instalment_view,
    milestone_view,
)

# --- views ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectRow:
    """One followed project in the list, with its money."""

    application_id: int
    # None until something was saved for the project.
    followup_id: int | None
    number: int
    title: str
    holder: str
    status: FollowUpStatus
    status_reason: str
    progress: int
    off_vote: bool
    # The amount requested and voted.
    voted_cents: int
    money: MoneyFigures
    # Subsidy instalments actually paid to the holder, and the first payment's date.
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
    # Newest first.
    updates: tuple[UpdateView, ...]
    # Oldest first.
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


# --- reading --------------------------------------------------------------------------------


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


def project_rows(session: Session, campaign_id: int, today: date) -> list[ProjectRow]:
    """The followed projects' rows, by number, inside an open session."""
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
        return project_rows(session, campaign_id, resolve_today(today))


def campaign_totals(database: Database, campaign_id: int) -> MoneyFigures:
    """The sum of the followed projects' money."""
    return total_figures(row.money for row in list_projects(database, campaign_id))


def project_detail(
    database: Database, application_id: int, today: date | None = None
) -> ProjectDetail:
    """Everything about one followed project."""
    today = resolve_today(today)
    with database.session() as session:
        application = existing_application(session, application_id)
        rows = [r for r in project_rows(session, application.campaign_id, today)]
        row = next((r for r in rows if r.application_id == application_id), None)
        if row is None:
            raise DomainError(translate("FollowUp", "This project is not followed."))
        followup = followup_of(session, application_id)
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
            instalments=tuple(instalment_view(i) for i in followup.instalments),
            milestones=tuple(milestone_view(m, today, active) for m in followup.milestones),
            updates=tuple(
                UpdateView(
                    u.id, u.dated_on, u.text, u.public, u.author, tuple(photos.get(u.id, ()))
                )
                for u in updates
            ),
            expenses=tuple(
                expense_view(e) for e in sorted(followup.expenses, key=lambda e: (e.spent_on, e.id))
            ),
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


def add_off_vote_project(database: Database, application_id: int, author: str) -> None:
    """Follow an application that the vote did not fund but that was carried out anyway."""
    with database.session() as session:
        application = existing_application(session, application_id)
        if application.status == ApplicationStatus.FUNDED.value:
            raise DomainError(
                translate("FollowUp", "«{title}» was funded by the vote: it is already followed.")
                .format(title=application.title)
            )  # fmt: skip
        if followup_of(session, application_id) is not None:
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
        log_change(
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
        application = existing_application(session, application_id)
        followup = followup_of(session, application_id)
        if followup is None or not followup.off_vote:
            raise DomainError(
                translate("FollowUp", "Only a project carried out outside the vote can be removed.")
            )
        log_change(
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
        application, followup = ensure_followup(session, application_id)
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
        log_change(
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
        application, followup = ensure_followup(session, application_id)
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
        log_change(
            session,
            followup,
            application,
            author,
            "followup.status",
            summary,
            before=before.value,
            after=status.value,
        )
