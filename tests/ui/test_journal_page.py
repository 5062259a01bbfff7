"""The journal page: every decision listed newest first, searchable by author and words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt

from pbdesk.domain.phases import Phase
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.models.journal import SORT_ROLE, JournalColumn, JournalModel, fold
from pbdesk.ui.pages.journal import JournalPage
from pbdesk.workspace import phases
from pbdesk.workspace.journal import entries
from pbdesk.workspace.views import JournalView

#: The offscreen platform (tests) warns whenever a shown window gets its minimum size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, context: AppContext, campaign_id: int) -> JournalPage:  # type: ignore[no-untyped-def]
    widget = JournalPage(context)
    qtbot.addWidget(widget)
    widget.show_campaign(campaign_id)
    return widget


def _shown(page: JournalPage, column: JournalColumn) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _tick_two_items(database: Database, campaign_id: int) -> None:
    items = phases.get_phase(database, campaign_id, Phase.PREPARATION).items
    phases.set_done(database, items[0].id, True, "Bruno Collègue")
    phases.set_done(database, items[1].id, True, AUTHOR)


def test_journal_model_passes_the_model_tester(
    qtmodeltester, database: Database, campaign_id: int
) -> None:
    _tick_two_items(database, campaign_id)
    model = JournalModel()
    model.set_entries(entries(database, campaign_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_when_is_local_time_and_sorts_as_a_moment() -> None:
    early = JournalView(1, datetime(2026, 1, 5, 9, 30, tzinfo=UTC), "A", "x", "first")
    late = JournalView(2, datetime(2026, 11, 2, 8, 5, tzinfo=UTC), "B", "x", "second")
    model = JournalModel()
    model.set_entries([late, early])
    when = model.index(0, JournalColumn.WHEN)
    assert when.data() == late.at.astimezone().strftime("%d/%m/%Y %H:%M")
    # 02/11 would sort before 05/01 as text; the sort role compares moments.
    assert when.data(SORT_ROLE) > model.index(1, JournalColumn.WHEN).data(SORT_ROLE)


def test_the_page_lists_the_campaign_creation(
    page: JournalPage, database: Database, campaign_id: int
) -> None:
    (created,) = [e for e in entries(database, campaign_id) if e.action == "campaign.create"]
    assert "Quartier Test 2026" in created.summary
    assert _shown(page, JournalColumn.WHAT) == [created.summary]
    assert _shown(page, JournalColumn.WHO) == [AUTHOR]
    assert page.ui.countLabel.text() == "1 entry"
    assert page.ui.explanationLabel.text() == (
        "Every decision is recorded here with its date and author: the campaign's memory."
    )


def test_newest_lines_come_first_after_a_refresh(
    page: JournalPage, database: Database, campaign_id: int
) -> None:
    _tick_two_items(database, campaign_id)
    page.refresh()
    assert page.ui.countLabel.text() == "3 entries"
    assert _shown(page, JournalColumn.WHO) == [AUTHOR, "Bruno Collègue", AUTHOR]
    assert "Quartier Test 2026" in _shown(page, JournalColumn.WHAT)[-1]


def test_the_search_filters_on_author_and_summary(
    qtbot, page: JournalPage, database: Database, campaign_id: int
) -> None:
    _tick_two_items(database, campaign_id)
    page.refresh()
    search = page.ui.searchEdit

    qtbot.keyClicks(search, "quartier TEST")
    assert len(_shown(page, JournalColumn.WHAT)) == 1
    assert "Quartier Test 2026" in _shown(page, JournalColumn.WHAT)[0]
    assert page.ui.countLabel.text() == "1 of 3 entries"

    search.clear()
    qtbot.keyClicks(search, "bruno")
    assert _shown(page, JournalColumn.WHO) == ["Bruno Collègue"]

    # Typed without the accent, as people often do.
    search.clear()
    qtbot.keyClicks(search, "agnes")
    assert _shown(page, JournalColumn.WHO) == [AUTHOR, AUTHOR]

    search.clear()
    qtbot.keyClicks(search, "nobody wrote this")
    assert _shown(page, JournalColumn.WHAT) == []
    assert page.ui.countLabel.text() == "0 of 3 entries"

    search.clear()
    assert page.ui.countLabel.text() == "3 entries"


def test_the_search_ignores_the_date_column(
    qtbot, page: JournalPage, database: Database, campaign_id: int
) -> None:
    moment = page.proxy.index(0, JournalColumn.WHEN).data()
    qtbot.keyClicks(page.ui.searchEdit, moment[-5:])  # "HH:MM" is in no author or summary
    assert page.proxy.rowCount() == 0


def test_the_journal_is_read_only(page: JournalPage) -> None:
    index = page.proxy.index(0, JournalColumn.WHAT)
    assert not page.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_ctrl_f_goes_to_the_search(qtbot, page: JournalPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.ui.journalView.setFocus()
    qtbot.waitUntil(page.ui.journalView.hasFocus)
    qtbot.keyClick(page.ui.journalView, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.ui.searchEdit.hasFocus)


def test_fold_drops_case_and_accents() -> None:
    assert fold("Agnès ÉLABORER") == "agnes elaborer"
