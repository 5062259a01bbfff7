"""The holders page: adding by keyboard, RNA and SIRET checked next to their fields, a
holder with applications kept."""

from __future__ import annotations

import pytest
from conftest import AUTHOR
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from pbdesk.domain.applications import ApplicationInput, HolderInput, HolderKind
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.holder import HolderDialog
from pbdesk.ui.models.holders import HolderColumn, HoldersFilterProxy, HoldersModel
from pbdesk.ui.pages.holders import HoldersPage
from pbdesk.workspace.applications import save_application
from pbdesk.workspace.holders import list_holders, save_holder

#: The offscreen platform (tests) warns whenever a shown window gets its minimum size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: A SIRET whose check key is right.
VALID_SIRET = "73282932000074"


def _seed(database: Database, campaign_id: int) -> dict[str, int]:
    holders = {
        "Amicale des locataires": save_holder(
            database, HolderInput("Amicale des locataires", HolderKind.RESIDENTS_GROUP)
        ),
        "Association Éclats de quartier": save_holder(
            database,
            HolderInput(
                "Association Éclats de quartier",
                HolderKind.ASSOCIATION,
                rna="W133012345",
                siret=VALID_SIRET,
                earlier_edition=True,
            ),
        ),
        "Collectif de parents": save_holder(
            database, HolderInput("Collectif de parents", HolderKind.COLLECTIVE)
        ),
    }
    save_application(
        database,
        campaign_id,
        ApplicationInput("Fête des voisins", holders["Collectif de parents"]),
        AUTHOR,
    )
    return holders


@pytest.fixture
def page(qtbot, context: AppContext, campaign_id: int) -> HoldersPage:  # type: ignore[no-untyped-def]
    widget = HoldersPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(campaign_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(page: HoldersPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, HolderColumn.NAME).data() for row in range(proxy.rowCount())]


def _ok(dialog: HolderDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def _select(page: HoldersPage, name: str) -> None:
    row = _names(page).index(name)
    page.ui.tableView.selectionModel().setCurrentIndex(
        page.proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_the_holders_model_passes_the_model_tester(
    qtmodeltester, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    model = HoldersModel()
    model.set_holders(list_holders(database))
    qtmodeltester.check(model)
    proxy = HoldersFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_kind(HolderKind.ASSOCIATION)
    qtmodeltester.check(proxy)


def test_the_table_shows_kinds_numbers_applications_and_earlier_editions(
    qtbot, page: HoldersPage, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    page.refresh()
    model = page.model
    eclats = next(r for r in range(model.rowCount()) if model.holder_at(r).rna)
    assert model.index(eclats, HolderColumn.KIND).data() == HolderKind.ASSOCIATION.label
    assert model.index(eclats, HolderColumn.SIRET).data() == "732 829 320 00074"
    assert model.index(eclats, HolderColumn.EARLIER_EDITION).data() != "—"
    parents = next(r for r in range(model.rowCount()) if model.holder_at(r).applications)
    assert model.index(parents, HolderColumn.APPLICATIONS).data() == "1"
    assert model.index(parents, HolderColumn.EARLIER_EDITION).data() == "—"
    assert "3" in page.ui.countsLabel.text()

    # Search ignores accents and finds numbers typed with spaces.
    qtbot.keyClicks(page.ui.searchEdit, "eclats")
    assert _names(page) == ["Association Éclats de quartier"]
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "732 829")
    assert _names(page) == ["Association Éclats de quartier"]
    page.ui.searchEdit.clear()
    combo = page.ui.kindFilterCombo
    combo.setCurrentIndex(combo.findData(HolderKind.COLLECTIVE.value))
    assert _names(page) == ["Collectif de parents"]


def test_a_holder_typed_in_the_dialog_is_saved_and_shown(
    qtbot, page: HoldersPage, database: Database, campaign_id: int
) -> None:
    page.activateWindow()
    page.ui.tableView.setFocus()
    qtbot.waitUntil(page.ui.tableView.hasFocus)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert isinstance(dialog, HolderDialog) and dialog.isVisible()
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Club de foot Air Bel")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(HolderKind.ASSOCIATION.value))
    qtbot.keyClicks(ui.rnaEdit, "w133000111")
    qtbot.keyClicks(ui.siretEdit, "732 829 320 00074")
    qtbot.keyClicks(ui.emailEdit, "contact@club.fr")
    qtbot.keyClick(ui.earlierCheck, Qt.Key.Key_Space)
    with qtbot.waitSignal(page.changed, timeout=2000) as blocker:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert blocker.args == [campaign_id]

    [saved] = list_holders(database)
    assert (saved.name, saved.kind, saved.rna, saved.siret, saved.email) == (
        "Club de foot Air Bel",
        HolderKind.ASSOCIATION,
        "W133000111",
        VALID_SIRET,
        "contact@club.fr",
    )
    assert saved.earlier_edition
    assert _names(page) == ["Club de foot Air Bel"]
    assert page.current_holder() is not None and page.current_holder().id == saved.id


def test_an_invalid_siret_is_refused_next_to_the_field(
    qtbot, database: Database, campaign_id: int
) -> None:
    dialog = HolderDialog(database, campaign_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Association Test")
    qtbot.keyClicks(dialog.ui.siretEdit, "73282932000075")  # wrong check digit

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.ui.siretError.isVisible()
    assert "73282932000075" in dialog.ui.siretError.text()
    assert not dialog.ui.nameError.isVisible() and not dialog.ui.rnaError.isVisible()
    assert list_holders(database) == []

    dialog.ui.siretEdit.setText(VALID_SIRET)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [h.siret for h in list_holders(database)] == [VALID_SIRET]


def test_a_wrong_rna_and_a_name_already_taken_are_refused(
    qtbot, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    dialog = HolderDialog(database, campaign_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Collectif de parents")
    qtbot.keyClicks(dialog.ui.rnaEdit, "W12")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.ui.rnaError.isVisible() and "W12" in dialog.ui.rnaError.text()

    dialog.ui.rnaEdit.clear()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.ui.rnaError.isVisible()
    assert dialog.ui.generalError.isVisible()
    assert "Collectif de parents" in dialog.ui.generalError.text()
    assert len(list_holders(database)) == 3


def test_a_holder_with_applications_cannot_be_removed(
    qtbot, monkeypatch, page: HoldersPage, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    page.refresh()
    questions: list[str] = []
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes),
    )
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda *a, **k: warnings.append(a[2]) or QMessageBox.StandardButton.Ok),
    )
    _select(page, "Collectif de parents")
    page.ui.tableView.setFocus()
    qtbot.waitUntil(page.ui.tableView.hasFocus)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)

    assert questions == []
    [warning] = warnings
    assert "Collectif de parents" in warning
    assert len(list_holders(database)) == 3

    # A holder without applications goes, once the user confirms.
    _select(page, "Amicale des locataires")
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    assert len(questions) == 1 and "Amicale des locataires" in questions[0]
    assert "Amicale des locataires" not in [h.name for h in list_holders(database)]
    assert "Amicale des locataires" not in _names(page)
