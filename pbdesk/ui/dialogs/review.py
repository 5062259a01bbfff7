"""Typing one reviewer's reviews, one application after another, with the keyboard."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.money import format_euros
from pbdesk.domain.review import CriterionKind, Recommendation, best_total, weighted_total
from pbdesk.store.database import Database
from pbdesk.ui.fields import ErrorLabel, fit_height, show_errors
from pbdesk.ui.forms.ui_review_dialog import Ui_ReviewDialog
from pbdesk.ui.shortcuts import add_shortcut
from pbdesk.workspace.call import CriterionView, list_criteria
from pbdesk.workspace.reviews.answers import (
    Answer,
    ReviewInput,
    get_review,
    save_review,
    scale_criteria,
)
from pbdesk.workspace.reviews.reviewers import ReviewedApplication, ReviewerView

#: The combo's data for an eligibility criterion not answered yet.
UNANSWERED = -1


@dataclass
class EligibilityRow:
    criterion: CriterionView
    label: QLabel
    answer: QComboBox
    reason: QLineEdit
    error: ErrorLabel


@dataclass
class ScoreRow:
    criterion: CriterionView
    label: QLabel
    score: QSpinBox
    error: ErrorLabel

    @property
    def unscored(self) -> int:
        """The spin box's value standing for "no score yet" (shown as a dash)."""
        return self.criterion.scale_min - 1

    def value(self) -> int | None:
        value = self.score.value()
        return None if value == self.unscored else value


