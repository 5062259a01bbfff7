"""Émargement: voters signed in with the keyboard, refusals said at once, no names kept."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from vote.support import VoteCampaign, make_vote_campaign

from pbdesk.domain.vote import ResidenceRule, VoteSettings
from pbdesk.store.database import Database
from pbdesk.store.models import JournalEntry, SignIn
from pbdesk.ui.context import AppContext
from pbdesk.ui.models.vote_desk import SignaturesModel
from pbdesk.ui.pages.signin import SignInPage, parse_birth_date
from pbdesk.workspace import ballots
from pbdesk.workspace.vote_publish import publish_results
from pbdesk.workspace.vote_register import SignInStatus, register_summary, sign_in
from pbdesk.workspace.vote_results import count_votes

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def voting(database: Database) -> VoteCampaign:
    return make_vote_campaign(
        database,
        settings=VoteSettings(max_choices=3, proxies_allowed=True, max_proxies=1, min_age=16),
        stations=2,
    )


@pytest.fixture
def page(qtbot, context: AppContext, voting: VoteCampaign) -> SignInPage:  # type: ignore[no-untyped-def]
    widget = SignInPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(voting.id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_voter(qtbot, page: SignInPage, last: str, first: str, born: str) -> None:  # type: ignore[no-untyped-def]
    """Last name, Tab, first name, Tab, birth date, Enter: the desk's whole gesture."""
    page.ui.lastNameEdit.setFocus()
    qtbot.keyClicks(page.ui.lastNameEdit, last)
    qtbot.keyClick(page.ui.lastNameEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.ui.firstNameEdit, first)
    qtbot.keyClick(page.ui.firstNameEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.ui.birthEdit, born)
    qtbot.keyClick(page.ui.birthEdit, Qt.Key.Key_Return)


def test_birth_dates_typed_the_usual_ways() -> None:
    for text in ("14/07/1985", "14.7.1985", "14 07 1985", "14071985", " 14-07-1985 "):
        assert parse_birth_date(text) == date(1985, 7, 14), text
    for text in ("", "31/02/1990", "14/07/85", "le 14 juillet", "1/2/3/4"):
        assert parse_birth_date(text) is None, text


def test_signaturess_model_passes_the_model_tester(qtmodeltester, database, voting) -> None:  # type: ignore[no-untyped-def]
    sign_in(database, voting.stations[0], "Martin", "Ana", date(1990, 1, 1))
    model = SignaturesModel()
    model.set_rows(register_summary(database, voting.id).stations)
    qtmodeltester.check(model)


def test_signing_twice_says_already_signed(qtbot, page, database, voting) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.changed):
        _type_voter(qtbot, page, "Benali", "Samira", "03/04/1979")
    assert page.last_status is SignInStatus.SIGNED
    assert "émarg" in page.ui.statusLabel.text().lower()
    # The fields are empty (no undo history either) and the cursor is back on the name.
    for edit in (page.ui.lastNameEdit, page.ui.firstNameEdit, page.ui.birthEdit):
        assert edit.text() == "" and not edit.isUndoAvailable()
    assert page.focusWidget() is page.ui.lastNameEdit
    assert "1" in page.ui.countsLabel.text()

    # The same person again, typed differently, at the other station.
    page.ui.stationCombo.setCurrentIndex(1)
    _type_voter(qtbot, page, "BENALI", "samira", "3.4.1979")
    assert page.last_status is SignInStatus.ALREADY_SIGNED
    said = page.ui.statusLabel.text()
    assert "Déjà émargé" in said and "Bureau 1" in said
    summary = register_summary(database, voting.id)
    assert summary.signatures == 1
    # Only keyed fingerprints are stored: no name anywhere.
    with database.session() as session:
        [entry] = session.scalars(select(SignIn)).all()
        assert entry.last_name == "" and entry.first_name == ""
        assert "benali" not in entry.identity_key.lower()


def test_too_young_and_typing_slips(qtbot, page, database, voting) -> None:  # type: ignore[no-untyped-def]
    _type_voter(qtbot, page, "Petit", "Leo", "01/01/2020")
    assert page.last_status is SignInStatus.TOO_YOUNG
    assert "16" in page.ui.statusLabel.text()
    _type_voter(qtbot, page, "Petit", "Leo", "31/02/1990")  # an impossible date: kept to fix
    assert page.ui.birthEdit.text() == "31/02/1990" and page.ui.lastNameEdit.text() == "Petit"
    assert page.focusWidget() is page.ui.birthEdit
    assert register_summary(database, voting.id).signatures == 0


