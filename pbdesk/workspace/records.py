"""The row a save writes to: a new one of the campaign, or an existing one still there."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError
from pbdesk.store.models import Application, Criterion, Meeting, Person, Reviewer, Stake

#: The tables whose rows a campaign owns directly and the user adds and edits one by one.
Owned = TypeVar("Owned", Application, Criterion, Meeting, Person, Reviewer, Stake)


def row_to_save(
    session: Session,
    table: type[Owned],
    campaign_id: int,
    row_id: int | None,
    gone: Callable[[], str],
) -> Owned:
    """A new row of ``campaign_id`` (added to the session) when ``row_id`` is None, else row
    ``row_id``; ``DomainError(gone())`` if it was deleted or belongs to another campaign.

    ``gone`` is called only then, so that a save does not load the translations.
    """
    if row_id is None:
        row = table(campaign_id=campaign_id)
        session.add(row)
        return row
    found = session.get(table, row_id)
    if found is None or found.campaign_id != campaign_id:
        raise DomainError(gone())
    return found
