"""The demo's review: the default grid, a few invented reviewers and their reviews.

Everything here is invented (the seed gives no review details) and belongs to a sample
campaign, which the app shows as « Données d'exemple ». The reviewers are the campaign's team
members from the public service, the elected representative and the core group, plus one
outside technical service; their scores agree on most applications and clearly disagree on
one, so the synthesis has something to highlight. The same seed gives the same reviews.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.review import CriterionKind, Recommendation, validate_criterion
from pbdesk.store.models import Application, Criterion, Person, Review, Reviewer, ReviewValue
from pbdesk.workspace.call import call_row, default_grid
from pbdesk.workspace.reviews.reviewers import ReviewerKind

#: Team roles that review, in order, with the kind of reviewer they are.
_FROM_TEAM = (("service", ReviewerKind.SERVICE), ("elected", ReviewerKind.ELECTED))
_OUTSIDE = (
    "Olivier Roche",
    "Ville de Marseille — direction des parcs, jardins et espaces naturels",
)
_COMMENTS = {
    Recommendation.FAVOURABLE: (
        "Projet solide, porté par des habitants déjà mobilisés.",
        "Bonne réponse aux enjeux du diagnostic ; budget clair.",
        "Le calendrier est réaliste et les partenaires sont identifiés.",
        "Un projet attendu dans le quartier, à soutenir.",
    ),
    Recommendation.RESERVED: (
        "Intéressant, mais le budget de fonctionnement est à préciser.",
        "À condition de mieux associer les habitants à la réalisation.",
        "Les partenaires restent à confirmer avant la votation.",
    ),
    Recommendation.UNFAVOURABLE: (
        "Le projet relève d'une prestation habituelle plus que d'une initiative d'habitants.",
        "Le lien avec les enjeux du quartier n'est pas établi.",
    ),
}
_REFUSAL = (
    "La part de fonctionnement dépasse le seuil du règlement (frais de structure élevés).",
    "Le porteur semble être aussi le prestataire de l'action.",
)


def add_demo_reviews(session: Session, campaign_id: int, rng_seed: int) -> None:
    """Give a sample campaign the default grid, reviewers and their reviews (idempotent
    enough for the demo: a campaign that already has criteria gets nothing)."""
    rng = random.Random(rng_seed)
    has_criteria = session.scalar(
        select(func.count()).select_from(Criterion).where(Criterion.campaign_id == campaign_id)
    )
    if has_criteria:
        return
    criteria = _add_grid(session, campaign_id)
    applications = list(
        session.scalars(
            select(Application)
            .where(Application.campaign_id == campaign_id)
            .order_by(Application.number)
        )
    )
    reviewers = _add_reviewers(session, campaign_id)
    if not applications or not reviewers:
        return
    scored = [c for c in criteria if c.kind == CriterionKind.SCORED.value]
    eligibility = [c for c in criteria if c.kind == CriterionKind.ELIGIBILITY.value]
    best = sum(c.weight * c.scale_max for c in scored)
    # One application where one reviewer sees things very differently; one eligibility doubt.
    contested = rng.choice(applications).id
    doubter = rng.randrange(len(reviewers))
    doubted = rng.choice(applications).id
    for application in applications:
        quality = rng.uniform(0.55, 0.95)
        for index, reviewer in enumerate(reviewers):
            leaning = quality + rng.uniform(-0.12, 0.12)
            if application.id == contested and index == doubter:
                leaning = 0.2
            review = Review(
                reviewer_id=reviewer.id,
                application_id=application.id,
                source="app",
            )
            session.add(review)
            session.flush()
            total = 0
            for c in scored:
                span = c.scale_max - c.scale_min
                score = round(c.scale_min + span * min(1.0, max(0.0, rng.gauss(leaning, 0.15))))
                total += c.weight * score
                session.add(ReviewValue(review_id=review.id, criterion_id=c.id, score=score))
            for number, c in enumerate(eligibility):
                refuses = (
                    application.id == doubted
                    and index == (doubter + 1) % len(reviewers)
                    and number == len(eligibility) - 1
                )
                session.add(
                    ReviewValue(
                        review_id=review.id,
                        criterion_id=c.id,
                        eligible=not refuses,
                        reason=rng.choice(_REFUSAL) if refuses else "",
                    )
                )
            share = total / best if best else 1.0
            recommendation = (
                Recommendation.FAVOURABLE
                if share >= 0.65
                else Recommendation.RESERVED
                if share >= 0.45
                else Recommendation.UNFAVOURABLE
            )
            review.recommendation = recommendation.value
            review.comment = rng.choice(_COMMENTS[recommendation])
    received = [a.received_on for a in applications if a.received_on is not None]
    if received:
        sent = datetime.combine(max(received) + timedelta(days=7), time(10), tzinfo=UTC)
        call_row(session, campaign_id).grids_sent_at = sent
    session.flush()


def _add_grid(session: Session, campaign_id: int) -> list[Criterion]:
    criteria = []
    for position, entry in enumerate(validate_criterion(e) for e in default_grid()):
        criterion = Criterion(
            campaign_id=campaign_id,
            kind=entry.kind.value,
            position=position,
            name=entry.name,
            description=entry.description,
            weight=entry.weight,
            scale_min=entry.scale_min,
            scale_max=entry.scale_max,
        )
        session.add(criterion)
        criteria.append(criterion)
    call_row(session, campaign_id)
    session.flush()
    return criteria


def _add_reviewers(session: Session, campaign_id: int) -> list[Reviewer]:
    people = session.scalars(
        select(Person).where(Person.campaign_id == campaign_id).order_by(Person.id)
    ).all()
    reviewers: list[Reviewer] = []
    for role, kind in _FROM_TEAM:
        person = next((p for p in people if p.role == role), None)
        if person is not None:
            reviewers.append(_reviewer(campaign_id, person.full_name, kind, person))
    core = next((p for p in people if p.role == "core_group"), None)
    if core is not None:
        reviewers.append(_reviewer(campaign_id, core.full_name, ReviewerKind.CORE_GROUP, core))
    name, organisation = _OUTSIDE
    outside = Reviewer(
        campaign_id=campaign_id,
        name=name,
        kind=ReviewerKind.SERVICE.value,
        organisation=organisation,
        all_applications=True,
    )
    reviewers.append(outside)
    session.add_all(reviewers)
    session.flush()
    return reviewers


def _reviewer(campaign_id: int, name: str, kind: ReviewerKind, person: Person) -> Reviewer:
    return Reviewer(
        campaign_id=campaign_id,
        name=name,
        kind=kind.value,
        organisation=person.organisation,
        person_id=person.id,
        all_applications=True,
    )
