"""The synthesis workbook for the steering committee: per application every reviewer's
weighted total, their mean and spread, strong disagreements highlighted, eligibility
concerns, recommendations and the team's decision; then the detail of every review.

Read-only information (no protection needed); rows are streamed (``write_only``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter

from pbdesk.domain.review import CriterionKind
from pbdesk.grids import layout as L
from pbdesk.grids.export import save_whole
from pbdesk.grids.instructions import yes_no
from pbdesk.grids.jobs import Cancel, Progress, Steps, format_moment
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.types import utcnow
from pbdesk.workspace.campaigns import get_summary
from pbdesk.workspace.reviews.answers import Answer
from pbdesk.workspace.reviews.decision import Synthesis, synthesis


def export_synthesis(
    database: Database,
    campaign_id: int,
    target: Path | str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Path:
    """Write the synthesis workbook to ``target`` (whole or not at all)."""
    target = Path(target)
    campaign = get_summary(database, campaign_id)
    data = synthesis(database, campaign_id)
    steps = Steps(2 * len(data.rows) + 1, progress, cancel)
    workbook = Workbook(write_only=True)
    try:
        _summary(workbook.create_sheet(translate("Grid", "Synthesis")), campaign.name, data, steps)
        _concerns(workbook.create_sheet(translate("Grid", "Eligibility")), data)
        _detail(workbook.create_sheet(translate("Grid", "Reviews")), data, steps)
    except BaseException:
        L.discard(workbook)
        raise
    save_whole(workbook, target, steps)
    steps.finish()
    return target


def _header(ws: L.Sheet, titles: list[str]) -> None:
    L.append(
        ws,
        [
            L.text_cell(
                ws,
                title,
                font=L.BOLD,
                fill=L.HEADER_FILL,
                border=L.BORDER,
                alignment=L.HEADER_ALIGN,
            )
            for title in titles
        ],
    )


def _widths(ws: L.Sheet, widths: list[int]) -> None:
    L.fit_to_page_width(ws, landscape=True)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _summary(ws: L.Sheet, campaign: str, data: Synthesis, steps: Steps) -> None:
    reviewers = list(data.reviewers)
    _widths(ws, [6, 34, 24, 14] + [12] * len(reviewers) + [10, 9, 11, 30, 26, 22, 30])
    ws.freeze_panes = "C4"
    L.append(
        ws,
        [
            L.text_cell(
                ws,
                translate("Grid", "Review synthesis — {campaign}").format(campaign=campaign),
                font=L.TITLE_FONT,
            )
        ],
    )
    L.append(
        ws,
        [
            L.text_cell(
                ws,
                translate(
                    "Grid",
                    "Made on {date}. Totals are out of {best}; reviewers disagree strongly when "
                    "their totals are further apart than a quarter of that (highlighted).",
                ).format(date=format_moment(utcnow()), best=data.best_total),
                font=L.NOTE_FONT,
            )
        ],
    )
    _header(
        ws,
        [
            translate("Grid", "No."),
            translate("Grid", "Title"),
            translate("Grid", "Holder"),
            translate("Grid", "Amount requested (€)"),
            *(r.name for r in reviewers),
            translate("Grid", "Mean"),
            translate("Grid", "Spread"),
            translate("Grid", "Disagreement"),
            translate("Grid", "Eligibility concerns"),
            translate("Grid", "Recommendations"),
            translate("Grid", "Decision"),
            translate("Grid", "Reason"),
        ],
    )
    plain = {"border": L.BORDER, "alignment": L.WRAP}
    for row in data.rows:
        totals = {t.reviewer_id: t for t in row.reviews}
        flag = {"fill": L.WARNING_FILL} if row.disagree else {}
        cells: list[Cell | None] = [
            L.value_cell(ws, row.number, **plain),
            L.text_cell(ws, row.title, **plain),
            L.text_cell(ws, row.holder_name, **plain),
            _euros(ws, row.requested_cents),
        ]
        for reviewer in reviewers:
            total = totals.get(reviewer.id)
            if total is None or not total.recorded:
                cells.append(L.text_cell(ws, "", border=L.BORDER))
            elif total.total is None:
                cells.append(
                    L.text_cell(
                        ws,
                        translate("Grid", "{scored}/{count} scored").format(
                            scored=total.scored,
                            count=sum(1 for c in data.criteria if c.kind is CriterionKind.SCORED),
                        ),
                        font=L.NOTE_FONT,
                        border=L.BORDER,
                    )
                )
            else:
                cells.append(L.value_cell(ws, total.total, border=L.BORDER, alignment=L.CENTER))
        mean = round(row.mean, 1) if row.mean is not None else None
        cells.append(L.value_cell(ws, mean, border=L.BORDER, alignment=L.CENTER, **flag))
        cells.append(L.value_cell(ws, row.spread, border=L.BORDER, alignment=L.CENTER, **flag))
        cells.append(
            L.text_cell(
                ws,
                translate("Grid", "strong") if row.disagree else "",
                border=L.BORDER,
                alignment=L.CENTER,
                **flag,
            )
        )
        concern_text = translate("Grid", "{reviewer} — {criterion}: {reason}")
        concerns = "\n".join(
            concern_text.format(
                reviewer=c.reviewer_name, criterion=c.criterion_name, reason=c.reason
            )
            for c in row.concerns
        )
        cells.append(
            L.text_cell(
                ws,
                concerns,
                border=L.BORDER,
                alignment=L.WRAP,
                **({"fill": L.WARNING_FILL} if row.concerns else {}),
            )
        )
        counted = Counter(t.recommendation for t in row.reviews if t.recommendation)
        cells.append(
            L.text_cell(
                ws,
                ", ".join(f"{count} × {r.label}" for r, count in counted.items()),
                **plain,
            )
        )
        cells.append(L.text_cell(ws, row.status.label, **plain))
        cells.append(L.text_cell(ws, row.status_reason, **plain))
        L.append(ws, cells)
        steps.advance()


def _euros(ws: L.Sheet, cents: int) -> Cell:
    cell = L.value_cell(ws, cents / 100, border=L.BORDER, alignment=L.TOP)
    cell.number_format = '#,##0 "€"' if cents % 100 == 0 else '#,##0.00 "€"'
    return cell


def _concerns(ws: L.Sheet, data: Synthesis) -> None:
    _widths(ws, [6, 34, 24, 40, 50])
    _header(
        ws,
        [
            translate("Grid", "No."),
            translate("Grid", "Title"),
            translate("Grid", "Reviewer"),
            translate("Grid", "Criterion"),
            translate("Grid", "Reason"),
        ],
    )
    for row in data.rows:
        for concern in row.concerns:
            L.append(
                ws,
                [
                    L.value_cell(ws, row.number),
                    L.text_cell(ws, row.title, alignment=L.WRAP),
                    L.text_cell(ws, concern.reviewer_name, alignment=L.WRAP),
                    L.text_cell(ws, concern.criterion_name, alignment=L.WRAP),
                    L.text_cell(ws, concern.reason, alignment=L.WRAP),
                ],
            )


def _detail(ws: L.Sheet, data: Synthesis, steps: Steps) -> None:
    """Every review, one row per reviewer and application, one column per criterion."""
    yes, no = yes_no()
    criteria = list(data.criteria)
    _widths(ws, [6, 34, 24] + [14] * len(criteria) + [11, 22, 48])
    ws.freeze_panes = "D2"
    _header(
        ws,
        [
            translate("Grid", "No."),
            translate("Grid", "Title"),
            translate("Grid", "Reviewer"),
            *(c.name for c in criteria),
            translate("Grid", "Weighted total"),
            translate("Grid", "Recommendation"),
            translate("Grid", "Comment"),
        ],
    )
    for row in data.rows:
        for total in row.reviews:
            if not total.recorded:
                continue
            cells: list[Cell | None] = [
                L.value_cell(ws, row.number),
                L.text_cell(ws, row.title, alignment=L.WRAP),
                L.text_cell(ws, total.reviewer_name, alignment=L.WRAP),
            ]
            for c in criteria:
                answer = total.answers.get(c.id, Answer())
                if c.kind is CriterionKind.SCORED:
                    cells.append(L.value_cell(ws, answer.score, alignment=L.CENTER))
                else:
                    word = "" if answer.eligible is None else (yes if answer.eligible else no)
                    text = f"{word} ({answer.reason})" if answer.reason else word
                    cells.append(L.text_cell(ws, text, alignment=L.WRAP))
            cells.append(L.value_cell(ws, total.total, alignment=L.CENTER))
            cells.append(
                L.text_cell(
                    ws,
                    total.recommendation.label if total.recommendation else "",
                    alignment=L.WRAP,
                )
            )
            cells.append(L.text_cell(ws, total.comment, alignment=L.WRAP))
            L.append(ws, cells)
        steps.advance()
