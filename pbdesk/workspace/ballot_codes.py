"""Ballot codes: the short code of each project on the ballot, what operators type.

Each project on the ballot gets a code of its own (1, 2, 3… in the order of the
applications' numbers by default, or any one to six letters or digits), unique in the
campaign — not the application's number, which has gaps (projects not shortlisted) and can
reach two or three digits. Short dense codes are fewer keystrokes at the count and can follow
the ballot's printed order (drawn by lot, alphabetical…). Stored ballots are written in
codes (they travel to other laptops, database ids do not), so a code never changes once a
ballot is stored, and a project never leaves the ballot then; the order and new codes
freeze with the settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.errors import DomainError
from pbdesk.domain.vote import check_code
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import Application, Ballot, BallotCode, EntrySession
from pbdesk.workspace import journal
from pbdesk.workspace.campaigns import campaign_row
from pbdesk.workspace.vote import frozen_message, vote_row

#: Statuses of the applications that are (or were) on the ballot.
ON_BALLOT = (
    ApplicationStatus.SHORTLISTED.value,
    ApplicationStatus.FUNDED.value,
    ApplicationStatus.NOT_FUNDED.value,
)


@dataclass(frozen=True)
class BallotCodeView:
    application_id: int
    number: int
    title: str
    code: str
    cost_cents: int
    territory_id: int | None
    status: ApplicationStatus


def list_codes(database: Database, campaign_id: int) -> list[BallotCodeView]:
    """The projects on the ballot, in the ballot's order."""
    with database.session() as session:
        return _code_views(session, campaign_id)


def _code_views(session: Session, campaign_id: int) -> list[BallotCodeView]:
    rows = session.execute(
        select(BallotCode, Application)
        .join(Application, Application.id == BallotCode.application_id)
        .where(BallotCode.campaign_id == campaign_id)
        .order_by(BallotCode.position, BallotCode.id)
    ).all()
    return [
        BallotCodeView(
            a.id,
            a.number,
            a.title,
            c.code,
            a.requested_cents,
            a.territory_id,
            ApplicationStatus(a.status),
        )
        for c, a in rows
    ]


def _check_codes_editable(session: Session, campaign_id: int) -> None:
    vote = vote_row(session, campaign_id)
    if vote is not None and vote.frozen:
        raise DomainError(frozen_message())


def _has_ballots(session: Session, campaign_id: int) -> bool:
    return bool(
        session.scalar(
            select(func.count())
            .select_from(Ballot)
            .join(EntrySession, EntrySession.id == Ballot.session_id)
            .where(EntrySession.campaign_id == campaign_id)
        )
    )


def assign_codes(database: Database, campaign_id: int, author: str) -> list[BallotCodeView]:
    """Give every shortlisted project a code (the next free number, by application number)
    and take them away from projects no longer on the ballot; journaled."""
    with database.session() as session:
        campaign_row(session, campaign_id)
        _check_codes_editable(session, campaign_id)
        codes = {
            c.application_id: c
            for c in session.scalars(
                select(BallotCode).where(BallotCode.campaign_id == campaign_id)
            )
        }
        applications = session.scalars(
            select(Application)
            .where(Application.campaign_id == campaign_id, Application.status.in_(ON_BALLOT))
            .order_by(Application.number)
        ).all()
        wanted = {a.id for a in applications}
        gone = [c for application_id, c in codes.items() if application_id not in wanted]
        if gone and _has_ballots(session, campaign_id):
            raise DomainError(
                translate(
                    "Vote",
                    "Ballots are already entered: a project cannot leave the ballot now.",
                )
            )
        for code in gone:
            session.delete(code)
        used = {c.code for c in codes.values() if c.application_id in wanted}
        numbers = [int(code) for code in used if code.isdigit()]
        next_number = max(numbers, default=0) + 1
        position = max((c.position for c in codes.values()), default=-1) + 1
        added = []
        for application in applications:
            if application.id in codes:
                continue
            while str(next_number) in used:
                next_number += 1
            text = str(next_number)
            used.add(text)
            session.add(
                BallotCode(
                    campaign_id=campaign_id,
                    application_id=application.id,
                    code=text,
                    position=position,
                )
            )
            added.append(f"{text} = {application.number}")
            position += 1
        session.flush()
        if added or gone:
            journal.record(
                session,
                campaign_id,
                author,
                "vote.codes",
                translate("Journal", "Ballot codes: {added} given, {removed} taken back.").format(
                    added=len(added), removed=len(gone)
                ),
                added=added,
            )
        return _code_views(session, campaign_id)


def set_code(database: Database, application_id: int, code: str, author: str) -> None:
    """Give a project on the ballot a code of the team's choice (unique in the campaign)."""
    cleaned = check_code(code)
    with database.session() as session:
        row = session.scalar(select(BallotCode).where(BallotCode.application_id == application_id))
        if row is None:
            raise DomainError(translate("Vote", "This project is not on the ballot."))
        _check_codes_editable(session, row.campaign_id)
        if row.code == cleaned:
            return
        if _has_ballots(session, row.campaign_id):
            # Stored ballots say which codes were ticked: a code keeps its meaning for good.
            raise DomainError(
                translate("Vote", "Ballots are already entered: the codes cannot change now.")
            )
        taken = session.scalar(
            select(Application.number)
            .join(BallotCode, BallotCode.application_id == Application.id)
            .where(
                BallotCode.campaign_id == row.campaign_id,
                BallotCode.code == cleaned,
                BallotCode.id != row.id,
            )
        )
        if taken is not None:
            raise DomainError(
                translate("Vote", "The code {code} is already application {number}'s.").format(
                    code=cleaned, number=taken
                )
            )
        before, row.code = row.code, cleaned
        journal.record(
            session,
            row.campaign_id,
            author,
            "vote.codes",
            translate("Journal", "Ballot code {before} becomes {after}.").format(
                before=before, after=cleaned
            ),
        )


def order_codes(database: Database, campaign_id: int, application_ids: Sequence[int]) -> None:
    """Put the projects in the ballot's printed order (``application_ids`` first to last)."""
    with database.session() as session:
        _check_codes_editable(session, campaign_id)
        rank = {application_id: i for i, application_id in enumerate(application_ids)}
        for row in session.scalars(select(BallotCode).where(BallotCode.campaign_id == campaign_id)):
            row.position = rank.get(row.application_id, len(rank) + row.position)
