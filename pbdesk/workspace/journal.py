"""The per-campaign journal: an append-only record of decisions, with time and author."""

from __future__ import annotations

import getpass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pbdesk.store.database import Database
from pbdesk.store.models import JournalEntry
from pbdesk.workspace.views import JournalView


def default_author() -> str:
    """The operating-system user, until the preferences name someone."""
    try:
        return getpass.getuser()
    except Exception:
        return "pbdesk"


def record(
    session: Session,
    campaign_id: int,
    author: str,
    action: str,
    summary: str,
    **details: Any,
) -> JournalEntry:
    """Append one line; it commits (or not) with the change it describes."""
    entry = JournalEntry(
        campaign_id=campaign_id,
        author=author or default_author(),
        action=action,
        summary=summary,
        details=details,
    )
    session.add(entry)
    return entry


def entries(database: Database, campaign_id: int, limit: int | None = None) -> list[JournalView]:
    """Newest first."""
    with database.session() as session:
        query = (
            select(JournalEntry)
            .where(JournalEntry.campaign_id == campaign_id)
            .order_by(JournalEntry.at.desc(), JournalEntry.id.desc())
        )
        if limit:
            query = query.limit(limit)
        return [
            JournalView(row.id, row.at, row.author, row.action, row.summary)
            for row in session.scalars(query)
        ]
