"""The one-year review (bilan à un an): its date, the meeting's record, residents' feedback.

Publishing the results schedules the review as phase 9's checklist item
(``vote_publish.schedule_one_year_review``, one year after the vote). This module builds on
it: the review's date is the date saved here when the team set one, otherwise that checklist
item's due date, otherwise one year after the campaign's vote date — only an estimate
(``ReviewView.estimated``): no reminder is given for it, and it is never saved as the review's
date unless the team sets that date itself. Saving a date moves the checklist item's due date
along (adding it back if it was removed), and recording the meeting as held ticks the item.
Feedback is anonymous: a score from 1 to 5 and/or a comment, per project or for the whole
edition, from the meeting or from a paper questionnaire.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError
from pbdesk.domain.followup import (
    FeedbackInput,
    FeedbackSource,
    ReviewInput,
    ReviewReminder,
    one_year_review_due,
    review_reminder,
    validate_feedback,
    validate_review,
)
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import Application, ChecklistItem
from pbdesk.store.models.followup import OneYearReview, ResidentFeedback
from pbdesk.workspace import journal
from pbdesk.workspace.campaigns import campaign_row
from pbdesk.workspace.vote_publish import ONE_YEAR_REVIEW_KEY, schedule_one_year_review


@dataclass(frozen=True)
class ReviewView:
    campaign_id: int
    #: The date the review is expected (see the module's docstring), or None if unknown.
    scheduled_on: date | None
    held_on: date | None
    place: str
    residents_count: int | None
    minutes: str
    decisions: str
    reminder: ReviewReminder
    #: True when ``scheduled_on`` is only the estimate from the vote date (no date was set
    #: by publishing the results nor by the team): shown as such, never saved as a date.
    estimated: bool = False

    def as_input(self) -> ReviewInput:
        """The record as saved: an estimated date stays unset."""
        return ReviewInput(
            scheduled_on=None if self.estimated else self.scheduled_on,
            held_on=self.held_on,
            place=self.place,
            residents_count=self.residents_count,
            minutes=self.minutes,
            decisions=self.decisions,
        )


@dataclass(frozen=True)
class FeedbackView:
    id: int
    application_id: int | None
    #: The project's number and title, or empty for the whole edition.
    project: str
    score: int | None
    comment: str
    source: FeedbackSource
    received_on: date | None


@dataclass(frozen=True)
class ProjectSatisfaction:
    application_id: int | None
    count: int
    scored: int
    #: Average of the scores given, or None when none was.
    average: float | None


def _item(session: Session, campaign_id: int) -> ChecklistItem | None:
    return session.scalar(
        select(ChecklistItem).where(
            ChecklistItem.campaign_id == campaign_id,
            ChecklistItem.catalogue_key == ONE_YEAR_REVIEW_KEY,
        )
    )


def _review(session: Session, campaign_id: int) -> OneYearReview | None:
    return session.scalar(select(OneYearReview).where(OneYearReview.campaign_id == campaign_id))


def scheduled_date(
    session: Session, campaign_id: int, *, estimate: bool = True
) -> tuple[date | None, date | None]:
    """(the review's date, the date it was held) — see the module's docstring. Without
    ``estimate``, only a date actually set (by publishing the results or by the team) counts:
    reminders are not given for a vote that has not happened."""
    review = _review(session, campaign_id)
    held = review.held_on if review is not None else None
    if review is not None and review.scheduled_on is not None:
        return review.scheduled_on, held
    item = _item(session, campaign_id)
    if item is not None and item.due_on is not None:
        return item.due_on, held
    campaign = campaign_row(session, campaign_id)
    if estimate and campaign.vote_on is not None:
        return one_year_review_due(campaign.vote_on), held
    return None, held


def get_review(database: Database, campaign_id: int, today: date | None = None) -> ReviewView:
    today = today or date.today()
    with database.session() as session:
        review = _review(session, campaign_id)
        scheduled, held = scheduled_date(session, campaign_id)
        firm = scheduled_date(session, campaign_id, estimate=False)[0]
        return ReviewView(
            campaign_id=campaign_id,
            scheduled_on=scheduled,
            held_on=held,
            place=review.place if review else "",
            residents_count=review.residents_count if review else None,
            minutes=review.minutes if review else "",
            decisions=review.decisions if review else "",
            reminder=review_reminder(firm, held, today),
            estimated=scheduled is not None and firm is None,
        )


def save_review(database: Database, campaign_id: int, data: ReviewInput, author: str) -> None:
    """Save the review's date and record; the checklist item follows (due date, done)."""
    checked = validate_review(data)
    with database.session() as session:
        campaign_row(session, campaign_id)
        review = _review(session, campaign_id)
        if review is None:
            review = OneYearReview(campaign_id=campaign_id)
            session.add(review)
        before_scheduled = scheduled_date(session, campaign_id)[0]
        review.scheduled_on = checked.scheduled_on
        review.held_on = checked.held_on
        review.place = checked.place
        review.residents_count = checked.residents_count
        review.minutes = checked.minutes
        review.decisions = checked.decisions
        session.flush()
        item = _item(session, campaign_id)
        if item is None and checked.scheduled_on is not None:
            # The team removed the checklist item: schedule it again as publishing does.
            campaign = campaign_row(session, campaign_id)
            item = schedule_one_year_review(
                session, campaign_id, campaign.vote_on or checked.scheduled_on, author
            )
        if item is not None and checked.scheduled_on is not None:
            item.due_on = checked.scheduled_on
        if item is not None:
            item.done = checked.held_on is not None
            item.done_on = checked.held_on
        if checked.held_on is not None:
            summary = translate(
                "Journal", "One-year review held on {date} ({count} residents)."
            ).format(
                date=checked.held_on.strftime("%d/%m/%Y"),
                count=checked.residents_count if checked.residents_count is not None else "?",
            )
        elif checked.scheduled_on is not None and checked.scheduled_on != before_scheduled:
            summary = translate("Journal", "One-year review set for {date}.").format(
                date=checked.scheduled_on.strftime("%d/%m/%Y")
            )
        else:
            summary = translate("Journal", "One-year review record saved.")
        journal.record(session, campaign_id, author, "followup.review", summary, review=review.uuid)


def _project_label(number: int | None, title: str | None) -> str:
    if number is None:
        return ""
    return f"{number}. {title}"


def list_feedback(database: Database, campaign_id: int) -> list[FeedbackView]:
    """In the order entered."""
    with database.session() as session:
        return [
            FeedbackView(
                id=row.ResidentFeedback.id,
                application_id=row.ResidentFeedback.application_id,
                project=_project_label(row.number, row.title),
                score=row.ResidentFeedback.score,
                comment=row.ResidentFeedback.comment,
                source=FeedbackSource(row.ResidentFeedback.source),
                received_on=row.ResidentFeedback.received_on,
            )
            for row in session.execute(
                select(ResidentFeedback, Application.number, Application.title)
                .outerjoin(Application, Application.id == ResidentFeedback.application_id)
                .where(ResidentFeedback.campaign_id == campaign_id)
                .order_by(ResidentFeedback.id)
            )
        ]


def save_feedback(
    database: Database,
    campaign_id: int,
    data: FeedbackInput,
    author: str,
    feedback_id: int | None = None,
) -> int:
    """Add (``feedback_id`` None) or change one resident's feedback; returns its id."""
    checked = validate_feedback(data)
    with database.session() as session:
        campaign_row(session, campaign_id)
        if checked.application_id is not None:
            application = session.get(Application, checked.application_id)
            if application is None or application.campaign_id != campaign_id:
                raise DomainError(translate("FollowUp", "This project no longer exists."))
        if feedback_id is None:
            row = ResidentFeedback(campaign_id=campaign_id)
            session.add(row)
        else:
            found = session.get(ResidentFeedback, feedback_id)
            if found is None or found.campaign_id != campaign_id:
                raise DomainError(translate("OneYearReview", "This feedback no longer exists."))
            row = found
        row.application_id = checked.application_id
        row.score = checked.score
        row.comment = checked.comment
        row.source = checked.source.value
        row.received_on = checked.received_on
        session.flush()
        journal.record(
            session,
            campaign_id,
            author,
            "followup.feedback",
            translate("Journal", "Residents' feedback recorded ({source}).").format(
                source=checked.source.label
            ),
            item=row.uuid,
        )
        return row.id


def delete_feedback(database: Database, feedback_id: int, author: str) -> None:
    with database.session() as session:
        row = session.get(ResidentFeedback, feedback_id)
        if row is None:
            return
        journal.record(
            session,
            row.campaign_id,
            author,
            "followup.feedback_removed",
            translate("Journal", "Residents' feedback removed."),
            item=row.uuid,
        )
        session.delete(row)


def satisfaction(database: Database, campaign_id: int) -> list[ProjectSatisfaction]:
    """Feedback per project (None: the whole edition): how many, and the average score."""
    with database.session() as session:
        return [
            ProjectSatisfaction(
                application_id=application_id,
                count=int(count),
                scored=int(scored),
                average=float(average) if average is not None else None,
            )
            for application_id, count, scored, average in session.execute(
                select(
                    ResidentFeedback.application_id,
                    func.count(),
                    func.count(ResidentFeedback.score),
                    func.avg(ResidentFeedback.score),
                )
                .where(ResidentFeedback.campaign_id == campaign_id)
                .group_by(ResidentFeedback.application_id)
            )
        ]
