"""Print settings and the data the printed pieces show (ballots, posters, booklet…).

- ``get_print_settings`` / ``save_print_settings``: one row per campaign (defaults until the
  first save): accent colour, logo, project order (by code, or a random order drawn once from
  a recorded seed so every reprint is the same), serial numbers with QR codes, ballots per
  station, ballots per sheet, large print. Saving checks everything, then writes one journal
  line.
- ``print_projects``: the projects on the ballot (code, title, holder, amount, stakes,
  summary, description, photo attachment), ``ordered_projects`` puts them in the printed
  order; ``ballot_layout`` adds the vote's rule as printed on the ballot; ``vote_day`` what
  the vote-day poster says.

Everything comes out as plain frozen dataclasses: ``pbdesk.printing`` never sees a row.
"""

from __future__ import annotations

import random
import re
import secrets
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.errors import ConcurrentEdit, DomainError, ValidationError
from pbdesk.domain.money import format_euros
from pbdesk.domain.vote import BallotKind, ResidenceRule, VoteSettings, code_order
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Application,
    ApplicationStake,
    Attachment,
    BallotCode,
    Campaign,
    Designation,
    Holder,
    Stake,
    Territory,
)
from pbdesk.store.models.printing import PrintSettings
from pbdesk.workspace import journal
from pbdesk.workspace.campaigns import campaign_row
from pbdesk.workspace.polling_stations import StationView, station_views
from pbdesk.workspace.vote import settings_of, vote_row

DEFAULT_ACCENT = "#1F5F8B"
DEFAULT_BALLOTS_PER_STATION = 200
DEFAULT_BALLOTS_PER_SHEET = 2
MAX_BALLOTS_PER_STATION = 100_000
MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_CONTACT_CHARS = 300
PROJECT_ORDERS = ("code", "random")
PHOTO_TYPES = ("image/jpeg", "image/png")

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

#: Statuses of applications that are (or were) on the ballot.
ON_BALLOT = (
    ApplicationStatus.SHORTLISTED.value,
    ApplicationStatus.FUNDED.value,
    ApplicationStatus.NOT_FUNDED.value,
)


# --- settings --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintSettingsView:
    campaign_name: str
    campaign_slug: str
    accent: str = DEFAULT_ACCENT
    has_logo: bool = False
    logo_filename: str = ""
    project_order: str = "code"  # "code" or "random"
    random_seed: int | None = None
    serials: bool = False
    ballots_per_station: int = DEFAULT_BALLOTS_PER_STATION
    ballots_per_sheet: int = DEFAULT_BALLOTS_PER_SHEET
    large_print: bool = False
    #: Who residents write to about their personal data ("" : a team member is printed).
    data_contact: str = ""
    #: False until the settings are first saved (the fields are then the defaults).
    saved: bool = False
    version: int = 0


@dataclass
class PrintSettingsInput:
    """The settings as edited. ``logo``: new picture bytes (None keeps the current one);
    ``remove_logo`` drops it. A random order keeps its seed unless ``redraw`` asks for a new
    one (a seed is drawn the first time "random" is chosen)."""

    accent: str = DEFAULT_ACCENT
    project_order: str = "code"
    serials: bool = False
    ballots_per_station: int = DEFAULT_BALLOTS_PER_STATION
    ballots_per_sheet: int = DEFAULT_BALLOTS_PER_SHEET
    large_print: bool = False
    data_contact: str = ""
    logo: bytes | None = None
    logo_filename: str = ""
    remove_logo: bool = False
    redraw: bool = False


def _settings_row(session: Session, campaign_id: int) -> PrintSettings | None:
    return session.scalar(select(PrintSettings).where(PrintSettings.campaign_id == campaign_id))


def _view(campaign: Campaign, row: PrintSettings | None, has_logo: bool) -> PrintSettingsView:
    if row is None:
        return PrintSettingsView(campaign.name, campaign.slug)
    return PrintSettingsView(
        campaign_name=campaign.name,
        campaign_slug=campaign.slug,
        accent=row.accent.upper(),
        has_logo=has_logo,
        logo_filename=row.logo_filename,
        project_order=row.project_order,
        random_seed=row.random_seed,
        serials=row.serials,
        ballots_per_station=row.ballots_per_station,
        ballots_per_sheet=row.ballots_per_sheet,
        large_print=row.large_print,
        data_contact=row.data_contact,
        saved=True,
        version=row.version,
    )


