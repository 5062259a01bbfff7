"""The team and core group page: adding people, consent for residents, the GDPR erasure."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import AUTHOR
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from pbdesk.domain.people import PersonInput, Role
from pbdesk.store.database import Database
from pbdesk.store.models import Person
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.person import PersonDialog
from pbdesk.ui.models.people import PeopleColumn, PeopleFilterProxy, PeopleModel
from pbdesk.ui.pages.team import TeamPage
from pbdesk.workspace import journal
from pbdesk.workspace.team import erase_resident_contacts, list_people, save_person

#: The offscreen platform (tests) warns whenever a shown window gets its minimum size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

YES = staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes)


def _seed(database: Database, campaign_id: int) -> None:
    people = [
        PersonInput("Mme Lucie Adjointe", Role.ELECTED, "Mairie 13/14", "adjointe@mairie.fr"),
        PersonInput("Service PDV", Role.SERVICE, "Métropole", phone="04 91 00 00 00"),
        PersonInput(
            "Fatima Benali",
            Role.CORE_GROUP,
            "Collectif de parents",
            email="fatima@example.fr",
            phone="06 12 34 56 78",
            address="3 rue des Lilas",
            consent=True,
            consent_on=date(2026, 1, 12),
        ),
        PersonInput("Karim Diallo", Role.CORE_GROUP, "Conseil citoyen", notes="Bâtiment C"),
    ]
    for person in people:
        save_person(database, campaign_id, person)


@pytest.fixture
def page(qtbot, context: AppContext, campaign_id: int) -> TeamPage:  # type: ignore[no-untyped-def]
    widget = TeamPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(campaign_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(page: TeamPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, PeopleColumn.NAME).data() for row in range(proxy.rowCount())]


def _ok(dialog: PersonDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_people_model_passes_the_model_tester(
    qtmodeltester, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    erase_resident_contacts(database, campaign_id, AUTHOR)
    model = PeopleModel()
    model.set_people(list_people(database, campaign_id))
    qtmodeltester.check(model)
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_role(Role.CORE_GROUP.value)
    qtmodeltester.check(proxy)


def test_the_table_shows_roles_residents_consent_and_counts(
    page: TeamPage, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    page.refresh()
    model = page.model
    fatima = next(r for r in range(model.rowCount()) if model.person_at(r).full_name[0] == "F")
    assert model.index(fatima, PeopleColumn.ROLE).data() == Role.CORE_GROUP.label
    assert model.index(fatima, PeopleColumn.RESIDENT).data() != "—"
    assert model.index(fatima, PeopleColumn.CONSENT).data() == "12/01/2026"
    service = next(r for r in range(model.rowCount()) if model.person_at(r).role == "service")
    assert model.index(service, PeopleColumn.RESIDENT).data() == "—"
    assert model.index(service, PeopleColumn.CONSENT).data() == "—"
    assert "2" in page.ui.countsLabel.text() and page.ui.countsLabel.text().count("2") == 2


def test_adding_a_person_through_the_dialog_saves_it_and_shows_it(
    qtbot, page: TeamPage, database: Database, campaign_id: int
) -> None:
    page.activateWindow()
    page.ui.tableView.setFocus()
    qtbot.waitUntil(page.ui.tableView.hasFocus)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.nameEdit, "Nadia Belkacem")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(Role.SERVICE.value))
    # QTest types ASCII only; accents are covered by the workspace tests.
    qtbot.keyClicks(dialog.ui.organisationEdit, "Metropole - politique de la ville")
    qtbot.keyClicks(dialog.ui.emailEdit, "nadia.belkacem@ampmetropole.fr")
    with qtbot.waitSignal(page.changed, timeout=2000) as blocker:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert blocker.args == [campaign_id]

    [saved] = list_people(database, campaign_id)
    assert (saved.full_name, saved.role, saved.email) == (
        "Nadia Belkacem",
        "service",
        "nadia.belkacem@ampmetropole.fr",
    )
    assert _names(page) == ["Nadia Belkacem"]
    assert page.proxy.index(0, PeopleColumn.ROLE).data() == Role.SERVICE.label
    assert page.current_person() is not None and page.current_person().id == saved.id
    assert page.dialog is None


def test_a_resident_with_an_email_and_no_consent_is_refused_next_to_consent(
    qtbot, database: Database, campaign_id: int
) -> None:
    dialog = PersonDialog(database, campaign_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Karim Diallo")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(Role.CORE_GROUP.value))
    assert dialog.ui.residentCheck.isChecked()
    assert not dialog.ui.residentCheck.isEnabled()
    qtbot.keyClicks(dialog.ui.emailEdit, "karim@example.fr")

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.ui.consentError.isVisible()
    assert "consentement" in dialog.ui.consentError.text()
    assert not dialog.ui.nameError.isVisible()
    assert list_people(database, campaign_id) == []

    # Ticking consent dates it today, and the same person is then accepted.
    qtbot.mouseClick(dialog.ui.consentCheck, Qt.MouseButton.LeftButton)
    assert dialog.ui.consentDateEdit.value() == date.today()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and dialog.saved.consent_on == date.today()
    assert [p.is_resident for p in list_people(database, campaign_id)] == [True]


def test_an_empty_name_is_refused_next_to_the_name(
    qtbot, database: Database, campaign_id: int
) -> None:
    dialog = PersonDialog(database, campaign_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.emailEdit, "pas-une-adresse")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.ui.nameError.isVisible()
    assert dialog.ui.emailError.isVisible()
    assert "pas-une-adresse" in dialog.ui.emailError.text()
    assert list_people(database, campaign_id) == []


def test_erasing_residents_empties_their_contacts_and_keeps_the_count(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    page: TeamPage,
    database: Database,
    campaign_id: int,
) -> None:
    _seed(database, campaign_id)
    page.refresh()
    asked: list[str] = []

    def confirm(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(confirm))
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(page.ui.eraseButton, Qt.MouseButton.LeftButton)

    # The erasure is asked first (then the offer to delete the backups made before it).
    assert asked and "2" in asked[0]
    with database.session() as session:
        rows = session.scalars(select(Person).where(Person.campaign_id == campaign_id)).all()
        assert len(rows) == 4
        residents = [row for row in rows if row.is_resident]
        assert len(residents) == 2
        for row in residents:
            assert (row.email, row.phone, row.address, row.notes) == ("", "", "", "")
            assert row.full_name not in ("Fatima Benali", "Karim Diallo")
            assert row.erased_at is not None
        elected = next(row for row in rows if row.role == "elected")
        assert elected.email == "adjointe@mairie.fr"
    lines = journal.entries(database, campaign_id)
    assert [line.action for line in lines].count("team.erase_residents") == 1
    assert lines[0].author == AUTHOR
    assert page.ui.statusLabel.isVisible() and "2" in page.ui.statusLabel.text()
    assert page.model.rowCount() == 4
    erased_row = next(r for r in range(4) if page.model.person_at(r).erased)
    font = page.model.index(erased_row, PeopleColumn.NAME).data(Qt.ItemDataRole.FontRole)
    assert font.italic()


def test_erasing_asks_first_and_a_no_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, page: TeamPage, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    page.refresh()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    page.erase_residents()
    assert "Fatima Benali" in [p.full_name for p in list_people(database, campaign_id)]
    assert journal.entries(database, campaign_id)[0].action != "team.erase_residents"


def test_delete_key_removes_the_selected_person_after_confirmation(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    page: TeamPage,
    database: Database,
    campaign_id: int,
) -> None:
    _seed(database, campaign_id)
    page.refresh()
    monkeypatch.setattr(QMessageBox, "question", YES)
    table = page.ui.tableView
    page.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    row = _names(page).index("Service PDV")
    table.selectionModel().setCurrentIndex(
        page.proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Service PDV" not in [p.full_name for p in list_people(database, campaign_id)]
    assert "Service PDV" not in _names(page)


def test_search_and_role_filter_narrow_the_table(
    qtbot, page: TeamPage, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    page.refresh()
    qtbot.keyClicks(page.ui.searchEdit, "METRO")  # neither case nor accents matter
    assert _names(page) == ["Service PDV"]
    page.ui.searchEdit.clear()
    combo = page.ui.roleFilterCombo
    combo.setCurrentIndex(combo.findData(Role.CORE_GROUP.value))
    assert sorted(_names(page)) == ["Fatima Benali", "Karim Diallo"]
    combo.setCurrentIndex(0)
    assert len(_names(page)) == 4


def test_enter_on_a_row_edits_that_person(
    qtbot, page: TeamPage, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    page.refresh()
    table = page.ui.tableView
    page.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    row = _names(page).index("Mme Lucie Adjointe")
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.ui.nameEdit.text() == "Mme Lucie Adjointe"
    dialog.ui.phoneEdit.clear()
    qtbot.keyClicks(dialog.ui.phoneEdit, "04 91 55 12 12")
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    people = {p.full_name: p for p in list_people(database, campaign_id)}
    assert len(people) == 4
    assert people["Mme Lucie Adjointe"].phone == "04 91 55 12 12"
    assert people["Mme Lucie Adjointe"].email == "adjointe@mairie.fr"
