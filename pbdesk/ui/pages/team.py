"""The project team and the core group of residents, with the GDPR erasure of residents."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.people import Role
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.person import PersonDialog
from pbdesk.ui.forms.ui_team_page import Ui_TeamPage
from pbdesk.ui.models.people import PeopleColumn, PeopleFilterProxy, PeopleModel
from pbdesk.ui.pages import CampaignPage
from pbdesk.workspace.team import delete_person, erase_resident_contacts, list_people
from pbdesk.workspace.views import PersonView

#: Widest a column opens (pixels), so that one long address does not hide the others.
MAX_COLUMN_WIDTH = 260
MIN_COLUMN_WIDTH = 60


def _common_cap(widths: list[int], room: int) -> int:
    """The largest width ``cap`` such that the widths, each cut to ``cap``, fit in ``room``."""
    remaining = room
    ordered = sorted(widths)
    for position, width in enumerate(ordered):
        share = remaining // (len(ordered) - position)
        if width > share:
            return share
        remaining -= width
    return ordered[-1] if ordered else room


class TeamPage(CampaignPage):
    """Who carries the campaign: the project team and the core group of residents.

    Signals: ``changed(int)`` after a person is added, edited or removed, or after the
    residents' personal data is erased.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_TeamPage()
        self.ui.setupUi(self)
        #: The person dialog while it is open (window-modal, not blocking).
        self.dialog: PersonDialog | None = None

        self.model = PeopleModel(self)
        self.proxy = PeopleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.tableView
        table.setModel(self.proxy)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.sortByColumn(PeopleColumn.NAME, Qt.SortOrder.AscendingOrder)
        self._fill_role_filter()

        self.ui.searchEdit.textChanged.connect(self._filter_changed)
        self.ui.roleFilterCombo.currentIndexChanged.connect(self._filter_changed)
        self.ui.addButton.clicked.connect(self.add_person)
        self.ui.editButton.clicked.connect(self.edit_person)
        self.ui.removeButton.clicked.connect(self.remove_person)
        self.ui.eraseButton.clicked.connect(self.erase_residents)
        table.activated.connect(self.edit_person)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.layoutChanged.connect(self._update_buttons)

        add = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self.add_person)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_person)

        table.viewport().installEventFilter(self)
        self.setFocusProxy(table)
        self._set_status("")
        self._show_counts()
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------
    def show_campaign(self, campaign_id: int) -> None:
        if campaign_id != self.campaign_id:
            self._set_status("")
        super().show_campaign(campaign_id)

    def load(self) -> None:
        if self.campaign_id is None:
            return
        try:
            people = list_people(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self.model.set_people(people)
        self._fit_columns()
        self._show_counts()
        self._update_buttons()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.model.set_people([])
        self._set_status("")
        self._show_counts()

    # -- actions -------------------------------------------------------------------------
    def add_person(self) -> None:
        if self.campaign_id is None or self.dialog is not None:
            return
        self._open(PersonDialog(self.context.database, self.campaign_id, parent=self))

    def edit_person(self) -> None:
        person = self.current_person()
        if self.campaign_id is None or person is None or self.dialog is not None:
            return
        self._open(PersonDialog(self.context.database, self.campaign_id, person, parent=self))

    def remove_person(self) -> None:
        person = self.current_person()
        if self.campaign_id is None or person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove a person"),
            self.tr("Remove «{name}» from the team and core group? This cannot be undone.").format(
                name=person.full_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_person(self.context.database, person.id)
        except DomainError as error:
            self.report(error)
            return
        self._set_status("")
        self.load()
        self.changed.emit(self.campaign_id)

    def erase_residents(self) -> None:
        """Erase every resident's name and contact details, after saying how many."""
        if self.campaign_id is None:
            return
        count = sum(1 for p in self.model.people() if p.is_resident and not p.erased)
        if count == 0:
            self._set_status(self.tr("There is no resident's personal data to erase."))
            return
        if count == 1:
            question = self.tr(
                "Erase the name and contact details of the one resident of this campaign? "
                "The row stays, so the number of residents is kept. This cannot be undone."
            )
        else:
            question = self.tr(
                "Erase the names and contact details of the {count} residents of this "
                "campaign? Their rows stay, so the number of residents is kept. This cannot "
                "be undone."
            ).format(count=count)
        answer = QMessageBox.question(
            self,
            self.tr("Erase residents' personal data"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            erased = erase_resident_contacts(
                self.context.database, self.campaign_id, self.context.author()
            )
        except DomainError as error:
            self.report(error)
            return
        self.load()
        if erased == 1:
            self._set_status(self.tr("1 resident erased; the count is kept."))
        else:
            self._set_status(
                self.tr("{count} residents erased; the count is kept.").format(count=erased)
            )
        self.changed.emit(self.campaign_id)

    # -- helpers -------------------------------------------------------------------------
    def current_person(self) -> PersonView | None:
        index = self.ui.tableView.currentIndex()
        if not index.isValid() or not self.ui.tableView.selectionModel().hasSelection():
            return None
        return self.model.person_at(self.proxy.mapToSource(index).row())

    def _open(self, dialog: PersonDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        saved = dialog.saved if result == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if saved is None or self.campaign_id is None:
            return
        self._set_status("")
        self.load()
        self._select(saved.id)
        self.ui.tableView.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit(self.campaign_id)

    def _select(self, person_id: int) -> None:
        for row in range(self.model.rowCount()):
            person = self.model.person_at(row)
            if person is not None and person.id == person_id:
                index = self.proxy.mapFromSource(self.model.index(row, PeopleColumn.NAME))
                if index.isValid():
                    self.ui.tableView.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                return

    def _fit_columns(self) -> None:
        """Columns as wide as their text, within reason; when the page is too narrow the
        text columns share what is left. The user may still widen any column."""
        table = self.ui.tableView
        header = table.horizontalHeader()
        widths = {
            column: min(
                max(header.sectionSizeHint(column), table.sizeHintForColumn(column)),
                MAX_COLUMN_WIDTH,
            )
            for column in PeopleColumn
        }
        flexible = (
            PeopleColumn.NAME,
            PeopleColumn.ROLE,
            PeopleColumn.ORGANISATION,
            PeopleColumn.EMAIL,
        )
        room = table.viewport().width() - sum(
            width for column, width in widths.items() if column not in flexible
        )
        if sum(widths[column] for column in flexible) > room:
            # Trim the widest columns first, so that short names stay whole.
            cap = _common_cap([widths[column] for column in flexible], room)
            for column in flexible:
                widths[column] = max(min(widths[column], cap), MIN_COLUMN_WIDTH)
        for column, width in widths.items():
            table.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.tableView.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fill_role_filter(self) -> None:
        combo = self.ui.roleFilterCombo
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All roles"), "")
        for role in Role:
            combo.addItem(role.label, role.value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _filter_changed(self) -> None:
        self.proxy.set_search(self.ui.searchEdit.text())
        self.proxy.set_role(self.ui.roleFilterCombo.currentData() or "")
        self._update_buttons()

    def _show_counts(self) -> None:
        people = self.model.people()
        core = sum(1 for person in people if person.role == Role.CORE_GROUP.value)
        self.ui.countsLabel.setText(
            self.tr("Team: {team} · Core group: {core}").format(team=len(people) - core, core=core)
        )

    def _set_status(self, message: str) -> None:
        self.ui.statusLabel.setText(message)
        self.ui.statusLabel.setVisible(bool(message))

    def _update_buttons(self) -> None:
        has_campaign = self.campaign_id is not None
        selected = self.current_person() is not None
        self.ui.addButton.setEnabled(has_campaign)
        self.ui.editButton.setEnabled(selected)
        self.ui.removeButton.setEnabled(selected)
        self.ui.eraseButton.setEnabled(has_campaign)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_role_filter()
            self.model.set_people(self.model.people())
            self._show_counts()
        super().changeEvent(event)
