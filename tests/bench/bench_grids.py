"""Review grids benchmark: 500 applications × 10 criteria × 8 reviewers, through real files.

Run on demand: ``python tests/bench/bench_grids.py [--applications N] [--criteria N]
[--reviewers N] [--db URL]``. It builds the campaign (not timed), then times each step of
the round trip: export the eight grids (one workbook each), fill them as reviewers would
(openpyxl opens, fills every input cell, saves), import them back (checked whole, then
applied), and import them all again (nothing changes). It prints each step's time and the
process's peak memory. Budget (issue 3): export + fill + import under 15 s on a 2-core
machine.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pbdesk.domain.review import CriterionKind, Recommendation  # noqa: E402
from pbdesk.grids import export_grids, import_grid  # noqa: E402
from pbdesk.grids import layout as L  # noqa: E402
from pbdesk.store.database import Database, open_database  # noqa: E402

BUDGET_SECONDS = 15.0


def peak_mb() -> float:
    """The process's peak resident memory so far (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(database: Database, applications: int, criteria: int, reviewers: int) -> int:
    from pbdesk.domain.campaign import FrameInput, TerritoryInput
    from pbdesk.store.models import Application, Criterion, Holder, Reviewer
    from pbdesk.workspace.call import call_row
    from pbdesk.workspace.campaigns import create_campaign

    campaign_id = create_campaign(
        database,
        FrameInput(
            name="Banc d’essai",
            year=2026,
            slug="banc-2026",
            envelope="500 000",
            territories=[TerritoryInput(name="Quartier", postcode="13015", commune="Marseille")],
        ),
        "bench",
    )
    eligibility = max(1, criteria * 4 // 10)
    with database.session() as session:
        call_row(session, campaign_id)
        for position in range(criteria):
            kind = CriterionKind.ELIGIBILITY if position < eligibility else CriterionKind.SCORED
            session.add(
                Criterion(
                    campaign_id=campaign_id,
                    kind=kind.value,
                    position=position,
                    name=f"Critère {position + 1} : une formulation assez longue, comme souvent",
                    description="Ce que le critère regarde, en une phrase.",
                    weight=1 + position % 3,
                    scale_min=0,
                    scale_max=3 if kind is CriterionKind.SCORED else 1,
                )
            )
        holders = [Holder(name=f"Association n° {n}") for n in range(50)]
        session.add_all(holders)
        session.flush()
        session.add_all(
            Application(
                campaign_id=campaign_id,
                number=n + 1,
                title=f"Projet {n + 1} : des actions avec les habitants du quartier",
                holder_id=holders[n % len(holders)].id,
                requested_cents=100_000 + 2_500 * n,
                summary="Un résumé de deux ou trois lignes, comme ceux que les porteurs "
                "écrivent, pour que l’instructeur sache de quoi il s’agit.",
            )
            for n in range(applications)
        )
        session.add_all(
            Reviewer(campaign_id=campaign_id, name=f"Instructeur {n + 1}") for n in range(reviewers)
        )
    return campaign_id


def fill(source: Path, target: Path, rng: random.Random) -> int:
    """Fill every input cell of every grid sheet as a reviewer would; returns cells filled."""
    import openpyxl

    workbook = openpyxl.load_workbook(source)
    recommendations = [r.label for r in Recommendation]
    filled = 0
    for ws in workbook.worksheets:
        if ws.title == L.META_SHEET or ws.cell(L.CODE_ROW, 2).value != "number":
            continue
        codes = [(cell.column, str(cell.value)) for cell in ws[L.CODE_ROW] if cell.value]
        for row in range(L.FIRST_ROW, ws.max_row + 1):
            for column, code in codes:
                kind, _ = L.parse_code(code)
                if kind == L.ELIGIBLE:
                    value: object = "oui" if rng.random() > 0.05 else "non"
                    ws.cell(row, column).value = value
                    if value == "non":
                        ws.cell(row, column + 1).value = "Part de fonctionnement trop élevée"
                elif kind == L.SCORE:
                    ws.cell(row, column).value = rng.randint(0, 3)
                elif kind == L.RECOMMENDATION:
                    ws.cell(row, column).value = rng.choice(recommendations)
                elif kind == L.COMMENT:
                    ws.cell(row, column).value = "Projet cohérent ; budget à préciser."
                else:
                    continue
                filled += 1
    workbook.save(target)
    return filled


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applications", type=int, default=500)
    parser.add_argument("--criteria", type=int, default=10)
    parser.add_argument("--reviewers", type=int, default=8)
    parser.add_argument("--db", help="a database URL (default: a SQLite file in a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        database = open_database(args.db or work / "bench.sqlite3")
        try:
            campaign_id = build(database, args.applications, args.criteria, args.reviewers)
            with database.session() as session:
                from sqlalchemy import select

                from pbdesk.store.models import Reviewer

                reviewer_ids = list(
                    session.scalars(select(Reviewer.id).where(Reviewer.campaign_id == campaign_id))
                )
            print(
                f"{args.applications} applications × {args.criteria} criteria × "
                f"{len(reviewer_ids)} reviewers ({database.engine.dialect.name}); "
                f"peak memory before: {peak_mb():.0f} MB"
            )
            times: dict[str, float] = {}

            start = time.perf_counter()
            blanks = []
            for reviewer_id in reviewer_ids:
                path = work / f"grid-{reviewer_id}.xlsx"
                export_grids(database, campaign_id, path, reviewer_id)
                blanks.append(path)
            times["export"] = time.perf_counter() - start
            size = sum(p.stat().st_size for p in blanks) / len(blanks) / 1024
            print(
                f"export  {times['export']:6.2f} s  ({size:.0f} kB per grid)  "
                f"peak {peak_mb():.0f} MB"
            )

            rng = random.Random(2026)
            start = time.perf_counter()
            filled_paths, cells = [], 0
            for path in blanks:
                target = path.with_name(path.stem + "-filled.xlsx")
                cells += fill(path, target, rng)
                filled_paths.append(target)
            times["fill"] = time.perf_counter() - start
            print(f"fill    {times['fill']:6.2f} s  ({cells} cells)  peak {peak_mb():.0f} MB")

            start = time.perf_counter()
            changed = 0
            for path in filled_paths:
                result = import_grid(database, campaign_id, path, "bench")
                if not result.ok:
                    print("\n".join(result.problems[:5]))
                    return 1
                changed += sum(r.values_changed for r in result.reviewers)
            times["import"] = time.perf_counter() - start
            print(f"import  {times['import']:6.2f} s  ({changed} values)  peak {peak_mb():.0f} MB")

            start = time.perf_counter()
            for path in filled_paths:
                result = import_grid(database, campaign_id, path, "bench")
                assert result.ok and not result.changes_anything
            again = time.perf_counter() - start
            print(f"again   {again:6.2f} s  (nothing changes)  peak {peak_mb():.0f} MB")
        finally:
            database.close()
    total = times["export"] + times["fill"] + times["import"]
    verdict = "within" if total <= BUDGET_SECONDS else "OVER"
    print(f"round trip {total:.2f} s ({verdict} the {BUDGET_SECONDS:.0f} s budget)")
    return 0 if total <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
