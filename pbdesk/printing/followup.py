"""« Où est passé l'argent ? » — the follow-up report back to residents.

For each followed project (funded, or carried out outside the vote), in plain words and
large type (body 14 pt, 18 pt with ``large_print``): the amount voted, the amount spent
(expenses paid), what has been done (the latest *public* update, with its first photo), the
status and the next step (the next planned milestone, said to be late when its date has
passed); an overspending (more paid than voted) is said in plain words, in red; and on the
first page the campaign's totals. Sample campaigns are marked as such. Internal updates are
never read for this report.

``options.paper == "A3"`` prints the **poster** for the neighbourhood instead: a big title,
the campaign's totals, then the projects as tiles, two columns of four (eight per sheet; more
projects, more sheets), each tile with its amounts, a bar, the status, the photo and the next
step. A4 prints the report, one card per project, as many pages as needed.

Photos are read one at a time from the database (``followup.photo_content``), scaled down to
the size they are printed at, drawn, and let go: memory does not grow with the number of
photos the campaign keeps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.followup import FollowUpStatus, MilestoneStatus
from pbdesk.domain.money import format_euros
from pbdesk.domain.phases import Phase
from pbdesk.i18n import translate
from pbdesk.printing.base import (
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
    draw_image,
    fit_paragraph,
    fit_text,
    image_reader,
    new_canvas,
    report_progress,
)
from pbdesk.printing.pv import Flow, two_pass
from pbdesk.workspace.campaigns import get_frame
from pbdesk.workspace.followup.projects import project_detail
from pbdesk.workspace.followup.records import photo_content
from pbdesk.workspace.indicators import CampaignIndicators, Ratio, campaign_indicators

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from pbdesk.store.database import Database

#: Photos are printed at this resolution at most (dots per inch).
PHOTO_DPI = 150
#: Overspending and late steps are printed in this red.
LATE_INK = "#b00020"
#: Poster tiles per A3 sheet (two columns of four).
POSTER_COLUMNS = 2
POSTER_ROWS = 4


def format_day(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


# --- what the report says --------------------------------------------------------------------


@dataclass(frozen=True)
class ResidentProject:
    """What residents read about one project: nothing internal."""

    application_id: int
    number: int
    title: str
    holder: str
    voted_cents: int
    paid_cents: int
    status: FollowUpStatus
    status_reason: str
    progress: int
    #: The latest public update (text and date), if any, and its first photo.
    news: str
    news_on: date | None
    photo_id: int | None
    photo_caption: str
    #: The next planned milestone, if any.
    next_step: str
    next_step_on: date | None
    #: True when the next step's planned date has passed (residents are told it is late).
    next_step_late: bool = False
    #: Carried out although not chosen: its amount is not part of what was voted.
    off_vote: bool = False

    @property
    def overspend_cents(self) -> int:
        """How much more was spent than voted (0 when within the amount)."""
        return max(0, self.paid_cents - self.voted_cents)


@dataclass(frozen=True)
class ResidentReport:
    indicators: CampaignIndicators
    projects: tuple[ResidentProject, ...]
    #: The sheet's date (the milestones planned before it are late).
    today: date = date.min
    #: A demo campaign: the sheets say their figures are invented.
    sample: bool = False

    @property
    def voted_cents(self) -> int:
        """What the vote (or designation) gave: projects carried out off the vote apart."""
        return sum(project.voted_cents for project in self.projects if not project.off_vote)

    @property
    def paid_cents(self) -> int:
        """Paid for the voted projects (set against ``voted_cents``)."""
        return sum(project.paid_cents for project in self.projects if not project.off_vote)

    @property
    def overspend_cents(self) -> int:
        return max(0, self.paid_cents - self.voted_cents)


def resident_report(
    database: Database, campaign_id: int, today: date | None = None
) -> ResidentReport:
    """The followed projects as residents see them on ``today`` (default: today): public
    updates only."""
    today = today or date.today()
    indicators = campaign_indicators(database, campaign_id)
    projects = []
    for project in indicators.projects:
        detail = project_detail(database, project.application_id)
        news = next((update for update in detail.updates if update.public), None)
        photo = next(iter(news.photos), None) if news is not None else None
        planned = sorted(
            (
                m
                for m in detail.milestones
                if m.status is MilestoneStatus.PLANNED and m.done_on is None
            ),
            key=lambda m: (m.planned_on is None, m.planned_on or date.max),
        )
        step = planned[0] if planned else None
        row = detail.row
        projects.append(
            ResidentProject(
                application_id=row.application_id,
                number=row.number,
                title=row.title,
                holder=row.holder,
                voted_cents=row.voted_cents,
                paid_cents=row.money.paid,
                status=row.status,
                status_reason=row.status_reason,
                progress=row.progress,
                news=news.text if news is not None else "",
                news_on=news.dated_on if news is not None else None,
                photo_id=photo.id if photo is not None else None,
                photo_caption=photo.caption if photo is not None else "",
                next_step=step.title if step is not None else "",
                next_step_on=step.planned_on if step is not None else None,
                next_step_late=bool(step and step.planned_on and step.planned_on < today),
                off_vote=project.off_vote,
            )
        )
    sample = get_frame(database, campaign_id).is_sample
    return ResidentReport(indicators, tuple(projects), today=today, sample=sample)


# --- photos, one at a time -------------------------------------------------------------------


def load_photo(database: Database, photo_id: int, box: Box) -> Any | None:
    """A picture reader for one photo, scaled down to ``box`` at ``PHOTO_DPI`` (JPEG): the
    original bytes are dropped as soon as it is made. None for a damaged picture."""
    try:
        _name, data = photo_content(database, photo_id)
    except Exception:  # a photo removed meanwhile is left out, never fatal
        return None
    return image_reader(scaled_jpeg(data, box) or data)


def scaled_jpeg(data: bytes, box: Box) -> bytes | None:
    """``data`` as a JPEG no larger than ``box`` needs; None when Pillow cannot read it."""
    try:
        from PIL import Image, ImageOps
    except ImportError:  # reportlab reads the original then
        return None
    wanted = (
        max(int(box.width / 72 * PHOTO_DPI), 1),
        max(int(box.height / 72 * PHOTO_DPI), 1),
    )
    try:
        with Image.open(BytesIO(data)) as opened:
            opened.draft("RGB", wanted)  # JPEG: decoded at a smaller scale, much faster
            image = ImageOps.exif_transpose(opened).convert("RGB")
            image.thumbnail(wanted)
            out = BytesIO()
            image.save(out, "JPEG", quality=82)
            return out.getvalue()
    except Exception:  # not a picture Pillow reads
        return None


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write the PDF's streams as binary, not ASCII85: reportlab's ASCII85 encoder is pure
    Python and took a third of the build with photos (and made the file 25 % larger)."""
    from reportlab import rl_config

    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


