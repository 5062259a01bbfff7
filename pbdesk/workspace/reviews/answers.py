"""The reviews themselves: the criteria as a review sees them, one review typed in the app, and
writing reviews whole (the app and the Excel grids both go through ``write_reviews``).

A review holds, per criterion, an eligibility answer (yes/no, a "no" needs its reason) or a
score on the criterion's scale, plus a comment and a recommendation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import ConcurrentEdit, DomainError, ValidationError
from pbdesk.domain.review import (
    CriterionKind,
    Recommendation,
    ScaleCriterion,
    best_total,
    weighted_total,
)
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Application,
    Criterion,
    Review,
    Reviewer,
    ReviewValue,
)
from pbdesk.store.types import utcnow
from pbdesk.workspace.call import CriterionView, criterion_view
from pbdesk.workspace.reviews.reviewers import assigned_application_ids, existing_reviewer


class ReviewSource(StrEnum):
    APP = "app"
    GRID = "grid"


# --- criteria as the review sees them --------------------------------------------------------


def criteria_in_order(session: Session, campaign_id: int) -> list[CriterionView]:
    """Within a session: eligibility criteria first, then scored ones, in the team's order."""
    rows = session.scalars(
        select(Criterion)
        .where(Criterion.campaign_id == campaign_id)
        .order_by(Criterion.position, Criterion.id)
    ).all()
    return [
        criterion_view(c)
        for c in sorted(rows, key=lambda c: (c.kind != CriterionKind.ELIGIBILITY, c.position))
    ]


def scale_criteria(criteria: Iterable[CriterionView]) -> list[ScaleCriterion]:
    return [
        ScaleCriterion(c.id, c.weight, c.scale_min, c.scale_max)
        for c in criteria
        if c.kind is CriterionKind.SCORED
    ]


