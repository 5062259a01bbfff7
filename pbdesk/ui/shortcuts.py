"""Keyboard shortcuts limited to a part of a page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def add_shortcut(
    keys: QKeySequence | QKeySequence.StandardKey | str,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QShortcut:
    """A shortcut active only in ``parent`` (and its children, by default).

    PySide6 6.12 ignores a ``context=`` argument given to the ``QShortcut`` constructor, which
    leaves the shortcut window-wide: Delete in one table would act on another. Set it here.
    """
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut
