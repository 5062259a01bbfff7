"""What every printed piece shares: fonts, options, progress, the campaign's style, fitting
text in a frame, the page header and footer.

A kind module (``pbdesk.printing.ballots``, ``posters``…) exposes::

    def build(database: Database, campaign_id: int, target: Path | BinaryIO,
              options: PrintOptions, progress: Progress | None = None) -> int

which writes one PDF to ``target`` and returns its page count. ``progress(done, total)`` is
called as pages are drawn; when it returns False the build stops and raises ``Cancelled``.

Text is drawn in DejaVu Sans (shipped in ``resources/fonts/``; reportlab embeds a subset of
it in every PDF), so accents, ``€``, ``« »``, ``œ`` and the narrow no-break space of French
amounts print everywhere. Text never overflows its frame: ``fit_text`` shrinks it down to a
minimum size, then wraps it, then cuts it with "…", and says what it kept so tests can
measure it.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.i18n import translate
from pbdesk.resources import resource_path

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from pbdesk.store.database import Database

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

ELLIPSIS = "…"
MM = 72 / 25.4  # points per millimetre

#: Paper sizes in points, portrait.
PAPERS: dict[str, tuple[float, float]] = {
    "A4": (210 * MM, 297 * MM),
    "A3": (297 * MM, 420 * MM),
}
PER_SHEET = (1, 2, 4)

DEFAULT_ACCENT = "#1F5F8B"
INK = "#1A1A1A"
GREY = "#6B6B6B"
LIGHT_GREY = "#D9D9D9"

#: Smallest body size of the large-print variant (points).
LARGE_PRINT_SIZE = 16

Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The person cancelled the build (``progress`` returned False)."""


@dataclass(frozen=True)
class PrintOptions:
    """What to print; ``None`` means "the campaign's print settings decide"."""

    station_id: int | None = None  # one polling station; None: every station
    copies: int | None = None  # per station; None: the setting
    per_sheet: int = 1  # ballots per A4 sheet: 1, 2 or 4
    paper: str = "A4"  # "A4" or "A3"
    large_print: bool = False
    serials: bool | None = None  # serial number + QR code on ballots; None: the setting


def check_options(options: PrintOptions) -> None:
    """``ValidationError`` (field → French sentence) when the options cannot be printed."""
    errors: dict[str, str] = {}
    if options.paper not in PAPERS:
        errors["paper"] = translate("Printing", "The paper size must be A4 or A3.")
    if options.per_sheet not in PER_SHEET:
        errors["per_sheet"] = translate("Printing", "Print 1, 2 or 4 ballots per sheet.")
    if options.copies is not None and not 1 <= options.copies <= 100_000:
        errors["copies"] = translate(
            "Printing", "The number of copies must be between 1 and 100 000."
        )
    if errors:
        raise ValidationError(errors)


def page_size(paper: str) -> tuple[float, float]:
    """Portrait size of ``paper`` in points."""
    try:
        return PAPERS[paper]
    except KeyError:
        raise DomainError(translate("Printing", "The paper size must be A4 or A3.")) from None


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress``; raise ``Cancelled`` when it answers False."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled(translate("Printing", "Printing was cancelled."))


# --- fonts ---------------------------------------------------------------------------------


@cache
def register_fonts() -> None:
    """Register DejaVu Sans regular and bold with reportlab (once per process)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points (widths are proportional to the size: cached per word)."""
    return _unit_width(text, font) * size


@lru_cache(maxsize=65_536)
def _unit_width(text: str, font: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, 1000)) / 1000


def ascent_descent(font: str, size: float) -> tuple[float, float]:
    """Ascent (positive) and descent (positive) of ``font`` at ``size``."""
    from reportlab.pdfbase.pdfmetrics import getAscentDescent

    ascent, descent = getAscentDescent(font, size)
    return float(ascent), float(-descent)


