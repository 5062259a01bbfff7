"""Posters (affiches): one page per project on the ballot, and the vote-day poster.

``build`` writes exactly one poster per project (A3 portrait by default from the command
line, A4 selectable): big code and title, holder, amount (``12 500 €``), the stakes it
answers, the photo when one is attached, and the description fitted to the room left
(shrunk, then wrapped, then cut with "…" — never overflowing).

``build_vote_day`` writes the vote-day poster on its own page, in its own file: where
(polling stations), when, who can vote, how to vote. It is kept apart so that a project
poster pack has exactly one page per project and can be reprinted on its own.

Large print: every text at 16 points or more.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from pbdesk.domain.money import format_euros
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate
from pbdesk.printing.base import (
    FONT,
    FONT_BOLD,
    GREY,
    INK,
    LARGE_PRINT_SIZE,
    MM,
    PAPERS,
    Box,
    Fitted,
    Margins,
    PrintOptions,
    Progress,
    Style,
    campaign_style,
    check_options,
    draw_fitted,
    draw_footer,
    draw_image,
    fit_paragraph,
    fit_text,
    image_reader,
    new_canvas,
    report_progress,
    text_width,
)

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from pbdesk.store.database import Database
    from pbdesk.workspace.polling_stations import StationView
    from pbdesk.workspace.printing import PrintProject, VoteDay


def _scale(canvas: Canvas) -> float:
    """1 on A3, about 0.71 on A4: posters keep their proportions."""
    return float(canvas._pagesize[0]) / PAPERS["A3"][0]


def _margins(k: float) -> Margins:
    side = 14 * MM * k
    return Margins(side, side, side, side)


def _band(canvas: Canvas, style: Style, k: float, title: str, subtitle: str, large: bool) -> Box:
    """The accent band across the top (campaign, subtitle, logo); returns the room below."""
    width, height = canvas._pagesize
    margins = _margins(k)
    band_h = 34 * MM * k
    band = Box(0, height - band_h, width, band_h)
    canvas.setFillColor(style.accent_color)
    canvas.rect(band.x, band.y, band.width, band.height, stroke=0, fill=1)
    inner = Box(
        margins.left,
        band.y + 5 * MM * k,
        width - margins.left - margins.right,
        band_h - 10 * MM * k,
    )
    reader = image_reader(style.logo)
    if reader is not None:
        plate = Box(
            inner.right - 48 * MM * k, inner.y - 2 * MM * k, 48 * MM * k, inner.height + 4 * MM * k
        )
        canvas.setFillColorRGB(1, 1, 1)
        canvas.roundRect(plate.x, plate.y, plate.width, plate.height, 2 * MM * k, stroke=0, fill=1)
        draw_image(canvas, reader, plate.inset(2 * MM * k))
        inner = Box(inner.x, inner.y, inner.width - 54 * MM * k, inner.height)
    least = LARGE_PRINT_SIZE if large else 9
    fit_paragraph(
        canvas,
        title,
        Box(inner.x, inner.y + inner.height * 0.45, inner.width, inner.height * 0.55),
        font=FONT_BOLD,
        size=max(30 * k, least),
        min_size=least,
        max_lines=1,
        valign="bottom",
        color="#FFFFFF",
    )
    fit_paragraph(
        canvas,
        subtitle,
        Box(inner.x, inner.y, inner.width, inner.height * 0.42),
        size=max(18 * k, least),
        min_size=least,
        max_lines=1,
        valign="middle",
        color="#FFFFFF",
    )
    return Box(
        margins.left,
        margins.bottom + 10 * MM,
        width - margins.left - margins.right,
        band.y - 10 * MM * k - margins.bottom - 10 * MM,
    )


def _subtitle(vote_on: Any) -> str:
    if vote_on is None:
        return translate("PrintPoster", "Participatory budget")
    return translate("PrintPoster", "Participatory budget · vote on {date}").format(
        date=vote_on.strftime("%d/%m/%Y")
    )


#: Up to this many polling stations, project posters list them (place and hours).
STATIONS_ON_POSTERS = 3


def call_to_vote(vote_on: Any, stations: Sequence[StationView]) -> tuple[str, list[str]]:
    """The poster's call to vote: a headline and, with few stations, one line per station
    (place and opening hours); with more, where to find the list."""
    if not stations:
        return (
            translate("PrintPoster", "Vote on {date} at your polling station!").format(
                date=vote_on.strftime("%d/%m/%Y")
            )
            if vote_on is not None
            else translate("PrintPoster", "Vote at your polling station!"),
            [],
        )
    if len(stations) > STATIONS_ON_POSTERS:
        return (
            translate(
                "PrintPoster",
                "Vote on {date} at your polling station (list on the vote-day poster)!",
            ).format(date=vote_on.strftime("%d/%m/%Y"))
            if vote_on is not None
            else translate(
                "PrintPoster", "Vote at your polling station (list on the vote-day poster)!"
            ),
            [],
        )
    head = (
        translate("PrintPoster", "Vote on {date}!").format(date=vote_on.strftime("%d/%m/%Y"))
        if vote_on is not None
        else translate("PrintPoster", "Come and vote!")
    )
    return head, [station_line(station) for station in stations]


def station_line(station: StationView) -> str:
    """``Name, place, opening hours`` (the parts known)."""
    return ", ".join(part for part in (station.name, station.place, station.opening) if part)


def draw_poster(
    canvas: Canvas,
    style: Style,
    project: PrintProject,
    photo: Any | None,
    *,
    vote_on: Any = None,
    large: bool = False,
    stations: Sequence[StationView] = (),
    designation: str | None = None,
) -> list[Fitted]:
    """One project's poster on the current page (no showPage); every text it fitted.

    Along the bottom: the call to vote (with the stations' places and hours when there are
    few) — or, for a campaign decided without a vote, ``designation`` (how the project was
    decided), and no call to vote at all.
    """
    k = _scale(canvas)
    least = LARGE_PRINT_SIZE if large else 0.0
    drawn: list[Fitted] = []
    subtitle = (
        translate("PrintPoster", "Participatory budget")
        if designation is not None
        else _subtitle(vote_on)
    )
    room = _band(canvas, style, k, style.campaign_name, subtitle, large)

    # Code badge and title.
    head_h = 62 * MM * k
    badge = 46 * MM * k if project.code else 0.0
    if project.code:
        canvas.setFillColor(style.accent_color)
        canvas.circle(room.x + badge / 2, room.top - badge / 2, badge / 2, stroke=0, fill=1)
        code_fit = fit_text(
            project.code,
            badge * 0.78,
            badge * 0.7,
            font=FONT_BOLD,
            size=72 * k,
            min_size=16,
            max_lines=1,
        )
        drawn.append(
            draw_fitted(
                canvas,
                code_fit,
                Box(room.x + badge * 0.11, room.top - badge * 0.85, badge * 0.78, badge * 0.7),
                align="center",
                valign="middle",
                color="#FFFFFF",
            )
        )
    title_box = Box(
        room.x + badge + (8 * MM * k if badge else 0),
        room.top - head_h,
        room.width - badge - (8 * MM * k if badge else 0),
        head_h,
    )
    drawn.append(
        fit_paragraph(
            canvas,
            project.title,
            title_box,
            font=FONT_BOLD,
            size=max(44 * k, least),
            min_size=max(20 * k, least),
            leading=1.15,
            valign="middle",
            color=INK,
        )
    )
    top = title_box.y - 6 * MM * k

    # Holder on the left, amount on the right.
    line_h = max(28 * k, least * 1.5) * 1.3
    amount_text = format_euros(project.amount_cents)
    amount_w = min(
        room.width * 0.5,
        text_width(amount_text, FONT_BOLD, max(40 * k, least)) + 4 * MM * k,
    )
    amount_box = Box(room.right - amount_w, top - line_h * 1.6, amount_w, line_h * 1.6)
    drawn.append(
        fit_paragraph(
            canvas,
            amount_text,
            amount_box,
            font=FONT_BOLD,
            size=max(40 * k, least),
            min_size=max(20 * k, least),
            max_lines=1,
            align="right",
            valign="middle",
            color=style.accent_color,
        )
    )
    holder_w = amount_box.x - room.x - 6 * MM * k
    if project.holder:
        drawn.append(
            fit_paragraph(
                canvas,
                translate("PrintPoster", "Project holder"),
                Box(room.x, top - line_h * 0.7, holder_w, line_h * 0.7),
                size=max(14 * k, least),
                min_size=max(10 * k, least),
                max_lines=1,
                color=GREY,
            )
        )
        drawn.append(
            fit_paragraph(
                canvas,
                project.holder,
                Box(room.x, top - line_h * 1.6, holder_w, line_h * 0.9),
                font=FONT_BOLD,
                size=max(22 * k, least),
                min_size=max(12 * k, least),
                max_lines=1,
                color=INK,
            )
        )
    top -= line_h * 1.6 + 5 * MM * k
    canvas.setStrokeColor(style.accent_color)
    canvas.setLineWidth(1.5 * k)
    canvas.line(room.x, top, room.right, top)
    top -= 5 * MM * k

    # Stakes.
    if project.stakes:
        stakes = translate("PrintPoster", "Answers: {stakes}").format(
            stakes=" · ".join(project.stakes)
        )
        size = max(18 * k, least)
        fitted = fit_text(
            stakes,
            room.width,
            size * 1.25 * 2,
            font=FONT,
            size=size,
            min_size=max(11 * k, least),
            leading=1.25,
            max_lines=2,
        )
        drawn.append(
            draw_fitted(
                canvas,
                fitted,
                Box(room.x, top - fitted.height, room.width, fitted.height),
                color=style.accent_color,
            )
        )
        top -= fitted.height + 5 * MM * k

    # A call to vote (or how the project was decided) along the bottom, then the photo and
    # the description in between.
    if designation is not None:
        head, lines = designation, []
    else:
        head, lines = call_to_vote(vote_on, stations)
    head_size = max(26 * k, least)
    line_size = max(18 * k, least)
    line_h = line_size * 1.3
    head_h = max(22 * MM * k, least * 2.2) if not lines else head_size * 1.5
    pad = 3 * MM * k
    callout_h = head_h + len(lines) * line_h + (2 * pad if lines else 0)
    callout = Box(room.x, room.y, room.width, callout_h)
    canvas.setFillColor(style.accent_tint)
    canvas.roundRect(
        callout.x, callout.y, callout.width, callout.height, 3 * MM * k, stroke=0, fill=1
    )
    inner = callout.inset(6 * MM * k, pad)
    drawn.append(
        fit_paragraph(
            canvas,
            head,
            Box(
                inner.x,
                inner.top - (head_h - (2 * pad if not lines else 0)),
                inner.width,
                head_h - (2 * pad if not lines else 0),
            ),
            font=FONT_BOLD,
            size=head_size,
            min_size=max(12 * k, least),
            max_lines=1 if designation is None else 2,
            align="center" if not lines else "left",
            valign="middle",
            color=style.accent_color,
        )
    )
    top_line = inner.top - head_h
    for text in lines:
        drawn.append(
            fit_paragraph(
                canvas,
                text,
                Box(inner.x, top_line - line_h, inner.width, line_h),
                size=line_size,
                min_size=max(10 * k, least),
                max_lines=1,
                valign="middle",
                color=INK,
            )
        )
        top_line -= line_h
    room = Box(room.x, callout.top + 6 * MM * k, room.width, room.top - callout.top - 6 * MM * k)
    remaining = Box(room.x, room.y, room.width, top - room.y)
    if photo is not None and remaining.height > 80 * MM * k:
        photo_h = min(remaining.height * 0.48, 150 * MM * k)
        placed = draw_image(canvas, photo, Box(room.x, top - photo_h, room.width, photo_h))
        if placed is not None:
            top = placed.y - 6 * MM * k
    text = project.description or project.summary
    if text:
        drawn.append(
            fit_paragraph(
                canvas,
                text,
                Box(room.x, room.y, room.width, max(0.0, top - room.y)),
                size=max(26 * k, least),
                min_size=max(11 * k, least),
                leading=1.3,
                color=INK,
            )
        )
    return drawn


def build(
    database: Database,
    campaign_id: int,
    target: Path | BinaryIO,
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """One poster per project on the ballot; the number of pages (= projects)."""
    from pbdesk.domain.errors import DomainError
    from pbdesk.workspace.campaigns import get_frame
    from pbdesk.workspace.polling_stations import list_stations
    from pbdesk.workspace.printing import (
        designation_notes,
        get_print_settings,
        ordered_projects,
        print_projects,
        project_photo,
    )

    check_options(options)
    style = campaign_style(database, campaign_id)
    settings = get_print_settings(database, campaign_id)
    projects = ordered_projects(print_projects(database, campaign_id), "code", None)
    if not projects:
        raise DomainError(
            translate("Printing", "No project is selected for the vote yet: nothing to print.")
        )
    vote_on = get_frame(database, campaign_id).vote_on
    notes = designation_notes(database, campaign_id)
    stations = list_stations(database, campaign_id) if notes is None else []
    large = options.large_print or settings.large_print
    canvas = new_canvas(target, options.paper, translate("PrintPoster", "Posters"), style)
    total = len(projects)
    report_progress(progress, 0, total)
    for done, project in enumerate(projects, start=1):
        photo = None
        if project.photo_id is not None:
            photo = image_reader(project_photo(database, project.photo_id))
        draw_poster(
            canvas,
            style,
            project,
            photo,
            vote_on=vote_on,
            large=large,
            stations=stations,
            designation=(
                notes.projects.get(project.application_id, notes.campaign)
                if notes is not None
                else None
            ),
        )
        draw_footer(canvas, style, done, total, margins=_margins(_scale(canvas)))
        canvas.showPage()
        report_progress(progress, done, total)
    canvas.save()
    return total


# --- the vote-day poster ---------------------------------------------------------------------


def draw_vote_day(
    canvas: Canvas, style: Style, day: VoteDay, *, large: bool = False
) -> list[Fitted]:
    """The vote-day poster on the current page: when, where, who, how."""
    k = _scale(canvas)
    least = LARGE_PRINT_SIZE if large else 0.0
    drawn: list[Fitted] = []
    room = _band(
        canvas,
        style,
        k,
        style.campaign_name,
        translate("PrintPoster", "Participatory budget"),
        large,
    )
    top = room.top
    headline_h = 50 * MM * k
    drawn.append(
        fit_paragraph(
            canvas,
            translate("PrintPoster", "Vote for your neighbourhood's projects!"),
            Box(room.x, top - headline_h, room.width, headline_h),
            font=FONT_BOLD,
            size=max(54 * k, least),
            min_size=max(24 * k, least),
            leading=1.1,
            valign="middle",
            color=style.accent_color,
        )
    )
    top -= headline_h + 4 * MM * k
    when = (
        translate("PrintPoster", "On {date}").format(date=_long_date(day.vote_on))
        if day.vote_on is not None
        else translate("PrintPoster", "Date to be announced")
    )
    facts = (
        translate("PrintPoster", "{count} project, {amount} to share out")
        if day.project_count <= 1
        else translate("PrintPoster", "{count} projects, {amount} to share out")
    ).format(count=day.project_count, amount=format_euros(day.envelope_cents))
    for text, size, colour in ((when, 36, INK), (facts, 24, GREY)):
        h = max(size * k, least) * 1.35
        drawn.append(
            fit_paragraph(
                canvas,
                text,
                Box(room.x, top - h, room.width, h),
                font=FONT_BOLD,
                size=max(size * k, least),
                min_size=max(14 * k, least),
                max_lines=1,
                color=colour,
            )
        )
        top -= h + 2 * MM * k
    top -= 6 * MM * k
    # A blank line between stations: each one's place and hours often take two lines.
    where = (
        ["\n\n".join(station_line(station) for station in day.stations)]
        if day.stations
        else [translate("PrintPoster", "Polling stations to be announced.")]
    )
    sections = (
        (translate("PrintPoster", "Where?"), where),
        (translate("PrintPoster", "Who can vote?"), list(day.who)),
        (
            translate("PrintPoster", "How to vote?"),
            [f"{n}. {line}" for n, line in enumerate(day.how, start=1)],
        ),
    )
    heading = max(30 * k, least)
    body = max(24 * k, least)
    section_h = (top - room.y) / len(sections)
    for title, lines in sections:
        canvas.setFillColor(style.accent_color)
        canvas.rect(room.x, top - heading * 1.3, 3 * MM * k, heading * 1.2, stroke=0, fill=1)
        drawn.append(
            fit_paragraph(
                canvas,
                title,
                Box(
                    room.x + 6 * MM * k,
                    top - heading * 1.35,
                    room.width - 6 * MM * k,
                    heading * 1.35,
                ),
                font=FONT_BOLD,
                size=heading,
                min_size=max(14 * k, least),
                max_lines=1,
                color=style.accent_color,
            )
        )
        text_box = Box(
            room.x + 6 * MM * k,
            top - section_h + 4 * MM * k,
            room.width - 6 * MM * k,
            section_h - heading * 1.35 - 6 * MM * k,
        )
        drawn.append(
            fit_paragraph(
                canvas,
                "\n".join(lines),
                text_box,
                size=body,
                min_size=max(11 * k, least),
                leading=1.3,
                color=INK,
            )
        )
        top -= section_h
    return drawn


_MONTHS = (
    QT_TRANSLATE_NOOP("PrintPoster", "January"),
    QT_TRANSLATE_NOOP("PrintPoster", "February"),
    QT_TRANSLATE_NOOP("PrintPoster", "March"),
    QT_TRANSLATE_NOOP("PrintPoster", "April"),
    QT_TRANSLATE_NOOP("PrintPoster", "May"),
    QT_TRANSLATE_NOOP("PrintPoster", "June"),
    QT_TRANSLATE_NOOP("PrintPoster", "July"),
    QT_TRANSLATE_NOOP("PrintPoster", "August"),
    QT_TRANSLATE_NOOP("PrintPoster", "September"),
    QT_TRANSLATE_NOOP("PrintPoster", "October"),
    QT_TRANSLATE_NOOP("PrintPoster", "November"),
    QT_TRANSLATE_NOOP("PrintPoster", "December"),
)


def _long_date(day: Any) -> str:
    month = translate("PrintPoster", _MONTHS[day.month - 1])
    return translate("PrintPoster", "{day} {month} {year}").format(
        day=day.day, month=month, year=day.year
    )


def build_vote_day(
    database: Database,
    campaign_id: int,
    target: Path | BinaryIO,
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """The vote-day poster, one page."""
    from pbdesk.workspace.printing import get_print_settings, vote_day

    check_options(options)
    style = campaign_style(database, campaign_id)
    large = options.large_print or get_print_settings(database, campaign_id).large_print
    day = vote_day(database, campaign_id)
    canvas = new_canvas(target, options.paper, translate("PrintPoster", "Vote-day poster"), style)
    report_progress(progress, 0, 1)
    draw_vote_day(canvas, style, day, large=large)
    draw_footer(canvas, style, 1, 1, margins=_margins(_scale(canvas)))
    canvas.showPage()
    canvas.save()
    report_progress(progress, 1, 1)
    return 1
