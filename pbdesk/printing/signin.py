"""Sign-in sheets (listes d'émargement): numbered lines per polling station.

Each station gets as many pages as its expected voters need (``PrintOptions.copies`` lines,
else the print settings' ballots per station), numbered on from page to page, with columns
for the last name, first name, birth date, signature and proxy (the name of the person who
gave it). The header names
the campaign, the station, its place and the day; the footer carries the data-protection
notice (purpose, retention until the end of the recourse period, rights, whom to write to).
When the ballots carry serial numbers, a line above the table tells the desk to shuffle them
before the vote (handed out in printed order, a serial would follow the sheet's lines).
Every station when no station is given.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from pbdesk.i18n import translate
from pbdesk.printing.base import (
    FONT,
    FONT_BOLD,
    GREY,
    LIGHT_GREY,
    MM,
    Box,
    PrintOptions,
    Progress,
    Style,
    campaign_style,
    check_options,
    content_box,
    draw_footer,
    draw_header,
    fit_paragraph,
    fit_text,
    new_canvas,
    report_progress,
)
from pbdesk.workspace.print_vote_day import SignInSheets, sign_in_sheets
from pbdesk.workspace.printing import get_print_settings

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from pbdesk.store.database import Database
    from pbdesk.workspace.polling_stations import StationView


def notice(sheets: SignInSheets) -> str:
    """The data-protection notice printed at the foot of every page."""
    text = translate(
        "PrintSignIn",
        "Personal data. Purpose: checking that each resident votes only once in the "
        "participatory budget «{campaign}». Retention: until the end of the recourse period, "
        "{months} months after the results are published; then these sheets are destroyed.",
    ).format(campaign=sheets.campaign.name, months=sheets.recourse_months)
    if sheets.keeps_names:
        text += " " + translate(
            "PrintSignIn", "The digital register keeps the names for the same period."
        )
    else:
        text += " " + translate(
            "PrintSignIn",
            "The digital register keeps only a coded fingerprint of the identity, never the name.",
        )
    text += " " + translate(
        "PrintSignIn",
        "Your rights: access, correction, erasure, restriction and objection (GDPR, articles 15 "
        "to 21), and a complaint to the CNIL (cnil.fr).",
    )
    contact = sheets.contact or translate(
        "PrintSignIn", "the participatory budget team, at the polling station"
    )
    text += " " + translate("PrintSignIn", "Contact: {contact}.").format(contact=contact)
    return text


def shuffle_instruction() -> str:
    """The desk's instruction printed above the table when the ballots carry serials."""
    return translate(
        "PrintSignIn",
        "For the desk: the ballots carry serial numbers. Shuffle the stack of ballots before the "
        "vote, so that no number can be linked to a line of this sheet.",
    )


def _columns(sheets: SignInSheets) -> list[tuple[str, float]]:
    proxy = translate("PrintSignIn", "Proxy: name of the voter represented")
    if not sheets.proxies_allowed:
        proxy = translate("PrintSignIn", "Proxy (not allowed)")
    return [
        (translate("PrintSignIn", "No."), 0.07),
        (translate("PrintSignIn", "Last name"), 0.2),
        (translate("PrintSignIn", "First name"), 0.18),
        (translate("PrintSignIn", "Birth date"), 0.14),
        (translate("PrintSignIn", "Signature"), 0.21),
        (proxy, 0.2),
    ]