# --- the A4 report -------------------------------------------------------------------------------


def _status_text(project: ResidentProject, indicators: CampaignIndicators) -> str:
    """Where the project stands, and its overspending said plainly when there is one."""
    text = _where_text(project)
    if project.overspend_cents:
        text += " " + _overspend_label(indicators).format(
            amount=format_euros(project.overspend_cents)
        )
    return text


def _overspend_label(indicators: CampaignIndicators) -> str:
    if indicators.decision_mode == DecisionMode.DESIGNATION.value:
        return translate("PrintFollowUp", "Overspending: {amount} more than the amount decided.")
    return translate("PrintFollowUp", "Overspending: {amount} more than the amount voted.")


def _sample_text() -> str:
    return translate("PrintFollowUp", "Sample data: these figures are an example.")


def _where_text(project: ResidentProject) -> str:
    # The reason of a suspension or an abandonment is the team's note (it may name people
    # or an association's troubles): residents read the status only.
    if project.status.active and project.progress:
        return translate("PrintFollowUp", "Where it stands: {status} ({progress} % done).").format(
            status=project.status.label, progress=project.progress
        )
    return translate("PrintFollowUp", "Where it stands: {status}.").format(
        status=project.status.label
    )


def _news_text(project: ResidentProject) -> str:
    if not project.news:
        return translate("PrintFollowUp", "What has been done: no news published yet.")
    return translate("PrintFollowUp", "What has been done ({date}): {text}").format(
        date=format_day(project.news_on), text=project.news
    )


