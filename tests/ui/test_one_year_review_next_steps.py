"""The one-year review page never just says something is missing: an overdue or undated
review, and an empty list of opinions, each say what to do next."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import AUTHOR

from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.pages.one_year_review import OneYearReviewPage
from pbdesk.workspace.vote_publish import schedule_one_year_review

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _page(qtbot, context: AppContext, campaign_id: int, today: date) -> OneYearReviewPage:  # type: ignore[no-untyped-def]
    widget = OneYearReviewPage(context)
    qtbot.addWidget(widget)
    widget.today = today
    widget.resize(840, 650)
    widget.show_campaign(campaign_id)
    widget.show()
    return widget


def test_an_overdue_review_says_what_to_do_next(
    qtbot, context: AppContext, database: Database, campaign_id: int
) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        schedule_one_year_review(session, campaign_id, date(2025, 6, 13), AUTHOR)
    page = _page(qtbot, context, campaign_id, date(2026, 11, 29))
    banner = page.ui.reminderBanner.text()
    assert "13/06/2026" in banner
    assert (
        page.tr(
            "Next: invite the residents and the holders, hold the meeting, then write here the "
            "date it was held, who came and what was said; or set a new date in «Scheduled on»."
        )
        in banner
    )
    assert page.ui.summaryLabel.text() == page.tr(
        "No opinion yet: after the meeting, type each one above, then Enter."
    )


def test_an_undated_review_explains_when_it_comes(
    qtbot, context: AppContext, database: Database
) -> None:  # type: ignore[no-untyped-def]
    from conftest import sample_frame

    from pbdesk.workspace.campaigns import create_campaign

    campaign_id = create_campaign(database, sample_frame(vote_on=None), AUTHOR)
    page = _page(qtbot, context, campaign_id, date(2026, 11, 29))
    assert page.ui.scheduledEdit.value() is None
    assert page.ui.reminderBanner.isVisible()
    assert page.ui.reminderBanner.text() == page.tr(
        "No date is set for the review yet. It is planned one year after the results are "
        "published (or the designation recorded); you may also set its date yourself in "
        "«Scheduled on»."
    )
