"""Indicators of a campaign and of its funded projects, as the end-of-edition report, the
comparison of editions and the follow-up show them.

Every figure is a count or an amount in cents, never a rounded rate: a share is a
``Ratio`` (part, whole) that says ``None`` when there is nothing to divide by. A figure the
workspace does not hold is ``None``, never a made-up 0 — no follow-up recorded means "not
known", not "nothing spent".

- **Voters** come from the vote: the signatures of the sign-in register (or the counts its
  purge kept), else the official ballots of the polling stations (``vote_totals``), else the
  published count's ballots. pbdesk keeps no population of reference, so turnout is a number
  of voters, not a rate. A campaign decided without a vote has none.
- **New holders**: the holders of the campaign's applications who never held a project
  before (``holders.new_holder_ids``), out of all its holders.
- **Carried out**: funded projects whose follow-up status is carried out, out of the funded
  projects (applications with status funded). Projects carried out although not chosen
  ("réalisé hors votation") are counted apart.
- **Spent / allocated**: the expenses paid out of the subsidies awarded, the figures of
  ``followup.list_projects`` (so the same as the dashboard's). A funded project nothing was
  recorded for counts with its default allocation (the amount voted); its expenses are not
  known (None) until something is recorded, and the campaign's are None while nothing is
  recorded for any project.
- **Days to the first payment**: from the decision (the vote's date, or the designation's;
  else the publication of the results) to the first subsidy instalment paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.followup import FollowUpStatus
from pbdesk.store.database import Database
from pbdesk.store.models import Application, Campaign, Designation, Vote, VoteResult
from pbdesk.store.models.followup import ProjectFollowUp
from pbdesk.workspace.campaigns import campaign_row
from pbdesk.workspace.followup.projects import ProjectRow, list_projects
from pbdesk.workspace.holders import new_holder_ids
from pbdesk.workspace.vote_register import signature_counts
from pbdesk.workspace.vote_totals import station_figures

#: Follow-up statuses of a project carried out.
CARRIED_OUT = frozenset({FollowUpStatus.DONE.value, FollowUpStatus.DONE_OFF_VOTE.value})


@dataclass(frozen=True)
class Ratio:
    """``part`` out of ``whole``, both whole numbers (cents or counts)."""

    part: int
    whole: int

    @property
    def value(self) -> float | None:
        """The share as a float for display, None when ``whole`` is 0."""
        return self.part / self.whole if self.whole else None

    def percent(self) -> int | None:
        """The share in whole percent, rounded half up; None when ``whole`` is 0."""
        if not self.whole:
            return None
        return (200 * self.part + self.whole) // (2 * self.whole)


@dataclass(frozen=True)
class ProjectIndicators:
    """One followed project: funded, or carried out outside the vote."""

    application_id: int
    number: int
    title: str
    holder_name: str
    #: The project's follow-up status code, or None while nothing was recorded for it.
    status: str | None
    off_vote: bool
    #: Reported by the holder; None when not reported.
    beneficiaries: int | None
    activities_count: int | None
    #: The subsidy awarded (by default the amount voted).
    allocated_cents: int
    #: Every expense recorded, committed or paid; None while nothing was recorded.
    committed_cents: int | None
    #: The expenses paid; None while nothing was recorded.
    paid_cents: int | None
    first_payment_on: date | None

    @property
    def spent(self) -> Ratio | None:
        if self.paid_cents is None:
            return None
        return Ratio(self.paid_cents, self.allocated_cents)


@dataclass(frozen=True)
class CampaignIndicators:
    campaign_id: int
    name: str
    year: int
    envelope_cents: int
    decision_mode: str
    applications: int
    holders: int
    new_holders: int
    #: Residents who voted (see the module's docstring); None without a vote or its figures.
    voters: int | None
    #: Where ``voters`` comes from: ``register``, ``ballots``, ``result`` or empty.
    voters_source: str
    #: Funded projects (applications with status funded).
    funded: int
    #: Funded projects carried out; None while none of them is followed.
    carried_out: int | None
    #: Carried out although not chosen ("réalisé hors votation").
    carried_out_off_vote: int
    #: The followed projects' allocations (``followup.campaign_totals``).
    allocated_cents: int
    #: The followed projects' expenses; None while nothing was recorded for any project.
    committed_cents: int | None
    paid_cents: int | None
    decided_on: date | None
    first_payment_on: date | None
    projects: tuple[ProjectIndicators, ...]

    @property
    def new_holder_share(self) -> Ratio | None:
        return Ratio(self.new_holders, self.holders) if self.holders else None

    @property
    def carried_out_share(self) -> Ratio | None:
        if self.carried_out is None or not self.funded:
            return None
        return Ratio(self.carried_out, self.funded)

    @property
    def spent(self) -> Ratio | None:
        if self.paid_cents is None:
            return None
        return Ratio(self.paid_cents, self.allocated_cents)

    @property
    def days_to_first_payment(self) -> int | None:
        if self.decided_on is None or self.first_payment_on is None:
            return None
        return (self.first_payment_on - self.decided_on).days


def campaign_indicators(database: Database, campaign_id: int) -> CampaignIndicators:
    """The indicators of one campaign and of each of its followed projects."""
    ballots = _station_ballots(database, campaign_id)
    rows = list_projects(database, campaign_id)
    with database.session() as session:
        return _indicators(session, campaign_id, ballots, rows)


def all_indicators(database: Database) -> list[CampaignIndicators]:
    """Every campaign's indicators, oldest edition first."""
    with database.session() as session:
        ids = list(session.scalars(select(Campaign.id).order_by(Campaign.year, Campaign.name)))
    found = {
        campaign_id: (_station_ballots(database, campaign_id), list_projects(database, campaign_id))
        for campaign_id in ids
    }
    with database.session() as session:
        return [_indicators(session, campaign_id, *found[campaign_id]) for campaign_id in ids]


