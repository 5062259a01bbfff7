"""The call page (phase 6): dates, ceiling and rules of the call, and its review grid."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from pbdesk.domain.campaign import CallKind
from pbdesk.domain.review import CriterionInput, CriterionKind
from pbdesk.store.database import Database
from pbdesk.store.models import Call
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.criterion import CriterionDialog
from pbdesk.ui.models.criteria import CriteriaKindProxy, CriteriaModel, CriterionColumn
from pbdesk.ui.pages.call import CallPage
from pbdesk.workspace.call import (
    CallInput,
    default_grid,
    get_call,
    list_criteria,
    save_call,
    save_criterion,
    start_from_default_grid,
)
from pbdesk.workspace.stakes import StakeInput, save_stake

#: The offscreen platform (tests) warns whenever a shown window gets its minimum size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _reply(button: QMessageBox.StandardButton, asked: list[str] | None = None):  # type: ignore[no-untyped-def]
    def ask(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        if asked is not None:
            asked.append(text)
        return button

    return staticmethod(ask)


def _forbid(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise AssertionError("no question was expected")


@pytest.fixture
def page(qtbot, context: AppContext, campaign_id: int) -> CallPage:  # type: ignore[no-untyped-def]
    widget = CallPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(campaign_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _send_grids(database: Database, campaign_id: int) -> None:
    """What exporting review grids does: the call remembers when they went out."""
    with database.session() as session:
        call = session.scalar(select(Call).where(Call.campaign_id == campaign_id))
        assert call is not None
        call.grids_sent_at = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _names(proxy: CriteriaKindProxy) -> list[str]:
    return [proxy.index(r, CriterionColumn.NAME).data() for r in range(proxy.rowCount())]


def _stored(database: Database, campaign_id: int, kind: CriterionKind) -> list[str]:
    return [c.name for c in list_criteria(database, campaign_id) if c.kind is kind]


def _select(qtbot, page: CallPage, scored: bool, row: int) -> None:  # type: ignore[no-untyped-def]
    view = page.ui.scoredView if scored else page.ui.eligibilityView
    page.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.selectRow(row)
    assert page.current_criterion() is not None


def _ok(dialog: CriterionDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


# -- models --------------------------------------------------------------------------------
def test_criteria_model_and_its_kind_proxies_pass_the_model_tester(
    qtmodeltester, database: Database, campaign_id: int
) -> None:
    start_from_default_grid(database, campaign_id, AUTHOR)
    stake = save_stake(database, campaign_id, StakeInput("Lieux pour les jeunes"))
    save_criterion(
        database,
        campaign_id,
        CriterionInput("Repond aux jeunes", CriterionKind.SCORED, stake_id=stake),
        AUTHOR,
    )
    model = CriteriaModel()
    model.set_stakes({stake: "Lieux pour les jeunes"})
    model.set_criteria(list_criteria(database, campaign_id))
    qtmodeltester.check(model)
    for kind in CriterionKind:
        proxy = CriteriaKindProxy(kind)
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy)
    last = model.index(model.rowCount() - 1, CriterionColumn.STAKE)
    assert last.data() == "Lieux pour les jeunes"
    assert model.index(0, CriterionColumn.SCALE).data() == ""  # eligibility: no scale
    assert model.index(model.rowCount() - 1, CriterionColumn.SCALE).data() == "0–3"


# -- the call ------------------------------------------------------------------------------
def test_the_legal_form_of_the_frame_is_shown_read_only(page: CallPage) -> None:
    assert page.ui.legalFormValue.text() == CallKind.AAP.label
    assert not page.ui.legalFormValue.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_closing_before_opening_is_refused_next_to_the_closing_date(
    qtbot, page: CallPage, database: Database, campaign_id: int
) -> None:
    page.ui.opensEdit.setValue(date(2026, 5, 1))
    page.ui.closesEdit.setValue(date(2026, 4, 1))
    qtbot.keyClicks(page.ui.rulesEdit, "Ouvert aux associations du quartier")
    assert page.ui.saveButton.isEnabled()
    qtbot.keyClick(page.ui.rulesEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert page.ui.closesError.isVisible()
    assert "clore avant de s’ouvrir" in page.ui.closesError.text()
    assert page.ui.formError.isVisible()
    call = get_call(database, campaign_id)
    assert (call.opens_on, call.closes_on, call.rules) == (None, None, "")
    assert page.is_dirty()

    # Moving the closing date hides the sentence; the corrected call is then saved.
    page.ui.closesEdit.setValue(date(2026, 6, 30))
    assert not page.ui.closesError.isVisible()
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    call = get_call(database, campaign_id)
    assert (call.opens_on, call.closes_on) == (date(2026, 5, 1), date(2026, 6, 30))
    assert call.rules == "Ouvert aux associations du quartier"
    assert not page.is_dirty() and not page.ui.saveButton.isEnabled()


def test_a_ceiling_typed_5_000_is_stored_in_cents_and_an_empty_one_as_none(
    qtbot, page: CallPage, database: Database, campaign_id: int
) -> None:
    qtbot.keyClicks(page.ui.ceilingEdit, "5 000")
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(page.ui.ceilingEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_call(database, campaign_id).ceiling_cents == 500000
    assert page.ui.ceilingEdit.text() == "5 000"

    page.ui.ceilingEdit.clear()
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert get_call(database, campaign_id).ceiling_cents is None


def test_a_ceiling_that_is_not_an_amount_is_refused_next_to_it(
    qtbot, page: CallPage, database: Database, campaign_id: int
) -> None:
    save_call(database, campaign_id, CallInput(ceiling_cents=300000), AUTHOR)
    page.load()
    page.ui.ceilingEdit.clear()
    qtbot.keyClicks(page.ui.ceilingEdit, "cinq mille")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.ui.ceilingError.isVisible()
    assert "cinq mille" in page.ui.ceilingError.text()
    assert page.ui.ceilingEdit.hasFocus()
    assert get_call(database, campaign_id).ceiling_cents == 300000


def test_leaving_with_unsaved_changes_asks_and_cancel_stays(
    qtbot, page: CallPage, database: Database, campaign_id: int, monkeypatch
) -> None:
    assert page.maybe_leave()  # nothing typed: nothing asked
    qtbot.keyClicks(page.ui.rulesEdit, "Dossier en mairie")
    monkeypatch.setattr(QMessageBox, "question", _reply(QMessageBox.StandardButton.Cancel))
    assert not page.maybe_leave()
    assert page.ui.rulesEdit.toPlainText() == "Dossier en mairie"

    monkeypatch.setattr(QMessageBox, "question", _reply(QMessageBox.StandardButton.Discard))
    assert page.maybe_leave()
    assert page.ui.rulesEdit.toPlainText() == ""
    assert get_call(database, campaign_id).rules == ""

    qtbot.keyClicks(page.ui.rulesEdit, "Dossier en mairie")
    monkeypatch.setattr(QMessageBox, "question", _reply(QMessageBox.StandardButton.Save))
    assert page.maybe_leave()
    assert get_call(database, campaign_id).rules == "Dossier en mairie"


# -- the review grid -----------------------------------------------------------------------
def test_starting_from_the_default_grid_adds_its_criteria(
    qtbot, page: CallPage, database: Database, campaign_id: int, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", _forbid)  # no grid sent: nothing to ask
    assert page.ui.defaultGridButton.isVisible()
    with qtbot.waitSignal(page.changed, timeout=2000) as blocker:
        qtbot.mouseClick(page.ui.defaultGridButton, Qt.MouseButton.LeftButton)
    assert blocker.args == [campaign_id]

    grid = default_grid()
    eligibility = [c.name for c in grid if c.kind is CriterionKind.ELIGIBILITY]
    scored = [c.name for c in grid if c.kind is CriterionKind.SCORED]
    assert _stored(database, campaign_id, CriterionKind.ELIGIBILITY) == eligibility
    assert _stored(database, campaign_id, CriterionKind.SCORED) == scored
    assert _names(page.eligibility_proxy) == eligibility
    assert _names(page.scored_proxy) == scored
    assert not page.ui.defaultGridButton.isVisible()
    assert str(get_call(database, campaign_id).criteria_version) in page.ui.versionLabel.text()


def test_adding_a_scored_criterion_linked_to_a_stake(
    qtbot, page: CallPage, database: Database, campaign_id: int
) -> None:
    stake = save_stake(database, campaign_id, StakeInput("Lieux pour les jeunes"))
    page.refresh()
    version = get_call(database, campaign_id).criteria_version
    qtbot.mouseClick(page.ui.addScoredButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CriterionDialog) and dialog.isVisible()
    assert dialog.ui.weightSpin.isVisible() and dialog.ui.stakeCombo.isVisible()
    qtbot.keyClicks(dialog.ui.nameEdit, "Place des jeunes")
    dialog.ui.weightSpin.setValue(3)
    dialog.ui.scaleMinSpin.setValue(1)
    dialog.ui.scaleMaxSpin.setValue(4)
    dialog.ui.stakeCombo.setCurrentIndex(dialog.ui.stakeCombo.findData(stake))
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    [criterion] = list_criteria(database, campaign_id)
    assert (criterion.kind, criterion.name, criterion.weight) == (
        CriterionKind.SCORED,
        "Place des jeunes",
        3,
    )
    assert (criterion.scale_min, criterion.scale_max, criterion.stake_id) == (1, 4, stake)
    assert get_call(database, campaign_id).criteria_version == version + 1
    assert page.current_criterion() is not None and page.current_criterion().id == criterion.id
    assert page.scored_proxy.index(0, CriterionColumn.SCALE).data() == "1–4"
    assert page.scored_proxy.index(0, CriterionColumn.STAKE).data() == "Lieux pour les jeunes"


def test_an_eligibility_criterion_has_no_weight_or_scale(
    qtbot, page: CallPage, database: Database, campaign_id: int
) -> None:
    page.activateWindow()
    page.ui.eligibilityView.setFocus()
    qtbot.waitUntil(page.ui.eligibilityView.hasFocus)
    qtbot.keyClick(page.ui.eligibilityView, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert isinstance(dialog, CriterionDialog)
    assert not dialog.ui.weightSpin.isVisible() and not dialog.ui.scaleMinSpin.isVisible()
    qtbot.keyClicks(dialog.ui.nameEdit, "Porteur domicilie dans le quartier")
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    [criterion] = list_criteria(database, campaign_id)
    assert criterion.kind is CriterionKind.ELIGIBILITY
    assert _names(page.eligibility_proxy) == ["Porteur domicilie dans le quartier"]
    assert _names(page.scored_proxy) == []


def test_a_scale_whose_minimum_is_not_below_its_maximum_is_refused_next_to_it(
    qtbot, database: Database, campaign_id: int
) -> None:
    dialog = CriterionDialog(database, campaign_id, AUTHOR, CriterionKind.SCORED)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Faisabilite")
    dialog.ui.scaleMinSpin.setValue(3)
    dialog.ui.scaleMaxSpin.setValue(3)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.ui.scaleError.isVisible()
    assert "échelle" in dialog.ui.scaleError.text()
    assert not dialog.ui.nameError.isVisible()
    assert dialog.focusWidget() is dialog.ui.scaleMinSpin
    assert list_criteria(database, campaign_id) == []

    # Changing the scale hides the sentence; 0 to 3 is then accepted.
    dialog.ui.scaleMinSpin.setValue(0)
    assert not dialog.ui.scaleError.isVisible()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [c.name for c in list_criteria(database, campaign_id)] == ["Faisabilite"]


def test_editing_and_removing_a_criterion(
    qtbot, page: CallPage, database: Database, campaign_id: int, monkeypatch
) -> None:
    start_from_default_grid(database, campaign_id, AUTHOR)
    page.refresh()
    scored = _stored(database, campaign_id, CriterionKind.SCORED)
    _select(qtbot, page, scored=True, row=1)
    qtbot.keyClick(page.ui.scoredView, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, CriterionDialog) and dialog.ui.nameEdit.text() == scored[1]
    dialog.ui.weightSpin.setValue(5)
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    edited = [c for c in list_criteria(database, campaign_id) if c.name == scored[1]]
    assert [c.weight for c in edited] == [5]
    assert page.scored_proxy.index(1, CriterionColumn.WEIGHT).data() == "5"

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", _reply(QMessageBox.StandardButton.Yes, asked))
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(page.ui.scoredView, Qt.Key.Key_Delete)
    assert scored[1] in asked[-1]
    assert _stored(database, campaign_id, CriterionKind.SCORED) == scored[:1] + scored[2:]


def test_moving_a_criterion_keeps_it_among_its_kind(
    qtbot, page: CallPage, database: Database, campaign_id: int
) -> None:
    start_from_default_grid(database, campaign_id, AUTHOR)
    page.refresh()
    eligibility = _stored(database, campaign_id, CriterionKind.ELIGIBILITY)
    scored = _stored(database, campaign_id, CriterionKind.SCORED)
    version = get_call(database, campaign_id).criteria_version

    _select(qtbot, page, scored=True, row=0)
    assert not page.ui.moveCriterionUpButton.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(page.ui.scoredView, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _stored(database, campaign_id, CriterionKind.SCORED) == [
        scored[1],
        scored[0],
        *scored[2:],
    ]
    assert page.current_criterion().name == scored[0]

    _select(qtbot, page, scored=False, row=4)
    assert not page.ui.moveCriterionDownButton.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(page.ui.eligibilityView, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _stored(database, campaign_id, CriterionKind.ELIGIBILITY) == [
        *eligibility[:3],
        eligibility[4],
        eligibility[3],
    ]
    assert _names(page.eligibility_proxy) == _stored(
        database, campaign_id, CriterionKind.ELIGIBILITY
    )
    # Only the order of the grid changed: grids already sent stay valid.
    assert get_call(database, campaign_id).criteria_version == version


def test_after_grids_were_sent_a_change_is_asked_first_and_no_changes_nothing(
    qtbot, page: CallPage, database: Database, campaign_id: int, monkeypatch
) -> None:
    start_from_default_grid(database, campaign_id, AUTHOR)
    _send_grids(database, campaign_id)
    page.refresh()
    before = list_criteria(database, campaign_id)
    version = get_call(database, campaign_id).criteria_version
    assert "02/03/2026" in page.ui.versionLabel.text()

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", _reply(QMessageBox.StandardButton.No, asked))
    monkeypatch.setattr(QMessageBox, "question", _forbid)

    qtbot.mouseClick(page.ui.addScoredButton, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    _select(qtbot, page, scored=True, row=0)
    qtbot.keyClick(page.ui.scoredView, Qt.Key.Key_Return)
    assert page.dialog is None
    qtbot.keyClick(page.ui.scoredView, Qt.Key.Key_Delete)
    qtbot.keyClick(page.ui.scoredView, Qt.Key.Key_Insert)
    assert page.dialog is None

    assert len(asked) == 4
    assert before[5].name in asked[2]  # the removal names the criterion
    assert list_criteria(database, campaign_id) == before
    call = get_call(database, campaign_id)
    assert call.criteria_version == version and call.grids_sent_at is not None

    # Yes: the change is made, the version moves on and the old grids will be refused.
    monkeypatch.setattr(QMessageBox, "warning", _reply(QMessageBox.StandardButton.Yes, asked))
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.keyClick(page.ui.scoredView, Qt.Key.Key_Delete)
    assert len(asked) == 5
    assert len(list_criteria(database, campaign_id)) == len(before) - 1
    call = get_call(database, campaign_id)
    assert call.criteria_version == version + 1 and call.grids_sent_at is None
    assert "02/03/2026" not in page.ui.versionLabel.text()
