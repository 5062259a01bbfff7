"""Project files in the app: exporting a campaign, then reading a file, seeing what importing
it does before anything is written, settling conflicts, importing all or nothing; a hostile
file is refused in one French sentence; ``pbdesk FILE.pbdesk`` opens the import."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import AUTHOR, sample_frame
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from pbdesk import cli
from pbdesk.exchange.project_file import export_campaign
from pbdesk.store.database import Database, open_database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.export_project import ExportProjectDialog
from pbdesk.ui.dialogs.import_project import ImportProjectDialog
from pbdesk.ui.main_window import MainWindow
from pbdesk.ui.models.project_import import (
    ConflictColumn,
    field_label,
    field_source,
    kind_label,
)
from pbdesk.workspace.campaigns import get_frame, list_campaigns, save_frame

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    """A second laptop: an empty database of its own."""
    database = open_database(tmp_path / "other.sqlite3")
    yield database
    database.close()


def context_of(database: Database, tmp_path: Path, name: str) -> AppContext:
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    settings.setValue("author", AUTHOR)
    return AppContext(database=database, settings=settings)


def planned(qtbot, context: AppContext, path: Path) -> ImportProjectDialog:  # type: ignore[no-untyped-def]
    """The import dialog once it read the file (the summary or the refusal shown)."""
    dialog = ImportProjectDialog(context, path)
    qtbot.addWidget(dialog)
    dialog.read()
    qtbot.waitUntil(lambda: dialog.task is None)
    return dialog


def import_now(qtbot, dialog: ImportProjectDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.ui.importButton.click()
    assert dialog.import_result is not None


def rename(database: Database, campaign_id: int, name: str) -> None:
    frame = get_frame(database, campaign_id)
    save_frame(database, campaign_id, sample_frame(name=name), AUTHOR, version=frame.version)


def test_export_then_import_into_an_empty_database_through_the_dialogs(
    qtbot, context, campaign_id, other, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    export = ExportProjectDialog(context, campaign_id)
    qtbot.addWidget(export)
    export.show()
    # The file is named after the campaign's short name.
    assert Path(export.ui.fileEdit.text()).name == "quartier-test-2026.pbdesk"
    # Personal data stays home unless asked for, and asking says why it matters.
    assert not export.ui.personalCheck.isChecked()
    assert not export.ui.personalWarning.isVisible()
    export.ui.personalCheck.click()
    assert export.ui.personalWarning.isVisible()
    assert "personal data" in export.ui.personalWarning.text()  # Qt's French is not loaded
    export.ui.personalCheck.click()
    assert not export.ui.personalWarning.isVisible()

    target = tmp_path / "envoi" / "pour-la-voisine"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    export.ui.browseButton.click()
    with qtbot.waitSignal(export.accepted, timeout=20_000):
        export.ui.exportButton.click()
    written = target.with_name("pour-la-voisine.pbdesk")
    assert export.export_result is not None and export.export_result.path == written
    with zipfile.ZipFile(written) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["personal_data"] is False
    assert "Quartier Test 2026" in export.status_message()

    # The other laptop reads it: the summary shows, nothing is written yet.
    receiving = context_of(other, tmp_path, "other")
    dialog = planned(qtbot, receiving, written)
    assert dialog.ui.stack.currentWidget() is dialog.ui.planPage
    summary = dialog.ui.summaryLabel.text()
    assert "Quartier Test 2026" in summary and "ajoutée" in summary
    kinds = [dialog.kinds.index(row, 0).data() for row in range(dialog.kinds.rowCount())]
    assert kinds and dialog.ui.importButton.isEnabled()
    assert not dialog.ui.conflictsView.isVisibleTo(dialog)
    assert list_campaigns(other) == [], "nothing is written before «Importer»"

    import_now(qtbot, dialog)
    (campaign,) = list_campaigns(other)
    assert campaign.uuid == list_campaigns(context.database)[0].uuid
    assert campaign.name == "Quartier Test 2026"
    assert "Quartier Test 2026" in dialog.status_message()


@pytest.mark.parametrize("take_file", [True, False], ids=["incoming", "local"])
def test_a_conflict_is_settled_side_by_side(
    qtbot, qtmodeltester, context, campaign_id, other, tmp_path, take_file
) -> None:  # type: ignore[no-untyped-def]
    shared = tmp_path / "partage.pbdesk"
    export_campaign(context.database, campaign_id, shared)
    receiving = context_of(other, tmp_path, "other")
    import_now(qtbot, planned(qtbot, receiving, shared))
    (there,) = list_campaigns(other)
    # Both laptops rename the campaign after they parted.
    rename(other, there.id, "Quartier Test 2026 (ordinateur B)")
    rename(context.database, campaign_id, "Quartier Test 2026 (ordinateur A)")
    back = tmp_path / "retour.pbdesk"
    export_campaign(other, there.id, back)

    dialog = planned(qtbot, context, back)
    assert dialog.ui.conflictsView.isVisibleTo(dialog)
    model = dialog.conflicts
    qtmodeltester.check(model)
    qtmodeltester.check(dialog.kinds)
    lines = {model.index(row, ConflictColumn.FIELD).data(): row for row in range(model.rowCount())}
    row = lines[field_label("name")]
    assert model.index(row, ConflictColumn.HERE).data() == "Quartier Test 2026 (ordinateur A)"
    assert model.index(row, ConflictColumn.INCOMING).data() == "Quartier Test 2026 (ordinateur B)"
    assert get_frame(context.database, campaign_id).name == "Quartier Test 2026 (ordinateur A)"
    # The choice reads like a pair of radio buttons: here, or the file (here by default).
    here, the_file = model.tr("here"), model.tr("the file")
    assert model.index(row, ConflictColumn.KEPT).data() == f"◉ {here}   ○ {the_file}"
    if take_file:
        dialog.ui.takeAllButton.click()
        assert model.keeps_file(row)
        assert model.index(row, ConflictColumn.KEPT).data() == f"○ {here}   ◉ {the_file}"
    else:
        dialog.ui.takeAllButton.click()
        dialog.ui.keepAllButton.click()
    import_now(qtbot, dialog)
    expected = "ordinateur B" if take_file else "ordinateur A"
    assert get_frame(context.database, campaign_id).name == f"Quartier Test 2026 ({expected})"
    assert dialog.import_result is not None
    assert dialog.import_result.taken == (1 if take_file else 0)


def test_one_conflict_is_switched_with_the_keyboard(
    qtbot, context, campaign_id, other, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    shared = tmp_path / "partage.pbdesk"
    export_campaign(context.database, campaign_id, shared)
    import_now(qtbot, planned(qtbot, context_of(other, tmp_path, "other"), shared))
    (there,) = list_campaigns(other)
    rename(other, there.id, "Nom B")
    rename(context.database, campaign_id, "Nom A")
    back = tmp_path / "retour.pbdesk"
    export_campaign(other, there.id, back)
    dialog = planned(qtbot, context, back)
    view = dialog.ui.conflictsView
    dialog.show()
    view.setFocus()
    view.setCurrentIndex(dialog.conflicts.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert all(conflict.take_file for conflict in dialog.plan.conflicts)  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not any(conflict.take_file for conflict in dialog.plan.conflicts)  # type: ignore[union-attr]
    # A double-click switches too.
    view.doubleClicked.emit(dialog.conflicts.index(0, ConflictColumn.KEPT))
    assert all(conflict.take_file for conflict in dialog.plan.conflicts)  # type: ignore[union-attr]


def _not_a_zip(path: Path) -> str:
    path.write_bytes(b"MZ\x90\x00 ceci n'est pas une archive zip")
    return "n’est pas un fichier projet pbdesk"


def _escaping_member(path: Path) -> str:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("../../Démarrage/evil.bat", "echo pwned")
    return "chemin dangereux"


@pytest.mark.parametrize("make", [_not_a_zip, _escaping_member], ids=["not-a-zip", "escaping"])
def test_a_hostile_file_is_refused_in_one_french_sentence_and_nothing_changes(
    qtbot, context, campaign_id, tmp_path, make
) -> None:  # type: ignore[no-untyped-def]
    from exchange.support import row_counts

    evil = tmp_path / "cadeau.pbdesk"
    expected = make(evil)
    before = row_counts(context.database)
    dialog = planned(qtbot, context, evil)
    message = dialog.refused_message()
    assert "cadeau.pbdesk" in message and expected in message
    assert "\n" not in message
    assert not dialog.ui.importButton.isVisibleTo(dialog)
    assert row_counts(context.database) == before
    assert not (tmp_path.parent / "Démarrage").exists()


def test_the_welcome_page_imports_a_file_through_the_main_window(
    qtbot, context, campaign_id, other, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shared = tmp_path / "partage.pbdesk"
    export_campaign(context.database, campaign_id, shared)
    receiving = context_of(other, tmp_path, "other")
    window = MainWindow(receiving)
    qtbot.addWidget(window)
    assert window.ui.pageStack.currentWidget() is window.welcome
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(shared), ""))
    )

    def run(dialog: ImportProjectDialog) -> int:
        qtbot.waitUntil(lambda: dialog.task is None)
        assert list_campaigns(other) == []
        import_now(qtbot, dialog)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(ImportProjectDialog, "exec", run)
    window.welcome.ui.importButton.click()
    (campaign,) = list_campaigns(other)
    assert window.ui.pageStack.currentWidget() is window.dashboard
    assert window.dashboard.campaign_id == campaign.id
    assert "Quartier Test 2026" in window.ui.statusBar.currentMessage()


def test_a_lone_project_file_on_the_command_line_opens_the_import(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pbdesk.app

    assert cli.project_file_as_option(["C:\\Projets\\Air Bel.PBDESK"]) == [
        "--open",
        "C:\\Projets\\Air Bel.PBDESK",
    ]
    assert cli.project_file_as_option(["--db", "w.sqlite3", "x.pbdesk"]) == [
        "--db",
        "w.sqlite3",
        "--open",
        "x.pbdesk",
    ]
    # The sub-commands are read as before.
    for argv in (["import", "x.pbdesk"], ["export", "1", "x.pbdesk"], ["frobnicate"]):
        assert cli.project_file_as_option(argv) == argv
    seen: list[dict[str, object]] = []
    monkeypatch.setattr(pbdesk.app, "run_app", lambda **kwargs: seen.append(kwargs) or 0)
    monkeypatch.setattr(cli, "_import_headless_layers_first", lambda: None)
    assert cli.main(["--db", "w.sqlite3", "projet.pbdesk"]) == 0
    assert cli.main(["--open", "autre.pbdesk"]) == 0
    assert [call["open_file"] for call in seen] == ["projet.pbdesk", "autre.pbdesk"]
    assert seen[0]["db"] == "w.sqlite3"


def test_double_signatures_of_the_vote_day_are_flagged_before_import(
    qtbot, database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from vote.support import make_vote_campaign

    from pbdesk.store.models import PollingStation
    from pbdesk.workspace.vote_register import sign_in

    voting = make_vote_campaign(database)
    prepared = tmp_path / "jour-du-vote.pbdesk"
    export_campaign(database, voting.id, prepared, include_personal_data=True)
    b = open_database(tmp_path / "b.sqlite3")
    try:
        context_b = context_of(b, tmp_path, "b")
        import_now(qtbot, planned(qtbot, context_b, prepared))
        (campaign_b,) = list_campaigns(b)

        def station(db: Database, campaign: int) -> int:
            from sqlalchemy import select

            with db.session() as session:
                return session.scalars(
                    select(PollingStation.id).where(PollingStation.campaign_id == campaign)
                ).first()

        assert sign_in(database, station(database, voting.id), "Martin", "Léa", date(1990, 5, 17))
        for name in ("Martin", "Bernard"):
            assert sign_in(b, station(b, campaign_b.id), name, "Léa", date(1990, 5, 17)).signed
        back = tmp_path / "ordinateur-b.pbdesk"
        export_campaign(b, campaign_b.id, back, include_personal_data=True)
    finally:
        b.close()
    dialog = planned(qtbot, context_of(database, tmp_path, "a"), back)
    assert dialog.summary is not None
    assert dialog.summary.sign_ins_added == 2
    assert dialog.summary.double_signatures == 1
    text = dialog.ui.voteDayLabel.text()
    assert "2" in text and "1" in text and dialog.ui.voteDayLabel.isVisibleTo(dialog)


def test_alt_letters_are_unique_in_the_project_file_dialogs(qtbot, context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from test_main_window import mnemonics

    from pbdesk.ui.dialogs.backups import BackupsDialog

    evil = tmp_path / "x.pbdesk"
    evil.write_bytes(b"x")
    dialogs = [
        ExportProjectDialog(context, None),
        ImportProjectDialog(context, evil),
        BackupsDialog(context.database.path),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        letters = mnemonics(dialog)
        assert letters and sorted(letters) == sorted(set(letters)), (type(dialog), letters)


def test_the_welcome_button_asks_for_a_project_file_and_giving_up_changes_nothing(
    qtbot, context, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.ui.pageStack.currentWidget() is window.welcome
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda parent, title, folder, filters: asked.append(filters) or ("", "")),
    )
    window.welcome.ui.importButton.click()
    assert asked and "*.pbdesk" in asked[0]
    assert window.ui.pageStack.currentWidget() is window.welcome
    assert list_campaigns(context.database) == []


def test_every_column_and_table_of_the_schema_has_a_french_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A conflict names the field the user knows («lieu»), never the column («place»)."""
    from pbdesk.store.models import Base
    from pbdesk.ui.models.project_import import _FIELDS, _TABLE_FIELDS

    raw = []
    for table in Base.metadata.sorted_tables:
        assert kind_label(table.name) not in (table.name, table.name.replace("_", " "))
        for column in table.columns:
            # Named explicitly, not guessed from its suffix.
            assert (table.name, column.name) in _TABLE_FIELDS or column.name in _FIELDS
            label = field_label(column.name, table.name)
            if not label or label.casefold() in (column.name, column.name.replace("_", " ")):
                raw.append(f"{table.name}.{column.name}: {label}")
    assert raw == []
    # A column of a newer schema still gets a word, from its suffix.
    assert field_source("subsidy_cents") == field_source("amount_cents")
    assert field_label("handed_over_on") == field_label("held_on")
    assert field_label("frobnication") != "frobnication"


