"""The booklet (livret): every project on the ballot, to hand out at the stand.

A4 portrait: a first page with the campaign, the vote's date and a table of contents (code,
title, page), then the projects two to a page (one to a page in large print): code, title,
holder, amount, stakes, the photo when one is attached, the description fitted to its
half-page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from pbdesk.domain.errors import DomainError
from pbdesk.i18n import translate
from pbdesk.printing.base import (
    FONT,
    FONT_BOLD,
    GREY,
    INK,
    LARGE_PRINT_SIZE,
    LIGHT_GREY,
    MM,
    Box,
    Fitted,
    PrintOptions,
    Progress,
    Style,
    campaign_style,
    check_options,
    content_box,
    draw_fitted,
    draw_footer,
    draw_header,
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
    from pbdesk.workspace.printing import PrintProject


def draw_project(
    canvas: Canvas, style: Style, project: PrintProject, photo: Any | None, box: Box, *, large: bool
) -> list[Fitted]:
    """One project in ``box`` (half a page, or a page); every text it fitted."""
    least = LARGE_PRINT_SIZE if large else 0.0
    drawn: list[Fitted] = []
    top = box.top
    badge = max(14 * MM, least * 1.8)
    if project.code:
        canvas.setFillColor(style.accent_color)
        canvas.roundRect(box.x, top - badge, badge, badge, 2 * MM, stroke=0, fill=1)
        drawn.append(
            fit_paragraph(
                canvas,
                project.code,
                Box(box.x + 1 * MM, top - badge + 1 * MM, badge - 2 * MM, badge - 2 * MM),
                font=FONT_BOLD,
                size=max(20, least),
                min_size=max(8, least),
                max_lines=1,
                align="center",
                valign="middle",
                color="#FFFFFF",
            )
        )
    left = box.x + (badge + 4 * MM if project.code else 0)
    title_h = max(badge, least * 1.2 * 2)
    drawn.append(
        fit_paragraph(
            canvas,
            project.title,
            Box(left, top - title_h, box.right - left, title_h),
            font=FONT_BOLD,
            size=max(16, least),
            min_size=max(10, least),
            max_lines=2,
            valign="middle",
            color=INK,
        )
    )
    top -= title_h + 2 * MM
    size = max(10.5, least)
    line = size * 1.3
    amount = project.amount
    amount_w = text_width(amount, FONT_BOLD, size * 1.2) + 2 * MM
    canvas.setFillColor(style.accent_color)
    canvas.setFont(FONT_BOLD, size * 1.2)
    canvas.drawRightString(box.right, top - size * 1.1, amount)
    if project.holder:
        drawn.append(
            fit_paragraph(
                canvas,
                translate("PrintBooklet", "Holder: {name}").format(name=project.holder),
                Box(box.x, top - line * 1.1, box.width - amount_w - 3 * MM, line * 1.1),
                size=size,
                min_size=max(8, least),
                max_lines=1,
                color=GREY,
            )
        )
    top -= line * 1.2
    if project.stakes:
        stakes = translate("PrintBooklet", "Answers: {stakes}").format(
            stakes=" · ".join(project.stakes)
        )
        fitted = fit_text(
            stakes, box.width, line * 2, size=size, min_size=max(8, least), max_lines=2
        )
        drawn.append(
            draw_fitted(
                canvas,
                fitted,
                Box(box.x, top - fitted.height, box.width, fitted.height),
                color=style.accent_color,
            )
        )
        top -= fitted.height
    top -= 2 * MM
    text_box = Box(box.x, box.y, box.width, max(0.0, top - box.y))
    if photo is not None and text_box.height > 40 * MM and not large:
        photo_w = box.width * 0.38
        placed = draw_image(
            canvas,
            photo,
            Box(
                box.right - photo_w,
                text_box.top - min(text_box.height, 60 * MM),
                photo_w,
                min(text_box.height, 60 * MM),
            ),
            align="right",
        )
        if placed is not None:
            # The description runs beside the photo, then under it: kept simple, beside it.
            text_box = Box(box.x, box.y, placed.x - box.x - 4 * MM, text_box.height)
    text = project.description or project.summary
    if text:
        drawn.append(
            fit_paragraph(
                canvas,
                text,
                text_box,
                size=max(11, least),
                min_size=max(8, least),
                leading=1.3,
                color=INK,
            )
        )
    return drawn


def _toc_lines_per_page(room: Box, size: float) -> int:
    return max(1, int(room.height // (size * 1.9)))


def build(
    database: Database,
    campaign_id: int,
    target: Path | BinaryIO,
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """The booklet; the number of pages."""
    from pbdesk.workspace.campaigns import get_frame
    from pbdesk.workspace.printing import (
        designation_notes,
        get_print_settings,
        ordered_projects,
        print_projects,
        project_photo,
    )

    check_options(options)
    style = campaign_style(database, campaign_id)
    large = options.large_print or get_print_settings(database, campaign_id).large_print
    projects = ordered_projects(print_projects(database, campaign_id), "code", None)
    if not projects:
        raise DomainError(
            translate("Printing", "No project is selected for the vote yet: nothing to print.")
        )
    vote_on = get_frame(database, campaign_id).vote_on
    canvas = new_canvas(target, options.paper, translate("PrintBooklet", "Project booklet"), style)
    per_page = 1 if large else 2
    project_pages = -(-len(projects) // per_page)
    toc_size = max(11.0, LARGE_PRINT_SIZE if large else 0.0)
    notes = designation_notes(database, campaign_id)
    if notes is not None:  # decided without a vote: say how, never call to vote
        subtitle = f"{style.campaign_name} · {notes.campaign}"
    elif vote_on is not None:
        subtitle = f"{style.campaign_name} · " + translate("PrintBooklet", "Vote on {date}").format(
            date=vote_on.strftime("%d/%m/%Y")
        )
    else:
        subtitle = style.campaign_name
    # Table of contents: as many pages as its lines need (the first one under the header).
    room_first = content_box(canvas)
    header_h = 22 * MM + 4 * MM
    first_room = Box(
        room_first.x, room_first.y, room_first.width, room_first.height - header_h - toc_size * 3
    )
    per_toc_page = _toc_lines_per_page(first_room, toc_size)
    toc_pages = 1 + max(
        0, -(-(len(projects) - per_toc_page) // _toc_lines_per_page(room_first, toc_size))
    )
    total = toc_pages + project_pages
    report_progress(progress, 0, total)
    entries = [(p, toc_pages + 1 + index // per_page) for index, p in enumerate(projects)]
    index = 0
    for page in range(1, toc_pages + 1):
        if page == 1:
            room = draw_header(
                canvas,
                style,
                translate("PrintBooklet", "Project booklet"),
                subtitle=subtitle,
            )
            fit_paragraph(
                canvas,
                translate("PrintBooklet", "Contents"),
                Box(room.x, room.top - toc_size * 2.2, room.width, toc_size * 2.2),
                font=FONT_BOLD,
                size=toc_size * 1.4,
                max_lines=1,
                color=style.accent_color,
            )
            top = room.top - toc_size * 3
        else:
            room = content_box(canvas)
            top = room.top
        step = toc_size * 1.9
        while index < len(entries) and top - step >= room.y:
            project, number = entries[index]
            canvas.setFillColor(style.accent_color)
            canvas.setFont(FONT_BOLD, toc_size)
            canvas.drawString(room.x, top - toc_size, project.code)
            page_label = str(number)
            canvas.setFillColor(INK)
            canvas.setFont(FONT, toc_size)
            canvas.drawRightString(room.right, top - toc_size, page_label)
            title_x = room.x + 16 * MM
            title_w = room.right - title_x - text_width(page_label, FONT, toc_size) - 6 * MM
            fitted = fit_text(project.title, title_w, step, size=toc_size, max_lines=1)
            draw_fitted(canvas, fitted, Box(title_x, top - step, title_w, step), color=INK)
            canvas.setStrokeColor(LIGHT_GREY)
            canvas.setLineWidth(0.4)
            canvas.line(room.x, top - step + 1.5, room.right, top - step + 1.5)
            top -= step
            index += 1
        draw_footer(canvas, style, page, total)
        canvas.showPage()
        report_progress(progress, page, total)
    for page_index in range(project_pages):
        room = content_box(canvas)
        chunk = projects[page_index * per_page : (page_index + 1) * per_page]
        slot_h = (room.height - (8 * MM if per_page == 2 else 0)) / per_page
        for slot, project in enumerate(chunk):
            box = Box(room.x, room.top - (slot + 1) * slot_h - slot * 8 * MM, room.width, slot_h)
            photo = None
            if project.photo_id is not None:
                photo = image_reader(project_photo(database, project.photo_id))
            draw_project(canvas, style, project, photo, box, large=large)
            if slot == 0 and per_page == 2:
                canvas.setStrokeColor(style.accent_color)
                canvas.setLineWidth(0.8)
                canvas.setDash(4, 3)
                middle = box.y - 4 * MM
                canvas.line(room.x, middle, room.right, middle)
                canvas.setDash()
        number = toc_pages + page_index + 1
        draw_footer(canvas, style, number, total)
        canvas.showPage()
        report_progress(progress, number, total)
    canvas.save()
    return total
