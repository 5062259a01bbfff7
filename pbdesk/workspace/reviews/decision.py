"""The synthesis the team decides from: per application, each reviewer's weighted total,
their mean and spread, whether reviewers disagree strongly, any eligibility concern, and the
team's decision (the application's status, moved with ``decide``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.review import (
    Agreement,
    Recommendation,
    agreement,
    best_total,
    weighted_total,
)
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Application,
    Holder,
)
from pbdesk.workspace.applications import change_status
from pbdesk.workspace.call import CriterionView
from pbdesk.workspace.reviews.answers import (
    Answer,
    criteria_in_order,
    load_reviews,
    recommendation_of,
    scale_criteria,
)
from pbdesk.workspace.reviews.reviewers import ReviewerView, reviewer_views

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
    # None until the reviewer scored every scored criterion.
    total: int | None
    recommendation: Recommendation | None
    comment: str
    # Scored criteria with a score, out of how many.
    scored: int
    # Eligibility criteria answered "no".
    refusals: int
    # Every answer, by criterion id.
    answers: Mapping[int, Answer]
    # False while the reviewer has recorded nothing for this application.
    recorded: bool


@dataclass(frozen=True)
class SynthesisRow:
    application_id: int
    number: int
    title: str
    holder_name: str
    requested_cents: int
    # The team's decision so far: the application's status and its reason.
    status: ApplicationStatus
    status_reason: str
    # One per reviewer who reviews this application, in the synthesis' reviewer order.
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
    # The best weighted total a reviewer can give (every score at the top of its scale).
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
        reviewers = reviewer_views(session, campaign_id)
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
                        recommendation_of(review.recommendation) if review else None,
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
