"""The main window: navigation, keyboard, remembered state, French everywhere, and a whole
first session walked with the keyboard and found again after reopening the file."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import AUTHOR
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from pbdesk.app import install_translators
from pbdesk.domain.phases import Phase, PhaseStatus
from pbdesk.domain.review import CriterionKind
from pbdesk.i18n import set_language
from pbdesk.store.database import open_database
from pbdesk.ui import translations
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.application import ApplicationDialog
from pbdesk.ui.dialogs.backups import BackupsDialog
from pbdesk.ui.dialogs.criterion import CriterionDialog
from pbdesk.ui.dialogs.direct_count import DirectCountDialog
from pbdesk.ui.dialogs.expense import ExpenseDialog
from pbdesk.ui.dialogs.export_project import ExportProjectDialog
from pbdesk.ui.dialogs.holder import HolderDialog
from pbdesk.ui.dialogs.instalment import InstalmentDialog
from pbdesk.ui.dialogs.meeting import MeetingDialog
from pbdesk.ui.dialogs.milestone import MilestoneDialog
from pbdesk.ui.dialogs.person import PersonDialog
from pbdesk.ui.dialogs.preferences import PreferencesDialog
from pbdesk.ui.dialogs.print_pack import PrintPackDialog
from pbdesk.ui.dialogs.print_reports import PrintReportsDialog
from pbdesk.ui.dialogs.project_update import ProjectUpdateDialog
from pbdesk.ui.dialogs.reviewer import ReviewerDialog
from pbdesk.ui.dialogs.stake import StakeDialog
from pbdesk.ui.dialogs.station import StationDialog
from pbdesk.ui.dialogs.tie_draw import TieDrawDialog
from pbdesk.ui.main_window import MainWindow
from pbdesk.ui.navigator import CHILDREN, Destination, NavigatorModel, PageKind
from pbdesk.ui.pages.ballot_entry import BallotFixDialog
from pbdesk.workspace.campaigns import get_frame, list_campaigns
from pbdesk.workspace.phases import get_phase
from pbdesk.workspace.polling_stations import list_stations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def every_destination(window: MainWindow, campaign_id: int) -> list[Destination]:
    """Every page of a campaign the navigator leads to, phase tools included."""
    model = window.navigator
    found = []
    pending = [model.index(model.campaign_row(campaign_id) or 0, 0)]
    while pending:
        index = pending.pop(0)
        destination = model.destination(index)
        if destination is not None and destination not in found:
            found.append(destination)
        pending += [model.index(row, 0, index) for row in range(model.rowCount(index))]
    return found


def make_window(qtbot, context: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def demo_context(demo_database, tmp_path: Path) -> AppContext:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "demo-settings.ini"), QSettings.Format.IniFormat)
    return AppContext(demo_database, settings, is_demo=True)


def test_navigator_model_passes_the_model_tester(qtmodeltester, demo_database) -> None:  # type: ignore[no-untyped-def]
    from pbdesk.workspace.dashboard import progress_by_campaign

    model = NavigatorModel()
    model.set_campaigns(list_campaigns(demo_database), progress_by_campaign(demo_database))
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert model.rowCount(first) == len(CHILDREN)
    phase_rows = [model.index(row, 0, first) for row in range(model.rowCount(first))]
    labels = [index.data() for index in phase_rows]
    assert any(label.startswith("1. ") and "/" in label for label in labels)


def test_an_empty_database_opens_on_the_welcome_page(qtbot, context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, context)
    assert window.ui.pageStack.currentWidget() is window.welcome
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda parent, title, folder, filters: asked.append(filters) or ("", "")),
    )
    window.welcome.ui.importButton.click()
    assert asked and "*.pbdesk" in asked[0], "the import button asks for a project file"
    assert window.ui.pageStack.currentWidget() is window.welcome
    assert not window.ui.actionDashboard.isEnabled()


def test_keyboard_shortcuts_move_between_pages(qtbot, demo_context) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_context)
    assert window.ui.pageStack.currentWidget() is window.dashboard
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pageStack.currentWidget() is window.frame
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pageStack.currentWidget() is window.phase
    current = window.navigator.campaigns()[0].phase
    assert window.phase.phase == current
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.phase.phase == Phase(max(1, int(current) - 1))
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pageStack.currentWidget() is window.journal
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.ui.navigatorView.hasFocus()


def test_the_window_remembers_its_size_and_last_campaign(qtbot, database, context) -> None:  # type: ignore[no-untyped-def]
    from pbdesk.workspace.demo import add_demo_workspace

    add_demo_workspace(database)
    window = make_window(qtbot, context)
    window.resize(980, 640)
    chosen = list_campaigns(database)[2]
    window.open(Destination(chosen.id, PageKind.TEAM))
    window.close()

    again = make_window(qtbot, context)
    # The offscreen screen is 800 px wide: Qt fits a restored window to the screen, so only
    # the height comes back exactly here.
    assert again.height() == 640
    assert again.minimumSizeHint().width() <= again.width() <= 980
    assert again.dashboard.campaign_id == chosen.id
    assert again.ui.pageStack.currentWidget() is again.dashboard
    assert chosen.name in again.windowTitle()


def test_a_phase_row_in_the_dashboard_opens_that_phase(qtbot, demo_context) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_context)
    window.dashboard.phase_requested.emit(4)
    assert window.ui.pageStack.currentWidget() is window.phase
    assert window.phase.phase is Phase.STAKES
    current = window.ui.navigatorView.currentIndex()
    assert window.navigator.destination(current).phase is Phase.STAKES


def test_deleting_a_campaign_asks_then_removes_it(qtbot, demo_context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_context)
    before = list_campaigns(demo_context.database)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel)
    )
    window.ui.actionDeleteCampaign.trigger()
    assert len(list_campaigns(demo_context.database)) == len(before)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window.ui.actionDeleteCampaign.trigger()
    after = list_campaigns(demo_context.database)
    assert [c.id for c in after] == [c.id for c in before[1:]]
    assert window.navigator.rowCount() == len(after)


# -- French everywhere -----------------------------------------------------------------


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    installed = install_translators(qapp, "fr")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    set_language("fr")


def untranslated_patterns() -> list[tuple[re.Pattern[str], str]]:
    """English sources whose French differs, as patterns matching the shown text."""
    patterns = []
    root = ET.parse(translations.ts_path("fr")).getroot()
    # A word French shares with English somewhere ("Score", "Source") proves nothing when
    # shown, even if another context translates it otherwise.
    same = {
        message.findtext("source", "")
        for message in root.iter("message")
        if message.findtext("source", "") == message.findtext("translation", "")
    }
    for message in root.iter("message"):
        source = message.findtext("source", "")
        if not source.strip() or source in same or source.startswith("<"):
            continue
        plain = source.replace("&", "")
        parts = re.split(r"\{[a-z_0-9]*\}", plain)
        if not any(char.isalpha() for char in "".join(parts)):
            continue  # "{done} / {total}" says nothing a translator could change
        patterns.append((re.compile("^" + "(.+)".join(map(re.escape, parts)) + "$"), source))
    return patterns


def visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts.extend(
                str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for column in range(model.columnCount())
            )
            texts.extend(
                str(model.index(row, 0).data() or "") for row in range(min(model.rowCount(), 30))
            )
        texts.append(widget.toolTip())
    return [text.replace("&", "").strip() for text in texts if text and text.strip()]


def assert_french(texts: list[str]) -> None:
    patterns = untranslated_patterns()
    english = sorted({text for text in texts for pattern, _ in patterns if pattern.match(text)})
    assert english == [], "shown in English although a French translation exists"


def test_every_visible_string_of_the_main_window_is_french(qtbot, french, demo_context) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_context)
    campaign = window.navigator.campaigns()[0]
    shown: list[str] = []
    for destination in every_destination(window, campaign.id):
        window.open(destination)
        assert window.ui.pageStack.currentWidget() is not window.welcome, destination
        shown += visible_texts(window)
    for menu in (
        window.ui.menuFile,
        window.ui.menuCampaign,
        window.ui.menuView,
        window.ui.menuHelp,
    ):
        shown.append(menu.title().replace("&", ""))
        shown += [action.text().replace("&", "") for action in menu.actions() if action.text()]
    window.new_campaign()
    shown += visible_texts(window)
    for dialog in (
        PersonDialog(demo_context.database, campaign.id, parent=window),
        MeetingDialog(demo_context.database, campaign.id, parent=window),
        PreferencesDialog(demo_context.settings, window),
    ):
        shown += visible_texts(dialog)
        dialog.deleteLater()

    assert "Tableau de bord" in shown and "Fichier" in shown, "the French catalogue is loaded"
    assert_french(shown)
    # Qt's own catalogue is loaded too: standard buttons speak French.
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


# -- A first session, with the keyboard only -------------------------------------------


def test_a_new_campaign_walked_with_the_keyboard_is_all_there_after_reopening(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "agent.sqlite3"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("author", AUTHOR)
    database = open_database(path)
    window = make_window(qtbot, AppContext(database, settings))
    assert window.ui.pageStack.currentWidget() is window.welcome

    # Ctrl+N: the frame page in creation mode, the name field ready.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pageStack.currentWidget() is window.frame
    frame = window.frame.ui
    frame.nameEdit.setFocus()
    qtbot.keyClicks(frame.nameEdit, "Centre Ancien 2027")
    qtbot.keyClick(frame.nameEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is frame.yearSpin
    qtbot.keyClick(frame.yearSpin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(frame.yearSpin, "2027")
    frame.envelopeEdit.setFocus()
    qtbot.keyClicks(frame.envelopeEdit, "45 000")
    view = frame.territoriesView
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, "C")  # typing starts editing the cell
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "entre ancien")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "84120")  # left open: Ctrl+S takes the cell being typed

    with qtbot.waitSignal(window.frame.created):
        qtbot.keyClick(window.frame, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pageStack.currentWidget() is window.dashboard

    # Ctrl+PgDown: the current phase (1); tick two items with Space, set the status.
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.phase.phase is Phase.PREPARATION
    checklist = window.phase.ui.checklistView
    checklist.setFocus()
    checklist.setCurrentIndex(checklist.model().index(0, 1))
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    qtbot.keyClick(checklist, Qt.Key.Key_Down)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    status = window.phase.ui.statusCombo
    status.setFocus()
    status.setCurrentIndex(status.findData(PhaseStatus.IN_PROGRESS.value))
    window.close()
    database.close()

    reopened = open_database(path)
    [campaign] = list_campaigns(reopened)
    assert (campaign.name, campaign.year, campaign.envelope_cents) == (
        "Centre Ancien 2027",
        2027,
        4_500_000,
    )
    frame_view = get_frame(reopened, campaign.id)
    assert [(t.name, t.postcode) for t in frame_view.territories] == [("Centre ancien", "84120")]
    phase = get_phase(reopened, campaign.id, Phase.PREPARATION)
    assert [item.done for item in phase.items[:3]] == [True, True, False]
    assert phase.status is PhaseStatus.IN_PROGRESS
    reopened.close()


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonics(root: QWidget) -> list[str]:
    letters = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = mnemonic(text)
        if letter:
            letters.append(letter)
    return letters


@pytest.mark.parametrize("language", ["fr", "en"])
def test_alt_letters_are_unique_on_every_page_and_dialog(
    qtbot, qapp, demo_context, language
) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter must lead to one place: a letter used twice (or by a menu) does nothing."""
    installed = install_translators(qapp, language)
    try:
        window = make_window(qtbot, demo_context)
        ui = window.ui
        menus = [
            mnemonic(menu.title())
            for menu in (ui.menuFile, ui.menuCampaign, ui.menuView, ui.menuHelp)
        ]
        campaigns = window.navigator.campaigns()
        campaign = campaigns[0]
        # Every page of a campaign decided by vote, and phase 8 of one decided without.
        designated = next(c for c in campaigns if c.decision_mode == "designation")
        for reached in (campaign, designated):
            for destination in every_destination(window, reached.id):
                window.open(destination)
                letters = mnemonics(window.ui.pageStack.currentWidget()) + menus
                assert sorted(letters) == sorted(set(letters)), (destination, letters)
        station = list_stations(demo_context.database, campaign.id)[0]
        for dialog in (
            PersonDialog(demo_context.database, campaign.id, parent=window),
            MeetingDialog(demo_context.database, campaign.id, parent=window),
            PreferencesDialog(demo_context.settings, window),
            StakeDialog(demo_context.database, campaign.id, parent=window),
            ApplicationDialog(demo_context.database, campaign.id, parent=window),
            HolderDialog(demo_context.database, campaign.id, parent=window),
            ReviewerDialog(demo_context.database, campaign.id, parent=window),
            CriterionDialog(
                demo_context.database, campaign.id, "x", CriterionKind.SCORED, parent=window
            ),
            StationDialog(demo_context.database, campaign.id, parent=window),
            BallotFixDialog("t", "e", 1, lambda number, text: None, parent=window),
            DirectCountDialog(demo_context.database, campaign.id, station.id, "x", parent=window),
            ExportProjectDialog(demo_context, campaign.id, window),
            BackupsDialog(demo_context.database.path, window),
            InstalmentDialog(demo_context.database, campaign.id, 0, "x", parent=window),
            MilestoneDialog(demo_context.database, campaign.id, 0, "x", parent=window),
            ProjectUpdateDialog(demo_context.database, campaign.id, 0, "x", parent=window),
            ExpenseDialog(demo_context.database, campaign.id, 0, "x", parent=window),
            TieDrawDialog(demo_context.database, campaign.id, ("1", "2"), "x", parent=window),
            PrintPackDialog(demo_context, campaign.id, window),
            PrintReportsDialog(demo_context, campaign.id, window),
        ):
            letters = mnemonics(dialog)
            assert sorted(letters) == sorted(set(letters)), (type(dialog).__name__, letters)
            dialog.deleteLater()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        set_language("fr")


