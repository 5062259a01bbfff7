"""The navigator on the left: campaigns, and under each its pages and nine phases."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from pbdesk.domain.phases import Phase, PhaseStatus
from pbdesk.workspace.views import CampaignSummary, PhaseProgress

Index = QModelIndex | QPersistentModelIndex


class PageKind(StrEnum):
    DASHBOARD = "dashboard"
    FRAME = "frame"
    PHASE = "phase"
    TEAM = "team"
    MEETINGS = "meetings"
    JOURNAL = "journal"
    STAKES = "stakes"
    CALL = "call"
    APPLICATIONS = "applications"
    HOLDERS = "holders"
    REVIEWS = "reviews"
    SYNTHESIS = "synthesis"
    VOTE_SETTINGS = "vote_settings"
    STATIONS = "stations"
    BALLOT_CODES = "ballot_codes"
    SIGN_IN = "sign_in"
    BALLOT_ENTRY = "ballot_entry"
    COUNT = "count"
    RESULTS = "results"
    DESIGNATION = "designation"
    FOLLOW_UP = "follow_up"
    ONE_YEAR_REVIEW = "one_year_review"


@dataclass(frozen=True)
class Destination:
    """Where a navigator row leads: a campaign's page (and phase, for phase pages)."""

    campaign_id: int
    kind: PageKind
    phase: Phase | None = None


#: The rows under each campaign, in order.
CHILDREN: tuple[tuple[PageKind, Phase | None], ...] = (
    (PageKind.DASHBOARD, None),
    (PageKind.FRAME, None),
    *((PageKind.PHASE, phase) for phase in Phase),
    (PageKind.TEAM, None),
    (PageKind.MEETINGS, None),
    (PageKind.JOURNAL, None),
)

#: The tools of a phase, shown under its row: the work the phase's checklist talks about.
PHASE_TOOLS: dict[Phase, tuple[PageKind, ...]] = {
    Phase.STAKES: (PageKind.STAKES,),
    Phase.CALL: (PageKind.CALL,),
    Phase.APPLICATIONS: (
        PageKind.APPLICATIONS,
        PageKind.HOLDERS,
        PageKind.REVIEWS,
        PageKind.SYNTHESIS,
    ),
    Phase.VOTE: (
        PageKind.VOTE_SETTINGS,
        PageKind.STATIONS,
        PageKind.BALLOT_CODES,
        PageKind.SIGN_IN,
        PageKind.BALLOT_ENTRY,
        PageKind.COUNT,
        PageKind.RESULTS,
    ),
    Phase.FOLLOW_UP: (PageKind.FOLLOW_UP, PageKind.ONE_YEAR_REVIEW),
}
#: Phase 8 of a campaign decided without a vote (Pertuis 2020): the core group's designation.
DESIGNATION_TOOLS: tuple[PageKind, ...] = (PageKind.DESIGNATION,)

#: Internal ids: 0 for a campaign row; ``(campaign row + 1) * _LEVEL`` for its children;
#: that plus ``tool row + 1`` for the tools under a phase row.
_LEVEL = 64


def tools_of(
    kind: PageKind, phase: Phase | None, decision_mode: str = "vote"
) -> tuple[PageKind, ...]:
    """The tools under a campaign's row ``(kind, phase)``; phase 8 depends on how the
    campaign decides (``Campaign.decision_mode``)."""
    if kind is not PageKind.PHASE or phase is None:
        return ()
    if phase is Phase.VOTE and decision_mode == "designation":
        return DESIGNATION_TOOLS
    return PHASE_TOOLS.get(phase, ())


DestinationRole = Qt.ItemDataRole.UserRole + 1

_STATUS_COLOURS = {
    PhaseStatus.UPCOMING: "#9e9e9e",
    PhaseStatus.IN_PROGRESS: "#1565c0",
    PhaseStatus.DONE: "#2e7d32",
}


