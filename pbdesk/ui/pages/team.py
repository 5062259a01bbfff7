"""The project team and the core group of residents, with the GDPR erasure of residents."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.people import Role
from pbdesk.store.backups import (
    back_up,
    backups_folder,
    delete_made_before,
    erased_kept_until,
    last_erasure,
    made_before,
)
from pbdesk.ui.columns import common_cap
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.person import PersonDialog
from pbdesk.ui.forms.ui_team_page import Ui_TeamPage
from pbdesk.ui.models.people import PeopleColumn, PeopleFilterProxy, PeopleModel
from pbdesk.ui.pages import RecordListPage
from pbdesk.workspace.team import delete_person, erase_resident_contacts, list_people
from pbdesk.workspace.views import PersonView

#: Widest a column opens (pixels), so that one long address does not hide the others.
MAX_COLUMN_WIDTH = 260
MIN_COLUMN_WIDTH = 60


def _moment(moment: datetime) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


class TeamPage(RecordListPage[PersonView]):
    """Who carries the campaign: the project team and the core group of residents.

    Signals: ``changed(int)`` after a person is added, edited or removed, or after the
    residents' personal data is erased.
    """

    ui: Ui_TeamPage
    model: PeopleModel
    proxy: PeopleFilterProxy

    # The page's own names for the actions, as callers and tests know them.
    add_person = RecordListPage.add_record
    edit_person = RecordListPage.edit_record
    remove_person = RecordListPage.remove_record
    current_person = RecordListPage.current_record

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_TeamPage()
        self.ui.setupUi(self)
        self.model = PeopleModel(self)
        self.proxy = PeopleFilterProxy(self)
        self._set_up_list()
        table = self.ui.tableView
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.sortByColumn(PeopleColumn.NAME, Qt.SortOrder.AscendingOrder)
        self._fill_role_filter()

        self.ui.searchEdit.textChanged.connect(self._filter_changed)
        self.ui.roleFilterCombo.currentIndexChanged.connect(self._filter_changed)
        self.ui.eraseButton.clicked.connect(self.erase_residents)
        table.viewport().installEventFilter(self)
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
    def record_dialog(self, campaign_id: int, person: PersonView | None) -> PersonDialog:
        return PersonDialog(self.context.database, campaign_id, person, parent=self)

    def removal_question(self, person: PersonView) -> tuple[str, str]:
        return (
            self.tr("Remove a person"),
            self.tr("Remove «{name}» from the team and core group? This cannot be undone.").format(
                name=person.full_name
            ),
        )

    def delete_record(self, person: PersonView) -> None:
        delete_person(self.context.database, person.id)

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
        if not self.confirm(self.tr("Erase residents' personal data"), question):
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
            status = self.tr("1 resident erased; the count is kept.")
        else:
            status = self.tr("{count} residents erased; the count is kept.").format(count=erased)
        if erased:
            status = " ".join(part for part in (status, self.offer_to_delete_backups()) if part)
        self._set_status(status)
        self.changed.emit(self.campaign_id)

    def offer_to_delete_backups(self) -> str:
        """After an erasure: the backups of the file made before it still hold the erased
        details, and restoring one would bring them back. Offer to delete them now (the
        default answer); returns the sentence for the status line ("" if there were none)."""
        path = self.context.database.path
        if path is None or self.context.is_demo:
            return ""
        erased_at = last_erasure(path)
        if erased_at is None:
            return ""
        older = made_before(path, erased_at)
        if not older:
            return ""
        until = erased_kept_until(erased_at).strftime("%d/%m/%Y")
        if len(older) == 1:
            question = self.tr(
                "A backup of this database was made before the erasure, on {date}. It still "
                "holds the names and contact details just erased: restoring it would bring "
                "them back.\n\nDelete this backup now? If you keep it, pbdesk deletes it when "
                "it opens this database on or after {until}."
            ).format(date=_moment(older[0].made_at), until=until)
        else:
            question = self.tr(
                "{count} backups of this database were made before the erasure, the oldest on "
                "{oldest}. They still hold the names and contact details just erased: "
                "restoring one of them would bring them back.\n\nDelete these backups now? "
                "The backups made after the erasure are kept. If you keep them, pbdesk "
                "deletes them when it opens this database on or after {until}."
            ).format(count=len(older), oldest=_moment(older[-1].made_at), until=until)
        answer = QMessageBox.question(
            self,
            self.tr("Backups made before the erasure"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            if len(older) == 1:
                return self.tr(
                    "The backup made before the erasure is kept until {until} at most."
                ).format(until=until)
            return self.tr(
                "The {count} backups made before the erasure are kept until {until} at most."
            ).format(count=len(older), until=until)
        # First a backup of the file as it is now, erased: the database is never left
        # without one, even for a moment.
        try:
            back_up(path, reason="erasure")
        except (OSError, sqlite3.Error) as error:
            QMessageBox.warning(
                self,
                self.tr("Backups made before the erasure"),
                self.tr(
                    "No backup of the database as it is now could be made ({reason}), so the "
                    "older backups were kept."
                ).format(reason=error),
            )
            return ""
        removed = delete_made_before(path, erased_at)
        left = made_before(path, erased_at)
        if left:
            QMessageBox.warning(
                self,
                self.tr("Backups made before the erasure"),
                self.tr(
                    "{count} backups made before the erasure could not be deleted (another "
                    "program may be using them). Delete them from the folder «{folder}»: {files}"
                ).format(
                    count=len(left),
                    folder=backups_folder(path),
                    files=", ".join(backup.path.name for backup in left),
                ),
            )
        if not removed:
            return ""
        if len(removed) == 1:
            said = self.tr("The backup made before the erasure was deleted.")
        else:
            said = self.tr("The {count} backups made before the erasure were deleted.").format(
                count=len(removed)
            )
        return said + " " + self.tr("A backup of the database as it is now was made.")

    # -- helpers -------------------------------------------------------------------------
    def _reload(self) -> None:
        self._set_status("")  # the last erasure's report no longer describes the table
        super()._reload()

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
            cap = common_cap([widths[column] for column in flexible], room)
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
        super()._update_buttons()
        self.ui.eraseButton.setEnabled(self.campaign_id is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_role_filter()
            self.model.set_people(self.model.people())
            self._show_counts()
        super().changeEvent(event)
