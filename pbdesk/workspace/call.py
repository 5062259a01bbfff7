"""The call for projects: dates, ceiling, rules, and its criteria (eligibility and scored).

Criteria carry a version: grids sent out for review hold the version they were made with,
so changing the criteria after sending grids makes the returned grids from before refused.
``criteria_locked_by_grids`` tells the UI when to warn before such a change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.review import CriterionInput, CriterionKind, validate_criterion
from pbdesk.i18n import current_language, translate
from pbdesk.resources import resource_path
from pbdesk.store.database import Database
from pbdesk.store.models import Call, Criterion
from pbdesk.workspace import journal, ordering
from pbdesk.workspace.records import row_to_save

DEFAULT_GRID_FORMAT = "pbdesk-review-grid"


@dataclass(frozen=True)
class CallView:
    campaign_id: int
    opens_on: date | None
    closes_on: date | None
    ceiling_cents: int | None
    rules: str
    criteria_version: int
    grids_sent_at: datetime | None


@dataclass
class CallInput:
    opens_on: date | None = None
    closes_on: date | None = None
    ceiling_cents: int | None = None
    rules: str = ""


@dataclass(frozen=True)
class CriterionView:
    id: int
    uuid: str
    kind: CriterionKind
    position: int
    name: str
    description: str
    weight: int
    scale_min: int
    scale_max: int
    stake_id: int | None


def call_row(session: Session, campaign_id: int) -> Call:
    """The campaign's call, created empty the first time it is asked for."""
    call = session.scalar(select(Call).where(Call.campaign_id == campaign_id))
    if call is None:
        call = Call(campaign_id=campaign_id)
        session.add(call)
        session.flush()
    return call


def _call_view(call: Call) -> CallView:
    return CallView(
        call.campaign_id,
        call.opens_on,
        call.closes_on,
        call.ceiling_cents,
        call.rules,
        call.criteria_version,
        call.grids_sent_at,
    )


def get_call(database: Database, campaign_id: int) -> CallView:
    with database.session() as session:
        return _call_view(call_row(session, campaign_id))


def save_call(database: Database, campaign_id: int, data: CallInput, author: str) -> CallView:
    errors: dict[str, str] = {}
    if data.opens_on and data.closes_on and data.closes_on < data.opens_on:
        errors["closes_on"] = translate("Call", "The call cannot close before it opens.")
    if data.ceiling_cents is not None and data.ceiling_cents <= 0:
        errors["ceiling"] = translate("Call", "The ceiling per project must be above zero.")
    if errors:
        raise ValidationError(errors)
    with database.session() as session:
        call = call_row(session, campaign_id)
        before = (call.opens_on, call.closes_on, call.ceiling_cents, call.rules)
        call.opens_on, call.closes_on = data.opens_on, data.closes_on
        call.ceiling_cents, call.rules = data.ceiling_cents, data.rules.strip()
        if before != (call.opens_on, call.closes_on, call.ceiling_cents, call.rules):
            journal.record(
                session, campaign_id, author, "call.update", translate("Journal", "Call updated.")
            )
        session.flush()
        return _call_view(call)


def _criteria(session: Session, campaign_id: int) -> list[Criterion]:
    return list(
        session.scalars(
            select(Criterion)
            .where(Criterion.campaign_id == campaign_id)
            .order_by(Criterion.position, Criterion.id)
        )
    )


def criterion_view(c: Criterion) -> CriterionView:
    return CriterionView(
        c.id,
        c.uuid,
        CriterionKind(c.kind),
        c.position,
        c.name,
        c.description,
        c.weight,
        c.scale_min,
        c.scale_max,
        c.stake_id,
    )


def list_criteria(database: Database, campaign_id: int) -> list[CriterionView]:
    """Eligibility criteria first, then scored ones, each in the team's order."""
    with database.session() as session:
        rows = _criteria(session, campaign_id)
        return [
            criterion_view(c)
            for c in sorted(rows, key=lambda c: (c.kind != CriterionKind.ELIGIBILITY, c.position))
        ]


def criteria_locked_by_grids(database: Database, campaign_id: int) -> bool:
    """True when grids went out for the current criteria: changing them needs a warning."""
    with database.session() as session:
        return call_row(session, campaign_id).grids_sent_at is not None