@cache
def status_icon(status: PhaseStatus) -> QIcon:
    """A small round mark: grey ring (upcoming), blue disc (in progress), green tick (done)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_STATUS_COLOURS[status])
    pen = painter.pen()
    pen.setColor(colour)
    pen.setWidthF(2.0)
    painter.setPen(pen)
    if status is PhaseStatus.UPCOMING:
        painter.drawEllipse(3, 3, 10, 10)
    else:
        painter.setBrush(colour)
        painter.drawEllipse(2, 2, 12, 12)
        if status is PhaseStatus.DONE:
            pen.setColor(QColor("white"))
            painter.setPen(pen)
            painter.drawPolyline([QPointF(5.0, 8.5), QPointF(7.2, 10.7), QPointF(11.0, 5.8)])
    painter.end()
    return QIcon(pixmap)


class NavigatorModel(QAbstractItemModel):
    """Two levels: campaigns, then their pages. Internal ids: 0 for a campaign row, the
    campaign's row + 1 for its children."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._campaigns: list[CampaignSummary] = []
        self._progress: dict[int, tuple[PhaseProgress, ...]] = {}

    # -- data in -----------------------------------------------------------------------
    def set_campaigns(
        self,
        campaigns: list[CampaignSummary],
        progress: dict[int, tuple[PhaseProgress, ...]],
    ) -> None:
        def shape(items: list[CampaignSummary]) -> list[tuple[int, str]]:
            return [(c.id, c.decision_mode) for c in items]

        if shape(campaigns) == shape(self._campaigns):
            # Same rows (and the same phase 8 tools): update in place so selection and
            # expansion survive.
            self._campaigns, self._progress = list(campaigns), dict(progress)
            last = self.rowCount() - 1
            if last >= 0:
                self.dataChanged.emit(self.index(0, 0), self.index(last, 0))
                for row in range(last + 1):
                    parent = self.index(row, 0)
                    self.dataChanged.emit(
                        self.index(0, 0, parent), self.index(len(CHILDREN) - 1, 0, parent)
                    )
            return
        self.beginResetModel()
        self._campaigns, self._progress = list(campaigns), dict(progress)
        self.endResetModel()

    def campaign_row(self, campaign_id: int) -> int | None:
        for row, campaign in enumerate(self._campaigns):
            if campaign.id == campaign_id:
                return row
        return None

    def index_of(self, destination: Destination) -> QModelIndex:
        row = self.campaign_row(destination.campaign_id)
        if row is None:
            return QModelIndex()
        parent = self.index(row, 0)
        mode = self._campaigns[row].decision_mode
        for child_row, (kind, phase) in enumerate(CHILDREN):
            if kind is destination.kind and phase == destination.phase:
                return self.index(child_row, 0, parent)
            tools = tools_of(kind, phase, mode)
            if destination.kind in tools:
                return self.index(
                    tools.index(destination.kind), 0, self.index(child_row, 0, parent)
                )
        return parent

    def campaigns(self) -> list[CampaignSummary]:
        return list(self._campaigns)

    # -- Qt model ----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0 or row >= self.rowCount(parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0)
        parent_id = parent.internalId()
        if parent_id == 0:  # a page of a campaign
            return self.createIndex(row, 0, (parent.row() + 1) * _LEVEL)
        return self.createIndex(row, 0, parent_id + parent.row() + 1)  # a phase's tool

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        campaign_row, tool_of = divmod(index.internalId(), _LEVEL)
        if tool_of == 0:
            return self.createIndex(campaign_row - 1, 0, 0)
        return self.createIndex(tool_of - 1, 0, campaign_row * _LEVEL)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._campaigns)
        if parent.column() != 0:
            return 0
        parent_id = parent.internalId()
        if parent_id == 0:
            return len(CHILDREN)
        if parent_id % _LEVEL == 0:
            mode = self._campaigns[parent_id // _LEVEL - 1].decision_mode
            return len(tools_of(*CHILDREN[parent.row()], mode))
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def destination(self, index: Index) -> Destination | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return Destination(self._campaigns[index.row()].id, PageKind.DASHBOARD)
        campaign_row, tool_of = divmod(index.internalId(), _LEVEL)
        campaign = self._campaigns[campaign_row - 1]
        if tool_of == 0:
            kind, phase = CHILDREN[index.row()]
            return Destination(campaign.id, kind, phase)
        kind, phase = CHILDREN[tool_of - 1]
        return Destination(
            campaign.id, tools_of(kind, phase, campaign.decision_mode)[index.row()], phase
        )

    def _phase_progress(self, campaign_id: int, phase: Phase) -> PhaseProgress | None:
        progress = self._progress.get(campaign_id, ())
        return progress[int(phase) - 1] if len(progress) >= int(phase) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            campaign = self._campaigns[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return campaign.name
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = self.tr("Current phase: {phase}").format(phase=campaign.phase.label)
                if campaign.sample:
                    tip += "\n" + self.tr("Sample data")
                return tip
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == DestinationRole:
                return self.destination(index)
            return None
        destination = self.destination(index)
        assert destination is not None
        if index.internalId() % _LEVEL:  # a phase's tool
            if role == Qt.ItemDataRole.DisplayRole:
                return self._page_title(destination.kind)
            if role == DestinationRole:
                return destination
            return None
        campaign = self._campaigns[index.internalId() // _LEVEL - 1]
        kind, phase = CHILDREN[index.row()]
        progress = self._phase_progress(campaign.id, phase) if phase else None
        if role == Qt.ItemDataRole.DisplayRole:
            if phase is not None:
                if progress and progress.total:
                    return f"{phase.label}  ({progress.done}/{progress.total})"
                return phase.label
            return self._page_title(kind)
        if role == Qt.ItemDataRole.DecorationRole and progress is not None:
            return status_icon(progress.status)
        if role == Qt.ItemDataRole.ToolTipRole and phase is not None:
            status = progress.status.label if progress else ""
            return f"{phase.summary}\n{self.tr('Status: {status}').format(status=status)}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and progress is not None:
            return progress.status.label
        if role == Qt.ItemDataRole.FontRole and phase is not None and phase == campaign.phase:
            font = QFont()
            font.setBold(True)
            return font
        if role == DestinationRole:
            return destination
        return None

    def _page_title(self, kind: PageKind) -> str:
        titles = {
            PageKind.DASHBOARD: self.tr("Dashboard"),
            PageKind.FRAME: self.tr("Frame"),
            PageKind.TEAM: self.tr("Team and core group"),
            PageKind.MEETINGS: self.tr("Meetings"),
            PageKind.JOURNAL: self.tr("Journal"),
            PageKind.STAKES: self.tr("Stakes"),
            PageKind.CALL: self.tr("Call and review grid"),
            PageKind.APPLICATIONS: self.tr("Applications"),
            PageKind.HOLDERS: self.tr("Holders"),
            PageKind.REVIEWS: self.tr("Reviewers and reviews"),
            PageKind.SYNTHESIS: self.tr("Review synthesis"),
            PageKind.VOTE_SETTINGS: self.tr("Vote rules"),
            PageKind.STATIONS: self.tr("Polling stations"),
            PageKind.BALLOT_CODES: self.tr("Project codes"),
            PageKind.SIGN_IN: self.tr("Sign-in register"),
            PageKind.BALLOT_ENTRY: self.tr("Ballot entry"),
            PageKind.COUNT: self.tr("Count checks"),
            PageKind.RESULTS: self.tr("Results"),
            PageKind.DESIGNATION: self.tr("Designation"),
            PageKind.FOLLOW_UP: self.tr("Project follow-up"),
            PageKind.ONE_YEAR_REVIEW: self.tr("One-year review"),
        }
        return titles[kind]