def test_a_proxy_vote_and_its_limit(qtbot, page, database, voting) -> None:  # type: ignore[no-untyped-def]
    assert page.ui.proxyCheck.isVisible()
    for giver in ("Alpha", "Beta"):
        page.ui.proxyCheck.setChecked(True)
        page.ui.giverLastNameEdit.setText(giver)
        page.ui.giverFirstNameEdit.setText("Jeanne")
        page.ui.giverBirthEdit.setText("02/02/1960")
        _type_voter(qtbot, page, "Holder", "Paul", "05/05/1970")
    assert page.last_status is SignInStatus.PROXY_LIMIT
    summary = register_summary(database, voting.id)
    assert (summary.signatures, summary.proxies) == (1, 1)
    assert not page.ui.proxyCheck.isChecked() and page.ui.giverLastNameEdit.text() == ""


def test_proof_of_address_box_follows_the_rule(qtbot, context, database) -> None:  # type: ignore[no-untyped-def]
    voting = make_vote_campaign(
        database, settings=VoteSettings(residence_rule=ResidenceRule.PROOF, max_choices=3)
    )
    page = SignInPage(context)
    qtbot.addWidget(page)
    page.show_campaign(voting.id)
    page.show()
    assert page.ui.proofCheck.isVisible() and not page.ui.proxyCheck.isVisible()
    _type_voter(qtbot, page, "Durand", "Lise", "01/01/1980")
    assert page.last_status is SignInStatus.PROOF_NEEDED
    page.ui.proofCheck.setChecked(True)
    _type_voter(qtbot, page, "Durand", "Lise", "01/01/1980")
    assert page.last_status is SignInStatus.SIGNED


def test_purge_after_the_recourse_period(qtbot, page, database, voting, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _type_voter(qtbot, page, "Benali", "Samira", "03/04/1979")
    assert not page.ui.purgeButton.isEnabled()  # no published results yet
    # The count, published long ago: the recourse period is over.
    entry = ballots.open_entry(database, voting.stations[0], "Karim", AUTHOR)
    ballots.enter_ballot(database, entry.id, "1 2", AUTHOR)
    ballots.close_entry(database, entry.id, AUTHOR)
    result = count_votes(database, voting.id, AUTHOR)
    assert result.result_id is not None
    publish_results(database, result.result_id, AUTHOR, at=datetime(2025, 1, 10, 12, tzinfo=UTC))
    page.load()
    assert page.ui.purgeButton.isEnabled()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(page.changed):
        page.ui.purgeButton.click()
    assert register_summary(database, voting.id).purged_at is not None
    with database.session() as session:
        assert session.scalars(select(SignIn)).all() == []
        assert (
            session.scalars(select(JournalEntry).where(JournalEntry.action == "register.purge"))
            .one()
            .author
            == AUTHOR
        )
    assert not page.ui.purgeButton.isEnabled()


def test_the_desk_is_closed_once_the_results_are_published(qtbot, page, database, voting) -> None:  # type: ignore[no-untyped-def]
    _type_voter(qtbot, page, "Benali", "Samira", "03/04/1979")
    assert not page.ui.closedLabel.isVisible() and page.ui.signButton.isEnabled()
    entry = ballots.open_entry(database, voting.stations[0], "Karim", AUTHOR)
    ballots.enter_ballot(database, entry.id, "1 2", AUTHOR)
    ballots.close_entry(database, entry.id, AUTHOR)
    result = count_votes(database, voting.id, AUTHOR)
    assert result.result_id is not None
    publish_results(database, result.result_id, AUTHOR, at=datetime(2025, 1, 10, 12, tzinfo=UTC))
    page.load()
    # The desk says why it is closed, its form is disabled; the counts and the purge stay.
    assert page.ui.closedLabel.isVisible()
    assert page.ui.closedLabel.text() == register_summary(database, voting.id).closed != ""
    assert not page.ui.voterGroup.isEnabled() and not page.ui.signButton.isEnabled()
    assert page.model.rowCount() == 2 and page.ui.purgeButton.isEnabled()
    # Enter in a field (if one kept the focus) signs nobody.
    page.ui.lastNameEdit.setText("Durand")
    page.ui.firstNameEdit.setText("Lise")
    page.ui.birthEdit.setText("01/01/1980")
    page.sign()
    assert register_summary(database, voting.id).signatures == 1


def test_without_vote_settings_the_page_says_so(qtbot, context, campaign_id) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage(context)
    qtbot.addWidget(page)
    page.show_campaign(campaign_id)  # no message box (it would block the test)
    page.show()
    assert page.ui.statusLabel.text()
    assert page.model.rowCount() == 0 and not page.ui.purgeButton.isEnabled()
