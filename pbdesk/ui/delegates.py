"""Item delegates the tables share."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QDateEdit,
    QDateTimeEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pbdesk.ui.fields import DateEdit

ModelIndex = QModelIndex | QPersistentModelIndex

#: Set on the editor when the user asked for no date; ``setModelData`` then writes ``None``.
_CLEARED = "pbdeskDateCleared"


class OptionalDateDelegate(QStyledItemDelegate):
    """Edits a date (``EditRole``: a ``QDate`` or ``None``) with a ``dd/MM/yyyy`` field.

    An empty cell opens on today's date, day selected. Delete in the field clears the date
    and closes it.
    """

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = DateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setToolTip(self.tr("Type the date (dd/mm/yyyy); Delete leaves it empty."))
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if not isinstance(editor, QDateEdit):
            super().setEditorData(editor, index)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setProperty(_CLEARED, False)
        editor.setDate(
            value if isinstance(value, QDate) and value.isValid() else QDate.currentDate()
        )
        editor.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        if not isinstance(editor, QDateEdit):
            super().setModelData(editor, model, index)
            return
        if editor.property(_CLEARED):
            model.setData(index, None, Qt.ItemDataRole.EditRole)
        else:
            editor.interpretText()
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QDateEdit)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # Delete is ours here, not the page's "remove item" shortcut
                return True
            if event.type() == QEvent.Type.KeyPress:
                watched.setProperty(_CLEARED, True)
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(watched, event)