class ReviewDialog(QDialog):
    """One reviewer's review of one application of a pile: the application's key facts
    (read-only), a yes/no answer per eligibility criterion (a "no" needs its reason), a
    score per scored criterion within its scale, a comment and a recommendation, with the
    weighted total as it is typed. Save (Ctrl+S) saves and closes; "Save and next"
    (Ctrl+Enter) saves and opens the next application of the pile. A refused criterion is
    said next to it, and nothing is saved.

    Signals: ``saved(int, int)`` — the review of (reviewer id, application id) was saved.
    """

    saved = Signal(int, int)

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        reviewer: ReviewerView,
        pile: Sequence[ReviewedApplication],
        position: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.reviewer = reviewer
        self.pile = list(pile)
        self.position = position
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.criteria = list_criteria(database, campaign_id)
        self._scale = scale_criteria(self.criteria)
        self._best = best_total(self._scale)
        self._version = 0
        self._loaded: ReviewInput | None = None
        self.eligibility_rows: list[EligibilityRow] = []
        self.score_rows: list[ScoreRow] = []
        self._build_rows()
        ui.recommendationCombo.addItem("—", None)
        for recommendation in Recommendation:
            ui.recommendationCombo.addItem(recommendation.label, recommendation.value)
        self._set_tab_order()
        ui.saveButton.clicked.connect(self.save_and_close)
        ui.saveNextButton.clicked.connect(self.save_and_next)
        ui.cancelButton.clicked.connect(self.reject)
        add_shortcut("Ctrl+Return", self, self.save_and_next)
        add_shortcut("Ctrl+Enter", self, self.save_and_next)
        add_shortcut("Ctrl+S", self, self.save_and_close)
        self.setWindowTitle(self.tr("Review by {name}").format(name=reviewer.name))
        self.load(position)

    # -- building --------------------------------------------------------------------------
    def _build_rows(self) -> None:
        ui = self.ui
        eligibility = [c for c in self.criteria if c.kind is CriterionKind.ELIGIBILITY]
        scored = [c for c in self.criteria if c.kind is CriterionKind.SCORED]
        grid = ui.eligibilityGrid
        for number, criterion in enumerate(eligibility):
            label = self._criterion_label(criterion, ui.eligibilityGroup)
            answer = QComboBox(ui.eligibilityGroup)
            answer.addItem("—", UNANSWERED)
            answer.addItem(self.tr("Yes"), 1)
            answer.addItem(self.tr("No"), 0)
            answer.setToolTip(self.tr("Is the criterion met? A «no» needs its reason."))
            label.setBuddy(answer)
            reason = QLineEdit(ui.eligibilityGroup)
            reason.setMaxLength(1000)
            reason.setPlaceholderText(self.tr("Reason, required for «No»"))
            reason.setEnabled(False)
            error = ErrorLabel(ui.eligibilityGroup)
            grid.addWidget(label, 2 * number, 0)
            grid.addWidget(answer, 2 * number, 1)
            grid.addWidget(reason, 2 * number, 2)
            grid.addWidget(error, 2 * number + 1, 0, 1, 3)
            row = EligibilityRow(criterion, label, answer, reason, error)
            answer.currentIndexChanged.connect(lambda _=0, row=row: self._answer_changed(row))
            self.eligibility_rows.append(row)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        grid = ui.scoresGrid
        for number, criterion in enumerate(scored):
            label = self._criterion_label(criterion, ui.scoresGroup)
            weight = QLabel(self.tr("weight {weight}").format(weight=criterion.weight))
            weight.setToolTip(
                self.tr("The score counts {weight} times in the weighted total.").format(
                    weight=criterion.weight
                )
            )
            score = QSpinBox(ui.scoresGroup)
            score.setRange(criterion.scale_min - 1, criterion.scale_max)
            score.setSpecialValueText("—")
            score.setValue(criterion.scale_min - 1)
            score.setToolTip(
                self.tr("A whole number from {low} to {high}; the dash leaves it unscored.").format(
                    low=criterion.scale_min, high=criterion.scale_max
                )
            )
            label.setBuddy(score)
            scale = QLabel(
                self.tr("from {low} to {high}").format(
                    low=criterion.scale_min, high=criterion.scale_max
                )
            )
            error = ErrorLabel(ui.scoresGroup)
            grid.addWidget(label, 2 * number, 0)
            grid.addWidget(weight, 2 * number, 1)
            grid.addWidget(score, 2 * number, 2)
            grid.addWidget(scale, 2 * number, 3)
            grid.addWidget(error, 2 * number + 1, 0, 1, 4)
            score.valueChanged.connect(self._show_total)
            self.score_rows.append(ScoreRow(criterion, label, score, error))
        grid.setColumnStretch(0, 1)
        ui.eligibilityGroup.setVisible(bool(eligibility))
        ui.scoresGroup.setVisible(bool(scored))
        ui.noCriteriaLabel.setVisible(not self.criteria)
        ui.totalCaption.setVisible(bool(scored))
        ui.totalLabel.setVisible(bool(scored))

    def _criterion_label(self, criterion: CriterionView, parent: QWidget) -> QLabel:
        label = QLabel(criterion.name, parent)
        label.setWordWrap(True)
        if criterion.description:
            label.setToolTip(criterion.description)
        return label

    def input_widgets(self) -> list[QWidget]:
        """The widgets a reviewer fills, in the order Tab visits them."""
        widgets: list[QWidget] = []
        for row in self.eligibility_rows:
            widgets += [row.answer, row.reason]
        widgets += [row.score for row in self.score_rows]
        return widgets

    def _set_tab_order(self) -> None:
        ui = self.ui
        chain = [
            *self.input_widgets(),
            ui.commentEdit,
            ui.recommendationCombo,
            ui.saveNextButton,
            ui.saveButton,
            ui.cancelButton,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- one application -------------------------------------------------------------------
    @property
    def application(self) -> ReviewedApplication:
        return self.pile[self.position]

    def load(self, position: int) -> None:
        """Show the application at ``position`` in the pile and what was recorded for it."""
        self.position = position
        application = self.application
        ui = self.ui
        ui.applicationLabel.setText(
            self.tr("No. {number} — {title}").format(
                number=application.number, title=application.title
            )
        )
        holder = application.holder_name or "—"
        if application.territory_name:
            holder = self.tr("{holder} · {territory}").format(
                holder=holder, territory=application.territory_name
            )
        ui.holderLabel.setText(holder)
        ui.requestedLabel.setText(format_euros(application.requested_cents))
        ui.summaryLabel.setText(application.summary or "—")
        ui.positionLabel.setText(
            self.tr("Application {position} of {count}").format(
                position=position + 1, count=len(self.pile)
            )
        )
        ui.saveNextButton.setEnabled(position + 1 < len(self.pile))
        try:
            review = get_review(self.database, self.reviewer.id, application.id)
        except DomainError as error:
            ui.generalError.say(error.message)
            return
        self._version = review.version
        for row in self.eligibility_rows:
            answer = review.answers.get(row.criterion.id, Answer())
            data = UNANSWERED if answer.eligible is None else int(answer.eligible)
            row.answer.setCurrentIndex(max(row.answer.findData(data), 0))
            row.reason.setText(answer.reason)
            self._answer_changed(row)
        for score_row in self.score_rows:
            answer = review.answers.get(score_row.criterion.id, Answer())
            score_row.score.setValue(
                answer.score if answer.score is not None else score_row.unscored
            )
        ui.commentEdit.setPlainText(review.comment)
        code = review.recommendation.value if review.recommendation else None
        ui.recommendationCombo.setCurrentIndex(max(ui.recommendationCombo.findData(code), 0))
        show_errors(self._error_labels(), {})
        ui.generalError.say("")
        self._show_total()
        self._loaded = self.review_input()
        first = self.input_widgets()[:1] or [ui.commentEdit]
        first[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _answer_changed(self, row: EligibilityRow) -> None:
        refused = row.answer.currentData() == 0
        row.reason.setEnabled(refused)

    def _show_total(self) -> None:
        scores = {row.criterion.id: row.value() for row in self.score_rows}
        total = weighted_total(self._scale, scores)
        if total is None:
            scored = sum(1 for value in scores.values() if value is not None)
            text = self.tr("— / {best} ({scored} of {count} criteria scored)").format(
                best=self._best, scored=scored, count=len(scores)
            )
        else:
            text = self.tr("{total} / {best}").format(total=total, best=self._best)
        self.ui.totalLabel.setText(text)

    def total_text(self) -> str:
        return self.ui.totalLabel.text()

    # -- saving ----------------------------------------------------------------------------
    def review_input(self) -> ReviewInput:
        answers: dict[int, Answer] = {}
        for row in self.eligibility_rows:
            data = row.answer.currentData()
            if data == UNANSWERED:
                continue
            eligible = bool(data)
            answers[row.criterion.id] = Answer(
                None, eligible, "" if eligible else row.reason.text()
            )
        for score_row in self.score_rows:
            value = score_row.value()
            if value is not None:
                answers[score_row.criterion.id] = Answer(value)
        code = self.ui.recommendationCombo.currentData()
        return ReviewInput(
            answers,
            self.ui.commentEdit.toPlainText(),
            Recommendation(code) if code else None,
        )

    def is_modified(self) -> bool:
        return self._loaded is not None and self.review_input() != self._loaded

    def _error_labels(self) -> dict[str, ErrorLabel]:
        labels = {f"criterion.{row.criterion.id}": row.error for row in self.eligibility_rows}
        labels.update({f"criterion.{row.criterion.id}": row.error for row in self.score_rows})
        return labels

    def _focus_of(self, key: str) -> QWidget | None:
        for row in self.eligibility_rows:
            if key == f"criterion.{row.criterion.id}":
                return row.reason if row.reason.isEnabled() else row.answer
        for score_row in self.score_rows:
            if key == f"criterion.{score_row.criterion.id}":
                return score_row.score
        return None

    def save(self) -> bool:
        """Save the review shown; on a refusal say why next to the criteria and keep it."""
        ui = self.ui
        try:
            view = save_review(
                self.database,
                self.reviewer.id,
                self.application.id,
                self.review_input(),
                version=self._version,
            )
        except ValidationError as error:
            unplaced = show_errors(self._error_labels(), error.errors)
            ui.generalError.say(" ".join(unplaced))
            targets = [self._focus_of(key) for key in error.errors]
            for widget in self.input_widgets():
                if widget in targets:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    ui.criteriaArea.ensureWidgetVisible(widget)
                    break
            fit_height(self)
            return False
        except DomainError as error:
            show_errors(self._error_labels(), {})
            ui.generalError.say(error.message)
            fit_height(self)
            return False
        self._version = view.version
        self._loaded = self.review_input()
        self.saved.emit(self.reviewer.id, self.application.id)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def save_and_next(self) -> None:
        """Save, then open the next application of the pile (close after the last one)."""
        if not self.save():
            return
        if self.position + 1 < len(self.pile):
            self.load(self.position + 1)
        else:
            self.accept()

    # -- leaving ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Close without saving; ask first when something was typed."""
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved review"),
                self.tr("Close without saving what you typed for this application?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_modified():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
