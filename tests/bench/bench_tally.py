"""Tally benchmark: parsing, greedy, Equal Shares and its add1 completion, with peak memory.

Run on demand::

    python tests/bench/bench_tally.py [--pabutools-timeout S] [--generated-add1]

On ``Poland_Warszawa_2020_Bialoleka.pb`` (113 projects × 10 756 voters, from
``../shared/data/pabulib/``) and on a generated approval file of 100 projects × 100 000 voters.
Budgets (issue 4, 2-core machine): greedy under 50 ms after parsing, ``mes-add1`` on Białołęka
under 3 s with pabutools' outcome, parsing 100 000 ballots under 1 s.

If ``pabutools`` can be imported (it is GPL: install it in a separate environment only, e.g.
``python3 -m venv /tmp/pabuvenv && /tmp/pabuvenv/bin/pip install pabutools==1.2.3``, then
``PYTHONPATH=. /tmp/pabuvenv/bin/python tests/bench/bench_tally.py``), the same rules run in
pabutools too, each in a child process stopped after ``--pabutools-timeout`` seconds, and the
ratio is printed (a lower bound when pabutools was stopped). pbdesk never imports pabutools.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pbdesk.domain.tally import Election, ProfileBuilder, Project, Rule, VoteType, tally  # noqa: E402
from pbdesk.exchange.pabulib import read_pabulib, write_pabulib  # noqa: E402

PABULIB = ROOT.parent / "shared" / "data" / "pabulib"
BIALOLEKA = PABULIB / "Poland_Warszawa_2020_Bialoleka.pb"
RULES = ("greedy", "mes", "mes-add1")

PABUTOOLS_RULE = """
import sys, time
from pabutools.election import parse_pabulib, Cost_Sat
from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares
from pabutools.rules import exhaustion_by_budget_increase
start = time.perf_counter()
instance, profile = parse_pabulib(sys.argv[1])
parsed = time.perf_counter()
rule = sys.argv[2]
if rule == "greedy":
    outcome = greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
elif rule == "mes":
    outcome = method_of_equal_shares(instance, profile, sat_class=Cost_Sat)
elif rule == "mes-add1":
    outcome = exhaustion_by_budget_increase(
        instance, profile.as_multiprofile(), method_of_equal_shares, {"sat_class": Cost_Sat},
        budget_step=profile.num_ballots(), exhaustive_stop=False)
else:
    outcome = []
done = time.perf_counter()
print(parsed - start, done - parsed, ",".join(sorted(p.name for p in outcome)))
"""


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def peak_memory(action: Callable[[], Any]) -> float:
    """Peak Python allocations of ``action`` in MB (a separate, slower run under tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def generated_file(folder: Path, projects: int = 100, voters: int = 100_000) -> Path:
    """Approval ballots with a few popular projects and a long tail, like real PBs."""
    rng = random.Random(2024)
    popularity = [1 / (rank + 3) for rank in range(projects)]
    costs = [rng.randrange(20, 400) * 1000 for _ in range(projects)]
    election = Election(
        tuple(Project(str(100 + i), cost, f"Projet {i}") for i, cost in enumerate(costs)),
        sum(costs) // 4,
        "PLN",
    )
    builder = ProfileBuilder(VoteType.APPROVAL, projects)
    indices = list(range(projects))
    for _ in range(voters):
        size = min(projects, max(1, int(rng.expovariate(1 / 4))))
        chosen = set(rng.choices(indices, weights=popularity, k=size))
        builder.add(sorted(chosen))
    path = folder / "generated_100x100000.pb"
    write_pabulib(path, election, builder.build(), {"description": "generated for the bench"})
    return path


def pabutools_run(path: Path, rule: str, timeout: float) -> tuple[float | None, float | None, str]:
    """(parse seconds, rule seconds, outcome) from pabutools in a child process."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", PABUTOOLS_RULE, str(path), rule],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return None, None, ""
    parse, seconds, outcome = [*done.stdout.strip().split(" "), "", ""][:3]
    return float(parse), float(seconds), outcome


def bench_file(path: Path, label: str, rules: tuple[str, ...], args: argparse.Namespace) -> None:
    print(f"\n== {label}: {path.name}")
    parse_time, document = timed(lambda: read_pabulib(path))
    election, profile = document.election, document.profile
    print(
        f"   {len(election.projects)} projects, {profile.num_voters} voters, "
        f"{len(profile.groups)} distinct ballots"
    )
    print(f"   parse              {parse_time * 1000:9.1f} ms")
    results: dict[str, tuple[float, tuple[str, ...]]] = {}
    for rule in rules:
        seconds, result = timed(lambda rule=rule: tally(election, profile, Rule(rule)))
        results[rule] = (seconds, tuple(sorted(result.selected)))
        extra = ""
        if result.add1 is not None:
            extra = f"  ({result.add1.steps} budget raises, {result.add1.mes_runs} runs computed)"
        print(f"   {rule:<18} {seconds * 1000:9.1f} ms  {len(result.selected)} funded{extra}")
    memory = peak_memory(
        lambda: [tally(election, profile, Rule(rule)) for rule in rules if rule != "mes-add1"]
    )
    print(f"   peak memory (tracemalloc, parse excluded, rules but add1): {memory:.1f} MB")
    if "mes-add1" in rules:
        print(
            f"   peak memory of mes-add1 (tracemalloc): "
            f"{peak_memory(lambda: tally(election, profile, Rule.MES_ADD1)):.1f} MB"
        )
    print(
        f"   peak memory of parsing (tracemalloc): {peak_memory(lambda: read_pabulib(path)):.1f} MB"
    )
    if importlib.util.find_spec("pabutools") is None:
        print("   pabutools: not installed here (see the docstring)")
        return
    for rule in rules:
        parse, seconds, outcome = pabutools_run(path, rule, args.pabutools_timeout)
        ours, selected = results[rule]
        if seconds is None:
            print(
                f"   pabutools {rule:<12} > {args.pabutools_timeout:.0f} s (stopped): "
                f"pbdesk at least {args.pabutools_timeout / ours:,.0f}× faster"
            )
            continue
        same = "same outcome" if tuple(outcome.split(",")) == selected else "DIFFERENT OUTCOME"
        print(
            f"   pabutools {rule:<12} {seconds * 1000:9.1f} ms (parse {parse * 1000:.0f} ms): "
            f"pbdesk {seconds / ours:,.1f}× faster, {same}"
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pabutools-timeout", type=float, default=120.0)
    parser.add_argument(
        "--generated-add1", action="store_true", help="also mes-add1 on the generated file"
    )
    args = parser.parse_args()
    if BIALOLEKA.is_file():
        bench_file(BIALOLEKA, "Warszawa 2020 Białołęka", RULES, args)
    else:
        print(f"(no {BIALOLEKA})")
    with tempfile.TemporaryDirectory() as folder:
        path = generated_file(Path(folder))
        rules = RULES if args.generated_add1 else RULES[:2]
        bench_file(path, "generated approval file", rules, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
