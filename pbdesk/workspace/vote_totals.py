"""Per-station figures: direct totals from a hand count, turnout, and reconciliation.

A station is either entered ballot by ballot (``ballots``) or counted by hand at the station
and typed as totals (``record_direct_count``, marked ``hand_count``); never both. Its
reconciliation compares the ballots found in the box with the signatures of the register;
a gap is recorded with its explanation and shown in the PV.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError
from pbdesk.domain.vote import BallotKind, BallotStatus
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Ballot,
    BallotCode,
    BallotStack,
    DirectCount,
    DirectCountLine,
    EntrySession,
    PollingStation,
    StationReconciliation,
    Territory,
)
from pbdesk.workspace import journal
from pbdesk.workspace.double_entry import stack_states
from pbdesk.workspace.polling_stations import station_row
from pbdesk.workspace.vote import require_vote, settings_of
from pbdesk.workspace.vote_register import signature_counts

HAND_COUNT = "hand_count"


@dataclass
class DirectCountInput:
    """A station's hand count: ballots valid, blank and nul, and each project's votes
    (with its points, for points ballots), by application id."""

    valid: int
    blank: int = 0
    nul: int = 0
    votes: dict[int, int] = field(default_factory=dict)
    points: dict[int, int] = field(default_factory=dict)
    remark: str = ""


def record_direct_count(
    database: Database, station_id: int, data: DirectCountInput, author: str
) -> None:
    """Store (or replace) a station's totals from a hand count; journaled."""
    with database.session() as session:
        station = station_row(session, station_id)
        campaign_id = station.campaign_id
        vote = require_vote(session, campaign_id)
        entered = session.scalar(
            select(func.count())
            .select_from(Ballot)
            .join(EntrySession, EntrySession.id == Ballot.session_id)
            .join(BallotStack, BallotStack.id == EntrySession.stack_id)
            .where(BallotStack.station_id == station_id)
        )
        if entered:
            raise DomainError(
                translate(
                    "Vote",
                    "«{station}» has ballots entered one by one: its totals come from them.",
                ).format(station=station.name)
            )
        on_ballot = set(
            session.scalars(
                select(BallotCode.application_id).where(BallotCode.campaign_id == campaign_id)
            )
        )
        _check_direct(data, on_ballot, BallotKind(vote.ballot_kind), vote.max_choices)
        session.execute(delete(DirectCount).where(DirectCount.station_id == station_id))
        count = DirectCount(
            campaign_id=campaign_id,
            station_id=station_id,
            source=HAND_COUNT,
            valid=data.valid,
            blank=data.blank,
            nul=data.nul,
            remark=data.remark.strip(),
        )
        session.add(count)
        session.flush()
        for application_id in sorted(on_ballot):
            session.add(
                DirectCountLine(
                    direct_count_id=count.id,
                    application_id=application_id,
                    votes=data.votes.get(application_id, 0),
                    points=data.points.get(application_id),
                )
            )
        journal.record(
            session,
            campaign_id,
            author,
            "vote.direct_count",
            translate(
                "Journal",
                "Hand count of «{station}» entered: {valid} valid, {blank} blank, {nul} spoilt.",
            ).format(station=station.name, valid=data.valid, blank=data.blank, nul=data.nul),
            station=station.uuid,
            votes={str(k): v for k, v in sorted(data.votes.items())},
        )


def _check_direct(
    data: DirectCountInput, on_ballot: set[int], kind: BallotKind, most: int | None
) -> None:
    if min(data.valid, data.blank, data.nul) < 0 or any(v < 0 for v in data.votes.values()):
        raise DomainError(translate("Vote", "A count cannot be negative."))
    if any(v < 0 for v in data.points.values()):
        raise DomainError(translate("Vote", "A count cannot be negative."))
    if not set(data.votes) | set(data.points) <= on_ballot:
        raise DomainError(translate("Vote", "This project is not on the ballot."))
    if any(v > data.valid for v in data.votes.values()):
        raise DomainError(
            translate("Vote", "A project cannot have more votes than there are valid ballots.")
        )
    total = sum(data.votes.values())
    if kind is BallotKind.SINGLE and total != data.valid:
        raise DomainError(
            translate(
                "Vote",
                "With a single choice, the projects' votes ({total}) must add up to the valid "
                "ballots ({valid}).",
            ).format(total=total, valid=data.valid)
        )
    if kind is BallotKind.APPROVAL and most is not None and total > most * data.valid:
        raise DomainError(
            translate(
                "Vote",
                "{total} votes cannot come from {valid} valid ballots of {most} projects at most.",
            ).format(total=total, valid=data.valid, most=most)
        )


