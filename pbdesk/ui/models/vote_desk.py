"""Tables of the vote day: the register per station, entry sessions, ballots, projects'
votes, stacks and double-entry differences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from pbdesk.domain.vote import BallotStatus
from pbdesk.ui.models import ModelIndex, RowsModel
from pbdesk.workspace.ballots import BallotView, EntrySessionView
from pbdesk.workspace.double_entry import Difference, StackState
from pbdesk.workspace.vote_register import StationSignatures

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class ProjectVotes:
    """A project on the ballot and the votes it has in the entry on screen."""

    code: str
    title: str
    votes: int


def ballot_text(ballot: BallotView | None) -> str:
    """A stored ballot in a few words: its codes, or blank, or spoilt with why."""
    if ballot is None:
        return "—"
    if ballot.status is BallotStatus.BLANK:
        return ballot.status.label
    if ballot.status is BallotStatus.NUL:
        why = ballot.reason.label if ballot.reason else ""
        shown = ballot.shown or ballot.remark
        return " — ".join(part for part in (ballot.status.label, shown, why) if part)
    return ballot.shown


class SignaturesColumn(IntEnum):
    STATION = 0
    SIGNATURES = 1
    PROXIES = 2


class SignaturesModel(RowsModel[StationSignatures]):
    """The register's signatures (and proxies) per polling station."""

    columns = SignaturesColumn

    def headers(self) -> Sequence[str]:
        return (self.tr("Polling station"), self.tr("Signatures"), self.tr("Of which proxies"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = SignaturesColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is SignaturesColumn.STATION:
                return line.station_name
            if column is SignaturesColumn.SIGNATURES:
                return str(line.signatures)
            return str(line.proxies)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not SignaturesColumn.STATION:
            return _RIGHT
        return None


class EntryColumn(IntEnum):
    STATION = 0
    STACK = 1
    PASS = 2
    OPERATOR = 3
    BALLOTS = 4
    STATE = 5


class EntriesModel(RowsModel[EntrySessionView]):
    """The entry sessions of a campaign: who enters which stack of which station."""

    columns = EntryColumn

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Polling station"),
            self.tr("Stack"),
            self.tr("Entry"),
            self.tr("Operator"),
            self.tr("Ballots"),
            self.tr("State"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.row_at_index(index)
        if entry is None:
            return None
        column = EntryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is EntryColumn.STATION:
                return entry.station_name
            if column is EntryColumn.STACK:
                return entry.stack_label or "—"
            if column is EntryColumn.PASS:
                return entry.pass_label
            if column is EntryColumn.OPERATOR:
                return entry.operator
            if column is EntryColumn.BALLOTS:
                return str(entry.ballots)
            if entry.closed_at is None:
                return self.tr("open")
            return self.tr("closed on {moment}").format(
                moment=entry.closed_at.astimezone().strftime("%d/%m/%Y %H:%M")
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column is EntryColumn.BALLOTS:
            return _RIGHT
        return None


class BallotColumn(IntEnum):
    SEQUENCE = 0
    BALLOT = 1
    STATUS = 2


class BallotsModel(RowsModel[BallotView]):
    """The ballots of one entry session, by sequence number."""

    columns = BallotColumn

    def headers(self) -> Sequence[str]:
        return (self.tr("No."), self.tr("Ballot"), self.tr("Status"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        ballot = self.row_at_index(index)
        if ballot is None:
            return None
        column = BallotColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is BallotColumn.SEQUENCE:
                return str(ballot.sequence)
            if column is BallotColumn.BALLOT:
                if ballot.status is BallotStatus.VALID:
                    return ballot.shown
                return ballot.remark or ballot.shown
            if ballot.status is BallotStatus.NUL and ballot.reason is not None:
                return f"{ballot.status.label} ({ballot.reason.label})"
            return ballot.status.label
        if role == Qt.ItemDataRole.TextAlignmentRole and column is BallotColumn.SEQUENCE:
            return _RIGHT
        return None


class ProjectVotesColumn(IntEnum):
    CODE = 0
    TITLE = 1
    VOTES = 2


class ProjectVotesModel(RowsModel[ProjectVotes]):
    """Each project on the ballot with its votes so far."""

    columns = ProjectVotesColumn

    def headers(self) -> Sequence[str]:
        return (self.tr("Code"), self.tr("Project"), self.tr("Votes"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = ProjectVotesColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is ProjectVotesColumn.CODE:
                return line.code
            if column is ProjectVotesColumn.TITLE:
                return line.title
            return str(line.votes)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not ProjectVotesColumn.TITLE:
            return _RIGHT
        return None


class StackColumn(IntEnum):
    STACK = 0
    ENTRIES = 1
    BALLOTS = 2
    STATE = 3


class StacksModel(RowsModel[StackState]):
    """A station's stacks of ballots and where their double entry stands."""

    columns = StackColumn

    def headers(self) -> Sequence[str]:
        return (self.tr("Stack"), self.tr("Entries"), self.tr("Ballots"), self.tr("State"))

    def state_text(self, stack: StackState) -> str:
        if stack.official_session_id is not None:
            if len(stack.passes) > 1:
                return self.tr("official: entries A and B agree")
            return self.tr("official: one entry")
        return stack.problem

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        stack = self.row_at_index(index)
        if stack is None:
            return None
        column = StackColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is StackColumn.STACK:
                return stack.label or "—"
            if column is StackColumn.ENTRIES:
                return " + ".join(stack.passes) or "—"
            if column is StackColumn.BALLOTS:
                return str(stack.ballots) if stack.official_session_id is not None else "—"
            return self.state_text(stack)
        if role == Qt.ItemDataRole.ForegroundRole and column is StackColumn.STATE:
            return QColor("#1b5e20" if stack.official_session_id is not None else "#b00020")
        if role == Qt.ItemDataRole.TextAlignmentRole and column is StackColumn.BALLOTS:
            return _RIGHT
        return None


class DifferenceColumn(IntEnum):
    SEQUENCE = 0
    ENTRY_A = 1
    ENTRY_B = 2


class DifferencesModel(RowsModel[Difference]):
    """The ballots where entries A and B of a stack differ, side by side."""

    columns = DifferenceColumn

    def headers(self) -> Sequence[str]:
        return (self.tr("No."), self.tr("Entry A"), self.tr("Entry B"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        difference = self.row_at_index(index)
        if difference is None:
            return None
        column = DifferenceColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is DifferenceColumn.SEQUENCE:
                return str(difference.sequence)
            if column is DifferenceColumn.ENTRY_A:
                return ballot_text(difference.a)
            return ballot_text(difference.b)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is DifferenceColumn.SEQUENCE:
            return _RIGHT
        return None
