"""« Imprimer les bilans »: the residents' report (A4) and poster (A3) and the end-of-edition
report, printed from the app into the chosen folder, off the GUI thread, all or nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.print_pack import RESIDENTS_POSTER
from pbdesk.ui.dialogs.print_reports import PrintReportsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def followed(database: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    from printing.followup_support import make_followup_campaign

    photos = tmp_path / "photos"
    photos.mkdir()
    return make_followup_campaign(database, photos)


@pytest.fixture
def dialog(qtbot, context: AppContext, followed):  # type: ignore[no-untyped-def]
    widget = PrintReportsDialog(context, followed.id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def generate(qtbot, dialog: PrintReportsDialog, folder: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.ui.folderEdit.setText(str(folder))
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=120_000):
        pass


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(text.split())


def paper(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return "A3" if "(A3)" in info else "A4" if "(A4)" in info else info


def test_the_three_documents_become_pdfs_in_the_folder(
    qtbot, dialog: PrintReportsDialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert dialog.chosen_kinds() == ["followup", RESIDENTS_POSTER, "report"]
    folder = tmp_path / "bilans"
    generate(qtbot, dialog, folder)
    built = {p.kind: p for p in dialog.outcome.built}  # type: ignore[union-attr]
    assert set(built) == {"followup", RESIDENTS_POSTER, "report"}
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.path.name for p in built.values())
    assert paper(built["followup"].path) == "A4"
    assert paper(built[RESIDENTS_POSTER].path) == "A3"
    assert paper(built["report"].path) == "A4"
    money = " ".join(translate("PrintFollowUp", "Where did the money go?").split())
    assert money in pdf_text(built["followup"].path)
    assert money in pdf_text(built[RESIDENTS_POSTER].path)
    edition = " ".join(translate("PrintReport", "End-of-edition report").split())
    assert edition in pdf_text(built["report"].path)
    assert dialog.ui.filesList.count() == 3
    assert dialog.ui.openButton.isEnabled()
    assert not dialog.ui.generalError.isVisible()


def test_large_print_reaches_the_report(qtbot, dialog: PrintReportsDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for kind, check in dialog.checks.items():
        check.setChecked(kind == "followup")
    qtbot.keyClick(dialog.ui.largePrintCheck, Qt.Key.Key_Space)
    assert dialog.ui.largePrintCheck.isChecked()
    [piece] = dialog.pieces(tmp_path)
    assert piece.options.large_print and piece.options.paper == "A4"
    generate(qtbot, dialog, tmp_path / "gros")
    [built] = dialog.outcome.built  # type: ignore[union-attr]
    assert built.path.name == dialog.file_name("followup")
    assert built.path.read_bytes().startswith(b"%PDF")


def test_cancel_leaves_no_file(qtbot, dialog: PrintReportsDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "bilans"
    folder.mkdir()
    dialog.ui.folderEdit.setText(str(folder))
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    task = dialog.task
    assert task is not None
    task.progress.connect(lambda done, total: task.cancel())
    with qtbot.waitSignal(task.finished, timeout=120_000):
        pass
    assert list(folder.iterdir()) == []
    assert dialog.ui.generalError.text() == dialog.tr("Cancelled: no file was written.")
    assert dialog.ui.generateButton.isEnabled()


def test_a_report_open_in_the_viewer_changes_nothing_and_is_named(
    qtbot, monkeypatch, dialog: PrintReportsDialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "bilans"
    folder.mkdir()
    names = [dialog.file_name(kind) for kind in dialog.chosen_kinds()]
    for name in names:
        (folder / name).write_bytes(b"last month")
    busy = folder / dialog.file_name("report")
    replace = Path.replace

    def refusing(self: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
        if self == busy:
            raise PermissionError(13, "Permission denied", str(busy))
        return replace(self, target)

    monkeypatch.setattr(Path, "replace", refusing)
    generate(qtbot, dialog, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    assert all((folder / name).read_bytes() == b"last month" for name in names)
    assert dialog.ui.generalError.text() == QCoreApplication.translate(
        "PrintPackDialog",
        "Close «{name}» in the PDF viewer, then try again: nothing was changed in the folder.",
    ).format(name=busy.name)
    assert dialog.ui.filesList.count() == 0


def test_nothing_ticked_is_refused(qtbot, dialog: PrintReportsDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for check in dialog.checks.values():
        check.setChecked(False)
    dialog.ui.folderEdit.setText(str(tmp_path / "bilans"))
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    assert dialog.task is None
    assert dialog.ui.generalError.text() == dialog.tr("Tick at least one document to print.")
    assert not (tmp_path / "bilans").exists()


def test_a_generated_file_opens_in_the_system_viewer(
    qtbot, monkeypatch, dialog: PrintReportsDialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    for kind, check in dialog.checks.items():
        check.setChecked(kind == RESIDENTS_POSTER)
    generate(qtbot, dialog, tmp_path / "affiche")
    [built] = dialog.outcome.built  # type: ignore[union-attr]
    qtbot.keyClick(dialog.ui.filesList, Qt.Key.Key_Return)
    assert opened == [QUrl.fromLocalFile(str(built.path))]
    # A shortcut reaches an active window only (other tests run beside this one).
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 2


def test_every_alt_letter_leads_to_one_place_and_not_to_a_menu(dialog: PrintReportsDialog) -> None:
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
    assert len(letters) == 8
    assert sorted(letters) == sorted(set(letters))
    assert not set(letters) & set("fcvh" + "fcad")
