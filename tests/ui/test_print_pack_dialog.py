"""« Préparer le matériel de vote »: pieces ticked become PDFs in the chosen folder, off the GUI
thread; cancel leaves nothing behind; the campaign's print settings are saved from here."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QColorDialog

from pbdesk.domain.vote import VoteSettings
from pbdesk.printing.base import Cancelled, PrintOptions
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.print_pack import STEPS, Piece, PrintPackDialog, build_pack
from pbdesk.workspace.journal import entries
from pbdesk.workspace.polling_stations import StationInput, save_station
from pbdesk.workspace.printing import get_print_settings
from pbdesk.workspace.vote import save_settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def png_bytes() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (60, 30), "#3A7D44").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def stations(database: Database, campaign_id: int) -> tuple[int, ...]:
    save_settings(database, campaign_id, VoteSettings(max_choices=3), AUTHOR)
    return tuple(
        save_station(database, campaign_id, StationInput(name=name, place="École"), AUTHOR)
        for name in ("Bureau Félix-Pyat", "Bureau de la Friche")
    )


@pytest.fixture
def dialog(qtbot, context: AppContext, campaign_id: int, stations: tuple[int, ...]):  # type: ignore[no-untyped-def]
    widget = PrintPackDialog(context, campaign_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def tick_only(dialog: PrintPackDialog, *kinds: str) -> None:
    for kind, check in dialog.checks.items():
        if check.isEnabled():
            check.setChecked(kind in kinds)


def generate(qtbot, dialog: PrintPackDialog, folder: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.ui.folderEdit.setText(str(folder))
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=60_000):
        pass


def test_ticked_pieces_become_one_pdf_each_in_the_folder(
    qtbot, dialog: PrintPackDialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tick_only(dialog, "signin", "pv")
    dialog.ui.copiesSpin.setValue(30)
    folder = tmp_path / "pack"
    generate(qtbot, dialog, folder)
    files = sorted(p.name for p in folder.iterdir())
    assert files == sorted(p.path.name for p in dialog.outcome.built)  # type: ignore[union-attr]
    assert len(files) == 2
    assert all(name.startswith("quartier-test-2026-") and name.endswith(".pdf") for name in files)
    assert all((folder / name).read_bytes().startswith(b"%PDF") for name in files)
    assert dialog.ui.filesList.count() == 2
    assert dialog.ui.openButton.isEnabled()
    assert not dialog.ui.generalError.isVisible()


def test_one_station_only_names_its_files_after_it(
    qtbot, dialog: PrintPackDialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tick_only(dialog, "signin")
    dialog.ui.stationCombo.setCurrentIndex(dialog.ui.stationCombo.findText("Bureau de la Friche"))
    generate(qtbot, dialog, tmp_path)
    assert [p.name for p in tmp_path.glob("*.pdf")] == [
        "quartier-test-2026-{}-bureau-de-la-friche.pdf".format(dialog.tr("sign-in-sheets"))
    ]


def test_cancel_stops_and_leaves_no_file(qtbot, dialog: PrintPackDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tick_only(dialog, "signin", "pv")
    dialog.ui.copiesSpin.setValue(20_000)  # hundreds of pages: still running when cancelled
    folder = tmp_path / "pack"
    folder.mkdir()
    dialog.ui.folderEdit.setText(str(folder))
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    task = dialog.task
    assert task is not None
    task.progress.connect(lambda done, total: task.cancel())
    with qtbot.waitSignal(task.cancelled, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: dialog.task is None)
    assert list(folder.iterdir()) == []
    assert dialog.ui.generalError.text() == dialog.tr("Cancelled: no file was written.")
    assert dialog.ui.filesList.count() == 0
    assert dialog.ui.generateButton.isEnabled()


def test_a_pack_cancelled_in_its_second_piece_keeps_not_even_the_first(
    database: Database, campaign_id: int, stations: tuple[int, ...], tmp_path: Path
) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    pieces = [
        Piece("signin", folder / "a.pdf", PrintOptions(copies=5)),
        Piece("pv", folder / "b.pdf", PrintOptions()),
    ]
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    with pytest.raises(Cancelled):
        build_pack(database, campaign_id, pieces, progress, lambda: bool(seen) and seen[-1] > STEPS)
    assert seen[-1] > STEPS  # the first piece was built
    assert list(folder.iterdir()) == []


def test_a_refused_piece_says_why_and_the_others_are_built(
    qtbot, dialog: PrintPackDialog, database: Database, campaign_id: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert not dialog.ui.resultsCheck.isEnabled()  # nothing published
    dialog.ui.resultsCheck.setEnabled(True)  # as if published since the dialog opened
    tick_only(dialog, "signin", "results")
    generate(qtbot, dialog, tmp_path)
    assert [p.kind for p in dialog.outcome.built] == ["signin"]  # type: ignore[union-attr]
    assert [p.name for p in tmp_path.glob("*.pdf")] == [dialog.file_name("signin")]
    assert dialog.ui.generalError.isVisible()
    from pbdesk.workspace.print_vote_day import not_published_message

    assert not_published_message() in dialog.ui.generalError.text()


def test_nothing_ticked_is_refused_in_one_sentence(
    qtbot, dialog: PrintPackDialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tick_only(dialog)
    dialog.ui.folderEdit.setText(str(tmp_path / "pack"))
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    assert dialog.task is None
    assert dialog.ui.generalError.text() == dialog.tr("Tick at least one piece to print.")
    assert not (tmp_path / "pack").exists()


def test_print_settings_are_saved_with_ctrl_s_and_journaled(
    qtbot,
    monkeypatch,
    dialog: PrintPackDialog,
    database: Database,
    campaign_id: int,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#aa3300")))
    qtbot.mouseClick(dialog.ui.accentButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.accentButton.text() == "#AA3300"
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    dialog.set_logo(logo)
    dialog.ui.orderCombo.setCurrentIndex(dialog.ui.orderCombo.findData("random"))
    dialog.ui.copiesSpin.setValue(350)
    dialog.ui.contactEdit.setFocus()
    qtbot.keyClicks(dialog.ui.contactEdit, "DPO  de la Ville, dpo@ville.fr ")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = get_print_settings(database, campaign_id)
    assert (saved.accent, saved.project_order, saved.ballots_per_station) == (
        "#AA3300",
        "random",
        350,
    )
    assert saved.data_contact == "DPO de la Ville, dpo@ville.fr"
    assert dialog.ui.contactEdit.text() == saved.data_contact  # shown as kept
    assert not dialog.settings_changed()
    assert saved.has_logo and saved.logo_filename == "logo.png"
    assert saved.random_seed is not None
    assert dialog.ui.settingsStatusLabel.text() == dialog.tr("Saved.")
    assert any(entry.action == "print.settings" for entry in entries(database, campaign_id))


def test_a_logo_that_is_no_picture_is_refused_and_nothing_saved(
    qtbot, dialog: PrintPackDialog, database: Database, campaign_id: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not a picture")
    dialog.set_logo(bad)
    qtbot.mouseClick(dialog.ui.saveSettingsButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.settingsError.isVisible()
    assert "PNG" in dialog.ui.settingsError.text()
    assert not get_print_settings(database, campaign_id).saved


def test_generated_files_open_in_the_system_viewer(
    qtbot, monkeypatch, dialog: PrintPackDialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    tick_only(dialog, "pv")
    generate(qtbot, dialog, tmp_path)
    qtbot.mouseClick(dialog.ui.openButton, Qt.MouseButton.LeftButton)
    [built] = dialog.outcome.built  # type: ignore[union-attr]
    assert opened == [QUrl.fromLocalFile(str(built.path))]
    # A shortcut reaches an active window only (other tests run beside this one).
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # print: the viewer
    assert len(opened) == 2


def test_every_alt_letter_leads_to_one_place(dialog: PrintPackDialog) -> None:
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

    letters = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if "&" in text.replace("&&", ""):
            letters.append(text.replace("&&", "").split("&", 1)[1][0].lower())
    assert len(letters) >= 20
    assert sorted(letters) == sorted(set(letters))


def test_the_posters_come_with_the_vote_day_poster_in_its_own_file(
    qtbot, dialog: PrintPackDialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from printing.support import make_print_campaign

    from pbdesk.ui.dialogs.print_pack import VOTE_DAY

    campaign = make_print_campaign(dialog.context.database, slug="affiches-2026")
    dialog.campaign_id = campaign.id
    dialog.load()
    tick_only(dialog, "posters")
    generate(qtbot, dialog, tmp_path)
    built = {p.kind: p for p in dialog.outcome.built}  # type: ignore[union-attr]
    assert set(built) == {"posters", VOTE_DAY}
    assert built[VOTE_DAY].pages == 1 and built[VOTE_DAY].path.exists()
    assert built["posters"].pages == len(campaign.titles)
    assert dialog.ui.filesList.count() == 2
    assert not dialog.ui.generalError.isVisible()


def test_a_campaign_decided_without_a_vote_is_offered_only_posters_and_booklet(
    qtbot, context: AppContext, database: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from printing.test_designation_and_vote_day import NO_VOTE_PAPERS, designated

    campaign = designated(database, tmp_path)
    dialog = PrintPackDialog(context, campaign.id)
    qtbot.addWidget(dialog)
    dialog.show()
    for kind in ("ballots", "signin", "pv", "results"):
        check = dialog.checks[kind]
        assert not check.isEnabled() and not check.isChecked()
        assert check.toolTip() == NO_VOTE_PAPERS
    assert dialog.chosen_kinds() == ["posters", "booklet"]
    folder = tmp_path / "pack"
    generate(qtbot, dialog, folder)
    assert [p.kind for p in dialog.outcome.built] == ["posters", "booklet"]  # type: ignore[union-attr]
    assert len(list(folder.glob("*.pdf"))) == 2
    assert not dialog.ui.generalError.isVisible()


@pytest.mark.parametrize("stage", ["moving-aside", "renaming-the-new-file"])
def test_a_file_open_in_the_viewer_stops_the_pack_and_changes_nothing(
    qtbot, monkeypatch, dialog: PrintPackDialog, tmp_path: Path, stage: str
) -> None:  # type: ignore[no-untyped-def]
    """On Windows a PDF open in the viewer cannot be replaced: the pack is all or nothing —
    the files already there keep their content, no temporary file stays, and the sentence
    says which file to close."""
    from PySide6.QtCore import QCoreApplication

    folder = tmp_path / "pack"
    folder.mkdir()
    tick_only(dialog, "signin", "pv")
    names = [dialog.file_name("signin"), dialog.file_name("pv")]
    for name in names:
        (folder / name).write_bytes(b"printed last week: " + name.encode())
    busy = folder / names[1]  # the second file: the first one is already handled
    replace = Path.replace

    def refusing(self: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
        if stage == "moving-aside":
            blocked = self == busy
        else:  # the new file cannot take the old one's place (the old one was moved aside)
            blocked = self.name.endswith(".part") and Path(target) == busy
        if blocked:
            raise PermissionError(13, "Permission denied", str(busy))
        return replace(self, target)

    monkeypatch.setattr(Path, "replace", refusing)
    generate(qtbot, dialog, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)  # no .part, no backup
    for name in names:
        assert (folder / name).read_bytes() == b"printed last week: " + name.encode()
    text = dialog.ui.generalError.text()
    assert dialog.ui.generalError.isVisible()
    assert text == QCoreApplication.translate(
        "PrintPackDialog",
        "Close «{name}» in the PDF viewer, then try again: nothing was changed in the folder.",
    ).format(name=names[1])
    assert dialog.ui.filesList.count() == 0
    monkeypatch.setattr(Path, "replace", replace)  # the viewer closed: it works again
    generate(qtbot, dialog, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    assert all((folder / name).read_bytes().startswith(b"%PDF") for name in names)


def test_a_new_pack_that_cannot_be_put_in_place_leaves_no_file(
    monkeypatch, database: Database, campaign_id: int, stations: tuple[int, ...], tmp_path: Path
) -> None:
    from pbdesk.ui.dialogs.print_pack import FileNotReplaced

    folder = tmp_path / "pack"
    folder.mkdir()
    pieces = [
        Piece("signin", folder / "a.pdf", PrintOptions(copies=5)),
        Piece("pv", folder / "b.pdf", PrintOptions()),
    ]
    replace = Path.replace

    def refusing(self: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
        if Path(target).name == "b.pdf":
            raise OSError(28, "No space left on device")
        return replace(self, target)

    monkeypatch.setattr(Path, "replace", refusing)
    with pytest.raises(FileNotReplaced) as failed:
        build_pack(database, campaign_id, pieces, lambda done, total: None, lambda: False)
    assert failed.value.path == folder / "b.pdf"
    assert list(folder.iterdir()) == []
