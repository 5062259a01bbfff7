"""The applications page: recording an application by keyboard, filters, bulk status moves
(all or nothing, journaled), refusals with their reason, attachments."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import AUTHOR, sample_frame
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from pbdesk.domain.applications import (
    ApplicationInput,
    ApplicationStatus,
    BudgetLineInput,
    HolderInput,
    HolderKind,
)
from pbdesk.domain.campaign import TerritoryInput
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.application import ApplicationDialog
from pbdesk.ui.dialogs.status import StatusDialog
from pbdesk.ui.models.applications import (
    ApplicationColumn,
    ApplicationsFilterProxy,
    ApplicationsModel,
    AttachmentItem,
    AttachmentsModel,
    BudgetLinesModel,
    StakesCheckModel,
    StatusHistoryModel,
)
from pbdesk.ui.pages.applications import ApplicationsPage
from pbdesk.workspace import journal
from pbdesk.workspace.applications import (
    attachment_content,
    change_status,
    get_application,
    list_applications,
    save_application,
)
from pbdesk.workspace.campaigns import create_campaign, get_frame
from pbdesk.workspace.holders import list_holders, save_holder
from pbdesk.workspace.stakes import StakeInput, list_stakes, save_stake

#: The offscreen platform (tests) warns whenever a shown window gets its minimum size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

YES = staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
S = ApplicationStatus


@pytest.fixture
def two_territories(database: Database) -> int:
    """A campaign over two quartiers, with three stakes and three holders."""
    campaign_id = create_campaign(
        database,
        sample_frame(
            territories=[
                TerritoryInput(name="Les Flamands", postcode="13014", commune="Marseille"),
                TerritoryInput(name="Le Mail", postcode="13014", commune="Marseille"),
            ]
        ),
        AUTHOR,
    )
    for title in ("Cadre de vie", "Jeunesse", "Lien social"):
        save_stake(database, campaign_id, StakeInput(title))
    for name, kind in (
        ("Les Jardins du Mail", HolderKind.ASSOCIATION),
        ("Collectif de parents", HolderKind.COLLECTIVE),
        ("Club de foot", HolderKind.ASSOCIATION),
    ):
        save_holder(database, HolderInput(name, kind))
    return campaign_id


def _ids(database: Database, campaign_id: int) -> tuple[list[int], list[int], list[int]]:
    territories = [t.id for t in get_frame(database, campaign_id).territories]
    stakes = [s.id for s in list_stakes(database, campaign_id)]
    holders = [h.id for h in list_holders(database)]  # by name: Club, Collectif, Jardins
    return territories, stakes, holders


def _seed(database: Database, campaign_id: int) -> list[int]:
    territories, stakes, holders = _ids(database, campaign_id)
    applications = [
        ApplicationInput(
            "Jardin partagé au pied des tours",
            holders[2],
            territories[1],
            "12 000",
            stake_ids=[stakes[0], stakes[2]],
            received_on=date(2026, 3, 2),
        ),
        ApplicationInput(
            "Fête des voisins", holders[1], territories[0], "800", stake_ids=[stakes[2]]
        ),
        ApplicationInput(
            "Tournoi de foot", holders[0], territories[0], "3 200", stake_ids=[stakes[1]]
        ),
    ]
    return [save_application(database, campaign_id, data, AUTHOR) for data in applications]


@pytest.fixture
def page(qtbot, context: AppContext, two_territories: int) -> ApplicationsPage:  # type: ignore[no-untyped-def]
    widget = ApplicationsPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(two_territories)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _titles(page: ApplicationsPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, ApplicationColumn.TITLE).data() for row in range(proxy.rowCount())]


def _ok(dialog):  # type: ignore[no-untyped-def]
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def _select_rows(page: ApplicationsPage, rows: list[int]) -> None:
    table = page.ui.tableView
    selection = table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(page.proxy.index(row, 0), flags)
    selection.setCurrentIndex(
        page.proxy.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def _focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _statuses(database: Database, campaign_id: int) -> list[ApplicationStatus]:
    return [row.status for row in list_applications(database, campaign_id)]


def test_the_models_pass_the_model_tester(
    qtmodeltester, database: Database, two_territories: int
) -> None:
    ids = _seed(database, two_territories)
    change_status(database, ids[:1], S.INADMISSIBLE, "Hors périmètre", AUTHOR)
    model = ApplicationsModel()
    model.set_applications(list_applications(database, two_territories))
    qtmodeltester.check(model)
    proxy = ApplicationsFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("fete")
    qtmodeltester.check(proxy)

    detail = get_application(database, ids[0])
    stakes = StakesCheckModel()
    stakes.set_stakes(list_stakes(database, two_territories), detail.row.stake_ids)
    qtmodeltester.check(stakes)
    budget = BudgetLinesModel()
    budget.set_rows([BudgetLineInput("Matériel", "1 000", "Bailleur")])
    budget.add_line()
    qtmodeltester.check(budget)
    files = AttachmentsModel()
    files.set_rows([AttachmentItem("devis.pdf", 2048, id=1)])
    qtmodeltester.check(files)
    history = StatusHistoryModel()
    history.set_rows(detail.history)
    qtmodeltester.check(history)


def test_the_table_shows_amounts_statuses_new_holders_and_totals(
    page: ApplicationsPage, database: Database, two_territories: int
) -> None:
    _seed(database, two_territories)
    page.refresh()
    model = page.model
    assert model.rowCount() == 3
    assert model.index(0, ApplicationColumn.REQUESTED).data() == "12\u202f000\u00a0€"
    alignment = model.index(0, ApplicationColumn.REQUESTED).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.index(0, ApplicationColumn.STATUS).data() == S.SUBMITTED.label
    assert model.index(0, ApplicationColumn.HOLDER).data() != "Les Jardins du Mail"  # marked new
    assert model.index(0, ApplicationColumn.HOLDER).data().startswith("Les Jardins du Mail")
    assert model.index(0, ApplicationColumn.RECEIVED).data() == "02/03/2026"
    # Sorting by amount follows the cents, not the text.
    page.ui.tableView.sortByColumn(ApplicationColumn.REQUESTED, Qt.SortOrder.AscendingOrder)
    assert _titles(page) == [
        "Fête des voisins",
        "Tournoi de foot",
        "Jardin partagé au pied des tours",
    ]
    totals = page.ui.totalsLabel.text()
    assert "3" in totals and "16\u202f000\u00a0€" in totals and "40\u202f000\u00a0€" in totals


def test_an_application_typed_in_the_form_is_saved_with_its_stakes_and_budget(
    qtbot, page: ApplicationsPage, database: Database, two_territories: int
) -> None:
    territories, stakes, holders = _ids(database, two_territories)
    _focus(qtbot, page.ui.tableView)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert isinstance(dialog, ApplicationDialog) and dialog.isVisible()
    ui = dialog.ui
    qtbot.keyClicks(ui.titleEdit, "Jardin partage")
    ui.holderCombo.setCurrentIndex(ui.holderCombo.findData(holders[2]))
    ui.territoryCombo.setCurrentIndex(ui.territoryCombo.findData(territories[1]))
    # Tick the second stake with the keyboard.
    _focus(qtbot, ui.stakesView)
    ui.stakesView.setCurrentIndex(dialog.stakes_model.index(1))
    qtbot.keyClick(ui.stakesView, Qt.Key.Key_Space)
    assert dialog.stakes_model.checked_ids() == [stakes[1]]
    qtbot.keyClicks(ui.requestedEdit, "2500,50")
    qtbot.keyClicks(ui.summaryEdit, "Des bacs a legumes")

    # Two budget lines typed in the table; Enter ends a cell without closing the dialog.
    ui.tabWidget.setCurrentWidget(ui.budgetTab)
    for label, amount in (("Bacs et terre", "2000"), ("Animation", "500,50")):
        qtbot.mouseClick(ui.addLineButton, Qt.MouseButton.LeftButton)
        row = dialog.budget_model.rowCount() - 1
        for column, text in ((0, label), (1, amount)):
            index = dialog.budget_model.index(row, column)
            if column:  # Add line opened the label cell; the amount is opened with F2
                ui.budgetView.setCurrentIndex(index)
                qtbot.keyClick(ui.budgetView, Qt.Key.Key_F2)
            editor = ui.budgetView.indexWidget(index)
            assert editor is not None
            qtbot.keyClicks(editor, text)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda index=index: ui.budgetView.indexWidget(index) is None)
            assert index.data()
    assert dialog.isVisible()
    assert "2\u202f500,50\u00a0€" in ui.budgetTotalLabel.text()

    with qtbot.waitSignal(page.changed, timeout=2000) as blocker:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert blocker.args == [two_territories]

    [saved] = list_applications(database, two_territories)
    assert (saved.number, saved.title, saved.requested_cents) == (1, "Jardin partage", 250_050)
    assert saved.stake_ids == (stakes[1],)
    assert (saved.holder_id, saved.territory_id) == (holders[2], territories[1])
    assert saved.received_on == date.today()
    detail = get_application(database, saved.id)
    assert [(line.label, line.amount_cents) for line in detail.budget_lines] == [
        ("Bacs et terre", 200_000),
        ("Animation", 50_050),
    ]
    assert detail.summary == "Des bacs a legumes"
    assert _titles(page) == ["Jardin partage"]
    assert page.current_application() is not None
    assert page.current_application().id == saved.id


def test_a_wrong_amount_is_refused_next_to_the_field_and_nothing_is_saved(
    qtbot, database: Database, two_territories: int
) -> None:
    dialog = ApplicationDialog(database, two_territories, author=AUTHOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.titleEdit, "Boite a livres")
    qtbot.keyClicks(dialog.ui.requestedEdit, "12,345")
    dialog.ui.tabWidget.setCurrentWidget(dialog.ui.budgetTab)

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    # The form shows the tab that holds the refused field.
    assert dialog.ui.tabWidget.currentWidget() is dialog.ui.generalTab
    assert dialog.ui.requestedError.isVisible()
    assert "12,345" in dialog.ui.requestedError.text()
    assert not dialog.ui.titleError.isVisible()
    assert list_applications(database, two_territories) == []


def test_a_wrong_budget_line_is_refused_under_the_table(
    qtbot, database: Database, two_territories: int
) -> None:
    dialog = ApplicationDialog(database, two_territories, author=AUTHOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.titleEdit, "Boite a livres")
    dialog.budget_model.add_line()
    dialog.budget_model.setData(dialog.budget_model.index(0, 1), "beaucoup")

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.ui.tabWidget.currentWidget() is dialog.ui.budgetTab
    assert dialog.ui.budgetError.isVisible()
    assert "beaucoup" in dialog.ui.budgetError.text()
    assert list_applications(database, two_territories) == []


def test_the_filters_and_the_search_narrow_the_rows(
    qtbot, page: ApplicationsPage, database: Database, two_territories: int
) -> None:
    ids = _seed(database, two_territories)
    change_status(database, ids[1:], S.ADMISSIBLE, "", AUTHOR)
    page.refresh()
    territories, stakes, holders = _ids(database, two_territories)
    ui = page.ui
    assert len(_titles(page)) == 3

    # Accents and case do not matter: « fete » finds « Fête ».
    qtbot.keyClicks(ui.searchEdit, "FETE")
    assert _titles(page) == ["Fête des voisins"]
    assert "1 of 3" in ui.totalsLabel.text() or "1 sur 3" in ui.totalsLabel.text()
    ui.searchEdit.clear()
    qtbot.keyClicks(ui.searchEdit, "club")  # the holder's name
    assert _titles(page) == ["Tournoi de foot"]
    ui.searchEdit.clear()

    ui.statusFilterCombo.setCurrentIndex(ui.statusFilterCombo.findData(S.ADMISSIBLE.value))
    assert sorted(_titles(page)) == ["Fête des voisins", "Tournoi de foot"]
    ui.territoryFilterCombo.setCurrentIndex(ui.territoryFilterCombo.findData(territories[0]))
    assert sorted(_titles(page)) == ["Fête des voisins", "Tournoi de foot"]
    ui.stakeFilterCombo.setCurrentIndex(ui.stakeFilterCombo.findData(stakes[2]))
    assert _titles(page) == ["Fête des voisins"]
    ui.holderFilterCombo.setCurrentIndex(ui.holderFilterCombo.findData(holders[0]))
    assert _titles(page) == []

    for combo in (
        ui.statusFilterCombo,
        ui.territoryFilterCombo,
        ui.stakeFilterCombo,
        ui.holderFilterCombo,
    ):
        combo.setCurrentIndex(0)
    assert len(_titles(page)) == 3
    ui.stakeFilterCombo.setCurrentIndex(ui.stakeFilterCombo.findData(stakes[2]))
    assert sorted(_titles(page)) == ["Fête des voisins", "Jardin partagé au pied des tours"]
    # A reload keeps the filters as they were.
    page.refresh()
    assert sorted(_titles(page)) == ["Fête des voisins", "Jardin partagé au pied des tours"]


def test_three_selected_applications_change_status_together_and_are_journaled(
    qtbot, monkeypatch, page: ApplicationsPage, database: Database, two_territories: int
) -> None:
    _seed(database, two_territories)
    page.refresh()
    before = len(journal.entries(database, two_territories))
    table = page.ui.tableView
    _focus(qtbot, table)
    table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_applications()) == 3
    qtbot.keyClick(table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = page.status_dialog
    assert isinstance(dialog, StatusDialog) and dialog.isVisible()
    offered = [dialog.ui.statusCombo.itemData(i) for i in range(dialog.ui.statusCombo.count())]
    assert offered == [S.ADMISSIBLE.value, S.INADMISSIBLE.value]
    assert "3" in dialog.ui.effectLabel.text()

    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert _statuses(database, two_territories) == [S.ADMISSIBLE] * 3
    entries = journal.entries(database, two_territories)
    moves = [
        entry for entry in entries[: len(entries) - before] if entry.action == "application.status"
    ]
    assert len(entries) - before == 3 and len(moves) == 3
    assert all(entry.author == AUTHOR for entry in moves)
    # The same applications stay selected, showing their new status.
    assert [row.status for row in page.selected_applications()] == [S.ADMISSIBLE] * 3
    assert page.status_dialog is None


def test_a_bulk_change_where_one_cannot_move_changes_none_and_says_which(
    qtbot, page: ApplicationsPage, database: Database, two_territories: int
) -> None:
    ids = _seed(database, two_territories)
    page.refresh()
    _select_rows(page, [0, 1, 2])
    page.change_status()
    dialog = page.status_dialog
    assert dialog is not None
    # Meanwhile a colleague moves application 2 on: it can no longer be declared inadmissible.
    change_status(database, [ids[1]], S.ADMISSIBLE, "", AUTHOR)
    change_status(database, [ids[1]], S.REVIEWED, "", AUTHOR)
    before = len(journal.entries(database, two_territories))
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData(S.INADMISSIBLE.value))
    qtbot.keyClicks(dialog.ui.reasonEdit, "Dossier incomplet")

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    message = dialog.ui.generalError.text()
    assert dialog.ui.generalError.isVisible() and "2" in message
    assert S.REVIEWED.label in message and S.INADMISSIBLE.label in message
    assert _statuses(database, two_territories) == [S.SUBMITTED, S.REVIEWED, S.SUBMITTED]
    assert len(journal.entries(database, two_territories)) == before
    dialog.reject()
    assert page.status_dialog is None


def test_a_refusal_without_a_reason_is_refused_and_then_kept_with_it(
    qtbot, page: ApplicationsPage, database: Database, two_territories: int
) -> None:
    _seed(database, two_territories)
    page.refresh()
    _select_rows(page, [0])
    qtbot.mouseClick(page.ui.statusButton, Qt.MouseButton.LeftButton)
    dialog = page.status_dialog
    assert dialog is not None
    combo = dialog.ui.statusCombo
    combo.setCurrentIndex(combo.findData(S.INADMISSIBLE.value))

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.ui.reasonError.isVisible()
    assert dialog.ui.reasonEdit.hasFocus() or not dialog.isActiveWindow()
    assert _statuses(database, two_territories)[0] is S.SUBMITTED

    qtbot.keyClicks(dialog.ui.reasonEdit, "Hors du perimetre")
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    row = list_applications(database, two_territories)[0]
    assert (row.status, row.status_reason) == (S.INADMISSIBLE, "Hors du perimetre")
    status_tip = page.model.index(0, ApplicationColumn.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "Hors du perimetre" in status_tip


def test_an_attached_file_is_kept_in_the_database_and_opens(
    qtbot,
    monkeypatch,
    tmp_path: Path,
    page: ApplicationsPage,
    database: Database,
    two_territories: int,
) -> None:
    _seed(database, two_territories)
    page.refresh()
    source = tmp_path / "devis été.pdf"
    source.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(source)], ""))
    )
    _select_rows(page, [0])
    page.open_application()
    dialog = page.dialog
    assert isinstance(dialog, ApplicationDialog)
    dialog.ui.tabWidget.setCurrentWidget(dialog.ui.attachmentsTab)
    qtbot.mouseClick(dialog.ui.addFileButton, Qt.MouseButton.LeftButton)
    assert dialog.attachments_model.rowCount() == 1
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    application_id = list_applications(database, two_territories)[0].id
    [attachment] = get_application(database, application_id).attachments
    assert attachment_content(database, attachment.id) == ("devis été.pdf", source.read_bytes())

    # Opening it from the form writes a copy and hands it to the system.
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    _select_rows(page, [0])
    page.open_application()
    dialog = page.dialog
    assert dialog is not None
    dialog.ui.tabWidget.setCurrentWidget(dialog.ui.attachmentsTab)
    view = dialog.ui.attachmentsView
    view.setCurrentIndex(dialog.attachments_model.index(0, 0))
    _focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter opened the file, not the OK button
    [url] = opened
    assert Path(url.toLocalFile()).read_bytes() == source.read_bytes()

    # Removing it takes effect on OK.
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert dialog.attachments_model.rowCount() == 0
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert get_application(database, application_id).attachments == ()


def test_a_new_holder_is_recorded_from_the_form_and_chosen(
    qtbot, database: Database, two_territories: int
) -> None:
    dialog = ApplicationDialog(database, two_territories, author=AUTHOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.newHolderButton, Qt.MouseButton.LeftButton)
    holder_dialog = dialog.holder_dialog
    assert holder_dialog is not None and holder_dialog.isVisible()
    qtbot.keyClicks(holder_dialog.ui.nameEdit, "Amicale des locataires")
    with qtbot.waitSignal(holder_dialog.finished, timeout=2000):
        qtbot.mouseClick(_ok(holder_dialog), Qt.MouseButton.LeftButton)
    assert dialog.holder_dialog is None
    assert dialog.ui.holderCombo.currentText() == "Amicale des locataires"
    qtbot.keyClicks(dialog.ui.titleEdit, "Repas de quartier")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    [row] = list_applications(database, two_territories)
    assert row.holder_name == "Amicale des locataires" and row.new_holder


def test_saving_over_someone_elses_change_is_refused(
    qtbot, database: Database, two_territories: int
) -> None:
    ids = _seed(database, two_territories)
    [row] = [r for r in list_applications(database, two_territories) if r.id == ids[0]]
    dialog = ApplicationDialog(database, two_territories, row, author=AUTHOR)
    qtbot.addWidget(dialog)
    dialog.show()
    territories, _stakes, holders = _ids(database, two_territories)
    save_application(
        database,
        two_territories,
        ApplicationInput("Jardin modifié ailleurs", holders[2], territories[1], "9 000"),
        AUTHOR,
        ids[0],
    )
    dialog.ui.titleEdit.setText("Jardin modifié ici")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.generalError.isVisible()
    assert get_application(database, ids[0]).row.title == "Jardin modifié ailleurs"


def test_deleting_selected_applications_asks_first(
    qtbot, monkeypatch, page: ApplicationsPage, database: Database, two_territories: int
) -> None:
    _seed(database, two_territories)
    page.refresh()
    asked: list[str] = []

    def answer(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    _select_rows(page, [0, 2])
    _focus(qtbot, page.ui.tableView)
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "2" in asked[0]
    assert [row.title for row in list_applications(database, two_territories)] == [
        "Fête des voisins"
    ]
    assert _titles(page) == ["Fête des voisins"]
    assert QApplication.activeModalWidget() is None
