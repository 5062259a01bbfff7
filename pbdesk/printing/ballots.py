"""Ballots (bulletins de vote), laid out for the campaign's ballot kind.

Each ballot shows the campaign, the rule ("Cochez de 1 à 3 projets."), then every project on
the ballot — its code, title and holder — with a box to tick (single, approval and budget
ballots, the budget ones with each project's amount), a box for a rank (ranked ballots) or
for points (points ballots); at the bottom a field for the polling station's stamp and,
when serials are on, the ballot's serial number and a QR code.

- 1, 2 or 4 ballots per sheet, with cut marks; each station's ballots start on a new sheet.
- Projects in the order of their codes, or in the random order recorded in the print
  settings (the same at every reprint).
- Serial numbers: ``<station>-<nnnnn>`` (``2-00137``), unique in the campaign because the
  station's number is part of it; the QR code holds the ASCII text
  ``<campaign slug>/<station>/<nnnnn>`` — nothing that could lead to a resident.
- Copies: ``PrintOptions.station_id`` prints one station's ballots, otherwise every
  station's in turn; ``copies`` (else the settings' ballots per station) for each.
- Large print: one ballot per sheet, every text at 16 points or more.

The part of a ballot that is the same on every copy is drawn once as a PDF form (XObject)
and placed on each ballot: a pack of 5 000 ballots stays small and quick to print.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from pbdesk.domain.errors import DomainError
from pbdesk.domain.vote import BallotKind
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
    crop_marks,
    draw_fitted,
    draw_image,
    fit_paragraph,
    fit_text,
    image_reader,
    new_canvas,
    page_size,
    report_progress,
    text_width,
    wrap_text,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from reportlab.pdfgen.canvas import Canvas

    from pbdesk.store.database import Database
    from pbdesk.workspace.printing import BallotLayout, PrintProject


# --- what to print ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StationRun:
    """``count`` ballots for one station; ``number`` is its place in the campaign's list of
    stations (1, 2…; 0 when the campaign has no station yet)."""

    number: int
    name: str
    count: int


def station_runs(layout: BallotLayout, options: PrintOptions) -> list[StationRun]:
    count = options.copies or layout.print_settings.ballots_per_station
    numbered = [(n + 1, station) for n, station in enumerate(layout.stations)]
    if options.station_id is not None:
        chosen = [(n, s) for n, s in numbered if s.id == options.station_id]
        if not chosen:
            raise DomainError(
                translate("Printing", "This polling station is not one of the campaign's.")
            )
        numbered = chosen
    if not numbered:
        return [StationRun(0, "", count)]
    return [StationRun(n, station.name, count) for n, station in numbered]


def serial_label(station: int, serial: int) -> str:
    return f"{station}-{serial:05d}"


def qr_payload(slug: str, station: int, serial: int) -> str:
    """The QR code's text: ``slug/station/serial``, plain ASCII."""
    ascii_slug = slug.encode("ascii", "ignore").decode("ascii") or "pbdesk"
    return f"{ascii_slug}/{station}/{serial:05d}"


# --- QR codes ------------------------------------------------------------------------------


