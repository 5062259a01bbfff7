"""The stakes page (phase 4): stakes in priority order, added, edited, removed and moved."""

from __future__ import annotations

import pytest
from conftest import AUTHOR
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from pbdesk.domain.applications import ApplicationInput
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.stake import StakeDialog
from pbdesk.ui.models.stakes import StakeColumn, StakesModel
from pbdesk.ui.pages.stakes import StakesPage
from pbdesk.workspace.applications import save_application
from pbdesk.workspace.campaigns import get_frame
from pbdesk.workspace.stakes import StakeInput, list_stakes, save_stake

#: The offscreen platform (tests) warns whenever a shown window gets its minimum size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TITLES = ["Lieux pour les jeunes", "Proprete des pieds d'immeubles", "Liens entre generations"]


def _seed(database: Database, campaign_id: int) -> list[int]:
    territory = get_frame(database, campaign_id).territories[0]
    return [
        save_stake(database, campaign_id, StakeInput(TITLES[0], "Pas de lieu", territory.id)),
        save_stake(database, campaign_id, StakeInput(TITLES[1], source="Diagnostic en marchant")),
        save_stake(database, campaign_id, StakeInput(TITLES[2], source="Atelier du 19 mars")),
    ]


@pytest.fixture
def page(qtbot, context: AppContext, campaign_id: int) -> StakesPage:  # type: ignore[no-untyped-def]
    widget = StakesPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(campaign_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _titles_in_table(page: StakesPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, StakeColumn.TITLE).data() for row in range(proxy.rowCount())]


def _stored_titles(database: Database, campaign_id: int) -> list[str]:
    return [stake.title for stake in list_stakes(database, campaign_id)]


def _select_row(qtbot, page: StakesPage, row: int) -> None:  # type: ignore[no-untyped-def]
    table = page.ui.tableView
    page.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.selectRow(row)
    assert page.current_stake() is not None


