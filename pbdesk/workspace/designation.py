"""Campaigns decided without a vote (Pertuis 2020): the core group's designation, with reasons.

Each project under consideration is designated funded or not, with the core group's reasons;
statuses move through ``applications.change_status_in`` (journaled) — a project still
"reviewed" is first put on the list under consideration (shortlisted) — and the one-year
review is scheduled one year after the decision; all of it in one transaction. The projects
funded may not cost more than the campaign's envelope.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import Application, Designation
from pbdesk.workspace import journal
from pbdesk.workspace.applications import change_status_in
from pbdesk.workspace.campaigns import campaign_row
from pbdesk.workspace.vote_publish import schedule_one_year_review

_CONSIDERED = (
    ApplicationStatus.REVIEWED,
    ApplicationStatus.SHORTLISTED,
    ApplicationStatus.FUNDED,
    ApplicationStatus.NOT_FUNDED,
)


@dataclass
class DesignationInput:
    application_id: int
    funded: bool
    reasons: str


@dataclass(frozen=True)
class DesignationView:
    application_id: int
    number: int
    title: str
    funded: bool
    reasons: str
    decided_on: date
    decided_by: str


def over_envelope_message(total_cents: int, envelope_cents: int) -> str:
    """The refusal when the projects designated funded cost more than the envelope."""
    return translate(
        "Vote",
        "The projects designated funded come to {total}, {excess} more than the envelope "
        "of {envelope}: nothing was saved.",
    ).format(
        total=format_euros(total_cents),
        excess=format_euros(total_cents - envelope_cents),
        envelope=format_euros(envelope_cents),
    )


def record_designation(
    database: Database,
    campaign_id: int,
    decisions: Sequence[DesignationInput],
    decided_on: date,
    decided_by: str,
    author: str,
) -> list[DesignationView]:
    """Record the core group's decision on each project, with its reasons, in one
    transaction: the checks, the statuses (journaled), the designation, its journal line and
    the one-year review are all written, or nothing is.

    Refused when the projects funded afterwards (those designated funded, and those already
    funded that this decision leaves so) cost more than the campaign's envelope. A campaign
    decided without a vote has no per-territory envelopes: its vote settings are not used.
    """
    decided_by = " ".join(decided_by.split())
    if not decisions:
        raise DomainError(translate("Vote", "Designate at least one project."))
    with database.session() as session:
        campaign = campaign_row(session, campaign_id)
        if campaign.decision_mode != DecisionMode.DESIGNATION.value:
            raise DomainError(
                translate("Vote", "This campaign decides by a vote, not by designation.")
            )
        to_shortlist: list[int] = []
        moves: dict[ApplicationStatus, list[int]] = {
            ApplicationStatus.FUNDED: [],
            ApplicationStatus.NOT_FUNDED: [],
        }
        # The projects funded once this decision is saved, and what each costs.
        funded_after = {
            application_id: cents
            for application_id, cents in session.execute(
                select(Application.id, Application.requested_cents).where(
                    Application.campaign_id == campaign_id,
                    Application.status == ApplicationStatus.FUNDED.value,
                )
            )
        }
        for decision in decisions:
            application = session.get(Application, decision.application_id)
            if application is None or application.campaign_id != campaign_id:
                raise DomainError(translate("Application", "This application no longer exists."))
            status = ApplicationStatus(application.status)
            if status not in _CONSIDERED:
                raise DomainError(
                    translate(
                        "Vote", "Application {number} is «{status}»: it cannot be designated."
                    ).format(number=application.number, status=status.label)
                )
            if not decision.reasons.strip():
                raise DomainError(
                    translate(
                        "Vote", "Give the core group's reasons for application {number}."
                    ).format(number=application.number)
                )
            target = ApplicationStatus.FUNDED if decision.funded else ApplicationStatus.NOT_FUNDED
            if status is ApplicationStatus.REVIEWED:
                to_shortlist.append(application.id)
            if status is not target:
                moves[target].append(application.id)
            if decision.funded:
                funded_after[application.id] = application.requested_cents
            else:
                funded_after.pop(application.id, None)
        total = sum(funded_after.values())
        if total > campaign.envelope_cents:
            raise DomainError(over_envelope_message(total, campaign.envelope_cents))
        change_status_in(session, to_shortlist, ApplicationStatus.SHORTLISTED, "", author)
        for target, ids in moves.items():
            change_status_in(session, ids, target, "", author)
        for decision in decisions:
            row = session.scalar(
                select(Designation).where(Designation.application_id == decision.application_id)
            )
            if row is None:
                row = Designation(campaign_id=campaign_id, application_id=decision.application_id)
                session.add(row)
            row.funded = decision.funded
            row.reasons = decision.reasons.strip()
            row.decided_on = decided_on
            row.decided_by = decided_by[:300]
        session.flush()
        funded = sum(1 for decision in decisions if decision.funded)
        journal.record(
            session,
            campaign_id,
            author,
            "vote.designation",
            (
                translate(
                    "Journal", "Designation by {who}: {funded} project funded out of {count}."
                )
                if funded <= 1
                else translate(
                    "Journal", "Designation by {who}: {funded} projects funded out of {count}."
                )
            ).format(who=decided_by or "?", funded=funded, count=len(decisions)),
        )
        schedule_one_year_review(session, campaign_id, decided_on, author)
        return _views(session, campaign_id)


def _views(session: Session, campaign_id: int) -> list[DesignationView]:
    rows = session.execute(
        select(Designation, Application)
        .join(Application, Application.id == Designation.application_id)
        .where(Designation.campaign_id == campaign_id)
        .order_by(Application.number)
    ).all()
    return [
        DesignationView(a.id, a.number, a.title, d.funded, d.reasons, d.decided_on, d.decided_by)
        for d, a in rows
    ]


def list_designations(database: Database, campaign_id: int) -> list[DesignationView]:
    with database.session() as session:
        return _views(session, campaign_id)
