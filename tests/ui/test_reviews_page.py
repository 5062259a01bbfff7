"""The reviewers and reviews page: reviewers and what they review, reviews typed with the
keyboard (a «no» needs its reason, said next to the criterion), and the Excel grids going
out and coming back through the page — preview first, nothing changed until applied, a
bad file refused with its problems."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from conftest import AUTHOR, sample_frame
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from pbdesk.domain.applications import ApplicationInput, HolderInput
from pbdesk.domain.review import CriterionKind, Recommendation
from pbdesk.grids import layout as L
from pbdesk.grids.export import recommendation_labels, yes_no
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.grid_import import GridImportDialog
from pbdesk.ui.dialogs.review import ReviewDialog
from pbdesk.ui.dialogs.reviewer import ReviewerDialog
from pbdesk.ui.models.reviews import (
    ApplicationsCheckModel,
    AssignedColumn,
    ChangeLine,
    GridChangesModel,
    ProblemsModel,
    ReviewerColumn,
)
from pbdesk.ui.pages.reviews import ExportScope, ReviewsPage
from pbdesk.workspace import journal
from pbdesk.workspace.applications import save_application
from pbdesk.workspace.call import CriterionView, list_criteria, start_from_default_grid
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.holders import save_holder
from pbdesk.workspace.reviews.answers import get_review
from pbdesk.workspace.reviews.reviewers import (
    ReviewerInput,
    ReviewerKind,
    get_reviewer,
    list_reviewers,
    save_reviewer,
)

#: The offscreen platform (tests) warns whenever a shown window gets its minimum size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

YES = staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes)


@dataclass(frozen=True)
class Campaign:
    id: int
    applications: list[int]
    reviewer: int
    criteria: list[CriterionView]

    @property
    def eligibility(self) -> list[CriterionView]:
        return [c for c in self.criteria if c.kind is CriterionKind.ELIGIBILITY]

    @property
    def scored(self) -> list[CriterionView]:
        return [c for c in self.criteria if c.kind is CriterionKind.SCORED]


@pytest.fixture
def campaign(database: Database) -> Campaign:
    """The default grid, three applications and one reviewer who reviews them all."""
    campaign_id = create_campaign(database, sample_frame(), AUTHOR)
    start_from_default_grid(database, campaign_id, AUTHOR)
    holder = save_holder(database, HolderInput("Association Les Jardins"))
    applications = [
        save_application(
            database,
            campaign_id,
            ApplicationInput(title=title, holder_id=holder, requested="1 500", summary="Résumé."),
            AUTHOR,
        )
        for title in ("Jardin partagé", "Fête de quartier", "Boîte à livres")
    ]
    reviewer = save_reviewer(
        database, campaign_id, ReviewerInput("Mme Dupont", ReviewerKind.ELECTED), AUTHOR
    )
    return Campaign(campaign_id, applications, reviewer, list_criteria(database, campaign_id))


@pytest.fixture
def page(qtbot, context: AppContext, campaign: Campaign) -> ReviewsPage:  # type: ignore[no-untyped-def]
    widget = ReviewsPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(campaign.id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _ok(dialog: ReviewerDialog) -> Any:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def _select_reviewer(page: ReviewsPage, name: str) -> None:
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, ReviewerColumn.NAME)
        if index.data() == name:
            page.ui.tableView.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(name)


def _states(page: ReviewsPage) -> dict[str, str]:
    proxy = page.assigned_proxy
    return {
        proxy.index(row, AssignedColumn.TITLE).data(): proxy.index(row, AssignedColumn.STATE).data()
        for row in range(proxy.rowCount())
    }


# --- models ----------------------------------------------------------------------------------


def test_every_model_passes_the_model_tester(qtmodeltester, page: ReviewsPage) -> None:  # type: ignore[no-untyped-def]
    assert page.model.rowCount() == 1 and page.assigned.rowCount() == 3
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.assigned)
    qtmodeltester.check(page.assigned_proxy)
    check = ApplicationsCheckModel()
    check.set_applications([(1, 1, "Jardin"), (2, 2, "Fête")], checked=[2])
    qtmodeltester.check(check)
    changes = GridChangesModel()
    changes.set_lines([ChangeLine("Mme Dupont", 1, "Jardin", "Implication", "1", "3")])
    qtmodeltester.check(changes)
    problems = ProblemsModel()
    problems.set_problems(["Feuille « Grille », cellule F7 : « beaucoup »"])
    qtmodeltester.check(problems)


# --- reviewers -------------------------------------------------------------------------------


def test_a_reviewer_is_added_with_the_keyboard_and_restricted_to_two_applications(
    qtbot, page: ReviewsPage, database: Database, campaign: Campaign
) -> None:
    _focus(qtbot, page.ui.tableView)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert isinstance(dialog, ReviewerDialog) and dialog.isVisible()
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Service voirie")
    qtbot.keyClicks(ui.organisationEdit, "Ville de Marseille")
    ui.kindCombo.setFocus()
    qtbot.keyClick(ui.kindCombo, Qt.Key.Key_Home)  # technical service, first in the list
    assert ui.kindCombo.currentData() == ReviewerKind.SERVICE.value
    _focus(qtbot, ui.someRadio)
    qtbot.keyClick(ui.someRadio, Qt.Key.Key_Space)
    assert ui.someRadio.isChecked() and ui.applicationsView.isEnabled()
    view = ui.applicationsView
    _focus(qtbot, view)
    view.setCurrentIndex(dialog.applications.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert "2" in ui.checkedLabel.text()

    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    added = next(r for r in list_reviewers(database, campaign.id) if r.name == "Service voirie")
    assert added.kind is ReviewerKind.SERVICE and added.organisation == "Ville de Marseille"
    assert not added.all_applications
    assert added.application_ids == (campaign.applications[0], campaign.applications[2])
    line = page.current_reviewer()
    assert line is not None and line.reviewer.id == added.id, "the new reviewer is selected"
    row = page.proxy.mapFromSource(page.model.index(page.model.rows().index(line), 0)).row()
    assert page.proxy.index(row, ReviewerColumn.APPLICATIONS).data() == "2"
    assert sorted(_states(page)) == ["Boîte à livres", "Jardin partagé"]
    assert any(e.action == "reviewer.create" for e in journal.entries(database, campaign.id))


def test_only_some_applications_but_none_ticked_is_refused_and_nothing_saved(
    qtbot, page: ReviewsPage, database: Database, campaign: Campaign
) -> None:
    page.add_reviewer()
    dialog = page.dialog
    assert isinstance(dialog, ReviewerDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Karim")
    dialog.ui.someRadio.setChecked(True)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.applicationsError.isVisible() and dialog.ui.applicationsError.text()
    assert [r.name for r in list_reviewers(database, campaign.id)] == ["Mme Dupont"]
    dialog.reject()


def test_removing_a_reviewer_asks_then_removes_them(
    qtbot, monkeypatch, page: ReviewsPage, database: Database, campaign: Campaign
) -> None:
    monkeypatch.setattr(QMessageBox, "question", YES)
    _focus(qtbot, page.ui.tableView)
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    assert list_reviewers(database, campaign.id) == []
    assert page.model.rowCount() == 0 and page.assigned.rowCount() == 0


# --- reviews typed in the app ----------------------------------------------------------------


def _open_review(qtbot, page: ReviewsPage, row: int = 0) -> ReviewDialog:  # type: ignore[no-untyped-def]
    view = page.ui.applicationsView
    _focus(qtbot, view)
    view.selectionModel().setCurrentIndex(
        page.assigned_proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = page.review_dialog
    assert isinstance(dialog, ReviewDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type_score(qtbot, spin, value: int) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    spin.selectAll()  # as Tab leaves it
    qtbot.keyClicks(spin, str(value))


def test_a_review_is_typed_with_the_keyboard_and_saved(
    qtbot, page: ReviewsPage, database: Database, campaign: Campaign
) -> None:
    dialog = _open_review(qtbot, page)
    assert dialog.application.id == campaign.applications[0]
    assert "Jardin partagé" in dialog.ui.applicationLabel.text()
    assert len(dialog.eligibility_rows) == len(campaign.eligibility)
    assert len(dialog.score_rows) == len(campaign.scored)
    for row in dialog.eligibility_rows:
        row.answer.setFocus()
        qtbot.keyClick(row.answer, Qt.Key.Key_Down)  # "yes"
        assert row.answer.currentData() == 1 and not row.reason.isEnabled()
    for row in dialog.score_rows:
        _type_score(qtbot, row.score, 2)
        assert row.value() == 2
    best = sum(c.weight * c.scale_max for c in campaign.scored)
    total = sum(c.weight * 2 for c in campaign.scored)
    assert dialog.total_text() == f"{total} / {best}", "the weighted total follows the typing"
    qtbot.keyClicks(dialog.ui.commentEdit, "Projet utile au quartier")
    dialog.ui.recommendationCombo.setFocus()
    qtbot.keyClick(dialog.ui.recommendationCombo, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    review = get_review(database, campaign.reviewer, campaign.applications[0])
    assert review.total == total and review.best_total == best
    assert {review.answers[c.id].score for c in campaign.scored} == {2}
    assert all(review.answers[c.id].eligible is True for c in campaign.eligibility)
    assert review.comment == "Projet utile au quartier"
    assert review.recommendation is Recommendation.FAVOURABLE
    line = next(line for line in page.assigned.lines() if line.id == campaign.applications[0])
    assert line.total == total and line.state.name == "COMPLETE"


def test_save_and_next_goes_through_the_pile(
    qtbot, page: ReviewsPage, database: Database, campaign: Campaign
) -> None:
    dialog = _open_review(qtbot, page)
    _type_score(qtbot, dialog.score_rows[0].score, 3)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.application.id == campaign.applications[1]
    assert dialog.score_rows[0].value() is None, "the next application starts empty"
    _type_score(qtbot, dialog.score_rows[0].score, 1)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.application.id == campaign.applications[2]
    assert not dialog.ui.saveNextButton.isEnabled(), "the last application has no next"
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        dialog.reject()
    first = get_review(database, campaign.reviewer, campaign.applications[0])
    second = get_review(database, campaign.reviewer, campaign.applications[1])
    assert first.answers[campaign.scored[0].id].score == 3
    assert second.answers[campaign.scored[0].id].score == 1
    assert sorted(line.state.name for line in page.assigned.lines()) == [
        "NOT_STARTED",
        "PARTIAL",
        "PARTIAL",
    ]


def test_a_no_without_its_reason_is_refused_next_to_the_criterion_and_nothing_saved(
    qtbot, page: ReviewsPage, database: Database, campaign: Campaign
) -> None:
    dialog = _open_review(qtbot, page)
    refused = dialog.eligibility_rows[1]
    refused.answer.setFocus()
    qtbot.keyClick(refused.answer, Qt.Key.Key_Down)
    qtbot.keyClick(refused.answer, Qt.Key.Key_Down)  # "no"
    assert refused.answer.currentData() == 0 and refused.reason.isEnabled()
    _type_score(qtbot, dialog.score_rows[0].score, 2)

    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.isVisible(), "the dialog stays open"
    assert refused.error.isVisible() and refused.criterion.name in refused.error.text()
    assert all(not row.error.isVisible() for row in dialog.eligibility_rows if row is not refused)
    assert refused.reason.hasFocus(), "the cursor waits in the reason"
    review = get_review(database, campaign.reviewer, campaign.applications[0])
    assert review.version == 0 and not review.answers, "nothing was saved"

    qtbot.keyClicks(refused.reason, "Hors du perimetre")
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    review = get_review(database, campaign.reviewer, campaign.applications[0])
    answer = review.answers[refused.criterion.id]
    assert answer.eligible is False and answer.reason == "Hors du perimetre"


# --- grids out and back ----------------------------------------------------------------------


def _run(qtbot, task) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass


class Sheet:
    """A reviewer's grid sheet, its cells found by pbdesk's hidden codes."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.codes = {cell.value: cell.column_letter for cell in ws[L.CODE_ROW] if cell.value}
        self.rows = {
            ws.cell(row, 1).value: row
            for row in range(L.FIRST_ROW, ws.max_row + 1)
            if ws.cell(row, 1).value
        }

    def set(self, application_uuid: str, code: str, value: object) -> str:
        coordinate = f"{self.codes[code]}{self.rows[application_uuid]}"
        self.ws[coordinate] = value
        return coordinate


