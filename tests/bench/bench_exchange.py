"""Project files benchmark: a big campaign exported, imported, and merged, with memory.

Run on demand: ``python tests/bench/bench_exchange.py [--applications 500]
[--attachments-mb 50] [--rows 20000] [--db URL]``.

It builds (not timed) a campaign of ``--applications`` applications with budget lines,
stakes, status changes, and ``--attachments-mb`` of attachments (random bytes, 500 kB each).
The issue asks for 20 000 ballots; ballots are not in pbdesk yet (the vote feature adds
them), so the campaign gets ``--rows`` small records of what exists instead: reviews and
their per-criterion values (five reviewers, each of their reviews answering criteria), which
travel and merge the same way ballots will.

Each step runs in a fresh process, once for its time and peak resident memory (``ru_maxrss``,
the interpreter and its libraries included) and once under ``tracemalloc`` for the peak of
Python allocations:

- export: the campaign to a ``.pbdesk`` file;
- import: the file into an empty database (summary, then import);
- merge: two copies diverged (200 applications changed on one side, 200 on the other, 50 of
  them on both, 40 added on each side), one side's file merged into the other.

Budget (issue 7): each step under 10 s on a 2-core machine, peak memory under 200 MB
whatever the attachments' total size (run with ``--attachments-mb 200`` to see it stays flat).
``--db`` runs the import and the merge into that database instead of a SQLite file (a
PostgreSQL URL; it is emptied first).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BUDGET_SECONDS = 10.0
BUDGET_MB = 200.0
ATTACHMENT_BYTES = 500 * 1024


def build(path: Path, applications: int, attachments_mb: int, rows: int) -> None:
    """The big campaign, written with bulk inserts (not part of what is measured)."""
    import hashlib
    import uuid
    from datetime import UTC, datetime

    from sqlalchemy import insert, select

    from pbdesk.domain.campaign import FrameInput, TerritoryInput
    from pbdesk.store.blobs import blob_placeholder, write_blob
    from pbdesk.store.database import open_database
    from pbdesk.store.models import (
        Application,
        ApplicationStake,
        Attachment,
        BudgetLine,
        Criterion,
        Holder,
        Review,
        Reviewer,
        ReviewValue,
        Stake,
        StatusChange,
    )
    from pbdesk.workspace.campaigns import create_campaign

    database = open_database(path)
    campaign_id = create_campaign(
        database,
        FrameInput(
            name="Banc d’essai des fichiers",
            year=2026,
            slug="banc-echange-2026",
            envelope="950 000",
            territories=[TerritoryInput(name="Quartier", postcode="13015", commune="Marseille")],
        ),
        "bench",
    )
    now = datetime.now(UTC)

    def meta() -> dict[str, object]:
        return {"uuid": str(uuid.uuid4()), "created_at": now, "updated_at": now, "version": 1}

    with database.engine.begin() as connection:

        def add(model: type, rows_: list[dict[str, object]]) -> list[int]:
            table = model.__table__  # type: ignore[attr-defined]
            result = connection.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True),
                [{**meta(), **row} for row in rows_],
            )
            return [row[0] for row in result]

        holders = add(
            Holder,
            [
                {
                    "name": f"Association {n}",
                    "kind": "association",
                    "rna": "",
                    "siret": "",
                    "address": "",
                    "email": "",
                    "phone": "",
                    "is_sample": False,
                    "earlier_edition": False,
                }
                for n in range(applications // 3)
            ],
        )
        stakes = add(
            Stake,
            [
                {
                    "campaign_id": campaign_id,
                    "position": n,
                    "title": f"Enjeu {n}",
                    "description": "",
                    "source": "",
                }
                for n in range(6)
            ],
        )
        application_ids = add(
            Application,
            [
                {
                    "campaign_id": campaign_id,
                    "number": n + 1,
                    "title": f"Projet {n + 1}",
                    "holder_id": holders[n % len(holders)],
                    "requested_cents": 100000 + n,
                    "summary": "Un projet pour le quartier. " * 4,
                    "description": "Détails. " * 20,
                    "target_public": "Habitants",
                    "status": "submitted",
                    "status_reason": "",
                }
                for n in range(applications)
            ],
        )
        add(
            BudgetLine,
            [
                {
                    "application_id": a,
                    "position": p,
                    "label": f"Poste {p}",
                    "amount_cents": 50000,
                    "other_funders": "",
                }
                for a in application_ids
                for p in range(2)
            ],
        )
        add(
            ApplicationStake,
            [
                {"application_id": a, "stake_id": stakes[i % 6]}
                for i, a in enumerate(application_ids)
            ],
        )
        add(
            StatusChange,
            [
                {
                    "application_id": a,
                    "at": now,
                    "author": "bench",
                    "before": "submitted",
                    "after": "admissible",
                    "reason": "",
                }
                for a in application_ids
            ],
        )
        criteria = add(
            Criterion,
            [
                {
                    "campaign_id": campaign_id,
                    "kind": "scored",
                    "position": n,
                    "name": f"Critère {n}",
                    "description": "",
                    "weight": 1,
                    "scale_min": 0,
                    "scale_max": 3,
                }
                for n in range(6)
            ],
        )
        reviewers = add(
            Reviewer,
            [
                {
                    "campaign_id": campaign_id,
                    "name": f"Instructeur {n}",
                    "kind": "service",
                    "organisation": "",
                    "email": "",
                    "all_applications": True,
                }
                for n in range(5)
            ],
        )
        # ~rows small records: reviews and their values stand for the ballots.
        per_review = len(criteria) + 1
        reviews_wanted = max(1, rows // per_review)
        pairs = [(r, a) for a in application_ids for r in reviewers][:reviews_wanted]
        review_ids = add(
            Review,
            [
                {
                    "reviewer_id": r,
                    "application_id": a,
                    "recommendation": "favourable",
                    "comment": "",
                    "source": "app",
                }
                for r, a in pairs
            ],
        )
        add(
            ReviewValue,
            [
                {
                    "review_id": review,
                    "criterion_id": c,
                    "score": (review + c) % 4,
                    "eligible": None,
                    "reason": "",
                }
                for review in review_ids
                for c in criteria
            ],
        )
        table = Attachment.__table__
        count = attachments_mb * 1024 * 1024 // ATTACHMENT_BYTES
        for number in range(count):
            content = os.urandom(ATTACHMENT_BYTES)
            new_id = connection.execute(
                insert(table)
                .values(
                    **meta(),
                    application_id=application_ids[number % len(application_ids)],
                    filename=f"piece-{number}.pdf",
                    media_type="application/pdf",
                    size=len(content),
                    sha256=hashlib.sha256(content).hexdigest(),
                    content=blob_placeholder(connection, len(content)),
                )
                .returning(table.c.id)
            ).scalar_one()
            write_blob(connection, table, "content", new_id, [content], len(content))
        assert connection.execute(select(table.c.id)).first() is not None or count == 0
    database.close()


def diverge(path: Path, side: str) -> None:
    """Change 200 applications (50 shared by both sides) and add 40."""
    from sqlalchemy import select

    from pbdesk.store.database import open_database
    from pbdesk.store.models import Application

    database = open_database(path)
    with database.session() as session:
        rows = session.scalars(select(Application).order_by(Application.number)).all()
        chosen = rows[:200] if side == "a" else rows[150:350]
        for row in chosen:
            row.title = f"{row.title} ({side})"
        campaign_id = rows[0].campaign_id
        last = rows[-1].number
        for n in range(40):
            session.add(
                Application(
                    campaign_id=campaign_id, number=last + 1 + n, title=f"Nouveau {side}{n}"
                )
            )
    database.close()


STEP = r"""
import json, resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])
step, traced, source, target, file = sys.argv[2:7]
traced = traced == "1"
from pbdesk.store.database import open_database
from pbdesk.exchange.project_file import apply_import, export_campaign, plan_import
if traced:
    tracemalloc.start()
