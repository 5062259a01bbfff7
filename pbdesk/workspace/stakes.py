"""Stakes (enjeux) from the shared diagnosis, in priority order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import ValidationError
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import ApplicationStake, Stake
from pbdesk.workspace import ordering
from pbdesk.workspace.records import row_to_save


@dataclass(frozen=True)
class StakeView:
    id: int
    uuid: str
    position: int
    title: str
    description: str
    territory_id: int | None
    source: str
    applications: int


@dataclass
class StakeInput:
    title: str
    description: str = ""
    territory_id: int | None = None
    source: str = ""


def _ordered(session: Session, campaign_id: int) -> list[Stake]:
    return list(
        session.scalars(
            select(Stake).where(Stake.campaign_id == campaign_id).order_by(Stake.position, Stake.id)
        )
    )


def list_stakes(database: Database, campaign_id: int) -> list[StakeView]:
    """In priority order, each with the number of applications answering it."""
    with database.session() as session:
        counts = dict(
            session.execute(
                select(ApplicationStake.stake_id, func.count())
                .join(Stake, Stake.id == ApplicationStake.stake_id)
                .where(Stake.campaign_id == campaign_id)
                .group_by(ApplicationStake.stake_id)
            ).all()
        )
        return [
            StakeView(
                s.id,
                s.uuid,
                s.position,
                s.title,
                s.description,
                s.territory_id,
                s.source,
                int(counts.get(s.id, 0)),
            )
            for s in _ordered(session, campaign_id)
        ]


def save_stake(
    database: Database, campaign_id: int, data: StakeInput, stake_id: int | None = None
) -> int:
    """Add a stake at the end of the list, or update one; returns its id."""
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError({"title": translate("Stake", "Give the stake a title.")})
    with database.session() as session:
        count = len(_ordered(session, campaign_id))
        stake = row_to_save(
            session,
            Stake,
            campaign_id,
            stake_id,
            lambda: translate("Stake", "This stake no longer exists."),
        )
        if stake_id is None:
            stake.position = count
        stake.title = title
        stake.description = data.description.strip()
        stake.territory_id = data.territory_id
        stake.source = data.source.strip()
        session.flush()
        return stake.id


def delete_stake(database: Database, stake_id: int) -> None:
    """Remove a stake; applications and criteria that referred to it simply lose the link."""
    with database.session() as session:
        stake = session.get(Stake, stake_id)
        if stake is None:
            return
        campaign_id = stake.campaign_id
        session.delete(stake)
        session.flush()
        ordering.renumber(_ordered(session, campaign_id))


def move_stake(database: Database, stake_id: int, new_position: int) -> None:
    with database.session() as session:
        stake = session.get(Stake, stake_id)
        if stake is not None:
            ordering.move(_ordered(session, stake.campaign_id), stake_id, new_position)
