"""Vote benchmark: typing ballots one by one, and counting a campaign of 100 000 ballots.

Run on demand: ``python tests/bench/bench_vote.py [--ballots N] [--projects P] [--db URL]``.
Budgets (issue 4): entering a ballot well under 50 ms on SQLite (the entry screen types
1 000 in a test); counting 100 000 ballots a few seconds at most.

The 100 000 ballots are written straight into one closed entry session (typing them through
``enter_ballot`` would take minutes and measure the same thing 100 000 times); the count
then runs exactly as the app runs it: official stacks, grouping in SQL, profile, rule.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import insert, select

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from vote.support import AUTHOR, make_vote_campaign  # noqa: E402

from pbdesk.domain.tally import Rule  # noqa: E402
from pbdesk.domain.vote import VoteSettings, code_order, encode_choices  # noqa: E402
from pbdesk.store.database import open_database  # noqa: E402
from pbdesk.store.models import Ballot, EntrySession  # noqa: E402
from pbdesk.workspace import ballots  # noqa: E402
from pbdesk.workspace.tie_draws import record_draw  # noqa: E402
from pbdesk.workspace.vote import get_settings, save_settings, unfreeze_settings  # noqa: E402
from pbdesk.workspace.vote_results import count_votes  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ballots", type=int, default=100_000)
    parser.add_argument("--projects", type=int, default=20)
    parser.add_argument("--typed", type=int, default=1_000)
    parser.add_argument("--db", help="a database URL (default: a new SQLite file)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="pbdesk-bench-vote-")
    database = open_database(args.db or Path(folder) / "bench.sqlite3")
    rng = random.Random(2026)
    costs = [rng.randrange(2_000, 30_000, 500) for _ in range(args.projects)]
    voting = make_vote_campaign(
        database, costs, VoteSettings(max_choices=5), envelope=f"{sum(costs) // 3}"
    )

    entry = ballots.open_entry(database, voting.stations[0], "Bench", AUTHOR, stack_label="typed")
    codes = [str(n + 1) for n in range(args.projects)]
    durations = []
    for _ in range(args.typed):
        line = " ".join(rng.sample(codes, rng.randint(0, 5)))
        start = time.perf_counter()
        ballots.enter_ballot(database, entry.id, line, AUTHOR)
        durations.append(time.perf_counter() - start)
    ballots.close_entry(database, entry.id, AUTHOR)
    durations.sort()
    print(
        f"enter_ballot ({args.typed} typed, {database.engine.dialect.name}): "
        f"median {statistics.median(durations) * 1000:.2f} ms, "
        f"p95 {durations[int(len(durations) * 0.95)] * 1000:.2f} ms, "
        f"max {durations[-1] * 1000:.2f} ms"
    )

    weights = [1 / (rank + 1) ** 0.7 for rank in range(args.projects)]
    bulk = ballots.open_entry(database, voting.stations[0], "Bench", AUTHOR, stack_label="bulk")
    with database.session() as session:
        opened = session.scalar(select(EntrySession.opened_at).where(EntrySession.id == bulk.id))
        rows = []
        for sequence in range(1, args.ballots + 1):
            # Popular projects are chosen more often, as in real votes.
            chosen = sorted(set(rng.choices(codes, weights, k=rng.randint(1, 5))), key=code_order)
            rows.append(
                {
                    "session_id": bulk.id,
                    "sequence": sequence,
                    "typed": "",
                    "choices": encode_choices(chosen),
                    "status": "valid",
                    "reason": "",
                    "remark": "",
                    "created_at": opened,
                    "updated_at": opened,
                    "uuid": f"00000000-0000-4000-8000-{sequence:012d}",
                    "version": 1,
                }
            )
        session.execute(insert(Ballot), rows)
        distinct = len({row["choices"] for row in rows})
    ballots.close_entry(database, bulk.id, AUTHOR)
    total = args.ballots + args.typed
    record_draw(database, voting.id, "bench", AUTHOR, seed=1)
    for rule in (Rule.GREEDY, Rule.MES, Rule.MES_ADD1, Rule.THRESHOLD):
        if rule is Rule.THRESHOLD:
            view = get_settings(database, voting.id)
            unfreeze_settings(database, voting.id, "bench", AUTHOR)
            save_settings(
                database,
                voting.id,
                replace(view.settings, rule=Rule.THRESHOLD, threshold_percent=5),  # type: ignore[arg-type]
                AUTHOR,
            )
        start = time.perf_counter()
        result = count_votes(database, voting.id, AUTHOR, rule=rule)
        elapsed = time.perf_counter() - start
        print(
            f"count_votes {rule.value} on {total} ballots × {args.projects} projects "
            f"({distinct} distinct): {elapsed:.2f} s ({len(result.selected)} funded)"
        )
    database.close()


if __name__ == "__main__":
    main()
