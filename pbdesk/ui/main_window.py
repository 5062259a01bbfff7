"""The main window: navigator on the left, the selected page on the right."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

import pbdesk
from pbdesk.domain.errors import DomainError
from pbdesk.domain.phases import Phase
from pbdesk.ui.context import AppContext
from pbdesk.ui.forms.ui_main_window import Ui_MainWindow
from pbdesk.ui.navigator import CHILDREN, Destination, NavigatorModel, PageKind
from pbdesk.ui.pages import CampaignPage
from pbdesk.ui.pages.welcome import WelcomePage
from pbdesk.workspace.campaigns import delete_campaign, list_campaigns
from pbdesk.workspace.dashboard import progress_by_campaign

STATUS_TIMEOUT_MS = 5000

if TYPE_CHECKING:
    from pbdesk.ui.pages.dashboard import DashboardPage
    from pbdesk.ui.pages.frame import FramePage
    from pbdesk.ui.pages.phase import PhasePage


def _page_class(module: str, name: str) -> Callable[[], type[CampaignPage]]:
    def load() -> type[CampaignPage]:
        page_class: type[CampaignPage] = getattr(import_module(module), name)
        return page_class

    return load


#: Where each page lives; its module is imported when the page is first shown.
_PAGE_CLASSES: dict[PageKind, Callable[[], type[CampaignPage]]] = {
    PageKind.DASHBOARD: _page_class("pbdesk.ui.pages.dashboard", "DashboardPage"),
    PageKind.FRAME: _page_class("pbdesk.ui.pages.frame", "FramePage"),
    PageKind.PHASE: _page_class("pbdesk.ui.pages.phase", "PhasePage"),
    PageKind.TEAM: _page_class("pbdesk.ui.pages.team", "TeamPage"),
    PageKind.MEETINGS: _page_class("pbdesk.ui.pages.meetings", "MeetingsPage"),
    PageKind.JOURNAL: _page_class("pbdesk.ui.pages.journal", "JournalPage"),
    PageKind.STAKES: _page_class("pbdesk.ui.pages.stakes", "StakesPage"),
    PageKind.CALL: _page_class("pbdesk.ui.pages.call", "CallPage"),
    PageKind.APPLICATIONS: _page_class("pbdesk.ui.pages.applications", "ApplicationsPage"),
    PageKind.HOLDERS: _page_class("pbdesk.ui.pages.holders", "HoldersPage"),
    PageKind.REVIEWS: _page_class("pbdesk.ui.pages.reviews", "ReviewsPage"),
    PageKind.SYNTHESIS: _page_class("pbdesk.ui.pages.synthesis", "SynthesisPage"),
    PageKind.VOTE_SETTINGS: _page_class("pbdesk.ui.pages.vote_settings", "VoteSettingsPage"),
    PageKind.STATIONS: _page_class("pbdesk.ui.pages.stations", "StationsPage"),
    PageKind.BALLOT_CODES: _page_class("pbdesk.ui.pages.ballot_codes", "BallotCodesPage"),
    PageKind.SIGN_IN: _page_class("pbdesk.ui.pages.signin", "SignInPage"),
    PageKind.BALLOT_ENTRY: _page_class("pbdesk.ui.pages.ballot_entry", "BallotEntryPage"),
    PageKind.COUNT: _page_class("pbdesk.ui.pages.count", "CountPage"),
    PageKind.RESULTS: _page_class("pbdesk.ui.pages.results", "ResultsPage"),
    PageKind.DESIGNATION: _page_class("pbdesk.ui.pages.designation", "DesignationPage"),
    PageKind.FOLLOW_UP: _page_class("pbdesk.ui.pages.followup", "FollowUpPage"),
    PageKind.ONE_YEAR_REVIEW: _page_class("pbdesk.ui.pages.one_year_review", "OneYearReviewPage"),
}


class MainWindow(QMainWindow):
    """Signals: ``demo_requested`` / ``demo_close_requested`` — the user asked to open or
    leave the throw-away demo (the application swaps the database and calls
    ``set_context``); ``restore_requested(object)`` — the user chose and confirmed the backup
    (a ``Path``) to restore (the application closes the database, restores, reopens it and
    calls ``set_context``)."""

    demo_requested = Signal()
    demo_close_requested = Signal()
    restore_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.navigator = NavigatorModel(self)
        self.ui.navigatorView.setModel(self.navigator)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([340, 900])

        self.welcome = WelcomePage(self)
        self.ui.pageStack.addWidget(self.welcome)
        #: Pages are built the first time they are shown: start-up builds only one.
        self.pages: dict[PageKind, CampaignPage] = {}

        self.database_label = QLabel(self)
        self.ui.statusBar.addPermanentWidget(self.database_label)
        self._connect_actions()
        self._current: Destination | None = None
        self._selecting = False
        self.ui.navigatorView.selectionModel().currentChanged.connect(self._on_current_changed)
        self.reload()
        self._restore_state()

    # -- set-up ------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionNewCampaign.triggered.connect(self.new_campaign)
        ui.actionOpenDemo.triggered.connect(self.demo_requested)
        ui.actionCloseDemo.triggered.connect(self.demo_close_requested)
        ui.actionImport.triggered.connect(self.import_project_file)
        ui.actionExport.triggered.connect(self.export_project_file)
        ui.actionBackups.triggered.connect(self.show_backups)
        ui.actionPreferences.triggered.connect(self.edit_preferences)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionQuit.setShortcuts([QKeySequence("Ctrl+Q"), QKeySequence.StandardKey.Quit])
        go: list[tuple[object, PageKind]] = [
            (ui.actionDashboard, PageKind.DASHBOARD),
            (ui.actionFrame, PageKind.FRAME),
            (ui.actionTeam, PageKind.TEAM),
            (ui.actionMeetings, PageKind.MEETINGS),
            (ui.actionJournal, PageKind.JOURNAL),
        ]
        for action, kind in go:
            action.triggered.connect(self._going(kind))  # type: ignore[attr-defined]
        ui.actionPreviousPhase.triggered.connect(lambda: self._step_phase(-1))
        ui.actionNextPhase.triggered.connect(lambda: self._step_phase(+1))
        ui.actionDeleteCampaign.triggered.connect(self.delete_current_campaign)
        ui.actionPrintPack.triggered.connect(self.prepare_vote_material)
        ui.actionPrintReports.triggered.connect(self.print_reports)
        ui.actionEditions.triggered.connect(self.compare_editions)
        ui.actionFocusNavigator.triggered.connect(self.ui.navigatorView.setFocus)
        ui.actionFocusPage.triggered.connect(lambda: self.ui.pageStack.currentWidget().setFocus())
        ui.actionAbout.triggered.connect(self.about)
        ui.actionAboutQt.triggered.connect(QApplication.aboutQt)
        self.welcome.new_campaign_requested.connect(self.new_campaign)
        self.welcome.demo_requested.connect(self.demo_requested)
        self.welcome.import_requested.connect(self.import_project_file)

    def page(self, kind: PageKind) -> CampaignPage:
        """The page for ``kind``, built (and its module imported) on first use."""
        page = self.pages.get(kind)
        if page is None:
            page = _PAGE_CLASSES[kind]()(self.context, self)
            self.pages[kind] = page
            self.ui.pageStack.addWidget(page)
            page.changed.connect(self._on_campaign_changed)
            if kind is PageKind.FRAME:
                page.created.connect(self._on_campaign_created)  # type: ignore[attr-defined]
                page.status_message.connect(self.show_status)  # type: ignore[attr-defined]
            elif kind is PageKind.VOTE_SETTINGS:
                page.status_message.connect(self.show_status)  # type: ignore[attr-defined]
            elif kind is PageKind.DASHBOARD:
                page.phase_requested.connect(  # type: ignore[attr-defined]
                    lambda number: self._go(PageKind.PHASE, Phase(number))
                )
        return page

    @property
    def dashboard(self) -> DashboardPage:
        return self.page(PageKind.DASHBOARD)  # type: ignore[return-value]

    @property
    def frame(self) -> FramePage:
        return self.page(PageKind.FRAME)  # type: ignore[return-value]

    @property
    def phase(self) -> PhasePage:
        return self.page(PageKind.PHASE)  # type: ignore[return-value]

    @property
    def journal(self) -> CampaignPage:
        return self.page(PageKind.JOURNAL)

    def _going(self, kind: PageKind) -> Callable[[], None]:
        return lambda: self._go(kind)

    def set_context(self, context: AppContext) -> None:
        """Show another database (the demo, or back to the user's own)."""
        self.context = context
        for page in self.pages.values():
            page.set_context(context)
        self._current = None
        self.reload()
        self._select_first_or_welcome(self._last_campaign_id())

    # -- state -------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the campaigns and their phase marks."""
        database = self.context.database
        self.navigator.set_campaigns(list_campaigns(database), progress_by_campaign(database))
        has_campaigns = self.navigator.rowCount() > 0
        in_demo = self.context.is_demo
        self.welcome.set_demo_available(not in_demo)
        self.ui.actionOpenDemo.setVisible(not in_demo)
        self.ui.actionCloseDemo.setVisible(in_demo)
        for action in (
            self.ui.actionDashboard,
            self.ui.actionFrame,
            self.ui.actionTeam,
            self.ui.actionMeetings,
            self.ui.actionJournal,
            self.ui.actionPreviousPhase,
            self.ui.actionNextPhase,
            self.ui.actionDeleteCampaign,
            self.ui.actionExport,
            self.ui.actionPrintPack,
            self.ui.actionPrintReports,
            self.ui.actionEditions,
        ):
            action.setEnabled(has_campaigns)
        label = self.context.database.display_name()
        if in_demo:
            label = self.tr("Demo (throw-away copy)")
        self.database_label.setText(label)
        self._update_title()

    def _update_title(self) -> None:
        parts = ["pbdesk"]
        if self._current is not None:
            row = self.navigator.campaign_row(self._current.campaign_id)
            if row is not None:
                parts.append(self.navigator.campaigns()[row].name)
        if self.context.is_demo:
            parts.append(self.tr("demo"))
        self.setWindowTitle(" — ".join(parts))

    def _restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            # Room for the navigator's phase names and a page; within a 1366×768 laptop
            # screen and its task bar.
            screen = self.screen().availableGeometry() if self.screen() else None
            width = min(1240, screen.width() - 40) if screen else 1240
            height = min(720, screen.height() - 40) if screen else 720
            self.resize(max(width, 900), max(height, 600))
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.ui.splitter.restoreState(splitter)
        self._select_first_or_welcome(self._last_campaign_id())

    def _last_campaign_id(self) -> int | None:
        if self.context.is_demo:
            return None
        uuid = str(self.context.settings.value("last_campaign", "", type=str))
        for campaign in self.navigator.campaigns():
            if campaign.uuid == uuid:
                return campaign.id
        return None

    def _select_first_or_welcome(self, campaign_id: int | None) -> None:
        campaigns = self.navigator.campaigns()
        if not campaigns:
            self._show_welcome()
            return
        target = campaign_id if campaign_id is not None else campaigns[0].id
        self.open(Destination(target, PageKind.DASHBOARD))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._current_page_may_leave():
            event.ignore()
            return
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.ui.splitter.saveState())
        settings.sync()
        super().closeEvent(event)

    # -- navigation --------------------------------------------------------------------
    def open(self, destination: Destination) -> None:
        """Select ``destination`` in the navigator (which shows its page)."""
        index = self.navigator.index_of(destination)
        if not index.isValid():
            self._show_welcome()
            return
        view = self.ui.navigatorView
        view.expand(index.parent() if index.parent().isValid() else index)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if self._current != destination:  # currentChanged did not fire (same index)
            self._show(destination)

    def _show_welcome(self) -> None:
        self._current = None
        self.ui.pageStack.setCurrentWidget(self.welcome)
        self._update_title()

    def _current_page_may_leave(self) -> bool:
        widget = self.ui.pageStack.currentWidget()
        maybe_leave = getattr(widget, "maybe_leave", None)
        return bool(maybe_leave()) if callable(maybe_leave) else True

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting:
            return
        destination = self.navigator.destination(current)
        if destination is None or destination == self._current:
            return
        if not self._current_page_may_leave():
            self._selecting = True
            self.ui.navigatorView.selectionModel().setCurrentIndex(
                previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self._selecting = False
            return
        self._show(destination)

    def _show(self, destination: Destination) -> None:
        self._current = destination
        page = self.page(destination.kind)
        try:
            if destination.kind is PageKind.PHASE and destination.phase is not None:
                self.phase.show_phase(destination.campaign_id, destination.phase)
            else:
                page.show_campaign(destination.campaign_id)
        except DomainError as error:
            page.report(error)
            return
        self.ui.pageStack.setCurrentWidget(page)
        if not self.context.is_demo:
            for campaign in self.navigator.campaigns():
                if campaign.id == destination.campaign_id:
                    self.context.settings.setValue("last_campaign", campaign.uuid)
        self._update_title()

    def _go(self, kind: PageKind, phase: Phase | None = None) -> None:
        if self._current is None:
            return
        if kind is PageKind.PHASE and phase is None:
            phase = Phase.PREPARATION
        self.open(Destination(self._current.campaign_id, kind, phase))

    def _step_phase(self, step: int) -> None:
        if self._current is None:
            return
        if self._current.kind is PageKind.PHASE and self._current.phase is not None:
            number = min(max(int(self._current.phase) + step, 1), len(Phase))
        else:
            row = self.navigator.campaign_row(self._current.campaign_id)
            number = int(self.navigator.campaigns()[row].phase) if row is not None else 1
        self._go(PageKind.PHASE, Phase(number))

    def _on_campaign_changed(self, campaign_id: int) -> None:
        self.reload()
        dashboard = self.pages.get(PageKind.DASHBOARD)
        showing = self._current.kind if self._current is not None else None
        if dashboard is not None and showing not in (None, PageKind.DASHBOARD):
            dashboard.campaign_id = None  # reloaded when shown next

    def _on_campaign_created(self, campaign_id: int) -> None:
        self.reload()
        self._current = None
        self.open(Destination(campaign_id, PageKind.DASHBOARD))
        self.show_status(self.tr("Campaign created."))

    # -- actions -----------------------------------------------------------------------
    def show_status(self, message: str) -> None:
        self.ui.statusBar.showMessage(message, STATUS_TIMEOUT_MS)

    def new_campaign(self) -> None:
        if not self._current_page_may_leave():
            return
        self._selecting = True
        self.ui.navigatorView.selectionModel().clearSelection()
        self.ui.navigatorView.selectionModel().setCurrentIndex(
            QModelIndex(), QItemSelectionModel.SelectionFlag.Clear
        )
        self._selecting = False
        self._current = None
        self.frame.start_new()
        self.ui.pageStack.setCurrentWidget(self.frame)
        self.frame.setFocus()
        self._update_title()

    def import_project_file(self) -> None:
        """File › Import: choose a ``.pbdesk`` file, then import it."""
        from pbdesk.ui.dialogs.import_project import choose_project_file

        path = choose_project_file(self.context, self)
        if path is not None:
            self.open_project_file(path)

    def open_project_file(self, path: Path) -> None:
        """Show what importing the project file at ``path`` does, and import it if asked
        (File › Import, the welcome page, ``pbdesk --open FILE.pbdesk``, a double-click)."""
        from pbdesk.ui.dialogs.import_project import ImportProjectDialog

        if not self._current_page_may_leave():
            return
        dialog = ImportProjectDialog(self.context, path, self)
        dialog.read()
        if dialog.exec() and dialog.import_result is not None:
            self._current = None
            self.reload()
            self.open(Destination(dialog.import_result.campaign_id, PageKind.DASHBOARD))
            self.show_status(dialog.status_message())
        dialog.deleteLater()

    def export_project_file(self) -> None:
        """File › Export: write the current campaign (or another) to a ``.pbdesk`` file."""
        from pbdesk.ui.dialogs.export_project import ExportProjectDialog

        campaign_id = self._current.campaign_id if self._current is not None else None
        dialog = ExportProjectDialog(self.context, campaign_id, self)
        if dialog.exec():
            self.show_status(dialog.status_message())
        dialog.deleteLater()

    def prepare_vote_material(self) -> None:
        """Campaign › Prepare the vote material: the print pack of the current campaign."""
        from pbdesk.ui.dialogs.print_pack import PrintPackDialog

        if self._current is None:
            return
        dialog = PrintPackDialog(self.context, self._current.campaign_id, self)
        dialog.exec()
        dialog.deleteLater()

    def print_reports(self) -> None:
        """Campaign › Print the reports for residents: the residents' report and poster
        (« Où est passé l'argent ? ») and the end-of-edition report of the current campaign."""
        from pbdesk.ui.dialogs.print_reports import PrintReportsDialog

        if self._current is None:
            return
        dialog = PrintReportsDialog(self.context, self._current.campaign_id, self)
        dialog.exec()
        dialog.deleteLater()

    def compare_editions(self) -> None:
        """Campaign › Compare editions: every campaign side by side, in its own window;
        Enter on a row opens that campaign's dashboard."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

        from pbdesk.ui.pages.editions import EditionsPage

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Compare editions"))
        layout = QVBoxLayout(dialog)
        page = EditionsPage(self.context, dialog)
        layout.addWidget(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)

        def open_campaign(campaign_id: int) -> None:
            dialog.accept()
            self.open(Destination(campaign_id, PageKind.DASHBOARD))

        page.campaign_requested.connect(open_campaign)
        page.load()
        if self._current is not None:
            page.show_campaign(self._current.campaign_id)
        dialog.resize(980, 520)
        dialog.exec()
        dialog.deleteLater()

    def show_backups(self) -> None:
        """File › Backups: list the database's backups; restoring one is the application's
        job (``restore_requested``), as the database must be closed meanwhile."""
        from pbdesk.ui.dialogs.backups import BackupsDialog

        if not self._current_page_may_leave():
            return
        dialog = BackupsDialog.for_context(self.context, self)
        chosen = dialog.chosen if dialog.exec() else None
        dialog.deleteLater()
        if chosen is not None:
            self.restore_requested.emit(chosen)

    def edit_preferences(self) -> None:
        from pbdesk.ui.dialogs.preferences import PreferencesDialog, saved_language

        before = saved_language(self.context.settings)
        dialog = PreferencesDialog(self.context.settings, self)
        if dialog.exec() and dialog.language_changed(before):
            QMessageBox.information(
                self,
                self.tr("Preferences"),
                self.tr("The new language takes effect the next time pbdesk starts."),
            )

    def delete_current_campaign(self) -> None:
        if self._current is None:
            return
        row = self.navigator.campaign_row(self._current.campaign_id)
        if row is None:
            return
        campaign = self.navigator.campaigns()[row]
        answer = QMessageBox.question(
            self,
            self.tr("Delete the campaign"),
            self.tr(
                "Delete «{name}» and everything in it (checklists, team, meetings, "
                "journal)? This cannot be undone."
            ).format(name=campaign.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        delete_campaign(self.context.database, campaign.id)
        self._current = None
        self.reload()
        self._select_first_or_welcome(None)
        self.show_status(self.tr("Campaign «{name}» deleted.").format(name=campaign.name))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About pbdesk"),
            self.tr(
                "<h3>pbdesk {version}</h3><p>The desk of participatory budgets in the "
                "priority neighbourhoods: the nine phases, applications and their review, "
                "the vote, and the years of follow-up.</p><p>Database: {database}</p>"
            ).format(version=pbdesk.__version__, database=self.context.database.display_name()),
        )

    def page_count(self) -> int:
        """Rows under each campaign (for tests and keyboard navigation)."""
        return len(CHILDREN)
