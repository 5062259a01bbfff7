"""The project codes page: codes given in one go, changed in the table, reordered, frozen."""

from __future__ import annotations

import pytest
from conftest import AUTHOR, sample_frame
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from vote.support import make_vote_campaign, shortlist

from pbdesk.domain.applications import ApplicationInput, HolderInput
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.models.ballot_codes import BallotCodeRow, BallotCodesModel, CodeColumn
from pbdesk.ui.pages.ballot_codes import BallotCodesPage
from pbdesk.workspace import ballots
from pbdesk.workspace.applications import save_application
from pbdesk.workspace.ballot_codes import list_codes
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.holders import save_holder
from pbdesk.workspace.journal import entries

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _campaign_with_projects(database: Database, *, retained: bool) -> tuple[int, list[int]]:
    """Three applications with a holder; shortlisted (retained for the vote) or not."""
    campaign_id = create_campaign(database, sample_frame(), AUTHOR)
    holder = save_holder(database, HolderInput("Collectif des parents"))
    ids = [
        save_application(
            database,
            campaign_id,
            ApplicationInput(title=title, holder_id=holder, requested=amount),
            AUTHOR,
        )
        for title, amount in (
            ("Jardin partage", "6 000"),
            ("Fresque du stade", "4 500"),
            ("Boite a livres", "900"),
        )
    ]
    if retained:
        shortlist(database, ids)
    return campaign_id, ids


def _page(qtbot, context: AppContext, campaign_id: int) -> BallotCodesPage:  # type: ignore[no-untyped-def]
    page = BallotCodesPage(context)
    qtbot.addWidget(page)
    page.resize(840, 650)
    page.show_campaign(campaign_id)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def _focus_row(qtbot, page: BallotCodesPage, row: int, column: int = CodeColumn.TITLE) -> None:  # type: ignore[no-untyped-def]
    table = page.ui.tableView
    page.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(page.model.index(row, column))


def _codes(page: BallotCodesPage) -> list[tuple[str, str]]:
    model = page.model
    return [
        (model.index(r, CodeColumn.CODE).data(), model.index(r, CodeColumn.TITLE).data())
        for r in range(model.rowCount())
    ]


def test_ballot_codes_model_passes_the_model_tester(qtmodeltester) -> None:
    model = BallotCodesModel()
    model.set_rows(
        [
            BallotCodeRow(7, 3, "1", "Jardin partagé", "Collectif", "Le Quartier", 600_000),
            BallotCodeRow(9, 5, "2", "Fresque", "", "", 450_000),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, CodeColumn.CODE).flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index(0, CodeColumn.TITLE).flags() & Qt.ItemFlag.ItemIsEditable
    model.set_editable(False)
    assert not model.index(0, CodeColumn.CODE).flags() & Qt.ItemFlag.ItemIsEditable


def test_without_retained_projects_the_page_says_where_they_come_from(
    qtbot, context: AppContext, database: Database
) -> None:
    campaign_id, _ = _campaign_with_projects(database, retained=False)
    page = _page(qtbot, context, campaign_id)
    assert page.ui.emptyLabel.isVisible()
    assert page.ui.emptyLabel.text() == page.tr(
        "No project is retained for the vote yet. Projects are retained in the "
        "synthesis of phase 7 (applications and review); come back here to give them "
        "their ballot codes."
    )
    assert not page.ui.tableView.isVisible()
    assert not page.ui.assignButton.isEnabled()


def test_assigning_codes_fills_the_codes_and_writes_the_journal(
    qtbot, context: AppContext, database: Database
) -> None:
    campaign_id, _ = _campaign_with_projects(database, retained=True)
    page = _page(qtbot, context, campaign_id)
    assert page.ui.emptyLabel.isVisible()
    assert not page.ui.tableView.isVisible()
    assert page.ui.assignButton.isEnabled()

    qtbot.waitUntil(page.isActiveWindow)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # A&ssign codes
    assert _codes(page) == [
        ("1", "Jardin partage"),
        ("2", "Fresque du stade"),
        ("3", "Boite a livres"),
    ]
    assert page.model.index(0, CodeColumn.HOLDER).data() == "Collectif des parents"
    assert page.ui.tableView.isVisible()
    assert not page.ui.emptyLabel.isVisible()
    assert not page.ui.assignButton.isEnabled()  # nothing left to give
    assert [c.code for c in list_codes(database, campaign_id)] == ["1", "2", "3"]
    assert any(e.action == "vote.codes" for e in entries(database, campaign_id))


def test_a_code_is_typed_in_the_table_and_a_taken_one_is_refused(
    qtbot, context: AppContext, database: Database
) -> None:
    voting = make_vote_campaign(database)
    page = _page(qtbot, context, voting.id)
    table = page.ui.tableView
    _focus_row(qtbot, page, 0, CodeColumn.CODE)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and table.isAncestorOf(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, "a1")
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.index(0, CodeColumn.CODE).data() == "A1")
    assert list_codes(database, voting.id)[0].code == "A1"

    # A code another project already has: the sentence under the table, nothing stored.
    _focus_row(qtbot, page, 0, CodeColumn.CODE)
    page.ui.editCodeButton.click()
    editor = QApplication.focusWidget()
    assert editor is not None and table.isAncestorOf(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(page.ui.codeError.isVisible)
    assert "2" in page.ui.codeError.text()
    qtbot.waitUntil(lambda: page.model.index(0, CodeColumn.CODE).data() == "A1")
    assert [c.code for c in list_codes(database, voting.id)] == ["A1", "2", "3", "4"]


def test_alt_down_and_alt_up_change_the_ballot_order(
    qtbot, context: AppContext, database: Database
) -> None:
    voting = make_vote_campaign(database)
    page = _page(qtbot, context, voting.id)
    _focus_row(qtbot, page, 0)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [c.code for c in list_codes(database, voting.id)] == ["2", "1", "3", "4"]
    assert page.ui.tableView.currentIndex().row() == 1  # the moved project stays selected
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [c.code for c in list_codes(database, voting.id)] == ["2", "1", "3", "4"]
    assert [code for code, _ in _codes(page)] == ["2", "1", "3", "4"]


def test_codes_are_frozen_once_ballots_are_entered(
    qtbot, context: AppContext, database: Database
) -> None:
    voting = make_vote_campaign(database)
    entry = ballots.open_entry(database, voting.stations[0], "Karim", AUTHOR)
    ballots.enter_ballot(database, entry.id, "1 2", AUTHOR)
    page = _page(qtbot, context, voting.id)
    _focus_row(qtbot, page, 0)
    assert page.ui.frozenLabel.isVisible()
    assert not page.model.index(0, CodeColumn.CODE).flags() & Qt.ItemFlag.ItemIsEditable
    for button in (
        page.ui.assignButton,
        page.ui.editCodeButton,
        page.ui.moveUpButton,
        page.ui.moveDownButton,
    ):
        assert not button.isEnabled()
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [c.code for c in list_codes(database, voting.id)] == ["1", "2", "3", "4"]