def _has_logo(session: Session, row: PrintSettings | None) -> bool:
    if row is None:
        return False
    size = session.scalar(select(func.length(PrintSettings.logo)).where(PrintSettings.id == row.id))
    return bool(size)


def get_print_settings(database: Database, campaign_id: int) -> PrintSettingsView:
    """The campaign's print settings; the defaults when they were never saved."""
    with database.session() as session:
        campaign = campaign_row(session, campaign_id)
        row = _settings_row(session, campaign_id)
        return _view(campaign, row, _has_logo(session, row))


def logo_bytes(database: Database, campaign_id: int) -> bytes | None:
    """The campaign's logo (a PNG or JPEG file's bytes), or None."""
    with database.session() as session:
        return session.scalar(
            select(PrintSettings.logo).where(PrintSettings.campaign_id == campaign_id)
        )


def check_print_settings(data: PrintSettingsInput) -> PrintSettingsInput:
    """The settings with the colour in capitals, or ``ValidationError`` (field → sentence)."""
    errors: dict[str, str] = {}
    accent = data.accent.strip()
    if not _COLOUR.match(accent):
        errors["accent"] = translate(
            "PrintSettings", "The accent colour is written #RRGGBB, for example #1F5F8B."
        )
    if data.project_order not in PROJECT_ORDERS:
        errors["project_order"] = translate(
            "PrintSettings",
            "Projects are printed in the order of their codes or in a random order.",
        )
    if not 1 <= data.ballots_per_station <= MAX_BALLOTS_PER_STATION:
        errors["ballots_per_station"] = translate(
            "PrintSettings", "Print between 1 and 100 000 ballots per polling station."
        )
    if data.ballots_per_sheet not in (1, 2, 4):
        errors["ballots_per_sheet"] = translate(
            "PrintSettings", "Print 1, 2 or 4 ballots per sheet."
        )
    contact = " ".join(data.data_contact.split())
    if len(contact) > MAX_CONTACT_CHARS:
        errors["data_contact"] = translate(
            "PrintSettings", "The contact for personal data is too long (300 characters at most)."
        )
    if data.logo is not None and not data.remove_logo:
        if len(data.logo) > MAX_LOGO_BYTES:
            errors["logo"] = translate("PrintSettings", "The logo is too large (5 MB at most).")
        elif not _is_picture(data.logo):
            errors["logo"] = translate("PrintSettings", "The logo must be a PNG or JPEG picture.")
    if errors:
        raise ValidationError(errors)
    data.accent = accent.upper()
    data.data_contact = contact
    return data


def _is_picture(data: bytes) -> bool:
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        return False
    from io import BytesIO

    from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]

    try:
        width, height = ImageReader(BytesIO(data)).getSize()
    except Exception:
        return False
    return bool(width > 0 and height > 0)


def save_print_settings(
    database: Database,
    campaign_id: int,
    data: PrintSettingsInput,
    author: str,
    *,
    expected_version: int | None = None,
) -> PrintSettingsView:
    """Check and save the settings (nothing is saved unless all is valid); one journal line.

    ``expected_version``: the ``version`` the form was loaded with; another agent's save in
    between raises ``ConcurrentEdit``.
    """
    data = check_print_settings(data)
    with database.session() as session:
        campaign = campaign_row(session, campaign_id)
        row = _settings_row(session, campaign_id)
        if expected_version is not None and (row.version if row else 0) != expected_version:
            raise ConcurrentEdit(
                translate(
                    "Database",
                    "Someone else changed this record in the meantime; nothing was saved. "
                    "Reload it and enter your changes again.",
                )
            )
        if row is None:
            row = PrintSettings(campaign_id=campaign_id)
            session.add(row)
        row.accent = data.accent
        row.project_order = data.project_order
        if data.project_order == "random" and (row.random_seed is None or data.redraw):
            row.random_seed = secrets.randbelow(2**31 - 1)
        row.serials = data.serials
        row.ballots_per_station = data.ballots_per_station
        row.ballots_per_sheet = data.ballots_per_sheet
        row.large_print = data.large_print
        row.data_contact = data.data_contact
        if data.remove_logo:
            row.logo, row.logo_filename = None, ""
        elif data.logo is not None:
            row.logo, row.logo_filename = data.logo, data.logo_filename[:255]
        session.flush()
        order = (
            translate("PrintSettings", "random order (draw {seed})").format(seed=row.random_seed)
            if row.project_order == "random"
            else translate("PrintSettings", "order of the codes")
        )
        journal.record(
            session,
            campaign_id,
            author,
            "print.settings",
            translate(
                "PrintSettings",
                "Print settings saved: {count} ballots per polling station, {per_sheet} per "
                "sheet, projects in {order}.",
            ).format(count=row.ballots_per_station, per_sheet=row.ballots_per_sheet, order=order),
            accent=row.accent,
            project_order=row.project_order,
            random_seed=row.random_seed,
            serials=row.serials,
            large_print=row.large_print,
            logo=row.logo_filename,
            data_contact=row.data_contact,
        )
        return _view(campaign, row, _has_logo(session, row))


