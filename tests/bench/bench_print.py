"""Print packs benchmark: 5 000 ballots with serials and QR codes, posters for 40 projects.

Run on demand: ``python tests/bench/bench_print.py [--ballots 5000] [--posters 40]``.

Builds (not timed) a campaign with 12 projects on the ballot and 10 polling stations, and one
with ``--posters`` projects (every fourth with a photo), then measures, in this process:

- pbdesk: ``pbdesk.printing.ballots.build`` (``--ballots`` ballots, 2 per sheet, serials and
  QR codes) and ``pbdesk.printing.posters.build`` (A3), each writing a PDF file;
- a bare reportlab loop drawing the same elements in the same run, twice:

  - *same technique*: what pbdesk does with nothing around it — the ballot's shared part
    drawn once as a form, then per ballot the form, the station's name, the serial and the
    QR code (reportlab's encoder, version and mask fixed, dark modules as one path); for
    posters, the same band, badge, texts (pre-wrapped with ``simpleSplit``), photo, footer.
    The budget compares pbdesk with this one.
  - *naive*: every element drawn again on every ballot, QR codes through reportlab's
    ``QrCodeWidget`` (what a first reportlab script does); shown for information.

Prints time, pages per second, ballots per second, the peak of Python allocations
(``tracemalloc``, measured in a second run) and the process's peak resident memory.
Budget (issue 5): at least 300 ballots per second, pbdesk at most 1.5× the bare loop.
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BUDGET_BALLOTS_PER_SECOND = 300.0
BUDGET_RATIO = 1.5
STATIONS = 10
PROJECTS_ON_BALLOT = 12
#: The naive loop is slow: it runs on 1/NAIVE_SHARE of the ballots, its time scaled up.
NAIVE_SHARE = 10


def _campaign(database, slug: str, projects: int, stations: int, photos: bool, folder: Path):  # type: ignore[no-untyped-def]
    from pbdesk.domain.vote import VoteSettings
    from tests.printing.support import make_print_campaign

    titles = [
        f"Projet n° {n} : jardin partagé et fête de quartier à l’école Édouard-Herriot"
        for n in range(1, projects + 1)
    ]
    descriptions = [
        "Les habitantes et habitants ont imaginé « ensemble » un lieu de rencontre. " * (3 + n % 9)
        for n in range(projects)
    ]
    campaign = make_print_campaign(
        database,
        titles=titles,
        settings=VoteSettings(max_choices=3),
        stations=stations,
        descriptions=descriptions,
        slug=slug,
    )
    if photos:
        from pbdesk.workspace.applications import add_attachment
        from tests.printing.support import png_bytes

        for index, application_id in enumerate(campaign.projects):
            if index % 4 == 0:
                photo = folder / f"photo{index}.png"
                photo.write_bytes(png_bytes(1200, 800, "#3A7D44"))
                add_attachment(database, application_id, photo)
    return campaign


def _measure(label: str, run: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    pages = run()
    seconds = time.perf_counter() - started
    return seconds, pages


def _peak_python(run: Callable[[], object]) -> float:
    tracemalloc.start()
    run()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


# --- bare reportlab loops ----------------------------------------------------------------------


def bare_ballots(path: Path, layout, style, count_per_station: int, *, naive: bool) -> int:  # type: ignore[no-untyped-def]
    """The same ballot elements with reportlab alone (positions computed here, once)."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode import qr, qrencoder
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from pbdesk.printing.base import FONT, FONT_BOLD, MM, register_fonts

    register_fonts()
    width, height = A4
    cell_h = height / 2
    accent = HexColor(style.accent)
    canvas = Canvas(str(path), pagesize=A4, initialFontName=FONT)
    rows = [
        (p.code, simpleSplit(p.title, FONT_BOLD, 11, width - 60 * MM)[:2], p.holder)
        for p in layout.projects
    ]

    def body() -> None:
        canvas.setStrokeColor(accent)
        canvas.roundRect(5 * MM, 5 * MM, width - 10 * MM, cell_h - 10 * MM, 2.5 * MM)
        canvas.setFillColor(HexColor("#E3EBF1"))
        canvas.rect(8 * MM, cell_h - 24 * MM, width - 16 * MM, 16 * MM, stroke=0, fill=1)
        canvas.setFillColor(accent)
        canvas.setFont(FONT_BOLD, 14)
        canvas.drawString(11 * MM, cell_h - 15 * MM, "BULLETIN DE VOTE")
        canvas.setFont(FONT, 9)
        canvas.drawString(11 * MM, cell_h - 21 * MM, layout.campaign_name)
        canvas.setFont(FONT_BOLD, 11)
        canvas.drawString(8 * MM, cell_h - 30 * MM, layout.rule)
        y = cell_h - 40 * MM
        for code, lines, holder in rows:
            canvas.setStrokeColorRGB(0, 0, 0)
            canvas.rect(8 * MM, y - 3 * MM, 6 * MM, 6 * MM, stroke=1, fill=0)
            canvas.setFillColor(accent)
            canvas.setFont(FONT_BOLD, 12)
            canvas.drawString(18 * MM, y - 1.5 * MM, code)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont(FONT_BOLD, 11)
            for n, line in enumerate(lines):
                canvas.drawString(28 * MM, y + 1 * MM - n * 13, line)
            canvas.setFont(FONT, 9)
            canvas.drawString(28 * MM, y - 3 * MM - (len(lines) - 1) * 13, holder)
            y -= 8 * MM
        canvas.setDash(3, 2)
        canvas.rect(8 * MM, 8 * MM, 120 * MM, 18 * MM)
        canvas.setDash()

    level = qrencoder.QRErrorCorrectLevel.M
    probe = qrencoder.QRCode(None, level)
    probe.addData(f"{layout.campaign_slug}/10/99999")
    probe.make()
    version, mask = probe.version, probe.getBestMaskPattern()

    def fast_qr(payload: str, x: float, y: float, size: float) -> None:
        code = qrencoder.QRCode(version, level)
        code.addData(payload)
        code.makeImpl(False, mask)
        modules = code.modules
        n = len(modules)
        unit = size / (n + 4)
        parts = []
        for r, row in enumerate(modules):
            c = 0
            while c < n:
                if row[c]:
                    start = c
                    while c < n and row[c]:
                        c += 1
                    parts.append(f"{start} {r} {c - start} 1 re")
                else:
                    c += 1
        canvas.saveState()
        canvas.transform(unit, 0, 0, -unit, x + 2 * unit, y + size - 2 * unit)
        canvas.addLiteral(" ".join(parts) + " f")
        canvas.restoreState()

    def naive_qr(payload: str, x: float, y: float, size: float) -> None:
        widget = qr.QrCodeWidget(payload)
        drawing = Drawing(size, size)
        widget.barWidth = widget.barHeight = size
        drawing.add(widget)
        renderPDF.draw(drawing, canvas, x, y)

    if not naive:
        canvas.beginForm("ballot", 0, 0, width, cell_h)
        body()
        canvas.endForm()
    pages = 0
    for station, view in enumerate(layout.stations, start=1):
        serial = 0
        while serial < count_per_station:
            for cell_y in (cell_h, 0.0):
                if serial >= count_per_station:
                    break
                serial += 1
                canvas.saveState()
                canvas.translate(0, cell_y)
                if naive:
                    body()
                else:
                    canvas.doForm("ballot")
                canvas.setFont(FONT, 7)
                canvas.drawString(10 * MM, 9.5 * MM, view.name)
                canvas.setFont(FONT_BOLD, 10)
                canvas.drawRightString(width - 32 * MM, 9 * MM, f"N° {station}-{serial:05d}")
                payload = f"{layout.campaign_slug}/{station}/{serial:05d}"
                (naive_qr if naive else fast_qr)(payload, width - 30 * MM, 8 * MM, 20 * MM)
                canvas.restoreState()
            canvas.line(0, cell_h, width, cell_h)
            canvas.showPage()
            pages += 1
    canvas.save()
    return pages