def test_the_ballots_arriving_are_counted_as_the_count_does(qtbot, database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from vote.support import make_vote_campaign

    from pbdesk.domain.vote import VoteSettings
    from pbdesk.workspace import ballots

    voting = make_vote_campaign(
        database, settings=VoteSettings(max_choices=3, double_entry=True), stations=2
    )

    def typed(station: int, operator: str, lines: list[str]) -> None:
        entry = ballots.open_entry(database, station, operator, AUTHOR)
        for line in lines:
            assert ballots.enter_ballot(database, entry.id, line, AUTHOR).stored
        ballots.close_entry(database, entry.id, AUTHOR)

    # Three ballots typed twice (entries A and B), two typed once: five ballots, not eight.
    first, second = voting.stations
    typed(first, "Karim", ["1 2", "3", ""])
    typed(first, "Sophie", ["1 2", "3", ""])
    typed(second, "Karim", ["4", "1"])
    shared = tmp_path / "urnes.pbdesk"
    export_campaign(database, voting.id, shared)
    b = open_database(tmp_path / "b.sqlite3")
    try:
        dialog = planned(qtbot, context_of(b, tmp_path, "b"), shared)
        summary = dialog.summary
        assert summary is not None
        assert (summary.ballots_added, summary.ballots_double_entered) == (5, 3)
        text = dialog.ui.voteDayLabel.text()
        assert dialog.ui.voteDayLabel.isVisibleTo(dialog)
        assert text == dialog.vote_day_sentence(summary, merge=False)
        assert "5" in text and "3" in text and "8" not in text
        # Into an empty database nothing is «united with those here».
        united = dialog.tr("They are united with those of this database, without duplicates.")
        assert united not in text
        assert united in dialog.vote_day_sentence(summary, merge=True)
    finally:
        b.close()


def test_the_import_dialog_gives_its_room_to_what_matters(
    qtbot, demo_database, other, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    campaign = max(list_campaigns(demo_database), key=lambda c: c.name.startswith("Air Bel"))
    shared = tmp_path / "partage.pbdesk"
    export_campaign(demo_database, campaign.id, shared)
    receiving = context_of(other, tmp_path, "other")
    # A new campaign: the records by kind take the room, far more than 8 lines of them.
    dialog = planned(qtbot, receiving, shared)
    dialog.resize(860, 620)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.ui.kindsView
    assert dialog.kinds.rowCount() > 12
    shown = view.viewport().height() // view.rowHeight(0)
    assert shown >= 15
    # And a table that fits is not stretched: the room left stays below it.
    assert view.height() <= view.maximumHeight()
    assert not dialog.ui.nothingLabel.isVisibleTo(dialog)
    import_now(qtbot, dialog)

    # The same file again: nothing to import, said plainly at the top, no grey text.
    again = planned(qtbot, receiving, shared)
    again.show()
    qtbot.waitExposed(again)
    assert again.ui.nothingLabel.isVisible()
    assert again.ui.nothingLabel.text() == again.tr(
        "Nothing to import: «{campaign}» is already in this database, with everything the "
        "file holds."
    ).format(campaign=campaign.name)
    assert again.summary is not None
    assert again.ui.summaryLabel.text() == "\n".join(again.summary.lines[1:])
    assert "palette(mid)" not in again.ui.nothingLabel.styleSheet()
    assert "palette(mid)" not in again.ui.noteLabel.styleSheet()
    assert not again.ui.importButton.isVisible()
    assert again.ui.closeButton.hasFocus() or again.focusWidget() is again.ui.closeButton