def _criteria_changed(session: Session, campaign_id: int, author: str, summary: str) -> None:
    call = call_row(session, campaign_id)
    call.criteria_version += 1
    if call.grids_sent_at is not None:
        summary += " " + translate(
            "Journal", "Review grids sent before this change will be refused."
        )
    call.grids_sent_at = None
    journal.record(
        session,
        campaign_id,
        author,
        "criteria.change",
        summary,
        criteria_version=call.criteria_version,
    )


def save_criterion(
    database: Database,
    campaign_id: int,
    data: CriterionInput,
    author: str,
    criterion_id: int | None = None,
) -> int:
    """Add (at the end) or change a criterion; the criteria version moves on."""
    data = validate_criterion(data)
    with database.session() as session:
        count = len(_criteria(session, campaign_id))
        criterion = row_to_save(
            session,
            Criterion,
            campaign_id,
            criterion_id,
            lambda: translate("Criterion", "This criterion no longer exists."),
        )
        if criterion_id is None:
            criterion.position = count
        criterion.kind = data.kind.value
        criterion.name = data.name
        criterion.description = data.description
        criterion.weight = data.weight
        criterion.scale_min = data.scale_min
        criterion.scale_max = data.scale_max
        criterion.stake_id = data.stake_id
        if session.is_modified(criterion) or criterion_id is None:
            _criteria_changed(
                session,
                campaign_id,
                author,
                translate("Journal", "Criterion «{name}» saved.").format(name=data.name),
            )
        session.flush()
        return criterion.id


def delete_criterion(database: Database, criterion_id: int, author: str) -> None:
    with database.session() as session:
        criterion = session.get(Criterion, criterion_id)
        if criterion is None:
            return
        campaign_id, name = criterion.campaign_id, criterion.name
        session.delete(criterion)
        session.flush()
        ordering.renumber(_criteria(session, campaign_id))
        _criteria_changed(
            session,
            campaign_id,
            author,
            translate("Journal", "Criterion «{name}» removed.").format(name=name),
        )


def move_criterion(database: Database, criterion_id: int, new_position: int) -> None:
    """Reorder (the grid's column order follows; the version does not change)."""
    with database.session() as session:
        criterion = session.get(Criterion, criterion_id)
        if criterion is not None:
            ordering.move(_criteria(session, criterion.campaign_id), criterion_id, new_position)


def default_grid(language: str | None = None) -> list[CriterionInput]:
    """The sensible French default grid (``resources/grids/default.json``)."""
    code = language or current_language()
    data = json.loads(resource_path("grids", "default.json").read_text("utf-8"))
    if data.get("format") != DEFAULT_GRID_FORMAT:
        raise ValueError("resources/grids/default.json is not a pbdesk review grid")
    return [
        CriterionInput(
            name=entry.get(code) or entry["fr"],
            kind=CriterionKind(entry["kind"]),
            description=entry.get(f"description_{code}") or entry.get("description_fr", ""),
            weight=int(entry.get("weight", 1)),
            scale_min=int(entry.get("scale_min", 0)),
            scale_max=int(entry.get("scale_max", 1)),
        )
        for entry in data["criteria"]
    ]


def start_from_default_grid(database: Database, campaign_id: int, author: str) -> int:
    """Add the default criteria to a campaign that has none yet; returns how many."""
    with database.session() as session:
        if _criteria(session, campaign_id):
            raise DomainError(
                translate(
                    "Criterion",
                    "This campaign already has criteria: the default grid is only offered "
                    "to start from nothing.",
                )
            )
        grid = [validate_criterion(entry) for entry in default_grid()]
        for position, entry in enumerate(grid):
            session.add(
                Criterion(
                    campaign_id=campaign_id,
                    kind=entry.kind.value,
                    position=position,
                    name=entry.name,
                    description=entry.description,
                    weight=entry.weight,
                    scale_min=entry.scale_min,
                    scale_max=entry.scale_max,
                )
            )
        session.flush()
        _criteria_changed(
            session,
            campaign_id,
            author,
            translate("Journal", "Default review grid adopted ({count} criteria).").format(
                count=len(grid)
            ),
        )
        return len(grid)
