"""Follow-up benchmark: a campaign of 60 funded projects, 3 000 expenses and 600 photos.

Run on demand: ``python tests/bench/bench_followup.py [--projects 60] [--expenses 3000]
[--photos 600] [--photo-size 200000]``. Budgets (issue 6): the dashboard's follow-up
figures under 300 ms; each PDF (« Où est passé l'argent ? » A4 and A3, the end-of-edition
report) under 10 s; memory not growing with the number of photos beyond one at a time.

Each PDF is built in a child process that reports its time, pages and peak memory (the
resident set's high-water mark before the build — modules imported, fonts registered — and
after it). The same is done on a campaign holding a tenth of the photos: photos being read
one at a time, the peaks are the same whatever the number of photos kept.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from printing.followup_support import (  # noqa: E402
    bulk_expenses,
    bulk_photos,
    make_followup_campaign,
)

from pbdesk.domain.followup import FollowUpStatus  # noqa: E402
from pbdesk.store.database import open_database  # noqa: E402

KINDS = {"followup-A4": ("followup", "A4"), "followup-A3": ("followup", "A3"),
         "report": ("report", "A4")}  # fmt: skip


def _projects(count: int) -> list[tuple]:
    statuses = (FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE, FollowUpStatus.IN_PROGRESS)
    return [
        (
            f"Projet n° {n + 1} : jardin, fresque et fête de quartier",
            f"Association n° {n % 25 + 1}",
            5_000 + 250 * (n % 20),
            (1_000,),
            (),
            statuses[n % len(statuses)],
        )
        for n in range(count)
    ]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, db: str) -> None:
    """Build one PDF and print its figures as JSON (run in a fresh process)."""
    from pbdesk.printing import load_kind
    from pbdesk.printing.base import PrintOptions

    module_name, paper = KINDS[kind]
    database = open_database(db)
    campaign_id = 1
    module = load_kind(module_name)
    import PIL.Image  # noqa: F401
    import reportlab.pdfgen.canvas  # noqa: F401

    from pbdesk.printing.base import register_fonts

    register_fonts()
    before = _rss_mb()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "out.pdf"
        start = time.perf_counter()
        pages = module.build(database, campaign_id, target, PrintOptions(paper=paper))
        seconds = time.perf_counter() - start
        size = target.stat().st_size
    print(
        json.dumps(
            {
                "seconds": seconds,
                "pages": pages,
                "rss_before_mb": before,
                "rss_peak_mb": _rss_mb(),
                "pdf_mb": size / 2**20,
            }
        )
    )


def _run_child(kind: str, db: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(db)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def build_database(path: Path, projects: int, expenses: int, photos: int, size: int) -> float:
    start = time.perf_counter()
    database = open_database(path)
    folder = path.parent / "photos"
    folder.mkdir(exist_ok=True)
    campaign = make_followup_campaign(database, folder, projects=_projects(projects))
    recorded = projects  # one paid expense per project
    bulk_expenses(database, campaign.id, expenses - recorded)
    bulk_photos(database, campaign.id, photos - projects, size)  # one photo per project already
    database.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=60)
    parser.add_argument("--expenses", type=int, default=3000)
    parser.add_argument("--photos", type=int, default=600)
    parser.add_argument("--photo-size", type=int, default=200_000)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DB"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    folder = Path(tempfile.mkdtemp(prefix="pbdesk-bench-followup-"))
    try:
        few = folder / "few" / "workspace.sqlite3"
        many = folder / "many" / "workspace.sqlite3"
        for path in (few, many):
            path.parent.mkdir()
        setup = build_database(many, args.projects, args.expenses, args.photos, args.photo_size)
        build_database(few, args.projects, args.expenses, args.photos // 10, args.photo_size)
        print(
            f"campaign: {args.projects} funded projects, {args.expenses} expenses, "
            f"{args.photos} photos of {args.photo_size // 1000} KB "
            f"(database {many.stat().st_size / 2**20:.0f} MB, built in {setup:.1f} s)"
        )
        _dashboard(many)
        print(f"{'PDF':<12} {'photos':>6} {'time':>7} {'pages':>5} {'RSS before':>10} "
              f"{'RSS peak':>9} {'growth':>7} {'PDF size':>8}")  # fmt: skip
        for kind in KINDS:
            for label, db in ((args.photos // 10, few), (args.photos, many)):
                r = _run_child(kind, db)
                print(
                    f"{kind:<12} {label:>6} {r['seconds']:>6.2f}s {r['pages']:>5} "
                    f"{r['rss_before_mb']:>8.0f}MB {r['rss_peak_mb']:>7.0f}MB "
                    f"{r['rss_peak_mb'] - r['rss_before_mb']:>5.0f}MB {r['pdf_mb']:>6.1f}MB"
                )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _dashboard(path: Path) -> None:
    """The follow-up figures the dashboard and the editions page read, median of 7 runs."""
    from pbdesk.workspace.dashboard import dashboard
    from pbdesk.workspace.editions import list_editions
    from pbdesk.workspace.followup.alerts import followup_alerts
    from pbdesk.workspace.followup.projects import campaign_totals, list_projects
    from pbdesk.workspace.indicators import campaign_indicators

    database = open_database(path)
    jobs = {
        "followup.list_projects": lambda: list_projects(database, 1),
        "followup.campaign_totals": lambda: campaign_totals(database, 1),
        "followup.followup_alerts": lambda: followup_alerts(database, 1),
        "indicators.campaign_indicators": lambda: campaign_indicators(database, 1),
        "editions.list_editions": lambda: list_editions(database),
        "dashboard.dashboard": lambda: dashboard(database, 1),
    }
    total = []
    for name, job in jobs.items():
        times = []
        for _ in range(7):
            start = time.perf_counter()
            job()
            times.append(time.perf_counter() - start)
        total.append(statistics.median(times))
        print(f"{name:<32} {statistics.median(times) * 1000:7.1f} ms (median of 7)")
    print(f"{'all of the above, one after the other':<32} {sum(total) * 1000:7.1f} ms")
    database.close()


if __name__ == "__main__":
    main()
