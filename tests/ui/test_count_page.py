"""Dépouillement — contrôle: double entries compared and resolved, stations reconciled with
the register, hand counts entered and removed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox
from sqlalchemy import select
from vote.support import VoteCampaign, make_vote_campaign, third_pass

from pbdesk.domain.vote import VoteSettings
from pbdesk.store.database import Database
from pbdesk.store.models import JournalEntry
from pbdesk.ui.context import AppContext
from pbdesk.ui.models.vote_desk import DifferencesModel, StacksModel
from pbdesk.ui.pages.count import CountPage
from pbdesk.workspace import ballots
from pbdesk.workspace.double_entry import compare_entries, list_stacks, resolve_difference
from pbdesk.workspace.vote_register import sign_in
from pbdesk.workspace.vote_totals import station_figures

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

VOTE_DAY = datetime(2026, 6, 13, 9, 0, tzinfo=UTC)
#: What the two operators typed for the same stack: they differ on ballots 2 and 4.
ENTRY_A = ("1 2", "3", "", "1 2 3 4", "2")
ENTRY_B = ("1 2", "4", "", "1 2 3", "2")


@pytest.fixture
def voting(database: Database) -> VoteCampaign:
    voting = make_vote_campaign(
        database, settings=VoteSettings(max_choices=3, double_entry=True), stations=2
    )
    for number in range(6):
        sign_in(
            database, voting.stations[0], "Habitant", f"N{number}", date(1980, 1, 1), at=VOTE_DAY
        )
    for label, lines in (("A", ENTRY_A), ("B", ENTRY_B)):
        entry = ballots.open_entry(
            database, voting.stations[0], f"Operateur {label}", AUTHOR, pass_label=label
        )
        for typed in lines:
            ballots.enter_ballot(database, entry.id, typed, AUTHOR)
        ballots.close_entry(database, entry.id, AUTHOR)
    return voting


@pytest.fixture
def page(qtbot, context: AppContext, voting: VoteCampaign) -> CountPage:  # type: ignore[no-untyped-def]
    widget = CountPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(voting.id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def say_yes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )


def _journal(database: Database, action: str) -> list[JournalEntry]:
    with database.session() as session:
        return list(session.scalars(select(JournalEntry).where(JournalEntry.action == action)))


def test_models_pass_the_model_tester(qtmodeltester, database, voting) -> None:  # type: ignore[no-untyped-def]
    stacks = StacksModel()
    stacks.set_rows(list_stacks(database, voting.id))
    qtmodeltester.check(stacks)
    differences = DifferencesModel()
    differences.set_rows(compare_entries(database, stacks.rows()[0].stack_id).differences)
    qtmodeltester.check(differences)


def test_differing_entries_are_listed_and_resolving_them_makes_the_stack_agree(  # type: ignore[no-untyped-def]
    qtbot, page, database, voting, monkeypatch
) -> None:
    model = page.differences_model
    assert [d.sequence for d in model.rows()] == [2, 4]
    assert model.index(0, 1).data() == "3" and model.index(0, 2).data() == "4"
    assert "1 2 3 4" in model.index(1, 1).data() and model.index(1, 2).data() == "1 2 3"
    assert not page.ui.reconcileButton.isEnabled()  # not official while they differ
    [stack] = page.stacks_model.rows()
    assert stack.official_session_id is None

    # Ballot 2: the paper says what entry B typed.
    page.ui.differencesView.setFocus()
    page.ui.differencesView.selectRow(0)
    with qtbot.waitSignal(page.changed):
        page.ui.keepBButton.click()
    assert [d.sequence for d in page.differences_model.rows()] == [4]
    # Ballot 4: neither is right, the paper names projects 1 and 3.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("1 3", True)))
    page.ui.differencesView.selectRow(0)
    page.ui.correctButton.click()

    assert page.differences_model.rowCount() == 0
    [stack] = page.stacks_model.rows()
    assert stack.official_session_id is not None and stack.ballots == 5
    assert "5" in page.ui.hintLabel.text()  # "entries A and B agree on all 5 ballots"
    assert compare_entries(database, stack.stack_id).agreed
    # Each pass changed is journaled: A's ballot 2, then ballot 4 in both passes.
    assert len(_journal(database, "ballot.resolve")) == 3
    assert page.ui.reconcileButton.isEnabled()


def test_a_gap_needs_a_remark_and_is_recorded(  # type: ignore[no-untyped-def]
    qtbot, page, database, voting, monkeypatch
) -> None:
    [stack] = page.stacks_model.rows()
    for sequence, typed in ((2, "3"), (4, "1 2 3")):  # resolved through the service
        resolve_difference(database, stack.stack_id, sequence, typed, AUTHOR)
    page.load()
    line = page.station()
    assert line is not None and (line.signatures, line.ballots, line.gap) == (6, 5, -1)
    reported: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: reported.append(text))
    )
    page.ui.reconcileButton.click()  # a gap without a remark: refused, in one sentence
    assert reported and "Bureau 1" in reported[0]
    assert not station_figures(database, voting.id)[0].reconciled
    page.ui.remarkEdit.setFocus()
    qtbot.keyClicks(page.ui.remarkEdit, "Un votant reparti avec son bulletin")
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.remarkEdit, Qt.Key.Key_Return)
    figures = station_figures(database, voting.id)[0]
    assert figures.reconciled and figures.gap == -1 and "reparti" in figures.remark
    [journaled] = _journal(database, "vote.reconcile")
    assert "reparti" in journaled.summary
    # The box count, typed with a digit group, is read; what is not a number is refused.
    page.ui.boxEdit.setText("5")
    with qtbot.waitSignal(page.changed):
        page.ui.reconcileButton.click()
    assert station_figures(database, voting.id)[0].box_count == 5
    page.ui.boxEdit.setText("5-")
    page.ui.reconcileButton.click()
    assert len(reported) == 2 and "5-" in reported[1]
    assert station_figures(database, voting.id)[0].box_count == 5


def test_a_hand_count_is_entered_marked_and_removed(  # type: ignore[no-untyped-def]
    qtbot, page, database, voting, say_yes
) -> None:
    page.ui.stationCombo.setCurrentIndex(1)  # Bureau 2: counted by hand
    assert page.ui.handButton.isEnabled() and not page.ui.removeHandButton.isEnabled()
    page.ui.handButton.click()
    dialog = page.dialog
    assert dialog is not None
    dialog.ui.validSpin.setValue(3)
    dialog.ui.blankSpin.setValue(1)
    first, second = voting.projects[:2]
    dialog.votes[first].setValue(5)  # more votes than valid ballots: refused in the dialog
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.dialog is dialog and dialog.ui.generalError.text()
    dialog.votes[first].setValue(3)
    dialog.votes[second].setValue(2)
    with qtbot.waitSignal(page.changed):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    figures = station_figures(database, voting.id)[1]
    assert (figures.method, figures.valid, figures.blank) == ("hand_count", 3, 1)
    assert page.ui.removeHandButton.isEnabled()
    assert "3" in page.ui.handLabel.text()
    page.ui.handButton.click()  # correcting it shows what was typed, project by project
    again = page.dialog
    assert again is not None and again is not dialog
    assert (again.votes[first].value(), again.votes[second].value()) == (3, 2)
    assert again.ui.validSpin.value() == 3
    again.reject()
    with qtbot.waitSignal(page.changed):
        page.ui.removeHandButton.click()
    assert station_figures(database, voting.id)[1].method == ""
    assert len(_journal(database, "vote.direct_count")) == 2


def test_keep_a_when_entry_b_has_an_extra_ballot(  # type: ignore[no-untyped-def]
    qtbot, context, database
) -> None:
    voting = make_vote_campaign(database, settings=VoteSettings(max_choices=3, double_entry=True))
    for label, lines in (("A", ("1", "2")), ("B", ("1", "2", "3"))):
        entry = ballots.open_entry(database, voting.stations[0], label, AUTHOR, pass_label=label)
        for typed in lines:
            ballots.enter_ballot(database, entry.id, typed, AUTHOR)
        ballots.close_entry(database, entry.id, AUTHOR)
    page = CountPage(context)
    qtbot.addWidget(page)
    page.show_campaign(voting.id)
    page.show()
    [difference] = page.differences_model.rows()
    assert difference.a is None and page.differences_model.index(0, 1).data() == "—"
    page.ui.differencesView.selectRow(0)
    page.ui.keepAButton.click()  # entry A is right: ballot 3 does not exist
    assert page.differences_model.rowCount() == 0
    [stack] = page.stacks_model.rows()
    assert stack.official_session_id is not None
    assert [b.shown for b in ballots.list_ballots(database, stack.official_session_id)] == [
        "1",
        "2",
    ]


def test_without_vote_settings_the_page_says_so_calmly(qtbot, context, campaign_id) -> None:  # type: ignore[no-untyped-def]
    page = CountPage(context)
    qtbot.addWidget(page)
    page.show_campaign(campaign_id)  # no message box (it would block the test)
    page.show()
    assert "règlement de la votation" in page.ui.methodLabel.text()
    assert not page.ui.reconcileButton.isEnabled() and not page.ui.handButton.isEnabled()


def test_a_stack_entered_three_times_is_settled_by_discarding_one_entry(  # type: ignore[no-untyped-def]
    qtbot, page, database, voting, monkeypatch
) -> None:
    # Two laptops both typed the second entry; merged, the stack has A, B and C.
    third_pass(database, voting.stations[0], "Operateur C", ENTRY_A)
    assert not page.ui.discardButton.isVisibleTo(page)  # not while the stack has two entries
    page.load()
    [stack] = page.stacks_model.rows()
    assert stack.passes == ("A", "B", "C") and stack.official_session_id is None
    assert "3" in page.ui.hintLabel.text() and "C" in page.ui.hintLabel.text()
    assert page.ui.discardButton.isVisibleTo(page) and page.ui.discardButton.isEnabled()
    assert not page.ui.keepAButton.isEnabled()  # settled first by discarding an entry

    offered: list[list[str]] = []

    def choose_b(_parent, _title, _label, items, current, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        # Offered first: B, which disagrees with both others (C typed what A typed).
        assert "Operateur B" in items[current]
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose_b))
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("B a mal lu le bulletin 2", True))
    )
    with qtbot.waitSignal(page.changed):
        page.ui.discardButton.click()

    [items] = offered
    assert len(items) == 3 and "2 with B" in items[0] and "0 with C" in items[0]
    [stack] = page.stacks_model.rows()
    assert stack.passes == ("A", "B") and stack.official_session_id is not None
    assert page.differences_model.rowCount() == 0 and "5" in page.ui.hintLabel.text()
    assert not page.ui.discardButton.isVisibleTo(page)
    [note] = _journal(database, "ballots.discard")
    assert "B a mal lu" in note.summary and "Operateur B" in note.summary