# --- projects --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintProject:
    """A project as the printed pieces show it."""

    application_id: int
    number: int
    code: str  # the ballot code ("" before codes are given)
    title: str
    holder: str
    amount_cents: int
    stakes: tuple[str, ...]
    summary: str
    description: str
    territory: str
    photo_id: int | None = None  # an attached PNG/JPEG picture

    @property
    def amount(self) -> str:
        return format_euros(self.amount_cents)


def print_projects(database: Database, campaign_id: int) -> list[PrintProject]:
    """The projects on the ballot in the order of their codes; before codes are given, the
    applications selected for the vote, by number, with no code."""
    with database.session() as session:
        campaign_row(session, campaign_id)
        return _projects(session, campaign_id)


def _projects(session: Session, campaign_id: int) -> list[PrintProject]:
    coded = session.execute(
        select(Application, BallotCode.code)
        .join(BallotCode, BallotCode.application_id == Application.id)
        .where(BallotCode.campaign_id == campaign_id)
    ).all()
    if coded:
        pairs = [(application, code) for application, code in coded]
        pairs.sort(key=lambda pair: code_order(pair[1]))
    else:
        rows = session.scalars(
            select(Application)
            .where(Application.campaign_id == campaign_id, Application.status.in_(ON_BALLOT))
            .order_by(Application.number)
        )
        pairs = [(application, "") for application in rows]
    if not pairs:
        return []
    ids = [application.id for application, _code in pairs]
    holders = dict(
        session.execute(
            select(Application.id, Holder.name)
            .join(Holder, Holder.id == Application.holder_id)
            .where(Application.id.in_(ids))
        ).all()
    )
    territories = dict(
        session.execute(
            select(Territory.id, Territory.name).where(Territory.campaign_id == campaign_id)
        ).all()
    )
    stakes: dict[int, list[str]] = {}
    for application_id, title in session.execute(
        select(ApplicationStake.application_id, Stake.title)
        .join(Stake, Stake.id == ApplicationStake.stake_id)
        .where(ApplicationStake.application_id.in_(ids))
        .order_by(Stake.position, Stake.id)
    ):
        stakes.setdefault(application_id, []).append(title)
    photos: dict[int, int] = {}
    for application_id, attachment_id in session.execute(
        select(Attachment.application_id, Attachment.id)
        .where(Attachment.application_id.in_(ids), Attachment.media_type.in_(PHOTO_TYPES))
        .order_by(Attachment.id)
    ):
        photos.setdefault(application_id, attachment_id)
    return [
        PrintProject(
            application_id=application.id,
            number=application.number,
            code=code,
            title=application.title,
            holder=holders.get(application.id, ""),
            amount_cents=application.requested_cents,
            stakes=tuple(stakes.get(application.id, ())),
            summary=application.summary,
            description=application.description,
            territory=territories.get(application.territory_id, "")
            if application.territory_id
            else "",
            photo_id=photos.get(application.id),
        )
        for application, code in pairs
    ]


def project_photo(database: Database, attachment_id: int) -> bytes | None:
    """The bytes of a project's photo (read one at a time: pictures can be large)."""
    with database.session() as session:
        attachment = session.scalar(
            select(Attachment)
            .where(Attachment.id == attachment_id)
            .options(undefer(Attachment.content))
        )
        return None if attachment is None else attachment.content


def ordered_projects(
    projects: list[PrintProject], order: str, seed: int | None
) -> list[PrintProject]:
    """The projects in printed order: by code, or shuffled by the recorded ``seed`` (the same
    seed always gives the same order)."""
    by_code = sorted(projects, key=lambda p: (code_order(p.code), p.number))
    if order != "random" or seed is None:
        return by_code
    random.Random(seed).shuffle(by_code)
    return by_code


