"""What the vote-day papers print: sign-in sheets, the PV of the count, the results.

Each function reads the store in one session and returns plain, frozen dataclasses that
``pbdesk.printing`` lays out; nothing here knows about pages or fonts. Per-station votes come
from the official entries of the station (``double_entry.stack_states``) or from its hand
count, exactly as the count reads them, so the PV adds up to the campaign's figures.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.errors import DomainError
from pbdesk.domain.people import Role
from pbdesk.domain.tally import Rule
from pbdesk.domain.vote import BallotKind, BallotStatus, decode_choices
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Application,
    Ballot,
    BallotCode,
    DirectCount,
    DirectCountLine,
    Holder,
    Person,
    PrintSettings,
    VoteResult,
)
from pbdesk.workspace.campaigns import campaign_row
from pbdesk.workspace.double_entry import stack_states
from pbdesk.workspace.polling_stations import StationView, station_views
from pbdesk.workspace.tie_draws import DrawView, draw_view, latest_draw
from pbdesk.workspace.vote import require_vote, settings_of, vote_row
from pbdesk.workspace.vote_register import RegisterSummary, register_summary
from pbdesk.workspace.vote_results import CountResult, stored_view
from pbdesk.workspace.vote_totals import (
    StationFigures,
    TerritoryTurnout,
    station_figures,
    turnout_by_territory,
)

#: Recourse period printed when the vote settings were never saved (the settings' default).
DEFAULT_RECOURSE_MONTHS = 2


@dataclass(frozen=True)
class CampaignHeading:
    """What every vote-day page says at the top."""

    id: int
    name: str
    slug: str
    year: int
    vote_on: date | None
    envelope_cents: int
    sample: bool


@dataclass(frozen=True)
class SignInSheets:
    """Sign-in sheets of one station or of every station, with the data-protection notice."""

    campaign: CampaignHeading
    stations: tuple[StationView, ...]
    recourse_months: int
    #: The register keeps names in clear (the campaign opted in), else only a keyed hash.
    keeps_names: bool
    proxies_allowed: bool
    max_proxies: int | None
    min_age: int | None
    #: Who residents write to about their data (a team member's name and contact), or "".
    contact: str


def _heading(session: Session, campaign_id: int) -> CampaignHeading:
    """The campaign's heading; ``DomainError`` for a campaign decided without a vote."""
    campaign = campaign_row(session, campaign_id)
    if campaign.decision_mode == DecisionMode.DESIGNATION.value:
        raise DomainError(
            translate(
                "VoteDayPapers",
                "This campaign decided without a vote: there are no vote papers to print.",
            )
        )
    return CampaignHeading(
        campaign.id,
        campaign.name,
        campaign.slug,
        campaign.year,
        campaign.vote_on,
        campaign.envelope_cents,
        campaign.is_sample,
    )


def _stations(
    session: Session, campaign_id: int, station_id: int | None
) -> tuple[StationView, ...]:
    stations = station_views(session, campaign_id)
    if station_id is not None:
        stations = [s for s in stations if s.id == station_id]
        if not stations:
            raise DomainError(translate("Vote", "This polling station no longer exists."))
    if not stations:
        raise DomainError(
            translate("VoteDayPapers", "The campaign has no polling station yet (phase 8).")
        )
    return tuple(stations)


def _contact(session: Session, campaign_id: int) -> str:
    """The contact for personal data set in the print settings (the city's data-protection
    officer, typically); else the first team member of a public service (else the trusted
    third party) who can be reached: "Name (organisation), e-mail, phone"."""
    chosen = session.scalar(
        select(PrintSettings.data_contact).where(PrintSettings.campaign_id == campaign_id)
    )
    if chosen:
        return chosen
    people = session.scalars(
        select(Person).where(
            Person.campaign_id == campaign_id,
            Person.is_resident.is_(False),
            Person.erased_at.is_(None),
        )
    ).all()
    for role in (Role.SERVICE, Role.TRUSTED_THIRD_PARTY, Role.LOCAL_ACTOR, Role.ELECTED):
        for person in sorted(people, key=lambda p: p.id):
            if person.role == role.value and (person.email or person.phone):
                who = person.full_name
                if person.organisation:
                    who += f" ({person.organisation})"
                return ", ".join(part for part in (who, person.email, person.phone) if part)
    return ""


