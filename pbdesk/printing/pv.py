"""PV de dépouillement: one page (or more) per polling station, then the campaign's summary.

Each station's PV gives its sign-ins, the ballots found in the box and those counted
(valid / blank / nul), the votes per project, the gap between ballots and signatures with
its explanation, the draw by lot if one was held (number, time, witnesses), and lines for
the president and the assessors to sign. The summary page adds the stations up and, when a
count is kept, says which projects it funds. Figures come from
``pbdesk.workspace.print_vote_day.count_report``.

``Flow`` (a page cursor with a header, a footer and simple tables) is shared with
``pbdesk.printing.results``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from pbdesk.domain.money import format_euros, group_digits
from pbdesk.i18n import translate
from pbdesk.printing.base import (
    FONT,
    FONT_BOLD,
    GREY,
    INK,
    LIGHT_GREY,
    MM,
    Box,
    PrintOptions,
    Progress,
    Style,
    campaign_style,
    check_options,
    draw_fitted,
    draw_footer,
    draw_header,
    fit_paragraph,
    fit_text,
    new_canvas,
    report_progress,
    text_width,
)
from pbdesk.workspace.print_vote_day import CountReport, StationReport, count_report

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from pbdesk.store.database import Database


def format_day(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def format_moment(moment: datetime) -> str:
    """Local date and time, ``13/06/2026 à 19:42``."""
    local = moment.astimezone()
    return translate("PrintPV", "{day} at {time}").format(
        day=local.strftime("%d/%m/%Y"), time=local.strftime("%H:%M")
    )


def count(number: int) -> str:
    return group_digits(number)


# --- a page cursor with tables --------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    title: str
    #: Share of the table's width (the shares of a table add up to 1).
    share: float
    align: str = "left"


class Flow:
    """Draws blocks down the page and starts a new page (header, footer) when one does not
    fit. ``pages`` counts the pages begun; run a first time with ``total=None`` to learn it."""

    def __init__(
        self,
        canvas: Canvas,
        style: Style,
        *,
        total: int | None,
        body: float = 10,
        page_size: tuple[float, float] | None = None,
    ) -> None:
        self.canvas = canvas
        self.style = style
        self.total = total
        self.body = body
        self.page_size = page_size
        self.pages = 0
        self.room = Box(0, 0, 0, 0)
        self.y = 0.0
        self.title = ""
        self.subtitle = ""
        self.note = ""
        self.on_page: Callable[[int], None] | None = None

    def new_page(
        self, title: str | None = None, subtitle: str | None = None, note: str | None = None
    ) -> None:
        """End the page begun (if any) and begin another; ``title``, ``subtitle`` and the
        footer's ``note`` stay as they were unless given."""
        if self.pages:
            self.end_page()
        if note is not None:
            self.note = note
        if title is not None:
            self.title = title
        if subtitle is not None:
            self.subtitle = subtitle
        if self.page_size is not None:
            self.canvas.setPageSize(self.page_size)
        self.pages += 1
        self.room = draw_header(self.canvas, self.style, self.title, subtitle=self.subtitle)
        self.y = self.room.top

    def end_page(self) -> None:
        draw_footer(self.canvas, self.style, self.pages, self.total, note=self.note)
        self.canvas.showPage()
        if self.on_page is not None:
            self.on_page(self.pages)

    def need(self, height: float) -> None:
        """Go to a new page (same title) unless ``height`` fits below the cursor."""
        if self.y - height < self.room.y:
            self.new_page()

    def gap(self, height: float) -> None:
        self.y -= height

    def heading(self, text: str, size: float | None = None, *, keep: float = 0.0) -> None:
        """A section title, kept on the page with at least ``keep`` points below it."""
        size = size or self.body + 2
        self.need(size * 1.6 + max(self.body * 3, keep))
        self.y -= 2 * MM
        fit_paragraph(
            self.canvas,
            text,
            Box(self.room.x, self.y - size * 1.4, self.room.width, size * 1.4),
            font=FONT_BOLD,
            size=size,
            min_size=size * 0.7,
            max_lines=1,
            color=self.style.accent_color,
        )
        self.y -= size * 1.4 + 1 * MM

    def paragraph(
        self, text: str, *, size: float | None = None, bold: bool = False, color: Any = INK
    ) -> None:
        size = size or self.body
        font = FONT_BOLD if bold else FONT
        fitted = fit_text(text, self.room.width, 10_000, font=font, size=size)
        self.need(min(fitted.height, self.room.height))
        height = min(fitted.height, self.y - self.room.y)
        fit_paragraph(
            self.canvas,
            text,
            Box(self.room.x, self.y - height, self.room.width, height),
            font=font,
            size=size,
            color=color,
        )
        self.y -= height + 1.5 * MM

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        *,
        bold_rows: Sequence[int] = (),
        size: float | None = None,
        min_row: float | None = None,
        keep_after: float = 0.0,
        keep_rows: int = 2,
    ) -> None:
        """Rows of wrapped cells under a header row, repeated on each new page.

        ``keep_after``: the height of what must follow the table on the same page (the
        signatures): when it does not fit below the table, the last ``keep_rows`` rows go to
        the next page with it, so that the block never stands alone on a page."""
        size = size or self.body
        pad = 1.4 * MM
        widths = [self.room.width * c.share for c in columns]

        def cells(values: Sequence[str], bold: bool) -> tuple[list[Any], float]:
            font = FONT_BOLD if bold else FONT
            fitted = [
                fit_text(
                    value,
                    width - 2 * pad,
                    10_000,
                    font=font,
                    size=_word_size(value, font, size, width - 2 * pad),
                )
                for value, width in zip(values, widths, strict=True)
            ]
            height = max((f.height for f in fitted), default=size) + 2 * pad
            return fitted, max(height, min_row or 0)

        header, header_height = cells([c.title for c in columns], True)

        def draw_row(fitted: list[Any], height: float, fill: Any | None) -> None:
            canvas = self.canvas
            top = self.y
            if fill is not None:
                canvas.saveState()
                canvas.setFillColor(fill)
                canvas.rect(self.room.x, top - height, self.room.width, height, stroke=0, fill=1)
                canvas.restoreState()
            x = self.room.x
            for fit, width, column in zip(fitted, widths, columns, strict=True):
                draw_fitted(
                    canvas,
                    fit,
                    Box(x + pad, top - height + pad, width - 2 * pad, height - 2 * pad),
                    align=column.align,
                )
                x += width
            canvas.saveState()
            canvas.setStrokeColor(LIGHT_GREY)
            canvas.setLineWidth(0.5)
            canvas.line(self.room.x, top - height, self.room.right, top - height)
            canvas.restoreState()
            self.y -= height

        def draw_header_row() -> None:
            draw_row(header, header_height, self.style.accent_tint)

        self.need(header_height * 2)
        draw_header_row()
        tail_from = max(1, len(rows) - keep_rows) if keep_after > 0 else len(rows)
        for number, values in enumerate(rows):
            bold = number in bold_rows
            fitted, height = cells(values, bold)
            if number == tail_from:
                rest = sum(cells(v, n in bold_rows)[1] for n, v in enumerate(rows) if n >= number)
                end = rest + 2 * MM + keep_after
                fits_here = self.y - end >= self.room.y
                fits_next = header_height + end <= self.room.height
                if not fits_here and fits_next:
                    self.new_page()
                    draw_header_row()
            most = self.room.height - header_height
            if height > most:  # a cell longer than a page: cut with "…", never overflow
                height = most
                fitted = [
                    fit_text(
                        value,
                        width - 2 * pad,
                        most - 2 * pad,
                        font=FONT_BOLD if bold else FONT,
                        size=size,
                    )
                    for value, width in zip(values, widths, strict=True)
                ]
            if self.y - height < self.room.y:
                self.new_page()
                draw_header_row()
            draw_row(fitted, height, None)
        self.y -= 2 * MM

    def pairs(self, lines: Sequence[tuple[str, str]], *, label_share: float = 0.55) -> None:
        """Label: value lines, the value on the right in bold."""
        size = self.body
        row = size * 1.9
        for label, value in lines:
            label_fit = fit_text(label, self.room.width * label_share - 2 * MM, 10_000, size=size)
            value_fit = fit_text(
                value,
                self.room.width * (1 - label_share) - 2 * MM,
                10_000,
                font=FONT_BOLD,
                size=size,
            )
            height = max(row, label_fit.height + 2 * MM, value_fit.height + 2 * MM)
            height = min(height, self.room.height)
            self.need(height)
            draw_fitted(
                self.canvas,
                label_fit,
                Box(self.room.x, self.y - height, self.room.width * label_share, height),
                valign="middle",
            )
            draw_fitted(
                self.canvas,
                value_fit,
                Box(
                    self.room.x + self.room.width * label_share,
                    self.y - height,
                    self.room.width * (1 - label_share),
                    height,
                ),
                align="right",
                valign="middle",
            )
            self.canvas.saveState()
            self.canvas.setStrokeColor(LIGHT_GREY)
            self.canvas.setLineWidth(0.4)
            self.canvas.line(self.room.x, self.y - height, self.room.right, self.y - height)
            self.canvas.restoreState()
            self.y -= height
        self.y -= 2 * MM

    def signatures_height(self, roles: Sequence[str], *, heading: bool = True) -> float:
        """The height ``signatures`` takes (with its ``heading`` before it)."""
        rows = -(-len(roles) // 3)
        title = 3 * MM + (self.body + 2) * 1.4 if heading else 0.0
        return title + rows * (26 * MM + 2 * MM)

    def signatures(self, roles: Sequence[str]) -> None:
        """Boxes to sign: one per role, name line and signature space."""
        size = self.body
        height = 26 * MM
        per_row = 3
        width = self.room.width / per_row
        for start in range(0, len(roles), per_row):
            self.need(height + 2 * MM)
            for offset, role in enumerate(roles[start : start + per_row]):
                box = Box(
                    self.room.x + offset * width + 1 * MM, self.y - height, width - 2 * MM, height
                )
                canvas = self.canvas
                canvas.saveState()
                canvas.setStrokeColor(GREY)
                canvas.setLineWidth(0.6)
                canvas.rect(box.x, box.y, box.width, box.height, stroke=1, fill=0)
                canvas.restoreState()
                fit_paragraph(
                    canvas,
                    role,
                    Box(
                        box.x + 2 * MM,
                        box.top - size * 1.6 - 1 * MM,
                        box.width - 4 * MM,
                        size * 1.6,
                    ),
                    font=FONT_BOLD,
                    size=size,
                    min_size=size * 0.7,
                    max_lines=1,
                )
                fit_paragraph(
                    canvas,
                    translate("PrintPV", "Name:"),
                    Box(
                        box.x + 2 * MM,
                        box.top - size * 3.4 - 1 * MM,
                        box.width - 4 * MM,
                        size * 1.5,
                    ),
                    size=size * 0.9,
                    max_lines=1,
                    color=GREY,
                )
                fit_paragraph(
                    canvas,
                    translate("PrintPV", "Signature:"),
                    Box(
                        box.x + 2 * MM,
                        box.top - size * 5.4 - 1 * MM,
                        box.width - 4 * MM,
                        size * 1.5,
                    ),
                    size=size * 0.9,
                    max_lines=1,
                    color=GREY,
                )
            self.y -= height + 2 * MM


def _word_size(text: str, font: str, size: float, width: float) -> float:
    """``size``, or smaller (down to 70 %) so that the longest word is not split."""
    longest = max((text_width(word, font, size) for word in text.split()), default=0.0)
    if longest <= width or longest <= 0:
        return size
    return max(size * 0.7, size * width / longest)


def two_pass(
    target: Path | BinaryIO,
    paper: str | tuple[float, float],
    title: str,
    style: Style,
    draw: Callable[[Flow], None],
    progress: Progress | None,
    *,
    body: float = 10,
) -> int:
    """Lay the document out once to count its pages, then draw it with "Page n / total";
    ``progress`` hears of each page of the second pass. Nothing is written to ``target``
    when the build is cancelled."""
    dry = new_canvas(BytesIO(), paper, title, style)
    flow = Flow(dry, style, total=None, body=body)
    draw(flow)
    if flow.pages:
        flow.end_page()
    total = flow.pages
    report_progress(progress, 0, total)
    buffer = BytesIO()
    canvas = new_canvas(buffer, paper, title, style)
    flow = Flow(canvas, style, total=total, body=body)
    flow.on_page = lambda page: report_progress(progress, page, total)
    draw(flow)
    if flow.pages:
        flow.end_page()
    canvas.save()
    data = buffer.getvalue()
    if isinstance(target, Path):
        target.write_bytes(data)
    else:
        target.write(data)
    return total


# --- the PV ---------------------------------------------------------------------------------


def _method(station: StationReport) -> str:
    if station.figures.method == "hand_count":
        return translate("PrintPV", "counted by hand, totals typed in")
    if station.figures.method == "entered":
        return translate("PrintPV", "ballots typed in one by one")
    return translate("PrintPV", "nothing counted yet")


def _station_lines(station: StationReport) -> list[tuple[str, str]]:
    f = station.figures
    gap = f.gap
    lines = [
        (translate("PrintPV", "Signatures on the sign-in sheets"), count(f.signatures)),
        (translate("PrintPV", "of which proxy votes"), count(f.proxies)),
        (
            translate("PrintPV", "Ballots found in the ballot box"),
            count(f.box_count) if f.box_count is not None else translate("PrintPV", "not recorded"),
        ),
        (translate("PrintPV", "Ballots counted"), count(f.ballots)),
        (translate("PrintPV", "Valid ballots"), count(f.valid)),
        (translate("PrintPV", "Blank ballots"), count(f.blank)),
        (translate("PrintPV", "Spoilt ballots (nuls)"), count(f.nul)),
        (translate("PrintPV", "Gap: ballots minus signatures"), f"{gap:+d}" if gap else "0"),
        (translate("PrintPV", "How the ballots were counted"), _method(station)),
    ]
    return lines


def _votes_table(
    flow: Flow, report: CountReport, lines: Sequence[Any], *, keep_after: float = 0.0
) -> None:
    columns = [
        Column(translate("PrintPV", "Code"), 0.12),
        Column(translate("PrintPV", "Project"), 0.63 if report.points else 0.7),
    ]
    if report.points:
        columns += [
            Column(translate("PrintPV", "Votes"), 0.12, "right"),
            Column(translate("PrintPV", "Points"), 0.13, "right"),
        ]
    else:
        columns += [Column(translate("PrintPV", "Votes"), 0.18, "right")]
    rows = []
    for line in lines:
        row = [line.code, line.title, count(line.votes)]
        if report.points:
            row.append(count(line.points or 0))
        rows.append(row)
    flow.table(columns, rows, keep_after=keep_after)


def _draw_height(flow: Flow, report: CountReport) -> float:
    """About the height of ``_draw_section``."""
    if report.draw is None:
        return 0.0
    lines = 4 if report.draw.note else 3
    return 3 * MM + (flow.body + 2) * 1.4 + lines * flow.body * 1.9 + 2 * MM


def _draw_section(flow: Flow, report: CountReport) -> None:
    draw = report.draw
    if draw is None:
        return
    flow.heading(translate("PrintPV", "Draw by lot"), keep=flow.body * 1.9 * 4)
    flow.pairs(
        [
            (translate("PrintPV", "Number drawn (seed)"), str(draw.seed)),
            (translate("PrintPV", "Held on"), format_moment(draw.drawn_at)),
            (translate("PrintPV", "Witnesses"), draw.witnesses),
        ]
        + ([(translate("PrintPV", "Note"), draw.note)] if draw.note else [])
    )


def _station_page(flow: Flow, report: CountReport, station: StationReport) -> None:
    heading = report.campaign
    where = station.station.name
    if station.station.place:
        where += f" — {station.station.place}"
    subtitle = ", ".join(
        part for part in (heading.name, where, format_day(heading.vote_on)) if part
    )
    flow.new_page(
        translate("PrintPV", "Record of the count (PV de dépouillement)"),
        subtitle,
        note=station.station.name,
    )
    if heading.sample:
        flow.paragraph(translate("PrintPV", "Sample data: this PV is an example."), color=GREY)
    flow.heading(translate("PrintPV", "Sign-ins and ballots"))
    flow.pairs(_station_lines(station))
    f = station.figures
    for problem in f.pending:
        flow.paragraph(
            translate("PrintPV", "Not official yet: {problem}").format(problem=problem), bold=True
        )
    flow.heading(translate("PrintPV", "Gap and remarks"))
    if f.remark:
        flow.paragraph(f.remark)
    elif f.gap:
        flow.paragraph(translate("PrintPV", "Explain the gap here:"), color=GREY)
        flow.gap(18 * MM)
    else:
        flow.paragraph(
            translate("PrintPV", "No gap between the ballots and the signatures."), color=GREY
        )
    if not f.reconciled and f.method:
        flow.paragraph(
            translate("PrintPV", "The reconciliation of this station is not recorded yet."),
            color=GREY,
        )
    roles = [
        translate("PrintPV", "President of the station"),
        translate("PrintPV", "Assessor"),
        translate("PrintPV", "Assessor"),
    ]
    flow.heading(translate("PrintPV", "Votes per project"))
    _votes_table(
        flow,
        report,
        station.projects,
        keep_after=_draw_height(flow, report)
        + flow.signatures_height(roles)
        + flow.body * 1.2
        + 1.5 * MM,
    )
    _draw_section(flow, report)
    flow.heading(
        translate("PrintPV", "Signatures of the station's officers"), keep=flow.body * 2 + 30 * MM
    )
    flow.paragraph(
        translate(
            "PrintPV", "Done at ____________________, on ____ / ____ / ________ at ____ h ____."
        )
    )
    flow.signatures(roles)


def _summary_page(flow: Flow, report: CountReport) -> None:
    heading = report.campaign
    subtitle = ", ".join(part for part in (heading.name, format_day(heading.vote_on)) if part)
    flow.new_page(
        translate("PrintPV", "Record of the count: summary of all stations"),
        subtitle,
        note=translate("PrintPV", "Summary"),
    )
    columns = [
        Column(translate("PrintPV", "Station"), 0.26),
        Column(translate("PrintPV", "Signatures"), 0.17, "right"),
        Column(translate("PrintPV", "Ballots"), 0.13, "right"),
        Column(translate("PrintPV", "Valid"), 0.12, "right"),
        Column(translate("PrintPV", "Blank"), 0.10, "right"),
        Column(translate("PrintPV", "Spoilt"), 0.10, "right"),
        Column(translate("PrintPV", "Gap"), 0.12, "right"),
    ]
    total_gap = sum(s.figures.gap for s in report.stations)
    rows = [
        [
            s.station.name,
            count(s.figures.signatures),
            count(s.figures.ballots),
            count(s.figures.valid),
            count(s.figures.blank),
            count(s.figures.nul),
            f"{s.figures.gap:+d}" if s.figures.gap else "0",
        ]
        for s in report.stations
    ]
    rows.append(
        [
            translate("PrintPV", "All stations"),
            count(report.signatures),
            count(report.ballots),
            count(report.valid),
            count(report.blank),
            count(report.nul),
            f"{total_gap:+d}" if total_gap else "0",
        ]
    )
    flow.heading(translate("PrintPV", "Stations"))
    flow.table(columns, rows, bold_rows=[len(rows) - 1])
    flow.pairs(
        [
            (translate("PrintPV", "Proxy votes"), count(report.proxies)),
            (
                translate("PrintPV", "Double signatures found in merged registers"),
                count(report.register.double_signatures),
            ),
            (translate("PrintPV", "Ballot kind"), report.ballot_kind.label),
        ]
    )
    roles = [
        translate("PrintPV", "For the campaign team"),
        translate("PrintPV", "Witness"),
        translate("PrintPV", "Witness"),
    ]
    # What ends the record stays with the last lines of its last table.
    tail = _draw_height(flow, report) + flow.signatures_height(roles)
    result = report.result
    flow.heading(translate("PrintPV", "Votes per project, all stations"))
    _votes_table(flow, report, report.projects, keep_after=tail if result is None else 0.0)
    if result is not None:
        flow.heading(translate("PrintPV", "Projects funded by the count"))
        if result.published_at is not None:
            flow.paragraph(
                translate("PrintPV", "Count published on {moment}.").format(
                    moment=format_moment(result.published_at)
                )
            )
        else:
            flow.paragraph(
                translate("PrintPV", "Count of {moment}, not published yet.").format(
                    moment=format_moment(result.counted_at)
                ),
                color=GREY,
            )
        funded = [p for p in result.projects if p.funded]
        order = {application_id: n for n, application_id in enumerate(result.selected)}
        funded.sort(key=lambda p: order.get(p.application_id or -1, len(order)))
        flow.table(
            [
                Column(translate("PrintPV", "Code"), 0.12),
                Column(translate("PrintPV", "Project"), 0.6),
                Column(translate("PrintPV", "Amount"), 0.28, "right"),
            ],
            [[p.code, p.title, format_euros(p.cost_cents)] for p in funded]
            + [
                [
                    "",
                    translate("PrintPV", "Total funded (envelope {envelope})").format(
                        envelope=format_euros(result.budget_cents)
                    ),
                    format_euros(result.total_cost_cents),
                ]
            ],
            bold_rows=[len(funded)],
            keep_after=tail,
        )
    _draw_section(flow, report)
    flow.heading(translate("PrintPV", "Signatures"), keep=30 * MM)
    flow.signatures(roles)


def build(
    database: Database,
    campaign_id: int,
    target: Path | BinaryIO,
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """The PV of each station (``options.station_id``: only that one), then the summary
    page when every station is printed; returns the page count."""
    check_options(options)
    report = count_report(database, campaign_id, options.station_id)
    style = campaign_style(database, campaign_id)
    body = 14.0 if options.large_print else 10.0

    def draw(flow: Flow) -> None:
        for station in report.stations:
            _station_page(flow, report, station)
        if options.station_id is None:
            _summary_page(flow, report)

    return two_pass(
        target,
        options.paper,
        translate("PrintPV", "Record of the count"),
        style,
        draw,
        progress,
        body=body,
    )
