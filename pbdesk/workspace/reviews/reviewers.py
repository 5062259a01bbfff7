"""Reviewers and what each reviews.

A reviewer reviews every application of the campaign unless told otherwise
(``all_applications``); then only the applications assigned. Two reviewers never share a name:
grids and the command line find reviewers by name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Application,
    Holder,
    Person,
    Review,
    ReviewAssignment,
    Reviewer,
    Territory,
)
from pbdesk.workspace import journal
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


# --- reviewers -------------------------------------------------------------------------------


@dataclass
class ReviewerInput:
    name: str
    kind: ReviewerKind = ReviewerKind.SERVICE
    organisation: str = ""
    email: str = ""
    # A member of the campaign's team, when the reviewer is one.
    person_id: int | None = None
    all_applications: bool = True
    # The applications reviewed when ``all_applications`` is False.
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
    # The applications assigned (empty when the reviewer reviews them all).
    application_ids: tuple[int, ...]
    # Reviews recorded so far (complete or not).
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


def reviewer_views(session: Session, campaign_id: int) -> list[ReviewerView]:
    """Within a session: the campaign's reviewers with what they review, by name."""
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
        return reviewer_views(session, campaign_id)


def get_reviewer(database: Database, reviewer_id: int) -> ReviewerView:
    with database.session() as session:
        reviewer = existing_reviewer(session, reviewer_id)
        return next(r for r in reviewer_views(session, reviewer.campaign_id) if r.id == reviewer_id)


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


def existing_reviewer(session: Session, reviewer_id: int) -> Reviewer:
    """The reviewer's row; refused if it was deleted meanwhile."""
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
        reviewer = existing_reviewer(session, reviewer_id)
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
        reviewer = existing_reviewer(session, reviewer_id)
        return reviewed_applications(session, reviewer.campaign_id, reviewer)