# --- the ballot and the vote day -----------------------------------------------------------


@dataclass(frozen=True)
class BallotLayout:
    """Everything a ballot shows, in printed order."""

    campaign_name: str
    campaign_slug: str
    kind: BallotKind
    rule: str  # "Cochez de 1 à 3 projets."
    settings: VoteSettings
    envelope_cents: int
    vote_on: date | None
    projects: tuple[PrintProject, ...]
    stations: tuple[StationView, ...]
    print_settings: PrintSettingsView


# --- campaigns decided without a vote --------------------------------------------------------


def no_vote_papers() -> DomainError:
    """The one sentence every vote paper (ballots, vote-day poster, sign-in sheets, records
    of the count, results) gives for a campaign decided without a vote."""
    return DomainError(
        translate(
            "VoteDayPapers",
            "This campaign decided without a vote: there are no vote papers to print.",
        )
    )


def _without_vote(campaign: Campaign) -> bool:
    return campaign.decision_mode == DecisionMode.DESIGNATION.value


def decided_without_vote(database: Database, campaign_id: int) -> bool:
    """True for a campaign whose core group designates the projects (no vote papers)."""
    with database.session() as session:
        return _without_vote(campaign_row(session, campaign_id))


@dataclass(frozen=True)
class DesignationNotes:
    """What the posters and the booklet of a campaign decided without a vote say instead of
    a call to vote: how the campaign decided, and each project's decision."""

    campaign: str
    #: Per application id: one sentence (funded or not, by whom, when); absent before the
    #: designation is recorded.
    projects: dict[int, str]