# --- the campaign's style ------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """How a campaign's pieces look: its name (footer), accent colour and logo."""

    campaign_name: str
    slug: str = ""
    accent: str = DEFAULT_ACCENT  # "#RRGGBB"
    logo: Path | None = None  # an image file, or None

    @property
    def accent_color(self) -> Any:
        from reportlab.lib.colors import HexColor

        return HexColor(self.accent)

    @property
    def accent_tint(self) -> Any:
        """The accent colour mixed with white (backgrounds, bands)."""
        from reportlab.lib.colors import HexColor, linearlyInterpolatedColor

        return linearlyInterpolatedColor(HexColor("#FFFFFF"), HexColor(self.accent), 0, 1, 0.12)


def campaign_style(database: Database, campaign_id: int) -> Style:
    """The style of the campaign's printed pieces (its print settings, defaults otherwise)."""
    from pbdesk.workspace.printing import get_print_settings, logo_bytes

    settings = get_print_settings(database, campaign_id)
    logo = None
    if settings.has_logo:
        data = logo_bytes(database, campaign_id)
        if data:
            logo = _cached_file(data)
    return Style(
        campaign_name=settings.campaign_name,
        slug=settings.campaign_slug,
        accent=settings.accent,
        logo=logo,
    )


def _cached_file(data: bytes) -> Path:
    """``data`` in a file of the temporary folder named after its hash (written once)."""
    folder = Path(tempfile.gettempdir()) / "pbdesk-print"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / hashlib.sha256(data).hexdigest()
    if not path.exists() or path.stat().st_size != len(data):
        partial = path.with_suffix(".part")
        partial.write_bytes(data)
        partial.replace(path)
    return path


# --- fitting text ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    """A rectangle on the page: lower-left corner, width and height, in points."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(
            self.x + dx, self.y + dy, max(0.0, self.width - 2 * dx), max(0.0, self.height - 2 * dy)
        )


@dataclass(frozen=True)
class Fitted:
    """What ``fit_text`` kept: the lines as drawn, at which size, and how much room they take.

    ``width`` is the widest line and ``height`` the height of the block (lines × leading),
    both in points: they never exceed the frame. ``truncated`` says a "…" cut the text.
    """

    lines: tuple[str, ...]
    font: str
    size: float
    leading: float
    width: float
    height: float
    truncated: bool
    box: Box | None = field(default=None, compare=False)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


