"""Phase 9, "Bilan à un an": the review's date (with a reminder), the meeting's record,
residents' anonymous feedback entered quickly by keyboard, and the decisions taken."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.followup import FeedbackInput, FeedbackSource, ReviewInput, ReviewReminder
from pbdesk.ui.context import AppContext
from pbdesk.ui.fields import format_date, show_errors, to_qdate
from pbdesk.ui.forms.ui_one_year_review_page import Ui_OneYearReviewPage
from pbdesk.ui.models.one_year_review import FeedbackColumn, FeedbackModel
from pbdesk.ui.pages import CampaignPage
from pbdesk.workspace import one_year_review as oyr
from pbdesk.workspace.followup.projects import list_projects

APPROACHING_STYLE = (
    "background-color: #ffe8a3; color: #4a3b00; border: 1px solid #e0b84a; "
    "border-radius: 4px; padding: 6px 10px; font-weight: bold;"
)
OVERDUE_STYLE = (
    "background-color: #fde0e0; color: #7a0010; border: 1px solid #d88; "
    "border-radius: 4px; padding: 6px 10px; font-weight: bold;"
)


class OneYearReviewPage(CampaignPage):
    """Bilan à un an (phase 9).

    Signals: ``changed(int)`` after the record or the feedback changed.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_OneYearReviewPage()
        self.ui.setupUi(self)
        ui = self.ui
        #: The day the reminder is judged on (tests set it).
        self.today: date | None = None
        self.review: oyr.ReviewView | None = None
        self._dirty = False
        self._filling = False
        self.model = FeedbackModel(self)
        view = ui.feedbackView
        view.setModel(self.model)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = view.horizontalHeader()
        for column in FeedbackColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FeedbackColumn.COMMENT, QHeaderView.ResizeMode.Stretch)
        for source in FeedbackSource:
            ui.sourceCombo.addItem(source.label, source.value)
        self.errors = {"held_on": ui.heldError, "residents_count": ui.residentsError}
        ui.scheduledNote.hide()

        ui.saveButton.clicked.connect(self.save)
        ui.addButton.clicked.connect(self.add_feedback)
        ui.commentEdit.returnPressed.connect(self.add_feedback)
        ui.removeButton.clicked.connect(self.remove_feedback)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_feedback)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        insert.activated.connect(lambda: ui.scoreSpin.setFocus(Qt.FocusReason.ShortcutFocusReason))

        for optional in (ui.scheduledEdit, ui.heldEdit):
            optional.changed.connect(self._mark_dirty)
        ui.placeEdit.textEdited.connect(self._mark_dirty)
        ui.residentsSpin.valueChanged.connect(self._mark_dirty)
        ui.minutesEdit.textChanged.connect(self._mark_dirty)
        ui.decisionsEdit.textChanged.connect(self._mark_dirty)
        self.setFocusProxy(ui.scheduledEdit)

    def _today(self) -> date:
        return self.today or date.today()

    def _mark_dirty(self) -> None:
        if not self._filling:
            self._dirty = True

    def load(self) -> None:
        if self.campaign_id is None:
            return
        try:
            review = oyr.get_review(self.context.database, self.campaign_id, self._today())
            projects = list_projects(self.context.database, self.campaign_id, self._today())
        except DomainError as error:
            self.report(error)
            return
        self.review = review
        ui = self.ui
        self._filling = True
        try:
            show_errors(self.errors, {})
            ui.generalError.say("")
            # An estimated date (one year after the vote, no result published yet) is only
            # said: the date box stays unset, so that saving the record does not fix it.
            ui.scheduledEdit.setValue(None if review.estimated else review.scheduled_on)
            if review.estimated and review.scheduled_on is not None:
                ui.scheduledEdit.date_edit.setDate(to_qdate(review.scheduled_on))
            self._show_estimate(review)
            ui.heldEdit.setValue(review.held_on)
            ui.placeEdit.setText(review.place)
            ui.residentsSpin.setValue(
                -1 if review.residents_count is None else review.residents_count
            )
            ui.minutesEdit.setPlainText(review.minutes)
            ui.decisionsEdit.setPlainText(review.decisions)
            current = ui.projectCombo.currentData()
            ui.projectCombo.clear()
            ui.projectCombo.addItem(self.tr("The whole edition"), None)
            for project in projects:
                ui.projectCombo.addItem(
                    f"{project.number}. {project.title}", project.application_id
                )
            ui.projectCombo.setCurrentIndex(max(ui.projectCombo.findData(current), 0))
        finally:
            self._filling = False
        self._dirty = False
        self._show_reminder(review)
        self._load_feedback()

    def _show_estimate(self, review: oyr.ReviewView) -> None:
        note = self.ui.scheduledNote
        if review.estimated and review.scheduled_on is not None:
            note.setText(
                self.tr(
                    "Estimate: {date}, one year after the vote. No reminder until the results "
                    "are published."
                ).format(date=format_date(review.scheduled_on))
            )
            note.show()
        else:
            note.clear()
            note.hide()

    def _show_reminder(self, review: oyr.ReviewView) -> None:
        banner = self.ui.reminderBanner
        when = format_date(review.scheduled_on)
        # Each state says what to do next, never just that something is missing.
        if review.reminder is ReviewReminder.OVERDUE:
            banner.setText(
                self.tr("The review was due on {date} and has not been held yet.").format(date=when)
                + " "
                + self.tr(
                    "Next: invite the residents and the holders, hold the meeting, then write "
                    "here the date it was held, who came and what was said; or set a new date "
                    "in «Scheduled on»."
                )
            )
            banner.setStyleSheet(OVERDUE_STYLE)
            banner.show()
        elif review.reminder is ReviewReminder.APPROACHING:
            banner.setText(
                self.tr("The review is due on {date}: time to invite the residents.").format(
                    date=when
                )
            )
            banner.setStyleSheet(APPROACHING_STYLE)
            banner.show()
        elif review.held_on is None and review.scheduled_on is None:
            banner.setText(
                self.tr(
                    "No date is set for the review yet. It is planned one year after the results "
                    "are published (or the designation recorded); you may also set its date "
                    "yourself in «Scheduled on»."
                )
            )
            banner.setStyleSheet("")
            banner.show()
        else:
            banner.hide()

    def _load_feedback(self) -> None:
        assert self.campaign_id is not None
        rows = oyr.list_feedback(self.context.database, self.campaign_id)
        self.model.set_rows(rows)
        scores = [row.score for row in rows if row.score is not None]
        if not rows:
            self.ui.summaryLabel.setText(
                self.tr("No opinion yet: after the meeting, type each one above, then Enter.")
            )
            return
        count = (
            self.tr("1 opinion")
            if len(rows) == 1
            else self.tr("{count} opinions").format(count=len(rows))
        )
        if scores:
            self.ui.summaryLabel.setText(
                self.tr("{opinions}, average satisfaction {average}/5").format(
                    opinions=count,
                    average=f"{sum(scores) / len(scores):.1f}".replace(".", ","),
                )
            )
        else:
            self.ui.summaryLabel.setText(count)

    def review_input(self) -> ReviewInput:
        ui = self.ui
        residents = ui.residentsSpin.value()
        return ReviewInput(
            scheduled_on=ui.scheduledEdit.value(),
            held_on=ui.heldEdit.value(),
            place=ui.placeEdit.text(),
            residents_count=None if residents < 0 else residents,
            minutes=ui.minutesEdit.toPlainText(),
            decisions=ui.decisionsEdit.toPlainText(),
        )

    def save(self) -> bool:
        if self.campaign_id is None:
            return True
        try:
            oyr.save_review(
                self.context.database, self.campaign_id, self.review_input(), self.context.author()
            )
        except ValidationError as error:
            unplaced = show_errors(self.errors, error.errors)
            self.ui.generalError.say(" ".join(unplaced))
            return False
        except DomainError as error:
            self.report(error)
            return False
        self.load()
        self.changed.emit(self.campaign_id)
        return True

    def maybe_leave(self) -> bool:
        if not self._dirty:
            return True
        return self.save_or_discard(
            self.tr("One-year review"),
            self.tr("The review's record was changed. Save the changes?"),
            self.save,
            self.load,
        )

    def add_feedback(self) -> None:
        if self.campaign_id is None:
            return
        ui = self.ui
        score = ui.scoreSpin.value()
        data = FeedbackInput(
            application_id=ui.projectCombo.currentData(),
            score=score or None,
            comment=ui.commentEdit.text(),
            source=FeedbackSource(ui.sourceCombo.currentData()),
            received_on=ui.heldEdit.value() or self._today(),
        )
        try:
            oyr.save_feedback(self.context.database, self.campaign_id, data, self.context.author())
        except DomainError as error:
            ui.feedbackError.say(error.message)
            return
        ui.feedbackError.say("")
        ui.commentEdit.clear()
        ui.scoreSpin.setValue(0)
        self._load_feedback()
        ui.feedbackView.scrollToBottom()
        ui.scoreSpin.setFocus(Qt.FocusReason.OtherFocusReason)
        ui.scoreSpin.selectAll()
        self.changed.emit(self.campaign_id)

    def remove_feedback(self) -> None:
        view = self.ui.feedbackView
        index = view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None or self.campaign_id is None:
            return
        if not self.confirm(self.tr("Remove feedback"), self.tr("Remove the selected feedback?")):
            return
        try:
            oyr.delete_feedback(self.context.database, row.id, self.context.author())
        except DomainError as error:
            self.report(error)
            return
        self._load_feedback()
        self.changed.emit(self.campaign_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.refresh()
        super().changeEvent(event)
