"""Stakes, holders, applications and what hangs off them (phases 4 to 7)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from pbdesk.store.models.base import Base, Record, campaign_fk
from pbdesk.store.types import UTCDateTime, utcnow


class Stake(Record, Base):
    """An enjeu named with the core group, in priority order."""

    __tablename__ = "stake"

    campaign_id: Mapped[int] = campaign_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    territory_id: Mapped[int | None] = mapped_column(
        ForeignKey("territory.id", ondelete="SET NULL"), index=True
    )
    #: Where it came from (which workshop), in the team's words.
    source: Mapped[str] = mapped_column(String(300), default="")


class Holder(Record, Base):
    """A project holder (porteur). Shared by all campaigns: the same association across
    editions is one holder, which is how pbdesk tells new holders from usual operators."""

    __tablename__ = "holder"

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32), default="association")
    rna: Mapped[str] = mapped_column(String(10), default="")
    siret: Mapped[str] = mapped_column(String(14), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Held a project in an edition that is not in this database (told by the team).
    earlier_edition: Mapped[bool] = mapped_column(Boolean, default=False)


class ApplicationStake(Record, Base):
    """An application answers a stake. A row of its own (with a UUID) like every row, so
    project files can merge it."""

    __tablename__ = "application_stake"

    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    stake_id: Mapped[int] = mapped_column(ForeignKey("stake.id", ondelete="CASCADE"), index=True)

    __table_args__ = (UniqueConstraint("application_id", "stake_id"),)


class Application(Record, Base):
    """A dépôt: a project submitted to a campaign's call."""

    __tablename__ = "application"

    campaign_id: Mapped[int] = campaign_fk()
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    holder_id: Mapped[int | None] = mapped_column(
        ForeignKey("holder.id", ondelete="RESTRICT"), index=True
    )
    territory_id: Mapped[int | None] = mapped_column(
        ForeignKey("territory.id", ondelete="SET NULL"), index=True
    )
    requested_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    target_public: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(32), default="submitted")
    status_reason: Mapped[str] = mapped_column(Text, default="")

    holder: Mapped[Holder | None] = relationship()
    stakes: Mapped[list[Stake]] = relationship(
        secondary="application_stake", order_by="Stake.position"
    )
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        cascade="all, delete-orphan", order_by="BudgetLine.position", passive_deletes=True
    )

    __table_args__ = (
        UniqueConstraint("campaign_id", "number"),
        CheckConstraint("requested_cents >= 0", name="requested_not_negative"),
    )


class BudgetLine(Record, Base):
    __tablename__ = "budget_line"

    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(300))
    amount_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    other_funders: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (CheckConstraint("amount_cents >= 0", name="amount_not_negative"),)


class Attachment(Record, Base):
    """A file kept inside the database, so a campaign stays one unit. The bytes are loaded
    only when asked for (``content`` is deferred)."""

    __tablename__ = "attachment"

    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))


class StatusChange(Record, Base):
    """Every move of an application's status, with its reason."""

    __tablename__ = "status_change"

    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    author: Mapped[str] = mapped_column(String(200))
    before: Mapped[str] = mapped_column(String(32))
    after: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
