"""Funded projects for the follow-up tests: applications whose status is set to funded
directly (the vote's publication is tested elsewhere)."""

from __future__ import annotations

from sqlalchemy import update

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus
from pbdesk.store.database import Database
from pbdesk.store.models import Application
from pbdesk.workspace.applications import save_application

AUTHOR = "Agnès Testeuse"


def add_projects(
    database: Database,
    campaign_id: int,
    titles_and_amounts: list[tuple[str, str]],
    status: ApplicationStatus = ApplicationStatus.FUNDED,
) -> list[int]:
    ids = [
        save_application(database, campaign_id, ApplicationInput(title, requested=amount), AUTHOR)
        for title, amount in titles_and_amounts
    ]
    with database.session() as session:
        session.execute(
            update(Application).where(Application.id.in_(ids)).values(status=status.value)
        )
    return ids
