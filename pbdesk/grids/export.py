"""Review grids out: a workbook a reviewer fills offline in Excel or LibreOffice.

``export_grids`` writes one workbook: one reviewer's grid, or (no reviewer given) one grid
sheet per reviewer who has applications to review. The workbook opens on a sheet that says
what to do and defines every criterion and its scale. On a grid sheet the cells a reviewer
fills are exactly the unlocked cells of a protected sheet, each with a data validation
(the criterion's scale, oui/non, the recommendation list, a reason or comment of bounded
length); the facts of each application sit beside them, read-only; weighted totals are live
formulas. Values already recorded are filled in, so a newer grid carries them on.

Rows are streamed (``write_only``: protection, validations, hidden rows and columns and frozen
panes are all set before the rows are written, which that mode allows).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from pbdesk.domain.campaign import slugify
from pbdesk.domain.errors import DomainError
from pbdesk.domain.review import CriterionKind, Recommendation, best_total
from pbdesk.grids import layout as L
from pbdesk.grids.instructions import (
    quoted_names,
    recommendation_labels,
    scale_hint,
    write_instructions,
    yes_no,
)
from pbdesk.grids.jobs import Cancel, Progress, Steps
from pbdesk.i18n import current_language, translate
from pbdesk.store.database import Database
from pbdesk.store.models import Reviewer
from pbdesk.store.types import utcnow
from pbdesk.workspace import journal
from pbdesk.workspace.call import CriterionView, call_row
from pbdesk.workspace.campaigns import campaign_row
from pbdesk.workspace.reviews.answers import Answer, criteria_in_order, load_reviews, scale_criteria
from pbdesk.workspace.reviews.reviewers import (
    ReviewedApplication,
    ReviewerKind,
    reviewed_applications,
    reviewer_kind,
    reviewer_rows,
)


@dataclass(frozen=True)
class GridExport:
    """What was written."""

    path: Path
    made_at: datetime
    criteria_version: int
    #: The reviewers with a grid sheet, in sheet order.
    reviewers: tuple[str, ...]
    #: Application rows written, over all grid sheets.
    rows: int


@dataclass(frozen=True)
class _Stored:
    answers: Mapping[int, Answer]
    comment: str
    recommendation: str


@dataclass(frozen=True)
class _ReviewerGrid:
    uuid: str
    name: str
    kind: ReviewerKind
    applications: tuple[ReviewedApplication, ...]
    stored: Mapping[int, _Stored]


@dataclass(frozen=True)
class _Plan:
    campaign_uuid: str
    campaign_name: str
    criteria_version: int
    criteria: tuple[CriterionView, ...]
    grids: tuple[_ReviewerGrid, ...]


@dataclass(frozen=True)
class _Column:
    code: str
    kind: str
    header: str
    hint: str
    criterion: CriterionView | None = None


def export_grids(
    database: Database,
    campaign_id: int,
    target: Path | str,
    reviewer: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    author: str = "",
) -> GridExport:
    """Write the grid of reviewer ``reviewer`` (an id), or of every reviewer who has
    applications to review, to ``target``; mark the grids as sent for the current criteria.

    The file appears whole or not at all: a cancelled or failed export leaves no file.
    """
    target = Path(target)
    plan = _plan(database, campaign_id, reviewer)
    made_at = utcnow()
    steps = Steps(sum(len(g.applications) for g in plan.grids) + 2, progress, cancel)
    _write(plan, made_at, target, steps)
    with database.session() as session:
        call = call_row(session, campaign_id)
        if call.criteria_version == plan.criteria_version and call.grids_sent_at is None:
            call.grids_sent_at = made_at
        names = quoted_names(g.name for g in plan.grids)
        journal.record(
            session,
            campaign_id,
            author,
            "grid.export",
            translate("Journal", "Review grid exported for {names} ({rows} applications).").format(
                names=names, rows=sum(len(g.applications) for g in plan.grids)
            ),
            reviewers=[g.uuid for g in plan.grids],
            made_at=made_at.isoformat(),
            criteria_version=plan.criteria_version,
        )
    steps.finish()
    return GridExport(
        target,
        made_at,
        plan.criteria_version,
        tuple(g.name for g in plan.grids),
        sum(len(g.applications) for g in plan.grids),
    )


def export_each_reviewer(
    database: Database,
    campaign_id: int,
    folder: Path | str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    author: str = "",
) -> list[GridExport]:
    """One workbook per reviewer in ``folder`` (``grille-<campaign>-<reviewer>.xlsx``), to
    send each their own."""
    folder = Path(folder)
    with database.session() as session:
        slug = campaign_row(session, campaign_id).slug
        reviewers = [(r.id, r.name) for r in reviewer_rows(session, campaign_id)]
    prefix = translate("Grid", "grid")
    done: list[GridExport] = []
    for number, (reviewer_id, name) in enumerate(reviewers):

        def report(step: int, total: int, number: int = number) -> None:
            if progress is not None:
                progress(number * total + step, len(reviewers) * total)

        path = folder / f"{slugify(prefix)}-{slug}-{slugify(name) or reviewer_id}.xlsx"
        try:
            done.append(
                export_grids(
                    database, campaign_id, path, reviewer_id, report, cancel, author=author
                )
            )
        except _NothingToReview:
            continue
    return done


class _NothingToReview(DomainError):
    pass


def _plan(database: Database, campaign_id: int, reviewer_id: int | None) -> _Plan:
    with database.session() as session:
        campaign = campaign_row(session, campaign_id)
        call = call_row(session, campaign_id)
        criteria = tuple(criteria_in_order(session, campaign_id))
        if not criteria:
            raise DomainError(
                translate(
                    "Grid", "The call has no criteria yet: define them before exporting grids."
                )
            )
        if reviewer_id is None:
            reviewers = reviewer_rows(session, campaign_id)
        else:
            found = session.get(Reviewer, reviewer_id)
            if found is None or found.campaign_id != campaign_id:
                raise DomainError(translate("Reviewer", "This reviewer no longer exists."))
            reviewers = [found]
        if not reviewers:
            raise DomainError(
                translate("Grid", "The campaign has no reviewers yet: add them first.")
            )
        stored = load_reviews(session, [r.id for r in reviewers])
        grids = []
        for reviewer in reviewers:
            applications = tuple(reviewed_applications(session, campaign_id, reviewer))
            if not applications:
                continue
            grids.append(
                _ReviewerGrid(
                    reviewer.uuid,
                    reviewer.name,
                    reviewer_kind(reviewer.kind),
                    applications,
                    {
                        a.id: _Stored(answers, review.comment, review.recommendation)
                        for a in applications
                        if (found_review := stored.get((reviewer.id, a.id))) is not None
                        for review, answers in [found_review]
                    },
                )
            )
        if not grids:
            message = (
                translate("Grid", "«{name}» has no application to review.").format(
                    name=reviewers[0].name
                )
                if reviewer_id is not None
                else translate("Grid", "No reviewer has an application to review.")
            )
            raise _NothingToReview(message)
        return _Plan(campaign.uuid, campaign.name, call.criteria_version, criteria, tuple(grids))


# --- writing ---------------------------------------------------------------------------------


def _write(plan: _Plan, made_at: datetime, target: Path, steps: Steps) -> None:
    workbook = Workbook(write_only=True)
    try:
        _fill(workbook, plan, made_at, steps)
    except BaseException:
        L.discard(workbook)
        raise
    save_whole(workbook, target, steps)


def _fill(workbook: Workbook, plan: _Plan, made_at: datetime, steps: Steps) -> None:
    workbook.security = L.lock_structure()
    taken = {L.META_SHEET.casefold()}
    instructions_name = L.sheet_name(translate("Grid", "Instructions"), taken)
    grid_word = translate("Grid", "Grid")
    if len(plan.grids) == 1:
        names = [L.sheet_name(grid_word, taken)]
    else:
        names = [L.sheet_name(f"{grid_word} – {g.name}", taken) for g in plan.grids]
    write_instructions(
        workbook.create_sheet(instructions_name),
        plan.campaign_name,
        plan.criteria,
        plan.criteria_version,
        made_at,
        [g.name for g in plan.grids],
        names,
    )
    steps.advance()
    for grid, name in zip(plan.grids, names, strict=True):
        _grid_sheet(workbook.create_sheet(name), plan, grid, steps)
    _meta(workbook.create_sheet(L.META_SHEET), plan, made_at, instructions_name, names)


def save_whole(workbook: Workbook, target: Path, steps: Steps) -> None:
    """Save beside ``target`` then move into place: the file appears whole or not at all."""
    try:
        steps.check()
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".pbdesk-", suffix=".xlsx")
    except BaseException:
        L.discard(workbook)
        raise
    os.close(handle)
    try:
        workbook.save(temporary)
        os.replace(temporary, target)
    except OSError as error:
        raise DomainError(
            translate(
                "Grid", "Cannot write «{path}» (is it open in another program?): {reason}"
            ).format(path=target, reason=error.strerror or error)
        ) from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _columns(criteria: Sequence[CriterionView]) -> list[_Column]:
    yes, no = yes_no()
    columns = [
        _Column(code, code, header, "")
        for code, header in zip(
            L.FACT_CODES,
            (
                translate("Grid", "No."),
                translate("Grid", "Title"),
                translate("Grid", "Holder"),
                translate("Grid", "Territory"),
                translate("Grid", "Amount requested (€)"),
                translate("Grid", "Summary"),
            ),
            strict=True,
        )
    ]
    for c in criteria:
        if c.kind is CriterionKind.ELIGIBILITY:
            columns.append(
                _Column(L.column_code(L.ELIGIBLE, c.uuid), L.ELIGIBLE, c.name, f"{yes} / {no}", c)
            )
            columns.append(
                _Column(
                    L.column_code(L.REASON, c.uuid),
                    L.REASON,
                    translate("Grid", "Reason if «{no}»").format(no=no),
                    translate("Grid", "text"),
                    c,
                )
            )
    scored = [c for c in criteria if c.kind is CriterionKind.SCORED]
    for c in scored:
        columns.append(_Column(L.column_code(L.SCORE, c.uuid), L.SCORE, c.name, scale_hint(c), c))
    if scored:
        best = best_total(scale_criteria(scored))
        columns.append(
            _Column(
                L.TOTAL,
                L.TOTAL,
                translate("Grid", "Weighted total"),
                translate("Grid", "out of {best}").format(best=best),
            )
        )
    columns.append(
        _Column(
            L.RECOMMENDATION,
            L.RECOMMENDATION,
            translate("Grid", "Recommendation"),
            translate("Grid", "from the list"),
        )
    )
    columns.append(
        _Column(L.COMMENT, L.COMMENT, translate("Grid", "Comment"), translate("Grid", "free text"))
    )
    return columns


def _grid_sheet(ws: L.Sheet, plan: _Plan, grid: _ReviewerGrid, steps: Steps) -> None:
    columns = _columns(plan.criteria)
    letters = [get_column_letter(index + 2) for index in range(len(columns))]
    last_row = L.FIRST_ROW + len(grid.applications) - 1
    ws.column_dimensions["A"].hidden = True
    for column, letter in zip(columns, letters, strict=True):
        width = L.FACT_WIDTHS.get(column.kind) or L.INPUT_WIDTHS.get(column.kind, 14)
        ws.column_dimensions[letter].width = width
    ws.row_dimensions[L.CODE_ROW].hidden = True
    ws.row_dimensions[L.HEADER_ROW].height = L.HEADER_HEIGHT
    ws.freeze_panes = L.FROZEN_CELL
    ws.auto_filter.ref = f"B{L.HEADER_ROW}:{letters[-1]}{last_row}"
    L.fit_to_page_width(ws, landscape=True)
    L.protect(ws)
    _validations(ws, columns, letters, last_row)

    L.append(ws, [L.text_cell(ws, grid.uuid)] + [L.text_cell(ws, c.code) for c in columns])
    L.append(
        ws,
        [
            None,
            L.text_cell(
                ws,
                translate("Grid", "Review grid — {campaign} — {reviewer} ({kind})").format(
                    campaign=plan.campaign_name, reviewer=grid.name, kind=grid.kind.label
                ),
                font=L.TITLE_FONT,
            ),
        ],
    )
    L.append(
        ws,
        [
            None,
            L.text_cell(
                ws,
                translate(
                    "Grid",
                    "Fill in the white cells only (the others are protected); the sheet "
                    "«{sheet}» explains each criterion. Save as .xlsx and send the file back.",
                ).format(sheet=translate("Grid", "Instructions")),
                font=L.NOTE_FONT,
            ),
        ],
    )
    groups: list[Cell | None] = [None]
    seen: set[str] = set()
    group_titles = {
        "number": translate("Grid", "Application"),
        L.ELIGIBLE: translate("Grid", "Eligibility"),
        L.SCORE: translate("Grid", "Scores"),
        L.TOTAL: "",
        L.RECOMMENDATION: translate("Grid", "Your opinion"),
    }
    for column in columns:
        title = group_titles.get(column.kind)
        if title and column.kind not in seen:
            seen.add(column.kind)
            groups.append(L.text_cell(ws, title, font=L.BOLD))
        else:
            groups.append(None)
    L.append(ws, groups)
    L.append(
        ws,
        [None]
        + [
            L.text_cell(
                ws,
                column.header,
                font=L.BOLD,
                fill=L.HEADER_FILL,
                border=L.BORDER,
                alignment=L.HEADER_ALIGN,
            )
            for column in columns
        ],
    )
    L.append(
        ws,
        [None]
        + [
            L.text_cell(ws, column.hint, font=L.NOTE_FONT, fill=L.HEADER_FILL, border=L.BORDER)
            for column in columns
        ],
    )
    yes, no = yes_no()
    labels = recommendation_labels()
    score_letters = [
        letter for column, letter in zip(columns, letters, strict=True) if column.kind == L.SCORE
    ]
    weights = [c.criterion.weight for c in columns if c.kind == L.SCORE and c.criterion]
    for offset, application in enumerate(grid.applications):
        row = L.FIRST_ROW + offset
        stored = grid.stored.get(application.id)
        cells: list[Cell] = [L.text_cell(ws, application.uuid)]
        for column in columns:
            cells.append(
                _cell(
                    ws, column, application, stored, row, (yes, no), labels, score_letters, weights
                )
            )
        L.append(ws, cells)
        steps.advance()


def _cell(
    ws: L.Sheet,
    column: _Column,
    application: ReviewedApplication,
    stored: _Stored | None,
    row: int,
    yes_no_words: tuple[str, str],
    labels: Mapping[Recommendation, str],
    score_letters: Sequence[str],
    weights: Sequence[int],
) -> Cell:
    fact = {"fill": L.FACT_FILL, "border": L.BORDER, "alignment": L.WRAP}
    entry = {"fill": L.INPUT_FILL, "border": L.BORDER, "protection": L.UNLOCKED}
    kind = column.kind
    if kind == "number":
        return L.value_cell(ws, application.number, **{**fact, "alignment": L.CENTER})
    if kind == "requested":
        cell = L.value_cell(
            ws,
            application.requested_cents / 100,
            fill=L.FACT_FILL,
            border=L.BORDER,
            alignment=L.TOP,
        )
        cell.number_format = (
            '#,##0 "€"' if application.requested_cents % 100 == 0 else ('#,##0.00 "€"')
        )
        return cell
    if kind in L.FACT_CODES:
        text = {
            "title": application.title,
            "holder": application.holder_name,
            "territory": application.territory_name,
            "summary": application.summary,
        }[kind]
        return L.text_cell(ws, text, **fact)
    if kind == L.TOTAL:
        count = len(score_letters)
        terms = "+".join(
            f"{weight}*{letter}{row}" for weight, letter in zip(weights, score_letters, strict=True)
        )
        span = f"{score_letters[0]}{row}:{score_letters[-1]}{row}"
        return L.formula_cell(
            ws,
            f'=IF(COUNT({span})={count},{terms},"")',
            fill=L.TOTAL_FILL,
            border=L.BORDER,
            alignment=L.CENTER,
        )
    answer = (
        stored.answers.get(column.criterion.id, Answer())
        if stored is not None and column.criterion is not None
        else Answer()
    )
    if kind == L.SCORE:
        return L.value_cell(ws, answer.score, alignment=L.CENTER, **entry)
    if kind == L.ELIGIBLE:
        yes, no = yes_no_words
        word = "" if answer.eligible is None else (yes if answer.eligible else no)
        return L.text_cell(ws, word, alignment=L.CENTER, **entry)
    if kind == L.REASON:
        return L.text_cell(ws, answer.reason, alignment=L.WRAP, **entry)
    if kind == L.RECOMMENDATION:
        code = stored.recommendation if stored is not None else ""
        label = next((labels[r] for r in labels if r.value == code), "")
        return L.text_cell(ws, label, alignment=L.WRAP, **entry)
    return L.text_cell(ws, stored.comment if stored else "", alignment=L.WRAP, **entry)


def _validations(
    ws: L.Sheet, columns: Sequence[_Column], letters: Sequence[str], last_row: int
) -> None:
    yes, no = yes_no()
    labels = recommendation_labels()
    for column, letter in zip(columns, letters, strict=True):
        cells = f"{letter}{L.FIRST_ROW}:{letter}{last_row}"
        criterion = column.criterion
        if column.kind == L.SCORE and criterion is not None:
            validation = DataValidation(
                type="whole",
                operator="between",
                formula1=str(criterion.scale_min),
                formula2=str(criterion.scale_max),
                error=translate("Grid", "Type a whole number from {low} to {high}.").format(
                    low=criterion.scale_min, high=criterion.scale_max
                ),
                prompt=scale_hint(criterion),
            )
        elif column.kind == L.ELIGIBLE and criterion is not None:
            validation = DataValidation(
                type="list",
                formula1=f'"{yes},{no}"',
                error=translate("Grid", "Choose «{yes}» or «{no}».").format(yes=yes, no=no),
                prompt=translate("Grid", "«{yes}» or «{no}»; a «{no}» needs its reason.").format(
                    yes=yes, no=no
                ),
            )
        elif column.kind == L.REASON:
            validation = _text_validation(L.MAX_REASON)
        elif column.kind == L.RECOMMENDATION:
            validation = DataValidation(
                type="list",
                formula1='"' + ",".join(labels.values()) + '"',
                error=translate("Grid", "Choose a recommendation from the list."),
                prompt=translate("Grid", "Choose from the list."),
            )
        elif column.kind == L.COMMENT:
            validation = _text_validation(L.MAX_COMMENT)
        else:
            continue
        validation.errorTitle = column.header[:32]
        validation.promptTitle = column.header[:32]
        validation.error = (validation.error or "")[:255]
        validation.prompt = (validation.prompt or "")[:255]
        validation.showErrorMessage = True
        validation.showInputMessage = True
        validation.allow_blank = True
        validation.add(cells)
        ws.data_validations.append(validation)


def _text_validation(limit: int) -> DataValidation:
    return DataValidation(
        type="textLength",
        operator="lessThanOrEqual",
        formula1=str(limit),
        error=translate("Grid", "At most {count} characters.").format(count=limit),
        prompt=translate("Grid", "Free text ({count} characters at most).").format(count=limit),
    )


def _meta(
    ws: L.Sheet,
    plan: _Plan,
    made_at: datetime,
    instructions_name: str,
    names: Sequence[str],
) -> None:
    ws.sheet_state = "veryHidden"
    L.protect(ws)
    yes, no = yes_no()

    def pair(key: str, *values: str | int) -> None:
        L.append(
            ws,
            [L.text_cell(ws, key)]
            + [L.text_cell(ws, v) if isinstance(v, str) else L.value_cell(ws, v) for v in values],
        )

    pair("format", L.GRID_FORMAT)
    pair("format_version", L.GRID_FORMAT_VERSION)
    pair("campaign", plan.campaign_uuid, plan.campaign_name)
    pair("criteria_version", plan.criteria_version)
    pair("made_at", made_at.isoformat())
    pair("language", current_language())
    pair("instructions", instructions_name)
    pair("yes", yes)
    pair("no", no)
    for recommendation, label in recommendation_labels().items():
        pair(f"recommendation:{recommendation.value}", label)
    for grid, name in zip(plan.grids, names, strict=True):
        pair("sheet", name, grid.uuid, L.FIRST_ROW, len(grid.applications))
