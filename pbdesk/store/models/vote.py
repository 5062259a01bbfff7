"""The votation (phase 8): its règlement, polling stations, the sign-in register, paper
ballots, direct totals, reconciliation, draws by lot, results, and designations without a vote.

Ballot secrecy is a property of the schema, not only of the code:

- register entries (``sign_in``) and ballots (``ballot``) are separate tables with no key,
  column or table in common other than the campaign and the polling station;
- a ballot carries no time of its own: ``created_at``/``updated_at`` are its entry
  session's opening time, written by the service, and its order is its ``sequence`` in that
  session — the order the box's shuffled ballots were typed, after the station closed;
- register entries keep a keyed hash of the identity (``identity_key``), never the name
  unless the campaign opts in (``vote.register_keeps_names``), and never the birth date
  (only an age band); ``purge`` replaces them by counts (``sign_in_count``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from pbdesk.store.models.base import Base, Record, campaign_fk
from pbdesk.store.types import UTCDateTime, utcnow


class Vote(Record, Base):
    """A campaign's votation: the règlement as columns, frozen at the first ballot.

    ``register_secret`` keys the sign-in register (``pbdesk.domain.register``): it is drawn
    when the settings are first saved and travels with the campaign to the other laptops of
    the vote, so that their registers merge.
    """

    __tablename__ = "vote"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaign.id", ondelete="CASCADE"), unique=True
    )
    ballot_kind: Mapped[str] = mapped_column(String(16), default="approval")
    min_choices: Mapped[int] = mapped_column(Integer, default=1)
    max_choices: Mapped[int | None] = mapped_column(Integer)
    points_total: Mapped[int | None] = mapped_column(Integer)
    points_per_project: Mapped[int | None] = mapped_column(Integer)
    min_age: Mapped[int | None] = mapped_column(Integer)
    residence_rule: Mapped[str] = mapped_column(String(16), default="declared")
    proxies_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    max_proxies: Mapped[int] = mapped_column(Integer, default=1)
    envelopes_per_territory: Mapped[bool] = mapped_column(Boolean, default=False)
    at_least_one_per_territory: Mapped[bool] = mapped_column(Boolean, default=False)
    rule: Mapped[str] = mapped_column(String(24), default="greedy")
    threshold_percent: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    tie_break: Mapped[str] = mapped_column(String(8), default="cost")
    double_entry: Mapped[bool] = mapped_column(Boolean, default=False)
    recourse_months: Mapped[int] = mapped_column(Integer, default=2)
    register_secret: Mapped[str] = mapped_column(String(64))
    #: The campaign chose to keep voters' names in the register (off by default).
    register_keeps_names: Mapped[bool] = mapped_column(Boolean, default=False)
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)
    frozen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    register_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class TerritoryEnvelope(Record, Base):
    """A territory's own envelope when a campaign splits its envelope."""

    __tablename__ = "territory_envelope"

    campaign_id: Mapped[int] = campaign_fk()
    territory_id: Mapped[int] = mapped_column(
        ForeignKey("territory.id", ondelete="CASCADE"), index=True
    )
    amount_cents: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        UniqueConstraint("campaign_id", "territory_id"),
        CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
    )


class PollingStation(Record, Base):
    """A bureau de vote."""

    __tablename__ = "polling_station"

    campaign_id: Mapped[int] = campaign_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(300), default="")
    territory_id: Mapped[int | None] = mapped_column(
        ForeignKey("territory.id", ondelete="SET NULL"), index=True
    )
    #: Days and hours as the poster says them ("samedi 12 juin, 9 h – 13 h").
    opening: Mapped[str] = mapped_column(Text, default="")


class BallotCode(Record, Base):
    """The code of a shortlisted project on the ballot (what voters read, operators type)."""

    __tablename__ = "ballot_code"

    campaign_id: Mapped[int] = campaign_fk()
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), unique=True
    )
    code: Mapped[str] = mapped_column(String(6))
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("campaign_id", "code"),)


class SignIn(Record, Base):
    """One signature in the register: who (as a keyed hash), where, when, by proxy or not."""

    __tablename__ = "sign_in"

    campaign_id: Mapped[int] = campaign_fk()
    station_id: Mapped[int] = mapped_column(
        ForeignKey("polling_station.id", ondelete="CASCADE"), index=True
    )
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    identity_key: Mapped[str] = mapped_column(String(64))
    #: Which secret made the key (``pbdesk.domain.register.key_id``).
    key_id: Mapped[str] = mapped_column(String(16))
    proxy: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The key of the person who voted for this one (proxy holder), for proxy limits.
    proxy_holder_key: Mapped[str | None] = mapped_column(String(64))
    age_band: Mapped[str] = mapped_column(String(8))
    #: The laptop or register this entry came from when imported; empty when typed here.
    origin: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    first_name: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        Index("ix_sign_in_campaign_key", "campaign_id", "identity_key"),
        Index("ix_sign_in_campaign_holder", "campaign_id", "proxy_holder_key"),
    )