_BLANKS = re.compile(r"[ \t\r]+")  # not the no-break spaces of "12 500 €"


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (words too long are split)."""
    space = text_width(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = _glue([word for word in _BLANKS.split(paragraph) if word])
        if not words:
            if lines and lines[-1] != "":
                lines.append("")
            continue
        line: list[str] = []
        line_width = 0.0
        for word in words:
            word_width = text_width(word, font, size)
            if line and line_width + space + word_width <= width:
                line.append(word)
                line_width += space + word_width
                continue
            if line:
                lines.append(" ".join(line))
            if word_width <= width:
                line, line_width = [word], word_width
                continue
            pieces = _split_word(word, font, size, width)
            lines.extend(pieces[:-1])
            line, line_width = [pieces[-1]], text_width(pieces[-1], font, size)
        if line:
            lines.append(" ".join(line))
    while lines and lines[-1] == "":
        lines.pop()
    return lines


_OPENING = {"«", "“", "‹"}
_CLOSING = {"»", "”", "›", ":", ";", "!", "?", "€", "%"}


def _glue(words: list[str]) -> list[str]:
    """French typography: a line never starts with "»", ":", "!", "?"… nor ends with "«" —
    such marks stay with their word (the space between them is kept as it is)."""
    glued: list[str] = []
    pending = ""
    for word in words:
        if word in _CLOSING and glued and not pending:
            glued[-1] = f"{glued[-1]} {word}"
            continue
        word = f"{pending} {word}" if pending else word
        pending = ""
        if word in _OPENING:
            pending = word
            continue
        glued.append(word)
    if pending:
        glued.append(pending)
    return glued


def _split_word(word: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


def _cut(line: str, font: str, size: float, width: float) -> str:
    """``line`` shortened until ``line + "…"`` fits ``width``."""
    line = line.rstrip()
    while line and text_width(line + ELLIPSIS, font, size) > width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS if text_width(ELLIPSIS, font, size) <= width else ""


def fit_text(
    text: str,
    width: float,
    height: float,
    *,
    font: str = FONT,
    size: float = 11,
    min_size: float | None = None,
    leading: float = 1.2,
    max_lines: int | None = None,
) -> Fitted:
    """Fit ``text`` in a ``width`` × ``height`` frame: at ``size`` if it fits; else at the
    largest size down to ``min_size`` (default: ``size``, no shrinking) where it fits, wrapped;
    else at ``min_size``, cut with "…" after the last line that fits. Never overflows.

    ``leading`` is the line height as a multiple of the size; ``max_lines`` caps the lines.
    """
    register_fonts()
    min_size = size if min_size is None else min(min_size, size)
    text = text.strip()

    def attempt(points: float) -> tuple[list[str], float, bool]:
        lines = wrap_text(text, font, points, width)
        step = points * leading
        room = int(height // step) if step > 0 else 0
        if max_lines is not None:
            room = min(room, max_lines)
        return lines, step, len(lines) <= room

    lines, step, fits = attempt(size)
    points = size
    if not fits and min_size < size:
        lines_min, step_min, fits_min = attempt(min_size)
        if fits_min:  # the largest half-point size in [min_size, size) that fits
            low, high = int(min_size * 2), int(size * 2) - 1
            best = (min_size, lines_min, step_min)
            while low <= high:
                middle = (low + high) // 2
                candidate = middle / 2
                if candidate <= min_size:
                    low = middle + 1
                    continue
                tried, tried_step, ok = attempt(candidate)
                if ok:
                    best = (candidate, tried, tried_step)
                    low = middle + 1
                else:
                    high = middle - 1
            points, lines, step = best
            fits = True
        else:
            points, lines, step = min_size, lines_min, step_min
    truncated = False
    if not fits:
        room = int(height // step) if step > 0 else 0
        if max_lines is not None:
            room = min(room, max_lines)
        truncated = True
        kept = lines[:room]
        if kept:
            kept[-1] = _cut(kept[-1], font, points, width)
        lines = kept
    widest = max((text_width(line, font, points) for line in lines), default=0.0)
    return Fitted(
        lines=tuple(lines),
        font=font,
        size=points,
        leading=step,
        width=widest,
        height=len(lines) * step,
        truncated=truncated,
    )


def draw_fitted(
    canvas: Canvas,
    fitted: Fitted,
    box: Box,
    *,
    align: str = "left",
    valign: str = "top",
    color: Any = INK,
) -> Fitted:
    """Draw ``fitted`` inside ``box``: ``align`` left/center/right, ``valign``
    top/middle/bottom."""
    from reportlab.lib.colors import toColor

    if not fitted.lines:
        return _placed(fitted, box)
    ascent, _descent = ascent_descent(fitted.font, fitted.size)
    # The block is lines × leading high; the first baseline sits one ascent plus half the
    # extra leading below its top, so ascenders and descenders all stay inside the block.
    extra = (fitted.leading - fitted.size) / 2
    if valign == "middle":
        top = box.y + (box.height + fitted.height) / 2
    elif valign == "bottom":
        top = box.y + fitted.height
    else:
        top = box.top
    canvas.setFillColor(toColor(color))
    canvas.setFont(fitted.font, fitted.size)
    baseline = top - extra - min(ascent, fitted.size)
    for line in fitted.lines:
        if align == "center":
            canvas.drawCentredString(box.x + box.width / 2, baseline, line)
        elif align == "right":
            canvas.drawRightString(box.right, baseline, line)
        else:
            canvas.drawString(box.x, baseline, line)
        baseline -= fitted.leading
    return _placed(fitted, box)


def _placed(fitted: Fitted, box: Box) -> Fitted:
    return Fitted(
        fitted.lines,
        fitted.font,
        fitted.size,
        fitted.leading,
        fitted.width,
        fitted.height,
        fitted.truncated,
        box,
    )


def fit_paragraph(
    canvas: Canvas,
    text: str,
    box: Box,
    *,
    font: str = FONT,
    size: float = 11,
    min_size: float | None = None,
    leading: float = 1.2,
    max_lines: int | None = None,
    align: str = "left",
    valign: str = "top",
    color: Any = INK,
) -> Fitted:
    """Fit ``text`` in ``box`` (see ``fit_text``) and draw it; return what was drawn."""
    fitted = fit_text(
        text,
        box.width,
        box.height,
        font=font,
        size=size,
        min_size=min_size,
        leading=leading,
        max_lines=max_lines,
    )
    return draw_fitted(canvas, fitted, box, align=align, valign=valign, color=color)


# --- canvas, images, header, footer --------------------------------------------------------


def new_canvas(
    target: Path | str | BinaryIO,
    paper: str | tuple[float, float],
    title: str,
    style: Style | None = None,
    *,
    landscape: bool = False,
) -> Canvas:
    """A reportlab canvas on ``target`` (a path or a binary file), fonts registered."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    size = page_size(paper) if isinstance(paper, str) else paper
    if landscape:
        size = (size[1], size[0])
    canvas = Canvas(
        str(target) if isinstance(target, Path) else target,
        pagesize=size,
        initialFontName=FONT,
        initialFontSize=10,
    )
    canvas.setTitle(title if style is None else f"{title} — {style.campaign_name}")
    canvas.setAuthor("pbdesk")
    canvas.setCreator("pbdesk")
    return canvas


