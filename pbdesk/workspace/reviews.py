"""Reviewers, what each reviews, their reviews, and the synthesis the team decides from.

A reviewer reviews every application of the campaign unless told otherwise
(``all_applications``); then only the applications assigned. A review holds, per criterion,
an eligibility answer (yes/no, a "no" needs its reason) or a score on the criterion's scale,
plus a comment and a recommendation. Reviews are typed in the app or come back in Excel
grids (``pbdesk.grids``); both write through ``write_reviews``.

The synthesis gives, per application, each reviewer's weighted total, their mean and spread,
whether reviewers disagree strongly, any eligibility concern, and the team's decision (the
application's status, moved with ``decide``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.errors import ConcurrentEdit, DomainError, ValidationError
from pbdesk.domain.review import (
    Agreement,
    CriterionKind,
    Recommendation,
    ScaleCriterion,
    agreement,
    best_total,
    weighted_total,
)
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Application,
    Criterion,
    Holder,
    Person,
    Review,
    ReviewAssignment,
    Reviewer,
    ReviewValue,
    Territory,
)
from pbdesk.store.types import utcnow
from pbdesk.workspace import journal
from pbdesk.workspace.applications import change_status
from pbdesk.workspace.call import CriterionView, criterion_view
from pbdesk.workspace.records import row_to_save


class ReviewerKind(StrEnum):
    SERVICE = "service"
    ELECTED = "elected"
    CORE_GROUP = "core_group"
    OTHER = "other"

    @property
    def label(self) -> str:
        return translate("ReviewerKind", _KIND_LABELS[self])


_KIND_LABELS = {
    ReviewerKind.SERVICE: QT_TRANSLATE_NOOP("ReviewerKind", "Technical service"),
    ReviewerKind.ELECTED: QT_TRANSLATE_NOOP("ReviewerKind", "Elected representative"),
    ReviewerKind.CORE_GROUP: QT_TRANSLATE_NOOP("ReviewerKind", "Core group member"),
    ReviewerKind.OTHER: QT_TRANSLATE_NOOP("ReviewerKind", "Other"),
}


class ReviewSource(StrEnum):
    APP = "app"
    GRID = "grid"


# --- reviewers -------------------------------------------------------------------------------


@dataclass
class ReviewerInput:
    name: str
    kind: ReviewerKind = ReviewerKind.SERVICE
    organisation: str = ""
    email: str = ""
    #: A member of the campaign's team, when the reviewer is one.
    person_id: int | None = None
    all_applications: bool = True
    #: The applications reviewed when ``all_applications`` is False.
    application_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class ReviewerView:
    id: int
    uuid: str
    name: str
    kind: ReviewerKind
    organisation: str
    email: str
    person_id: int | None
    all_applications: bool
    #: The applications assigned (empty when the reviewer reviews them all).
    application_ids: tuple[int, ...]
    #: Reviews recorded so far (complete or not).
    reviews: int


@dataclass(frozen=True)
class ReviewedApplication:
    """The key facts a reviewer reads next to the inputs."""

    id: int
    uuid: str
    number: int
    title: str
    holder_name: str
    territory_name: str
    requested_cents: int
    summary: str
    status: ApplicationStatus


def _reviewer_view(reviewer: Reviewer, assigned: Sequence[int], reviews: int) -> ReviewerView:
    return ReviewerView(
        reviewer.id,
        reviewer.uuid,
        reviewer.name,
        reviewer_kind(reviewer.kind),
        reviewer.organisation,
        reviewer.email,
        reviewer.person_id,
        reviewer.all_applications,
        () if reviewer.all_applications else tuple(sorted(assigned)),
        reviews,
    )


def reviewer_kind(code: str) -> ReviewerKind:
    """The kind stored as ``code`` (an unknown code reads as «other»)."""
    try:
        return ReviewerKind(code)
    except ValueError:
        return ReviewerKind.OTHER


def name_key(name: str) -> str:
    """Sorts names as a French reader expects: accents and case aside (É with E)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def reviewer_rows(session: Session, campaign_id: int) -> list[Reviewer]:
    """Within a session: the campaign's reviewers, by name."""
    rows = session.scalars(select(Reviewer).where(Reviewer.campaign_id == campaign_id)).all()
    return sorted(rows, key=lambda r: (name_key(r.name), r.id))


