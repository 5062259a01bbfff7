"""Project holders (porteurs), shared across campaigns, and who is new to the process.

A holder is *new* to a campaign when nothing shows it held a project before: no
application in an earlier edition in this database, and the team did not tick "held a
project in an earlier edition" (for editions pbdesk does not know). The seed worries that
associations stay in their usual operator role: this is the indicator that shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.applications import HolderInput, HolderKind, validate_holder
from pbdesk.domain.errors import DomainError
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import Application, Campaign, Holder


@dataclass(frozen=True)
class HolderView:
    id: int
    uuid: str
    name: str
    kind: HolderKind
    rna: str
    siret: str
    address: str
    email: str
    phone: str
    earlier_edition: bool
    #: Applications in every campaign of this database.
    applications: int


def _view(holder: Holder, applications: int) -> HolderView:
    return HolderView(
        holder.id,
        holder.uuid,
        holder.name,
        HolderKind(holder.kind),
        holder.rna,
        holder.siret,
        holder.address,
        holder.email,
        holder.phone,
        holder.earlier_edition,
        applications,
    )


def list_holders(database: Database) -> list[HolderView]:
    """Every holder, by name."""
    with database.session() as session:
        counts = dict(
            session.execute(
                select(Application.holder_id, func.count()).group_by(Application.holder_id)
            ).all()
        )
        holders = session.scalars(select(Holder).order_by(func.lower(Holder.name)))
        return [_view(h, int(counts.get(h.id, 0))) for h in holders]


def get_holder(database: Database, holder_id: int) -> HolderView:
    with database.session() as session:
        holder = session.get(Holder, holder_id)
        if holder is None:
            raise DomainError(translate("Holder", "This holder no longer exists."))
        count = session.scalar(
            select(func.count()).select_from(Application).where(Application.holder_id == holder_id)
        )
        return _view(holder, int(count or 0))


def save_holder(database: Database, data: HolderInput, holder_id: int | None = None) -> int:
    """Add or update a holder; a second holder with the same name is refused."""
    data = validate_holder(data)
    with database.session() as session:
        same_name = select(Holder.id).where(func.lower(Holder.name) == data.name.lower())
        if holder_id is not None:
            same_name = same_name.where(Holder.id != holder_id)
        if session.scalar(same_name) is not None:
            raise DomainError(
                translate("Holder", "A holder named «{name}» already exists.").format(
                    name=data.name
                )
            )
        if holder_id is None:
            holder = Holder()
            session.add(holder)
        else:
            found = session.get(Holder, holder_id)
            if found is None:
                raise DomainError(translate("Holder", "This holder no longer exists."))
            holder = found
        holder.name, holder.kind = data.name, data.kind.value
        holder.rna, holder.siret = data.rna, data.siret
        holder.address, holder.email, holder.phone = data.address, data.email, data.phone
        holder.earlier_edition = data.earlier_edition
        session.flush()
        return holder.id


def delete_holder(database: Database, holder_id: int) -> None:
    """Remove a holder who has no application (applications keep their holder)."""
    with database.session() as session:
        holder = session.get(Holder, holder_id)
        if holder is None:
            return
        used = session.scalar(
            select(func.count()).select_from(Application).where(Application.holder_id == holder_id)
        )
        if used:
            raise DomainError(
                translate(
                    "Holder", "«{name}» holds {count} applications and cannot be removed."
                ).format(name=holder.name, count=used)
            )
        session.delete(holder)


def new_holder_ids(session: Session, campaign_id: int) -> set[int]:
    """Holders of this campaign's applications who are new to the process."""
    year = session.scalar(select(Campaign.year).where(Campaign.id == campaign_id))
    here = {
        holder_id
        for holder_id in session.scalars(
            select(Application.holder_id).where(Application.campaign_id == campaign_id)
        )
        if holder_id is not None
    }
    before: set[int | None] = set(
        session.scalars(
            select(Application.holder_id)
            .join(Campaign, Campaign.id == Application.campaign_id)
            .where(Campaign.year < (year or 0), Application.holder_id.in_(here))
        )
    )
    told = set(
        session.scalars(select(Holder.id).where(Holder.id.in_(here), Holder.earlier_edition))
    )
    return {holder_id for holder_id in here if holder_id not in before | told}
