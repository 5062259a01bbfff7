"""Where the serial numbers are decided, the print pack says what they ask of the desk: shuffle
the printed ballots before the vote, or a serial follows the sign-in order."""

from __future__ import annotations

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt

from pbdesk.domain.vote import VoteSettings
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.print_pack import PrintPackDialog
from pbdesk.workspace.polling_stations import StationInput, save_station
from pbdesk.workspace.printing import PrintSettingsInput, save_print_settings
from pbdesk.workspace.vote import save_settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def voting(database: Database, campaign_id: int) -> int:
    save_settings(database, campaign_id, VoteSettings(max_choices=3), AUTHOR)
    save_station(database, campaign_id, StationInput(name="Bureau Félix-Pyat"), AUTHOR)
    return campaign_id


def open_dialog(qtbot, context: AppContext, campaign_id: int) -> PrintPackDialog:  # type: ignore[no-untyped-def]
    dialog = PrintPackDialog(context, campaign_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_shuffle_note_shows_exactly_when_serials_are_ticked(
    qtbot, context: AppContext, voting: int
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, context, voting)
    check, note = dialog.ui.serialsCheck, dialog.ui.serialsNote
    assert not check.isChecked() and not note.isVisible()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert check.isChecked() and note.isVisible()
    # Under the box, in the options' column: read together with the choice.
    assert note.text() and note.wordWrap()
    assert note.geometry().top() >= check.geometry().bottom()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert not check.isChecked() and not note.isVisible()


def test_the_note_follows_the_saved_setting_when_the_dialog_opens(
    qtbot, context: AppContext, database: Database, voting: int
) -> None:  # type: ignore[no-untyped-def]
    save_print_settings(database, voting, PrintSettingsInput(serials=True), AUTHOR)
    dialog = open_dialog(qtbot, context, voting)
    assert dialog.ui.serialsCheck.isChecked() and dialog.ui.serialsNote.isVisible()
