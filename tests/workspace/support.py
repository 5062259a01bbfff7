"""Helpers shared by the workspace tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from pbdesk.domain.campaign import FrameInput, TerritoryInput
from pbdesk.store.database import Database
from pbdesk.store.models import Base

AUTHOR = "Agnès Testeuse"


def make_frame(**changes: object) -> FrameInput:
    """A valid frame for a new campaign, with ``changes`` applied."""
    frame = FrameInput(
        name="Quartier Test 2026",
        year=2026,
        slug="quartier-test-2026",
        envelope="40 000",
        territories=[TerritoryInput(name="Le Quartier", postcode="13015", commune="Marseille")],
        starts_on=date(2026, 1, 5),
        ends_on=date(2026, 12, 18),
        vote_on=date(2026, 6, 13),
    )
    return replace(frame, **changes)  # type: ignore[arg-type]


def row_counts(database: Database) -> dict[str, int]:
    """How many rows every table holds: "nothing was written" means these did not change."""
    with database.session() as session:
        return {
            name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in Base.metadata.tables.items()
        }
