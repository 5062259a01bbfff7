"""Phase 9, the follow-up (suivi) of the projects carried out after the vote.

Each funded application (or a project carried out although it was not chosen, "réalisé hors
votation") has one ``ProjectFollowUp``: its status, the subsidy awarded and its convention,
the payment schedule (``Instalment``), the milestones, the updates (with photos kept in the
database like application attachments) and the expenses. The campaign has one
``OneYearReview`` (bilan à un an) and the residents' anonymous feedback
(``ResidentFeedback``). Money is integer euro cents.
"""

from __future__ import annotations

from datetime import date

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
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from pbdesk.store.models.base import Base, Record, campaign_fk


class ProjectFollowUp(Record, Base):
    """The follow-up of one project: one row per application followed."""

    __tablename__ = "project_followup"

    campaign_id: Mapped[int] = campaign_fk()
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), unique=True
    )
    #: ``pbdesk.domain.followup.FollowUpStatus`` code.
    status: Mapped[str] = mapped_column(String(32), default="laureate")
    #: Why the project is suspended or abandoned (empty otherwise).
    status_reason: Mapped[str] = mapped_column(Text, default="")
    #: Progress in percent, 0 to 100.
    progress: Mapped[int] = mapped_column(Integer, default=0)
    #: Carried out although it was not chosen by the vote ("réalisé hors votation").
    off_vote: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The subsidy awarded (the project's allocation), in cents.
    awarded_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    convention_reference: Mapped[str] = mapped_column(String(100), default="")
    convention_on: Mapped[date | None] = mapped_column(Date)
    #: End of the financial year of the action: the financial report is due six months later.
    financial_year_end: Mapped[date | None] = mapped_column(Date)
    financial_report_received_on: Mapped[date | None] = mapped_column(Date)
    #: What the holder reported: number of beneficiaries, number and description of activities.
    beneficiaries: Mapped[int | None] = mapped_column(Integer)
    activities_count: Mapped[int | None] = mapped_column(Integer)
    activities: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    instalments: Mapped[list[Instalment]] = relationship(
        cascade="all, delete-orphan", order_by="Instalment.position", passive_deletes=True
    )
    milestones: Mapped[list[Milestone]] = relationship(
        cascade="all, delete-orphan", order_by="Milestone.position", passive_deletes=True
    )
    expenses: Mapped[list[Expense]] = relationship(
        cascade="all, delete-orphan", order_by="Expense.id", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("progress >= 0 AND progress <= 100", name="progress_percent"),
        CheckConstraint("awarded_cents >= 0", name="awarded_not_negative"),
    )


class Instalment(Record, Base):
    """One payment of the subsidy: planned (date, amount), then paid (date, amount)."""

    __tablename__ = "followup_instalment"

    followup_id: Mapped[int] = mapped_column(
        ForeignKey("project_followup.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(200), default="")
    planned_on: Mapped[date | None] = mapped_column(Date)
    planned_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    #: Paid when ``paid_on`` is set.
    paid_on: Mapped[date | None] = mapped_column(Date)
    paid_cents: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (
        CheckConstraint("planned_cents >= 0", name="planned_not_negative"),
        CheckConstraint("paid_cents >= 0", name="paid_not_negative"),
    )


class Milestone(Record, Base):
    """A jalon: a step of the project, planned then reached."""

    __tablename__ = "followup_milestone"

    followup_id: Mapped[int] = mapped_column(
        ForeignKey("project_followup.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    planned_on: Mapped[date | None] = mapped_column(Date)
    #: The actual date, when reached.
    done_on: Mapped[date | None] = mapped_column(Date)
    #: ``pbdesk.domain.followup.MilestoneStatus`` code.
    status: Mapped[str] = mapped_column(String(16), default="planned")


class ProjectUpdate(Record, Base):
    """An actualité: what happened, shown to residents only when ``public``."""

    __tablename__ = "followup_update"

    followup_id: Mapped[int] = mapped_column(
        ForeignKey("project_followup.id", ondelete="CASCADE"), index=True
    )
    dated_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    author: Mapped[str] = mapped_column(String(200), default="")

    photos: Mapped[list[UpdatePhoto]] = relationship(
        cascade="all, delete-orphan", order_by="UpdatePhoto.position", passive_deletes=True
    )


class UpdatePhoto(Record, Base):
    """A photo of an update, kept inside the database (bytes deferred, streamed in chunks)."""

    __tablename__ = "followup_photo"

    update_id: Mapped[int] = mapped_column(
        ForeignKey("followup_update.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    caption: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))


class Expense(Record, Base):
    """A dépense of a project: committed (engagée) or paid (payée)."""

    __tablename__ = "followup_expense"

    followup_id: Mapped[int] = mapped_column(
        ForeignKey("project_followup.id", ondelete="CASCADE"), index=True
    )
    spent_on: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    label: Mapped[str] = mapped_column(String(300))
    payee: Mapped[str] = mapped_column(String(300), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")
    #: ``pbdesk.domain.followup.ExpenseState`` code: committed or paid.
    state: Mapped[str] = mapped_column(String(16), default="committed")

    __table_args__ = (CheckConstraint("amount_cents >= 0", name="amount_not_negative"),)


class OneYearReview(Record, Base):
    """The bilan à un an of a campaign: when it is due, and the record of the meeting."""

    __tablename__ = "one_year_review"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaign.id", ondelete="CASCADE"), unique=True
    )
    #: The date set for the meeting (by default the phase 9 checklist item's due date).
    scheduled_on: Mapped[date | None] = mapped_column(Date)
    held_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    residents_count: Mapped[int | None] = mapped_column(Integer)
    #: What was said.
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("residents_count IS NULL OR residents_count >= 0", name="residents"),
    )


class ResidentFeedback(Record, Base):
    """One resident's anonymous opinion of a project (or of the whole edition when no
    project), from the one-year review meeting or a paper questionnaire. No name, ever."""

    __tablename__ = "resident_feedback"

    campaign_id: Mapped[int] = campaign_fk()
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    #: Satisfaction from 1 (not at all) to 5 (very), or none.
    score: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    #: ``pbdesk.domain.followup.FeedbackSource`` code: meeting or questionnaire.
    source: Mapped[str] = mapped_column(String(16), default="meeting")
    received_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("score IS NULL OR (score >= 1 AND score <= 5)", name="score_range"),
    )