def _ok(dialog: StakeDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_stakes_model_passes_the_model_tester(
    qtmodeltester, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    model = StakesModel()
    model.set_territories({t.id: t.name for t in get_frame(database, campaign_id).territories})
    model.set_stakes(list_stakes(database, campaign_id))
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_the_table_shows_priority_territory_source_and_applications(
    page: StakesPage, database: Database, campaign_id: int
) -> None:
    first, _, _ = _seed(database, campaign_id)
    save_application(
        database,
        campaign_id,
        ApplicationInput(title="Un local pour les ados", requested="3 000", stake_ids=[first]),
        AUTHOR,
    )
    page.refresh()
    proxy = page.proxy
    assert _titles_in_table(page) == TITLES
    assert [proxy.index(row, StakeColumn.PRIORITY).data() for row in range(3)] == ["1", "2", "3"]
    assert proxy.index(0, StakeColumn.TERRITORY).data() == "Le Quartier"
    assert proxy.index(1, StakeColumn.TERRITORY).data() == page.model.territory_name(None)
    assert page.model.territory_name(None)  # "Whole perimeter", not an empty cell
    assert proxy.index(1, StakeColumn.SOURCE).data() == "Diagnostic en marchant"
    assert proxy.index(0, StakeColumn.APPLICATIONS).data() == "1"
    assert proxy.index(2, StakeColumn.APPLICATIONS).data() == "0"


def test_adding_a_stake_with_the_keyboard_stores_it_last_and_selects_it(
    qtbot, page: StakesPage, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    page.refresh()
    _select_row(qtbot, page, 0)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert isinstance(dialog, StakeDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.titleEdit, "Acces aux droits")
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Permanences trop rares")
    territory = get_frame(database, campaign_id).territories[0]
    dialog.ui.territoryCombo.setCurrentIndex(dialog.ui.territoryCombo.findData(territory.id))
    qtbot.keyClicks(dialog.ui.sourceCombo, "Atelier du 26 mars")
    with qtbot.waitSignal(page.changed, timeout=2000) as blocker:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert blocker.args == [campaign_id]

    stakes = list_stakes(database, campaign_id)
    assert [s.title for s in stakes] == [*TITLES, "Acces aux droits"]
    added = stakes[-1]
    assert (added.description, added.territory_id, added.source) == (
        "Permanences trop rares",
        territory.id,
        "Atelier du 26 mars",
    )
    assert page.current_stake() is not None and page.current_stake().id == added.id
    assert page.proxy.index(3, StakeColumn.PRIORITY).data() == "4"


def test_a_stake_without_a_title_is_refused_next_to_the_title(
    qtbot, page: StakesPage, database: Database, campaign_id: int
) -> None:
    page.add_stake()
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Sans titre")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.titleError.isVisible()
    assert "titre" in dialog.ui.titleError.text()
    assert list_stakes(database, campaign_id) == []
    dialog.reject()


def test_editing_a_stake_with_enter_saves_the_change_and_keeps_its_priority(
    qtbot, page: StakesPage, database: Database, campaign_id: int
) -> None:
    ids = _seed(database, campaign_id)
    page.refresh()
    _select_row(qtbot, page, 1)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, StakeDialog)
    assert dialog.ui.titleEdit.text() == TITLES[1]
    assert dialog.ui.territoryCombo.currentIndex() == 0  # the whole perimeter
    assert dialog.ui.sourceCombo.currentText() == "Diagnostic en marchant"
    dialog.ui.titleEdit.clear()
    qtbot.keyClicks(dialog.ui.titleEdit, "Proprete et tri")
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    stakes = list_stakes(database, campaign_id)
    assert [s.title for s in stakes] == [TITLES[0], "Proprete et tri", TITLES[2]]
    assert stakes[1].id == ids[1] and stakes[1].source == "Diagnostic en marchant"
    assert _titles_in_table(page)[1] == "Proprete et tri"


def test_removing_a_stake_says_how_many_applications_refer_to_it(
    qtbot, page: StakesPage, database: Database, campaign_id: int, monkeypatch
) -> None:
    first, _, _ = _seed(database, campaign_id)
    for title in ("Un local pour les ados", "Un foot en salle"):
        save_application(
            database,
            campaign_id,
            ApplicationInput(title=title, requested="2 000", stake_ids=[first]),
            AUTHOR,
        )
    page.refresh()
    asked: list[str] = []

    def answer(reply):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply

        return staticmethod(question)

    _select_row(qtbot, page, 0)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    assert " 2 " in asked[-1] and TITLES[0] in asked[-1]
    assert _stored_titles(database, campaign_id) == TITLES

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    assert _stored_titles(database, campaign_id) == TITLES[1:]
    assert _titles_in_table(page) == TITLES[1:]
    assert page.proxy.index(0, StakeColumn.PRIORITY).data() == "1"


def test_alt_down_and_alt_up_move_the_stake_and_the_selection_follows(
    qtbot, page: StakesPage, database: Database, campaign_id: int
) -> None:
    ids = _seed(database, campaign_id)
    page.refresh()
    _select_row(qtbot, page, 0)
    assert not page.ui.moveUpButton.isEnabled() and page.ui.moveDownButton.isEnabled()

    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _stored_titles(database, campaign_id) == [TITLES[1], TITLES[0], TITLES[2]]
    assert page.current_stake().id == ids[0]
    assert page.ui.tableView.hasFocus()

    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _stored_titles(database, campaign_id) == [TITLES[1], TITLES[2], TITLES[0]]
    assert page.current_stake().id == ids[0]
    assert page.ui.moveUpButton.isEnabled() and not page.ui.moveDownButton.isEnabled()

    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(page.ui.moveUpButton, Qt.MouseButton.LeftButton)
    assert _stored_titles(database, campaign_id) == [TITLES[1], TITLES[0], TITLES[2]]
    assert page.current_stake().id == ids[0]
    assert _titles_in_table(page) == _stored_titles(database, campaign_id)


def test_dropping_a_dragged_row_moves_the_stake_there(
    qtbot, page: StakesPage, database: Database, campaign_id: int
) -> None:
    ids = _seed(database, campaign_id)
    page.refresh()
    proxy = page.proxy
    move = Qt.DropAction.MoveAction

    # The first stake dropped below the last row: it becomes the last priority.
    data = proxy.mimeData([proxy.index(0, StakeColumn.TITLE)])
    assert proxy.canDropMimeData(data, move, -1, -1, QModelIndex())
    with qtbot.waitSignal(page.changed, timeout=2000):
        # False: the view must not remove the dragged row itself, the page reloads.
        assert not proxy.dropMimeData(data, move, -1, -1, QModelIndex())
    assert _stored_titles(database, campaign_id) == [TITLES[1], TITLES[2], TITLES[0]]
    assert page.current_stake().id == ids[0]

    # Now last, dropped between the first and second rows.
    data = proxy.mimeData([proxy.index(2, StakeColumn.TITLE)])
    with qtbot.waitSignal(page.changed, timeout=2000):
        proxy.dropMimeData(data, move, 1, 0, QModelIndex())
    assert _stored_titles(database, campaign_id) == [TITLES[1], TITLES[0], TITLES[2]]

    # Dropped onto a row: it takes that row's place.
    data = proxy.mimeData([proxy.index(0, StakeColumn.TITLE)])
    with qtbot.waitSignal(page.changed, timeout=2000):
        proxy.dropMimeData(data, move, -1, -1, proxy.index(2, StakeColumn.TITLE))
    assert _stored_titles(database, campaign_id) == [TITLES[0], TITLES[2], TITLES[1]]
    assert _titles_in_table(page) == _stored_titles(database, campaign_id)
