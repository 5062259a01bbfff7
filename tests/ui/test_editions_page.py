"""The editions page: every campaign side by side, Enter opens one, Ctrl+E exports to Excel."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.models.editions import UNKNOWN, EditionColumn, EditionsModel
from pbdesk.ui.pages.editions import EditionsPage
from pbdesk.workspace.editions import list_editions


@pytest.fixture
def demo_page(qtbot, demo_database: Database, tmp_path: Path) -> EditionsPage:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    page = EditionsPage(AppContext(database=demo_database, settings=settings, is_demo=True))
    qtbot.addWidget(page)
    page.resize(840, 650)
    page.show()
    page.load()
    return page


def _cell(page: EditionsPage, row: int, column: EditionColumn) -> str:
    return str(page.proxy.index(row, column).data())


def test_the_demo_shows_its_four_editions_oldest_first(demo_page: EditionsPage) -> None:
    assert demo_page.proxy.rowCount() == 4
    assert [_cell(demo_page, row, EditionColumn.NAME) for row in range(4)] == [
        "Belle de Mai 2019",
        "Pertuis 2020",
        "Air Bel 2021",
        "Les Flamands / Le Mail 2022",
    ]
    assert _cell(demo_page, 0, EditionColumn.ENVELOPE) == "32\u202f500\u00a0€"
    # Pertuis decided without a vote: no voters, shown as a dash rather than 0.
    assert _cell(demo_page, 1, EditionColumn.VOTERS) == UNKNOWN
    assert "4" in demo_page.ui.totalsLabel.text()
    assert "252\u202f500\u00a0€" in demo_page.ui.totalsLabel.text()


def test_the_totals_are_whole_sentences(demo_page: EditionsPage) -> None:
    text = demo_page.ui.totalsLabel.text()
    assert ";" not in text and text.endswith(".")
    first = demo_page.tr("Total of {count} editions: {envelope} of envelopes.")
    assert first.format(count=4, envelope="252\u202f500\u00a0€") in text


def test_one_edition_is_counted_in_the_singular(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from conftest import AUTHOR, sample_frame

    from pbdesk.workspace.campaigns import create_campaign

    create_campaign(context.database, sample_frame(), AUTHOR)
    page = EditionsPage(context)
    qtbot.addWidget(page)
    page.load()
    text = page.ui.totalsLabel.text()
    one = page.tr("Total of {count} edition: {envelope} of envelope.")
    assert text.startswith(one.split("{envelope}")[0].format(count=1))
    assert page.tr("{count} application").format(count=0) in text
    assert page.tr("{count} project funded").format(count=0) in text


def test_sorting_by_envelope_uses_the_amounts(demo_page: EditionsPage) -> None:
    demo_page.ui.editionsView.sortByColumn(EditionColumn.ENVELOPE, Qt.SortOrder.DescendingOrder)
    envelopes = [_cell(demo_page, row, EditionColumn.ENVELOPE) for row in range(4)]
    assert envelopes[-1] == "30\u202f000\u00a0€"


def test_enter_on_an_edition_asks_to_open_it(qtbot, demo_page: EditionsPage) -> None:  # type: ignore[no-untyped-def]
    table = demo_page.ui.editionsView
    table.setFocus()
    table.setCurrentIndex(demo_page.proxy.index(2, 0))
    expected = list_editions(demo_page.context.database)[2].campaign_id
    with qtbot.waitSignal(demo_page.campaign_requested) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [expected]


def test_export_to_excel_with_the_keyboard(
    qtbot, demo_page: EditionsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "comparaison"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    demo_page.ui.editionsView.setFocus()
    with qtbot.waitSignal(demo_page.exported) as blocker:
        qtbot.keyClick(demo_page.ui.editionsView, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        # Written off the GUI thread: the button waits for the task to end.
        assert demo_page.task is not None and not demo_page.ui.exportButton.isEnabled()
    written = target.with_name("comparaison.xlsx")
    assert blocker.args == [written] and written.exists()
    qtbot.waitUntil(lambda: demo_page.task is None)
    assert demo_page.ui.exportButton.isEnabled()
    sheet = load_workbook(written).active
    assert sheet is not None
    assert [sheet.cell(row, 1).value for row in range(3, 7)] == [
        "Belle de Mai 2019",
        "Pertuis 2020",
        "Air Bel 2021",
        "Les Flamands / Le Mail 2022",
    ]
    assert sheet.cell(7, 3).value == 252_500


def test_a_failed_export_says_so(
    qtbot, demo_page: EditionsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "fichier"
    blocked.write_text("not a folder")
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(blocked / "editions.xlsx"), "")),
    )
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )
    assert demo_page.export_to_excel() is not None
    qtbot.waitUntil(lambda: demo_page.task is None)
    assert warnings and "editions.xlsx" in warnings[0]
    assert not (blocked / "editions.xlsx").exists()


def test_cancelling_the_export_leaves_no_file(
    qtbot, demo_page: EditionsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    import pbdesk.grids.editions as grids

    target = tmp_path / "editions.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )
    go = threading.Event()
    real = grids.export_editions

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(grids, "export_editions", held)
    task = demo_page.export_to_excel()
    assert task is not None and task.progress_dialog is not None
    with qtbot.waitSignal(task.cancelled):
        task.progress_dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
        go.set()
    qtbot.waitUntil(lambda: demo_page.task is None)
    assert not target.exists() and warnings == []
    assert demo_page.ui.exportButton.isEnabled()


def test_an_empty_workspace_shows_no_edition(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = EditionsPage(context)
    qtbot.addWidget(page)
    page.load()
    assert page.proxy.rowCount() == 0
    assert not page.ui.exportButton.isEnabled()


def test_model(qtmodeltester, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    model = EditionsModel()
    model.set_editions(list_editions(demo_database))
    qtmodeltester.check(model)
