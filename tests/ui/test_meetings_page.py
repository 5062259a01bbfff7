"""The meetings page: recording head counts, refusing impossible breakdowns, filtering."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QSpinBox

from pbdesk.domain.people import MeetingInput, MeetingKind
from pbdesk.domain.phases import Phase
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.meeting import MeetingDialog
from pbdesk.ui.models.meetings import MeetingColumn, MeetingsFilterProxy, MeetingsModel
from pbdesk.ui.pages.meetings import MeetingsPage
from pbdesk.workspace.campaigns import get_summary
from pbdesk.workspace.meetings import list_meetings, save_meeting

#: The offscreen platform (tests) warns whenever a shown window gets its minimum size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _seed(database: Database, campaign_id: int) -> None:
    meetings = [
        MeetingInput(date(2026, 2, 3), MeetingKind.DOOR_TO_DOOR, Phase.OUTREACH, "Bât. B", 40),
        MeetingInput(date(2026, 3, 14), MeetingKind.STAND, Phase.OUTREACH, "Marché", 85, 50, 30),
        MeetingInput(date(2026, 4, 2), MeetingKind.WORKSHOP, Phase.STAKES, "Centre social", 17),
    ]
    for meeting in meetings:
        save_meeting(database, campaign_id, meeting)


@pytest.fixture
def page(qtbot, context: AppContext, campaign_id: int) -> MeetingsPage:  # type: ignore[no-untyped-def]
    widget = MeetingsPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(campaign_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def dialog(qtbot, database: Database, campaign_id: int) -> MeetingDialog:  # type: ignore[no-untyped-def]
    widget = MeetingDialog(database, campaign_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _type(qtbot, spin: QSpinBox, value: int) -> None:  # type: ignore[no-untyped-def]
    """Replace what the field shows by ``value``, as a user does: select all, type."""
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))


def _ok(dialog: MeetingDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_meetings_model_passes_the_model_tester(
    qtmodeltester, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    model = MeetingsModel()
    model.set_meetings(list_meetings(database, campaign_id))
    qtmodeltester.check(model)
    proxy = MeetingsFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_phase(int(Phase.OUTREACH))
    qtmodeltester.check(proxy)


def test_the_table_shows_date_kind_phase_and_totals(
    page: MeetingsPage, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    page.refresh()
    proxy = page.proxy
    assert [proxy.index(r, MeetingColumn.DATE).data() for r in range(3)] == [
        "02/04/2026",
        "14/03/2026",
        "03/02/2026",
    ]
    assert proxy.index(0, MeetingColumn.KIND).data() == MeetingKind.WORKSHOP.label
    assert proxy.index(0, MeetingColumn.PHASE).data() == Phase.STAKES.label
    assert "3" in page.ui.totalsLabel.text() and "142" in page.ui.totalsLabel.text()


def test_sorting_by_date_follows_the_calendar_not_the_text(
    page: MeetingsPage, database: Database, campaign_id: int
) -> None:
    # As text "02/04" < "03/02" < "14/03"; by date it is February, March, April.
    _seed(database, campaign_id)
    page.refresh()
    page.ui.tableView.sortByColumn(MeetingColumn.DATE, Qt.SortOrder.AscendingOrder)
    shown = [page.proxy.index(r, MeetingColumn.DATE).data() for r in range(3)]
    assert shown == ["03/02/2026", "14/03/2026", "02/04/2026"]


def test_women_and_men_beyond_the_participants_are_refused_next_to_the_field(
    qtbot, dialog: MeetingDialog, database: Database, campaign_id: int
) -> None:
    _type(qtbot, dialog.ui.participantsSpin, 10)
    _type(qtbot, dialog.ui.womenSpin, 8)
    _type(qtbot, dialog.ui.menSpin, 5)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.ui.womenError.isVisible()
    assert "13" in dialog.ui.womenError.text() and "10" in dialog.ui.womenError.text()
    assert not dialog.ui.participantsError.isVisible()
    assert list_meetings(database, campaign_id) == []


def test_a_valid_meeting_with_a_breakdown_is_saved_with_none_where_not_counted(
    qtbot, page: MeetingsPage, database: Database, campaign_id: int
) -> None:
    page.activateWindow()
    page.ui.tableView.setFocus()
    qtbot.waitUntil(page.ui.tableView.hasFocus)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.phaseCombo.currentData() == int(get_summary(database, campaign_id).phase)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(MeetingKind.STAND.value))
    dialog.ui.phaseCombo.setCurrentIndex(dialog.ui.phaseCombo.findData(int(Phase.OUTREACH)))
    qtbot.keyClicks(dialog.ui.placeEdit, "Marche du samedi")
    _type(qtbot, dialog.ui.participantsSpin, 30)
    _type(qtbot, dialog.ui.womenSpin, 12)
    _type(qtbot, dialog.ui.menSpin, 15)
    _type(qtbot, dialog.ui.ageUnder18Spin, 10)
    assert dialog.ui.age18To29Spin.text() == "—"

    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    [saved] = list_meetings(database, campaign_id)
    assert saved.held_on == date.today()
    assert (saved.kind, saved.phase, saved.place) == ("stand", Phase.OUTREACH, "Marche du samedi")
    assert (saved.participants, saved.women, saved.men, saved.age_under_18) == (30, 12, 15, 10)
    assert (saved.age_18_29, saved.age_30_59, saved.age_60_plus) == (None, None, None)
    assert page.proxy.rowCount() == 1
    assert "30" in page.ui.totalsLabel.text()
    assert page.current_meeting() is not None and page.current_meeting().id == saved.id


def test_a_dialog_without_a_current_phase_proposes_phase_two(dialog: MeetingDialog) -> None:
    assert dialog.ui.phaseCombo.currentData() == int(Phase.OUTREACH)
    assert dialog.ui.dateEdit.date().toPython() == date.today()
    assert all(spin.value() == -1 for spin in dialog.count_spins.values())


def test_editing_a_meeting_shows_its_breakdown(qtbot, database: Database, campaign_id: int) -> None:
    _seed(database, campaign_id)
    stand = next(m for m in list_meetings(database, campaign_id) if m.kind == "stand")
    dialog = MeetingDialog(database, campaign_id, stand)
    qtbot.addWidget(dialog)
    assert dialog.ui.womenSpin.value() == 50
    assert dialog.ui.ageUnder18Spin.text() == "—"
    assert dialog.meeting_input().age_under_18 is None


def test_the_phase_filter_keeps_the_meetings_of_that_phase(
    page: MeetingsPage, database: Database, campaign_id: int
) -> None:
    _seed(database, campaign_id)
    page.refresh()
    combo = page.ui.phaseFilterCombo
    combo.setCurrentIndex(combo.findData(int(Phase.OUTREACH)))
    assert page.proxy.rowCount() == 2
    phases = {page.proxy.index(r, MeetingColumn.PHASE).data() for r in range(2)}
    assert phases == {Phase.OUTREACH.label}
    assert "125" in page.ui.totalsLabel.text()
    combo.setCurrentIndex(combo.findData(int(Phase.VOTE)))
    assert page.proxy.rowCount() == 0
    combo.setCurrentIndex(0)
    assert page.proxy.rowCount() == 3


def test_delete_key_removes_the_selected_meeting_after_confirmation(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    page: MeetingsPage,
    database: Database,
    campaign_id: int,
) -> None:
    _seed(database, campaign_id)
    page.refresh()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    table = page.ui.tableView
    page.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.selectRow(0)
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(list_meetings(database, campaign_id)) == 2
    assert page.proxy.rowCount() == 2
