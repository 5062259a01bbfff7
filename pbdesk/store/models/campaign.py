"""The foundation: a campaign, its frame and territories, its nine phases with their
checklists and co-evaluation notes, the team and core group, meetings and the journal."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pbdesk.store.models.base import Base, Record, campaign_fk
from pbdesk.store.types import UTCDateTime, utcnow


class Campaign(Record, Base):
    __tablename__ = "campaign"

    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    envelope_cents: Mapped[int] = mapped_column(BigInteger)
    theme: Mapped[str] = mapped_column(String(200), default="")
    aims: Mapped[str] = mapped_column(Text, default="")
    call_kind: Mapped[str] = mapped_column(String(8))
    core_group_kind: Mapped[str] = mapped_column(String(32))
    decision_mode: Mapped[str] = mapped_column(String(16))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    vote_on: Mapped[date | None] = mapped_column(Date)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)

    territories: Mapped[list[Territory]] = relationship(
        back_populates="campaign",
        cascade="all, delete-orphan",
        order_by="Territory.position",
        passive_deletes=True,
    )
    phases: Mapped[list[PhaseState]] = relationship(
        back_populates="campaign",
        cascade="all, delete-orphan",
        order_by="PhaseState.phase",
        passive_deletes=True,
    )

    __table_args__ = (CheckConstraint("envelope_cents >= 0", name="envelope_not_negative"),)


class Territory(Record, Base):
    __tablename__ = "territory"

    campaign_id: Mapped[int] = campaign_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    postcode: Mapped[str] = mapped_column(String(5), default="")
    commune: Mapped[str] = mapped_column(String(200), default="")
    qpv_code: Mapped[str] = mapped_column(String(16), default="")

    campaign: Mapped[Campaign] = relationship(back_populates="territories")


class PhaseState(Record, Base):
    """A campaign's progress in one of the nine phases, with its co-evaluation note."""

    __tablename__ = "phase_state"

    campaign_id: Mapped[int] = campaign_fk()
    phase: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="upcoming")
    started_on: Mapped[date | None] = mapped_column(Date)
    finished_on: Mapped[date | None] = mapped_column(Date)
    went_well: Mapped[str] = mapped_column(Text, default="")
    to_adjust: Mapped[str] = mapped_column(Text, default="")

    campaign: Mapped[Campaign] = relationship(back_populates="phases")

    __table_args__ = (
        UniqueConstraint("campaign_id", "phase"),
        CheckConstraint("phase BETWEEN 1 AND 9", name="phase_range"),
    )


class ChecklistItem(Record, Base):
    """One item of a campaign's own copy of a phase checklist."""

    __tablename__ = "checklist_item"

    campaign_id: Mapped[int] = campaign_fk()
    phase: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(Text)
    #: The catalogue entry it was copied from; empty for items the team added.
    catalogue_key: Mapped[str] = mapped_column(String(64), default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_checklist_item_campaign_phase", "campaign_id", "phase", "position"),
        CheckConstraint("phase BETWEEN 1 AND 9", name="phase_range"),
    )


class Person(Record, Base):
    """Someone of the project team or of the core group of residents."""

    __tablename__ = "person"

    campaign_id: Mapped[int] = campaign_fk()
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    is_resident: Mapped[bool] = mapped_column(Boolean, default=False)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_on: Mapped[date | None] = mapped_column(Date)
    #: Set when a resident's personal details were erased; the row stays so counts hold.
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    notes: Mapped[str] = mapped_column(Text, default="")


class Meeting(Record, Base):
    """A rencontre: door-to-door, stand, workshop… with an anonymous head count."""

    __tablename__ = "meeting"

    campaign_id: Mapped[int] = campaign_fk()
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(32))
    phase: Mapped[int] = mapped_column(Integer)
    participants: Mapped[int] = mapped_column(Integer, default=0)
    women: Mapped[int | None] = mapped_column(Integer)
    men: Mapped[int | None] = mapped_column(Integer)
    age_under_18: Mapped[int | None] = mapped_column(Integer)
    age_18_29: Mapped[int | None] = mapped_column(Integer)
    age_30_59: Mapped[int | None] = mapped_column(Integer)
    age_60_plus: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("participants >= 0", name="participants_not_negative"),
        CheckConstraint("phase BETWEEN 1 AND 9", name="phase_range"),
    )


class JournalEntry(Record, Base):
    """An append-only line of a campaign's journal: who decided what, and when."""

    __tablename__ = "journal_entry"

    campaign_id: Mapped[int] = campaign_fk()
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    author: Mapped[str] = mapped_column(String(200))
    #: A stable code (``phase.status``, ``frame.update``…) that reports and filters rely on.
    action: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
