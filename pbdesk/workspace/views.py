"""Plain, immutable snapshots of workspace data handed to the UI and the command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from pbdesk.domain.phases import Phase, PhaseStatus


@dataclass(frozen=True)
class CampaignSummary:
    id: int
    uuid: str
    slug: str
    name: str
    year: int
    envelope_cents: int
    decision_mode: str
    phase: Phase
    sample: bool

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "slug": self.slug,
            "name": self.name,
            "year": self.year,
            "envelope_cents": self.envelope_cents,
            "decision_mode": self.decision_mode,
            "phase": int(self.phase),
            "sample": self.sample,
        }


@dataclass(frozen=True)
class TerritoryView:
    id: int
    uuid: str
    name: str
    postcode: str
    commune: str
    qpv_code: str


@dataclass(frozen=True)
class FrameView:
    """The campaign frame as stored; ``version`` guards against concurrent edits."""

    id: int
    uuid: str
    version: int
    name: str
    year: int
    slug: str
    envelope_cents: int
    territories: tuple[TerritoryView, ...]
    theme: str
    aims: str
    call_kind: str
    core_group_kind: str
    decision_mode: str
    starts_on: date | None
    ends_on: date | None
    vote_on: date | None
    is_sample: bool


@dataclass(frozen=True)
class ChecklistItemView:
    id: int
    uuid: str
    phase: Phase
    position: int
    label: str
    catalogue_key: str
    done: bool
    done_on: date | None
    owner: str
    due_on: date | None
    note: str


@dataclass(frozen=True)
class PhaseView:
    campaign_id: int
    phase: Phase
    status: PhaseStatus
    started_on: date | None
    finished_on: date | None
    went_well: str
    to_adjust: str
    items: tuple[ChecklistItemView, ...]

    @property
    def done_count(self) -> int:
        return sum(item.done for item in self.items)


@dataclass(frozen=True)
class PhaseProgress:
    phase: Phase
    status: PhaseStatus
    done: int
    total: int
    meetings: int


@dataclass(frozen=True)
class DueItem:
    id: int
    phase: Phase
    label: str
    owner: str
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class DashboardView:
    campaign: CampaignSummary
    territories: tuple[str, ...]
    progress: tuple[PhaseProgress, ...]
    next_due: tuple[DueItem, ...]
    #: Named counts (applications, holders, team, core group, meetings, participants…);
    #: later features add their own keys.
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonView:
    id: int
    uuid: str
    full_name: str
    role: str
    organisation: str
    email: str
    phone: str
    address: str
    is_resident: bool
    consent: bool
    consent_on: date | None
    erased: bool
    notes: str


@dataclass(frozen=True)
class MeetingView:
    id: int
    uuid: str
    held_on: date
    place: str
    kind: str
    phase: Phase
    participants: int
    women: int | None
    men: int | None
    age_under_18: int | None
    age_18_29: int | None
    age_30_59: int | None
    age_60_plus: int | None
    notes: str


@dataclass(frozen=True)
class JournalView:
    id: int
    at: datetime
    author: str
    action: str
    summary: str
