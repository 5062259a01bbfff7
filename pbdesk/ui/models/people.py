"""The project team and the core group as a table, with a search and role filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from pbdesk.domain.people import Role
from pbdesk.ui.fields import format_date
from pbdesk.ui.models import ModelIndex, RowsModel, fold
from pbdesk.workspace.views import PersonView

#: The value to sort on (text in lower case, ISO dates), independent of the shown text.
SORT_ROLE = Qt.ItemDataRole.UserRole
#: The person's role code (``core_group``…), for the role filter.
ROLE_CODE_ROLE = Qt.ItemDataRole.UserRole + 1

ERASED_COLOUR = QColor("#808080")


class PeopleColumn(IntEnum):
    NAME = 0
    ROLE = 1
    ORGANISATION = 2
    EMAIL = 3
    PHONE = 4
    RESIDENT = 5
    CONSENT = 6


def role_label(code: str) -> str:
    """The translated label of a stored role code; the code itself if it is unknown."""
    try:
        return Role(code).label
    except ValueError:
        return code


class PeopleModel(RowsModel[PersonView]):
    """One row per person of the campaign, in the order the workspace gives them."""

    columns = PeopleColumn

    # The names the pages and tests use.
    set_people = RowsModel.set_rows
    people = RowsModel.rows
    person_at = RowsModel.row_at

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Organisation"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Resident"),
            self.tr("Consent"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        person = self.row_at_index(index)
        if person is None:
            return None
        column = PeopleColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == SORT_ROLE:
            if column is PeopleColumn.CONSENT:
                return person.consent_on.isoformat() if person.consent_on else ""
            if column is PeopleColumn.RESIDENT:
                return int(person.is_resident)
            return self._text(person, column).casefold()
        if role == ROLE_CODE_ROLE:
            return person.role
        if role == Qt.ItemDataRole.FontRole and person.erased:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and person.erased:
            return QBrush(ERASED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if person.erased:
                return self.tr("This resident's personal data was erased.")
            return self._text(person, column) or None  # the whole text of a narrow column
        return None

    def _text(self, person: PersonView, column: PeopleColumn) -> str:
        if column is PeopleColumn.NAME:
            return person.full_name
        if column is PeopleColumn.ROLE:
            return role_label(person.role)
        if column is PeopleColumn.ORGANISATION:
            return person.organisation
        if column is PeopleColumn.EMAIL:
            return person.email
        if column is PeopleColumn.PHONE:
            return person.phone
        if column is PeopleColumn.RESIDENT:
            return self.tr("yes") if person.is_resident else "—"
        return format_date(person.consent_on) if person.consent and person.consent_on else "—"


class PeopleFilterProxy(QSortFilterProxyModel):
    """Keeps the people whose name or organisation contains the search text (ignoring case
    and accents) and, when a role is chosen, who have that role. Sorts on ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._role = ""
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_role(self, code: str) -> None:
        """Only people of role ``code``; an empty code keeps every role."""
        self.beginFilterChange()
        self._role = code
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if self._role:
            index = model.index(source_row, PeopleColumn.ROLE, source_parent)
            if model.data(index, ROLE_CODE_ROLE) != self._role:
                return False
        if self._search:
            texts = (
                str(model.data(model.index(source_row, column, source_parent)) or "")
                for column in (PeopleColumn.NAME, PeopleColumn.ORGANISATION)
            )
            return any(self._search in fold(text) for text in texts)
        return True
