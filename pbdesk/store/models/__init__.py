"""The tables of a pbdesk workspace, one module per part of a campaign's life.

Importing this package registers every table on ``Base.metadata``.
"""

from pbdesk.store.models import followup as followup
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
from pbdesk.store.models.exchange import ExchangeState
from pbdesk.store.models.printing import PrintSettings as PrintSettings
from pbdesk.store.models.review import (
    Call,
    Criterion,
    Review,
    ReviewAssignment,
    Reviewer,
    ReviewValue,
)
from pbdesk.store.models.vote import (
    Ballot,
    BallotCode,
    BallotStack,
    Designation,
    DirectCount,
    DirectCountLine,
    EntrySession,
    PollingStation,
    SignIn,
    SignInCount,
    StationReconciliation,
    TerritoryEnvelope,
    TieDraw,
    Vote,
    VoteResult,
)

__all__ = [
    "NAMING_CONVENTION",
    "Application",
    "ApplicationStake",
    "Attachment",
    "Ballot",
    "BallotCode",
    "BallotStack",
    "Base",
    "BudgetLine",
    "Call",
    "Campaign",
    "ChecklistItem",
    "Criterion",
    "Designation",
    "DirectCount",
    "DirectCountLine",
    "EntrySession",
    "ExchangeState",
    "Holder",
    "JournalEntry",
    "Meeting",
    "Person",
    "PhaseState",
    "PollingStation",
    "Record",
    "Review",
    "ReviewAssignment",
    "ReviewValue",
    "Reviewer",
    "SignIn",
    "SignInCount",
    "Stake",
    "StationReconciliation",
    "StatusChange",
    "Territory",
    "TerritoryEnvelope",
    "TieDraw",
    "Vote",
    "VoteResult",
    "new_uuid",
]
