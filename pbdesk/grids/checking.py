"""Checking a returned grid against its campaign, before anything changes.

``Checker`` compares what ``reading`` found with the database: same campaign and criteria
version, a known reviewer per sheet, known and assigned applications, every value allowed
by its criterion, no grid older than one already imported, no review typed in pbdesk since
the grid was made. Each problem is one sentence naming the sheet and, where there is one,
the cell. What passes becomes ``ReviewEntry`` values ready to write.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.review import CriterionKind, Recommendation
from pbdesk.grids import layout as L
from pbdesk.grids.jobs import format_moment
from pbdesk.grids.reading import RawCell, RawGrid, RawSheet
from pbdesk.i18n import translate
from pbdesk.store.models import Application, Call, Review, Reviewer
from pbdesk.workspace.call import CriterionView
from pbdesk.workspace.campaigns import campaign_row
from pbdesk.workspace.reviews.answers import (
    Answer,
    ReviewEntry,
    ReviewSource,
    StoredReviews,
    check_answers,
    criteria_in_order,
    load_reviews,
    same_review,
)
from pbdesk.workspace.reviews.reviewers import assigned_application_ids

#: Past this many problems the list stops: the grid needs a fresh start anyway.
MAX_PROBLEMS = 100


@dataclass
class PlannedSheet:
    """One grid sheet's reviewer and the reviews its filled rows hold."""

    sheet: RawSheet
    reviewer: Reviewer
    entries: list[ReviewEntry]
    stored: StoredReviews
    #: The newest grid already imported from this reviewer.
    previous: datetime | None