def _next_text(project: ResidentProject) -> str:
    if project.status.finished:
        return translate("PrintFollowUp", "Next step: none, the project is carried out.")
    if not project.next_step:
        return translate("PrintFollowUp", "Next step: to be announced.")
    if project.next_step_on is None:
        return translate("PrintFollowUp", "Next step: {step}.").format(step=project.next_step)
    if project.next_step_late:
        return translate("PrintFollowUp", "Next step: {step} (planned for {date}, late).").format(
            step=project.next_step, date=format_day(project.next_step_on)
        )
    return translate("PrintFollowUp", "Next step: {step} (planned for {date}).").format(
        step=project.next_step, date=format_day(project.next_step_on)
    )


def _project_amount_text(indicators: CampaignIndicators, project: ResidentProject) -> str:
    if project.off_vote:
        return translate("PrintFollowUp", "Outside the vote: {amount}").format(
            amount=format_euros(project.voted_cents)
        )
    return _voted_label(indicators).format(amount=format_euros(project.voted_cents))


def _voted_label(indicators: CampaignIndicators) -> str:
    if indicators.decision_mode == DecisionMode.DESIGNATION.value:
        return translate("PrintFollowUp", "Decided: {amount}")
    return translate("PrintFollowUp", "Voted: {amount}")


def _bar(canvas: Canvas, box: Box, ratio: Ratio, style: Style) -> None:
    """A bar filled as far as ``ratio`` goes (full and red-free past 100 %)."""
    canvas.saveState()
    canvas.setFillColor(LIGHT_GREY)
    canvas.roundRect(box.x, box.y, box.width, box.height, box.height / 2, stroke=0, fill=1)
    share = min(ratio.value or 0.0, 1.0)
    if share > 0:
        canvas.setFillColor(style.accent_color)
        width = max(box.width * share, box.height)
        canvas.roundRect(box.x, box.y, width, box.height, box.height / 2, stroke=0, fill=1)
    canvas.restoreState()


def _intro(flow: Flow, report: ResidentReport, size: float) -> None:
    indicators = report.indicators
    decided = format_day(indicators.decided_on)
    designated = indicators.decision_mode == DecisionMode.DESIGNATION.value
    if designated and decided:
        text = translate(
            "PrintFollowUp",
            "The projects below were chosen without a vote, by the core group, on {date}. "
            "Here is, project by project, what has been done and where the money went.",
        )
    elif designated:
        text = translate(
            "PrintFollowUp",
            "The projects below were chosen without a vote, by the core group. Here is, "
            "project by project, what has been done and where the money went.",
        )
    elif decided:
        text = translate(
            "PrintFollowUp",
            "You voted for the projects below on {date}. Here is, project by project, what "
            "has been done and where the money went.",
        )
    else:
        text = translate(
            "PrintFollowUp",
            "You voted for the projects below. Here is, project by project, what has been "
            "done and where the money went.",
        )
    text = text.format(date=decided)
    if report.overspend_cents:
        text += " " + _overspend_label(indicators).format(
            amount=format_euros(report.overspend_cents)
        )
    flow.paragraph(text, size=size)
    flow.gap(2 * MM)
    box_height = size * 5.6
    flow.need(box_height + 4 * MM)
    box = Box(flow.room.x, flow.y - box_height, flow.room.width, box_height)
    canvas = flow.canvas
    canvas.saveState()
    canvas.setFillColor(flow.style.accent_tint)
    canvas.roundRect(box.x, box.y, box.width, box.height, 3 * MM, stroke=0, fill=1)
    canvas.restoreState()
    inner = box.inset(5 * MM, 3 * MM)
    half = inner.width / 2
    line = size * 1.6
    top = inner.top - line
    fit_paragraph(
        canvas,
        (_voted_label(indicators)).format(amount=format_euros(report.voted_cents)),
        Box(inner.x, top, half, line),
        font=FONT_BOLD,
        size=size * 1.3,
        min_size=size,
        max_lines=1,
    )
    fit_paragraph(
        canvas,
        translate("PrintFollowUp", "Spent: {amount}").format(
            amount=format_euros(report.paid_cents)
        ),
        Box(inner.x + half, top, half, line),
        font=FONT_BOLD,
        size=size * 1.3,
        min_size=size,
        max_lines=1,
        align="right",
    )
    _bar(
        canvas,
        Box(inner.x, top - 3.5 * MM, inner.width, 3 * MM),
        Ratio(report.paid_cents, report.voted_cents),
        flow.style,
    )
    fit_paragraph(
        canvas,
        _carried_out_text(report),
        Box(inner.x, inner.y, inner.width, line),
        size=size,
        max_lines=1,
        valign="bottom",
    )
    flow.y -= box_height + 5 * MM


