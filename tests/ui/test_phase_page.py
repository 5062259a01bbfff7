"""The phase page: status, the campaign's own checklist, the co-evaluation note."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QLineEdit, QMessageBox

from pbdesk.domain.phases import Phase, PhaseStatus
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.ui.models.checklist import OVERDUE_COLOUR, ChecklistColumn, ChecklistModel
from pbdesk.ui.pages.phase import PhasePage
from pbdesk.workspace import journal, phases
from pbdesk.workspace.catalogue import load_catalogue

Yes = QMessageBox.StandardButton.Yes


def _items(database: Database, campaign_id: int, phase: Phase = Phase.PREPARATION):
    return phases.get_phase(database, campaign_id, phase).items


def _refuse_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that expects no dialog fails if one is opened."""

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(fail))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


@pytest.fixture
def page(qtbot, context, campaign_id):  # type: ignore[no-untyped-def]
    widget = PhasePage(context)
    qtbot.addWidget(widget)
    widget.show_phase(campaign_id, Phase.PREPARATION)
    widget.resize(840, 650)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def _focus_row(page: PhasePage, row: int, column: int = ChecklistColumn.LABEL) -> None:
    view = page.ui.checklistView
    view.setFocus()
    view.setCurrentIndex(page.model.index(row, column))


def _press_return(qtbot, view: QAbstractItemView, editor) -> None:  # type: ignore[no-untyped-def]
    """Return in an editor commits it (the delegate does it from the event loop)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_checklist_model_passes_the_model_tester(qtmodeltester, context, campaign_id) -> None:
    items = _items(context.database, campaign_id)
    phases.set_done(context.database, items[0].id, True, AUTHOR)
    phases.update_item(
        context.database,
        items[1].id,
        phases.ItemInput(items[1].label, "Samia", date.today() - timedelta(days=2), "élus"),
    )
    model = ChecklistModel(context.database, context.author)
    model.set_items(_items(context.database, campaign_id))
    assert model.rowCount() == len(items) > 0
    qtmodeltester.check(model)


def test_phase_one_of_a_new_campaign_lists_the_catalogue_items(page, campaign_id) -> None:
    expected = [item for item in load_catalogue() if item.phase is Phase.PREPARATION]
    model = page.model
    labels = [model.index(row, ChecklistColumn.LABEL).data() for row in range(model.rowCount())]
    assert labels == [item.label for item in expected]
    assert page.ui.titleLabel.text() == Phase.PREPARATION.label
    assert page.ui.summaryLabel.text() == Phase.PREPARATION.summary
    assert (page.ui.progressBar.value(), page.ui.progressBar.maximum()) == (0, len(expected))
    assert page.ui.statusCombo.currentData() == PhaseStatus.UPCOMING.value
    # The catalogue's advice is on the label's tooltip.
    first = model.index(0, ChecklistColumn.LABEL)
    assert first.data(Qt.ItemDataRole.ToolTipRole) == expected[0].hint


def test_space_on_a_selected_row_ticks_the_item_and_journals_it(
    qtbot, page, context, campaign_id
) -> None:
    item = _items(context.database, campaign_id)[1]
    _focus_row(page, 1, ChecklistColumn.NOTE)  # any column of the row
    with qtbot.waitSignal(page.changed) as signal:
        qtbot.keyClick(page.ui.checklistView, Qt.Key.Key_Space)
    assert signal.args == [campaign_id]
    stored = _items(context.database, campaign_id)[1]
    assert (stored.id, stored.done, stored.done_on) == (item.id, True, date.today())
    last = journal.entries(context.database, campaign_id, limit=1)[0]
    assert (last.action, last.author) == ("checklist.done", AUTHOR)
    assert item.label in last.summary
    done_cell = page.model.index(1, ChecklistColumn.DONE)
    assert done_cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert page.ui.progressBar.value() == 1

    qtbot.keyClick(page.ui.checklistView, Qt.Key.Key_Space)
    assert not _items(context.database, campaign_id)[1].done
    assert journal.entries(context.database, campaign_id, limit=1)[0].action == "checklist.reopen"


def test_editing_the_label_through_the_model_persists(page, context, campaign_id) -> None:
    index = page.model.index(2, ChecklistColumn.LABEL)
    assert page.model.setData(index, "  Écrire les critères avec le noyau dur ")
    assert _items(context.database, campaign_id)[2].label == "Écrire les critères avec le noyau dur"
    assert index.data() == "Écrire les critères avec le noyau dur"


def test_typing_owner_and_note_in_the_table_persists(qtbot, page, context, campaign_id) -> None:
    view = page.ui.checklistView
    for column, text in ((ChecklistColumn.OWNER, "Samia B."), (ChecklistColumn.NOTE, "a relancer")):
        _focus_row(page, 0, column)
        qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = view.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, text)
        _press_return(qtbot, view, editor)
    stored = _items(context.database, campaign_id)[0]
    assert (stored.owner, stored.note) == ("Samia B.", "a relancer")


def test_an_empty_label_is_refused_and_the_old_one_kept(
    qtbot, page, context, campaign_id, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text))
    )
    before = _items(context.database, campaign_id)[0].label
    index = page.model.index(0, ChecklistColumn.LABEL)
    assert not page.model.setData(index, "   ")
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == [translate("Checklist", "A checklist item needs a label.")]
    assert _items(context.database, campaign_id)[0].label == before
    assert index.data() == before


def test_insert_adds_an_item_and_opens_its_label(
    qtbot, page, context, campaign_id, monkeypatch
) -> None:
    _refuse_dialogs(monkeypatch)
    view = page.ui.checklistView
    count = page.model.rowCount()
    _focus_row(page, 0)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(view, Qt.Key.Key_Insert)
    items = _items(context.database, campaign_id)
    assert len(items) == count + 1
    assert items[-1].label == "New item"
    assert journal.entries(context.database, campaign_id, limit=1)[0].action == "checklist.add"
    # The new item's label is open for typing.
    assert view.state() == QAbstractItemView.State.EditingState
    assert view.currentIndex() == page.model.index(count, ChecklistColumn.LABEL)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Reserver la salle")
    _press_return(qtbot, view, editor)
    assert _items(context.database, campaign_id)[-1].label == "Reserver la salle"
    assert page.ui.progressBar.maximum() == count + 1


def test_delete_removes_the_item_after_confirmation(
    qtbot, page, context, campaign_id, monkeypatch
) -> None:
    answers = [QMessageBox.StandardButton.No, Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: answers.pop(0)))
    before = _items(context.database, campaign_id)
    _focus_row(page, 1)
    qtbot.keyClick(page.ui.checklistView, Qt.Key.Key_Delete)  # answered No
    assert _items(context.database, campaign_id) == before
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.checklistView, Qt.Key.Key_Delete)  # answered Yes
    after = _items(context.database, campaign_id)
    assert [item.id for item in after] == [item.id for item in before if item.id != before[1].id]
    assert [item.position for item in after] == list(range(len(after)))
    assert journal.entries(context.database, campaign_id, limit=1)[0].action == "checklist.remove"
    # The selection moves to the item that followed.
    assert page.model.item_at(page.ui.checklistView.currentIndex().row()) == after[1]


def test_alt_up_and_down_move_the_item_and_the_selection_follows(
    qtbot, page, context, campaign_id
) -> None:
    view = page.ui.checklistView
    ids = [item.id for item in _items(context.database, campaign_id)]
    _focus_row(page, 0)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [item.id for item in _items(context.database, campaign_id)] == [
        ids[1],
        ids[2],
        ids[0],
        *ids[3:],
    ]
    assert page.model.item_at(view.currentIndex().row()).id == ids[0]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [item.id for item in _items(context.database, campaign_id)] == [
        ids[1],
        ids[0],
        *ids[2:],
    ]
    assert view.currentIndex().row() == 1
    # The buttons do the same.
    page.ui.moveUpButton.click()
    assert [item.id for item in _items(context.database, campaign_id)] == ids
    assert not page.ui.moveUpButton.isEnabled()


def test_the_status_combo_saves_and_journals_at_once(qtbot, page, context, campaign_id) -> None:
    combo = page.ui.statusCombo
    combo.setFocus()
    with qtbot.waitSignal(page.changed) as signal:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert signal.args == [campaign_id]
    assert combo.currentData() == PhaseStatus.IN_PROGRESS.value
    stored = phases.get_phase(context.database, campaign_id, Phase.PREPARATION)
    assert (stored.status, stored.started_on) == (PhaseStatus.IN_PROGRESS, date.today())
    last = journal.entries(context.database, campaign_id, limit=1)[0]
    assert (last.action, last.author) == ("phase.status", AUTHOR)


def test_the_coevaluation_note_is_saved_with_ctrl_s(
    qtbot, page, context, campaign_id, monkeypatch
) -> None:
    _refuse_dialogs(monkeypatch)
    assert not page.ui.saveNoteButton.isEnabled()
    qtbot.keyClicks(page.ui.wentWellEdit, "Beaucoup de parents au stand.")
    qtbot.keyClicks(page.ui.toAdjustEdit, "Commencer plus tard.")
    assert page.ui.saveNoteButton.isEnabled()
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.toAdjustEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = phases.get_phase(context.database, campaign_id, Phase.PREPARATION)
    assert (stored.went_well, stored.to_adjust) == (
        "Beaucoup de parents au stand.",
        "Commencer plus tard.",
    )
    assert journal.entries(context.database, campaign_id, limit=1)[0].action == (
        "phase.coevaluation"
    )
    assert not page.ui.saveNoteButton.isEnabled()
    assert page.maybe_leave()  # nothing left to save: no question


def test_leaving_with_an_unsaved_note_asks(qtbot, page, context, campaign_id, monkeypatch) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: answers.pop(0)))
    qtbot.keyClicks(page.ui.wentWellEdit, "Une belle soiree.")
    assert not page.maybe_leave()  # Cancel: stay, keep the text
    assert page.ui.wentWellEdit.toPlainText() == "Une belle soiree."
    assert page.maybe_leave()  # Discard
    assert page.ui.wentWellEdit.toPlainText() == ""
    assert phases.get_phase(context.database, campaign_id, Phase.PREPARATION).went_well == ""


def test_overdue_undone_items_show_their_due_date_in_red(qtbot, page, context, campaign_id) -> None:
    items = _items(context.database, campaign_id)
    yesterday, next_week = date.today() - timedelta(days=1), date.today() + timedelta(days=7)
    for item, due in zip(items[:3], (yesterday, yesterday, next_week), strict=True):
        phases.update_item(context.database, item.id, phases.ItemInput(item.label, due_on=due))
    phases.set_done(context.database, items[1].id, True, AUTHOR)
    page.load()

    def colour(row: int):  # type: ignore[no-untyped-def]
        brush = page.model.index(row, ChecklistColumn.DUE).data(Qt.ItemDataRole.ForegroundRole)
        return brush.color() if brush is not None else None

    assert page.model.index(0, ChecklistColumn.DUE).data() == yesterday.strftime("%d/%m/%Y")
    assert colour(0) == OVERDUE_COLOUR
    assert colour(1) is None  # done: no longer a worry
    assert colour(2) is None  # not yet due


def test_the_due_date_is_typed_and_cleared_with_delete(
    qtbot, page, context, campaign_id, monkeypatch
) -> None:
    _refuse_dialogs(monkeypatch)  # Delete in the date field must not offer to remove the item
    view = page.ui.checklistView
    _focus_row(page, 0, ChecklistColumn.DUE)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QDateEdit)
    assert editor.displayFormat() == "dd/MM/yyyy"
    qtbot.keyClicks(editor, "14/03/2026")
    _press_return(qtbot, view, editor)
    assert _items(context.database, campaign_id)[0].due_on == date(2026, 3, 14)

    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QDateEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert _items(context.database, campaign_id)[0].due_on is None
    assert len(_items(context.database, campaign_id)) == len(page.model.items())


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14/03/2026", date(2026, 3, 14)),
        ("14032026", date(2026, 3, 14)),
        ("5/3/2026", date(2026, 3, 5)),
        ("1/3/2026", date(2026, 3, 1)),
        ("01/12/2027", date(2027, 12, 1)),
    ],
)
def test_a_due_date_is_typed_the_way_people_write_it(
    qtbot, page, context, campaign_id, typed, expected
) -> None:
    view = page.ui.checklistView
    _focus_row(page, 2, ChecklistColumn.DUE)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QDateEdit)
    qtbot.keyClicks(editor, typed)
    _press_return(qtbot, view, editor)
    assert _items(context.database, campaign_id)[2].due_on == expected


def test_clear_the_due_date_action(qtbot, page, context, campaign_id) -> None:
    item = _items(context.database, campaign_id)[0]
    phases.update_item(
        context.database, item.id, phases.ItemInput(item.label, due_on=date(2026, 2, 1))
    )
    page.load()
    _focus_row(page, 0)
    with qtbot.waitSignal(page.changed):
        page.clear_due_action.trigger()
    assert _items(context.database, campaign_id)[0].due_on is None
    assert page.clear_due_action in page.ui.checklistView.actions()  # in the context menu
