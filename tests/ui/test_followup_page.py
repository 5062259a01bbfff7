"""The follow-up page: the projects with their money bars, adding and removing expenses,
late milestones flagged, the subsidy saved only when valid."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import update

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus
from pbdesk.domain.followup import ExpenseInput, MilestoneInput
from pbdesk.domain.money import format_euros
from pbdesk.store.database import Database
from pbdesk.store.models import Application
from pbdesk.ui.context import AppContext
from pbdesk.ui.models.followup import (
    ALLOCATED_ROLE,
    COMMITTED_ROLE,
    LATE_COLOR,
    ExpensesModel,
    InstalmentsModel,
    MilestoneColumn,
    MilestonesModel,
    ProjectColumn,
    ProjectsModel,
    UpdatesModel,
)
from pbdesk.ui.pages.followup import FollowUpPage
from pbdesk.workspace import journal
from pbdesk.workspace.applications import save_application
from pbdesk.workspace.demo_followup import add_demo_followup
from pbdesk.workspace.followup.projects import list_projects, project_detail
from pbdesk.workspace.followup.records import save_expense, save_milestone

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date(2026, 11, 1)


def add_projects(
    database: Database, campaign_id: int, projects: list[tuple[str, str]]
) -> list[int]:
    """Applications made funded directly (publishing the vote is tested elsewhere)."""
    ids = [
        save_application(database, campaign_id, ApplicationInput(title, requested=amount), AUTHOR)
        for title, amount in projects
    ]
    with database.session() as session:
        session.execute(
            update(Application)
            .where(Application.id.in_(ids))
            .values(status=ApplicationStatus.FUNDED.value)
        )
    return ids


@pytest.fixture
def projects(database: Database, campaign_id: int) -> list[int]:
    return add_projects(
        database, campaign_id, [("Jardin partage", "10 000"), ("Fresque du square", "5 000")]
    )


@pytest.fixture
def page(qtbot, context: AppContext, campaign_id: int, projects: list[int]) -> FollowUpPage:  # type: ignore[no-untyped-def]
    widget = FollowUpPage(context)
    qtbot.addWidget(widget)
    widget.today = TODAY
    widget.resize(840, 650)
    widget.show_campaign(campaign_id)
    widget.show()
    return widget


def _bar(page: FollowUpPage, row: int) -> tuple[int, int]:
    index = page.proxy.index(row, ProjectColumn.BAR)
    return index.data(ALLOCATED_ROLE), index.data(COMMITTED_ROLE)


def _remaining(page: FollowUpPage, row: int) -> str:
    return page.proxy.index(row, ProjectColumn.REMAINING).data()


def test_adding_an_expense_moves_the_bar_and_the_remaining_amount(
    qtbot, page: FollowUpPage, database: Database, projects: list[int]
) -> None:  # type: ignore[no-untyped-def]
    assert _bar(page, 0) == (1_000_000, 0)
    assert _remaining(page, 0) == format_euros(1_000_000)
    page.ui.detailTabs.setCurrentWidget(page.ui.expensesTab)
    page.ui.expensesView.setFocus()
    qtbot.keyClick(page.ui.expensesView, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.ui.amountEdit, "2500")
    qtbot.keyClicks(dialog.ui.labelEdit, "Bacs en bois")
    qtbot.keyClicks(dialog.ui.payeeEdit, "Menuiserie")
    with qtbot.waitSignal(page.changed):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert _bar(page, 0) == (1_000_000, 250_000)
    assert _remaining(page, 0) == format_euros(750_000)
    assert page.ui.projectBar.committed == 250_000
    assert page.ui.totalsBar.committed == 250_000
    assert format_euros(750_000) in page.ui.projectMoneyLabel.text()
    assert page.expenses.rowCount() == 1
    assert journal.entries(database, page.campaign_id, limit=1)[0].action == "followup.expense"


def test_an_overspent_project_never_shows_a_negative_remaining_amount(
    qtbot, page: FollowUpPage, database: Database, projects: list[int]
) -> None:  # type: ignore[no-untyped-def]
    # 12 000 € committed on a 10 000 € project: the table agrees with the header, 0 € left
    # and the 2 000 € overspent said in words (in red), never "−2 000 €".
    save_expense(
        database, projects[0], ExpenseInput(TODAY, "12000", "Bacs", payee="Menuiserie"), AUTHOR
    )
    page.load()
    row = next(
        r for r in range(page.proxy.rowCount())
        if page.proxy.index(r, ProjectColumn.TITLE).data() == "Jardin partage"
    )  # fmt: skip
    text = _remaining(page, row)
    assert "−" not in text and "-" not in text
    expected = (
        ProjectsModel()
        .tr("{remaining} · overspent {amount}")
        .format(remaining=format_euros(0), amount=format_euros(200_000))
    )
    assert text == expected
    index = page.proxy.index(row, ProjectColumn.REMAINING)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == LATE_COLOR
    page.select_project(projects[0])
    overspent = page.tr("overspent {amount}").format(amount=format_euros(200_000))
    assert overspent in page.ui.projectMoneyLabel.text()
    # One expense is counted in the singular.
    assert page.ui.expenseTotalLabel.text() == page.tr("1 expense, {amount}").format(
        amount=format_euros(1_200_000)
    )


def test_an_invalid_expense_is_refused_in_the_dialog(
    qtbot, page: FollowUpPage, database: Database
) -> None:  # type: ignore[no-untyped-def]
    page.ui.detailTabs.setCurrentWidget(page.ui.expensesTab)
    page.add_expense()
    dialog = page.dialog
    qtbot.keyClicks(dialog.ui.amountEdit, "abc")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.ui.amountError.isVisible() and "abc" in dialog.ui.amountError.text()
    assert dialog.ui.labelError.isVisible()
    assert project_detail(database, page.current_application_id()).expenses == ()
    dialog.reject()


def test_deleting_an_expense_asks_first(
    qtbot, page: FollowUpPage, database: Database, projects: list[int], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    save_expense(database, projects[0], ExpenseInput(TODAY, "12 000", "Tout"), AUTHOR)
    page.load()
    assert (
        page.proxy.index(0, ProjectColumn.REMAINING).data(Qt.ItemDataRole.ForegroundRole).color()
        == LATE_COLOR
    )
    page.ui.detailTabs.setCurrentWidget(page.ui.expensesTab)
    page.ui.expensesView.selectRow(0)
    page.activateWindow()
    page.ui.expensesView.setFocus()
    qtbot.waitUntil(page.ui.expensesView.hasFocus)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    qtbot.keyClick(page.ui.expensesView, Qt.Key.Key_Delete)
    assert page.expenses.rowCount() == 1
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.expensesView, Qt.Key.Key_Delete)
    assert page.expenses.rowCount() == 0
    assert _remaining(page, 0) == format_euros(1_000_000)


def test_a_late_milestone_is_flagged(
    page: FollowUpPage, database: Database, projects: list[int]
) -> None:
    save_milestone(database, projects[0], MilestoneInput("Devis", date(2026, 10, 1)), AUTHOR)
    save_milestone(database, projects[0], MilestoneInput("Pose", date(2026, 12, 1)), AUTHOR)
    page.load()
    status = page.milestones.index(0, MilestoneColumn.STATUS)
    assert status.data() == "late"
    assert status.data(Qt.ItemDataRole.ForegroundRole).color() == LATE_COLOR
    assert page.milestones.index(1, MilestoneColumn.STATUS).data() != "late"
    project_status = page.proxy.index(0, ProjectColumn.STATUS)
    assert project_status.data(Qt.ItemDataRole.ForegroundRole).color() == LATE_COLOR
    page.ui.milestonesView.selectRow(0)
    page.reach_milestone()
    assert page.milestones.index(0, MilestoneColumn.STATUS).data() != "late"


def test_adding_a_milestone_by_keyboard(qtbot, page: FollowUpPage) -> None:  # type: ignore[no-untyped-def]
    page.ui.detailTabs.setCurrentWidget(page.ui.milestonesTab)
    page.activateWindow()
    page.ui.milestonesView.setFocus()
    qtbot.waitUntil(page.ui.milestonesView.hasFocus)
    qtbot.keyClick(page.ui.milestonesView, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.ui.titleEdit.hasFocus)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.ui.titleError.isVisible()
    qtbot.keyClicks(dialog.ui.titleEdit, "Plantation")
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_Return)
    assert page.milestones.rowCount() == 1
    # Back in the table, on the new row (the window is active again in a real session).
    assert page.focusWidget() is page.ui.milestonesView
    assert page.ui.milestonesView.currentIndex().row() == 0


def test_the_subsidy_is_saved_only_when_valid(
    qtbot, page: FollowUpPage, database: Database, projects: list[int]
) -> None:  # type: ignore[no-untyped-def]
    page.ui.awardedEdit.clear()
    qtbot.keyClicks(page.ui.awardedEdit, "douze")
    qtbot.keyClick(page.ui.awardedEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.awardedError.isVisible()
    assert list_projects(database, page.campaign_id)[0].followup_id is None
    page.ui.awardedEdit.clear()
    qtbot.keyClicks(page.ui.awardedEdit, "9500")
    qtbot.keyClicks(page.ui.conventionEdit, "CONV-1")
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.awardedEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert project_detail(database, projects[0]).awarded_cents == 950_000
    assert _bar(page, 0) == (950_000, 0)


def test_status_change_needs_a_reason(
    qtbot, page: FollowUpPage, database: Database, projects: list[int]
) -> None:  # type: ignore[no-untyped-def]
    combo = page.ui.statusCombo
    combo.setCurrentIndex(combo.findData("suspended"))
    page.ui.statusButton.click()
    assert page.ui.statusError.isVisible()
    qtbot.keyClicks(page.ui.reasonEdit, "Local indisponible")
    with qtbot.waitSignal(page.changed):
        page.ui.statusButton.click()
    assert list_projects(database, page.campaign_id)[0].status_reason == "Local indisponible"


def test_models(qtmodeltester, database: Database, campaign_id: int, projects: list[int]) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        add_demo_followup(session, campaign_id, 3)
    detail = project_detail(database, projects[0], TODAY)
    for model, rows in (
        (ProjectsModel(), list_projects(database, campaign_id, TODAY)),
        (InstalmentsModel(), detail.instalments),
        (MilestonesModel(), detail.milestones),
        (UpdatesModel(), detail.updates),
        (ExpensesModel(), detail.expenses),
    ):
        model.set_rows(rows)
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_leaving_a_project_with_unsaved_subsidy_offers_to_save_it(
    qtbot, page: FollowUpPage, database: Database, projects: list[int], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Save)
    )
    assert page.maybe_leave()  # nothing changed: no question
    qtbot.keyClicks(page.ui.conventionEdit, "CONV-7")
    assert page.maybe_leave()
    assert project_detail(database, projects[0]).convention_reference == "CONV-7"
    qtbot.keyClicks(page.ui.conventionEdit, "B")
    page.ui.projectsView.selectRow(1)
    assert project_detail(database, projects[0]).convention_reference == "CONV-7B"
    assert page.current_application_id() == projects[1]
    assert page.ui.conventionEdit.text() == ""


def test_the_dashboard_shows_follow_up_alerts(
    qtbot, context: AppContext, database: Database, campaign_id: int, projects: list[int]
) -> None:  # type: ignore[no-untyped-def]
    from pbdesk.ui.pages.dashboard import DashboardPage

    dashboard = DashboardPage(context)
    qtbot.addWidget(dashboard)
    dashboard.show_campaign(campaign_id)
    dashboard.show()
    assert not dashboard.ui.alertsGroup.isVisible()
    save_expense(database, projects[1], ExpenseInput(TODAY, "5 000,01", "Peinture"), AUTHOR)
    save_milestone(database, projects[0], MilestoneInput("Devis", date(2026, 1, 5)), AUTHOR)
    dashboard.load()
    assert dashboard.ui.alertsGroup.isVisible()
    text = dashboard.ui.alertsLabel.text()
    assert "Fresque du square" in text and "0,01" in text
    assert "Devis" in text
