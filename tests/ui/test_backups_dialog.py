"""« Fichier › Sauvegardes »: the backups listed, one restored (the current file backed up
first, the app reopened on the restored data), and a damaged database at start-up offering
its backups instead of stopping."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import AUTHOR, sample_frame
from PySide6.QtWidgets import QMessageBox

from pbdesk import app as app_module
from pbdesk.store.backups import back_up, list_backups
from pbdesk.store.database import open_database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.backups import BackupsDialog
from pbdesk.ui.main_window import MainWindow
from pbdesk.ui.models.backups import BackupsModel
from pbdesk.workspace.campaigns import create_campaign, list_campaigns

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def campaign_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM campaign ORDER BY name")]
    finally:
        connection.close()


def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def choose_row(monkeypatch: pytest.MonkeyPatch, pick) -> None:  # type: ignore[no-untyped-def]
    """Stand in for the user: in the backups dialog, select a row and press Restore."""

    def run(dialog: BackupsDialog) -> int:
        dialog.select(pick(dialog.model.rows()))
        dialog.ui.restoreButton.click()
        return int(dialog.result())

    monkeypatch.setattr(BackupsDialog, "exec", run)


def test_the_backups_are_listed_newest_first(qtbot, qtmodeltester, database) -> None:  # type: ignore[no-untyped-def]
    path = database.path
    assert path is not None
    create_campaign(database, sample_frame(), AUTHOR)
    back_up(path)
    dialog = BackupsDialog(path)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    backups = dialog.model.rows()
    assert len(backups) >= 2
    assert [b.made_at for b in backups] == sorted((b.made_at for b in backups), reverse=True)
    assert dialog.selected() == backups[0]
    assert dialog.ui.restoreButton.isEnabled()
    model = BackupsModel()
    assert model.size_label(2048) == "2 kB"
    assert model.reason_label("before-restore") != "before-restore"


def test_restore_brings_back_the_old_data_and_keeps_a_backup_of_the_current_file(
    qtbot, context, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path = context.database.path
    assert path is not None
    # The backup made when the (empty) file was opened; then a campaign is entered.
    (empty,) = list_backups(path)
    create_campaign(context.database, sample_frame(), AUTHOR)
    assert campaign_names(empty.path) == []

    switcher = app_module.DemoSwitcher(context, context.settings)
    window = MainWindow(context)
    qtbot.addWidget(window)
    app_module.connect_window(window, switcher)
    asked = say_yes(monkeypatch)
    choose_row(monkeypatch, lambda rows: rows.index(empty))
    try:
        window.ui.actionBackups.trigger()
        assert asked, "a restore is confirmed first"
        # The window now shows the restored database: no campaign.
        assert window.context is switcher.own and window.context is not context
        assert list_campaigns(window.context.database) == []
        assert window.ui.pageStack.currentWidget() is window.welcome
        # The file as it was is kept among the backups.
        saved = switcher.restored_from
        assert saved is not None and saved.exists()
        assert any(b.reason == "before-restore" and b.path == saved for b in list_backups(path))
        assert campaign_names(saved) == ["Quartier Test 2026"]
        assert str(saved) in window.ui.statusBar.currentMessage()
    finally:
        switcher.own.database.close()


def test_the_demo_has_no_backups_to_restore(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    demo = AppContext(context.database, context.settings, is_demo=True)
    dialog = BackupsDialog.for_context(demo)
    qtbot.addWidget(dialog)
    assert not dialog.ui.backupsView.isVisibleTo(dialog)
    assert not dialog.ui.restoreButton.isVisibleTo(dialog)
    assert "demo" in dialog.ui.introLabel.text()


def test_a_damaged_database_at_start_up_offers_its_latest_backup(
    qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.sqlite3"
    database = open_database(path)
    for number in range(30):
        create_campaign(
            database, sample_frame(name=f"Campagne {number}", slug=f"c{number}-2026"), AUTHOR
        )
    database.close()
    open_database(path).close()  # this opening backs the campaigns up
    size = path.stat().st_size
    with path.open("r+b") as handle:  # a failing disk
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 1024)

    offered: list[str] = []
    monkeypatch.setattr(
        app_module, "ask_to_restore", lambda error: offered.append(error.message) or True
    )
    say_yes(monkeypatch)
    chosen: list[int] = []

    def newest_selected(rows):  # type: ignore[no-untyped-def]
        chosen.append(0)
        return 0

    choose_row(monkeypatch, newest_selected)
    reopened = app_module.open_or_recover(str(path))
    assert reopened is not None
    try:
        assert offered and "w.sqlite3" in offered[0]
        assert len(list_campaigns(reopened)) == 30
    finally:
        reopened.close()


def test_giving_up_on_a_damaged_database_opens_nothing(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.sqlite3"
    database = open_database(path)
    for number in range(30):
        create_campaign(
            database, sample_frame(name=f"Campagne {number}", slug=f"c{number}-2026"), AUTHOR
        )
    database.close()
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 1024)
    damaged = path.read_bytes()
    monkeypatch.setattr(app_module, "ask_to_restore", lambda error: False)
    assert app_module.open_or_recover(str(path)) is None
    assert path.read_bytes() == damaged


def test_a_large_file_found_damaged_in_the_background_is_told(qtbot, context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from pbdesk.store.backups import Protection

    checked = threading.Thread(target=lambda: None)
    checked.start()
    checked.join()
    context.database.protection = Protection(False, None, checked, ["La base est endommagée."])
    window = MainWindow(context)
    qtbot.addWidget(window)
    told: list[str] = []

    def critical(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        told.append(text)
        return QMessageBox.StandardButton.Ignore

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    timer = app_module.watch_background_check(window, context.database)
    assert timer is not None
    qtbot.waitUntil(lambda: bool(told))
    assert told == ["La base est endommagée."]
    assert not timer.isActive()


def test_no_backup_yet_is_said_calmly_in_place_of_an_empty_list(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pbdesk.ui.fields import ERROR_STYLE

    dialog = BackupsDialog(tmp_path / "nouvelle" / "w.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ui.emptyLabel.isVisible()
    assert dialog.ui.emptyLabel.text() == dialog.tr("There is no backup of this database yet.")
    # The normal state of a new database: no alarm colour, no empty table.
    assert ERROR_STYLE not in dialog.ui.emptyLabel.styleSheet()
    assert not dialog.ui.backupsView.isVisible()
    assert not dialog.ui.restoreButton.isEnabled()
    # The paths are read as normal text, not greyed out like a disabled control.
    assert dialog.ui.folderLabel.isVisible() and "w.sqlite3" in dialog.ui.folderLabel.text()
    assert "palette(mid)" not in dialog.ui.folderLabel.styleSheet()


def test_a_list_of_backups_hides_the_no_backup_sentence(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(database.path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() >= 1
    assert dialog.ui.backupsView.isVisible() and not dialog.ui.emptyLabel.isVisible()
