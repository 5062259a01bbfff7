"""The designation page: a campaign decided without a vote records the core group's decision
on each project with its reasons; a decision without reasons is refused next to the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import AUTHOR, sample_frame
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus, HolderInput
from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.money import format_euros
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.models.designation import DesignationColumn, DesignationLine, DesignationModel
from pbdesk.ui.pages.designation import DesignationPage
from pbdesk.workspace import journal
from pbdesk.workspace.applications import change_status, get_application, save_application
from pbdesk.workspace.campaigns import create_campaign, list_campaigns
from pbdesk.workspace.designation import list_designations, over_envelope_message
from pbdesk.workspace.holders import save_holder

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def designated(database: Database) -> tuple[int, list[int]]:
    """A campaign decided by its conseil citoyen, with two reviewed projects and one still
    submitted (not under consideration)."""
    campaign_id = create_campaign(
        database, sample_frame(decision_mode=DecisionMode.DESIGNATION, vote_on=None), AUTHOR
    )
    holder = save_holder(database, HolderInput("Association Les Jardins"))
    ids = [
        save_application(
            database,
            campaign_id,
            ApplicationInput(title=title, holder_id=holder, requested="4 000"),
            AUTHOR,
        )
        for title in ("Jardin partage", "Fete de quartier", "Boite a livres")
    ]
    change_status(database, ids[:2], ApplicationStatus.ADMISSIBLE, "", AUTHOR)
    change_status(database, ids[:2], ApplicationStatus.REVIEWED, "", AUTHOR)
    return campaign_id, ids


def _page(qtbot, context: AppContext, campaign_id: int) -> DesignationPage:  # type: ignore[no-untyped-def]
    page = DesignationPage(context)
    qtbot.addWidget(page)
    page.resize(840, 650)
    page.show_campaign(campaign_id)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def _decide(qtbot, page: DesignationPage, row: int, choice: int, reasons: str) -> None:  # type: ignore[no-untyped-def]
    page.ui.tableView.setCurrentIndex(page.model.index(row, 0))
    page.ui.decisionCombo.setCurrentIndex(choice)
    page.ui.reasonsEdit.setFocus()
    page.ui.reasonsEdit.selectAll()
    if reasons:
        qtbot.keyClicks(page.ui.reasonsEdit, reasons)
    else:
        page.ui.reasonsEdit.clear()


def test_only_projects_under_consideration_are_listed(
    qtbot, context: AppContext, designated: tuple[int, list[int]]
) -> None:  # type: ignore[no-untyped-def]
    campaign_id, ids = designated
    page = _page(qtbot, context, campaign_id)
    assert [line.application_id for line in page.model.rows()] == ids[:2]
    assert page.ui.decidedByEdit.text()  # the core group's kind by default
    assert page.ui.saveButton.isEnabled()


def test_reasons_are_required_and_nothing_is_saved_without_them(
    qtbot, context: AppContext, designated: tuple[int, list[int]]
) -> None:  # type: ignore[no-untyped-def]
    campaign_id, ids = designated
    page = _page(qtbot, context, campaign_id)
    _decide(qtbot, page, 0, 0, "Le projet repond aux enjeux du quartier")
    _decide(qtbot, page, 1, 1, "")
    qtbot.keyClick(page.ui.reasonsEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.reasonsError.isVisibleTo(page)
    assert "raisons" in page.ui.reasonsError.text() or "reasons" in page.ui.reasonsError.text()
    assert page.current_row() == 1  # the project that lacks its reasons
    assert list_designations(context.database, campaign_id) == []
    assert get_application(context.database, ids[0]).row.status is ApplicationStatus.REVIEWED


def test_saving_the_designation_sets_statuses_and_writes_the_journal(
    qtbot, context: AppContext, designated: tuple[int, list[int]]
) -> None:  # type: ignore[no-untyped-def]
    campaign_id, ids = designated
    page = _page(qtbot, context, campaign_id)
    _decide(qtbot, page, 0, 0, "Le projet repond aux enjeux du quartier")
    _decide(qtbot, page, 1, 1, "Deja finance par la ville cette annee")
    assert page.has_unsaved_edits()
    page.ui.decidedByEdit.setText("Conseil citoyen")
    with qtbot.waitSignal(page.changed):
        page.ui.saveButton.click()
    saved = {d.application_id: d for d in list_designations(context.database, campaign_id)}
    assert saved[ids[0]].funded and not saved[ids[1]].funded
    assert saved[ids[1]].reasons == "Deja finance par la ville cette annee"
    assert saved[ids[0]].decided_by == "Conseil citoyen"
    assert get_application(context.database, ids[0]).row.status is ApplicationStatus.FUNDED
    assert get_application(context.database, ids[1]).row.status is ApplicationStatus.NOT_FUNDED
    actions = [line.action for line in journal.entries(context.database, campaign_id)]
    assert "vote.designation" in actions and "followup.schedule" in actions
    assert not page.has_unsaved_edits()
    # One project funded: said in the singular, on the page and in the Journal.
    one = QCoreApplication.translate(
        "DesignationPage",
        "Designation recorded on {day}, decided by {who}: 1 project funded out of {count}.",
    )
    assert (
        one.format(
            day=page.ui.decidedOnEdit.date().toString("dd/MM/yyyy"), who="Conseil citoyen", count=2
        )
        in page.ui.stateLabel.text()
    )
    journal_line = translate(
        "Journal", "Designation by {who}: {funded} project funded out of {count}."
    ).format(who="Conseil citoyen", funded=1, count=2)
    assert journal_line in [line.summary for line in journal.entries(context.database, campaign_id)]
    # One column says whether a project is funded (no "Status" column repeating it).
    headers = [
        page.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(page.model.columnCount())
    ]
    assert QCoreApplication.translate("DesignationModel", "Status") not in headers


def test_funding_more_than_the_envelope_is_refused_and_the_total_turns_red(
    qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    campaign_id = create_campaign(
        context.database,
        sample_frame(decision_mode=DecisionMode.DESIGNATION, vote_on=None, envelope="6 000"),
        AUTHOR,
    )
    ids = [
        save_application(
            context.database,
            campaign_id,
            ApplicationInput(title=title, requested="4 000"),
            AUTHOR,
        )
        for title in ("Jardin partage", "Fete de quartier")
    ]
    change_status(context.database, ids, ApplicationStatus.ADMISSIBLE, "", AUTHOR)
    change_status(context.database, ids, ApplicationStatus.REVIEWED, "", AUTHOR)
    journal_before = len(journal.entries(context.database, campaign_id))

    def no_box(*args: object, **kwargs: object) -> None:
        raise AssertionError("the refusal is said on the page, not in a message box")

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(no_box))
    page = _page(qtbot, context, campaign_id)
    total = page.ui.totalLabel
    assert total.isVisibleTo(page)
    said = QCoreApplication.translate("DesignationPage", "{funded} designated out of {envelope}")
    assert total.text() == said.format(funded=format_euros(0), envelope=format_euros(600_000))
    _decide(qtbot, page, 0, 0, "Bon projet")
    assert total.text() == said.format(funded=format_euros(400_000), envelope=format_euros(600_000))
    assert "#b00020" not in total.styleSheet()
    _decide(qtbot, page, 1, 0, "Bon projet aussi")
    assert total.text().startswith(
        said.format(funded=format_euros(800_000), envelope=format_euros(600_000))
    )
    assert format_euros(200_000) in total.text()  # by how much
    assert "#b00020" in total.styleSheet()  # red
    qtbot.keyClick(page.ui.reasonsEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.commonError.isVisibleTo(page)
    assert page.ui.commonError.text() == over_envelope_message(800_000, 600_000)
    # Nothing saved: no designation, statuses unchanged, no journal line.
    assert list_designations(context.database, campaign_id) == []
    assert [get_application(context.database, i).row.status for i in ids] == [
        ApplicationStatus.REVIEWED,
        ApplicationStatus.REVIEWED,
    ]
    assert len(journal.entries(context.database, campaign_id)) == journal_before
    # The core group funds one project only: back within the envelope, and saved.
    _decide(qtbot, page, 1, 1, "Trop cher pour cette annee")
    assert "#b00020" not in total.styleSheet()
    assert not page.ui.commonError.isVisibleTo(page)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.reasonsEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [d.funded for d in list_designations(context.database, campaign_id)] == [True, False]
    assert total.text() == said.format(funded=format_euros(400_000), envelope=format_euros(600_000))


def test_leaving_with_unsaved_edits_asks(
    qtbot,
    context: AppContext,
    designated: tuple[int, list[int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    campaign_id, _ = designated
    page = _page(qtbot, context, campaign_id)
    assert page.maybe_leave()
    _decide(qtbot, page, 0, 0, "Bon projet")
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel)
    )
    assert not page.maybe_leave()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )
    assert page.maybe_leave()
    assert page.model.edited() == []
    assert list_designations(context.database, campaign_id) == []


def test_the_demo_pertuis_shows_its_designation(
    qtbot, demo_database: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(database=demo_database, settings=settings)
    campaign_id = next(c.id for c in list_campaigns(demo_database) if c.slug == "pertuis-2020")
    page = _page(qtbot, context, campaign_id)
    [line] = page.model.rows()
    assert line.funded and "confinement" in line.reasons
    assert page.ui.decisionCombo.currentIndex() == 0
    assert "02/07/2020" in page.ui.stateLabel.text()
    assert not page.has_unsaved_edits()


def test_a_vote_campaign_has_nothing_to_designate(
    qtbot, context: AppContext, campaign_id: int
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, campaign_id)
    assert not page.ui.saveButton.isEnabled()
    assert not page.save()


def test_the_model_is_sound(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DesignationModel()
    model.set_rows(
        [
            DesignationLine(1, 1, "Jardin", "Asso", 400_000, ApplicationStatus.REVIEWED, None, ""),
            DesignationLine(
                2,
                2,
                "Fete",
                "Asso",
                300_000,
                ApplicationStatus.FUNDED,
                True,
                "Bien",
                (True, "Bien"),
            ),
        ]
    )
    qtmodeltester.check(model)
    model.set_decision(0, False, "Trop cher")
    assert model.data(model.index(0, DesignationColumn.DECISION)).endswith("*")
    assert [line.application_id for line in model.edited()] == [1]
