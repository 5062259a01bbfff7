"""The vote rules page: typing the règlement, the live sentence, saving, freezing, unlocking."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select
from vote.support import VoteCampaign, make_vote_campaign

from pbdesk.domain.tally import Rule
from pbdesk.domain.vote import BallotKind, VoteSettings
from pbdesk.store.database import Database
from pbdesk.store.models import JournalEntry
from pbdesk.ui.context import AppContext
from pbdesk.ui.pages.vote_settings import VoteSettingsPage
from pbdesk.workspace import ballots
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.vote import get_settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def voting(database: Database) -> VoteCampaign:
    """Two quartiers, four projects coded 1–4, approval of 1 to 3, one station."""
    return make_vote_campaign(
        database,
        envelope="40 000",
        territories=("Les Flamands", "Le Mail"),
        project_territories=(0, 1, 0, 1),
    )


def _page(qtbot, context: AppContext, campaign_id: int) -> VoteSettingsPage:  # type: ignore[no-untyped-def]
    page = VoteSettingsPage(context)
    qtbot.addWidget(page)
    page.resize(840, 650)
    page.show_campaign(campaign_id)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


@pytest.fixture
def page(qtbot, context: AppContext, voting: VoteCampaign) -> VoteSettingsPage:  # type: ignore[no-untyped-def]
    return _page(qtbot, context, voting.id)


def _type(qtbot, spin, text: str) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def _save_with_keyboard(qtbot, page: VoteSettingsPage) -> None:  # type: ignore[no-untyped-def]
    focus = page.focusWidget() or page
    qtbot.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _journal(database: Database, action: str) -> list[JournalEntry]:
    with database.session() as session:
        return list(session.scalars(select(JournalEntry).where(JournalEntry.action == action)))


def test_the_saved_rules_are_shown_with_a_plain_sentence(page: VoteSettingsPage) -> None:
    ui = page.ui
    assert ui.kindCombo.currentData() == BallotKind.APPROVAL.value
    assert (ui.minSpin.value(), ui.maxSpin.value()) == (1, 3)
    sentence = ui.sentenceLabel.text()
    assert page.tr("it names from {fewest} to {most} projects.").format(fewest=1, most=3) in (
        sentence
    )
    assert page.tr("it names no project.") in sentence  # blank
    assert not ui.frozenFrame.isVisible()
    assert not ui.noVoteLabel.isVisible()
    assert ui.scrollContents.isEnabled()
    assert not ui.saveButton.isEnabled()  # nothing changed yet


def test_the_sentence_follows_the_settings_as_they_are_typed(qtbot, page: VoteSettingsPage) -> None:
    ui = page.ui
    _type(qtbot, ui.minSpin, "3")
    assert page.tr("it names exactly {count} projects.").format(count=3) in (
        ui.sentenceLabel.text()
    )
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(BallotKind.POINTS.value))
    assert ui.pointsTotalSpin.isVisible() and not ui.minSpin.isVisible()
    _type(qtbot, ui.pointsTotalSpin, "10")
    _type(qtbot, ui.pointsEachSpin, "4")
    points = page.tr(
        "it gives {total} points or fewer in all, and {each} or fewer to any one project."
    ).format(total=10, each=4)
    assert points in ui.sentenceLabel.text()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(BallotKind.SINGLE.value))
    assert page.tr("it names exactly one project.") in ui.sentenceLabel.text()
    assert not ui.maxSpin.isVisible()


def test_most_below_fewest_is_refused_next_to_the_field_and_nothing_is_saved(
    qtbot, page: VoteSettingsPage, database: Database, voting: VoteCampaign
) -> None:
    before = get_settings(database, voting.id)
    settings_lines = len(_journal(database, "vote.settings"))
    ui = page.ui
    _type(qtbot, ui.minSpin, "3")
    _type(qtbot, ui.maxSpin, "2")
    assert ui.saveButton.isEnabled()
    _save_with_keyboard(qtbot, page)

    assert ui.maxError.isVisible()
    assert "ne peut pas être inférieur" in ui.maxError.text()
    assert ui.formError.isVisible()
    assert ui.maxSpin.hasFocus()
    assert get_settings(database, voting.id) == before
    assert len(_journal(database, "vote.settings")) == settings_lines
    assert page.is_dirty()
    # Correcting the field clears its sentence.
    _type(qtbot, ui.maxSpin, "4")
    assert not ui.maxError.isVisible()


def test_saving_stores_the_rules_and_writes_a_journal_line(
    qtbot, page: VoteSettingsPage, database: Database, voting: VoteCampaign
) -> None:
    ui = page.ui
    lines = len(_journal(database, "vote.settings"))
    _type(qtbot, ui.maxSpin, "2")
    ui.ruleCombo.setCurrentIndex(ui.ruleCombo.findData(Rule.THRESHOLD.value))
    assert ui.thresholdSpin.isVisible()
    _type(qtbot, ui.thresholdSpin, "12,5")
    ui.proxiesCheck.setChecked(True)
    _type(qtbot, ui.maxProxiesSpin, "2")
    ui.doubleEntryCheck.setChecked(True)
    with qtbot.waitSignal(page.changed) as changed:
        _save_with_keyboard(qtbot, page)
    assert changed.args == [voting.id]

    stored = get_settings(database, voting.id).settings
    assert stored.max_choices == 2
    assert stored.rule is Rule.THRESHOLD and stored.threshold_percent == Decimal("12.5")
    assert stored.proxies_allowed and stored.max_proxies == 2
    assert stored.double_entry
    assert len(_journal(database, "vote.settings")) == lines + 1
    assert _journal(database, "vote.settings")[-1].author == AUTHOR
    assert not page.is_dirty()
    assert ui.statusLabel.text() == page.tr("Vote rules saved.")


def test_an_envelope_per_territory_is_typed_in_euros(
    qtbot, page: VoteSettingsPage, database: Database, voting: VoteCampaign
) -> None:
    ui = page.ui
    ui.perTerritoryRadio.setChecked(True)
    first, second = page.envelope_edits.values()
    assert first.isVisible()
    qtbot.keyClicks(first, "25000")
    qtbot.keyClicks(second, "20000")
    assert page.save() is False  # 45 000 € is more than the campaign's 40 000 €
    assert ui.envelopesError.isVisible()
    assert "40" in ui.envelopesError.text()
    second.clear()
    qtbot.keyClicks(second, "15000")
    assert page.save() is True
    stored = get_settings(database, voting.id).settings
    assert stored.envelopes_per_territory
    assert stored.envelopes() == {
        voting.territories[0]: 2_500_000,
        voting.territories[1]: 1_500_000,
    }


def test_frozen_rules_are_read_only_until_unlocked_with_a_reason(
    qtbot, page: VoteSettingsPage, database: Database, voting: VoteCampaign, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    entry = ballots.open_entry(database, voting.stations[0], "Karim", AUTHOR)
    ballots.enter_ballot(database, entry.id, "1 2", AUTHOR)
    page.load()
    ui = page.ui
    assert ui.frozenFrame.isVisible()
    assert ui.unfreezeButton.isEnabled()
    assert not ui.scrollContents.isEnabled()
    assert not ui.saveButton.isEnabled()

    # Cancelling the question changes nothing.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    ui.unfreezeButton.click()
    assert get_settings(database, voting.id).frozen

    # An empty reason is refused with the workspace's sentence.
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda _parent, _title, text, *a, **k: warnings.append(text)),
    )
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  ", True)))
    ui.unfreezeButton.click()
    assert get_settings(database, voting.id).frozen
    assert warnings and "pourquoi" in warnings[0].lower()

    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: ("Le reglement dit de 1 a 2", True)),
    )
    with qtbot.waitSignal(page.changed):
        ui.unfreezeButton.click()
    assert not get_settings(database, voting.id).frozen
    assert not ui.frozenFrame.isVisible()
    assert ui.scrollContents.isEnabled()
    [line] = _journal(database, "vote.unfreeze")
    assert line.details["reason"] == "Le reglement dit de 1 a 2"

    _type(qtbot, ui.maxSpin, "2")
    assert page.save()
    assert get_settings(database, voting.id).settings.max_choices == 2


def test_unsaved_edits_are_guarded_when_leaving(
    qtbot, page: VoteSettingsPage, database: Database, voting: VoteCampaign, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert page.maybe_leave()  # nothing to ask
    _type(qtbot, page.ui.maxSpin, "2")
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel)
    )
    assert not page.maybe_leave()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )
    assert page.maybe_leave()
    assert page.ui.maxSpin.value() == 3
    assert get_settings(database, voting.id).settings.max_choices == 3
    _type(qtbot, page.ui.maxSpin, "2")
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Save)
    )
    assert page.maybe_leave()
    assert get_settings(database, voting.id).settings.max_choices == 2


def test_a_campaign_without_rules_shows_suggestions_and_can_save_them(
    qtbot, context: AppContext, database: Database
) -> None:  # type: ignore[no-untyped-def]
    from conftest import sample_frame

    campaign_id = create_campaign(database, sample_frame(slug="sans-regles"), AUTHOR)
    page = _page(qtbot, context, campaign_id)
    assert page.ui.unsavedLabel.isVisible()
    assert page.ui.saveButton.isEnabled()
    assert not page.ui.perTerritoryRadio.isEnabled()  # a single territory
    assert page.save()
    view = get_settings(database, campaign_id)
    assert view.saved and view.settings == VoteSettings()
    assert not page.ui.unsavedLabel.isVisible()
    assert page.ui.registerKeyLabel.isVisible()


def test_alt_letters_are_unique_on_the_page(page: VoteSettingsPage) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

    ui = page.ui
    for kind in BallotKind:
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind.value))
        ui.ruleCombo.setCurrentIndex(ui.ruleCombo.findData(Rule.THRESHOLD.value))
        ui.perTerritoryRadio.setChecked(True)
        ui.keepNamesCheck.setChecked(True)
        letters = []
        for widget in page.findChildren(QWidget):
            if isinstance(widget, QLabel | QAbstractButton):
                text = widget.text()
            elif isinstance(widget, QGroupBox):
                text = widget.title()
            else:
                continue
            match = re.search(r"&([^&])", text.replace("&&", ""))
            if match and widget.isVisibleTo(page):
                letters.append(match.group(1).lower())
        assert sorted(letters) == sorted(set(letters)), (kind, letters)


def test_tab_goes_from_the_envelope_choice_to_each_territory_amount(
    qtbot, page: VoteSettingsPage
) -> None:
    ui = page.ui
    ui.perTerritoryRadio.setChecked(True)
    ui.perTerritoryRadio.setFocus()
    qtbot.waitUntil(ui.perTerritoryRadio.hasFocus)
    first, second = page.envelope_edits.values()
    qtbot.keyClick(ui.perTerritoryRadio, Qt.Key.Key_Tab)
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Tab)
    assert ui.atLeastOneCheck.hasFocus()


def test_a_campaign_decided_without_a_vote_says_the_rules_are_not_used(
    qtbot, context: AppContext, database: Database
) -> None:  # type: ignore[no-untyped-def]
    from conftest import sample_frame

    from pbdesk.domain.campaign import DecisionMode

    campaign_id = create_campaign(
        database,
        sample_frame(slug="sans-vote", decision_mode=DecisionMode.DESIGNATION, vote_on=None),
        AUTHOR,
    )
    page = _page(qtbot, context, campaign_id)
    assert page.ui.noVoteLabel.isVisible()