# --- one review ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """A reviewer's answer to one criterion: a score for a scored criterion; yes/no and,
    for a "no", its reason for an eligibility criterion."""

    score: int | None = None
    eligible: bool | None = None
    reason: str = ""

    @property
    def empty(self) -> bool:
        return self.score is None and self.eligible is None and not self.reason


@dataclass
class ReviewInput:
    # By criterion id; criteria left out are unanswered.
    answers: dict[int, Answer] = field(default_factory=dict)
    comment: str = ""
    recommendation: Recommendation | None = None


@dataclass(frozen=True)
class ReviewView:
    reviewer_id: int
    application_id: int
    answers: Mapping[int, Answer]
    comment: str
    recommendation: Recommendation | None
    # ``app`` or ``grid``; None while nothing is recorded.
    source: ReviewSource | None
    grid_made_at: datetime | None
    updated_at: datetime | None
    # The review's version (0 while nothing is recorded), for ``save_review(version=…)``.
    version: int
    total: int | None
    best_total: int


def check_answers(
    criteria: Sequence[CriterionView], answers: Mapping[int, Answer]
) -> dict[int, Answer]:
    """Answers cleaned and checked against the criteria (keys of the ValidationError:
    ``criterion.<id>``); unanswered criteria are left out."""
    by_id = {c.id: c for c in criteria}
    errors: dict[str, str] = {}
    cleaned: dict[int, Answer] = {}
    for criterion_id, answer in answers.items():
        criterion = by_id.get(criterion_id)
        key = f"criterion.{criterion_id}"
        if criterion is None:
            errors[key] = translate("Review", "A criterion answered is not one of this campaign's.")
            continue
        reason = answer.reason.strip()
        if criterion.kind is CriterionKind.ELIGIBILITY:
            if answer.score is not None:
                errors[key] = translate(
                    "Review", "«{criterion}» is answered yes or no, not with a score."
                ).format(criterion=criterion.name)
            elif answer.eligible is False and not reason:
                errors[key] = translate(
                    "Review", "«{criterion}»: say why the answer is no."
                ).format(criterion=criterion.name)
            result = Answer(None, answer.eligible, reason)
        else:
            if answer.eligible is not None or reason:
                errors[key] = translate(
                    "Review", "«{criterion}» is answered with a score, not yes or no."
                ).format(criterion=criterion.name)
            elif answer.score is not None and not (
                criterion.scale_min <= answer.score <= criterion.scale_max
            ):
                errors[key] = translate(
                    "Review", "«{criterion}»: {value} is not a score between {low} and {high}."
                ).format(
                    criterion=criterion.name,
                    value=answer.score,
                    low=criterion.scale_min,
                    high=criterion.scale_max,
                )
            result = Answer(answer.score, None, "")
        if not result.empty:
            cleaned[criterion_id] = result
    if errors:
        raise ValidationError(errors)
    return cleaned


def _review_view(
    reviewer_id: int,
    application_id: int,
    criteria: Sequence[CriterionView],
    review: Review | None,
    answers: Mapping[int, Answer],
) -> ReviewView:
    scale = scale_criteria(criteria)
    return ReviewView(
        reviewer_id,
        application_id,
        dict(answers),
        review.comment if review else "",
        recommendation_of(review.recommendation) if review else None,
        ReviewSource(review.source) if review else None,
        review.grid_made_at if review else None,
        review.updated_at if review else None,
        review.version if review else 0,
        weighted_total(scale, {k: a.score for k, a in answers.items()}),
        best_total(scale),
    )


def recommendation_of(code: str) -> Recommendation | None:
    """The recommendation stored as ``code`` (None when empty or unknown)."""
    try:
        return Recommendation(code)
    except ValueError:
        return None


def _check_pair(session: Session, reviewer_id: int, application_id: int) -> Reviewer:
    reviewer = existing_reviewer(session, reviewer_id)
    application = session.get(Application, application_id)
    if application is None or application.campaign_id != reviewer.campaign_id:
        raise DomainError(translate("Application", "This application no longer exists."))
    if application_id not in assigned_application_ids(session, reviewer):
        raise DomainError(
            translate("Review", "Application {number} is not given to «{name}» to review.").format(
                number=application.number, name=reviewer.name
            )
        )
    return reviewer


def get_review(database: Database, reviewer_id: int, application_id: int) -> ReviewView:
    """What a reviewer answered for an application (empty answers when nothing yet)."""
    with database.session() as session:
        reviewer = existing_reviewer(session, reviewer_id)
        criteria = criteria_in_order(session, reviewer.campaign_id)
        stored = load_reviews(session, [reviewer_id], [application_id])
        review, answers = stored.get((reviewer_id, application_id), (None, {}))
        return _review_view(reviewer_id, application_id, criteria, review, answers)


def save_review(
    database: Database,
    reviewer_id: int,
    application_id: int,
    data: ReviewInput,
    *,
    version: int | None = None,
) -> ReviewView:
    """Record what a reviewer answered for an application, all or nothing.

    ``version`` is the review's version when the form was filled (``ReviewView.version``);
    a save over someone else's newer change (or a grid imported meanwhile) is refused.
    """
    with database.session() as session:
        reviewer = _check_pair(session, reviewer_id, application_id)
        criteria = criteria_in_order(session, reviewer.campaign_id)
        answers = check_answers(criteria, data.answers)
        stored = load_reviews(session, [reviewer_id], [application_id])
        review, _ = stored.get((reviewer_id, application_id), (None, {}))
        if version is not None and (review.version if review else 0) != version:
            raise ConcurrentEdit(
                translate(
                    "Review",
                    "This review changed in the meantime (someone else, or a grid imported); "
                    "reload it and enter your changes again.",
                )
            )
        entry = ReviewEntry(
            reviewer_id, application_id, answers, data.comment.strip(), data.recommendation
        )
        write_reviews(session, [entry], stored, ReviewSource.APP)
        session.flush()
        stored = load_reviews(session, [reviewer_id], [application_id])
        review, answers = stored[(reviewer_id, application_id)]
        return _review_view(reviewer_id, application_id, criteria, review, answers)


# --- writing reviews (the app and the grids) -------------------------------------------------


@dataclass(frozen=True)
class ReviewEntry:
    """A whole review to record; ``answers`` are already checked (``check_answers``)."""

    reviewer_id: int
    application_id: int
    answers: Mapping[int, Answer]
    comment: str
    recommendation: Recommendation | None


# Stored reviews by (reviewer id, application id): the row and its answers by criterion id.
StoredReviews = dict[tuple[int, int], tuple[Review, dict[int, Answer]]]


def load_reviews(
    session: Session, reviewer_ids: Iterable[int], application_ids: Iterable[int] | None = None
) -> StoredReviews:
    """Within a session: the stored reviews of these reviewers (for these applications)."""
    query = select(Review).where(Review.reviewer_id.in_(list(reviewer_ids)))
    if application_ids is not None:
        query = query.where(Review.application_id.in_(list(application_ids)))
    reviews = {review.id: review for review in session.scalars(query)}
    answers: dict[int, dict[int, Answer]] = {review_id: {} for review_id in reviews}
    if reviews:
        for value in session.scalars(
            select(ReviewValue).where(ReviewValue.review_id.in_(list(reviews)))
        ):
            answers[value.review_id][value.criterion_id] = Answer(
                value.score, value.eligible, value.reason
            )
    return {
        (review.reviewer_id, review.application_id): (review, answers[review.id])
        for review in reviews.values()
    }


def same_review(entry: ReviewEntry, stored: tuple[Review, dict[int, Answer]] | None) -> bool:
    if stored is None:
        return not entry.answers and not entry.comment and entry.recommendation is None
    review, answers = stored
    return (
        dict(entry.answers) == answers
        and entry.comment == review.comment
        and entry.recommendation == recommendation_of(review.recommendation)
    )


def write_reviews(
    session: Session,
    entries: Sequence[ReviewEntry],
    stored: StoredReviews,
    source: ReviewSource,
    grid_made_at: datetime | None = None,
) -> int:
    """Within a session: record ``entries`` over what ``stored`` holds (from
    ``load_reviews``); each entry replaces its review whole. Returns how many changed."""
    changed = [entry for entry in entries if not same_review(entry, stored.get(_key(entry)))]
    created: list[tuple[Review, ReviewEntry]] = []
    for entry in changed:
        found = stored.get(_key(entry))
        if found is None:
            review = Review(reviewer_id=entry.reviewer_id, application_id=entry.application_id)
            created.append((review, entry))
        else:
            review = found[0]
        review.comment = entry.comment
        review.recommendation = entry.recommendation.value if entry.recommendation else ""
        review.source = source.value
        if grid_made_at is not None:
            review.grid_made_at = grid_made_at
        if found is not None:
            review.updated_at = utcnow()  # the version moves even if only answers changed
    session.add_all(review for review, _ in created)
    session.flush()
    new_values: list[dict[str, Any]] = []
    for review, entry in created:
        new_values.extend(_values(review.id, entry.answers))
    updated = [(stored[_key(e)], e) for e in changed if _key(e) in stored]
    value_rows: dict[int, dict[int, ReviewValue]] = {found[0].id: {} for found, _ in updated}
    review_ids = list(value_rows)
    for start in range(0, len(review_ids), _CHUNK):
        for row in session.scalars(
            select(ReviewValue).where(ReviewValue.review_id.in_(review_ids[start : start + _CHUNK]))
        ):
            value_rows[row.review_id][row.criterion_id] = row
    for (review, before), entry in updated:
        rows = value_rows[review.id]
        for criterion_id, row in rows.items():
            answer = entry.answers.get(criterion_id)
            if answer is None:
                session.delete(row)
            elif answer != before.get(criterion_id):
                row.score, row.eligible, row.reason = answer.score, answer.eligible, answer.reason
        new_values.extend(
            _values(
                review.id,
                {k: a for k, a in entry.answers.items() if k not in rows},
            )
        )
    if new_values:
        # Many rows at once (a grid brings thousands): one bulk INSERT, not the unit of work.
        session.execute(insert(ReviewValue), new_values)
    session.flush()
    return len(changed)


# Ids per ``IN (…)`` query, well under SQLite's limit on bound parameters.
_CHUNK = 5000


def touch_grid_made_at(session: Session, reviews: Iterable[Review], made_at: datetime) -> None:
    """Within a session: the reviews now stand for the grid made at ``made_at``."""
    for review in reviews:
        if review.grid_made_at != made_at:
            review.grid_made_at = made_at
            review.source = ReviewSource.GRID.value


def _key(entry: ReviewEntry) -> tuple[int, int]:
    return entry.reviewer_id, entry.application_id


def _values(review_id: int, answers: Mapping[int, Answer]) -> list[dict[str, Any]]:
    return [
        {
            "review_id": review_id,
            "criterion_id": criterion_id,
            "score": answer.score,
            "eligible": answer.eligible,
            "reason": answer.reason,
        }
        for criterion_id, answer in answers.items()
    ]