def _grid_of(workbook: Any, reviewer_uuid: str) -> Sheet:
    for ws in workbook.worksheets:
        if ws.title != L.META_SHEET and ws.cell(L.CODE_ROW, 1).value == reviewer_uuid:
            return Sheet(ws)
    raise AssertionError("no grid sheet for the reviewer")


def _uuids(database: Database, campaign: Campaign) -> list[str]:
    from pbdesk.workspace.applications import list_applications

    return [a.uuid for a in list_applications(database, campaign.id)]


def test_grids_exported_then_a_returned_grid_is_previewed_then_applied(
    qtbot, page: ReviewsPage, database: Database, campaign: Campaign, tmp_path: Path
) -> None:
    page.ui.scopeCombo.setCurrentIndex(page.ui.scopeCombo.findData(ExportScope.ALL_IN_ONE))
    with qtbot.waitSignal(page.changed, timeout=20000):
        _run(qtbot, page.export_grids_to(tmp_path / "grilles.xlsx", ExportScope.ALL_IN_ONE))
    assert (tmp_path / "grilles.xlsx").exists()
    assert "grilles.xlsx" in page.ui.statusLabel.text()

    reviewer = get_reviewer(database, campaign.reviewer)
    workbook = openpyxl.load_workbook(tmp_path / "grilles.xlsx")
    sheet = _grid_of(workbook, reviewer.uuid)
    yes, _ = yes_no()
    first = _uuids(database, campaign)[0]
    for criterion in campaign.eligibility:
        sheet.set(first, L.column_code(L.ELIGIBLE, criterion.uuid), yes)
    for criterion in campaign.scored:
        sheet.set(first, L.column_code(L.SCORE, criterion.uuid), criterion.scale_max)
    sheet.set(first, L.RECOMMENDATION, recommendation_labels()[Recommendation.RESERVED])
    sheet.set(first, L.COMMENT, "Bien, budget à préciser")
    workbook.save(tmp_path / "retour.xlsx")

    page.import_grid_files([tmp_path / "retour.xlsx"])  # what the button and a drop call
    _run(qtbot, page.task)
    dialog = page.import_dialog
    assert isinstance(dialog, GridImportDialog) and dialog.isVisible()
    assert dialog.can_apply and dialog.ui.applyButton.isVisible()
    assert dialog.changes.rowCount() == len(campaign.criteria) + 2  # and recommendation, comment
    assert {line.reviewer for line in dialog.changes.lines()} == {"Mme Dupont"}
    assert "Mme Dupont" in dialog.ui.summaryLabel.text()
    assert get_review(database, campaign.reviewer, campaign.applications[0]).version == 0, (
        "the preview changes nothing"
    )

    with qtbot.waitSignal(page.changed, timeout=20000):
        qtbot.mouseClick(dialog.ui.applyButton, Qt.MouseButton.LeftButton)
    review = get_review(database, campaign.reviewer, campaign.applications[0])
    assert review.total == review.best_total
    assert review.recommendation is Recommendation.RESERVED
    assert review.comment == "Bien, budget à préciser"
    assert "retour.xlsx" in page.ui.statusLabel.text()
    assert any(e.action == "grid.import" for e in journal.entries(database, campaign.id))
    line = next(line for line in page.assigned.lines() if line.id == campaign.applications[0])
    assert line.state.name == "COMPLETE", "the page shows the imported review"


