"""Correcting payments, milestones and updates of a followed project through their dialogs,
opened from the follow-up page: what changes on the page and in the residents' report, and
what a refusal leaves untouched."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QWidget,
)
from test_followup_page import TODAY, add_projects

from pbdesk.domain.followup import InstalmentInput, MilestoneInput, MilestoneStatus, UpdateInput
from pbdesk.domain.money import format_euros
from pbdesk.printing.followup import resident_report
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.instalment import InstalmentDialog
from pbdesk.ui.dialogs.milestone import MilestoneDialog
from pbdesk.ui.dialogs.project_update import ProjectUpdateDialog
from pbdesk.ui.fields import to_qdate
from pbdesk.ui.models.followup import MilestoneColumn, ProjectColumn
from pbdesk.ui.pages.followup import FollowUpPage
from pbdesk.workspace import journal
from pbdesk.workspace.followup.projects import list_projects, project_detail
from pbdesk.workspace.followup.records import (
    add_photo,
    photo_content,
    save_instalment,
    save_milestone,
    save_update,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def projects(database: Database, campaign_id: int) -> list[int]:
    return add_projects(
        database, campaign_id, [("Jardin partage", "10 000"), ("Fresque du square", "5 000")]
    )


@pytest.fixture
def page(qtbot, context: AppContext, campaign_id: int, projects: list[int]) -> FollowUpPage:  # type: ignore[no-untyped-def]
    """The page showing the first of two funded projects."""
    widget = FollowUpPage(context)
    qtbot.addWidget(widget)
    widget.today = TODAY
    widget.resize(840, 650)
    widget.show_campaign(campaign_id)
    widget.show()
    return widget


def _focus(qtbot, page: FollowUpPage, tab: QWidget, view: QWidget) -> None:  # type: ignore[no-untyped-def]
    page.ui.detailTabs.setCurrentWidget(tab)
    page.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def _focus_in(qtbot, dialog: QDialog, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    dialog.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _ok(dialog: QDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]


def _photo(folder: Path, name: str, colour: str) -> Path:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = folder / name
    assert image.save(str(path))
    return path


def test_correcting_a_milestone_planned_date_removes_its_late_flag(
    qtbot, page: FollowUpPage, database: Database, projects: list[int]
) -> None:  # type: ignore[no-untyped-def]
    save_milestone(database, projects[0], MilestoneInput("Devis", date(2026, 10, 1)), AUTHOR)
    page.load()
    assert page.milestones.index(0, MilestoneColumn.STATUS).data() == "late"
    _focus(qtbot, page, page.ui.milestonesTab, page.ui.milestonesView)
    page.ui.milestonesView.selectRow(0)
    qtbot.keyClick(page.ui.milestonesView, Qt.Key.Key_F2)
    dialog = page.dialog
    assert isinstance(dialog, MilestoneDialog)
    assert dialog.ui.titleEdit.text() == "Devis"
    dialog.ui.plannedOnEdit.setDate(to_qdate(date(2026, 12, 15)))
    with qtbot.waitSignal(page.changed):
        _ok(dialog)
    status = page.milestones.index(0, MilestoneColumn.STATUS)
    assert status.data() == MilestoneStatus.PLANNED.label
    assert status.data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.milestones.index(0, MilestoneColumn.PLANNED_ON).data() == "15/12/2026"
    assert list_projects(database, page.campaign_id, TODAY)[0].late_milestones == 0
    project_status = page.proxy.index(0, ProjectColumn.STATUS)
    assert project_status.data(Qt.ItemDataRole.ForegroundRole) is None
    assert journal.entries(database, page.campaign_id, limit=1)[0].action == "followup.milestone"


def test_ticking_the_reached_date_makes_the_milestone_reached(
    qtbot, page: FollowUpPage, database: Database, projects: list[int]
) -> None:  # type: ignore[no-untyped-def]
    save_milestone(database, projects[0], MilestoneInput("Devis", date(2026, 10, 1)), AUTHOR)
    page.load()
    page.ui.milestonesView.selectRow(0)
    page.edit_milestone()
    dialog = page.dialog
    assert isinstance(dialog, MilestoneDialog)
    dialog.ui.doneOnEdit.enabled_box.setChecked(True)
    assert dialog.status() is MilestoneStatus.DONE
    dialog.ui.statusCombo.setCurrentIndex(
        dialog.ui.statusCombo.findData(MilestoneStatus.PLANNED.value)
    )
    assert dialog.ui.doneOnEdit.value() is None  # planned again: no reached date
    dialog.ui.doneOnEdit.enabled_box.setChecked(True)
    with qtbot.waitSignal(page.changed):
        _ok(dialog)
    milestone = project_detail(database, projects[0], TODAY).milestones[0]
    assert (milestone.status, milestone.done_on, milestone.late) == (
        MilestoneStatus.DONE,
        TODAY,
        False,
    )


def test_editing_an_instalment_paid_amount_changes_the_paid_total_and_the_bar(
    qtbot, page: FollowUpPage, database: Database, projects: list[int]
) -> None:  # type: ignore[no-untyped-def]
    save_instalment(
        database,
        projects[0],
        InstalmentInput(date(2026, 3, 1), "5 000", date(2026, 3, 15), "4 500"),
        AUTHOR,
    )
    save_instalment(database, projects[0], InstalmentInput(date(2026, 12, 1), "5 000"), AUTHOR)
    page.load()
    assert page.ui.subsidyBar.paid == 450_000
    assert format_euros(450_000) in page.ui.instalmentTotalLabel.text()
    _focus(qtbot, page, page.ui.subsidyTab, page.ui.instalmentsView)
    page.ui.instalmentsView.selectRow(0)
    qtbot.keyClick(page.ui.instalmentsView, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, InstalmentDialog)
    assert dialog.ui.paidOnEdit.value() == date(2026, 3, 15)
    dialog.ui.paidEdit.clear()
    qtbot.keyClicks(dialog.ui.paidEdit, "5000")
    with qtbot.waitSignal(page.changed):
        _ok(dialog)
    assert page.ui.subsidyBar.paid == 500_000
    assert page.ui.subsidyBar.allocated == 1_000_000
    assert format_euros(500_000) in page.ui.instalmentTotalLabel.text()
    assert list_projects(database, page.campaign_id, TODAY)[0].subsidy_paid_cents == 500_000
    assert page.ui.instalmentsView.currentIndex().row() == 0
    entry = journal.entries(database, page.campaign_id, limit=1)[0]
    assert entry.action == "followup.instalment" and format_euros(500_000) in entry.summary


def test_an_invalid_amount_is_said_next_to_the_field_and_nothing_changes(
    qtbot, page: FollowUpPage, database: Database, projects: list[int]
) -> None:  # type: ignore[no-untyped-def]
    save_instalment(database, projects[0], InstalmentInput(date(2026, 12, 1), "5 000"), AUTHOR)
    page.load()
    before = project_detail(database, projects[0], TODAY)
    logged = len(journal.entries(database, page.campaign_id))
    page.ui.instalmentsView.selectRow(0)
    page.edit_instalment()
    dialog = page.dialog
    assert isinstance(dialog, InstalmentDialog)
    dialog.ui.plannedEdit.clear()
    qtbot.keyClicks(dialog.ui.plannedEdit, "cinq mille")
    dialog.ui.plannedOnEdit.setDate(to_qdate(date(2027, 1, 5)))
    _ok(dialog)
    assert dialog.isVisible()
    error = dialog.ui.plannedError
    assert error.isVisible()
    assert error.text() == "« cinq mille » n’est pas un montant en euros (deux décimales au plus)."
    assert project_detail(database, projects[0], TODAY) == before
    assert len(journal.entries(database, page.campaign_id)) == logged
    # A paid amount without the date of the payment: said next to the date.
    dialog.ui.plannedEdit.setText("5 000")
    dialog.ui.paidOnEdit.enabled_box.setChecked(True)
    qtbot.keyClicks(dialog.ui.paidEdit, "abc")
    _ok(dialog)
    assert dialog.ui.paidError.isVisible() and not dialog.ui.plannedError.isVisible()
    assert project_detail(database, projects[0], TODAY) == before
    dialog.reject()
    assert page.dialog is None


def test_an_update_switched_to_internal_leaves_the_residents_report(
    qtbot, page: FollowUpPage, database: Database, projects: list[int]
) -> None:  # type: ignore[no-untyped-def]
    save_update(
        database, projects[0], UpdateInput(date(2026, 9, 1), "Les bacs sont poses.", True), AUTHOR
    )
    page.load()

    def news() -> str:
        report = resident_report(database, page.campaign_id)
        return next(p.news for p in report.projects if p.application_id == projects[0])

    assert news() == "Les bacs sont poses."
    _focus(qtbot, page, page.ui.updatesTab, page.ui.updatesView)
    page.ui.updatesView.selectRow(0)
    qtbot.keyClick(page.ui.updatesView, Qt.Key.Key_F2)
    dialog = page.dialog
    assert isinstance(dialog, ProjectUpdateDialog)
    assert dialog.ui.publicCheck.isChecked()
    dialog.ui.publicCheck.setChecked(False)
    with qtbot.waitSignal(page.changed):
        _ok(dialog)
    assert news() == ""
    assert not project_detail(database, projects[0], TODAY).updates[0].public
    assert page.updates.index(0, 1).data() == "team only"
    assert "actualité interne" in journal.entries(database, page.campaign_id, limit=1)[0].summary


def test_photos_get_captions_and_are_saved_only_on_ok(
    qtbot, page: FollowUpPage, database: Database, projects: list[int], tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    update = save_update(
        database, projects[0], UpdateInput(date(2026, 9, 1), "Plantation", True), AUTHOR
    )
    first = add_photo(database, update, _photo(tmp_path, "bacs.png", "#4a7"), AUTHOR)
    added = _photo(tmp_path, "semis.png", "#a74")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(added)], ""))
    )
    page.load()
    page.ui.updatesView.selectRow(0)
    before = project_detail(database, projects[0], TODAY)

    # Captions, a photo added and the first one removed — then Cancel: nothing is stored.
    page.edit_update()
    dialog = page.dialog
    assert isinstance(dialog, ProjectUpdateDialog)
    qtbot.keyClicks(dialog.ui.captionEdit, "Les bacs")
    assert dialog.ui.photosList.item(0).text() == "bacs.png — Les bacs"
    dialog.ui.addPhotoButton.click()
    assert dialog.ui.photosList.count() == 2 and dialog.ui.photosList.currentRow() == 1
    dialog.ui.photosList.setCurrentRow(0)
    dialog.remove_photo()
    dialog.reject()
    assert page.dialog is None
    assert project_detail(database, projects[0], TODAY) == before

    # The same with OK: one caption, the new photo with its caption, streamed in.
    page.edit_update()
    dialog = page.dialog
    assert isinstance(dialog, ProjectUpdateDialog)
    qtbot.keyClicks(dialog.ui.captionEdit, "Les bacs")
    _focus_in(qtbot, dialog, dialog.ui.photosList)
    qtbot.keyClick(dialog.ui.photosList, Qt.Key.Key_Insert)
    assert dialog.ui.photosList.count() == 2
    qtbot.keyClicks(dialog.ui.captionEdit, "Premiers semis")
    with qtbot.waitSignal(page.changed):
        _ok(dialog)
    photos = project_detail(database, projects[0], TODAY).updates[0].photos
    assert [(p.id == first, p.filename, p.caption) for p in photos] == [
        (True, "bacs.png", "Les bacs"),
        (False, "semis.png", "Premiers semis"),
    ]
    assert photo_content(database, photos[1].id)[1] == added.read_bytes()
    assert [page.ui.photosList.item(i).text() for i in range(2)] == ["Les bacs", "Premiers semis"]
    report = resident_report(database, page.campaign_id)
    assert next(p for p in report.projects if p.application_id == projects[0]).photo_caption == (
        "Les bacs"
    )
    actions = {e.action for e in journal.entries(database, page.campaign_id, limit=3)}
    assert actions == {"followup.update", "followup.photo_caption", "followup.photo"}

    # Removing a photo in the dialog: gone once saved.
    page.ui.updatesView.selectRow(0)
    page.edit_update()
    dialog = page.dialog
    assert isinstance(dialog, ProjectUpdateDialog)
    dialog.ui.photosList.setCurrentRow(0)
    _focus_in(qtbot, dialog, dialog.ui.photosList)
    qtbot.keyClick(dialog.ui.photosList, Qt.Key.Key_Delete)
    assert dialog.ui.captionEdit.text() == "Premiers semis"
    with qtbot.waitSignal(page.changed):
        _ok(dialog)
    photos = project_detail(database, projects[0], TODAY).updates[0].photos
    assert [p.filename for p in photos] == ["semis.png"]


def test_a_new_update_is_written_from_the_keyboard_and_a_refusal_keeps_the_dialog(
    qtbot, page: FollowUpPage, database: Database, projects: list[int]
) -> None:  # type: ignore[no-untyped-def]
    _focus(qtbot, page, page.ui.updatesTab, page.ui.updatesView)
    qtbot.keyClick(page.ui.updatesView, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert isinstance(dialog, ProjectUpdateDialog)
    qtbot.waitUntil(dialog.ui.textEdit.hasFocus)
    _ok(dialog)
    assert dialog.isVisible() and dialog.ui.textError.isVisible()
    assert project_detail(database, projects[0], TODAY).updates == ()
    qtbot.keyClicks(dialog.ui.textEdit, "Premiere reunion avec les habitants")
    dialog.ui.publicCheck.setChecked(True)
    with qtbot.waitSignal(page.changed):
        _ok(dialog)
    assert page.updates.rowCount() == 1
    assert project_detail(database, projects[0], TODAY).updates[0].public
    assert journal.entries(database, page.campaign_id, limit=1)[0].action == "followup.update"


def _mnemonics(root: QWidget) -> list[str]:
    letters = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            letters.append(match.group(1).lower())
    return letters


def test_alt_letters_are_unique_in_each_dialog(qtbot, database: Database, campaign_id: int) -> None:  # type: ignore[no-untyped-def]
    for dialog in (
        InstalmentDialog(database, campaign_id, 0, AUTHOR),
        MilestoneDialog(database, campaign_id, 0, AUTHOR),
        ProjectUpdateDialog(database, campaign_id, 0, AUTHOR),
    ):
        qtbot.addWidget(dialog)
        letters = _mnemonics(dialog)
        assert len(letters) >= 4, type(dialog).__name__
        assert sorted(letters) == sorted(set(letters)), (type(dialog).__name__, letters)
        assert not set(letters) & set("fcvh"), (type(dialog).__name__, letters)


def test_photo_thumbnails_are_made_off_the_gui_thread_once_then_come_from_the_cache(
    qtbot, page: FollowUpPage, database: Database, projects: list[int], tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    import pbdesk.ui.dialogs.project_update as project_update
    from pbdesk.ui.pages.followup import PAGE_THUMBNAIL

    first = save_update(
        database, projects[0], UpdateInput(date(2026, 9, 1), "Plantation", True), AUTHOR
    )
    save_update(database, projects[0], UpdateInput(date(2026, 9, 8), "Arrosage", True), AUTHOR)
    big = QImage(2400, 1800, QImage.Format.Format_RGB32)
    big.fill(QColor("#4a7"))
    assert big.save(str(tmp_path / "bacs.jpg"), "JPG")
    add_photo(database, first, tmp_path / "bacs.jpg", AUTHOR)
    add_photo(database, first, _photo(tmp_path, "semis.png", "#a74"), AUTHOR)
    reads: list[bool] = []
    real = project_update.photo_content

    def counted(*args):  # type: ignore[no-untyped-def]
        reads.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(project_update, "photo_content", counted)
    page.load()
    rows = [u.text for u in page.updates.rows()]
    with_photos = rows.index("Plantation")
    page.ui.updatesView.selectRow(with_photos)
    photos_list = page.ui.photosList
    assert photos_list.count() == 2

    def icons() -> list[bool]:
        return [not photos_list.item(i).icon().isNull() for i in range(photos_list.count())]

    qtbot.waitUntil(lambda: icons() == [True, True])
    assert reads == [False, False]  # each photo read once, never on the GUI thread
    for row in range(2):
        size = photos_list.item(row).icon().availableSizes()[0]
        assert size.width() <= PAGE_THUMBNAIL.width() and size.height() <= PAGE_THUMBNAIL.height()
    # Back and forth with the arrow keys: the thumbnails are there at once, nothing is read.
    _focus(qtbot, page, page.ui.updatesTab, page.ui.updatesView)
    for _ in range(3):
        page.ui.updatesView.selectRow(1 - with_photos)
        assert photos_list.count() == 0
        page.ui.updatesView.selectRow(with_photos)
        assert icons() == [True, True]
    assert reads == [False, False]
    # The update's dialog shows them too, made off the GUI thread at its own size.
    page.edit_update()
    dialog = page.dialog
    assert isinstance(dialog, ProjectUpdateDialog)
    dialog_list = dialog.ui.photosList
    qtbot.waitUntil(lambda: all(not dialog_list.item(i).icon().isNull() for i in range(2)))
    assert reads == [False, False, False, False]
    dialog.reject()


def test_a_large_photo_is_decoded_at_thumbnail_size(tmp_path: Path) -> None:
    from pbdesk.ui.dialogs.project_update import THUMBNAIL, decode_thumbnail

    image = QImage(4000, 3000, QImage.Format.Format_RGB32)
    image.fill(QColor("#36c"))
    path = tmp_path / "chantier.jpg"
    assert image.save(str(path), "JPG")
    for source in (path, path.read_bytes()):
        thumbnail = decode_thumbnail(source, THUMBNAIL)
        assert (thumbnail.width(), thumbnail.height()) == (64, 48)
    assert decode_thumbnail(b"not a photo", THUMBNAIL).isNull()


def test_the_update_is_saved_off_the_gui_thread_with_the_dialog_disabled(
    qtbot, page: FollowUpPage, database: Database, projects: list[int], tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    import pbdesk.ui.dialogs.project_update as project_update

    added = _photo(tmp_path, "semis.png", "#a74")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(added)], ""))
    )
    threads: list[bool] = []
    real = project_update.save_update_with_photos

    def watched(*args):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(project_update, "save_update_with_photos", watched)
    page.add_update()
    dialog = page.dialog
    assert isinstance(dialog, ProjectUpdateDialog)
    dialog.ui.textEdit.setPlainText("Premiers semis")
    dialog.ui.addPhotoButton.click()
    qtbot.waitUntil(lambda: not dialog.ui.photosList.item(0).icon().isNull())
    with qtbot.waitSignal(page.changed):
        _ok(dialog)
        # Saving: the dialog waits, disabled, and Cancel/Escape cannot close it half-way.
        assert dialog.task is not None and not dialog.isEnabled()
        dialog.reject()
        assert dialog.isVisible()
    assert threads == [False]
    assert page.dialog is None and not dialog.isVisible()
    assert [u.text for u in page.updates.rows()] == ["Premiers semis"]
    photos = project_detail(database, projects[0], TODAY).updates[0].photos
    assert [p.filename for p in photos] == ["semis.png"]
    assert page.ui.photosList.count() == 1


def test_a_refused_photo_saves_nothing_and_the_dialog_stays_open(
    qtbot, page: FollowUpPage, database: Database, projects: list[int], tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    text_file = tmp_path / "notes.txt"
    text_file.write_text("pas une photo")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(text_file)], ""))
    )
    page.add_update()
    dialog = page.dialog
    assert isinstance(dialog, ProjectUpdateDialog)
    dialog.ui.textEdit.setPlainText("Premiers semis")
    dialog.ui.addPhotoButton.click()
    _ok(dialog)
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.isVisible() and dialog.isEnabled()
    assert "notes.txt" in dialog.ui.generalError.text()
    assert project_detail(database, projects[0], TODAY).updates == ()
    dialog.reject()
    assert page.dialog is None
