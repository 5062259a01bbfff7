"""The polling stations page: adding, editing and removing stations with the keyboard."""

from __future__ import annotations

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from vote.support import VoteCampaign, make_vote_campaign

from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.station import StationDialog
from pbdesk.ui.models.stations import StationColumn, StationsModel
from pbdesk.ui.pages.stations import StationsPage
from pbdesk.workspace import ballots
from pbdesk.workspace.journal import entries
from pbdesk.workspace.polling_stations import list_stations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

YES = staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes)


@pytest.fixture
def voting(database: Database) -> VoteCampaign:
    return make_vote_campaign(database, territories=("Les Flamands", "Le Mail"))


@pytest.fixture
def page(qtbot, context: AppContext, voting: VoteCampaign) -> StationsPage:  # type: ignore[no-untyped-def]
    widget = StationsPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(voting.id)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _names(page: StationsPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, StationColumn.NAME).data() for row in range(proxy.rowCount())]


def _open_dialog(qtbot, page: StationsPage) -> StationDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.dialog is not None)
    dialog = page.dialog
    assert isinstance(dialog, StationDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _ok(dialog: StationDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_stations_model_passes_the_model_tester(
    qtmodeltester, database: Database, voting: VoteCampaign
) -> None:
    model = StationsModel()
    model.set_stations(list_stations(database, voting.id))
    qtmodeltester.check(model)
    assert model.index(0, StationColumn.TERRITORY).data() == "Les Flamands"


def test_adding_a_station_with_the_keyboard_shows_it_in_the_table(
    qtbot, page: StationsPage, database: Database, voting: VoteCampaign
) -> None:
    assert _names(page) == ["Bureau 1"]
    page.ui.tableView.setFocus()
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Insert)
    dialog = _open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.ui.nameEdit, "Stand du marche")
    qtbot.keyClicks(dialog.ui.placeEdit, "Place du marche")
    dialog.ui.territoryCombo.setCurrentIndex(
        dialog.ui.territoryCombo.findData(voting.territories[1])
    )
    qtbot.keyClicks(dialog.ui.openingEdit, "samedi 9 h - 13 h")
    with qtbot.waitSignal(page.changed):
        _ok(dialog).click()

    assert _names(page) == ["Bureau 1", "Stand du marche"]
    assert page.current_station() is not None
    assert page.current_station().name == "Stand du marche"
    stored = list_stations(database, voting.id)[-1]
    assert (stored.place, stored.territory_name, stored.opening) == (
        "Place du marche",
        "Le Mail",
        "samedi 9 h - 13 h",
    )
    assert any(e.action == "vote.station" for e in entries(database, voting.id))


def test_a_station_without_a_name_is_refused_next_to_the_field(
    qtbot, page: StationsPage, database: Database, voting: VoteCampaign
) -> None:
    page.add_station()
    dialog = _open_dialog(qtbot, page)
    _ok(dialog).click()
    assert dialog.isVisible()
    assert dialog.ui.nameError.isVisible()
    assert dialog.ui.nameError.text()
    assert len(list_stations(database, voting.id)) == 1
    dialog.reject()


def test_editing_a_station_changes_it(
    qtbot, page: StationsPage, database: Database, voting: VoteCampaign
) -> None:
    page.ui.tableView.setFocus()
    page.ui.tableView.selectRow(0)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Return)
    dialog = _open_dialog(qtbot, page)
    assert dialog.ui.nameEdit.text() == "Bureau 1"
    dialog.ui.nameEdit.clear()
    qtbot.keyClicks(dialog.ui.nameEdit, "Centre social")
    with qtbot.waitSignal(page.changed):
        _ok(dialog).click()
    assert _names(page) == ["Centre social"]
    assert list_stations(database, voting.id)[0].name == "Centre social"


def test_removing_asks_first_and_a_station_in_use_stays(
    qtbot, page: StationsPage, database: Database, voting: VoteCampaign, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    entry = ballots.open_entry(database, voting.stations[0], "Karim", AUTHOR)
    ballots.enter_ballot(database, entry.id, "1", AUTHOR)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", YES)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warnings.append(text))
    )
    page.ui.tableView.setFocus()
    page.ui.tableView.selectRow(0)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    assert warnings and "Bureau 1" in warnings[0]
    assert _names(page) == ["Bureau 1"]

    page.add_station()
    dialog = _open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.ui.nameEdit, "En trop")
    with qtbot.waitSignal(page.changed):
        _ok(dialog).click()
    assert _names(page) == ["Bureau 1", "En trop"]
    page.activateWindow()
    page.ui.tableView.setFocus()
    qtbot.waitUntil(page.ui.tableView.hasFocus)
    page.ui.tableView.selectRow(1)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    assert _names(page) == ["Bureau 1"]
    assert [s.name for s in list_stations(database, voting.id)] == ["Bureau 1"]
