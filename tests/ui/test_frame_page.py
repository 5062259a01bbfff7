"""The frame page (Cadre): creating a campaign, editing its frame, refusing wrong input."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import AUTHOR, sample_frame
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import parse_euros
from pbdesk.ui.models.territories import COMMUNE, NAME, POSTCODE, TerritoriesModel
from pbdesk.ui.pages.frame import FramePage, suggested_slug
from pbdesk.workspace.campaigns import get_frame, list_campaigns, save_frame
from pbdesk.workspace.journal import entries
from pbdesk.workspace.views import TerritoryView


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    widget = FramePage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    return widget


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Make ``QMessageBox.question`` answer ``button``; the returned list collects the texts."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def never_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    def question(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("no question was expected")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


def retype(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_territories_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = TerritoriesModel()
    model.set_territories(
        [
            TerritoryView(1, "u1", "Les Flamands", "13014", "Marseille", "QN01301M"),
            TerritoryView(2, "u2", "Le Mail", "13014", "Marseille", ""),
        ]
    )
    qtmodeltester.check(model)
    row = model.insert_territory()
    assert model.setData(model.index(row, NAME), "Air Bel")
    assert model.move_territory(row, 0)
    assert [t.name for t in model.territories()] == ["Air Bel", "Les Flamands", "Le Mail"]
    assert model.territories()[1].uuid == "u1"  # an existing territory stays the same record
    model.set_errors({"territory.2.postcode": "wrong"})
    assert model.index(1, POSTCODE).data(Qt.ItemDataRole.ToolTipRole) == "wrong"
    model.remove_territory(0)
    qtmodeltester.check(model)


def test_create_a_campaign_by_typing(qtbot, page, database) -> None:  # type: ignore[no-untyped-def]
    page.start_new()
    assert page.ui.titleLabel.text() == page.tr("New campaign")
    assert page.ui.yearSpin.value() == date.today().year
    assert page.territories.rowCount() == 1
    assert page.ui.decisionCombo.currentData() == DecisionMode.VOTE.value

    qtbot.keyClicks(page.ui.nameEdit, "Air Bel")
    retype(qtbot, page.ui.yearSpin.lineEdit(), "2021")
    assert page.ui.slugEdit.text() == "air-bel-2021"  # the short name follows the name
    qtbot.keyClicks(page.ui.envelopeEdit, "95 000")
    assert page.ui.envelopePreview.text() == "95\u202f000\u00a0€"
    page.territories.setData(page.territories.index(0, NAME), "Air Bel")
    page.territories.setData(page.territories.index(0, COMMUNE), "Marseille")

    with qtbot.waitSignal(page.created) as created, qtbot.waitSignal(page.changed) as changed:
        qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    new_id = created.args[0]
    assert changed.args == [new_id]

    [campaign] = list_campaigns(database)
    assert (campaign.id, campaign.slug, campaign.name, campaign.year) == (
        new_id,
        "air-bel-2021",
        "Air Bel",
        2021,
    )
    assert campaign.envelope_cents == 9_500_000
    assert [t.name for t in get_frame(database, new_id).territories] == ["Air Bel"]
    # The page now edits the new campaign.
    assert page.campaign_id == new_id
    assert page.ui.titleLabel.text() == "Air Bel"
    assert not page.is_dirty()


def test_envelope_with_cents_is_stored_in_cents(qtbot, page, database) -> None:  # type: ignore[no-untyped-def]
    page.start_new()
    page.ui.yearSpin.setValue(2019)
    qtbot.keyClicks(page.ui.nameEdit, "Belle de Mai 2019")
    qtbot.keyClicks(page.ui.envelopeEdit, "95000,50")
    page.territories.setData(page.territories.index(0, NAME), "Belle de Mai")
    with qtbot.waitSignal(page.created):
        assert page.save()
    [campaign] = list_campaigns(database)
    assert campaign.slug == "belle-de-mai-2019"  # the year is already in the name
    assert campaign.envelope_cents == 9_500_050


def test_wrong_envelope_is_refused_next_to_the_field(  # type: ignore[no-untyped-def]
    qtbot, page, database, campaign_id, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    page.show_campaign(campaign_id)
    before = get_frame(database, campaign_id)
    retype(qtbot, page.ui.envelopeEdit, "beaucoup")
    assert page.ui.envelopePreview.text() == ""
    with pytest.raises(DomainError) as expected:
        parse_euros("beaucoup", allow_zero=False)

    with qtbot.assertNotEmitted(page.changed):
        assert not page.save()

    assert page.ui.envelopeError.text() == expected.value.message
    assert not page.ui.envelopeError.isHidden()
    assert not page.ui.formError.isHidden()
    assert get_frame(database, campaign_id) == before
    assert [e.action for e in entries(database, campaign_id)] == ["campaign.create"]
    # Correcting the amount clears the sentence.
    retype(qtbot, page.ui.envelopeEdit, "45 000")
    assert page.ui.envelopeError.isHidden()


def test_editing_the_frame_writes_a_journal_line(qtbot, page, database, campaign_id) -> None:  # type: ignore[no-untyped-def]
    page.show_campaign(campaign_id)
    assert page.ui.titleLabel.text() == "Quartier Test 2026"
    assert not page.ui.saveButton.isEnabled()  # nothing to save yet
    retype(qtbot, page.ui.envelopeEdit, "45 000")
    assert page.is_dirty()

    with (
        qtbot.waitSignal(page.changed, check_params_cb=lambda cid: cid == campaign_id),
        qtbot.waitSignal(page.status_message),
    ):
        assert page.save()

    assert get_frame(database, campaign_id).envelope_cents == 4_500_000
    latest = entries(database, campaign_id)[0]
    assert (latest.action, latest.author) == ("frame.update", AUTHOR)
    assert page.ui.statusLabel.text() == page.tr("Saved.")
    assert not page.is_dirty()


def test_someone_else_saving_first_is_reported_and_not_overwritten(  # type: ignore[no-untyped-def]
    qtbot, page, database, campaign_id, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text))
    )
    page.show_campaign(campaign_id)
    other = get_frame(database, campaign_id)
    save_frame(
        database, campaign_id, sample_frame(envelope="50 000"), "Collègue", version=other.version
    )
    retype(qtbot, page.ui.nameEdit, "Mon nom")

    with qtbot.assertNotEmitted(page.changed):
        assert not page.save()

    assert len(warnings) == 1
    frame = get_frame(database, campaign_id)
    assert (frame.name, frame.envelope_cents) == ("Quartier Test 2026", 5_000_000)
    assert page.is_dirty()  # the user's typing is still there to copy


def test_four_digit_postcode_is_refused_next_to_the_table(  # type: ignore[no-untyped-def]
    qtbot, page, database, campaign_id
) -> None:
    page.show_campaign(campaign_id)
    before = get_frame(database, campaign_id)
    page.territories.setData(page.territories.index(0, POSTCODE), "1300")

    assert not page.save()

    message = page.ui.territoriesError.text()
    assert "1300" in message
    assert not page.ui.territoriesError.isHidden()
    assert page.territories.index(0, POSTCODE).data(Qt.ItemDataRole.ToolTipRole) == message
    assert get_frame(database, campaign_id) == before


def test_designation_disables_and_clears_the_vote_date(qtbot, page, database, campaign_id) -> None:  # type: ignore[no-untyped-def]
    page.show_campaign(campaign_id)
    assert page.ui.voteEdit.isEnabled()
    assert page.ui.voteEdit.value() == date(2026, 6, 13)

    combo = page.ui.decisionCombo
    combo.setCurrentIndex(combo.findData(DecisionMode.DESIGNATION.value))

    assert not page.ui.voteEdit.isEnabled()
    assert page.ui.voteEdit.value() is None
    assert page.save()
    frame = get_frame(database, campaign_id)
    assert (frame.decision_mode, frame.vote_on) == ("designation", None)
    assert not page.ui.voteEdit.isEnabled()  # still so once reloaded

    combo.setCurrentIndex(combo.findData(DecisionMode.VOTE.value))
    assert page.ui.voteEdit.isEnabled()


def test_leaving_with_unsaved_changes_asks_first(  # type: ignore[no-untyped-def]
    qtbot, page, database, campaign_id, monkeypatch
) -> None:
    page.show_campaign(campaign_id)
    never_ask(monkeypatch)
    assert page.maybe_leave()  # nothing changed: no question

    qtbot.keyClicks(page.ui.nameEdit, " bis")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not page.maybe_leave()
    assert len(asked) == 1
    assert page.ui.nameEdit.text() == "Quartier Test 2026 bis"  # the edit is still there

    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert page.maybe_leave()
    assert page.ui.nameEdit.text() == "Quartier Test 2026"
    assert get_frame(database, campaign_id).name == "Quartier Test 2026"

    qtbot.keyClicks(page.ui.nameEdit, " ter")
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(page.changed):
        assert page.maybe_leave()
    assert get_frame(database, campaign_id).name == "Quartier Test 2026 ter"


def test_unsaved_invalid_edits_keep_the_user_on_the_page(  # type: ignore[no-untyped-def]
    qtbot, page, campaign_id, monkeypatch
) -> None:
    page.show_campaign(campaign_id)
    retype(qtbot, page.ui.nameEdit, "")
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert not page.maybe_leave()
    assert not page.ui.nameError.isHidden()


def test_short_name_stops_following_once_typed_by_hand(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.start_new()
    page.ui.yearSpin.setValue(2022)
    qtbot.keyClicks(page.ui.nameEdit, "Les Flamands")
    assert page.ui.slugEdit.text() == "les-flamands-2022"
    retype(qtbot, page.ui.slugEdit, "flamands")
    qtbot.keyClicks(page.ui.nameEdit, " / Le Mail")
    assert page.ui.slugEdit.text() == "flamands"
    assert suggested_slug("Pertuis 2020", 2020) == "pertuis-2020"


#: Shortcuts need a shown, active window; the offscreen platform warns when one is shown.
shown_window = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def show_active(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: page.isActiveWindow())


@shown_window
def test_tab_goes_through_the_form_in_reading_order(qtbot, page, campaign_id) -> None:  # type: ignore[no-untyped-def]
    show_active(qtbot, page)
    page.show_campaign(campaign_id)
    page.ui.nameEdit.setFocus()
    visited = []
    for _ in range(20):
        widget = QApplication.focusWidget()
        visited.append(widget.objectName() or widget.parentWidget().objectName())
        page.focusNextChild()
    expected = [
        "nameEdit",
        "yearSpin",
        "slugEdit",
        "envelopeEdit",
        "themeEdit",
        "aimsEdit",
        "territoriesView",
        "addTerritoryButton",
        "removeTerritoryButton",
        "callCombo",
        "coreGroupCombo",
        "decisionCombo",
        "startEdit",
        "startEdit",
        "endEdit",
        "endEdit",
        "voteEdit",
        "voteEdit",
        "nameEdit",  # nothing changed yet: Revert and Save are disabled
    ]
    assert visited[: len(expected)] == expected


@shown_window
def test_ctrl_s_creates_the_campaign_with_the_cell_being_typed(qtbot, page, database) -> None:  # type: ignore[no-untyped-def]
    show_active(qtbot, page)
    page.start_new()
    qtbot.keyClicks(page.ui.nameEdit, "Pertuis")
    qtbot.keyClicks(page.ui.envelopeEdit, "30 000")
    view = page.ui.territoriesView
    view.setFocus()
    qtbot.keyClick(view, "C")  # any key starts editing the current cell
    editor = QApplication.focusWidget()
    assert view.viewport().isAncestorOf(editor)
    qtbot.keyClicks(editor, "entre ancien")  # still typing: Enter was not pressed

    with qtbot.waitSignal(page.created):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [campaign] = list_campaigns(database)
    assert campaign.name == "Pertuis"
    assert [t.name for t in get_frame(database, campaign.id).territories] == ["Centre ancien"]


@shown_window
def test_territory_keyboard_shortcuts(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    show_active(qtbot, page)
    page.start_new()
    view = page.ui.territoriesView
    page.territories.setData(page.territories.index(0, NAME), "Le Mail")

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert page.territories.rowCount() == 2
    editor = QApplication.focusWidget()
    assert view.viewport().isAncestorOf(editor)  # typing goes straight into the new row
    qtbot.keyClicks(editor, "Les Flamands")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.territories.index(1, NAME).data() == "Les Flamands")

    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [t.name for t in page.territories.territories()] == ["Les Flamands", "Le Mail"]
    assert view.currentIndex().row() == 0

    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert page.territories.rowCount() == 2  # the user said no
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [t.name for t in page.territories.territories()] == ["Le Mail"]
    assert "Les Flamands" in asked[0]