start = time.perf_counter()
detail = {}
if step == "export":
    database = open_database(source)
    result = export_campaign(database, 1, file)
    detail = {"records": result.records, "attachments": result.attachments, "bytes": result.size}
else:
    database = open_database(target)
    plan = plan_import(database, file)
    result = apply_import(database, plan, author="bench")
    detail = {"added": result.added, "updated": result.updated, "conflicts": len(plan.conflicts),
              "same": sum(1 for p in plan.plans() if p.action.value == "same")}
database.close()
elapsed = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1] if traced else 0
print(json.dumps({"seconds": elapsed, "traced_mb": peak / 2**20,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, **detail}))
"""


def run_step(step: str, traced: bool, source: Path, target: str, file: Path) -> dict[str, float]:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            STEP,
            str(ROOT),
            step,
            "1" if traced else "0",
            str(source),
            target,
            str(file),
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"{step} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def empty_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=500)
    parser.add_argument("--attachments-mb", type=int, default=50)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--db", help="import and merge into this database (PostgreSQL URL)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="pbdesk-bench-exchange-"))
    try:
        source = folder / "a.sqlite3"
        started = time.perf_counter()
        build(source, args.applications, args.attachments_mb, args.rows)
        print(
            f"built in {time.perf_counter() - started:.1f} s: {args.applications} applications, "
            f"{args.attachments_mb} MB of attachments, ~{args.rows} review records "
            f"(standing for ballots); source file {source.stat().st_size / 2**20:.0f} MB"
        )
        file = folder / "campaign.pbdesk"

        def target_for(name: str, seed: Path | None = None) -> str:
            if args.db:
                empty_postgres(args.db)
                if seed is not None:
                    from pbdesk.store.copy import copy_database

                    copy_database(seed, args.db)
                return args.db
            path = folder / name
            for side in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                side.unlink(missing_ok=True)
            if seed is not None:
                shutil.copyfile(seed, path)
            return str(path)

        results = {}
        for traced in (False, True):
            results[("export", traced)] = run_step("export", traced, source, "", file)
            results[("import", traced)] = run_step(
                "import", traced, source, target_for("fresh.sqlite3"), file
            )
        # Merge: B is a copy of A that went its own way; B's file is merged into A.
        merge_file = folder / "b.pbdesk"
        side_b = folder / "b.sqlite3"
        shutil.copyfile(source, side_b)
        run_step("export", False, side_b, "", merge_file)  # records the exchanged states
        seed = folder / "a-seed.sqlite3"
        shutil.copyfile(source, seed)
        # A and B both received the same first file (their common history).
        run_step("import", False, seed, str(side_b), merge_file)
        diverge(seed, "a")
        diverge(side_b, "b")
        run_step("export", False, side_b, "", merge_file)
        for traced in (False, True):
            target = target_for("merge-target.sqlite3", seed)
            results[("merge", traced)] = run_step("merge", traced, seed, target, merge_file)

        print(f"\n{'step':<8} {'time':>8} {'peak RSS':>10} {'peak Python':>12}  detail")
        ok = True
        for step in ("export", "import", "merge"):
            timed, traced = results[(step, False)], results[(step, True)]
            detail = {k: v for k, v in timed.items() if k not in ("seconds", "traced_mb", "rss_mb")}
            print(
                f"{step:<8} {timed['seconds']:>7.2f}s {timed['rss_mb']:>8.0f}MB "
                f"{traced['traced_mb']:>10.1f}MB  {detail}"
            )
            ok = ok and timed["seconds"] < BUDGET_SECONDS and timed["rss_mb"] < BUDGET_MB
        print(
            f"\nbudget: each step under {BUDGET_SECONDS:.0f} s and {BUDGET_MB:.0f} MB: "
            + ("met" if ok else "MISSED")
        )
        return 0 if ok else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