def test_compare_editions_lists_every_campaign_and_opens_one(qtbot, demo_context) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from pbdesk.ui.pages.editions import EditionsPage

    window = make_window(qtbot, demo_context)
    campaigns = window.navigator.campaigns()
    oldest = min(campaigns, key=lambda c: c.year)
    seen: list[int] = []

    def use_the_dialog() -> None:
        page = QApplication.activeModalWidget().findChild(EditionsPage)  # type: ignore[union-attr]
        seen.append(page.model.rowCount())
        table = page.ui.editionsView
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))  # sorted by year: the oldest
        qtbot.keyClick(table, Qt.Key.Key_Return)

    QTimer.singleShot(0, use_the_dialog)
    window.ui.actionEditions.trigger()
    assert seen == [len(campaigns)]
    assert QApplication.activeModalWidget() is None
    assert window.ui.pageStack.currentWidget() is window.dashboard
    assert window.dashboard.campaign_id == oldest.id


def test_prepare_the_vote_material_opens_on_the_current_campaign(qtbot, demo_context) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from pbdesk.ui.dialogs.print_pack import PrintPackDialog

    window = make_window(qtbot, demo_context)
    campaign = window.navigator.campaigns()[0]
    window.open(Destination(campaign.id, PageKind.RESULTS, Phase.VOTE))
    opened: list[int] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PrintPackDialog)
        opened.append(dialog.campaign_id)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == [campaign.id]


def test_the_reports_for_residents_open_on_the_current_campaign(qtbot, demo_context) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    window = make_window(qtbot, demo_context)
    campaign = window.navigator.campaigns()[-1]
    window.open(Destination(campaign.id, PageKind.FOLLOW_UP, Phase.FOLLOW_UP))
    opened: list[int] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PrintReportsDialog)
        opened.append(dialog.campaign_id)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    window.ui.actionPrintReports.trigger()
    assert opened == [campaign.id]