class _Layout:
    """Sizes of a sheet, the same for every page of the document."""

    def __init__(
        self, canvas: Canvas, style: Style, sheets: SignInSheets, large: bool, serials: bool
    ) -> None:
        self.body = 13.0 if large else 9.0
        self.row = (13 if large else 8.5) * MM
        self.notice_text = notice(sheets)
        probe = draw_header_room(canvas)
        self.notice = fit_text(
            self.notice_text,
            probe.width,
            30 * MM,
            size=9 if large else 7,
            min_size=6,
        )
        self.instruction = (
            fit_text(
                shuffle_instruction(),
                probe.width,
                20 * MM,
                font=FONT_BOLD,
                size=self.body,
                min_size=7,
            )
            if serials
            else None
        )
        # The room the instruction takes above the table, with a gap below it.
        self.instruction_room = self.instruction.height + 2 * MM if self.instruction else 0.0
        self.header_row = (16 if large else 11) * MM
        usable = (
            probe.height - self.notice.height - 4 * MM - self.header_row - self.instruction_room
        )
        self.per_page = max(1, int(usable // self.row))
        self.style = style


def draw_header_room(canvas: Canvas) -> Box:
    """The room left below the header band (the same on every page)."""
    room = content_box(canvas)
    return Box(room.x, room.y, room.width, room.height - 26 * MM)


def _subtitle(sheets: SignInSheets, station: StationView) -> str:
    parts = [sheets.campaign.name, station.name]
    if station.place:
        parts.append(station.place)
    if sheets.campaign.vote_on:
        parts.append(sheets.campaign.vote_on.strftime("%d/%m/%Y"))
    elif station.opening:
        parts.append(station.opening)
    else:
        parts.append(translate("PrintSignIn", "date: ____ / ____ / ________"))
    return " — ".join(parts)


def _page(
    canvas: Canvas,
    layout: _Layout,
    sheets: SignInSheets,
    station: StationView,
    first: int,
    last: int,
    page: int,
    total: int,
) -> None:
    style = layout.style
    room = draw_header(
        canvas,
        style,
        translate("PrintSignIn", "Sign-in sheet"),
        subtitle=_subtitle(sheets, station),
    )
    columns = _columns(sheets)
    widths = [room.width * share for _, share in columns]
    top = room.top
    if layout.instruction is not None:
        fit_paragraph(
            canvas,
            shuffle_instruction(),
            Box(
                room.x,
                top - layout.instruction.height - 1,
                room.width,
                layout.instruction.height + 1,
            ),
            font=FONT_BOLD,
            size=layout.instruction.size,
            min_size=layout.instruction.size,
        )
        top -= layout.instruction_room
    # Header row.
    canvas.saveState()
    canvas.setFillColor(style.accent_tint)
    canvas.rect(room.x, top - layout.header_row, room.width, layout.header_row, stroke=0, fill=1)
    canvas.restoreState()
    x = room.x
    for (title, _), width in zip(columns, widths, strict=True):
        fit_paragraph(
            canvas,
            title,
            Box(
                x + 1 * MM,
                top - layout.header_row + 1 * MM,
                width - 2 * MM,
                layout.header_row - 2 * MM,
            ),
            font=FONT_BOLD,
            size=layout.body,
            min_size=6,
            valign="middle",
        )
        x += width
    y = top - layout.header_row
    canvas.saveState()
    canvas.setStrokeColor(LIGHT_GREY)
    canvas.setLineWidth(0.6)
    rows = last - first + 1
    bottom = y - rows * layout.row
    for number in range(first, last + 1):
        canvas.setFont(FONT, layout.body)
        canvas.setFillColorRGB(0.25, 0.25, 0.25)
        baseline = y - layout.row / 2 - layout.body * 0.35
        canvas.drawRightString(room.x + widths[0] - 2 * MM, baseline, str(number))
        y -= layout.row
        canvas.line(room.x, y, room.right, y)
    x = room.x
    for width in widths[:-1]:
        x += width
        canvas.line(x, top, x, bottom)
    canvas.setStrokeColor(style.accent_color)
    canvas.rect(room.x, bottom, room.width, top - bottom, stroke=1, fill=0)
    canvas.restoreState()
    fit_paragraph(
        canvas,
        layout.notice_text,
        Box(room.x, room.y, room.width, layout.notice.height + 1),
        size=layout.notice.size,
        min_size=6,
        color=GREY,
    )
    draw_footer(canvas, style, page, total, note=station.name)


def build(
    database: Database,
    campaign_id: int,
    target: Path | BinaryIO,
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """Sign-in sheets of ``options.station_id`` (every station when None), ``options.copies``
    numbered lines each (default: the print settings' ballots per station); returns the page
    count."""
    check_options(options)
    sheets = sign_in_sheets(database, campaign_id, options.station_id)
    style = campaign_style(database, campaign_id)
    settings = get_print_settings(database, campaign_id)
    lines = options.copies or settings.ballots_per_station
    buffer = BytesIO()
    canvas = new_canvas(buffer, options.paper, translate("PrintSignIn", "Sign-in sheets"), style)
    serials = settings.serials if options.serials is None else options.serials
    layout = _Layout(canvas, style, sheets, options.large_print, serials)
    per_station = -(-lines // layout.per_page)
    total = per_station * len(sheets.stations)
    report_progress(progress, 0, total)
    page = 0
    for station in sheets.stations:
        for first in range(1, lines + 1, layout.per_page):
            page += 1
            last = min(lines, first + layout.per_page - 1)
            _page(canvas, layout, sheets, station, first, last, page, total)
            canvas.showPage()
            report_progress(progress, page, total)
    canvas.save()
    data = buffer.getvalue()
    if isinstance(target, Path):
        target.write_bytes(data)
    else:
        target.write(data)
    return total
