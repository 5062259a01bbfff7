"""Declarative base and the columns every pbdesk table has.

Every row has an integer key for joins and a stable UUID that project files use to match
records between laptops, plus ``created_at``/``updated_at`` and a ``version`` counter that
SQLAlchemy checks on every update (two agents saving the same record on a shared server
cannot silently overwrite each other). Money is integer euro cents. Enumerations are stored
as short English codes (``pbdesk.domain``) in plain strings, so adding a status later needs
no migration.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from pbdesk.store.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record:
    """Columns every table has."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__dict__.get("version", Record.version)}


def campaign_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
