"""What a campaign's dashboard shows, read in one session with a handful of queries."""

from __future__ import annotations

from datetime import date

from sqlalchemy import case, func, select

from pbdesk.domain.people import Role
from pbdesk.domain.phases import Phase, PhaseStatus
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Application,
    ChecklistItem,
    Meeting,
    Person,
    PhaseState,
    Reviewer,
    Stake,
)
from pbdesk.workspace.campaigns import campaign_row, summarize
from pbdesk.workspace.followup.alerts import FollowUpAlert, followup_alerts
from pbdesk.workspace.holders import new_holder_ids
from pbdesk.workspace.views import DashboardView, DueItem, PhaseProgress

NEXT_DUE_LIMIT = 6


def dashboard(database: Database, campaign_id: int, today: date | None = None) -> DashboardView:
    today = today or date.today()
    with database.session() as session:
        campaign = campaign_row(session, campaign_id)
        summary = summarize(session, campaign)
        statuses = {
            Phase(phase): PhaseStatus(status)
            for phase, status in session.execute(
                select(PhaseState.phase, PhaseState.status).where(
                    PhaseState.campaign_id == campaign_id
                )
            )
        }
        checklist: dict[Phase, tuple[int, int]] = {}
        for phase, done, total in session.execute(
            select(
                ChecklistItem.phase,
                func.sum(case((ChecklistItem.done.is_(True), 1), else_=0)),
                func.count(),
            )
            .where(ChecklistItem.campaign_id == campaign_id)
            .group_by(ChecklistItem.phase)
        ):
            checklist[Phase(phase)] = (int(done or 0), int(total))
        meetings_by_phase: dict[Phase, int] = {}
        participants = 0
        for phase, count, people in session.execute(
            select(Meeting.phase, func.count(), func.sum(Meeting.participants))
            .where(Meeting.campaign_id == campaign_id)
            .group_by(Meeting.phase)
        ):
            meetings_by_phase[Phase(phase)] = int(count)
            participants += int(people or 0)
        progress = tuple(
            PhaseProgress(
                phase=phase,
                status=statuses.get(phase, PhaseStatus.UPCOMING),
                done=checklist.get(phase, (0, 0))[0],
                total=checklist.get(phase, (0, 0))[1],
                meetings=meetings_by_phase.get(phase, 0),
            )
            for phase in Phase
        )
        due_rows = session.execute(
            select(
                ChecklistItem.id,
                ChecklistItem.phase,
                ChecklistItem.label,
                ChecklistItem.owner,
                ChecklistItem.due_on,
            )
            .where(
                ChecklistItem.campaign_id == campaign_id,
                ChecklistItem.done.is_(False),
                ChecklistItem.due_on.is_not(None),
            )
            .order_by(ChecklistItem.due_on, ChecklistItem.phase, ChecklistItem.position)
            .limit(NEXT_DUE_LIMIT)
        ).all()
        next_due = tuple(
            DueItem(row.id, Phase(row.phase), row.label, row.owner, row.due_on, row.due_on < today)
            for row in due_rows
        )
        roles = dict(
            session.execute(
                select(Person.role, func.count())
                .where(Person.campaign_id == campaign_id)
                .group_by(Person.role)
            ).all()
        )
        applications = session.scalar(
            select(func.count())
            .select_from(Application)
            .where(Application.campaign_id == campaign_id)
        )
        holders = session.scalar(
            select(func.count(func.distinct(Application.holder_id))).where(
                Application.campaign_id == campaign_id
            )
        )
        stakes = session.scalar(
            select(func.count()).select_from(Stake).where(Stake.campaign_id == campaign_id)
        )
        reviewers = session.scalar(
            select(func.count()).select_from(Reviewer).where(Reviewer.campaign_id == campaign_id)
        )
        counts = {
            "applications": int(applications or 0),
            "holders": int(holders or 0),
            "new_holders": len(new_holder_ids(session, campaign_id)),
            "stakes": int(stakes or 0),
            "reviewers": int(reviewers or 0),
            "team": sum(int(n) for role, n in roles.items() if role != Role.CORE_GROUP.value),
            "core_group": int(roles.get(Role.CORE_GROUP.value, 0)),
            "meetings": sum(meetings_by_phase.values()),
            "participants": participants,
        }
        return DashboardView(
            campaign=summary,
            territories=tuple(t.name for t in campaign.territories),
            progress=progress,
            next_due=next_due,
            counts=counts,
        )


def dashboard_alerts(
    database: Database, campaign_id: int, today: date | None = None
) -> list[FollowUpAlert]:
    """Phase 9's alerts for the dashboard: overspending, late milestones, financial reports
    overdue, the one-year review approaching or overdue (``followup.followup_alerts``)."""
    return followup_alerts(database, campaign_id, today or date.today())


def progress_by_campaign(database: Database) -> dict[int, tuple[PhaseProgress, ...]]:
    """Every campaign's per-phase status and checklist count, in two queries (navigator marks)."""
    with database.session() as session:
        statuses: dict[tuple[int, int], PhaseStatus] = {
            (campaign_id, phase): PhaseStatus(status)
            for campaign_id, phase, status in session.execute(
                select(PhaseState.campaign_id, PhaseState.phase, PhaseState.status)
            )
        }
        counts: dict[tuple[int, int], tuple[int, int]] = {
            (campaign_id, phase): (int(done or 0), int(total))
            for campaign_id, phase, done, total in session.execute(
                select(
                    ChecklistItem.campaign_id,
                    ChecklistItem.phase,
                    func.sum(case((ChecklistItem.done.is_(True), 1), else_=0)),
                    func.count(),
                ).group_by(ChecklistItem.campaign_id, ChecklistItem.phase)
            )
        }
    result: dict[int, tuple[PhaseProgress, ...]] = {}
    for campaign_id in {key[0] for key in statuses}:
        result[campaign_id] = tuple(
            PhaseProgress(
                phase=phase,
                status=statuses.get((campaign_id, int(phase)), PhaseStatus.UPCOMING),
                done=counts.get((campaign_id, int(phase)), (0, 0))[0],
                total=counts.get((campaign_id, int(phase)), (0, 0))[1],
                meetings=0,
            )
            for phase in Phase
        )
    return result