def image_reader(source: Path | bytes | None) -> Any | None:
    """A reportlab ImageReader for a file or bytes; None when it is not a readable picture."""
    if source is None:
        return None
    from io import BytesIO

    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(BytesIO(source) if isinstance(source, bytes) else str(source))
        reader.getSize()
    except Exception:  # a damaged or unsupported picture is left out, never fatal
        return None
    return reader


def draw_image(canvas: Canvas, reader: Any, box: Box, *, align: str = "center") -> Box | None:
    """Draw a picture as large as fits in ``box``, keeping its proportions; the box it took."""
    if reader is None or box.width <= 0 or box.height <= 0:
        return None
    width, height = reader.getSize()
    if not width or not height:
        return None
    scale = min(box.width / width, box.height / height)
    drawn_width, drawn_height = width * scale, height * scale
    if align == "left":
        x = box.x
    elif align == "right":
        x = box.right - drawn_width
    else:
        x = box.x + (box.width - drawn_width) / 2
    y = box.y + (box.height - drawn_height) / 2
    canvas.drawImage(reader, x, y, drawn_width, drawn_height, mask="auto")
    return Box(x, y, drawn_width, drawn_height)


@dataclass(frozen=True)
class Margins:
    left: float = 15 * MM
    right: float = 15 * MM
    top: float = 15 * MM
    bottom: float = 15 * MM


FOOTER_HEIGHT = 10 * MM


def content_box(canvas: Canvas, margins: Margins = Margins(), *, footer: bool = True) -> Box:
    """The page minus its margins (and the footer band when there is one)."""
    width, height = canvas._pagesize
    bottom = margins.bottom + (FOOTER_HEIGHT if footer else 0)
    return Box(
        margins.left, bottom, width - margins.left - margins.right, height - margins.top - bottom
    )


