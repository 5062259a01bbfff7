"""The call for projects, its criteria, the reviewers and their reviews (phases 6 and 7)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from pbdesk.store.models.base import Base, Record, campaign_fk
from pbdesk.store.types import UTCDateTime


class Call(Record, Base):
    """The call for projects of a campaign (its legal form is the campaign's ``call_kind``)."""

    __tablename__ = "call"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaign.id", ondelete="CASCADE"), unique=True
    )
    opens_on: Mapped[date | None] = mapped_column(Date)
    closes_on: Mapped[date | None] = mapped_column(Date)
    #: The most a single project may ask for; None when the call sets no ceiling.
    ceiling_cents: Mapped[int | None] = mapped_column(BigInteger)
    rules: Mapped[str] = mapped_column(Text, default="")
    #: Bumped whenever the criteria change: a grid carries the version it was made with.
    criteria_version: Mapped[int] = mapped_column(Integer, default=1)
    #: When review grids were first sent out for the current criteria version.
    grids_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Criterion(Record, Base):
    __tablename__ = "criterion"

    campaign_id: Mapped[int] = campaign_fk()
    kind: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[int] = mapped_column(Integer, default=1)
    scale_min: Mapped[int] = mapped_column(Integer, default=0)
    scale_max: Mapped[int] = mapped_column(Integer, default=3)
    stake_id: Mapped[int | None] = mapped_column(
        ForeignKey("stake.id", ondelete="SET NULL"), index=True
    )

    __table_args__ = (
        CheckConstraint("scale_min < scale_max", name="scale_order"),
        CheckConstraint("weight >= 1", name="weight_positive"),
    )


class Reviewer(Record, Base):
    """Someone who reviews applications: from the team (``person_id``) or from outside."""

    __tablename__ = "reviewer"

    campaign_id: Mapped[int] = campaign_fk()
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32), default="service")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    #: True: reviews every application (the default); False: only those assigned.
    all_applications: Mapped[bool] = mapped_column(Boolean, default=True)


class ReviewAssignment(Record, Base):
    """An application a reviewer reviews, when the reviewer does not review them all."""

    __tablename__ = "review_assignment"

    reviewer_id: Mapped[int] = mapped_column(
        ForeignKey("reviewer.id", ondelete="CASCADE"), index=True
    )
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )

    __table_args__ = (UniqueConstraint("reviewer_id", "application_id"),)


class Review(Record, Base):
    """One reviewer's review of one application."""

    __tablename__ = "review"

    reviewer_id: Mapped[int] = mapped_column(
        ForeignKey("reviewer.id", ondelete="CASCADE"), index=True
    )
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    recommendation: Mapped[str] = mapped_column(String(16), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    #: Where the values came from: ``app`` (typed in pbdesk) or ``grid`` (an Excel grid).
    source: Mapped[str] = mapped_column(String(8), default="app")
    #: For values from a grid: when that grid was made (a newer grid replaces older values).
    grid_made_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("reviewer_id", "application_id"),)


class ReviewValue(Record, Base):
    """A reviewer's answer to one criterion: a score, or yes/no with a reason."""

    __tablename__ = "review_value"

    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE"), index=True
    )
    score: Mapped[int | None] = mapped_column(Integer)
    eligible: Mapped[bool | None] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("review_id", "criterion_id"),)