def _reviewers(session: Session, campaign_id: int) -> list[ReviewerView]:
    rows = reviewer_rows(session, campaign_id)
    assigned: dict[int, list[int]] = {}
    for reviewer_id, application_id in session.execute(
        select(ReviewAssignment.reviewer_id, ReviewAssignment.application_id)
        .join(Reviewer, Reviewer.id == ReviewAssignment.reviewer_id)
        .where(Reviewer.campaign_id == campaign_id)
    ):
        assigned.setdefault(reviewer_id, []).append(application_id)
    counts = dict(
        session.execute(
            select(Review.reviewer_id, func.count())
            .join(Reviewer, Reviewer.id == Review.reviewer_id)
            .where(Reviewer.campaign_id == campaign_id)
            .group_by(Review.reviewer_id)
        ).all()
    )
    return [_reviewer_view(r, assigned.get(r.id, []), int(counts.get(r.id, 0))) for r in rows]


def list_reviewers(database: Database, campaign_id: int) -> list[ReviewerView]:
    """The campaign's reviewers, by name."""
    with database.session() as session:
        return _reviewers(session, campaign_id)


def get_reviewer(database: Database, reviewer_id: int) -> ReviewerView:
    with database.session() as session:
        reviewer = _reviewer_row(session, reviewer_id)
        return next(r for r in _reviewers(session, reviewer.campaign_id) if r.id == reviewer_id)


def find_reviewer(database: Database, campaign_id: int, reference: str) -> ReviewerView:
    """A reviewer of the campaign by name (case and spacing ignored) or id."""
    wanted = " ".join(reference.split()).casefold()
    reviewers = list_reviewers(database, campaign_id)
    for reviewer in reviewers:
        if " ".join(reviewer.name.split()).casefold() == wanted:
            return reviewer
    if wanted.isdigit():
        for reviewer in reviewers:
            if reviewer.id == int(wanted):
                return reviewer
    raise DomainError(
        translate("Reviewer", "There is no reviewer «{name}» in this campaign.").format(
            name=reference
        )
    )


def _reviewer_row(session: Session, reviewer_id: int) -> Reviewer:
    reviewer = session.get(Reviewer, reviewer_id)
    if reviewer is None:
        raise DomainError(translate("Reviewer", "This reviewer no longer exists."))
    return reviewer


def _check_reviewer(session: Session, campaign_id: int, data: ReviewerInput) -> ReviewerInput:
    errors: dict[str, str] = {}
    name = " ".join(data.name.split())
    person = session.get(Person, data.person_id) if data.person_id is not None else None
    if data.person_id is not None and (person is None or person.campaign_id != campaign_id):
        errors["person"] = translate("Reviewer", "This person is not in the campaign's team.")
    if not name and person is not None:
        name = person.full_name
    if not name:
        errors["name"] = translate("Reviewer", "Give the reviewer's name.")
    elif len(name) > 200:
        errors["name"] = translate("Reviewer", "The name is too long (200 characters at most).")
    application_ids = list(dict.fromkeys(data.application_ids))
    if not data.all_applications and application_ids:
        found = set(
            session.scalars(
                select(Application.id).where(
                    Application.id.in_(application_ids), Application.campaign_id == campaign_id
                )
            )
        )
        if found != set(application_ids):
            errors["applications"] = translate(
                "Reviewer", "An application chosen is not one of this campaign's."
            )
    if errors:
        raise ValidationError(errors)
    return ReviewerInput(
        name,
        data.kind,
        data.organisation.strip(),
        data.email.strip(),
        data.person_id,
        data.all_applications,
        [] if data.all_applications else application_ids,
    )


def save_reviewer(
    database: Database,
    campaign_id: int,
    data: ReviewerInput,
    author: str,
    reviewer_id: int | None = None,
) -> int:
    """Add or update a reviewer and what they review; two reviewers never share a name
    (grids and the command line find reviewers by name)."""
    with database.session() as session:
        data = _check_reviewer(session, campaign_id, data)
        # Compared in Python: SQLite's lower() leaves accented capitals alone.
        others = session.execute(
            select(Reviewer.id, Reviewer.name).where(Reviewer.campaign_id == campaign_id)
        )
        if any(
            name.casefold() == data.name.casefold() and other_id != reviewer_id
            for other_id, name in others
        ):
            raise ValidationError(
                {
                    "name": translate(
                        "Reviewer", "A reviewer named «{name}» already exists."
                    ).format(name=data.name)
                }
            )
        reviewer = row_to_save(
            session,
            Reviewer,
            campaign_id,
            reviewer_id,
            lambda: translate("Reviewer", "This reviewer no longer exists."),
        )
        reviewer.name, reviewer.kind = data.name, data.kind.value
        reviewer.organisation, reviewer.email = data.organisation, data.email
        reviewer.person_id = data.person_id
        session.flush()
        _assign(session, reviewer, data.all_applications, data.application_ids)
        if reviewer_id is None:
            journal.record(
                session,
                campaign_id,
                author,
                "reviewer.create",
                translate("Journal", "Reviewer «{name}» ({kind}) added.").format(
                    name=data.name, kind=data.kind.label
                ),
                reviewer=reviewer.uuid,
            )
        session.flush()
        return reviewer.id


