"""The dashboard: the sample banner, key facts, progress per phase, items due, figures."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from conftest import AUTHOR, sample_frame
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QFont

from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.money import format_euros
from pbdesk.domain.people import MeetingInput, MeetingKind
from pbdesk.domain.phases import Phase
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.models.progress import (
    DONE_ROLE,
    OVERDUE_COLOR,
    PHASE_ROLE,
    TOTAL_ROLE,
    DueColumn,
    DueModel,
    ProgressColumn,
    ProgressModel,
)
from pbdesk.ui.pages import dashboard as dashboard_module
from pbdesk.ui.pages.dashboard import DashboardPage
from pbdesk.workspace import phases
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.dashboard import dashboard
from pbdesk.workspace.meetings import save_meeting

#: The offscreen platform (tests) warns whenever a shown window gets its minimum size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, context: AppContext, campaign_id: int) -> DashboardPage:  # type: ignore[no-untyped-def]
    widget = DashboardPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(campaign_id)
    return widget


def _row(page: DashboardPage, phase: Phase) -> int:
    row = page.progress_model.row_of(phase)
    assert row >= 0
    return row


def _give_due_date(database: Database, campaign_id: int, phase: Phase, due_on: date) -> str:
    item = phases.get_phase(database, campaign_id, phase).items[0]
    phases.update_item(
        database, item.id, phases.ItemInput(item.label, "Claire Dupont", due_on, item.note)
    )
    return item.label


def test_progress_model_passes_the_model_tester(
    qtmodeltester, database: Database, campaign_id: int
) -> None:
    model = ProgressModel()
    view = dashboard(database, campaign_id)
    model.set_progress(view.progress, view.campaign.phase)
    qtmodeltester.check(model)
    assert model.rowCount() == len(Phase)


def test_due_model_passes_the_model_tester(
    qtmodeltester, database: Database, campaign_id: int
) -> None:
    _give_due_date(database, campaign_id, Phase.OUTREACH, date.today() - timedelta(days=2))
    _give_due_date(database, campaign_id, Phase.CALL, date.today() + timedelta(days=9))
    model = DueModel()
    model.set_items(dashboard(database, campaign_id).next_due)
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_a_sample_campaign_shows_the_sample_banner(qtbot, context: AppContext) -> None:
    sample_id = create_campaign(context.database, sample_frame(), AUTHOR, sample=True)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.show_campaign(sample_id)
    banner = page.ui.sampleBanner
    assert banner.isVisibleTo(page)
    assert banner.text().startswith("Sample data")
    assert "font-weight: bold" in banner.styleSheet()


def test_a_normal_campaign_shows_no_banner(page: DashboardPage) -> None:
    assert not page.ui.sampleBanner.isVisibleTo(page)


def test_the_banner_goes_when_the_next_campaign_is_not_a_sample(
    qtbot, context: AppContext, campaign_id: int
) -> None:
    sample_id = create_campaign(
        context.database, sample_frame(slug="exemple-2026"), AUTHOR, sample=True
    )
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.show_campaign(sample_id)
    page.show_campaign(campaign_id)
    assert not page.ui.sampleBanner.isVisibleTo(page)


def test_key_facts_show_the_frame(page: DashboardPage) -> None:
    assert page.ui.titleLabel.text() == "Quartier Test 2026"
    assert page.ui.envelopeValue.text() == format_euros(4_000_000) == "40\u202f000\u00a0€"
    assert page.ui.territoriesValue.text() == "Le Quartier"
    assert page.ui.decisionValue.text() == DecisionMode.VOTE.label
    assert page.ui.phaseValue.text() == Phase.PREPARATION.label


def test_several_territories_are_listed_with_commas(qtbot, context: AppContext) -> None:
    from pbdesk.domain.campaign import TerritoryInput

    frame = sample_frame(
        slug="flamands-mail",
        territories=[TerritoryInput(name="Les Flamands"), TerritoryInput(name="Le Mail")],
    )
    campaign = create_campaign(context.database, frame, AUTHOR)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.show_campaign(campaign)
    assert page.ui.territoriesValue.text() == "Les Flamands, Le Mail"


def test_ticking_items_updates_the_phase_progress(
    page: DashboardPage, database: Database, campaign_id: int
) -> None:
    model = page.progress_model
    index = model.index(_row(page, Phase.OUTREACH), ProgressColumn.CHECKLIST)
    total = index.data(TOTAL_ROLE)
    assert total > 1
    assert index.data(DONE_ROLE) == 0

    items = phases.get_phase(database, campaign_id, Phase.OUTREACH).items
    phases.set_done(database, items[0].id, True, AUTHOR)
    phases.set_done(database, items[1].id, True, AUTHOR)
    page.refresh()

    index = model.index(_row(page, Phase.OUTREACH), ProgressColumn.CHECKLIST)
    assert index.data(DONE_ROLE) == 2
    assert index.data() == f"2 / {total}"
    other = model.index(_row(page, Phase.STAKES), ProgressColumn.CHECKLIST)
    assert other.data(DONE_ROLE) == 0


def test_the_current_phase_row_is_bold(page: DashboardPage) -> None:
    model = page.progress_model
    current = model.index(_row(page, Phase.PREPARATION), ProgressColumn.PHASE)
    other = model.index(_row(page, Phase.VOTE), ProgressColumn.PHASE)
    font = current.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.bold()
    assert other.data(Qt.ItemDataRole.FontRole) is None


def test_an_item_past_its_due_date_is_overdue(
    page: DashboardPage, database: Database, campaign_id: int
) -> None:
    assert page.ui.nothingDueLabel.isVisibleTo(page)
    assert page.ui.nothingDueLabel.text() == "Nothing due."
    assert not page.ui.dueView.isVisibleTo(page)

    late = _give_due_date(database, campaign_id, Phase.OUTREACH, date(2020, 3, 2))
    soon = _give_due_date(database, campaign_id, Phase.CALL, date.today() + timedelta(days=30))
    page.refresh()

    assert page.ui.dueView.isVisibleTo(page)
    assert not page.ui.nothingDueLabel.isVisibleTo(page)
    model = page.due_model
    assert model.index(0, DueColumn.LABEL).data() == late
    assert model.index(0, DueColumn.DUE_ON).data() == "02/03/2020 (overdue)"
    assert model.index(0, DueColumn.PHASE).data() == "2"
    assert model.index(0, DueColumn.OWNER).data() == "Claire Dupont"
    brush = model.index(0, DueColumn.LABEL).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color() == OVERDUE_COLOR

    assert model.index(1, DueColumn.LABEL).data() == soon
    assert "(overdue)" not in model.index(1, DueColumn.DUE_ON).data()
    assert model.index(1, DueColumn.LABEL).data(Qt.ItemDataRole.ForegroundRole) is None


def test_enter_on_a_phase_row_asks_for_that_phase(qtbot, page: DashboardPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    view = page.ui.progressView
    view.setFocus()
    row = _row(page, Phase.VOTE)
    view.selectionModel().setCurrentIndex(
        page.progress_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    with qtbot.waitSignal(page.phase_requested, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [int(Phase.VOTE)]


def test_double_clicking_a_phase_row_asks_for_that_phase(qtbot, page: DashboardPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    view = page.ui.progressView
    rect = view.visualRect(page.progress_model.index(_row(page, Phase.CALL), 0))
    # QTest's double click carries no press: the view needs one to know the row under it.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.phase_requested, timeout=1000) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [int(Phase.CALL)]


def test_enter_on_an_item_due_opens_its_phase(
    qtbot, page: DashboardPage, database: Database, campaign_id: int
) -> None:
    _give_due_date(database, campaign_id, Phase.DIAGNOSIS, date.today())
    page.refresh()
    page.show()
    qtbot.waitExposed(page)
    view = page.ui.dueView
    view.setFocus()
    view.setCurrentIndex(page.due_model.index(0, 0))
    with qtbot.waitSignal(page.phase_requested, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [int(Phase.DIAGNOSIS)]
    assert page.due_model.index(0, 0).data(PHASE_ROLE) == int(Phase.DIAGNOSIS)


def test_counts_show_meetings_and_participants(
    page: DashboardPage, database: Database, campaign_id: int
) -> None:
    assert page.ui.meetingsValue.text() == "0"
    for participants in (40, 1_200):
        save_meeting(
            database,
            campaign_id,
            MeetingInput(date(2026, 2, 3), MeetingKind.STAND, Phase.OUTREACH, "", participants),
        )
    page.refresh()
    assert page.ui.meetingsValue.text() == "2"
    assert page.ui.participantsValue.text() == "1\u202f240"
    assert page.ui.applicationsValue.text() == "0"
    meetings = page.progress_model.index(_row(page, Phase.OUTREACH), ProgressColumn.MEETINGS)
    assert meetings.data() == "2"


def test_unknown_counts_are_ignored(
    monkeypatch: pytest.MonkeyPatch, page: DashboardPage, database: Database
) -> None:
    def with_more_counts(database: Database, campaign_id: int):  # type: ignore[no-untyped-def]
        view = dashboard(database, campaign_id)
        return dataclasses.replace(view, counts={"funded_projects": 4, "holders": 3})

    monkeypatch.setattr(dashboard_module, "dashboard", with_more_counts)
    page.refresh()
    assert page.ui.holdersValue.text() == "3"
    assert page.ui.applicationsValue.text() == "—"
    shown = [label.text() for label in page.ui.countsGroup.findChildren(type(page.ui.teamLabel))]
    assert "4" not in shown


def test_alt_n_and_alt_p_reach_the_tables_from_the_keyboard(
    qtbot, page: DashboardPage, database: Database, campaign_id: int
) -> None:
    _give_due_date(database, campaign_id, Phase.OUTREACH, date.today())
    page.refresh()
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.ui.progressView.setFocus()
    qtbot.waitUntil(page.ui.progressView.hasFocus)
    qtbot.keyClick(page.ui.progressView, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.ui.dueView.hasFocus)
    qtbot.keyClick(page.ui.dueView, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.ui.progressView.hasFocus)
