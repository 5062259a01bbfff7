"""The results page on the demo workspace: counting off the GUI thread, funded projects within
the envelope, the chart per territory, turnout, past counts, a refused unofficial count, the
draw by lot, and publishing (statuses, journal, one-year review)."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from conftest import AUTHOR
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMessageBox
from sqlalchemy import delete, select, update

from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import Application, ChecklistItem, TieDraw, VoteResult
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.tie_draw import TieDrawDialog
from pbdesk.ui.models.results import (
    CountsModel,
    ProjectColumn,
    ProjectResultsModel,
    RoundLine,
    RoundsModel,
    StationColumn,
    StationFiguresModel,
    TerritoryTurnoutModel,
)
from pbdesk.ui.pages.results import ResultsPage
from pbdesk.workspace import journal
from pbdesk.workspace.ballots import open_entry
from pbdesk.workspace.campaigns import list_campaigns
from pbdesk.workspace.polling_stations import list_stations
from pbdesk.workspace.vote_count import DrawNeeded
from pbdesk.workspace.vote_results import list_results
from pbdesk.workspace.vote_totals import station_figures, turnout_by_territory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _id(database: Database, slug: str) -> int:
    return next(c.id for c in list_campaigns(database) if c.slug == slug)


@pytest.fixture
def demo_context(demo_database: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("author", AUTHOR)
    return AppContext(database=demo_database, settings=settings)


def _unpublish(database: Database, campaign_id: int) -> None:
    """The 2021 demo as on the vote evening: ballots entered, nothing counted yet."""
    with database.session() as session:
        session.execute(delete(VoteResult).where(VoteResult.campaign_id == campaign_id))
        session.execute(
            update(Application)
            .where(Application.campaign_id == campaign_id)
            .values(status="shortlisted")
        )
        session.execute(
            update(ChecklistItem)
            .where(
                ChecklistItem.campaign_id == campaign_id,
                ChecklistItem.catalogue_key == "p9.one_year_review",
            )
            .values(due_on=None)
        )


def _page(qtbot, context: AppContext, campaign_id: int) -> ResultsPage:  # type: ignore[no-untyped-def]
    page = ResultsPage(context)
    qtbot.addWidget(page)
    page.resize(840, 650)
    page.show_campaign(campaign_id)
    return page


def _count(qtbot, page: ResultsPage) -> None:  # type: ignore[no-untyped-def]
    before = len(page.counts.rows())
    page.ui.countButton.click()
    assert page.task is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert len(page.counts.rows()) == before + 1


def test_a_published_demo_shows_its_result(qtbot, demo_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_context, _id(demo_context.database, "air-bel-2021"))
    assert page.result is not None and page.result.published_at is not None
    assert "Published result" in page.ui.stateLabel.text()
    assert not page.ui.publishButton.isEnabled()
    assert page.ui.ruleCombo.currentData() == "greedy"  # the règlement's rule
    assert page.projects.rowCount() == 7
    assert len(page.ui.chart.panels()) == 1


def test_counting_the_2021_demo_funds_projects_within_the_envelope(
    qtbot, demo_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    campaign_id = _id(demo_context.database, "air-bel-2021")
    _unpublish(demo_context.database, campaign_id)
    page = _page(qtbot, demo_context, campaign_id)
    assert page.result is None
    assert not page.ui.publishButton.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.ui.countButton.click()
    qtbot.waitUntil(lambda: page.task is None)
    result = page.result
    assert result is not None and result.published_at is None
    funded = [p for p in result.projects if p.funded]
    assert 0 < len(funded) < 7
    assert sum(p.cost_cents for p in funded) <= 9_500_000
    # The table says it all: funded or not, and why.
    outcomes = {
        page.projects.data(page.projects.index(row, ProjectColumn.CODE)): page.projects.data(
            page.projects.index(row, ProjectColumn.OUTCOME)
        )
        for row in range(page.projects.rowCount())
    }
    funded_text = page.projects.outcome_text(funded[0])
    assert list(outcomes.values()).count(funded_text) == len(funded)
    explanation = page.projects.data(page.projects.index(0, ProjectColumn.EXPLANATION))
    assert "financé" in explanation
    [panel] = page.ui.chart.panels()
    assert panel.budget_cents == 9_500_000
    assert {bar.code for bar in panel.bars if bar.funded} == {p.code for p in funded}
    assert page.ui.publishButton.isEnabled()
    # Counting is keeping: the count is in the list of past counts, and in the journal.
    assert len(list_results(demo_context.database, campaign_id)) == 1
    assert journal.entries(demo_context.database, campaign_id, limit=1)[0].action == "vote.count"


def test_publishing_sets_the_statuses_and_writes_the_journal(
    qtbot, demo_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    database = demo_context.database
    campaign_id = _id(database, "air-bel-2021")
    _unpublish(database, campaign_id)
    page = _page(qtbot, demo_context, campaign_id)
    _count(qtbot, page)
    result = page.result
    assert result is not None

    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    with qtbot.waitSignal(page.changed):
        page.ui.publishButton.click()
    assert asked and "6" in asked[0]
    with database.session() as session:
        statuses = dict(
            session.execute(
                select(Application.id, Application.status).where(
                    Application.campaign_id == campaign_id
                )
            ).all()
        )
        review = session.scalar(
            select(ChecklistItem.due_on).where(
                ChecklistItem.campaign_id == campaign_id,
                ChecklistItem.catalogue_key == "p9.one_year_review",
            )
        )
    for project in result.projects:
        assert statuses[project.application_id] == ("funded" if project.funded else "not_funded")
    actions = [line.action for line in journal.entries(database, campaign_id, limit=12)]
    assert "vote.publish" in actions and "application.status" in actions
    assert review is not None and review.year == 2022  # one year after the vote
    assert page.result is not None and page.result.published_at is not None
    assert not page.ui.publishButton.isEnabled()
    assert "Published result" in page.ui.stateLabel.text()


def test_declining_the_confirmation_publishes_nothing(
    qtbot, demo_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    database = demo_context.database
    campaign_id = _id(database, "belle-de-mai-2019")
    _unpublish(database, campaign_id)
    page = _page(qtbot, demo_context, campaign_id)
    _count(qtbot, page)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    page.ui.publishButton.click()
    assert all(c.published_at is None for c in list_results(database, campaign_id))
    assert page.ui.publishButton.isEnabled()


def test_an_unofficial_count_is_refused_in_one_sentence(
    qtbot, demo_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    database = demo_context.database
    campaign_id = _id(database, "belle-de-mai-2019")
    # A second stack still being entered: the count is not official yet.
    station = list_stations(database, campaign_id)[0]
    open_entry(database, station.id, "Opératrice", AUTHOR, stack_label="retard")
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(str(a[2])))
    )
    page = _page(qtbot, demo_context, campaign_id)
    before = len(list_results(database, campaign_id))
    page.ui.countButton.click()
    qtbot.waitUntil(lambda: page.task is None)
    assert warnings and "officiel" in warnings[0]
    assert len(list_results(database, campaign_id)) == before


def test_a_tie_opens_the_draw_then_counts_again(qtbot, demo_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    database = demo_context.database
    campaign_id = _id(database, "air-bel-2021")
    page = _page(qtbot, demo_context, campaign_id)
    page._count_failed(DrawNeeded(("2", "6")))
    dialog = page.draw_dialog
    assert isinstance(dialog, TieDrawDialog)
    assert "2, 6" in dialog.ui.tiedLabel.text()
    # No number is shown before the draw: nobody can try one out before witnesses.
    assert dialog.ui.seedEdit.text() == ""
    # No witnesses: refused next to the field, nothing recorded.
    dialog.apply()
    assert dialog.ui.witnessesError.isVisibleTo(dialog)
    with database.session() as session:
        assert session.scalar(select(TieDraw.id)) is None
    qtbot.keyClicks(dialog.ui.witnessesEdit, "Nadia M., Jean-Pierre B.")
    before = len(page.counts.rows())
    dialog.apply()
    qtbot.waitUntil(lambda: page.task is None and len(page.counts.rows()) == before + 1)
    with database.session() as session:
        draw = session.scalars(select(TieDraw)).one()
    assert draw.witnesses == "Nadia M., Jean-Pierre B."
    assert page.draw_dialog is None
    assert page.result is not None and page.result.seed == draw.seed


def test_two_quartiers_two_panels_and_turnout_per_territory(
    qtbot, demo_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_context, _id(demo_context.database, "les-flamands-le-mail-2022"))
    panels = page.ui.chart.panels()
    assert [p.title for p in panels] == ["Les Flamands", "Le Mail"]
    assert sum(p.budget_cents for p in panels) == 9_500_000
    for panel in panels:
        assert sum(b.cost_cents for b in panel.bars if b.funded) <= panel.budget_cents
    assert not page.ui.projectsView.isColumnHidden(ProjectColumn.TERRITORY)
    assert page.stations.rowCount() == 3
    assert page.territories.rowCount() == 2
    assert page.rounds.rowCount() > 0  # Equal Shares' rounds, in the collapsible view
    assert page.ui.roundsView.isHidden()  # collapsed until asked for
    page.ui.roundsGroup.setChecked(True)
    assert not page.ui.roundsView.isHidden()


def test_choosing_a_past_count_shows_it(qtbot, demo_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    campaign_id = _id(demo_context.database, "belle-de-mai-2019")
    page = _page(qtbot, demo_context, campaign_id)
    page.ui.ruleCombo.setCurrentIndex(page.ui.ruleCombo.findData("mes"))
    _count(qtbot, page)
    assert page.result is not None and page.result.rule.value == "mes"
    assert "not the result" in page.ui.stateLabel.text()
    published_row = next(
        row for row, c in enumerate(page.counts.rows()) if c.published_at is not None
    )
    page.ui.countsView.setCurrentIndex(page.counts.index(published_row, 0))
    assert page.result is not None and page.result.published_at is not None
    assert not page.ui.publishButton.isEnabled()


def test_the_models_are_sound(qtmodeltester, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    campaign_id = _id(demo_database, "les-flamands-le-mail-2022")
    [result] = list_results(demo_database, campaign_id)
    projects = ProjectResultsModel()
    projects.set_result(result, {})
    qtmodeltester.check(projects)
    rounds = RoundsModel()
    rounds.set_rows(RoundLine(p.territory_name, r) for p in result.parts for r in p.rounds)
    qtmodeltester.check(rounds)
    figures = station_figures(demo_database, campaign_id)
    stations = StationFiguresModel()
    stations.set_rows(figures)
    qtmodeltester.check(stations)
    territories = TerritoryTurnoutModel()
    territories.set_rows(turnout_by_territory(figures))
    qtmodeltester.check(territories)
    counts = CountsModel()
    counts.set_rows([result])
    qtmodeltester.check(counts)


# --- wording and fit (fix round) --------------------------------------------------------------


def test_each_figure_says_what_it_counts(qtbot, demo_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    """The whole-campaign envelope is shared among valid ballots; with Equal Shares per
    territory, among the ballots that chose one of its projects — never « voters »."""
    database = demo_context.database
    page = _page(qtbot, demo_context, _id(database, "air-bel-2021"))
    assert page.result is not None
    whole = page.tr("{count} valid ballots").format(count=page.result.valid)
    assert f"{whole};" in page.ui.partsLabel.text()
    assert page.tr("{count} ballots with at least one of its projects")[8:] not in (
        page.ui.partsLabel.text()
    )
    page.show_campaign(_id(database, "les-flamands-le-mail-2022"))
    result = page.result
    assert result is not None and len(result.parts) == 2
    text = page.ui.partsLabel.text()
    for part in result.parts:
        voters = page.tr("{count} ballots with at least one of its projects").format(
            count=part.voters
        )
        assert f"{part.territory_name}: " in text and voters in text
        # add1 in plain words, « voter » and a capital after the full stop.
        sentence = translate(
            "Vote",
            "With the completion (add1 method), each voter's share was raised step by step "
            "from {start} to {share}, as long as the funded projects stayed within the "
            "envelope ({steps} steps).",
        )
        assert part.add1.startswith(sentence.split("{")[0])
        assert escape(part.add1) in text
    # 255 + 202 ballots for 326 valid ones: the page says why.
    assert sum(p.voters for p in result.parts) > result.valid
    assert "counts in both" in text
    assert "voters;" not in text


def test_the_rounds_say_the_shares_were_raised(qtbot, demo_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_context, _id(demo_context.database, "les-flamands-le-mail-2022"))
    header = page.rounds.headerData(len(page.rounds.headers()) - 1, Qt.Orientation.Horizontal)
    assert header == page.rounds.tr("Shares left")
    tip = page.rounds.headerData(
        len(page.rounds.headers()) - 1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "not what is left of the envelope" in tip
    assert page.ui.roundsNoteLabel.isHidden()  # with the rounds, collapsed
    page.ui.roundsGroup.setChecked(True)
    assert not page.ui.roundsNoteLabel.isHidden()
    assert "raised" in page.ui.roundsNoteLabel.text()


def test_nothing_is_clipped_at_the_usual_size(qtbot, demo_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    """Combos wide enough for their longest choice, the explanation stretches and wraps (its
    tooltip has it whole), the turnout per station fits without scrolling sideways, and a
    negative gap has a true minus sign."""
    page = _page(qtbot, demo_context, _id(demo_context.database, "air-bel-2021"))
    page.show()
    qtbot.waitExposed(page)
    for combo in (page.ui.ruleCombo, page.ui.tieCombo):
        widest = max(
            combo.fontMetrics().horizontalAdvance(combo.itemText(n)) for n in range(combo.count())
        )
        assert combo.width() >= widest + 20
    projects = page.ui.projectsView
    stretch = projects.horizontalHeader().sectionResizeMode(ProjectColumn.EXPLANATION)
    assert stretch is QHeaderView.ResizeMode.Stretch
    assert projects.wordWrap()
    line = page.projects.rows()[0]
    index = page.projects.index(0, ProjectColumn.EXPLANATION)
    assert line.explanation in page.projects.data(index, Qt.ItemDataRole.ToolTipRole)
    page.ui.tabWidget.setCurrentWidget(page.ui.turnoutTab)
    qtbot.waitUntil(lambda: page.ui.stationsView.isVisible())
    stations = page.ui.stationsView
    assert stations.horizontalScrollBar().maximum() == 0
    assert not stations.isColumnHidden(StationColumn.REMARK)
    gaps = [
        page.stations.data(page.stations.index(row, StationColumn.GAP))
        for row in range(page.stations.rowCount())
    ]
    assert "\N{MINUS SIGN}1" in gaps and "-1" not in gaps


def test_the_witnesses_may_draw_the_number_themselves(qtbot, demo_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    database = demo_context.database
    campaign_id = _id(database, "air-bel-2021")
    dialog = TieDrawDialog(database, campaign_id, ("2", "6"), AUTHOR)
    qtbot.addWidget(dialog)
    dialog.ui.witnessesEdit.setText("Nadia M., Jean-Pierre B.")
    dialog.ui.seedEdit.setText("dés")
    dialog.apply()
    assert dialog.ui.seedError.isVisibleTo(dialog)  # refused, nothing recorded
    with database.session() as session:
        assert session.scalar(select(TieDraw.id)) is None
    dialog.ui.seedEdit.setText("4 6 1")
    dialog.apply()
    assert dialog.draw is not None and dialog.draw.seed == 461