def _day(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def designation_notes(database: Database, campaign_id: int) -> DesignationNotes | None:
    """None for a campaign that votes; else how the projects were (or will be) chosen."""
    with database.session() as session:
        if not _without_vote(campaign_row(session, campaign_id)):
            return None
        rows = list(
            session.scalars(
                select(Designation)
                .where(Designation.campaign_id == campaign_id)
                .order_by(Designation.decided_on, Designation.id)
            )
        )
    projects: dict[int, str] = {}
    for row in rows:
        by = row.decided_by.strip()
        if row.funded:
            text = (
                translate("PrintDesignation", "Funded: designated by {by} on {date}.")
                if by
                else translate("PrintDesignation", "Funded: designated on {date}.")
            )
        else:
            text = (
                translate("PrintDesignation", "Not funded: decided by {by} on {date}.")
                if by
                else translate("PrintDesignation", "Not funded: decided on {date}.")
            )
        projects[row.application_id] = text.format(by=by, date=_day(row.decided_on))
    if rows:
        last = rows[-1]
        by = last.decided_by.strip()
        campaign = (
            translate("PrintDesignation", "Projects designated without a vote by {by} on {date}.")
            if by
            else translate("PrintDesignation", "Projects designated without a vote on {date}.")
        ).format(by=by, date=_day(last.decided_on))
    else:
        campaign = translate(
            "PrintDesignation", "Projects designated without a vote, by the core group."
        )
    return DesignationNotes(campaign, projects)


def ballot_rule(settings: VoteSettings, envelope_cents: int) -> str:
    """The rule printed on the ballot, one sentence."""
    kind = settings.ballot_kind
    low, high = settings.min_choices, settings.max_choices
    if kind is BallotKind.SINGLE:
        return translate("PrintBallot", "Tick one project.")
    if kind is BallotKind.APPROVAL:
        if high is None:
            if low <= 1:
                return translate("PrintBallot", "Tick as many projects as you like.")
            return translate("PrintBallot", "Tick at least {low} projects.").format(low=low)
        if high == low:
            if high == 1:
                return translate("PrintBallot", "Tick one project.")
            return translate("PrintBallot", "Tick exactly {count} projects.").format(count=high)
        if low <= 1 and high > 1:
            return translate("PrintBallot", "Tick from 1 to {high} projects.").format(high=high)
        return translate("PrintBallot", "Tick from {low} to {high} projects.").format(
            low=low, high=high
        )
    if kind is BallotKind.RANKED:
        if high is not None and low < high:
            return translate(
                "PrintBallot",
                "Number your choices 1, 2, 3… (1 = the one you prefer): from {low} to {high} "
                "projects.",
            ).format(low=low, high=high)
        return translate(
            "PrintBallot",
            "Number your choices 1, 2, 3… (1 = the one you prefer): {count} projects.",
        ).format(count=high if high is not None else low)
    if kind is BallotKind.POINTS:
        return translate(
            "PrintBallot",
            "Share out at most {total} points, at most {each} to one project.",
        ).format(total=settings.points_total or 0, each=settings.points_per_project or 0)
    return translate(
        "PrintBallot",
        "Tick the projects you choose: their total must not exceed {envelope}.",
    ).format(envelope=format_euros(envelope_cents))


def ballot_layout(database: Database, campaign_id: int) -> BallotLayout:
    """The ballot: settings, rule, projects in printed order, stations. ``DomainError`` when
    the vote settings were never saved or no project has a ballot code."""
    with database.session() as session:
        campaign = campaign_row(session, campaign_id)
        if _without_vote(campaign):
            raise no_vote_papers()
        vote = vote_row(session, campaign_id)
        if vote is None:
            raise DomainError(
                translate("Vote", "Save the vote settings first (Phase 8, settings of the vote).")
            )
        projects = _projects(session, campaign_id)
        if not projects or not projects[0].code:
            raise DomainError(
                translate("Vote", "No project has a ballot code yet: give the codes first.")
            )
        row = _settings_row(session, campaign_id)
        settings_view = _view(campaign, row, _has_logo(session, row))
        settings = settings_of(vote, session)
        stations = tuple(station_views(session, campaign_id))
        envelope = campaign.envelope_cents
        return BallotLayout(
            campaign_name=campaign.name,
            campaign_slug=campaign.slug,
            kind=settings.ballot_kind,
            rule=ballot_rule(settings, envelope),
            settings=settings,
            envelope_cents=envelope,
            vote_on=campaign.vote_on,
            projects=tuple(
                ordered_projects(projects, settings_view.project_order, settings_view.random_seed)
            ),
            stations=stations,
            print_settings=settings_view,
        )


@dataclass(frozen=True)
class VoteDay:
    """What the vote-day poster says: where, when, who can vote, how."""

    campaign_name: str
    vote_on: date | None
    stations: tuple[StationView, ...]
    territories: tuple[str, ...]
    who: tuple[str, ...]  # sentences
    how: tuple[str, ...]  # sentences
    project_count: int
    envelope_cents: int = 0
    settings_saved: bool = field(default=False)


def vote_day(database: Database, campaign_id: int) -> VoteDay:
    """The vote-day poster's content (the vote's settings when saved, else the defaults);
    ``DomainError`` for a campaign decided without a vote."""
    with database.session() as session:
        campaign = campaign_row(session, campaign_id)
        if _without_vote(campaign):
            raise no_vote_papers()
        vote = vote_row(session, campaign_id)
        settings = settings_of(vote, session) if vote is not None else VoteSettings()
        territories = tuple(
            session.scalars(
                select(Territory.name)
                .where(Territory.campaign_id == campaign_id)
                .order_by(Territory.position, Territory.id)
            )
        )
        stations = tuple(station_views(session, campaign_id))
        count = len(_projects(session, campaign_id))
        who = []
        if settings.min_age is not None:
            who.append(
                translate(
                    "PrintVoteDay", "Every resident aged {age} or over, whatever their nationality."
                ).format(age=settings.min_age)
            )
        else:
            who.append(
                translate("PrintVoteDay", "Every resident, whatever their age or nationality.")
            )
        if territories:
            who.append(
                translate("PrintVoteDay", "Residents of: {places}.").format(
                    places=", ".join(territories)
                )
            )
        if settings.residence_rule is ResidenceRule.PROOF:
            who.append(translate("PrintVoteDay", "Bring a proof of address."))
        else:
            who.append(translate("PrintVoteDay", "No document needed: you say where you live."))
        how = [
            translate("PrintVoteDay", "Sign the register at the polling station."),
            ballot_rule(settings, campaign.envelope_cents),
            translate("PrintVoteDay", "Put your ballot in the box."),
        ]
        if settings.proxies_allowed:
            how.append(
                translate(
                    "PrintVoteDay", "You may vote for someone else with a proxy ({count} at most)."
                ).format(count=settings.max_proxies)
            )
        return VoteDay(
            campaign_name=campaign.name,
            vote_on=campaign.vote_on,
            stations=stations,
            territories=territories,
            who=tuple(who),
            how=tuple(how),
            project_count=count,
            envelope_cents=campaign.envelope_cents,
            settings_saved=vote is not None,
        )