class QrPainter:
    """Draws QR codes quickly: the version and mask are chosen once for a pack (payloads of
    one pack differ only by their digits), and the dark modules are filled as one path."""

    def __init__(self, sample: str) -> None:
        from reportlab.graphics.barcode import qrencoder

        self._encoder = qrencoder
        self._level = qrencoder.QRErrorCorrectLevel.M
        probe = qrencoder.QRCode(None, self._level)
        probe.addData(sample)
        probe.make()
        self.version = probe.version
        self.mask = probe.getBestMaskPattern()

    def modules(self, payload: str) -> list[list[bool]]:
        code = self._encoder.QRCode(self.version, self._level)
        code.addData(payload)
        code.makeImpl(False, self.mask)
        return code.modules  # type: ignore[no-any-return]

    def draw(self, canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
        """The QR code of ``payload`` in a ``size`` square whose lower-left corner is x, y
        (a quiet zone of two modules included).

        Runs of dark modules are written as PDF rectangles in module units (the page is
        scaled to one unit per module): 5 000 codes are 150 000 rectangles, and formatting
        them as small integers rather than through reportlab's path object is most of the
        time of a pack.
        """
        modules = self.modules(payload)
        count = len(modules)
        unit = size / (count + 4)
        parts: list[str] = []
        for r, row in enumerate(modules):
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    parts.append(f"{start} {r} {c - start} 1 re")
                else:
                    c += 1
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        # One unit per module, y pointing down from the code's top-left module.
        canvas.transform(unit, 0, 0, -unit, x + 2 * unit, y + size - 2 * unit)
        canvas.addLiteral(" ".join(parts) + " f")
        canvas.restoreState()


# --- geometry ------------------------------------------------------------------------------


def sheet_cells(width: float, height: float, per_sheet: int) -> list[Box]:
    """The ballots' places on a sheet, in reading order."""
    if per_sheet == 1:
        return [Box(0, 0, width, height)]
    if per_sheet == 2:
        return [Box(0, height / 2, width, height / 2), Box(0, 0, width, height / 2)]
    half_w, half_h = width / 2, height / 2
    return [
        Box(0, half_h, half_w, half_h),
        Box(half_w, half_h, half_w, half_h),
        Box(0, 0, half_w, half_h),
        Box(half_w, 0, half_w, half_h),
    ]


@dataclass(frozen=True)
class BallotGeometry:
    """Sizes of one ballot, and where the per-copy parts go (cell coordinates)."""

    width: float
    height: float
    base: float  # body text size
    minimum: float  # smallest text size
    margin: float
    serial_box: Box  # serial number text
    qr_box: Box  # QR code square
    station_box: Box  # the station's name, inside the stamp field


def geometry(cell: Box, per_sheet: int, large_print: bool, serials: bool) -> BallotGeometry:
    base = {1: 14.0, 2: 11.0, 4: 9.0}[per_sheet]
    minimum = base * 0.75
    if large_print:
        base, minimum = 20.0, float(LARGE_PRINT_SIZE)
    margin = (12 if per_sheet == 1 else 8) * MM
    strip = max(20 * MM, base * 2.6) if serials else max(16 * MM, base * 2.2)
    qr_size = min(strip - 2 * MM, 22 * MM)
    right = cell.width - margin
    qr_box = Box(right - qr_size, margin, qr_size, qr_size)
    serial_box = Box(qr_box.x - 34 * MM, margin, 32 * MM, 5 * MM)
    stamp_right = (serial_box.x - 3 * MM) if serials else right
    station_box = Box(margin + 2 * MM, margin + 1.5 * MM, stamp_right - margin - 4 * MM, 4.5 * MM)
    return BallotGeometry(
        cell.width, cell.height, base, minimum, margin, serial_box, qr_box, station_box
    )


# --- drawing -------------------------------------------------------------------------------


def _column_heading(kind: BallotKind) -> str:
    if kind is BallotKind.RANKED:
        return translate("PrintBallot", "Rank")
    if kind is BallotKind.POINTS:
        return translate("PrintBallot", "Points")
    return translate("PrintBallot", "Your choice")


def draw_ballot_body(
    canvas: Canvas, layout: BallotLayout, style: Style, geo: BallotGeometry, *, serials: bool
) -> list[Fitted]:
    """The part every copy shares, in cell coordinates (0, 0 is the ballot's lower-left
    corner). Returns every text it fitted (tests check nothing overflows)."""
    drawn: list[Fitted] = []
    w, h, m, base = geo.width, geo.height, geo.margin, geo.base
    large = geo.minimum >= LARGE_PRINT_SIZE
    small = max(base * 0.8, geo.minimum)
    inner = Box(m, m, w - 2 * m, h - 2 * m)
    canvas.saveState()
    # Outline of the ballot.
    canvas.setStrokeColor(style.accent_color)
    canvas.setLineWidth(0.8)
    canvas.roundRect(m - 3 * MM, m - 3 * MM, w - 2 * m + 6 * MM, h - 2 * m + 6 * MM, 2.5 * MM)

    # Header band: "BALLOT", campaign, date; logo on the right.
    band_h = max(base * 3.4, 14 * MM) if not large else base * 3.6
    band = Box(inner.x, inner.top - band_h, inner.width, band_h)
    canvas.setFillColor(style.accent_tint)
    canvas.rect(band.x, band.y, band.width, band.height, stroke=0, fill=1)
    text_area = band.inset(3 * MM, 2 * MM)
    logo = draw_image(
        canvas,
        image_reader(style.logo),
        Box(
            text_area.right - text_area.height * 2,
            text_area.y,
            text_area.height * 2,
            text_area.height,
        ),
        align="right",
    )
    if logo is not None:
        text_area = Box(text_area.x, text_area.y, logo.x - text_area.x - 3 * MM, text_area.height)
    title_h = text_area.height * 0.55
    drawn.append(
        fit_paragraph(
            canvas,
            translate("PrintBallot", "BALLOT").upper(),
            Box(text_area.x, text_area.top - title_h, text_area.width, title_h),
            font=FONT_BOLD,
            size=base * 1.3,
            min_size=geo.minimum,
            max_lines=1,
            valign="middle",
            color=style.accent_color,
        )
    )
    when = layout.vote_on.strftime("%d/%m/%Y") if layout.vote_on is not None else ""
    subtitle = f"{layout.campaign_name} · {when}" if when else layout.campaign_name
    drawn.append(
        fit_paragraph(
            canvas,
            subtitle,
            Box(text_area.x, text_area.y, text_area.width, text_area.height - title_h),
            size=small,
            min_size=geo.minimum,
            max_lines=1,
            valign="middle",
            color=INK,
        )
    )

    # The rule, then the column headings.
    top = band.y - 2 * MM
    rule_size = base * 1.05
    rule_fit = fit_text(
        layout.rule,
        inner.width,
        rule_size * 1.25 * 2,
        font=FONT_BOLD,
        size=rule_size,
        min_size=geo.minimum,
        leading=1.25,
        max_lines=2,
    )
    drawn.append(
        draw_fitted(
            canvas,
            rule_fit,
            Box(inner.x, top - rule_fit.height, inner.width, rule_fit.height),
            color=INK,
        )
    )
    top -= rule_fit.height + 1.5 * MM

    strip_top = geo.qr_box.top + 2 * MM if serials else m + max(16 * MM, base * 2.2)
    if large:  # room for a real stamp: large print is one ballot per sheet
        strip_top = max(strip_top, m + LARGE_STAMP_HEIGHT)
    rows = Box(inner.x, strip_top + 2 * MM, inner.width, top - strip_top - 2 * MM)
    drawn.extend(_draw_rows(canvas, layout, style, geo, rows))

    # The stamp field (and the serial's caption) at the bottom.
    stamp = Box(inner.x, m, geo.station_box.right + 2 * MM - inner.x, strip_top - m - 1 * MM)
    canvas.setStrokeColor(style.accent_color)
    canvas.setDash(3, 2)
    canvas.setLineWidth(0.6)
    canvas.rect(stamp.x, stamp.y, stamp.width, stamp.height, stroke=1, fill=0)
    canvas.setDash()
    caption = min(8.0, max(6.0, base * 0.65))
    drawn.append(
        fit_paragraph(
            canvas,
            translate("PrintBallot", "Polling station stamp"),
            Box(
                stamp.x + 2 * MM,
                stamp.top - caption * 1.4 - 1 * MM,
                stamp.width - 4 * MM,
                caption * 1.4,
            ),
            size=caption,
            max_lines=1,
            color=GREY,
        )
    )
    if serials:
        drawn.append(
            fit_paragraph(
                canvas,
                translate("PrintBallot", "Ballot number"),
                Box(
                    geo.serial_box.x,
                    geo.serial_box.top + 0.5 * MM,
                    geo.serial_box.width,
                    caption * 1.4,
                ),
                size=caption,
                max_lines=1,
                align="right",
                color=GREY,
            )
        )
    canvas.restoreState()
    return drawn


#: The stamp field's height on large-print ballots (one per sheet).
LARGE_STAMP_HEIGHT = 30 * MM
#: Large print wraps a long holder's name on up to this many lines rather than cut it.
LARGE_HOLDER_LINES = 3


def _row_heights(
    projects: Sequence[PrintProject],
    height: float,
    text_w: float,
    title_size: float,
    holder_size: float,
    least: float,
) -> list[float]:
    """Large print: each row as high as its title (two lines at most) and its holder
    (``LARGE_HOLDER_LINES`` at most) need, the room left shared out (in proportion to
    the needs when they cannot all fit)."""
    count = max(1, len(projects))
    needs = []
    for project in projects:
        title_lines = min(2, max(1, len(wrap_text(project.title, FONT_BOLD, title_size, text_w))))
        holder_lines = (
            min(LARGE_HOLDER_LINES, len(wrap_text(project.holder, FONT, holder_size, text_w)))
            if project.holder
            else 0
        )
        needs.append(
            max(
                least * 2,
                title_lines * title_size * 1.15 + holder_lines * holder_size * 1.2 + 3 * MM,
            )
        )
    if not needs:
        return [height / count] * count
    if sum(needs) > height:  # the room shared in proportion to the needs
        return [need * height / sum(needs) for need in needs]
    extra = (height - sum(needs)) / count
    return [need + extra for need in needs]


def _draw_rows(
    canvas: Canvas, layout: BallotLayout, style: Style, geo: BallotGeometry, area: Box
) -> list[Fitted]:
    drawn: list[Fitted] = []
    kind = layout.kind
    projects = layout.projects
    count = max(1, len(projects))
    base = geo.base
    heading_size = (
        min(8.0, max(6.0, base * 0.65)) if geo.minimum < LARGE_PRINT_SIZE else geo.minimum
    )
    heading_h = heading_size * 1.4
    body = Box(area.x, area.y, area.width, area.height - heading_h)
    row_h = min(body.height / count, base * 5.2)
    title_size = max(geo.minimum, min(base, (row_h - 1.5 * MM) / 2.5))
    holder_size = max(geo.minimum, title_size * 0.8)
    box_side = max(3.5 * MM, min(row_h * 0.62, base * 1.5, (12 if base >= 16 else 9) * MM))
    box_w = (
        box_side
        if kind in (BallotKind.SINGLE, BallotKind.APPROVAL, BallotKind.BUDGET)
        else box_side * 1.5
    )
    code_size = title_size * 1.1
    code_w = (
        max(text_width(p.code, FONT_BOLD, code_size) for p in projects) + 3 * MM if projects else 0
    )
    amount_w = 0.0
    if kind is BallotKind.BUDGET:
        amount_w = max(text_width(p.amount, FONT_BOLD, title_size) for p in projects) + 3 * MM
    # Column headings.
    canvas.setFillColor(style.accent_color)
    canvas.setFont(FONT, heading_size)
    heading = _column_heading(kind)
    mark_w = max(box_w, text_width(heading, FONT, heading_size) + 1 * MM)
    canvas.drawCentredString(area.x + mark_w / 2, body.top + heading_h * 0.3, heading)
    canvas.drawString(
        area.x + mark_w + 3 * MM, body.top + heading_h * 0.3, translate("PrintBallot", "Project")
    )
    if amount_w:
        canvas.drawRightString(
            area.right, body.top + heading_h * 0.3, translate("PrintBallot", "Amount")
        )
    text_x = area.x + mark_w + 3 * MM + code_w
    text_w = area.right - amount_w - text_x
    large = geo.minimum >= LARGE_PRINT_SIZE
    heights = (
        _row_heights(projects, body.height, text_w, title_size, holder_size, geo.minimum)
        if large and body.height / count < base * 5.2
        else [row_h] * count
    )
    row_top = body.top
    for index, project in enumerate(projects):
        row_h = heights[index]
        if index:
            row_top -= heights[index - 1]
        row = Box(area.x, row_top - row_h, area.width, row_h)
        if index:
            canvas.setStrokeColor(LIGHT_GREY)
            canvas.setLineWidth(0.4)
            canvas.line(area.x, row_top, area.right, row_top)
        middle = row.y + row_h / 2
        # The box to tick / fill in.
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(
            area.x + (mark_w - box_w) / 2, middle - box_side / 2, box_w, box_side, stroke=1, fill=1
        )
        # Code.
        canvas.setFillColor(style.accent_color)
        canvas.setFont(FONT_BOLD, code_size)
        canvas.drawString(area.x + mark_w + 3 * MM, middle - code_size * 0.35, project.code)
        drawn.extend(
            _draw_title_and_holder(
                canvas,
                project.title,
                project.holder,
                Box(text_x, row.y, text_w, row_h),
                title_size,
                holder_size,
                geo.minimum,
                holder_lines=LARGE_HOLDER_LINES if large else 1,
            )
        )
        if amount_w:
            canvas.setFillColor(INK)
            canvas.setFont(FONT_BOLD, title_size)
            canvas.drawRightString(area.right, middle - title_size * 0.35, project.amount)
    return drawn


def _draw_title_and_holder(
    canvas: Canvas,
    title: str,
    holder: str,
    row: Box,
    title_size: float,
    holder_size: float,
    minimum: float,
    *,
    holder_lines: int = 1,
) -> list[Fitted]:
    """The title (two lines at most) over the holder (``holder_lines`` at most: large print
    lets a long holder wrap rather than cut it), centred in the row; when the row is too low
    for both, the title and the holder side by side on one line."""
    room = max(0.0, row.height - 1 * MM)
    middle = row.y + row.height / 2
    holder_h = holder_size * 1.2 if holder else 0.0
    title_fit = fit_text(
        title,
        row.width,
        room - holder_h,
        font=FONT_BOLD,
        size=title_size,
        min_size=minimum,
        leading=1.15,
        max_lines=2,
    )
    if title_fit.lines or not holder:
        holder_fit = None
        if holder:
            holder_fit = fit_text(
                holder,
                row.width,
                max(holder_h, min(holder_h * holder_lines + 0.5, room - title_fit.height)),
                size=holder_size,
                min_size=minimum,
                max_lines=holder_lines,
            )
            holder_h = holder_fit.height
        block_top = middle + (title_fit.height + holder_h) / 2
        drawn = [
            draw_fitted(
                canvas,
                title_fit,
                Box(row.x, block_top - title_fit.height, row.width, title_fit.height),
                color=INK,
            )
        ]
        if holder_fit is not None:
            holder_box = Box(row.x, block_top - title_fit.height - holder_h, row.width, holder_h)
            drawn.append(draw_fitted(canvas, holder_fit, holder_box, color=GREY))
        return drawn
    title_w, gap = row.width * 0.62, 2 * MM
    title_fit = fit_text(
        title, title_w, room, font=FONT_BOLD, size=title_size, min_size=minimum, max_lines=1
    )
    holder_fit = fit_text(
        holder, row.width - title_w - gap, room, size=holder_size, min_size=minimum, max_lines=1
    )
    return [
        draw_fitted(
            canvas,
            title_fit,
            Box(row.x, middle - title_fit.height / 2, title_w, title_fit.height),
            color=INK,
        ),
        draw_fitted(
            canvas,
            holder_fit,
            Box(
                row.x + title_w + gap,
                middle - holder_fit.height / 2,
                row.width - title_w - gap,
                holder_fit.height,
            ),
            color=GREY,
        ),
    ]


@cache
def _station_label(name: str, geo: BallotGeometry) -> str:
    if text_width(name, FONT, 7) <= geo.station_box.width:
        return name
    return fit_text(name, geo.station_box.width, 9, size=7, max_lines=1).text


def draw_copy_parts(
    canvas: Canvas,
    geo: BallotGeometry,
    qr: QrPainter | None,
    slug: str,
    run: StationRun,
    serial: int,
) -> str | None:
    """What differs from one copy to the next: the station's name, the serial and its QR
    code. Returns the QR payload (None without serials)."""
    if run.name:
        canvas.setFillColorRGB(0.42, 0.42, 0.42)
        canvas.setFont(FONT, 7)
        canvas.drawString(geo.station_box.x, geo.station_box.y, _station_label(run.name, geo))
    if qr is None:
        return None
    payload = qr_payload(slug, run.number, serial)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(FONT_BOLD, 10)
    canvas.drawRightString(
        geo.serial_box.right, geo.serial_box.y + 1 * MM, "N° " + serial_label(run.number, serial)
    )
    qr.draw(canvas, payload, geo.qr_box.x, geo.qr_box.y, geo.qr_box.width)
    return payload


# --- the pack ------------------------------------------------------------------------------


def build(
    database: Database,
    campaign_id: int,
    target: Path | BinaryIO,
    options: PrintOptions,
    progress: Progress | None = None,
    *,
    payloads: list[str] | None = None,
) -> int:
    """Write the ballots to ``target``; the number of sheets. ``payloads`` (tests, bench)
    receives every QR code's text in printed order."""
    from pbdesk.workspace.printing import ballot_layout

    check_options(options)
    layout = ballot_layout(database, campaign_id)
    style = campaign_style(database, campaign_id)
    return draw_ballots(target, layout, style, options, progress, payloads=payloads)


def draw_ballots(
    target: Path | BinaryIO,
    layout: BallotLayout,
    style: Style,
    options: PrintOptions,
    progress: Progress | None = None,
    *,
    payloads: list[str] | None = None,
) -> int:
    settings = layout.print_settings
    large = options.large_print or settings.large_print
    per_sheet = 1 if large else options.per_sheet
    serials = settings.serials if options.serials is None else options.serials
    runs = station_runs(layout, options)
    sheets_per_run = [-(-run.count // per_sheet) for run in runs]
    total = sum(sheets_per_run)
    canvas = new_canvas(target, options.paper, translate("PrintBallot", "Ballots"), style)
    width, height = page_size(options.paper)
    cells = sheet_cells(width, height, per_sheet)
    geo = geometry(cells[0], per_sheet, large, serials)
    canvas.beginForm("ballot", 0, 0, geo.width, geo.height)
    draw_ballot_body(canvas, layout, style, geo, serials=serials)
    canvas.endForm()
    qr = None
    if serials:
        longest = max(runs, key=lambda r: r.number).number
        qr = QrPainter(qr_payload(layout.campaign_slug, longest, 99_999))
    xs = [width / 2] if per_sheet == 4 else []
    ys = [height / 2] if per_sheet in (2, 4) else []
    done = 0
    report_progress(progress, 0, total)
    for run in runs:
        serial = 0
        while serial < run.count:
            for cell in cells:
                if serial >= run.count:
                    break
                serial += 1
                canvas.saveState()
                canvas.translate(cell.x, cell.y)
                canvas.doForm("ballot")
                payload = draw_copy_parts(canvas, geo, qr, layout.campaign_slug, run, serial)
                canvas.restoreState()
                if payloads is not None and payload is not None:
                    payloads.append(payload)
            if xs or ys:
                crop_marks(canvas, xs, ys)
            canvas.showPage()
            done += 1
            report_progress(progress, done, total)
    canvas.save()
    return done
