"""The campaign's dashboard: key facts, progress phase by phase, what is due next, figures."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros, group_digits
from pbdesk.ui.context import AppContext
from pbdesk.ui.forms.ui_dashboard_page import Ui_DashboardPage
from pbdesk.ui.models.progress import (
    DONE_ROLE,
    PHASE_ROLE,
    TOTAL_ROLE,
    DueColumn,
    DueModel,
    ProgressColumn,
    ProgressModel,
)
from pbdesk.ui.pages import CampaignPage
from pbdesk.workspace.dashboard import dashboard, dashboard_alerts
from pbdesk.workspace.views import DashboardView

#: The counts the dashboard shows, in this order; other keys of ``DashboardView.counts``
#: (added by later features) are left to the pages that know them.
SHOWN_COUNTS = (
    "applications",
    "holders",
    "new_holders",
    "stakes",
    "reviewers",
    "team",
    "core_group",
    "meetings",
    "participants",
)

_BAR_WIDTH = 150


class ChecklistBarDelegate(QStyledItemDelegate):
    """Paints the checklist column as a progress bar reading ``done / total``."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        total = index.data(TOTAL_ROLE)
        if not isinstance(total, int):
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        # The bar on the left, the figures beside it: text painted over a bar is unreadable
        # where the two colours meet.
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        text_width = option.fontMetrics.horizontalAdvance("00 / 00") + 8
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(6, 5, -6 - text_width, -5)
        bar.palette = option.palette
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.fontMetrics = option.fontMetrics
        bar.minimum = 0
        bar.maximum = max(total, 1)
        bar.progress = min(int(index.data(DONE_ROLE) or 0), bar.maximum)
        bar.textVisible = False
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
        text_rect = option.rect.adjusted(option.rect.width() - text_width - 4, 0, -6, 0)
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(option.palette.highlightedText().color())
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), text
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), _BAR_WIDTH), hint.height())


def _fit_rows(view: QTableView) -> None:
    """Size a short table to show all its rows, so the page scrolls rather than the table."""
    rows = view.model().rowCount()
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(row) for row in range(rows))
    view.setFixedHeight(height + 2)


def _prepare_table(view: QTableView) -> None:
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)


class DashboardPage(CampaignPage):
    """Where the campaign stands, at a glance.

    Signals: ``phase_requested(int)`` — the user activated a phase (or an item due in it)
    and wants that phase's page; ``changed(int)`` is never emitted (the page only reads).
    """

    phase_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.view: DashboardView | None = None

        self.progress_model = ProgressModel(self)
        table = self.ui.progressView
        table.setModel(self.progress_model)
        table.setItemDelegateForColumn(ProgressColumn.CHECKLIST, ChecklistBarDelegate(table))
        _prepare_table(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(ProgressColumn.PHASE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ProgressColumn.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgressColumn.CHECKLIST, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ProgressColumn.CHECKLIST, _BAR_WIDTH)
        header.setSectionResizeMode(
            ProgressColumn.MEETINGS, QHeaderView.ResizeMode.ResizeToContents
        )
        table.activated.connect(self._open_phase)

        self.due_model = DueModel(self)
        due = self.ui.dueView
        due.setModel(self.due_model)
        _prepare_table(due)
        header = due.horizontalHeader()
        header.setSectionResizeMode(DueColumn.DUE_ON, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DueColumn.PHASE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DueColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DueColumn.OWNER, QHeaderView.ResizeMode.ResizeToContents)
        due.activated.connect(self._open_phase)

        self._count_labels: dict[str, QLabel] = dict(
            zip(
                SHOWN_COUNTS,
                (
                    self.ui.applicationsValue,
                    self.ui.holdersValue,
                    self.ui.newHoldersValue,
                    self.ui.stakesValue,
                    self.ui.reviewersValue,
                    self.ui.teamValue,
                    self.ui.coreGroupValue,
                    self.ui.meetingsValue,
                    self.ui.participantsValue,
                ),
                strict=True,
            )
        )
        self.ui.sampleBanner.hide()
        self.ui.alertsGroup.hide()
        self.setFocusProxy(table)

    def load(self) -> None:
        if self.campaign_id is None:
            return
        try:
            view = dashboard(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self.view = view
        campaign = view.campaign
        self.ui.sampleBanner.setVisible(campaign.sample)
        self.ui.titleLabel.setText(campaign.name)
        self.ui.envelopeValue.setText(format_euros(campaign.envelope_cents))
        self.ui.territoriesValue.setText(", ".join(view.territories) or "—")
        try:
            decision = DecisionMode(campaign.decision_mode).label
        except ValueError:
            decision = campaign.decision_mode
        self.ui.decisionValue.setText(decision)
        self.ui.phaseValue.setText(campaign.phase.label)

        self.progress_model.set_progress(view.progress, campaign.phase)
        current = self.progress_model.row_of(campaign.phase)
        if current >= 0:
            # Current without being selected: Enter opens it, the bold row stays readable.
            self.ui.progressView.selectionModel().setCurrentIndex(
                self.progress_model.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        _fit_rows(self.ui.progressView)

        self.due_model.set_items(view.next_due)
        self.ui.dueView.setVisible(bool(view.next_due))
        self.ui.nothingDueLabel.setVisible(not view.next_due)
        if view.next_due:
            _fit_rows(self.ui.dueView)

        for key, label in self._count_labels.items():
            value = view.counts.get(key)
            label.setText("—" if value is None else group_digits(value))
        self._show_alerts()

    def _show_alerts(self) -> None:
        """Phase 9's alerts (overspending, late milestones, reports, the one-year review)."""
        assert self.campaign_id is not None
        try:
            alerts = dashboard_alerts(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self.ui.alertsGroup.setVisible(bool(alerts))
        self.ui.alertsLabel.setText(
            "".join(
                f'<p style="margin: 2px 0; color: #b00020;">• {html.escape(alert.text)}</p>'
                for alert in alerts
            )
        )

    def _open_phase(self, index: QModelIndex) -> None:
        phase = index.data(PHASE_ROLE)
        if isinstance(phase, int):
            self.phase_requested.emit(phase)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.refresh()
        super().changeEvent(event)