def sign_in_sheets(
    database: Database, campaign_id: int, station_id: int | None = None
) -> SignInSheets:
    """The stations (one, or all when ``station_id`` is None) and the register's rules."""
    with database.session() as session:
        heading = _heading(session, campaign_id)
        stations = _stations(session, campaign_id, station_id)
        vote = vote_row(session, campaign_id)
        if vote is None:
            recourse, keeps, proxies, most, age = DEFAULT_RECOURSE_MONTHS, False, False, None, None
        else:
            settings = settings_of(vote, session)
            recourse = settings.recourse_months
            keeps = settings.keep_names
            proxies = settings.proxies_allowed
            most = settings.max_proxies
            age = settings.min_age
        return SignInSheets(
            heading, stations, recourse, keeps, proxies, most, age, _contact(session, campaign_id)
        )


# --- the PV of the count --------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectVotes:
    """A project's votes (and points, for points ballots) at one station or in all."""

    application_id: int
    code: str
    title: str
    votes: int
    points: int | None


@dataclass(frozen=True)
class StationReport:
    """One station's PV: its figures (signatures, ballots, reconciliation) and votes."""

    station: StationView
    figures: StationFigures
    projects: tuple[ProjectVotes, ...]


@dataclass(frozen=True)
class CountReport:
    """The PV of the count: every station (or one), their totals, and the draw by lot."""

    campaign: CampaignHeading
    ballot_kind: BallotKind
    rule: Rule
    stations: tuple[StationReport, ...]
    #: Every station's figures added up (for the campaign summary page).
    signatures: int
    proxies: int
    valid: int
    blank: int
    nul: int
    #: Campaign totals per project (all stations).
    projects: tuple[ProjectVotes, ...]
    #: The draw the published count used, else the latest draw held (None: no draw).
    draw: DrawView | None
    register: RegisterSummary
    #: The published count, else the latest kept count, else None.
    result: CountResult | None

    @property
    def ballots(self) -> int:
        return self.valid + self.blank + self.nul

    @property
    def points(self) -> bool:
        return self.ballot_kind is BallotKind.POINTS


def _paper_projects(session: Session, campaign_id: int) -> list[tuple[int, str, str]]:
    return [
        (application_id, code, title)
        for application_id, code, title in session.execute(
            select(Application.id, BallotCode.code, Application.title)
            .join(BallotCode, BallotCode.application_id == Application.id)
            .where(BallotCode.campaign_id == campaign_id)
            .order_by(BallotCode.position, BallotCode.id)
        )
    ]


def _station_votes(session: Session, campaign_id: int) -> dict[int, dict[str, tuple[int, int]]]:
    """Per station id, per ballot code: (votes, points), from official entries and hand
    counts — the same ballots the count reads."""
    by_code = {a: code for a, code, _ in _paper_projects(session, campaign_id)}
    official = {
        state.official_session_id: state.station_id
        for state in stack_states(session, campaign_id)
        if state.official_session_id is not None
    }
    votes: dict[int, Counter[str]] = {}
    points: dict[int, Counter[str]] = {}
    if official:
        for session_id, choices, count in session.execute(
            select(Ballot.session_id, Ballot.choices, func.count())
            .where(
                Ballot.session_id.in_(list(official)),
                Ballot.status == BallotStatus.VALID.value,
            )
            .group_by(Ballot.session_id, Ballot.choices)
        ):
            station = official[session_id]
            codes, given = decode_choices(choices)
            for position, code in enumerate(codes):
                value = given[position] if given else 1
                if value > 0:
                    votes.setdefault(station, Counter())[code] += int(count)
                points.setdefault(station, Counter())[code] += value * int(count)
    for station, application_id, line_votes, line_points in session.execute(
        select(
            DirectCount.station_id,
            DirectCountLine.application_id,
            DirectCountLine.votes,
            DirectCountLine.points,
        )
        .join(DirectCount, DirectCount.id == DirectCountLine.direct_count_id)
        .where(DirectCount.campaign_id == campaign_id)
    ):
        code = by_code.get(application_id)
        if code is None:
            continue
        votes.setdefault(station, Counter())[code] += int(line_votes or 0)
        points.setdefault(station, Counter())[code] += int(line_points or 0)
    return {
        station: {
            code: (votes.get(station, Counter())[code], points.get(station, Counter())[code])
            for code in set(votes.get(station, {})) | set(points.get(station, {}))
        }
        for station in set(votes) | set(points)
    }


def _shown_result(session: Session, campaign_id: int) -> CountResult | None:
    row = session.scalar(
        select(VoteResult).where(
            VoteResult.campaign_id == campaign_id, VoteResult.published_at.is_not(None)
        )
    )
    if row is None:
        row = session.scalar(
            select(VoteResult)
            .where(VoteResult.campaign_id == campaign_id)
            .order_by(VoteResult.counted_at.desc(), VoteResult.id.desc())
            .limit(1)
        )
    return stored_view(session, row) if row is not None else None