def draw_header(
    canvas: Canvas,
    style: Style,
    title: str,
    *,
    subtitle: str = "",
    margins: Margins = Margins(),
    height: float = 22 * MM,
) -> Box:
    """An accent band at the top of the page: logo, title, subtitle. Returns the room left
    below it (down to the footer band)."""
    width, page_height = canvas._pagesize
    band = Box(
        margins.left,
        page_height - margins.top - height,
        width - margins.left - margins.right,
        height,
    )
    canvas.saveState()
    canvas.setFillColor(style.accent_tint)
    canvas.setStrokeColor(style.accent_color)
    canvas.rect(band.x, band.y, band.width, band.height, stroke=0, fill=1)
    canvas.setLineWidth(2)
    canvas.line(band.x, band.y, band.right, band.y)
    text_box = band.inset(4 * MM, 3 * MM)
    logo = draw_image(
        canvas,
        image_reader(style.logo),
        Box(text_box.right - 30 * MM, text_box.y, 30 * MM, text_box.height),
        align="right",
    )
    if logo is not None:
        text_box = Box(text_box.x, text_box.y, text_box.width - 34 * MM, text_box.height)
    if subtitle:
        title_box = Box(
            text_box.x, text_box.y + text_box.height * 0.4, text_box.width, text_box.height * 0.6
        )
        fit_paragraph(
            canvas,
            title,
            title_box,
            font=FONT_BOLD,
            size=16,
            min_size=9,
            max_lines=1,
            valign="bottom",
            color=style.accent_color,
        )
        fit_paragraph(
            canvas,
            subtitle,
            Box(text_box.x, text_box.y, text_box.width, text_box.height * 0.38),
            size=10,
            min_size=7,
            max_lines=1,
            color=INK,
        )
    else:
        fit_paragraph(
            canvas,
            title,
            text_box,
            font=FONT_BOLD,
            size=16,
            min_size=9,
            max_lines=2,
            valign="middle",
            color=style.accent_color,
        )
    canvas.restoreState()
    room = content_box(canvas, margins)
    return Box(room.x, room.y, room.width, band.y - 4 * MM - room.y)


def draw_footer(
    canvas: Canvas,
    style: Style,
    page_number: int | None = None,
    total: int | None = None,
    *,
    margins: Margins = Margins(),
    note: str = "",
) -> None:
    """The page footer: a thin accent line, the campaign's name (and ``note``) on the left,
    "Page 3 / 12" on the right (``page_number`` defaults to the canvas's page number)."""
    width, _height = canvas._pagesize
    number = canvas.getPageNumber() if page_number is None else page_number
    if total:
        label = translate("Printing", "Page {page} / {total}").format(page=number, total=total)
    else:
        label = translate("Printing", "Page {page}").format(page=number)
    y = margins.bottom
    canvas.saveState()
    canvas.setStrokeColor(style.accent_color)
    canvas.setLineWidth(0.6)
    canvas.line(margins.left, y + 5 * MM, width - margins.right, y + 5 * MM)
    label_width = text_width(label, FONT, 8) + 2
    canvas.setFont(FONT, 8)
    canvas.setFillColorRGB(0.42, 0.42, 0.42)
    canvas.drawRightString(width - margins.right, y + 1.5 * MM, label)
    left = style.campaign_name if not note else f"{style.campaign_name} · {note}"
    fit_paragraph(
        canvas,
        left,
        Box(margins.left, y, width - margins.left - margins.right - label_width - 6 * MM, 4.5 * MM),
        size=8,
        min_size=6,
        max_lines=1,
        valign="bottom",
        color=GREY,
    )
    canvas.restoreState()


def crop_marks(
    canvas: Canvas, xs: Sequence[float], ys: Sequence[float], *, length: float = 4 * MM
) -> None:
    """Short cut marks at the page edges where the lines ``x in xs`` and ``y in ys`` cross
    them (ballots printed 2 or 4 to a sheet are cut along these lines)."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setStrokeColorRGB(0.3, 0.3, 0.3)
    canvas.setLineWidth(0.4)
    for x in xs:
        canvas.line(x, 0, x, length)
        canvas.line(x, height - length, x, height)
    for y in ys:
        canvas.line(0, y, length, y)
        canvas.line(width - length, y, width, y)
    canvas.setDash(2, 3)
    canvas.setStrokeColorRGB(0.7, 0.7, 0.7)
    for x in xs:
        canvas.line(x, length + 1, x, height - length - 1)
    for y in ys:
        canvas.line(length + 1, y, width - length - 1, y)
    canvas.restoreState()
