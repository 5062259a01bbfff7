"""A project's (or a campaign's) money as one bar: paid (dark) and committed (light) against
the allocation, red past it. The same painting serves a widget and a table delegate."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pbdesk.domain.money import format_euros
from pbdesk.ui.models.followup import ALLOCATED_ROLE, COMMITTED_ROLE, PAID_ROLE

TRACK = QColor("#e4e7eb")
PAID = QColor("#2f6f9f")
COMMITTED = QColor("#9cc3e0")
OVER = QColor("#c62828")


def paint_bar(painter: QPainter, rect: QRect, allocated: int, committed: int, paid: int) -> None:
    """Draw the bar in ``rect``. The scale is the allocation, or the spending when larger."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    area = QRectF(rect)
    radius = min(4.0, area.height() / 2)
    painter.setBrush(TRACK)
    painter.drawRoundedRect(area, radius, radius)
    scale = max(allocated, committed, 1)

    def part(amount: int) -> QRectF:
        return QRectF(area.x(), area.y(), area.width() * min(amount, scale) / scale, area.height())

    painter.setBrush(COMMITTED)
    painter.drawRoundedRect(part(min(committed, allocated)), radius, radius)
    painter.setBrush(PAID)
    painter.drawRoundedRect(part(min(paid, allocated)), radius, radius)
    if committed > allocated:
        start = area.width() * allocated / scale
        painter.setBrush(OVER)
        painter.drawRoundedRect(
            QRectF(area.x() + start, area.y(), area.width() - start, area.height()), radius, radius
        )
    painter.restore()


class MoneyBar(QWidget):
    """The bar as a widget (campaign totals, the selected project)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allocated = self.committed = self.paid = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_figures(self, allocated: int, committed: int, paid: int) -> None:
        self.allocated, self.committed, self.paid = allocated, committed, paid
        self.setToolTip(
            self.tr("Allocated {allocated}, committed {committed}, paid {paid}").format(
                allocated=format_euros(allocated),
                committed=format_euros(committed),
                paid=format_euros(paid),
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, max(self.minimumHeight(), 14))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_bar(painter, self.rect(), self.allocated, self.committed, self.paid)
        painter.end()


class MoneyBarDelegate(QStyledItemDelegate):
    """Paints a cell as the bar of the row's ``ALLOCATED_ROLE``/``COMMITTED_ROLE``/``PAID_ROLE``."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        allocated = index.data(ALLOCATED_ROLE)
        if not isinstance(allocated, int):
            return
        committed = int(index.data(COMMITTED_ROLE) or 0)
        paid = int(index.data(PAID_ROLE) or 0)
        rect = option.rect.adjusted(6, 0, -6, 0)
        height = min(12, rect.height() - 6)
        rect.setTop(rect.center().y() - height // 2)
        rect.setHeight(height)
        paint_bar(painter, rect, allocated, committed, paid)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 120), hint.height())
