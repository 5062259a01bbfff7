"""The tables of a pbdesk workspace, one module per part of a campaign's life.

Importing this package registers every table on ``Base.metadata``.
"""

from pbdesk.store.models.applications import (
    Application,
    ApplicationStake,
    Attachment,
    BudgetLine,
    Holder,
    Stake,
    StatusChange,
)
from pbdesk.store.models.base import NAMING_CONVENTION, Base, Record, new_uuid
from pbdesk.store.models.campaign import (
    Campaign,
    ChecklistItem,
    JournalEntry,
    Meeting,
    Person,
    PhaseState,
    Territory,
)
from pbdesk.store.models.review import (
    Call,
    Criterion,
    Review,
    ReviewAssignment,
    Reviewer,
    ReviewValue,
)

__all__ = [
    "NAMING_CONVENTION",
    "Application",
    "ApplicationStake",
    "Attachment",
    "Base",
    "BudgetLine",
    "Call",
    "Campaign",
    "ChecklistItem",
    "Criterion",
    "Holder",
    "JournalEntry",
    "Meeting",
    "Person",
    "PhaseState",
    "Record",
    "Review",
    "ReviewAssignment",
    "ReviewValue",
    "Reviewer",
    "Stake",
    "StatusChange",
    "Territory",
    "new_uuid",
]