def bare_posters(path: Path, projects, photos: dict[int, bytes], style) -> int:  # type: ignore[no-untyped-def]
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A3
    from reportlab.lib.utils import ImageReader, simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from pbdesk.printing.base import FONT, FONT_BOLD, MM, register_fonts

    register_fonts()
    width, height = A3
    accent = HexColor(style.accent)
    canvas = Canvas(str(path), pagesize=A3, initialFontName=FONT)
    for number, project in enumerate(projects, start=1):
        canvas.setFillColor(accent)
        canvas.rect(0, height - 34 * MM, width, 34 * MM, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont(FONT_BOLD, 30)
        canvas.drawString(14 * MM, height - 18 * MM, style.campaign_name)
        canvas.setFont(FONT, 18)
        canvas.drawString(14 * MM, height - 28 * MM, "Budget participatif · votation le 13/06/2026")
        canvas.setFillColor(accent)
        canvas.circle(37 * MM, height - 80 * MM, 23 * MM, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont(FONT_BOLD, 72)
        canvas.drawCentredString(37 * MM, height - 90 * MM, project.code)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(FONT_BOLD, 44)
        y = height - 70 * MM
        for line in simpleSplit(project.title, FONT_BOLD, 44, width - 90 * MM)[:4]:
            canvas.drawString(68 * MM, y, line)
            y -= 50
        canvas.setFont(FONT, 14)
        canvas.drawString(14 * MM, height - 130 * MM, "Porteur du projet")
        canvas.setFont(FONT_BOLD, 22)
        canvas.drawString(14 * MM, height - 140 * MM, project.holder)
        canvas.setFont(FONT, 18)
        canvas.drawString(14 * MM, height - 152 * MM, " · ".join(project.stakes))
        canvas.line(14 * MM, height - 146 * MM, width - 14 * MM, height - 146 * MM)
        canvas.setFillColor(accent)
        canvas.setFont(FONT_BOLD, 40)
        canvas.drawRightString(width - 14 * MM, height - 140 * MM, project.amount)
        y = height - 160 * MM
        if project.photo_id in photos:
            canvas.drawImage(
                ImageReader(io.BytesIO(photos[project.photo_id])),
                14 * MM,
                y - 150 * MM,
                width - 28 * MM,
                150 * MM,
                preserveAspectRatio=True,
            )
            y -= 156 * MM
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(FONT, 20)
        for line in simpleSplit(project.description, FONT, 20, width - 28 * MM):
            if y < 60 * MM:
                break
            canvas.drawString(14 * MM, y, line)
            y -= 26
        canvas.setFillColor(HexColor("#E3EBF1"))
        canvas.roundRect(14 * MM, 30 * MM, width - 28 * MM, 22 * MM, 3 * MM, stroke=0, fill=1)
        canvas.setFillColor(accent)
        canvas.setFont(FONT_BOLD, 26)
        canvas.drawCentredString(width / 2, 38 * MM, "Le 13/06/2026, votez dans votre bureau !")
        canvas.setStrokeColor(accent)
        canvas.line(14 * MM, 19 * MM, width - 14 * MM, 19 * MM)
        canvas.setFont(FONT, 8)
        canvas.drawString(14 * MM, 15 * MM, style.campaign_name)
        canvas.drawRightString(width - 14 * MM, 15 * MM, f"Page {number} / {len(projects)}")
        canvas.showPage()
    canvas.save()
    return len(projects)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ballots", type=int, default=5000)
    parser.add_argument("--posters", type=int, default=40)
    args = parser.parse_args()

    from pbdesk.printing import ballots, posters
    from pbdesk.printing.base import PrintOptions, campaign_style
    from pbdesk.store.database import open_database
    from pbdesk.workspace.printing import ballot_layout, print_projects, project_photo

    folder = Path(tempfile.mkdtemp(prefix="pbdesk-bench-print-"))
    database = open_database(folder / "bench.sqlite3")
    vote = _campaign(database, "bench-bulletins", PROJECTS_ON_BALLOT, STATIONS, False, folder)
    wall = _campaign(database, "bench-affiches", args.posters, 1, True, folder)
    per_station = -(-args.ballots // STATIONS)
    total_ballots = per_station * STATIONS
    options = PrintOptions(copies=per_station, per_sheet=2, serials=True)
    layout = ballot_layout(database, vote.id)
    style = campaign_style(database, vote.id)
    projects = print_projects(database, wall.id)
    photos = {p.photo_id: project_photo(database, p.photo_id) for p in projects if p.photo_id}

    def pbdesk_ballots() -> int:
        return ballots.build(database, vote.id, folder / "ballots.pdf", options)

    def pbdesk_posters() -> int:
        return posters.build(database, wall.id, folder / "posters.pdf", PrintOptions(paper="A3"))

    runs = {
        "ballots pbdesk": pbdesk_ballots,
        "ballots bare (same technique)": lambda: bare_ballots(
            folder / "bare.pdf", layout, style, per_station, naive=False
        ),
        "ballots bare (naive)": lambda: bare_ballots(
            folder / "naive.pdf", layout, style, max(1, per_station // NAIVE_SHARE), naive=True
        ),
        "posters pbdesk": pbdesk_posters,
        "posters bare": lambda: bare_posters(folder / "bare-posters.pdf", projects, photos, style),
    }
    results: dict[str, tuple[float, int]] = {}
    for label, run in runs.items():
        run()  # warm-up: fonts, imports, caches
        seconds, pages = _measure(label, run)
        if "naive" in label:  # run on a tenth of the ballots: scaled up
            seconds, pages = seconds * NAIVE_SHARE, pages * NAIVE_SHARE
        results[label] = (seconds, pages)
    print(
        f"{total_ballots} ballots ({STATIONS} stations × {per_station}, 2 per sheet, serials "
        f"and QR codes), {args.posters} A3 posters"
    )
    print(f"{'':32} {'seconds':>8} {'pages':>6} {'pages/s':>8} {'ballots/s':>10}")
    for label, (seconds, pages) in results.items():
        per_ballot = f"{total_ballots / seconds:10.0f}" if label.startswith("ballots") else ""
        print(f"{label:32} {seconds:8.2f} {pages:6d} {pages / seconds:8.1f} {per_ballot:>10}")
    ballot_ratio = results["ballots pbdesk"][0] / results["ballots bare (same technique)"][0]
    naive_ratio = results["ballots pbdesk"][0] / results["ballots bare (naive)"][0]
    poster_ratio = results["posters pbdesk"][0] / results["posters bare"][0]
    pack = results["ballots pbdesk"][0] + results["posters pbdesk"][0]
    bare = results["ballots bare (same technique)"][0] + results["posters bare"][0]
    print(f"ratio ballots pbdesk / bare (same technique): {ballot_ratio:.2f}")
    print(f"ratio ballots pbdesk / bare (naive):          {naive_ratio:.2f}")
    print(f"ratio posters pbdesk / bare:                  {poster_ratio:.2f}")
    print(f"ratio pack (ballots + posters) / bare:        {pack / bare:.2f}")
    peak_ballots = _peak_python(pbdesk_ballots)
    peak_posters = _peak_python(pbdesk_posters)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak Python allocations: ballots {peak_ballots:.1f} MB, posters {peak_posters:.1f} MB;"
        f" peak resident memory of the whole run {rss:.0f} MB"
    )
    sizes = {name: (folder / name).stat().st_size / 1e6 for name in ("ballots.pdf", "posters.pdf")}
    print(
        f"PDF sizes: ballots {sizes['ballots.pdf']:.1f} MB, posters {sizes['posters.pdf']:.1f} MB"
    )
    speed = total_ballots / results["ballots pbdesk"][0]
    ok = speed >= BUDGET_BALLOTS_PER_SECOND and pack / bare <= BUDGET_RATIO
    print(
        ("within budget" if ok else "OVER BUDGET")
        + f" (≥ {BUDGET_BALLOTS_PER_SECOND:.0f} ballots/s, ≤ {BUDGET_RATIO}× bare)"
    )
    database.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
