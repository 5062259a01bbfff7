"""The amount field shared by every form (envelope, requested amount, expense, instalment)."""

from __future__ import annotations

from pbdesk.ui.fields import MoneyEdit


def test_an_empty_amount_shows_a_neutral_placeholder_a_form_can_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    # Not an example amount (« 95 000 » read like a suggestion on an expense).
    assert edit.placeholderText() == "0"
    assert edit.text() == ""
    envelope = MoneyEdit(placeholder="95 000")
    qtbot.addWidget(envelope)
    assert envelope.placeholderText() == "95 000"
    qtbot.keyClicks(edit, "1250,5")
    edit.editingFinished.emit()
    assert edit.cents() == 125050
