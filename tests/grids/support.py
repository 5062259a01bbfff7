"""Helpers for the grid tests: a campaign ready for review, a reviewer filling a grid with
openpyxl the way Excel would save it, and a dump of what the review tables hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select

from pbdesk.domain.applications import ApplicationInput, HolderInput
from pbdesk.domain.campaign import FrameInput, TerritoryInput
from pbdesk.domain.review import CriterionKind, Recommendation
from pbdesk.grids import layout as L
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Call,
    JournalEntry,
    Review,
    ReviewAssignment,
    Reviewer,
    ReviewValue,
)
from pbdesk.workspace.applications import save_application
from pbdesk.workspace.call import CriterionView, list_criteria, start_from_default_grid
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.holders import save_holder
from pbdesk.workspace.reviews.reviewers import ReviewerInput, ReviewerKind, save_reviewer

AUTHOR = "Agnès Testeuse"


def make_frame(slug: str, name: str) -> FrameInput:
    return FrameInput(
        name=name,
        year=2026,
        slug=slug,
        envelope="40 000",
        territories=[TerritoryInput(name="Le Quartier", postcode="13015", commune="Marseille")],
        starts_on=date(2026, 1, 5),
        ends_on=date(2026, 12, 18),
        vote_on=date(2026, 6, 13),
    )


@dataclass(frozen=True)
class Setup:
    campaign_id: int
    applications: list[int]
    reviewers: list[int]
    criteria: list[CriterionView]

    @property
    def scored(self) -> list[CriterionView]:
        return [c for c in self.criteria if c.kind is CriterionKind.SCORED]

    @property
    def eligibility(self) -> list[CriterionView]:
        return [c for c in self.criteria if c.kind is CriterionKind.ELIGIBILITY]


def make_setup(
    database: Database,
    *,
    applications: int = 3,
    reviewers: tuple[str, ...] = ("Mme Dupont", "Service voirie"),
    slug: str = "quartier-test-2026",
    titles: tuple[str, ...] = (),
    holder: str = "Association Les Jardins",
) -> Setup:
    """A campaign with the default grid, ``applications`` applications and reviewers who
    review them all."""
    campaign_id = create_campaign(database, make_frame(slug=slug, name=f"Campagne {slug}"), AUTHOR)
    start_from_default_grid(database, campaign_id, AUTHOR)
    holder_id = save_holder(database, HolderInput(holder)) if holder else None
    application_ids = [
        save_application(
            database,
            campaign_id,
            ApplicationInput(
                title=titles[n] if n < len(titles) else f"Projet {n + 1}",
                holder_id=holder_id,
                requested=f"{1000 + 250 * n}",
                summary=f"Résumé du projet {n + 1}.",
            ),
            AUTHOR,
        )
        for n in range(applications)
    ]
    reviewer_ids = [
        save_reviewer(database, campaign_id, ReviewerInput(name, ReviewerKind.SERVICE), AUTHOR)
        for name in reviewers
    ]
    return Setup(campaign_id, application_ids, reviewer_ids, list_criteria(database, campaign_id))


class GridSheet:
    """A grid sheet as a reviewer sees it, found by pbdesk's hidden codes."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.codes = {cell.value: cell.column_letter for cell in ws[L.CODE_ROW] if cell.value}
        self.rows = {
            ws.cell(row, 2).value: row
            for row in range(L.FIRST_ROW, ws.max_row + 1)
            if ws.cell(row, 1).value
        }

    def coordinate(self, number: int, code: str) -> str:
        return f"{self.codes[code]}{self.rows[number]}"

    def set(self, number: int, code: str, value: Any) -> str:
        coordinate = self.coordinate(number, code)
        self.ws[coordinate] = value
        return coordinate

    def input_cells(self) -> set[str]:
        return {
            f"{letter}{row}"
            for code, letter in self.codes.items()
            if L.parse_code(str(code))[0] in L.INPUT_KINDS
            for row in self.rows.values()
        }


def score_code(criterion: CriterionView) -> str:
    return L.column_code(L.SCORE, criterion.uuid)


def eligible_code(criterion: CriterionView) -> str:
    return L.column_code(L.ELIGIBLE, criterion.uuid)


def reason_code(criterion: CriterionView) -> str:
    return L.column_code(L.REASON, criterion.uuid)


def planned_score(number: int, index: int, criterion: CriterionView) -> int:
    span = criterion.scale_max - criterion.scale_min + 1
    return criterion.scale_min + (number + index) % span


def fill_sheet(sheet: GridSheet, setup: Setup, numbers: list[int] | None = None) -> None:
    """Fill every input of the rows ``numbers`` (all by default) with planned values:
    application 2 gets a "non" with its reason on the first eligibility criterion."""
    for number in numbers if numbers is not None else list(sheet.rows):
        for index, criterion in enumerate(setup.eligibility):
            refused = number == 2 and index == 0
            sheet.set(number, eligible_code(criterion), "non" if refused else "oui")
            if refused:
                sheet.set(number, reason_code(criterion), "Hors du périmètre du quartier")
        for index, criterion in enumerate(setup.scored):
            sheet.set(number, score_code(criterion), planned_score(number, index, criterion))
        recommendation = list(Recommendation)[number % 3]
        sheet.set(number, L.RECOMMENDATION, recommendation.label)
        sheet.set(number, L.COMMENT, f"Avis sur le projet {number}")


def fill_grid(source: Path, target: Path, setup: Setup, numbers: list[int] | None = None) -> None:
    """Open ``source`` like a reviewer, fill every grid sheet, save as ``target``."""
    workbook = openpyxl.load_workbook(source)
    for ws in grid_sheets(workbook):
        fill_sheet(GridSheet(ws), setup, numbers)
    workbook.save(target)


def grid_sheets(workbook: Any) -> list[Any]:
    return [
        ws
        for ws in workbook.worksheets
        if ws.title != L.META_SHEET and ws.cell(L.CODE_ROW, 2).value == "number"
    ]


def review_dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Everything the review tables, the journal and the call hold."""
    tables = (Review, ReviewValue, Reviewer, ReviewAssignment, JournalEntry, Call)
    dump: dict[str, list[tuple[Any, ...]]] = {}
    with database.session() as session:
        for table in tables:
            columns = list(table.__table__.columns)
            rows = session.execute(select(*columns).order_by(columns[0])).all()
            dump[table.__tablename__] = [tuple(row) for row in rows]
    return dump
