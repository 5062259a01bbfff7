"""The campaign's journal: every decision with its date and author, newest first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.ui.context import AppContext
from pbdesk.ui.forms.ui_journal_page import Ui_JournalPage
from pbdesk.ui.models.journal import JournalColumn, JournalFilter, JournalModel
from pbdesk.ui.pages import CampaignPage
from pbdesk.workspace.journal import entries


class JournalPage(CampaignPage):
    """The journal, read-only, with a search on author and summary.

    Signals: none of its own; ``changed(int)`` is never emitted (the page only reads).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_JournalPage()
        self.ui.setupUi(self)

        self.model = JournalModel(self)
        self.proxy = JournalFilter(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.journalView
        table.setModel(self.proxy)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(JournalColumn.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(JournalColumn.WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(JournalColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        table.sortByColumn(JournalColumn.WHEN, Qt.SortOrder.DescendingOrder)

        self.ui.searchEdit.textChanged.connect(self._search)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        self.setFocusProxy(self.ui.searchEdit)
        self._show_count()

    def load(self) -> None:
        if self.campaign_id is None:
            return
        try:
            lines = entries(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self.model.set_entries(lines)
        self._show_count()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.model.set_entries([])
        self._show_count()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_count()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _show_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown != total:
            text = self.tr("{shown} of {total} entries").format(shown=shown, total=total)
        elif total == 0:
            text = self.tr("No entries")
        elif total == 1:
            text = self.tr("1 entry")
        else:
            text = self.tr("{count} entries").format(count=total)
        self.ui.countLabel.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_count()
        super().changeEvent(event)