def _carried_out_text(report: ResidentReport) -> str:
    """ "1 project carried out out of 3": French agrees with the first number (0 and 1 are
    singular)."""
    done = sum(project.status.finished for project in report.projects)
    if done <= 1:
        text = translate("PrintFollowUp", "{done} project carried out out of {count}.")
    else:
        text = translate("PrintFollowUp", "{done} projects carried out out of {count}.")
    return text.format(done=done, count=len(report.projects))


@dataclass(frozen=True)
class _Card:
    title: Any
    holder: Any
    status: Any
    news: Any
    next: Any
    height: float


PHOTO_WIDTH = 62 * MM
PHOTO_HEIGHT = 46 * MM


def _measure(
    project: ResidentProject, indicators: CampaignIndicators, width: float, size: float
) -> _Card:
    pad = 4 * MM
    full = width - 2 * pad
    text = full - (PHOTO_WIDTH + 4 * MM if project.photo_id is not None else 0)
    title = fit_text(
        translate("PrintFollowUp", "{number}. {title}").format(
            number=project.number, title=project.title
        ),
        full,
        10_000,
        font=FONT_BOLD,
        size=size * 1.3,
        max_lines=3,
    )
    holder = fit_text(project.holder, full, 10_000, size=size, max_lines=2)
    status = fit_text(_status_text(project, indicators), text, 10_000, size=size, max_lines=5)
    news = fit_text(_news_text(project), text, 10_000, size=size, max_lines=9)
    step = fit_text(_next_text(project), text, 10_000, size=size, max_lines=3)
    figures = size * 1.5 + 6 * MM
    body = status.height + news.height + step.height + 4 * MM
    if project.photo_id is not None:
        body = max(body, PHOTO_HEIGHT + size * 1.2)
    height = pad + title.height + holder.height + 2 * MM + figures + body + pad
    return _Card(title, holder, status, news, step, height)