def test_a_grid_dropped_on_the_page_is_imported_through_the_same_path(
    qtbot, page: ReviewsPage, tmp_path: Path, monkeypatch
) -> None:
    seen: list[list[Path]] = []
    monkeypatch.setattr(page, "import_grid_files", lambda paths: seen.append(list(paths)))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "retour.xlsx"))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, drop)
    assert seen == [[tmp_path / "retour.xlsx"]]

    text = QMimeData()
    text.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    refused = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        text,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, refused)
    assert not refused.isAccepted()


def _review_tables(database: Database, campaign: Campaign) -> tuple[object, ...]:
    reviews = tuple(
        get_review(database, campaign.reviewer, application_id)
        for application_id in campaign.applications
    )
    return reviews, len(journal.entries(database, campaign.id))


@pytest.mark.parametrize("damage", ["not a workbook", "score out of the scale"])
def test_a_bad_grid_shows_its_problems_and_changes_nothing(
    qtbot, page: ReviewsPage, database: Database, campaign: Campaign, tmp_path: Path, damage: str
) -> None:
    bad = tmp_path / "retour.xlsx"
    cell = ""
    if damage == "not a workbook":
        bad.write_text("Ceci n'est pas un classeur", encoding="utf-8")
    else:
        _run(qtbot, page.export_grids_to(tmp_path / "grilles.xlsx", ExportScope.ALL_IN_ONE))
        workbook = openpyxl.load_workbook(tmp_path / "grilles.xlsx")
        sheet = _grid_of(workbook, get_reviewer(database, campaign.reviewer).uuid)
        criterion = campaign.scored[0]
        cell = sheet.set(_uuids(database, campaign)[0], L.column_code(L.SCORE, criterion.uuid), 9)
        workbook.save(bad)
    before = _review_tables(database, campaign)

    page.import_grid_files([bad])
    _run(qtbot, page.task)
    dialog = page.import_dialog
    assert isinstance(dialog, GridImportDialog) and dialog.isVisible()
    assert not dialog.can_apply and not dialog.ui.applyButton.isVisible()
    problems = dialog.problems.problems()
    assert problems and dialog.ui.problemsView.isVisible()
    if cell:
        assert any(cell in problem and "9" in problem for problem in problems), problems
    dialog.ui.copyButton.click()
    assert QApplication.clipboard().text().splitlines() == problems

    qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
    assert page.import_dialog is None
    assert "retour.xlsx" in page.ui.statusLabel.text()
    assert _review_tables(database, campaign) == before, "nothing changed"
