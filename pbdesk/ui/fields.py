"""Input widgets the forms share: amounts in euros, optional dates, per-field error labels."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros_plain, parse_euros

DATE_FORMAT = "dd/MM/yyyy"
ERROR_STYLE = "color: #b00020;"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class MoneyEdit(QLineEdit):
    """An amount typed the French way (``95 000`` or ``95000,50``); ``cents()`` reads it.

    The placeholder is a neutral ``0`` (an example amount would read as a suggestion, for an
    expense as for an envelope); a form may give its own with ``setPlaceholderText``.
    """

    #: What an empty amount field shows.
    PLACEHOLDER = "0"

    def __init__(self, parent: QWidget | None = None, placeholder: str = PLACEHOLDER) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.editingFinished.connect(self._tidy)

    def cents(self, *, allow_zero: bool = True) -> int:
        """The amount in cents; raises ``DomainError`` with a French sentence if invalid."""
        return parse_euros(self.text(), allow_zero=allow_zero)

    def setCents(self, cents: int) -> None:
        self.setText(format_euros_plain(cents))

    def _tidy(self) -> None:
        # An invalid amount stays as typed: the form says what is wrong on save.
        with contextlib.suppress(DomainError):
            self.setCents(self.cents())


class DateEdit(QDateEdit):
    """A ``dd/mm/yyyy`` date field that accepts dates typed the way people type them.

    A full section (``14``) moves the cursor to the next one by itself; a ``/`` typed right
    after would skip that one too, so ``14/03/2026`` came out wrong. Such a ``/`` is ignored.
    """

    SEPARATORS = frozenset("/.-")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self._after_digit = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        line = self.lineEdit()
        skip = (
            event.text() in self.SEPARATORS
            and self._after_digit
            and line.hasSelectedText()
            and line.selectedText() == self.sectionText(self.currentSection())
        )
        self._after_digit = event.text().isdigit()
        if not skip:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._after_digit = False
        super().focusInEvent(event)


class OptionalDateEdit(QWidget):
    """A date that may be left unset: a check box switches the date field on.

    Signals: ``changed`` — the value was changed by the user.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled_box = QCheckBox(self)
        self.date_edit = DateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setEnabled(False)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.date_edit, 1)
        self.setFocusProxy(self.enabled_box)
        self.enabled_box.toggled.connect(self.date_edit.setEnabled)
        self.enabled_box.toggled.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.enabled_box.setText(self.tr("Set"))
        self.enabled_box.setToolTip(self.tr("Tick to give a date; untick to leave it empty."))

    def value(self) -> date | None:
        return from_qdate(self.date_edit.date()) if self.enabled_box.isChecked() else None

    def setValue(self, value: date | None) -> None:
        self.enabled_box.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(to_qdate(value))


class ErrorLabel(QLabel):
    """A red sentence under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def say(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def show_errors(labels: Mapping[str, ErrorLabel], errors: Mapping[str, str]) -> list[str]:
    """Put each field's error under it; return the messages no label could show."""
    for label in labels.values():
        label.say("")
    unplaced = []
    for field, message in errors.items():
        label = labels.get(field)
        if label is None:
            unplaced.append(message)
        else:
            label.say(message)
    return unplaced


def fit_height(dialog: QWidget) -> None:
    """Make room for error sentences that just appeared (wrapped labels need height)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = (
        layout.totalHeightForWidth(dialog.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
