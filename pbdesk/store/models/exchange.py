"""What project files need to remember locally: the states a record was exchanged in.

A merge needs to know, for a record changed on both laptops, whether one side already saw
the other's state. Each record that left this database in a project file, or entered it from
one, keeps here the short digests of the states it was exchanged in (oldest first). This
table stays home: it is not part of a campaign and never travels in a project file (its
contents do, as the file's ``states``; see docs/project-file-format.md).
"""

from __future__ import annotations

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pbdesk.store.models.base import Base, Record


class ExchangeState(Record, Base):
    """The exchanged states of one record of another table."""

    __tablename__ = "exchange_state"

    #: The table of the record (``application``…).
    table_name: Mapped[str] = mapped_column(String(64))
    #: The record's UUID (not its id: the id differs from one database to another).
    record_uuid: Mapped[str] = mapped_column(String(36))
    #: Space-separated state digests, oldest first (``pbdesk.exchange.rows.state_digest``).
    states: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("table_name", "record_uuid"),)
