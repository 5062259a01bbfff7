"""What the follow-up modules share: finding a project's application and its follow-up row
(created with its defaults the first time something is saved for it), and journalling a
change against the project."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.errors import DomainError
from pbdesk.domain.followup import FollowUpStatus
from pbdesk.i18n import translate
from pbdesk.store.models import Application
from pbdesk.store.models.followup import ProjectFollowUp
from pbdesk.workspace import journal


def resolve_today(today: date | None) -> date:
    """``today``, or the real date when it is None (tests pass a fixed day)."""
    return today or date.today()


def existing_application(session: Session, application_id: int) -> Application:
    """The project's application; refused if it was deleted meanwhile."""
    application = session.get(Application, application_id)
    if application is None:
        raise DomainError(translate("FollowUp", "This project no longer exists."))
    return application


def followup_of(session: Session, application_id: int) -> ProjectFollowUp | None:
    """The project's follow-up row, None until something was saved for it."""
    return session.scalar(
        select(ProjectFollowUp).where(ProjectFollowUp.application_id == application_id)
    )


def ensure_followup(session: Session, application_id: int) -> tuple[Application, ProjectFollowUp]:
    """The project's follow-up row, created with its defaults the first time."""
    application = existing_application(session, application_id)
    followup = followup_of(session, application_id)
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


def log_change(
    session: Session,
    followup: ProjectFollowUp,
    application: Application,
    author: str,
    action: str,
    summary: str,
    **details: object,
) -> None:
    """Journal a change to the project, tagged with its application."""
    journal.record(
        session,
        followup.campaign_id,
        author,
        action,
        summary,
        application=application.uuid,
        **details,
    )