def set_assignments(
    database: Database,
    reviewer_id: int,
    all_applications: bool,
    application_ids: Iterable[int] = (),
) -> None:
    """Which applications a reviewer reviews: all of them, or those listed."""
    with database.session() as session:
        reviewer = _reviewer_row(session, reviewer_id)
        view = _reviewer_view(reviewer, [], 0)
        data = _check_reviewer(
            session,
            reviewer.campaign_id,
            ReviewerInput(
                view.name,
                view.kind,
                person_id=view.person_id,
                all_applications=all_applications,
                application_ids=list(application_ids),
            ),
        )
        _assign(session, reviewer, data.all_applications, data.application_ids)


def _assign(
    session: Session, reviewer: Reviewer, all_applications: bool, application_ids: Sequence[int]
) -> None:
    reviewer.all_applications = all_applications
    wanted = set() if all_applications else set(application_ids)
    current = {
        row.application_id: row
        for row in session.scalars(
            select(ReviewAssignment).where(ReviewAssignment.reviewer_id == reviewer.id)
        )
    }
    for application_id, row in current.items():
        if application_id not in wanted:
            session.delete(row)
    for application_id in sorted(wanted - current.keys()):
        session.add(ReviewAssignment(reviewer_id=reviewer.id, application_id=application_id))
    session.flush()


def delete_reviewer(database: Database, reviewer_id: int, author: str) -> None:
    """Remove a reviewer and their reviews."""
    with database.session() as session:
        reviewer = session.get(Reviewer, reviewer_id)
        if reviewer is None:
            return
        count = session.scalar(
            select(func.count()).select_from(Review).where(Review.reviewer_id == reviewer_id)
        )
        journal.record(
            session,
            reviewer.campaign_id,
            author,
            "reviewer.delete",
            translate("Journal", "Reviewer «{name}» removed, with {count} reviews.").format(
                name=reviewer.name, count=int(count or 0)
            ),
            reviewer=reviewer.uuid,
        )
        session.delete(reviewer)


def assigned_application_ids(session: Session, reviewer: Reviewer) -> list[int]:
    """Within a session: the ids of the applications ``reviewer`` reviews, by number."""
    query = select(Application.id).where(Application.campaign_id == reviewer.campaign_id)
    if not reviewer.all_applications:
        query = query.join(
            ReviewAssignment, ReviewAssignment.application_id == Application.id
        ).where(ReviewAssignment.reviewer_id == reviewer.id)
    return list(session.scalars(query.order_by(Application.number)))


def reviewed_applications(
    session: Session, campaign_id: int, reviewer: Reviewer | None = None
) -> list[ReviewedApplication]:
    """Within a session: the applications ``reviewer`` reviews (all when None), by number."""
    query = (
        select(Application, Holder.name, Territory.name)
        .outerjoin(Holder, Holder.id == Application.holder_id)
        .outerjoin(Territory, Territory.id == Application.territory_id)
        .where(Application.campaign_id == campaign_id)
        .order_by(Application.number)
    )
    if reviewer is not None and not reviewer.all_applications:
        query = query.join(
            ReviewAssignment, ReviewAssignment.application_id == Application.id
        ).where(ReviewAssignment.reviewer_id == reviewer.id)
    return [
        ReviewedApplication(
            a.id,
            a.uuid,
            a.number,
            a.title,
            holder or "",
            territory or "",
            a.requested_cents,
            a.summary,
            ApplicationStatus(a.status),
        )
        for a, holder, territory in session.execute(query)
    ]


def applications_for(database: Database, reviewer_id: int) -> list[ReviewedApplication]:
    """The applications a reviewer reviews, by number."""
    with database.session() as session:
        reviewer = _reviewer_row(session, reviewer_id)
        return reviewed_applications(session, reviewer.campaign_id, reviewer)


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
    #: By criterion id; criteria left out are unanswered.
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
    #: ``app`` or ``grid``; None while nothing is recorded.
    source: ReviewSource | None
    grid_made_at: datetime | None
    updated_at: datetime | None
    #: The review's version (0 while nothing is recorded), for ``save_review(version=…)``.
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
        _recommendation(review.recommendation) if review else None,
        ReviewSource(review.source) if review else None,
        review.grid_made_at if review else None,
        review.updated_at if review else None,
        review.version if review else 0,
        weighted_total(scale, {k: a.score for k, a in answers.items()}),
        best_total(scale),
    )


def _recommendation(code: str) -> Recommendation | None:
    try:
        return Recommendation(code)
    except ValueError:
        return None


