"""Dépouillement — saisie: ballots typed on one line, validated at once, undone, corrected;
1 000 approval ballots typed with the keyboard match the register."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select
from vote.support import VoteCampaign, make_vote_campaign

from pbdesk.domain.vote import BallotStatus, VoteSettings
from pbdesk.store.database import Database
from pbdesk.store.models import JournalEntry
from pbdesk.ui.context import AppContext
from pbdesk.ui.models.vote_desk import (
    BallotsModel,
    EntriesModel,
    ProjectVotes,
    ProjectVotesModel,
)
from pbdesk.ui.pages.ballot_entry import BallotEntryPage, unknown_span
from pbdesk.ui.pages.count import CountPage
from pbdesk.workspace import ballots
from pbdesk.workspace.vote_register import sign_in
from pbdesk.workspace.vote_totals import station_figures

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

VOTE_DAY = datetime(2026, 6, 13, 9, 0, tzinfo=UTC)


@pytest.fixture
def voting(database: Database) -> VoteCampaign:
    """Projects coded 1 to 6; approval of one to three projects; two stations."""
    return make_vote_campaign(
        database,
        costs_euros=(10_000, 8_000, 6_000, 4_000, 3_000, 2_000),
        settings=VoteSettings(max_choices=3),
        stations=2,
    )


@pytest.fixture
def page(qtbot, context: AppContext, voting: VoteCampaign) -> BallotEntryPage:  # type: ignore[no-untyped-def]
    widget = BallotEntryPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(voting.id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _start_entry(qtbot, page: BallotEntryPage, operator: str = "Karim") -> None:  # type: ignore[no-untyped-def]
    page.ui.operatorEdit.clear()
    qtbot.keyClicks(page.ui.operatorEdit, operator)
    qtbot.keyClick(page.ui.operatorEdit, Qt.Key.Key_Return)
    assert page.session is not None
    assert page.ui.screens.currentWidget() is page.ui.entryScreen
    assert page.focusWidget() is page.ui.ballotEdit  # where typing goes on


def _type_ballot(qtbot, page: BallotEntryPage, text: str) -> None:  # type: ignore[no-untyped-def]
    line = page.ui.ballotEdit
    if text:
        qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _journal(database: Database, action: str) -> list[JournalEntry]:
    with database.session() as session:
        return list(session.scalars(select(JournalEntry).where(JournalEntry.action == action)))


def test_models_pass_the_model_tester(qtmodeltester, database: Database, voting) -> None:  # type: ignore[no-untyped-def]
    entry = ballots.open_entry(database, voting.stations[0], "Karim", AUTHOR)
    for typed in ("1 2", "", "1 2 3 4", "*déchiré"):
        ballots.enter_ballot(database, entry.id, typed, AUTHOR)
    entries = EntriesModel()
    entries.set_rows(ballots.list_entries(database, voting.id))
    qtmodeltester.check(entries)
    listed = BallotsModel()
    listed.set_rows(ballots.list_ballots(database, entry.id))
    qtmodeltester.check(listed)
    projects = ProjectVotesModel()
    projects.set_rows([ProjectVotes("1", "Projet 1", 3), ProjectVotes("2", "Projet 2", 0)])
    qtmodeltester.check(projects)


def test_unknown_span_finds_the_code_to_fix() -> None:
    assert unknown_span("3 07, 19", ("19",)) == (6, 2)
    assert unknown_span("3:2 9:1", ("9",)) == (4, 1)
    assert unknown_span("1 2", ("7",)) is None


def test_a_valid_ballot_costs_its_codes_and_enter_only(qtbot, page, database, voting) -> None:  # type: ignore[no-untyped-def]
    _start_entry(qtbot, page)
    line = page.ui.ballotEdit
    _type_ballot(qtbot, page, "3 1")
    assert line.text() == "" and line.hasFocus()
    # The status line says the ballot's number and how it was read (codes in order).
    assert "1" in page.ui.statusLabel.text() and "Valable : 1 3." in page.ui.statusLabel.text()
    _type_ballot(qtbot, page, "")  # an empty line is a blank ballot
    assert "blanc" in page.ui.statusLabel.text().lower()
    _type_ballot(qtbot, page, "1 2 3 4")  # too many: spoilt, with the reason
    assert "Nul" in page.ui.statusLabel.text() and "3 au plus" in page.ui.statusLabel.text()
    assert page.counts() == (1, 1, 1)
    qtbot.waitUntil(lambda: page.ballots_model.rowCount() == 3)
    votes = {row.code: row.votes for row in page.projects_model.rows()}
    assert votes["1"] == 1 and votes["3"] == 1 and votes["2"] == 0
    assert page.session is not None
    stored = ballots.list_ballots(database, page.session.id)
    assert [b.status for b in stored] == [BallotStatus.VALID, BallotStatus.BLANK, BallotStatus.NUL]


def test_a_typo_keeps_the_line_and_stores_nothing(qtbot, page, database) -> None:  # type: ignore[no-untyped-def]
    _start_entry(qtbot, page)
    line = page.ui.ballotEdit
    _type_ballot(qtbot, page, "2 17 4")
    assert line.text() == "2 17 4"
    assert line.selectedText() == "17"  # typing now replaces the wrong code
    assert "17" in page.ui.statusLabel.text()
    assert page.session is not None
    assert ballots.list_ballots(database, page.session.id) == []
    qtbot.keyClicks(line, "1")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == ""
    assert [b.shown for b in ballots.list_ballots(database, page.session.id)] == ["1 2 4"]


def test_ctrl_z_takes_back_the_last_ballot_and_journals_it(qtbot, page, database) -> None:  # type: ignore[no-untyped-def]
    _start_entry(qtbot, page)
    _type_ballot(qtbot, page, "1")
    _type_ballot(qtbot, page, "2 5")
    qtbot.keyClicks(page.ui.ballotEdit, "6")  # a line being typed stays
    qtbot.keyClick(page.ui.ballotEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.session is not None
    assert [b.shown for b in ballots.list_ballots(database, page.session.id)] == ["1"]
    assert page.ballots_model.rowCount() == 1 and page.counts() == (1, 0, 0)
    assert page.ui.ballotEdit.text() == "6"
    [undone] = _journal(database, "ballot.undo")
    assert "2 5" in undone.summary and undone.author == AUTHOR


def test_ctrl_e_corrects_a_ballot_by_its_number(qtbot, page, database) -> None:  # type: ignore[no-untyped-def]
    _start_entry(qtbot, page)
    for text in ("1", "2", "3"):
        _type_ballot(qtbot, page, text)
    qtbot.keyClick(page.ui.ballotEdit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.ui.numberSpin.hasFocus)
    qtbot.keyClicks(dialog.ui.numberSpin.lineEdit(), "2")
    assert dialog.ui.contentEdit.text() == "2"  # the correction starts from what was typed
    dialog.ui.contentEdit.setText("9")  # not on the ballot: the dialog says so and stays
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.dialog is dialog and "9" in dialog.ui.generalError.text()
    dialog.ui.contentEdit.setText("4 6")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.session is not None
    assert [b.shown for b in ballots.list_ballots(database, page.session.id)] == ["1", "4 6", "3"]
    assert len(_journal(database, "ballot.correct")) == 1
    assert page.focusWidget() is page.ui.ballotEdit  # where typing goes on


def test_insert_and_delete_by_number(qtbot, page, database) -> None:  # type: ignore[no-untyped-def]
    _start_entry(qtbot, page)
    for text in ("1", "3", "3"):
        _type_ballot(qtbot, page, text)
    page.insert_missing_ballot()
    dialog = page.dialog
    assert dialog is not None
    dialog.ui.numberSpin.setValue(2)
    dialog.ui.contentEdit.setText("2")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.dialog is None)
    qtbot.keyClick(page.ui.ballotEdit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and not dialog.ui.contentEdit.isVisibleTo(dialog)
    dialog.ui.numberSpin.setValue(4)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.session is not None
    assert [b.shown for b in ballots.list_ballots(database, page.session.id)] == ["1", "2", "3"]
    assert [row.sequence for row in page.ballots_model.rows()] == [1, 2, 3]


def test_close_and_reopen_with_a_reason(qtbot, page, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _start_entry(qtbot, page)
    _type_ballot(qtbot, page, "1")
    qtbot.keyClick(page.ui.ballotEdit, Qt.Key.Key_Escape)
    assert page.ui.screens.currentWidget() is page.ui.listScreen
    page.ui.entriesView.selectRow(0)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(page.changed):
        page.ui.closeButton.click()
    [entry] = ballots.list_entries(database, page.campaign_id)
    assert entry.closed_at is not None
    page.ui.entriesView.selectRow(0)
    assert page.ui.reopenButton.isEnabled() and not page.ui.resumeButton.isEnabled()
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Bulletin oublie", True))
    )
    page.ui.reopenButton.click()
    [entry] = ballots.list_entries(database, page.campaign_id)
    assert entry.closed_at is None
    assert "Bulletin oublie" in _journal(database, "ballots.reopen")[0].summary


def test_one_thousand_approval_ballots_typed_at_the_keyboard(  # type: ignore[no-untyped-def]
    qtbot, page, database, voting, monkeypatch
) -> None:
    """The issue's acceptance test: 1 000 ballots typed key by key, counted right, and the
    station reconciled against the register."""
    rng = random.Random(2026)
    station = voting.stations[0]
    lines: list[str] = []
    expected_votes = dict.fromkeys("123456", 0)
    valid = blank = nul = 0
    for _ in range(1000):
        draw = rng.random()
        if draw < 0.04:
            lines.append("")  # nothing ticked: blank
            blank += 1
        elif draw < 0.08:
            codes = rng.sample("123456", rng.randint(4, 6))  # more than 3: spoilt
            lines.append(" ".join(codes))
            nul += 1
        else:
            codes = rng.sample("123456", rng.randint(1, 3))
            lines.append(" ".join(codes))
            valid += 1
            for code in codes:
                expected_votes[code] += 1
    # The register: 1 002 signatures (two voters left without putting their ballot in).
    for number in range(1002):
        outcome = sign_in(
            database,
            station,
            f"Votant{number}",
            "Test",
            date(1950, 1, 1) + timedelta(days=number * 7),
            at=VOTE_DAY,
        )
        assert outcome.signed

    shown: list[object] = []
    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: shown.append(a)))
    page.ui.stationCombo.setCurrentIndex(page.ui.stationCombo.findData(station))
    _start_entry(qtbot, page)
    line = page.ui.ballotEdit
    keystrokes = 0
    for text in lines:
        if text:
            qtbot.keyClicks(line, text)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        keystrokes += len(text) + 1
        assert line.text() == ""  # every ballot was taken at once, no dialog
    assert keystrokes == sum(len(text) for text in lines) + 1000
    assert shown == [] and page.dialog is None  # no dialog, no confirmation

    assert page.counts() == (valid, blank, nul)
    assert "1000" in page.ui.countersLabel.text()
    qtbot.waitUntil(lambda: page.ballots_model.rowCount() == 1000, timeout=10_000)
    assert {row.code: row.votes for row in page.projects_model.rows()} == expected_votes
    assert page.counts() == (valid, blank, nul)

    assert page.session is not None
    totals = ballots.session_totals(database, page.session.id)
    assert (totals.valid, totals.blank, totals.nul) == (valid, blank, nul)
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    page.ui.entriesView.selectRow(0)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    page.ui.closeButton.click()
    [figures, _] = station_figures(database, voting.id)
    assert (figures.signatures, figures.ballots, figures.gap) == (1002, 1000, -2)
    assert (figures.valid, figures.blank, figures.nul) == (valid, blank, nul)

    # The station is reconciled on the control page: the gap is explained and recorded.
    control = CountPage(page.context)
    qtbot.addWidget(control)
    control.show_campaign(voting.id)
    control.show()
    assert control.station_id() == station and control.ui.reconcileButton.isEnabled()
    control.ui.remarkEdit.setText("Deux votants partis sans deposer leur bulletin")
    control.ui.reconcileButton.click()
    [figures, _] = station_figures(database, voting.id)
    assert figures.reconciled and figures.gap == -2


def test_enter_on_a_listed_ballot_opens_its_correction(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    _start_entry(qtbot, page)
    for text in ("1 2", "5"):
        _type_ballot(qtbot, page, text)
    qtbot.waitUntil(lambda: page.ballots_model.rowCount() == 2)
    view = page.ui.ballotsView
    view.setFocus()
    view.setCurrentIndex(page.ballots_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.ui.numberSpin.value() == 1 and dialog.ui.contentEdit.text() == "1 2"
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)


def test_without_vote_settings_opening_an_entry_is_refused(  # type: ignore[no-untyped-def]
    qtbot, context, campaign_id, monkeypatch
) -> None:
    page = BallotEntryPage(context)
    qtbot.addWidget(page)
    page.show_campaign(campaign_id)
    page.show()
    assert page.ui.listStatusLabel.text()  # add the stations first
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    page.open_new_entry()
    assert page.session is None and page.ui.screens.currentWidget() is page.ui.listScreen
