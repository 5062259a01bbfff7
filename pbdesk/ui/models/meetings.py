"""Meetings (rencontres) as a table, with a phase filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from pbdesk.domain.people import MeetingKind
from pbdesk.ui.fields import format_date
from pbdesk.ui.models import ModelIndex, RowsModel
from pbdesk.workspace.views import MeetingView

#: The value to sort on: ISO date, phase number, head count, lower-case text.
SORT_ROLE = Qt.ItemDataRole.UserRole
#: The meeting's phase number, for the phase filter.
PHASE_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingColumn(IntEnum):
    DATE = 0
    KIND = 1
    PHASE = 2
    PLACE = 3
    PARTICIPANTS = 4


def kind_label(code: str) -> str:
    """The translated label of a stored meeting kind; the code itself if it is unknown."""
    try:
        return MeetingKind(code).label
    except ValueError:
        return code


class MeetingsModel(RowsModel[MeetingView]):
    """One row per meeting of the campaign."""

    columns = MeetingColumn

    # The names the pages and tests use.
    set_meetings = RowsModel.set_rows
    meetings = RowsModel.rows
    meeting_at = RowsModel.row_at

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Phase"),
            self.tr("Place"),
            self.tr("Participants"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        meeting = self.row_at_index(index)
        if meeting is None:
            return None
        column = MeetingColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is MeetingColumn.DATE:
                return format_date(meeting.held_on)
            if column is MeetingColumn.KIND:
                return kind_label(meeting.kind)
            if column is MeetingColumn.PHASE:
                return meeting.phase.label
            if column is MeetingColumn.PLACE:
                return meeting.place
            return str(meeting.participants)
        if role == SORT_ROLE:
            if column is MeetingColumn.DATE:
                return meeting.held_on.isoformat()
            if column is MeetingColumn.KIND:
                return kind_label(meeting.kind).casefold()
            if column is MeetingColumn.PHASE:
                return int(meeting.phase)
            if column is MeetingColumn.PLACE:
                return meeting.place.casefold()
            return meeting.participants
        if role == PHASE_ROLE:
            return int(meeting.phase)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is MeetingColumn.PARTICIPANTS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and meeting.notes:
            return meeting.notes
        return None


class MeetingsFilterProxy(QSortFilterProxyModel):
    """Keeps the meetings of one phase (or all); sorts on ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._phase = 0
        self.setSortRole(SORT_ROLE)

    def set_phase(self, phase: int) -> None:
        """Only meetings of ``phase``; 0 keeps every phase."""
        self.beginFilterChange()
        self._phase = phase
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._phase:
            return True
        model = self.sourceModel()
        index = model.index(source_row, MeetingColumn.PHASE, source_parent)
        return bool(model.data(index, PHASE_ROLE) == self._phase)

    def visible_meetings(self) -> list[MeetingView]:
        """The meetings the filter keeps, in the shown order."""
        source = self.sourceModel()
        assert isinstance(source, MeetingsModel)
        found = []
        for row in range(self.rowCount()):
            meeting = source.meeting_at(self.mapToSource(self.index(row, 0)).row())
            if meeting is not None:
                found.append(meeting)
        return found
