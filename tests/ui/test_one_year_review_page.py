"""The one-year review page: the reminder banner, the meeting's record, feedback typed
quickly by keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.models.one_year_review import FeedbackColumn, FeedbackModel
from pbdesk.ui.pages.one_year_review import OneYearReviewPage
from pbdesk.workspace import journal
from pbdesk.workspace import one_year_review as oyr
from pbdesk.workspace.vote_publish import schedule_one_year_review

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

VOTE = date(2026, 6, 13)
DUE = date(2027, 6, 13)


@pytest.fixture
def page(qtbot, context: AppContext, database: Database, campaign_id: int) -> OneYearReviewPage:  # type: ignore[no-untyped-def]
    with database.session() as session:
        schedule_one_year_review(session, campaign_id, VOTE, AUTHOR)
    widget = OneYearReviewPage(context)
    qtbot.addWidget(widget)
    widget.today = date(2027, 5, 20)
    widget.resize(840, 650)
    widget.show_campaign(campaign_id)
    widget.show()
    return widget


def test_the_banner_reminds_the_review_then_goes_once_held(
    qtbot, page: OneYearReviewPage, database: Database
) -> None:  # type: ignore[no-untyped-def]
    assert page.ui.scheduledEdit.value() == DUE
    assert page.ui.reminderBanner.isVisible()
    assert "13/06/2027" in page.ui.reminderBanner.text()
    page.today = date(2027, 7, 1)
    page.load()
    assert "has not been held" in page.ui.reminderBanner.text()
    page.ui.heldEdit.setValue(date(2027, 6, 20))
    qtbot.keyClicks(page.ui.placeEdit, "Centre social")
    page.ui.residentsSpin.setValue(42)
    qtbot.keyClicks(page.ui.minutesEdit, "Les habitants ont apprecie les ateliers.")
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.placeEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.ui.reminderBanner.isVisible()
    review = oyr.get_review(database, page.campaign_id, date(2027, 7, 1))
    assert (review.held_on, review.residents_count) == (date(2027, 6, 20), 42)
    assert journal.entries(database, page.campaign_id, limit=1)[0].action == "followup.review"


def test_a_record_without_its_date_is_refused(
    qtbot, page: OneYearReviewPage, database: Database
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.ui.minutesEdit, "On a parle")
    assert not page.save()
    assert page.ui.heldError.isVisible()
    assert oyr.get_review(database, page.campaign_id).minutes == ""


def test_feedback_is_typed_by_keyboard(
    qtbot, page: OneYearReviewPage, database: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    spin = page.ui.scoreSpin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "4")
    qtbot.keyClicks(page.ui.commentEdit, "Super")
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.commentEdit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert page.model.index(0, FeedbackColumn.COMMENT).data() == "Super"
    assert spin.hasFocus() and spin.value() == 0
    qtbot.keyClick(page.ui.commentEdit, Qt.Key.Key_Return)
    assert page.ui.feedbackError.isVisible()
    assert len(oyr.list_feedback(database, page.campaign_id)) == 1
    assert "4,0/5" in page.ui.summaryLabel.text()
    page.ui.feedbackView.selectRow(0)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    page.remove_feedback()
    assert page.model.rowCount() == 0


def test_saving_the_place_keeps_the_estimated_date_an_estimate(
    qtbot, context: AppContext, database: Database, campaign_id: int
) -> None:  # type: ignore[no-untyped-def]
    """Before any result is published the date is only an estimate (vote + 1 year): it is
    said next to the date box, which stays unset, and saving the record does not fix it —
    so no reminder starts and the checklist item gets no due date."""
    from sqlalchemy import select

    from pbdesk.domain.followup import ReviewReminder
    from pbdesk.store.models import ChecklistItem
    from pbdesk.workspace.followup.alerts import followup_alerts
    from pbdesk.workspace.vote_publish import ONE_YEAR_REVIEW_KEY

    widget = OneYearReviewPage(context)
    qtbot.addWidget(widget)
    widget.today = date(2027, 7, 1)
    widget.show_campaign(campaign_id)
    widget.show()
    widget.activateWindow()
    widget.ui.placeEdit.setFocus()
    qtbot.waitUntil(widget.ui.placeEdit.hasFocus)
    assert widget.ui.scheduledEdit.value() is None
    assert widget.ui.scheduledNote.isVisible()
    assert "13/06/2027" in widget.ui.scheduledNote.text()
    assert not widget.ui.reminderBanner.isVisible()

    qtbot.keyClicks(widget.ui.placeEdit, "Centre social")
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(widget.ui.placeEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    review = oyr.get_review(database, campaign_id, date(2027, 7, 1))
    assert review.place == "Centre social"
    assert review.estimated and review.scheduled_on == DUE
    assert review.as_input().scheduled_on is None
    assert review.reminder is ReviewReminder.NONE
    assert followup_alerts(database, campaign_id, date(2027, 7, 1)) == []
    with database.session() as session:
        item = session.scalar(
            select(ChecklistItem).where(
                ChecklistItem.campaign_id == campaign_id,
                ChecklistItem.catalogue_key == ONE_YEAR_REVIEW_KEY,
            )
        )
        assert item is None or item.due_on is None
    assert widget.ui.scheduledEdit.value() is None and widget.ui.scheduledNote.isVisible()
    assert not widget.ui.reminderBanner.isVisible()

    # Ticking the box starts from the estimate; saving then fixes the date.
    widget.ui.scheduledEdit.enabled_box.setChecked(True)
    assert widget.ui.scheduledEdit.value() == DUE
    assert widget.save()
    review = oyr.get_review(database, campaign_id, date(2027, 7, 1))
    assert not review.estimated and review.reminder is ReviewReminder.OVERDUE
    assert not widget.ui.scheduledNote.isVisible()


def test_model(qtmodeltester, database: Database, campaign_id: int) -> None:  # type: ignore[no-untyped-def]
    from pbdesk.domain.followup import FeedbackInput

    oyr.save_feedback(database, campaign_id, FeedbackInput(None, 3, "Bien"), AUTHOR)
    oyr.save_feedback(database, campaign_id, FeedbackInput(None, None, "Rien"), AUTHOR)
    model = FeedbackModel()
    model.set_rows(oyr.list_feedback(database, campaign_id))
    qtmodeltester.check(model)
