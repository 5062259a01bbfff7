"""The review synthesis page: one column per reviewer, strong disagreements highlighted
(and only them), sorted by mean, the reviews of the selected application, the team's
decision through the status dialog (journaled), and the synthesis workbook."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from conftest import AUTHOR, sample_frame
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialogButtonBox

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus, HolderInput
from pbdesk.domain.review import CriterionKind, Recommendation
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.status import StatusDialog
from pbdesk.ui.models.synthesis import (
    DISAGREE_ROLE,
    DISAGREEMENT_BACKGROUND,
    ApplicationReviewsModel,
    ReviewColumn,
    SynthesisModel,
)
from pbdesk.ui.pages.synthesis import SynthesisPage
from pbdesk.workspace import journal
from pbdesk.workspace.applications import get_application, save_application
from pbdesk.workspace.call import CriterionView, list_criteria, start_from_default_grid
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.holders import save_holder
from pbdesk.workspace.reviews.answers import Answer, ReviewInput, save_review
from pbdesk.workspace.reviews.decision import synthesis
from pbdesk.workspace.reviews.reviewers import ReviewerInput, save_reviewer

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@dataclass(frozen=True)
class Reviewed:
    campaign_id: int
    #: Far apart, close together, not reviewed.
    apart: int
    close: int
    untouched: int
    reviewers: list[int]
    criteria: list[CriterionView]


def _answers(criteria: list[CriterionView], top: bool, lower_one: bool = False) -> ReviewInput:
    answers = {c.id: Answer(None, True) for c in criteria if c.kind is CriterionKind.ELIGIBILITY}
    scored = [c for c in criteria if c.kind is CriterionKind.SCORED]
    for index, c in enumerate(scored):
        score = c.scale_max if top else c.scale_min
        if lower_one and index == 0:
            score -= 1
        answers[c.id] = Answer(score)
    return ReviewInput(answers)


@pytest.fixture
def reviewed(database: Database) -> Reviewed:
    """Two reviewers: far apart on «Jardin partagé», close on «Fête de quartier»."""
    campaign_id = create_campaign(database, sample_frame(), AUTHOR)
    start_from_default_grid(database, campaign_id, AUTHOR)
    holder = save_holder(database, HolderInput("Association Les Jardins"))
    apart, close, untouched = (
        save_application(
            database,
            campaign_id,
            ApplicationInput(title=title, holder_id=holder, requested="2 000"),
            AUTHOR,
        )
        for title in ("Jardin partagé", "Fête de quartier", "Boîte à livres")
    )
    reviewers = [
        save_reviewer(database, campaign_id, ReviewerInput(name), AUTHOR)
        for name in ("Mme Dupont", "Service voirie")
    ]
    criteria = list_criteria(database, campaign_id)
    high = _answers(criteria, top=True)
    high.comment, high.recommendation = "Excellent projet", Recommendation.FAVOURABLE
    low = _answers(criteria, top=False)
    low.comment, low.recommendation = "Trop flou", Recommendation.UNFAVOURABLE
    save_review(database, reviewers[0], apart, high)
    save_review(database, reviewers[1], apart, low)
    save_review(database, reviewers[0], close, _answers(criteria, top=True))
    save_review(database, reviewers[1], close, _answers(criteria, top=True, lower_one=True))
    return Reviewed(campaign_id, apart, close, untouched, reviewers, criteria)


@pytest.fixture
def page(qtbot, context: AppContext, reviewed: Reviewed) -> SynthesisPage:  # type: ignore[no-untyped-def]
    widget = SynthesisPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(reviewed.campaign_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _proxy_row(page: SynthesisPage, application_id: int) -> int:
    for row, item in enumerate(page.visible_rows()):
        if item.application_id == application_id:
            return row
    raise AssertionError(application_id)


def _select(page: SynthesisPage, application_id: int) -> None:
    page.ui.tableView.selectionModel().setCurrentIndex(
        page.proxy.index(_proxy_row(page, application_id), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_the_models_pass_the_model_tester(qtmodeltester, page: SynthesisPage) -> None:  # type: ignore[no-untyped-def]
    assert page.model.rowCount() == 3
    assert page.model.columnCount() == 2 + 2 + 4, "one column per reviewer"
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.reviews)
    empty = SynthesisModel()
    qtmodeltester.check(empty)
    reviews = ApplicationReviewsModel()
    qtmodeltester.check(reviews)


def test_one_column_per_reviewer_with_their_totals(
    page: SynthesisPage, database: Database, reviewed: Reviewed
) -> None:
    model = page.model
    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]
    assert headers[2:4] == ["Mme Dupont", "Service voirie"]
    data = synthesis(database, reviewed.campaign_id)
    row = _proxy_row(page, reviewed.apart)
    assert page.proxy.index(row, model.reviewer_column(0)).data() == str(data.best_total)
    assert page.proxy.index(row, model.reviewer_column(1)).data() == "0"
    assert page.proxy.index(row, model.spread_column()).data() == str(data.best_total)


def test_a_strong_disagreement_is_highlighted_and_close_totals_are_not(
    page: SynthesisPage, reviewed: Reviewed
) -> None:
    model, proxy = page.model, page.proxy
    apart = proxy.index(_proxy_row(page, reviewed.apart), model.TITLE)
    close = proxy.index(_proxy_row(page, reviewed.close), model.TITLE)
    assert apart.data(DISAGREE_ROLE) is True
    background = apart.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == DISAGREEMENT_BACKGROUND
    number = proxy.index(apart.row(), model.NUMBER)
    assert number.data(Qt.ItemDataRole.DecorationRole) is not None, (
        "a warning sign, not colour only"
    )
    assert "disagree" in apart.data(Qt.ItemDataRole.ToolTipRole)

    assert close.data(DISAGREE_ROLE) is False
    assert close.data(Qt.ItemDataRole.BackgroundRole) is None
    assert proxy.index(close.row(), model.NUMBER).data(Qt.ItemDataRole.DecorationRole) is None
    assert int(proxy.index(close.row(), model.spread_column()).data()) > 0, "not equal, close"
    assert "1 strong disagreement" in page.ui.countsLabel.text()

    page.ui.disagreementsCheck.setChecked(True)
    assert [row.application_id for row in page.visible_rows()] == [reviewed.apart]


def test_rows_are_sorted_by_mean_best_first(page: SynthesisPage, reviewed: Reviewed) -> None:
    order = [row.application_id for row in page.visible_rows()]
    assert order == [reviewed.close, reviewed.apart, reviewed.untouched]
    page.ui.tableView.sortByColumn(page.model.mean_column(), Qt.SortOrder.AscendingOrder)
    assert [row.application_id for row in page.visible_rows()][-1] == reviewed.close


def test_selecting_a_row_shows_the_reviewers_comments_and_recommendations(
    page: SynthesisPage, reviewed: Reviewed
) -> None:
    _select(page, reviewed.apart)
    reviews = page.reviews
    assert reviews.rowCount() == 2
    comments = {
        reviews.index(row, ReviewColumn.REVIEWER).data(): (
            reviews.index(row, ReviewColumn.COMMENT).data(),
            reviews.index(row, ReviewColumn.RECOMMENDATION).data(),
        )
        for row in range(reviews.rowCount())
    }
    assert comments == {
        "Mme Dupont": ("Excellent projet", Recommendation.FAVOURABLE.label),
        "Service voirie": ("Trop flou", Recommendation.UNFAVOURABLE.label),
    }
    assert "Jardin partagé" in page.ui.detailGroup.title()
    assert "disagree" in page.ui.detailLabel.text()


def test_the_team_decides_through_the_status_dialog_and_it_is_journaled(
    qtbot, page: SynthesisPage, database: Database, reviewed: Reviewed
) -> None:
    _select(page, reviewed.close)
    table = page.ui.tableView
    table.window().activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = page.status_dialog
    assert isinstance(dialog, StatusDialog) and dialog.isVisible()
    combo = dialog.ui.statusCombo
    combo.setCurrentIndex(combo.findData(ApplicationStatus.INADMISSIBLE.value))
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "a refusal needs its reason"
    qtbot.keyClicks(dialog.ui.reasonEdit, "Hors du perimetre du quartier")
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    detail = get_application(database, reviewed.close)
    assert detail.row.status is ApplicationStatus.INADMISSIBLE
    assert detail.row.status_reason == "Hors du perimetre du quartier"
    assert any(
        e.action == "application.status" for e in journal.entries(database, reviewed.campaign_id)
    )
    row = _proxy_row(page, reviewed.close)
    assert (
        page.proxy.index(row, page.model.status_column()).data()
        == ApplicationStatus.INADMISSIBLE.label
    )
    assert [r.application_id for r in page.selected_rows()] == [reviewed.close]


def test_the_synthesis_workbook_is_written_off_the_gui_thread(
    qtbot, page: SynthesisPage, reviewed: Reviewed, tmp_path: Path
) -> None:
    target = tmp_path / "synthese.xlsx"
    task = page.export_synthesis_to(target)
    assert not page.ui.exportButton.isEnabled(), "one export at a time"
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert target.exists() and "synthese.xlsx" in page.ui.statusLabel.text()
    assert page.ui.exportButton.isEnabled()
    workbook = openpyxl.load_workbook(target)
    text = "\n".join(
        str(cell.value) for ws in workbook.worksheets for row in ws.iter_rows() for cell in row
    )
    for expected in ("Jardin partagé", "Mme Dupont", "Service voirie", "Trop flou"):
        assert expected in text