def _station_ballots(database: Database, campaign_id: int) -> int | None:
    """The official ballots of every polling station, None without a vote or stations."""
    with database.session() as session:
        if session.scalar(select(Vote.id).where(Vote.campaign_id == campaign_id)) is None:
            return None
    figures = station_figures(database, campaign_id)
    return sum(line.ballots for line in figures) if figures else None


def _indicators(
    session: Session, campaign_id: int, ballots: int | None, rows: list[ProjectRow]
) -> CampaignIndicators:
    campaign = campaign_row(session, campaign_id)
    holders = session.scalar(
        select(func.count(func.distinct(Application.holder_id))).where(
            Application.campaign_id == campaign_id
        )
    )
    applications = session.scalar(
        select(func.count()).select_from(Application).where(Application.campaign_id == campaign_id)
    )
    voters, source = _voters(session, campaign_id, ballots)
    projects = _projects(session, campaign_id, rows)
    recorded = [p for p in projects if p.paid_cents is not None]
    funded = [p for p in projects if not p.off_vote]
    payments = [p.first_payment_on for p in projects if p.first_payment_on is not None]
    return CampaignIndicators(
        campaign_id=campaign.id,
        name=campaign.name,
        year=campaign.year,
        envelope_cents=campaign.envelope_cents,
        decision_mode=campaign.decision_mode,
        applications=int(applications or 0),
        holders=int(holders or 0),
        new_holders=len(new_holder_ids(session, campaign_id)),
        voters=voters,
        voters_source=source,
        funded=len(funded),
        carried_out=(
            sum(p.status in CARRIED_OUT for p in funded)
            if any(p.status is not None for p in funded)
            else None
        ),
        carried_out_off_vote=sum(p.status in CARRIED_OUT for p in projects if p.off_vote),
        allocated_cents=sum(p.allocated_cents for p in projects),
        committed_cents=sum(p.committed_cents or 0 for p in recorded) if recorded else None,
        paid_cents=sum(p.paid_cents or 0 for p in recorded) if recorded else None,
        decided_on=_decided_on(session, campaign),
        first_payment_on=min(payments) if payments else None,
        projects=tuple(projects),
    )


def _voters(session: Session, campaign_id: int, ballots: int | None) -> tuple[int | None, str]:
    signatures = sum(signed for signed, _proxies in signature_counts(session, campaign_id).values())
    if signatures:
        return signatures, "register"
    if ballots:
        return ballots, "ballots"
    row = session.execute(
        select(VoteResult.valid, VoteResult.blank, VoteResult.nul).where(
            VoteResult.campaign_id == campaign_id, VoteResult.published_at.is_not(None)
        )
    ).first()
    counted = sum(int(value or 0) for value in row) if row is not None else 0
    if counted:
        return counted, "result"
    return None, ""


def _decided_on(session: Session, campaign: Campaign) -> date | None:
    """When the funded projects were chosen: the vote, the designation, or the publication."""
    if campaign.decision_mode == DecisionMode.DESIGNATION.value:
        designated = session.scalar(
            select(func.min(Designation.decided_on)).where(Designation.campaign_id == campaign.id)
        )
        if designated is not None:
            return designated
    elif campaign.vote_on is not None:
        return campaign.vote_on
    published = session.scalar(
        select(func.min(VoteResult.published_at)).where(
            VoteResult.campaign_id == campaign.id, VoteResult.published_at.is_not(None)
        )
    )
    # The day of publication where the team is (a 00:30 publication in Paris is 23:30 UTC).
    return published.astimezone().date() if published is not None else None


def _projects(
    session: Session, campaign_id: int, rows: list[ProjectRow]
) -> list[ProjectIndicators]:
    """The followed projects (``followup.list_projects``) with what their holders reported."""
    reported = {
        application_id: (beneficiaries, activities)
        for application_id, beneficiaries, activities in session.execute(
            select(
                ProjectFollowUp.application_id,
                ProjectFollowUp.beneficiaries,
                ProjectFollowUp.activities_count,
            ).where(ProjectFollowUp.campaign_id == campaign_id)
        )
    }
    projects = []
    for row in rows:
        followed = row.followup_id is not None
        beneficiaries, activities = reported.get(row.application_id, (None, None))
        projects.append(
            ProjectIndicators(
                application_id=row.application_id,
                number=row.number,
                title=row.title,
                holder_name=row.holder,
                status=row.status.value if followed else None,
                off_vote=row.off_vote,
                beneficiaries=beneficiaries,
                activities_count=activities,
                allocated_cents=row.money.allocated,
                committed_cents=row.money.committed if followed else None,
                paid_cents=row.money.paid if followed else None,
                first_payment_on=row.first_payment_on,
            )
        )
    return projects