class Checker:
    def __init__(self, session: Session, campaign_id: int, raw: RawGrid) -> None:
        self.session = session
        self.campaign_id = campaign_id
        self.raw = raw
        self.problems: list[str] = []
        self.criteria: list[CriterionView] = []
        self.applications: dict[str, tuple[int, int, str]] = {}
        self.applications_by_id: dict[int, tuple[int, int, str]] = {}

    # -- problems --------------------------------------------------------------------------

    def problem(self, sheet: str, cell: str | None, text: str) -> None:
        if len(self.problems) == MAX_PROBLEMS:
            self.problems.append(
                translate(
                    "GridImport",
                    "… and more problems: check the grid, or start again from a new one.",
                )
            )
        if len(self.problems) > MAX_PROBLEMS:
            return
        if cell:
            message = translate("GridImport", "Sheet «{sheet}», cell {cell}: {problem}").format(
                sheet=sheet, cell=cell, problem=text
            )
        else:
            message = translate("GridImport", "Sheet «{sheet}»: {problem}").format(
                sheet=sheet, problem=text
            )
        self.problems.append(message)

    # -- the whole grid --------------------------------------------------------------------

    def check(self) -> list[PlannedSheet]:
        raw = self.raw
        campaign = campaign_row(self.session, self.campaign_id)
        if raw.campaign_uuid != campaign.uuid:
            self.problems.append(
                translate(
                    "GridImport",
                    "This grid belongs to another campaign («{other}»), not to «{campaign}»: "
                    "nothing was imported.",
                ).format(other=raw.campaign_name, campaign=campaign.name)
            )
            return []
        version = self.session.scalar(
            select(Call.criteria_version).where(Call.campaign_id == self.campaign_id)
        )
        if raw.criteria_version != (version or 1):
            self.problems.append(
                translate(
                    "GridImport",
                    "This grid was made for version {grid} of the criteria, which have changed "
                    "since (version {current}): export a new grid and send it to the reviewer.",
                ).format(grid=raw.criteria_version, current=version or 1)
            )
            return []
        for name in raw.missing_sheets:
            self.problems.append(
                translate(
                    "GridImport",
                    "The sheet «{sheet}» is missing: it was deleted or renamed. Give it back its "
                    "name, or start again from a new grid.",
                ).format(sheet=name)
            )
        self.criteria = criteria_in_order(self.session, self.campaign_id)
        self.applications = {
            uuid: (application_id, number, title)
            for application_id, uuid, number, title in self.session.execute(
                select(
                    Application.id, Application.uuid, Application.number, Application.title
                ).where(Application.campaign_id == self.campaign_id)
            )
        }
        self.applications_by_id = {found[0]: found for found in self.applications.values()}
        planned = [self._sheet(sheet) for sheet in raw.sheets]
        return [p for p in planned if p is not None]

    def _expected_codes(self) -> dict[str, str]:
        """Input column code → what the column is called, for messages."""
        codes: dict[str, str] = {}
        for c in self.criteria:
            if c.kind is CriterionKind.ELIGIBILITY:
                codes[L.column_code(L.ELIGIBLE, c.uuid)] = c.name
                codes[L.column_code(L.REASON, c.uuid)] = translate(
                    "Grid", "Reason if «{no}»"
                ).format(no=self.raw.no)
            else:
                codes[L.column_code(L.SCORE, c.uuid)] = c.name
        codes[L.RECOMMENDATION] = translate("Grid", "Recommendation")
        codes[L.COMMENT] = translate("Grid", "Comment")
        return codes

    def _sheet(self, sheet: RawSheet) -> PlannedSheet | None:
        before = len(self.problems)
        reviewer = self.session.scalar(
            select(Reviewer).where(
                Reviewer.uuid == sheet.reviewer_uuid, Reviewer.campaign_id == self.campaign_id
            )
        )
        if sheet.reviewer_cell != sheet.reviewer_uuid or reviewer is None:
            self.problem(
                sheet.name,
                "A1",
                translate(
                    "GridImport", "the reviewer of this grid is not (or no longer) in the campaign."
                ),
            )
            return None
        expected = self._expected_codes()
        for code, name in expected.items():
            if code not in sheet.columns:
                self.problem(
                    sheet.name,
                    None,
                    translate(
                        "GridImport",
                        "the column «{column}» is missing (the grid was changed): start again "
                        "from a new grid.",
                    ).format(column=name),
                )
        for letter in sheet.unknown_columns:
            self.problem(
                sheet.name,
                f"{letter}{L.CODE_ROW}",
                translate(
                    "GridImport", "this column is not one pbdesk wrote (the grid was changed)."
                ),
            )
        if len(self.problems) > before:
            return None
        assigned = set(assigned_application_ids(self.session, reviewer))
        seen: dict[str, int] = {}
        entries: list[ReviewEntry] = []
        rows: dict[int, int] = {}
        for row in sheet.rows:
            if not row.uuid:
                self.problem(
                    sheet.name,
                    row.first_content,
                    translate(
                        "GridImport",
                        "this row was added by hand; pbdesk only reads the rows of the "
                        "applications it put in the grid.",
                    ),
                )
                continue
            if row.uuid in seen:
                self.problem(
                    sheet.name,
                    f"A{row.row}",
                    translate(
                        "GridImport",
                        "this row repeats the application of row {other} (a copied row).",
                    ).format(other=seen[row.uuid]),
                )
                continue
            seen[row.uuid] = row.row
            if not row.filled:
                continue
            found = self.applications.get(row.uuid)
            if found is None:
                self.problem(
                    sheet.name,
                    f"A{row.row}",
                    translate(
                        "GridImport",
                        "the application of this row (no. {number}) is not (or no longer) in "
                        "the campaign.",
                    ).format(number=_shown(row.number)),
                )
                continue
            application_id, number, _title = found
            if application_id not in assigned:
                self.problem(
                    sheet.name,
                    f"A{row.row}",
                    translate(
                        "GridImport",
                        "application {number} is not (or no longer) given to «{reviewer}» to "
                        "review.",
                    ).format(number=number, reviewer=reviewer.name),
                )
                continue
            entry = self._entry(sheet, reviewer, application_id, row.cells)
            if entry is not None:
                entries.append(entry)
                rows[application_id] = row.row
        if len(self.problems) > before or not entries:
            return None
        stored = load_reviews(self.session, [reviewer.id])
        previous = self.session.scalar(
            select(func.max(Review.grid_made_at)).where(Review.reviewer_id == reviewer.id)
        )
        if previous is not None and previous > self.raw.made_at:
            self.problem(
                sheet.name,
                None,
                translate(
                    "GridImport",
                    "this grid was made on {made}, but a newer grid from «{reviewer}» (made on "
                    "{newer}) is already imported: the older grid is refused.",
                ).format(
                    made=format_moment(self.raw.made_at),
                    reviewer=reviewer.name,
                    newer=format_moment(previous),
                ),
            )
            return None
        self._edited_since(sheet, entries, stored, rows)
        if len(self.problems) > before:
            return None
        return PlannedSheet(sheet, reviewer, entries, stored, previous)

    def _edited_since(
        self,
        sheet: RawSheet,
        entries: Sequence[ReviewEntry],
        stored: StoredReviews,
        rows: Mapping[int, int],
    ) -> None:
        """A review typed in pbdesk after the grid was made is newer than the grid: the grid
        may not silently undo it."""
        for entry in entries:
            found = stored.get((entry.reviewer_id, entry.application_id))
            if found is None or same_review(entry, found):
                continue
            review = found[0]
            if review.source == ReviewSource.APP.value and review.updated_at > self.raw.made_at:
                number = self.applications_by_id[entry.application_id][1]
                self.problem(
                    sheet.name,
                    f"A{rows[entry.application_id]}",
                    translate(
                        "GridImport",
                        "the review of application {number} was changed in pbdesk on "
                        "{changed}, after this grid was made ({made}): export a new grid, which "
                        "carries it.",
                    ).format(
                        number=number,
                        changed=format_moment(review.updated_at),
                        made=format_moment(self.raw.made_at),
                    ),
                )

    # -- one row ---------------------------------------------------------------------------

    def _entry(
        self,
        sheet: RawSheet,
        reviewer: Reviewer,
        application_id: int,
        cells: Mapping[str, RawCell],
    ) -> ReviewEntry | None:
        before = len(self.problems)
        answers: dict[int, Answer] = {}
        for c in self.criteria:
            if c.kind is CriterionKind.ELIGIBILITY:
                eligible = self._yes_no(sheet, cells.get(L.column_code(L.ELIGIBLE, c.uuid)))
                reason_cell = cells.get(L.column_code(L.REASON, c.uuid))
                reason = self._text(sheet, reason_cell, L.MAX_REASON)
                if eligible is False and not reason:
                    self.problem(
                        sheet.name,
                        _coordinate(sheet, L.column_code(L.REASON, c.uuid), cells),
                        translate(
                            "GridImport", "say why the answer to «{criterion}» is «{no}»."
                        ).format(criterion=c.name, no=self.raw.no),
                    )
                answers[c.id] = Answer(None, eligible, reason)
            else:
                answers[c.id] = Answer(
                    self._score(sheet, cells.get(L.column_code(L.SCORE, c.uuid)), c)
                )
        recommendation = self._recommendation(sheet, cells.get(L.RECOMMENDATION))
        comment = self._text(sheet, cells.get(L.COMMENT), L.MAX_COMMENT)
        if len(self.problems) > before:
            return None
        kept = {k: a for k, a in answers.items() if not a.empty}
        return ReviewEntry(
            reviewer.id,
            application_id,
            check_answers(self.criteria, kept),
            comment,
            recommendation,
        )

    def _formula(self, sheet: RawSheet, cell: RawCell) -> bool:
        if cell.formula:
            self.problem(
                sheet.name,
                cell.coordinate,
                translate(
                    "GridImport",
                    "«{value}» is a formula; type the value itself.",
                ).format(value=cell.value),
            )
        return cell.formula

    def _score(self, sheet: RawSheet, cell: RawCell | None, c: CriterionView) -> int | None:
        if cell is None or cell.blank or self._formula(sheet, cell):
            return None
        value = cell.value
        score: int | None = None
        if isinstance(value, bool):
            score = None
        elif isinstance(value, int):
            score = value
        elif isinstance(value, float) and value.is_integer():
            score = int(value)
        elif isinstance(value, str):
            text = value.strip()
            if text.lstrip("-").isdigit():
                score = int(text)
        if score is None or not c.scale_min <= score <= c.scale_max:
            self.problem(
                sheet.name,
                cell.coordinate,
                translate(
                    "GridImport", "«{value}» is not a score between {low} and {high}."
                ).format(value=_shown(value), low=c.scale_min, high=c.scale_max),
            )
            return None
        return score

    def _yes_no(self, sheet: RawSheet, cell: RawCell | None) -> bool | None:
        if cell is None or cell.blank or self._formula(sheet, cell):
            return None
        value = cell.value
        if isinstance(value, bool):
            return value
        word = str(value).strip().casefold()
        if word in self.raw.yes_words:
            return True
        if word in self.raw.no_words:
            return False
        self.problem(
            sheet.name,
            cell.coordinate,
            translate("GridImport", "«{value}» is neither «{yes}» nor «{no}».").format(
                value=_shown(value), yes=self.raw.yes, no=self.raw.no
            ),
        )
        return None

    def _recommendation(self, sheet: RawSheet, cell: RawCell | None) -> Recommendation | None:
        if cell is None or cell.blank or self._formula(sheet, cell):
            return None
        word = str(cell.value).strip().casefold()
        words = dict(self.raw.recommendation_words)
        for recommendation in Recommendation:
            words.setdefault(recommendation.label.casefold(), recommendation.value)
            words.setdefault(recommendation.value, recommendation.value)
        code = words.get(word)
        if code is None:
            self.problem(
                sheet.name,
                cell.coordinate,
                translate(
                    "GridImport", "«{value}» is not one of the recommendations ({choices})."
                ).format(
                    value=_shown(cell.value),
                    choices=", ".join(f"«{r.label}»" for r in Recommendation),
                ),
            )
            return None
        return Recommendation(code)

    def _text(self, sheet: RawSheet, cell: RawCell | None, limit: int) -> str:
        if cell is None or cell.blank or self._formula(sheet, cell):
            return ""
        value = cell.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = str(value).strip()
        if len(text) > limit:
            self.problem(
                sheet.name,
                cell.coordinate,
                translate(
                    "GridImport", "the text is too long ({length} characters; {limit} at most)."
                ).format(length=len(text), limit=limit),
            )
            return ""
        return text


def _shown(value: Any) -> str:
    if value is None:
        return "?"
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def _coordinate(sheet: RawSheet, code: str, cells: Mapping[str, RawCell]) -> str:
    cell = cells.get(code)
    if cell is not None:
        return cell.coordinate
    row = next(iter(cells.values())).coordinate.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return f"{sheet.columns.get(code, '?')}{row}"