def direct_count_of(database: Database, station_id: int) -> DirectCountInput | None:
    """A station's hand count as it was typed (to correct it), or None."""
    with database.session() as session:
        count = session.scalar(select(DirectCount).where(DirectCount.station_id == station_id))
        if count is None:
            return None
        lines = session.scalars(
            select(DirectCountLine).where(DirectCountLine.direct_count_id == count.id)
        ).all()
        return DirectCountInput(
            valid=count.valid,
            blank=count.blank,
            nul=count.nul,
            votes={line.application_id: line.votes for line in lines},
            points={line.application_id: line.points for line in lines if line.points is not None},
            remark=count.remark,
        )


def remove_direct_count(database: Database, station_id: int, author: str) -> None:
    with database.session() as session:
        station = station_row(session, station_id)
        count = session.scalar(select(DirectCount).where(DirectCount.station_id == station_id))
        if count is not None:
            session.delete(count)
            journal.record(
                session,
                station.campaign_id,
                author,
                "vote.direct_count",
                translate("Journal", "Hand count of «{station}» removed.").format(
                    station=station.name
                ),
                station=station.uuid,
            )


@dataclass(frozen=True)
class StationFigures:
    """A station's turnout and reconciliation, as the results page and the PV show them."""

    station_id: int
    name: str
    territory_id: int | None
    territory_name: str
    signatures: int
    proxies: int
    #: ``entered`` (ballot by ballot), ``hand_count`` or empty (nothing yet).
    method: str
    valid: int
    blank: int
    nul: int
    #: Stacks not official yet, in one sentence each.
    pending: tuple[str, ...]
    box_count: int | None
    remark: str
    #: The reconciliation recorded matches today's figures.
    reconciled: bool

    @property
    def ballots(self) -> int:
        return self.valid + self.blank + self.nul

    @property
    def gap(self) -> int:
        """Ballots found (counted in the box, else entered) minus signatures."""
        found = self.box_count if self.box_count is not None else self.ballots
        return found - self.signatures


def _figures(session: Session, campaign_id: int) -> list[StationFigures]:
    signatures = signature_counts(session, campaign_id)
    territories = dict(
        session.execute(
            select(Territory.id, Territory.name).where(Territory.campaign_id == campaign_id)
        ).all()
    )
    official: dict[int, list[int]] = {}
    pending: dict[int, list[str]] = {}
    for state in stack_states(session, campaign_id):
        if state.official_session_id is not None:
            official.setdefault(state.station_id, []).append(state.official_session_id)
        else:
            pending.setdefault(state.station_id, []).append(state.problem)
    entered: dict[int, dict[str, int]] = {}
    sessions = {sid: station for station, ids in official.items() for sid in ids}
    if sessions:
        for session_id, status, count in session.execute(
            select(Ballot.session_id, Ballot.status, func.count())
            .where(Ballot.session_id.in_(list(sessions)))
            .group_by(Ballot.session_id, Ballot.status)
        ):
            by_status = entered.setdefault(sessions[session_id], {})
            by_status[status] = by_status.get(status, 0) + int(count)
    direct = {
        d.station_id: d
        for d in session.scalars(select(DirectCount).where(DirectCount.campaign_id == campaign_id))
    }
    reconciled = {
        r.station_id: r
        for r in session.scalars(
            select(StationReconciliation).where(StationReconciliation.campaign_id == campaign_id)
        )
    }
    lines = []
    for station in session.scalars(
        select(PollingStation)
        .where(PollingStation.campaign_id == campaign_id)
        .order_by(PollingStation.position, PollingStation.id)
    ):
        signed, proxies = signatures.get(station.id, (0, 0))
        hand = direct.get(station.id)
        if hand is not None:
            method, valid, blank, nul = HAND_COUNT, hand.valid, hand.blank, hand.nul
        else:
            by_status = entered.get(station.id, {})
            method = "entered" if station.id in official or station.id in pending else ""
            valid = by_status.get(BallotStatus.VALID.value, 0)
            blank = by_status.get(BallotStatus.BLANK.value, 0)
            nul = by_status.get(BallotStatus.NUL.value, 0)
        record = reconciled.get(station.id)
        lines.append(
            StationFigures(
                station.id,
                station.name,
                station.territory_id,
                territories.get(station.territory_id, "") if station.territory_id else "",
                signed,
                proxies,
                method,
                valid,
                blank,
                nul,
                tuple(pending.get(station.id, ())),
                record.box_count if record else None,
                record.remark if record else "",
                record is not None
                and (record.signatures, record.ballots) == (signed, valid + blank + nul),
            )
        )
    return lines


