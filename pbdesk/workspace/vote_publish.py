"""Publishing the results: a kept count becomes the result, statuses follow, the review is set.

The applications become funded or not funded through ``applications.change_status``
(journaled one by one), the publication is journaled, and the one-year review is scheduled in
phase 9's checklist, one year after the vote. ``change_status`` runs its own transaction, so
publishing is written to be run again safely after an interruption.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros
from pbdesk.domain.phases import Phase
from pbdesk.domain.register import one_year_after
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import Application, ChecklistItem, VoteResult
from pbdesk.store.types import utcnow
from pbdesk.workspace import journal
from pbdesk.workspace.applications import change_status_in
from pbdesk.workspace.campaigns import campaign_row
from pbdesk.workspace.vote import require_vote, settings_of
from pbdesk.workspace.vote_count import gather
from pbdesk.workspace.vote_results import CountResult, local_ids, result_row, stored_view

#: The catalogue item of phase 9 that the one-year review is.
ONE_YEAR_REVIEW_KEY = "p9.one_year_review"


def publish_results(
    database: Database, result_id: int, author: str, *, at: datetime | None = None
) -> CountResult:
    """Make a kept count the campaign's result: statuses funded / not funded (journaled by
    ``change_status``), the publication journaled, the one-year review scheduled.

    Refused if another count is already published, if the count does not use the
    règlement's rule, or if the ballots, hand counts, projects or envelopes changed since this
    count (count again). One transaction: nothing is written when anything fails.
    """
    moment = at or utcnow()
    with database.session() as session:
        row = result_row(session, result_id)
        campaign_id = row.campaign_id
        other = session.scalar(
            select(func.count()).where(
                VoteResult.campaign_id == campaign_id,
                VoteResult.published_at.is_not(None),
                VoteResult.id != row.id,
            )
        )
        if other:
            raise DomainError(
                translate("Vote", "Another count of this campaign is already published.")
            )
        settings = settings_of(require_vote(session, campaign_id), session)
        if row.published_at is None and (
            row.rule != settings.rule.value or row.tie_break != settings.tie_break.value
        ):
            # The règlement is frozen at the first ballot so that nobody chooses the rule
            # after seeing the ballots: a count under another rule is a simulation.
            raise DomainError(
                translate(
                    "Vote",
                    "This count does not use the rule and tie rule of the vote settings: only "
                    "a count under the règlement can be published (other rules are for "
                    "comparison).",
                )
            )
        if (
            row.published_at is None
            and gather(session, campaign_id).digest() != row.outcome["digest"]
        ):
            raise DomainError(
                translate(
                    "Vote",
                    "Ballots, hand counts or projects changed since this count: count again "
                    "before publishing.",
                )
            )
        funded: list[int] = []
        not_funded: list[int] = []
        ids = local_ids(session, campaign_id)
        for project in row.outcome["projects"]:
            application_id = ids.get(project["application"])
            application = session.get(Application, application_id) if application_id else None
            if application is None:
                raise DomainError(translate("Application", "This application no longer exists."))
            target = ApplicationStatus.FUNDED if project["funded"] else ApplicationStatus.NOT_FUNDED
            if application.status != target.value:
                (funded if project["funded"] else not_funded).append(application.id)
        # One unit of work: the statuses, the publication, its journal line and the
        # one-year review are written together or not at all.
        change_status_in(session, funded, ApplicationStatus.FUNDED, "", author)
        change_status_in(session, not_funded, ApplicationStatus.NOT_FUNDED, "", author)
        if row.published_at is None:
            row.published_at = moment
            row.published_by = author
            campaign = campaign_row(session, row.campaign_id)
            journal.record(
                session,
                row.campaign_id,
                author,
                "vote.publish",
                translate(
                    "Journal",
                    "Results published: {funded} projects funded for {amount} ({rule}).",
                ).format(
                    funded=len(row.outcome["selected"]),
                    amount=format_euros(row.total_cost_cents),
                    rule=row.rule,
                ),
                result=row.uuid,
            )
            schedule_one_year_review(
                session, row.campaign_id, campaign.vote_on or moment.date(), author
            )
        return stored_view(session, row)


def schedule_one_year_review(
    session: Session, campaign_id: int, decided_on: date, author: str
) -> ChecklistItem:
    """Phase 9's one-year review item, due one year after ``decided_on`` (added back if the
    team removed it); journaled."""
    due = one_year_after(decided_on)
    item = session.scalar(
        select(ChecklistItem).where(
            ChecklistItem.campaign_id == campaign_id,
            ChecklistItem.catalogue_key == ONE_YEAR_REVIEW_KEY,
        )
    )
    if item is None:
        last = session.scalar(
            select(func.max(ChecklistItem.position)).where(
                ChecklistItem.campaign_id == campaign_id,
                ChecklistItem.phase == int(Phase.FOLLOW_UP),
            )
        )
        item = ChecklistItem(
            campaign_id=campaign_id,
            phase=int(Phase.FOLLOW_UP),
            position=(last if last is not None else -1) + 1,
            label=translate("Vote", "Hold the review one year after the vote"),
            catalogue_key=ONE_YEAR_REVIEW_KEY,
        )
        session.add(item)
    item.due_on = due
    session.flush()
    journal.record(
        session,
        campaign_id,
        author,
        "followup.schedule",
        translate("Journal", "One-year review scheduled for {date}.").format(
            date=due.strftime("%d/%m/%Y")
        ),
        item=item.uuid,
        due_on=due.isoformat(),
    )
    return item