def _card(
    flow: Flow,
    project: ResidentProject,
    indicators: CampaignIndicators,
    size: float,
    photo: Callable[[int, Box], Any | None] | None,
) -> None:
    width = flow.room.width
    card = _measure(project, indicators, width, size)
    flow.need(min(card.height, flow.room.height))
    canvas = flow.canvas
    style = flow.style
    pad = 4 * MM
    box = Box(flow.room.x, flow.y - card.height, width, card.height)
    canvas.saveState()
    canvas.setStrokeColor(LIGHT_GREY)
    canvas.setLineWidth(0.8)
    canvas.roundRect(box.x, box.y, box.width, box.height, 3 * MM, stroke=1, fill=0)
    canvas.setFillColor(style.accent_color)
    canvas.rect(box.x, box.y + 3 * MM, 1.6 * MM, box.height - 6 * MM, stroke=0, fill=1)
    canvas.restoreState()
    x, full = box.x + pad, width - 2 * pad
    y = box.top - pad
    draw_fitted(
        canvas,
        card.title,
        Box(x, y - card.title.height, full, card.title.height),
        color=style.accent_color,
    )
    y -= card.title.height
    draw_fitted(
        canvas, card.holder, Box(x, y - card.holder.height, full, card.holder.height), color=GREY
    )
    y -= card.holder.height + 2 * MM
    line = size * 1.5
    fit_paragraph(
        canvas,
        _project_amount_text(indicators, project),
        Box(x, y - line, full / 2, line),
        font=FONT_BOLD,
        size=size * 1.15,
        min_size=size,
        max_lines=1,
    )
    fit_paragraph(
        canvas,
        translate("PrintFollowUp", "Spent: {amount}").format(
            amount=format_euros(project.paid_cents)
        ),
        Box(x + full / 2, y - line, full / 2, line),
        font=FONT_BOLD,
        size=size * 1.15,
        min_size=size,
        max_lines=1,
        align="right",
    )
    y -= line + 1 * MM
    _bar(
        canvas,
        Box(x, y - 3 * MM, full, 3 * MM),
        Ratio(project.paid_cents, project.voted_cents),
        style,
    )
    y -= 5 * MM
    body_top = y
    text = full - (PHOTO_WIDTH + 4 * MM if project.photo_id is not None else 0)
    colors = (
        LATE_INK if project.overspend_cents else INK,
        INK,
        LATE_INK if project.next_step_late else INK,
    )
    for fitted, color in zip((card.status, card.news, card.next), colors, strict=True):
        draw_fitted(canvas, fitted, Box(x, y - fitted.height, text, fitted.height), color=color)
        y -= fitted.height + 2 * MM
    if project.photo_id is not None:
        frame = Box(x + full - PHOTO_WIDTH, body_top - PHOTO_HEIGHT, PHOTO_WIDTH, PHOTO_HEIGHT)
        reader = photo(project.photo_id, frame) if photo is not None else None
        if reader is not None:
            draw_image(canvas, reader, frame)
        if project.photo_caption:
            fit_paragraph(
                canvas,
                project.photo_caption,
                Box(frame.x, frame.y - size, frame.width, size),
                size=size * 0.7,
                max_lines=1,
                color=GREY,
                align="center",
            )
    flow.y = box.y - 5 * MM


def _report(
    database: Database,
    report: ResidentReport,
    style: Style,
    target: Path | BinaryIO,
    options: PrintOptions,
    progress: Progress | None,
) -> int:
    size = 18.0 if options.large_print else 14.0
    indicators = report.indicators

    def draw(flow: Flow) -> None:
        # The first pass only counts pages: it reserves the photos' room without reading them.
        photo = (lambda i, b: load_photo(database, i, b)) if flow.total is not None else None
        flow.new_page(
            translate("PrintFollowUp", "Where did the money go?"),
            translate("PrintFollowUp", "{campaign}: the funded projects, on {date}").format(
                campaign=indicators.name, date=format_day(report.today)
            ),
            note=Phase.FOLLOW_UP.title,
        )
        if report.sample:
            flow.paragraph(_sample_text(), color=GREY)
        _intro(flow, report, size)
        if not report.projects:
            flow.paragraph(translate("PrintFollowUp", "No project is followed yet."), size=size)
        for project in report.projects:
            _card(flow, project, indicators, size, photo)

    return two_pass(
        target,
        options.paper,
        translate("PrintFollowUp", "Where did the money go?"),
        style,
        draw,
        progress,
        body=size,
    )


# --- the A3 poster -------------------------------------------------------------------------------