def _check_pair(session: Session, reviewer_id: int, application_id: int) -> Reviewer:
    reviewer = _reviewer_row(session, reviewer_id)
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
        reviewer = _reviewer_row(session, reviewer_id)
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


#: Stored reviews by (reviewer id, application id): the row and its answers by criterion id.
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
        and entry.recommendation == _recommendation(review.recommendation)
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


#: Ids per ``IN (…)`` query, well under SQLite's limit on bound parameters.
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


# --- the synthesis ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EligibilityConcern:
    """A reviewer answered "no" to an eligibility criterion."""

    reviewer_name: str
    criterion_name: str
    reason: str


@dataclass(frozen=True)
class ReviewerTotal:
    reviewer_id: int
    reviewer_name: str
    #: None until the reviewer scored every scored criterion.
    total: int | None
    recommendation: Recommendation | None
    comment: str
    #: Scored criteria with a score, out of how many.
    scored: int
    #: Eligibility criteria answered "no".
    refusals: int
    #: Every answer, by criterion id.
    answers: Mapping[int, Answer]
    #: False while the reviewer has recorded nothing for this application.
    recorded: bool


@dataclass(frozen=True)
class SynthesisRow:
    application_id: int
    number: int
    title: str
    holder_name: str
    requested_cents: int
    #: The team's decision so far: the application's status and its reason.
    status: ApplicationStatus
    status_reason: str
    #: One per reviewer who reviews this application, in the synthesis' reviewer order.
    reviews: tuple[ReviewerTotal, ...]
    agreement: Agreement
    concerns: tuple[EligibilityConcern, ...]

    @property
    def mean(self) -> float | None:
        return self.agreement.mean

    @property
    def spread(self) -> int | None:
        return self.agreement.spread

    @property
    def disagree(self) -> bool:
        return self.agreement.disagree


@dataclass(frozen=True)
class Synthesis:
    campaign_id: int
    criteria: tuple[CriterionView, ...]
    reviewers: tuple[ReviewerView, ...]
    #: The best weighted total a reviewer can give (every score at the top of its scale).
    best_total: int
    rows: tuple[SynthesisRow, ...]


def synthesis(database: Database, campaign_id: int) -> Synthesis:
    """Per application: each reviewer's weighted total, mean, spread, strong disagreement,
    eligibility concerns and the team's decision."""
    with database.session() as session:
        criteria = criteria_in_order(session, campaign_id)
        scale = scale_criteria(criteria)
        best = best_total(scale)
        names = {c.id: c.name for c in criteria}
        reviewers = _reviewers(session, campaign_id)
        assigned = {r.id: set(r.application_ids) for r in reviewers}
        stored = load_reviews(session, [r.id for r in reviewers])
        rows: list[SynthesisRow] = []
        for application in session.execute(
            select(Application, Holder.name)
            .outerjoin(Holder, Holder.id == Application.holder_id)
            .where(Application.campaign_id == campaign_id)
            .order_by(Application.number)
        ):
            a, holder = application
            totals: list[ReviewerTotal] = []
            concerns: list[EligibilityConcern] = []
            for reviewer in reviewers:
                found = stored.get((reviewer.id, a.id))
                reviews_it = reviewer.all_applications or a.id in assigned[reviewer.id]
                if found is None and not reviews_it:
                    continue
                review, answers = found if found else (None, {})
                for criterion_id, answer in answers.items():
                    if answer.eligible is False:
                        concerns.append(
                            EligibilityConcern(reviewer.name, names[criterion_id], answer.reason)
                        )
                totals.append(
                    ReviewerTotal(
                        reviewer.id,
                        reviewer.name,
                        weighted_total(scale, {k: v.score for k, v in answers.items()}),
                        _recommendation(review.recommendation) if review else None,
                        review.comment if review else "",
                        sum(1 for c in scale if answers.get(c.id, Answer()).score is not None),
                        sum(1 for v in answers.values() if v.eligible is False),
                        dict(answers),
                        review is not None,
                    )
                )
            rows.append(
                SynthesisRow(
                    a.id,
                    a.number,
                    a.title,
                    holder or "",
                    a.requested_cents,
                    ApplicationStatus(a.status),
                    a.status_reason,
                    tuple(totals),
                    agreement([t.total for t in totals if t.total is not None], best),
                    tuple(concerns),
                )
            )
        return Synthesis(campaign_id, tuple(criteria), tuple(reviewers), best, tuple(rows))


def decide(
    database: Database,
    application_ids: Sequence[int],
    status: ApplicationStatus,
    reason: str,
    author: str,
) -> int:
    """The team's decision after review (e.g. selected for the vote, or not, with its
    reason): the journaled, all-or-nothing status move of ``workspace.applications``."""
    return change_status(database, application_ids, status, reason, author)
