"""Polling stations (bureaux de vote): name, place, territory, days and hours."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import BallotStack, DirectCount, PollingStation, SignIn, Territory
from pbdesk.workspace import journal
from pbdesk.workspace.campaigns import campaign_row


@dataclass
class StationInput:
    name: str
    place: str = ""
    territory_id: int | None = None
    opening: str = ""


@dataclass(frozen=True)
class StationView:
    id: int
    uuid: str
    name: str
    place: str
    territory_id: int | None
    territory_name: str
    opening: str


def list_stations(database: Database, campaign_id: int) -> list[StationView]:
    with database.session() as session:
        return station_views(session, campaign_id)


def station_views(session: Session, campaign_id: int) -> list[StationView]:
    names = dict(
        session.execute(
            select(Territory.id, Territory.name).where(Territory.campaign_id == campaign_id)
        ).all()
    )
    stations = session.scalars(
        select(PollingStation)
        .where(PollingStation.campaign_id == campaign_id)
        .order_by(PollingStation.position, PollingStation.id)
    )
    return [
        StationView(
            s.id,
            s.uuid,
            s.name,
            s.place,
            s.territory_id,
            names.get(s.territory_id, "") if s.territory_id else "",
            s.opening,
        )
        for s in stations
    ]


def station_row(session: Session, station_id: int) -> PollingStation:
    station = session.get(PollingStation, station_id)
    if station is None:
        raise DomainError(translate("Vote", "This polling station no longer exists."))
    return station


def save_station(
    database: Database,
    campaign_id: int,
    data: StationInput,
    author: str,
    station_id: int | None = None,
) -> int:
    """Add a polling station (at the end) or update one; returns its id."""
    name = " ".join(data.name.split())
    if not name:
        raise DomainError(translate("Vote", "Give the polling station a name."))
    with database.session() as session:
        campaign_row(session, campaign_id)
        if data.territory_id is not None:
            territory = session.get(Territory, data.territory_id)
            if territory is None or territory.campaign_id != campaign_id:
                raise DomainError(translate("Vote", "The territory is not one of this campaign's."))
        if station_id is None:
            last = session.scalar(
                select(func.max(PollingStation.position)).where(
                    PollingStation.campaign_id == campaign_id
                )
            )
            station = PollingStation(
                campaign_id=campaign_id, position=(last if last is not None else -1) + 1
            )
            session.add(station)
        else:
            station = station_row(session, station_id)
            if station.campaign_id != campaign_id:
                raise DomainError(translate("Vote", "This polling station no longer exists."))
        station.name = name[:200]
        station.place = data.place.strip()[:300]
        station.territory_id = data.territory_id
        station.opening = data.opening.strip()
        session.flush()
        if station_id is None:
            journal.record(
                session,
                campaign_id,
                author,
                "vote.station",
                translate("Journal", "Polling station «{name}» added.").format(name=name),
                station=station.uuid,
            )
        return station.id


def delete_station(database: Database, station_id: int, author: str) -> None:
    """Remove a station that has no signature, ballot or count yet."""
    with database.session() as session:
        station = station_row(session, station_id)
        used = (
            session.scalar(select(func.count()).where(SignIn.station_id == station_id))
            or session.scalar(select(func.count()).where(BallotStack.station_id == station_id))
            or session.scalar(select(func.count()).where(DirectCount.station_id == station_id))
        )
        if used:
            raise DomainError(
                translate(
                    "Vote",
                    "The polling station «{name}» has signatures or ballots; it cannot be removed.",
                ).format(name=station.name)
            )
        journal.record(
            session,
            station.campaign_id,
            author,
            "vote.station",
            translate("Journal", "Polling station «{name}» removed.").format(name=station.name),
            station=station.uuid,
        )
        session.delete(station)