class SignInCount(Record, Base):
    """What the register leaves after its purge: counts per station, day and age band."""

    __tablename__ = "sign_in_count"

    campaign_id: Mapped[int] = campaign_fk()
    station_id: Mapped[int | None] = mapped_column(
        ForeignKey("polling_station.id", ondelete="SET NULL"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    age_band: Mapped[str] = mapped_column(String(8))
    signatures: Mapped[int] = mapped_column(Integer, default=0)
    proxies: Mapped[int] = mapped_column(Integer, default=0)


class BallotStack(Record, Base):
    """A stack of paper ballots of one station, entered once, or twice for double entry."""

    __tablename__ = "ballot_stack"

    campaign_id: Mapped[int] = campaign_fk()
    station_id: Mapped[int] = mapped_column(
        ForeignKey("polling_station.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (UniqueConstraint("station_id", "label"),)


class EntrySession(Record, Base):
    """One operator's pass over a stack: ``pass_label`` "A" or "B" (double entry).

    A pass set aside because its stack was entered more than twice (two merged laptops typed
    the same entry) keeps its ballots, gets ``discarded_at``, its reason, and its letter in
    lower case (so the letter is free again); it no longer counts anywhere.
    """

    __tablename__ = "entry_session"

    campaign_id: Mapped[int] = campaign_fk()
    stack_id: Mapped[int] = mapped_column(
        ForeignKey("ballot_stack.id", ondelete="CASCADE"), index=True
    )
    pass_label: Mapped[str] = mapped_column(String(1), default="A")
    operator: Mapped[str] = mapped_column(String(200), default="")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    discarded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    discard_reason: Mapped[str] = mapped_column(String(300), default="", server_default="")

    __table_args__ = (UniqueConstraint("stack_id", "pass_label"),)


class Ballot(Record, Base):
    """A paper ballot as typed: its place in the session, the choices and the verdict.

    ``choices`` is ``pbdesk.domain.vote.encode_choices`` of application ids; ``typed`` is
    the line as the operator typed it (codes), ``remark`` the operator's words on a ballot
    declared nul. No time of its own (see the module docstring).
    """

    __tablename__ = "ballot"

    #: The entry session's opening time, never the time of typing.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    session_id: Mapped[int] = mapped_column(
        ForeignKey("entry_session.id", ondelete="CASCADE"), index=True
    )
    sequence: Mapped[int] = mapped_column(Integer)
    typed: Mapped[str] = mapped_column(String(300), default="")
    choices: Mapped[str] = mapped_column(String(1000), default="")
    status: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(16), default="")
    remark: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (
        UniqueConstraint("session_id", "sequence"),
        CheckConstraint("sequence >= 1", name="sequence_positive"),
    )


class DirectCount(Record, Base):
    """A station counted by hand (or elsewhere): its totals, instead of its ballots."""

    __tablename__ = "direct_count"

    campaign_id: Mapped[int] = campaign_fk()
    station_id: Mapped[int] = mapped_column(
        ForeignKey("polling_station.id", ondelete="CASCADE"), unique=True
    )
    #: ``hand_count``: tallied by hand at the station and typed as totals.
    source: Mapped[str] = mapped_column(String(16), default="hand_count")
    valid: Mapped[int] = mapped_column(Integer, default=0)
    blank: Mapped[int] = mapped_column(Integer, default=0)
    nul: Mapped[int] = mapped_column(Integer, default=0)
    remark: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("valid >= 0 AND blank >= 0 AND nul >= 0", name="counts_not_negative"),
    )


class DirectCountLine(Record, Base):
    """A project's total in a direct count: votes, and points for points ballots."""

    __tablename__ = "direct_count_line"

    direct_count_id: Mapped[int] = mapped_column(
        ForeignKey("direct_count.id", ondelete="CASCADE"), index=True
    )
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    votes: Mapped[int] = mapped_column(Integer, default=0)
    points: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("direct_count_id", "application_id"),
        CheckConstraint("votes >= 0", name="votes_not_negative"),
    )


class StationReconciliation(Record, Base):
    """Ballots in the box against signatures for a station, with the gap explained."""

    __tablename__ = "station_reconciliation"

    campaign_id: Mapped[int] = campaign_fk()
    station_id: Mapped[int] = mapped_column(
        ForeignKey("polling_station.id", ondelete="CASCADE"), unique=True
    )
    #: Counted by hand when the box was opened; None when not counted.
    box_count: Mapped[int | None] = mapped_column(Integer)
    signatures: Mapped[int] = mapped_column(Integer, default=0)
    ballots: Mapped[int] = mapped_column(Integer, default=0)
    gap: Mapped[int] = mapped_column(Integer, default=0)
    remark: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")


class TieDraw(Record, Base):
    """A draw by lot held before witnesses; its seed decides ties of the ``cost`` rule."""

    __tablename__ = "tie_draw"

    campaign_id: Mapped[int] = campaign_fk()
    drawn_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    seed: Mapped[int] = mapped_column(BigInteger)
    witnesses: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("seed >= 0", name="seed_not_negative"),)


class VoteResult(Record, Base):
    """A count kept with its explanations; ``published_at`` once it is the result.

    ``outcome`` holds the result per project (application uuid, code, votes, score, funded,
    rank, explanation) and ``trace`` the rule's detail (rounds of Equal Shares, draws).
    """

    __tablename__ = "vote_result"

    campaign_id: Mapped[int] = campaign_fk()
    counted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="")
    rule: Mapped[str] = mapped_column(String(24))
    tie_break: Mapped[str] = mapped_column(String(8))
    draw_id: Mapped[int | None] = mapped_column(
        ForeignKey("tie_draw.id", ondelete="SET NULL"), index=True
    )
    #: ``ballots``, ``direct`` (hand counts only) or ``mixed``.
    source: Mapped[str] = mapped_column(String(8))
    valid: Mapped[int] = mapped_column(Integer, default=0)
    blank: Mapped[int] = mapped_column(Integer, default=0)
    nul: Mapped[int] = mapped_column(Integer, default=0)
    total_cost_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    outcome: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    trace: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    published_by: Mapped[str] = mapped_column(String(200), default="")


class Designation(Record, Base):
    """Without a vote: the core group's decision on a project, with its reasons."""

    __tablename__ = "designation"

    campaign_id: Mapped[int] = campaign_fk()
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), unique=True
    )
    funded: Mapped[bool] = mapped_column(Boolean)
    reasons: Mapped[str] = mapped_column(Text)
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(300), default="")