def count_report(
    database: Database, campaign_id: int, station_id: int | None = None
) -> CountReport:
    """The PV's figures: per station (one, or all) signatures, ballots, valid / blank / nul,
    votes per project, the reconciliation; the campaign's totals and the draw by lot."""
    with database.session() as session:
        _heading(session, campaign_id)
    register = register_summary(database, campaign_id)
    every = station_figures(database, campaign_id)
    figures = {f.station_id: f for f in every}
    with database.session() as session:
        heading = _heading(session, campaign_id)
        vote = require_vote(session, campaign_id)
        settings = settings_of(vote, session)
        stations = _stations(session, campaign_id, station_id)
        projects = _paper_projects(session, campaign_id)
        per_station = _station_votes(session, campaign_id)
        scored = settings.ballot_kind is BallotKind.POINTS

        def lines(counts: dict[str, tuple[int, int]]) -> tuple[ProjectVotes, ...]:
            return tuple(
                ProjectVotes(
                    application_id,
                    code,
                    title,
                    counts.get(code, (0, 0))[0],
                    counts.get(code, (0, 0))[1] if scored else None,
                )
                for application_id, code, title in projects
            )

        reports = tuple(
            StationReport(station, figures[station.id], lines(per_station.get(station.id, {})))
            for station in stations
        )
        totals: dict[str, tuple[int, int]] = {}
        for counts in per_station.values():
            for code, (v, p) in counts.items():
                before = totals.get(code, (0, 0))
                totals[code] = (before[0] + v, before[1] + p)
        result = _shown_result(session, campaign_id)
        if result is not None and result.draw is not None:
            draw: DrawView | None = result.draw
        else:
            latest = latest_draw(session, campaign_id)
            draw = draw_view(latest) if latest is not None else None
        return CountReport(
            campaign=heading,
            ballot_kind=settings.ballot_kind,
            rule=settings.rule,
            stations=reports,
            signatures=sum(f.signatures for f in every),
            proxies=sum(f.proxies for f in every),
            valid=sum(f.valid for f in every),
            blank=sum(f.blank for f in every),
            nul=sum(f.nul for f in every),
            projects=lines(totals),
            draw=draw,
            register=register,
            result=result,
        )


# --- the results ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PublishedResults:
    """The published result with what the poster and the report print around it."""

    campaign: CampaignHeading
    ballot_kind: BallotKind
    result: CountResult
    stations: tuple[StationFigures, ...]
    territories: tuple[TerritoryTurnout, ...]
    signatures: int
    #: Holder (porteur) per application id, "" when none.
    holders: dict[int, str]
    published_at: datetime
    #: The threshold rule's share of valid ballots, in percent (None: no threshold).
    threshold_percent: Decimal | None = None


def not_published_message() -> str:
    return translate(
        "VoteDayPapers",
        "The results are not published yet: publish them (phase 8, results) before printing them.",
    )


def published_results(database: Database, campaign_id: int) -> PublishedResults:
    """The campaign's published result and turnout; ``DomainError`` (one French sentence)
    when no result is published."""
    with database.session() as session:
        _heading(session, campaign_id)
        vote = vote_row(session, campaign_id)
        row = (
            session.scalar(
                select(VoteResult).where(
                    VoteResult.campaign_id == campaign_id, VoteResult.published_at.is_not(None)
                )
            )
            if vote is not None
            else None
        )
        if vote is None or row is None or row.published_at is None:
            raise DomainError(not_published_message())
    figures = station_figures(database, campaign_id)
    with database.session() as session:
        heading = _heading(session, campaign_id)
        vote = require_vote(session, campaign_id)
        row = session.get(VoteResult, row.id)
        if row is None or row.published_at is None:
            raise DomainError(not_published_message())
        settings = settings_of(vote, session)
        result = stored_view(session, row)
        holders = _holders(session, [p.application_id for p in result.projects])
        return PublishedResults(
            heading,
            settings.ballot_kind,
            result,
            tuple(figures),
            tuple(turnout_by_territory(figures)),
            sum(f.signatures for f in figures),
            holders,
            row.published_at,
            settings.threshold_percent,
        )


def _holders(session: Session, ids: list[int | None]) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return {
        application_id: name or ""
        for application_id, name in session.execute(
            select(Application.id, Holder.name)
            .outerjoin(Holder, Holder.id == Application.holder_id)
            .where(Application.id.in_(wanted))
        )
    }
