"""Print settings: how a campaign's printed pieces look and how many ballots to print."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from pbdesk.store.models.base import Base, Record


class PrintSettings(Record, Base):
    """One row per campaign (none until the settings are first saved: defaults apply).

    ``project_order`` is ``code`` (ballot codes in order) or ``random``: a shuffle drawn once
    from ``random_seed``, recorded so that every reprint shows the same order. The logo's
    bytes stay in the database (``logo``, deferred), so a campaign remains one unit.
    ``data_contact`` is who residents write to about their personal data (the data-protection
    officer of the city, typically), printed on the sign-in sheets; empty: a team member.
    """

    __tablename__ = "print_settings"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaign.id", ondelete="CASCADE"), unique=True
    )
    accent: Mapped[str] = mapped_column(String(7), default="#1F5F8B")
    logo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    logo_filename: Mapped[str] = mapped_column(String(255), default="")
    project_order: Mapped[str] = mapped_column(String(8), default="code")
    random_seed: Mapped[int | None] = mapped_column(Integer)
    serials: Mapped[bool] = mapped_column(Boolean, default=False)
    ballots_per_station: Mapped[int] = mapped_column(Integer, default=200)
    ballots_per_sheet: Mapped[int] = mapped_column(Integer, default=2)
    large_print: Mapped[bool] = mapped_column(Boolean, default=False)
    data_contact: Mapped[str] = mapped_column(String(300), default="", server_default="")

    __table_args__ = (
        CheckConstraint("ballots_per_station >= 1", name="ballots_per_station_positive"),
        CheckConstraint("ballots_per_sheet IN (1, 2, 4)", name="ballots_per_sheet_1_2_4"),
        CheckConstraint("project_order IN ('code', 'random')", name="project_order_known"),
    )
