"""A bar chart of a count: votes per project, and where the envelope's money goes.

Decoration only: everything it shows is in the results table, which is what the keyboard
and screen readers use. One panel per envelope (the whole campaign, or each territory when
the envelopes are split). In each panel, the upper part has one bar per project, as high as
its votes (or score), most supported first; funded projects are in the accent colour (the
palette's highlight), the others grey. Below, a strip lays the projects' costs end to end in
the same order, with the envelope as a vertical line: funded costs fill it, the rest spills
past it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pbdesk.domain.money import format_euros


@dataclass(frozen=True)
class ChartBar:
    code: str
    title: str
    votes: int
    cost_cents: int
    funded: bool


@dataclass(frozen=True)
class ChartPanel:
    """One envelope: its name (empty for the whole campaign), amount and projects."""

    title: str
    budget_cents: int
    bars: tuple[ChartBar, ...]


_MARGIN = 10
_STRIP = 18
_GAP = 18


class BarChart(QWidget):
    """Draws ``ChartPanel``s side by side with QPainter. No signals; not focusable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._panels: tuple[ChartPanel, ...] = ()
        self._accent: QColor | None = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def set_panels(self, panels: Sequence[ChartPanel]) -> None:
        self._panels = tuple(panels)
        self.setAccessibleDescription(self._description())
        self.update()

    def panels(self) -> tuple[ChartPanel, ...]:
        return self._panels

    def set_accent(self, color: QColor | None) -> None:
        """The colour of funded bars (None: the palette's highlight)."""
        self._accent = color
        self.update()

    def accent(self) -> QColor:
        return self._accent or self.palette().color(QPalette.ColorRole.Highlight)

    def sizeHint(self) -> QSize:
        return QSize(600, 260)

    def _description(self) -> str:
        parts = []
        for panel in self._panels:
            funded = sum(1 for bar in panel.bars if bar.funded)
            text = (
                self.tr("{title}: {funded} project funded out of {count}, envelope {amount}.")
                if funded <= 1
                else self.tr("{title}: {funded} projects funded out of {count}, envelope {amount}.")
            )
            parts.append(
                text.format(
                    title=panel.title or self.tr("Whole campaign"),
                    funded=funded,
                    count=len(panel.bars),
                    amount=format_euros(panel.budget_cents),
                )
            )
        return " ".join(parts)

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        area = QRectF(self.rect()).adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        if not self._panels:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No count to show yet."))
            painter.end()
            return
        legend_height = self._draw_legend(painter, area)
        area.setTop(area.top() + legend_height + 4)
        count = len(self._panels)
        width = (area.width() - _GAP * (count - 1)) / count
        peak = max((bar.votes for panel in self._panels for bar in panel.bars), default=0)
        for number, panel in enumerate(self._panels):
            left = area.left() + number * (width + _GAP)
            self._draw_panel(painter, QRectF(left, area.top(), width, area.height()), panel, peak)
        painter.end()

    def _colors(self) -> tuple[QColor, QColor, QColor]:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        other = QColor(palette.color(QPalette.ColorRole.Mid))
        return self.accent(), other, text

    def _draw_legend(self, painter: QPainter, area: QRectF) -> float:
        accent, other, text = self._colors()
        metrics = QFontMetrics(self.font())
        size = metrics.height() * 0.7
        x = area.left()
        for color, label in ((accent, self.tr("Funded")), (other, self.tr("Not funded"))):
            painter.fillRect(QRectF(x, area.top() + metrics.height() * 0.15, size, size), color)
            x += size + 4
            painter.setPen(text)
            painter.drawText(
                QRectF(x, area.top(), metrics.horizontalAdvance(label) + 2, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x += metrics.horizontalAdvance(label) + 16
        envelope = self.tr("Envelope")
        pen = QPen(text, 2)
        painter.setPen(pen)
        middle = area.top() + metrics.height() / 2
        painter.drawLine(int(x), int(middle - size / 2), int(x), int(middle + size / 2))
        painter.drawText(
            QRectF(x + 6, area.top(), metrics.horizontalAdvance(envelope) + 2, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            envelope,
        )
        return metrics.height()

    def _draw_panel(self, painter: QPainter, rect: QRectF, panel: ChartPanel, peak: int) -> None:
        accent, other, text = self._colors()
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        small_metrics = QFontMetrics(small)
        line = metrics.height()
        top = rect.top()
        # Title: the territory (or the campaign) and its envelope.
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        title = self.tr("{title} — envelope {amount}").format(
            title=panel.title or self.tr("Whole campaign"),
            amount=format_euros(panel.budget_cents),
        )
        painter.drawText(
            QRectF(rect.left(), top, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, int(rect.width())),
        )
        top += line + 4
        bars = sorted(panel.bars, key=lambda bar: (-bar.votes, bar.cost_cents, bar.code))
        strip_height = _STRIP + small_metrics.height() + 6
        labels_height = line + small_metrics.height() + 2
        bars_bottom = rect.bottom() - strip_height - labels_height - 6
        bars_top = top + small_metrics.height() + 2
        if bars and bars_bottom > bars_top:
            slot = rect.width() / len(bars)
            bar_width = min(56.0, slot * 0.68)
            for index, bar in enumerate(bars):
                centre = rect.left() + slot * (index + 0.5)
                height = (bars_bottom - bars_top) * (bar.votes / peak if peak else 0)
                body = QRectF(centre - bar_width / 2, bars_bottom - height, bar_width, height)
                painter.fillRect(body, accent if bar.funded else other)
                painter.setFont(small)
                painter.setPen(text)
                painter.drawText(
                    QRectF(
                        centre - slot / 2, body.top() - small_metrics.height() - 1, slot, 0
                    ).adjusted(0, 0, 0, small_metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(bar.votes),
                )
                painter.setFont(bold if bar.funded else font)
                painter.drawText(
                    QRectF(centre - slot / 2, bars_bottom + 2, slot, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    bar.code,
                )
                painter.setFont(small)
                cost = format_euros(bar.cost_cents)
                painter.drawText(
                    QRectF(centre - slot / 2, bars_bottom + 2 + line, slot, small_metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    small_metrics.elidedText(cost, Qt.TextElideMode.ElideRight, int(slot)),
                )
            painter.setPen(QPen(text, 1))
            painter.drawLine(
                int(rect.left()), int(bars_bottom), int(rect.right()), int(bars_bottom)
            )
        self._draw_strip(painter, rect, panel, bars, small, small_metrics)

    def _draw_strip(
        self,
        painter: QPainter,
        rect: QRectF,
        panel: ChartPanel,
        bars: list[ChartBar],
        small: QFont,
        small_metrics: QFontMetrics,
    ) -> None:
        """The costs end to end (funded first, in order of votes), and the envelope line."""
        accent, other, text = self._colors()
        total = sum(bar.cost_cents for bar in bars)
        scale_max = max(total, panel.budget_cents, 1)
        top = rect.bottom() - _STRIP - small_metrics.height() - 4
        x = rect.left()
        ordered = [bar for bar in bars if bar.funded] + [bar for bar in bars if not bar.funded]
        painter.setFont(small)
        for bar in ordered:
            width = rect.width() * bar.cost_cents / scale_max
            segment = QRectF(x, top, width, _STRIP)
            painter.fillRect(segment, accent if bar.funded else other)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1))
            painter.drawRect(segment)
            if small_metrics.horizontalAdvance(bar.code) + 4 < width:
                painter.setPen(
                    self.palette().color(
                        QPalette.ColorRole.HighlightedText
                        if bar.funded
                        else QPalette.ColorRole.Text
                    )
                )
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, bar.code)
            x += width
        envelope_x = rect.left() + rect.width() * panel.budget_cents / scale_max
        painter.setPen(QPen(text, 2))
        painter.drawLine(int(envelope_x), int(top - 4), int(envelope_x), int(top + _STRIP + 4))
        funded = sum(bar.cost_cents for bar in bars if bar.funded)
        label = self.tr("{funded} of {envelope}").format(
            funded=format_euros(funded), envelope=format_euros(panel.budget_cents)
        )
        painter.setPen(text)
        painter.drawText(
            QRectF(rect.left(), top + _STRIP + 2, rect.width(), small_metrics.height() + 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            label,
        )
