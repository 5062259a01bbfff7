"""Small helpers shared by the tally tests: building elections and a reference Equal Shares."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

from pbdesk.domain.tally import Election, Profile, Project, VoteType

PABULIB = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "pabulib"


def approval(
    costs: Sequence[int], budget: int, ballots: Sequence[Sequence[int]], ids: Sequence[str] = ()
) -> tuple[Election, Profile]:
    """An approval election: project ``i`` costs ``costs[i]`` (ids "p0", "p1"… by default)."""
    names = list(ids) or [f"p{i}" for i in range(len(costs))]
    election = Election(
        tuple(Project(name, cost) for name, cost in zip(names, costs, strict=True)), budget
    )
    return election, Profile.from_ballots(VoteType.APPROVAL, len(costs), ballots)


def reference_mes(
    costs: Sequence[int],
    budget: int | Fraction,
    ballots: Sequence[Sequence[int]],
    ids: Sequence[str],
    *,
    cardinality: bool = False,
) -> list[int]:
    """pabutools' Equal Shares written plainly in fractions, voter by voter (slow, obvious)."""
    voters = len(ballots)
    if voters == 0:
        return []
    money = [Fraction(budget) / voters] * voters
    supported = {q for ballot in ballots for q in ballot}
    selected = sorted((q for q in supported if costs[q] == 0), key=lambda q: ids[q])
    candidates = {q for q in supported if costs[q] > 0}
    while True:
        best: tuple[Fraction, str, int, Fraction] | None = None
        for q in sorted(candidates):
            fans = [i for i in range(voters) if q in ballots[i]]
            if sum(money[i] for i in fans) < costs[q]:
                candidates.discard(q)
                continue
            paid, left = Fraction(0), len(fans)
            for i in sorted(fans, key=lambda i: money[i]):
                price = (costs[q] - paid) / left
                if price <= money[i]:
                    break
                paid += money[i]
                left -= 1
            rho = price if cardinality else price / costs[q]
            if best is None or (rho, ids[q]) < best[:2]:
                best = (rho, ids[q], q, price)
        if best is None:
            return selected
        _, _, q, price = best
        for i in range(voters):
            if q in ballots[i]:
                money[i] -= min(money[i], price)
        selected.append(q)
        candidates.discard(q)


def reference_add1(
    costs: Sequence[int], budget: int, ballots: Sequence[Sequence[int]], ids: Sequence[str]
) -> list[int]:
    """pabutools' exhaustion_by_budget_increase(step = voters, exhaustive_stop=False)."""
    voters = len(ballots)
    previous: list[int] = []
    virtual = budget
    while virtual <= budget * (voters + 1):
        outcome = reference_mes(costs, virtual, ballots, ids)
        if sum(costs[q] for q in outcome) > budget:
            return previous
        previous = outcome
        virtual += max(voters, 1)
    return previous