def station_figures(database: Database, campaign_id: int) -> list[StationFigures]:
    """Every station's signatures, ballots (official only) and reconciliation."""
    with database.session() as session:
        require_vote(session, campaign_id)
        return _figures(session, campaign_id)


@dataclass(frozen=True)
class TerritoryTurnout:
    territory_id: int | None
    territory_name: str
    signatures: int
    ballots: int
    valid: int


def turnout_by_territory(figures: list[StationFigures]) -> list[TerritoryTurnout]:
    """Stations' figures added up per territory (stations without one are grouped)."""
    totals: dict[int | None, list[int]] = {}
    names: dict[int | None, str] = {}
    for line in figures:
        sums = totals.setdefault(line.territory_id, [0, 0, 0])
        names[line.territory_id] = line.territory_name
        sums[0] += line.signatures
        sums[1] += line.ballots
        sums[2] += line.valid
    return [
        TerritoryTurnout(territory_id, names[territory_id], *sums)
        for territory_id, sums in totals.items()
    ]


def reconcile_station(
    database: Database, station_id: int, box_count: int | None, remark: str, author: str
) -> StationFigures:
    """Record the comparison of ballots and signatures for a station; any gap (between the
    box and the register, or the box and the ballots entered) needs its explanation."""
    remark = remark.strip()
    if box_count is not None and box_count < 0:
        raise DomainError(translate("Vote", "A count cannot be negative."))
    with database.session() as session:
        station = station_row(session, station_id)
        campaign_id = station.campaign_id
        require_vote(session, campaign_id)
        [line] = [f for f in _figures(session, campaign_id) if f.station_id == station_id]
        if line.pending:
            raise DomainError(line.pending[0])
        found = box_count if box_count is not None else line.ballots
        gap = found - line.signatures
        if (gap or found != line.ballots) and not remark:
            raise DomainError(
                translate(
                    "Vote",
                    "«{station}»: {ballots} ballots for {signatures} signatures; explain the "
                    "gap before recording it.",
                ).format(station=station.name, ballots=found, signatures=line.signatures)
            )
        record = session.scalar(
            select(StationReconciliation).where(StationReconciliation.station_id == station_id)
        )
        if record is None:
            record = StationReconciliation(campaign_id=campaign_id, station_id=station_id)
            session.add(record)
        record.box_count = box_count
        record.signatures = line.signatures
        record.ballots = line.ballots
        record.gap = gap
        record.remark = remark
        record.author = author
        session.flush()
        journal.record(
            session,
            campaign_id,
            author,
            "vote.reconcile",
            translate(
                "Journal",
                "«{station}» reconciled: {ballots} ballots, {signatures} signatures, gap {gap}.",
            ).format(station=station.name, ballots=found, signatures=line.signatures, gap=gap)
            + (" " + remark if remark else ""),
            station=station.uuid,
            gap=gap,
        )
        [line] = [f for f in _figures(session, campaign_id) if f.station_id == station_id]
        return line


def direct_totals(session: Session, campaign_id: int) -> tuple[dict[int, tuple[int, int]], int]:
    """Hand counts added up: per application id (votes, points), and their valid ballots."""
    points_kind = settings_of(require_vote(session, campaign_id), session).ballot_kind
    totals: dict[int, tuple[int, int]] = {}
    for application_id, votes, points in session.execute(
        select(
            DirectCountLine.application_id,
            func.sum(DirectCountLine.votes),
            func.sum(DirectCountLine.points),
        )
        .join(DirectCount, DirectCount.id == DirectCountLine.direct_count_id)
        .where(DirectCount.campaign_id == campaign_id)
        .group_by(DirectCountLine.application_id)
    ):
        score = int(points or 0) if points_kind is BallotKind.POINTS else int(votes or 0)
        if points_kind is BallotKind.RANKED and points is not None:
            score = int(points)
        totals[application_id] = (int(votes or 0), score)
    valid = session.scalar(
        select(func.sum(DirectCount.valid)).where(DirectCount.campaign_id == campaign_id)
    )
    return totals, int(valid or 0)


def direct_blank_nul(session: Session, campaign_id: int) -> tuple[int, int]:
    row = session.execute(
        select(func.sum(DirectCount.blank), func.sum(DirectCount.nul)).where(
            DirectCount.campaign_id == campaign_id
        )
    ).one()
    return int(row[0] or 0), int(row[1] or 0)
