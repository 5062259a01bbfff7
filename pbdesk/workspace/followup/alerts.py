"""What the dashboard flags about the follow-up: overspent projects, late milestones,
financial reports overdue, and the one-year review approaching or overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from pbdesk.domain.followup import (
    MilestoneStatus,
    ReviewReminder,
    review_reminder,
)
from pbdesk.domain.money import format_euros
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models.followup import Milestone
from pbdesk.workspace.followup.common import resolve_today
from pbdesk.workspace.followup.projects import project_rows


class AlertKind(StrEnum):
    OVERSPEND = "overspend"
    LATE_MILESTONE = "late_milestone"
    FINANCIAL_REPORT = "financial_report"
    REVIEW_APPROACHING = "review_approaching"
    REVIEW_OVERDUE = "review_overdue"


@dataclass(frozen=True)
class FollowUpAlert:
    kind: AlertKind
    # The project concerned (None for the one-year review).
    application_id: int | None
    # One sentence for the dashboard, in the user's language.
    text: str
    # The date the alert is about (planned date, report due date, review date).
    on: date | None = None


def followup_alerts(
    session_or_database: Session | Database, campaign_id: int, today: date | None = None
) -> list[FollowUpAlert]:
    """What the dashboard flags: overspent projects, late milestones, financial reports
    overdue, the one-year review approaching (30 days) or overdue."""
    if isinstance(session_or_database, Session):
        return _alerts(session_or_database, campaign_id, resolve_today(today))
    with session_or_database.session() as session:
        return _alerts(session, campaign_id, resolve_today(today))


def _alerts(session: Session, campaign_id: int, today: date) -> list[FollowUpAlert]:
    from pbdesk.workspace.one_year_review import scheduled_date

    alerts: list[FollowUpAlert] = []
    rows = project_rows(session, campaign_id, today)
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