def _poster(
    database: Database,
    report: ResidentReport,
    style: Style,
    target: Path | BinaryIO,
    options: PrintOptions,
    progress: Progress | None,
) -> int:
    per_sheet = POSTER_COLUMNS * POSTER_ROWS
    projects = list(report.projects)
    sheets = max(1, -(-len(projects) // per_sheet))
    buffer = BytesIO()
    canvas = new_canvas(buffer, "A3", translate("PrintFollowUp", "Where did the money go?"), style)
    width, height = canvas._pagesize
    margin = 14 * MM
    scale = 1.25 if options.large_print else 1.0
    report_progress(progress, 0, sheets)
    for sheet in range(sheets):
        top = height - margin
        band = 52 * MM if sheet == 0 else 30 * MM
        canvas.saveState()
        canvas.setFillColor(style.accent_color)
        canvas.rect(0, top - band + margin, width, band + margin, stroke=0, fill=1)
        canvas.restoreState()
        fit_paragraph(
            canvas,
            translate("PrintFollowUp", "Where did the money go?"),
            Box(margin, top - 24 * MM, width - 2 * margin, 22 * MM),
            font=FONT_BOLD,
            size=56,
            min_size=30,
            max_lines=1,
            color="#FFFFFF",
        )
        fit_paragraph(
            canvas,
            report.indicators.name,
            Box(margin, top - 36 * MM, width - 2 * margin, 11 * MM),
            font=FONT_BOLD,
            size=26,
            min_size=16,
            max_lines=1,
            color="#FFFFFF",
        )
        y = top - band
        if sheet == 0:
            line = 16 * MM
            fit_paragraph(
                canvas,
                _voted_label(report.indicators).format(amount=format_euros(report.voted_cents))
                + "   ·   "
                + translate("PrintFollowUp", "Spent: {amount}").format(
                    amount=format_euros(report.paid_cents)
                ),
                Box(margin, y - line - 4 * MM, width - 2 * margin, line),
                font=FONT_BOLD,
                size=34,
                min_size=20,
                max_lines=1,
                align="center",
            )
            y -= line + 8 * MM
            _bar(
                canvas,
                Box(margin + 30 * MM, y - 6 * MM, width - 2 * margin - 60 * MM, 6 * MM),
                Ratio(report.paid_cents, report.voted_cents),
                style,
            )
            y -= 12 * MM
        tiles = projects[sheet * per_sheet : (sheet + 1) * per_sheet]
        area = Box(margin, margin + 8 * MM, width - 2 * margin, y - margin - 8 * MM)
        gap = 6 * MM
        # Fewer projects on a sheet, taller tiles (at least two rows' height each).
        rows = max(2, -(-len(tiles) // POSTER_COLUMNS))
        tile_width = (area.width - gap * (POSTER_COLUMNS - 1)) / POSTER_COLUMNS
        tile_height = (area.height - gap * (rows - 1)) / rows
        size = (20 if rows <= 2 else 16) * scale
        boxes = [
            Box(
                area.x + (index % POSTER_COLUMNS) * (tile_width + gap),
                area.top
                - (index // POSTER_COLUMNS + 1) * tile_height
                - (index // POSTER_COLUMNS) * gap,
                tile_width,
                tile_height,
            )
            for index in range(len(tiles))
        ]
        body_size = min(
            (
                _tile_body_size(project, report.indicators, tile, size)
                for project, tile in zip(tiles, boxes, strict=True)
            ),
            default=size,
        )
        for project, tile in zip(tiles, boxes, strict=True):
            _tile(canvas, database, project, report.indicators, style, tile, size, body_size)
        if not projects:
            fit_paragraph(
                canvas, translate("PrintFollowUp", "No project is followed yet."), area, size=28
            )
        note = Phase.FOLLOW_UP.title
        if report.sample:
            note += " · " + _sample_text()
        draw_footer(canvas, style, sheet + 1, sheets, note=note)
        canvas.showPage()
        report_progress(progress, sheet + 1, sheets)
    canvas.save()
    data = buffer.getvalue()
    if isinstance(target, Path):
        target.write_bytes(data)
    else:
        target.write(data)
    return sheets


TILE_MIN_SIZE = 11.0


def _tile_room(project: ResidentProject, tile: Box, size: float) -> tuple[Any, float, float]:
    """A tile's fitted title, then the width and height left for its three paragraphs."""
    inner = tile.inset(5 * MM, 4 * MM)
    title = fit_text(
        project.title,
        inner.width,
        22 * MM,
        font=FONT_BOLD,
        size=size * 1.35,
        min_size=15,
        max_lines=2,
    )
    used = title.height + 2 * MM + 2 * size * 1.45 + 1 * MM + 7 * MM
    photo_width = inner.width * 0.38 if project.photo_id is not None else 0.0
    text_width = inner.width - (photo_width + 4 * MM if photo_width else 0)
    return title, text_width, inner.height - used


def _tile_texts(project: ResidentProject, indicators: CampaignIndicators) -> tuple[str, str, str]:
    return (_status_text(project, indicators), _news_text(project), _next_text(project))


def _tile_body_size(
    project: ResidentProject, indicators: CampaignIndicators, tile: Box, size: float
) -> float:
    """The largest size (half points, down to ``TILE_MIN_SIZE``) at which the tile's status,
    news and next step all fit whole, in one size."""
    _title, width, room = _tile_room(project, tile, size)
    texts = _tile_texts(project, indicators)
    points = size
    while points > TILE_MIN_SIZE:
        height = sum(fit_text(text, width, 10_000, size=points).height for text in texts)
        if height + 4 * MM <= room:
            return points
        points -= 0.5
    return TILE_MIN_SIZE


def _tile(
    canvas: Canvas,
    database: Database,
    project: ResidentProject,
    indicators: CampaignIndicators,
    style: Style,
    tile: Box,
    size: float,
    body_size: float,
) -> None:
    """One project's tile: its amounts and bar at ``size``, its three paragraphs all at
    ``body_size`` (the sheet's tiles share one size: no paragraph printed smaller than the
    others); only the news is cut, with "…", when even the smallest size is too big."""
    canvas.saveState()
    canvas.setFillColor(style.accent_tint)
    canvas.roundRect(tile.x, tile.y, tile.width, tile.height, 4 * MM, stroke=0, fill=1)
    canvas.restoreState()
    inner = tile.inset(5 * MM, 4 * MM)
    title, text_width, room = _tile_room(project, tile, size)
    y = inner.top
    draw_fitted(
        canvas,
        title,
        Box(inner.x, y - title.height, inner.width, title.height),
        color=style.accent_color,
    )
    y -= title.height + 2 * MM
    line = size * 1.45
    amounts = (
        _project_amount_text(indicators, project),
        translate("PrintFollowUp", "Spent: {amount}").format(
            amount=format_euros(project.paid_cents)
        ),
    )
    for text in amounts:
        fit_paragraph(
            canvas,
            text,
            Box(inner.x, y - line, inner.width, line),
            font=FONT_BOLD,
            size=size * 1.1,
            min_size=10,
            max_lines=1,
        )
        y -= line
    y -= 1 * MM
    _bar(
        canvas,
        Box(inner.x, y - 4 * MM, inner.width, 4 * MM),
        Ratio(project.paid_cents, project.voted_cents),
        style,
    )
    y -= 7 * MM
    photo_width = inner.width * 0.38 if project.photo_id is not None else 0.0
    y_body = y
    status_text, news_text, step_text = _tile_texts(project, indicators)
    status = fit_text(status_text, text_width, room, size=body_size)
    step = fit_text(step_text, text_width, room, size=body_size)
    news_room = max(room - status.height - step.height - 4 * MM, 0)
    news = fit_text(news_text, text_width, news_room, size=body_size)
    color = LATE_INK if project.overspend_cents else INK
    draw_fitted(
        canvas, status, Box(inner.x, y - status.height, text_width, status.height), color=color
    )
    y -= status.height + 2 * MM
    draw_fitted(canvas, news, Box(inner.x, y - news.height, text_width, news.height))
    y -= news.height + 2 * MM
    step_color = LATE_INK if project.next_step_late else INK
    draw_fitted(
        canvas, step, Box(inner.x, y - step.height, text_width, step.height), color=step_color
    )
    if project.photo_id is not None:
        frame_height = min(room, photo_width * 0.8)
        frame = Box(inner.right - photo_width, y_body - frame_height, photo_width, frame_height)
        reader = load_photo(database, project.photo_id, frame)
        if reader is not None:
            draw_image(canvas, reader, frame, align="right")


# --- entry point ---------------------------------------------------------------------------------


def build(
    database: Database,
    campaign_id: int,
    target: Path | BinaryIO,
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """The residents' report (A4) or poster (A3); returns the page count."""
    check_options(options)
    report = resident_report(database, campaign_id)
    style = campaign_style(database, campaign_id)
    with binary_streams():
        if options.paper == "A3":
            return _poster(database, report, style, target, options, progress)
        return _report(database, report, style, target, options, progress)


__all__ = ["ResidentProject", "ResidentReport", "build", "load_photo", "resident_report"]
