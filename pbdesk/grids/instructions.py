"""The words a grid offers (oui/non, the recommendations, a criterion's scale) and its first
sheet, which says what to do and defines every criterion."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from pbdesk.domain.review import CriterionKind, Recommendation
from pbdesk.grids import layout as L
from pbdesk.grids.jobs import format_moment
from pbdesk.i18n import translate
from pbdesk.workspace.call import CriterionView


def quoted_names(names: Iterable[str]) -> str:
    """``« Mme Dupont », « Service voirie »`` (French spacing around guillemets)."""
    quote = translate("Grid", "«{name}»")
    return ", ".join(quote.format(name=name) for name in names)


def yes_no() -> tuple[str, str]:
    """The words a reviewer picks for eligibility answers."""
    return translate("Grid", "yes"), translate("Grid", "no")


def recommendation_labels() -> dict[Recommendation, str]:
    labels = {r: r.label for r in Recommendation}
    if any("," in label or '"' in label for label in labels.values()):
        raise ValueError("recommendation labels must not contain commas or quotes")
    return labels


def scale_hint(criterion: CriterionView) -> str:
    return translate("Grid", "{low} to {high}, weight {weight}").format(
        low=criterion.scale_min, high=criterion.scale_max, weight=criterion.weight
    )


def write_instructions(
    ws: L.Sheet,
    campaign_name: str,
    criteria: Sequence[CriterionView],
    criteria_version: int,
    made_at: datetime,
    reviewers: Sequence[str],
    sheets: Sequence[str],
) -> None:
    """The grid's first sheet: what to do, each criterion and its scale, the
    recommendations. Protected, with nothing to fill."""
    for letter, width in zip("ABCD", (26, 90, 16, 12), strict=True):
        ws.column_dimensions[letter].width = width
    L.fit_to_page_width(ws)
    L.protect(ws)
    yes, no = yes_no()
    wrap = {"alignment": L.WRAP}

    def line(*values: str, **style: object) -> None:
        L.append(ws, [L.text_cell(ws, value, **style) if value else None for value in values])

    line(
        translate("Grid", "Review grid — {campaign}").format(campaign=campaign_name),
        font=L.TITLE_FONT,
    )
    if len(reviewers) == 1:
        line(translate("Grid", "Reviewer: {name}").format(name=reviewers[0]), font=L.BOLD)
    else:
        line(
            translate("Grid", "Reviewers: one sheet each ({names})").format(
                names=", ".join(sheets)
            ),
            font=L.BOLD,
        )
    line(
        translate("Grid", "Made on {date}, for version {version} of the criteria.").format(
            date=format_moment(made_at), version=criteria_version
        ),
        font=L.NOTE_FONT,
    )
    L.append(ws, [])
    line(translate("Grid", "What to do"), font=L.BOLD)
    steps = (
        translate(
            "Grid",
            "In your grid sheet, fill in only the white cells: the other cells are protected.",
        ),
        translate(
            "Grid",
            "For each eligibility criterion, answer «{yes}» or «{no}»; a «{no}» needs its "
            "reason in the next column.",
        ).format(yes=yes, no=no),
        translate(
            "Grid",
            "For each scored criterion, give a whole number on its scale; the weighted total "
            "is computed by itself.",
        ),
        translate(
            "Grid", "Choose your recommendation from the list and, if you wish, add a comment."
        ),
        translate(
            "Grid",
            "A row left empty changes nothing. A row you fill replaces, as a whole, what was "
            "recorded for that application (an empty cell in it clears the value).",
        ),
        translate(
            "Grid",
            "Do not rename the file's sheets or add rows. Save as an Excel workbook (.xlsx) and "
            "send it back to the team.",
        ),
    )
    for number, text in enumerate(steps, start=1):
        L.append(ws, [L.value_cell(ws, number, alignment=L.CENTER), L.text_cell(ws, text, **wrap)])
    L.append(ws, [])
    line(translate("Grid", "The criteria"), font=L.BOLD)
    line(
        translate("Grid", "Kind"),
        translate("Grid", "Criterion and what it means"),
        translate("Grid", "Scale"),
        translate("Grid", "Weight"),
        font=L.BOLD,
        fill=L.HEADER_FILL,
    )
    for c in criteria:
        text = f"{c.name}\n{c.description}" if c.description else c.name
        if c.kind is CriterionKind.ELIGIBILITY:
            scale, weight = f"{yes} / {no}", ""
        else:
            scale = translate("Grid", "{low} to {high}").format(low=c.scale_min, high=c.scale_max)
            weight = str(c.weight)
        L.append(
            ws,
            [
                L.text_cell(ws, c.kind.label, **wrap),
                L.text_cell(ws, text, **wrap),
                L.text_cell(ws, scale, **wrap),
                L.text_cell(ws, weight, **wrap),
            ],
        )
    L.append(ws, [])
    line(translate("Grid", "Recommendations"), font=L.BOLD)
    for label in recommendation_labels().values():
        line("", label)
