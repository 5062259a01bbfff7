"""The Method of Equal Shares for approval-like ballots, fast and exact.

Each voter starts with an equal share ``β`` of the budget. In each round, for every project
still possible, the price ``t`` is the smallest amount such that its supporters pay it
(``min(budget, t)`` each) and cover the cost; ``ρ = t / cost`` with cost utilities (``t`` with
cardinality utilities). The project with the smallest ``ρ`` is funded (ties by the tie rule);
its supporters pay; projects whose supporters no longer have the money drop out. This is
pabutools' ``method_of_equal_shares``, which ``expected.json`` records.

Speed: voters with the same support set form one group with a weight; budgets are floats,
supporters of a project are gathered with C-level ``map`` and sorted, the price is found by
binary search over the sorted budgets (groups of one voter and heavier groups are kept apart
so the common case needs no weights), and, as pabutools does, a project is re-evaluated in a
round only if its last known ``ρ`` (a lower bound: ``ρ`` never falls within a run) is below
the best of the round.

Exactness: floats are only a filter. A global bound ``E`` on every budget's error is kept,
and every decision — who is poor (pays all they have) for a price, whether a project is
affordable, which project has the smallest ``ρ`` — is taken from floats only when the float
margin exceeds the computed error bound. Otherwise the decision is redone in ``Fraction``:
each voter's exact budget is ``β`` minus the exact prices of the rounds they paid in full,
or 0 once they gave all they had, and each round's exact price follows from the exact
budgets of its poor supporters, both rebuilt on demand from the rounds' records. So the
outcome is exactly that of rational arithmetic; two prices closer than float precision are
told apart by the exact path (see ``tests/tally/test_exact.py``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import accumulate
from math import inf
from operator import itemgetter, mul

from pbdesk.domain.tally.election import Election, Profile
from pbdesk.domain.tally.ties import TieBreak, TieBreaker

#: Twice the unit roundoff of a double: every error bound below uses it generously.
_U = 2.0**-52
#: Groups of at most this many voters are listed once per voter in the supporter lists (a
#: plain sort then does; heavier groups go through a slower weighted sort).
_EXPAND = 8
#: A signature entry for a project found unaffordable.
_UNAFFORDABLE = -1

#: How much a run writes down: nothing, a cheap summary, or the full decision signature.
RECORD_NONE, RECORD_SUMMARY, RECORD_FULL = 0, 1, 2


class MesModel:
    """An instance prepared for Equal Shares: support groups and per-project supporter lists.

    Built once and shared by every run (add1 runs Equal Shares many times on it).
    """

    def __init__(self, election: Election, profile: Profile, *, cardinality: bool = False) -> None:
        self.election = election
        self.cardinality = cardinality
        self.num_voters = profile.num_voters
        costs = [project.cost for project in election.projects]
        self.costs = costs
        support = sorted((key, w) for key, w in profile.support_groups().items() if key)
        self.group_sets: list[frozenset[int]] = [frozenset(key) for key, _ in support]
        self.group_weights: list[int] = [w for _, w in support]
        count = len(costs)
        unit: list[list[int]] = [[] for _ in range(count)]
        heavy: list[list[int]] = [[] for _ in range(count)]
        heavy_w: list[list[int]] = [[] for _ in range(count)]
        for g, (key, w) in enumerate(support):
            for q in key:
                if w <= _EXPAND:
                    unit[q].extend([g] * w)
                else:
                    heavy[q].append(g)
                    heavy_w[q].append(w)
        self.unit = unit
        self.heavy = heavy
        self.heavy_w = heavy_w
        self.weight = [len(unit[q]) + sum(heavy_w[q]) for q in range(count)]
        ids = [project.id for project in election.projects]
        self.candidates = [q for q in range(count) if costs[q] > 0 and self.weight[q] > 0]
        #: Supported projects that cost nothing: funded before the first round.
        self.free = sorted(
            (q for q in range(count) if costs[q] == 0 and self.weight[q] > 0), key=ids.__getitem__
        )
        self.by_cost = sorted(self.candidates, key=lambda q: (-costs[q], q))

    def supported_cost(self) -> int:
        """The total cost of the projects that at least one voter supports."""
        return sum(c for c, w in zip(self.costs, self.weight, strict=True) if w > 0)


@dataclass
class _Eval:
    """A project's price in the current round (float, with its error bound, or exact)."""

    q: int
    t: float
    delta: float  # |t - exact t| ≤ delta
    rho: float
    drho: float
    tl: float  # the largest poor budget (-1: nobody is poor)
    w_rich: int
    w_partial: int  # weight of supporters with money who give all of it
    ui: Sequence[int]
    ub: Sequence[float]
    hi: Sequence[int]
    hb: Sequence[float]
    hw: Sequence[int]
    exact_t: Fraction | None = None
    exact_rho: Fraction | None = None
    exact_budgets: dict[int, Fraction] | None = None  # set by the exact path


@dataclass
class _Round:
    """What the exact reconstruction needs to know about a past round."""

    q: int
    ev: _Eval
    exact_t: Fraction | None = None


@dataclass
class RunOutcome:
    """A run of Equal Shares: the funded projects in order and, when asked, its decisions."""

    selected: list[int]
    complete: bool
    feasible: bool | None
    summary: list[object] = field(default_factory=list)
    signature: list[object] = field(default_factory=list)
    run: MesRun | None = None


class MesRun:
    """One run of Equal Shares with a given budget per voter (a ``Fraction``)."""

    def __init__(
        self,
        model: MesModel,
        budget_per_voter: Fraction,
        ties: TieBreaker,
        *,
        stop_when_decided: int | None = None,
        record: int = RECORD_NONE,
    ) -> None:
        self.model = model
        self.ties = ties
        self.b0 = budget_per_voter
        self.b0f = float(budget_per_voter)
        self.fb = [self.b0f] * len(model.group_weights)
        self.error = _U * self.b0f
        self.live_u = list(model.unit)
        self.live_h = list(model.heavy)
        self.live_hw = list(model.heavy_w)
        self.live_w = list(model.weight)
        self.get_u: list[Callable[[list[float]], Sequence[float]] | None] = [None] * len(
            model.costs
        )
        self.had_poor = [False] * len(model.costs)
        #: Project → (a certain lower bound of its supporters' money, spending then).
        self.affordable_at: dict[int, tuple[float, int]] = {}
        self.rounds: list[_Round] = []
        self.round_of: dict[int, int] = {}
        self._exact_budget: dict[tuple[int, int], Fraction] = {}
        self.stop_when_decided = stop_when_decided
        self.record = record
        self.summary: list[object] = []
        self.signature: list[object] = []

    # -- floats ---------------------------------------------------------------------------

    def get_unit(self, q: int) -> Callable[[list[float]], Sequence[float]]:
        """Gathers the budgets of ``q``'s supporters listed one per voter."""
        getter = self.get_u[q]
        if getter is None:
            getter = self.get_u[q] = _getter(self.live_u[q])
        return getter

    def _evaluate(self, q: int) -> _Eval | None:
        """``q``'s price now; ``None`` if its supporters cannot pay for it."""
        fb = self.fb
        error = self.error
        c = self.model.costs[q]
        ui = self.live_u[q]
        ub = self.get_unit(q)(fb)
        hi = self.live_h[q]
        hb = list(map(fb.__getitem__, hi)) if hi else []
        hw = self.live_hw[q]
        weight = self.live_w[q]
        t0 = c / weight
        lowest = -1.0 if self.had_poor[q] else min(min(ub, default=inf), min(hb, default=inf))
        if lowest > t0:
            delta = 2 * _U * t0
            if lowest - error > t0 + delta:
                return self._finish(q, t0, delta, -1.0, weight, 0, ui, ub, hi, hb, hw)
            return self._evaluate_exactly(q)
        su = sorted(ub)
        nu = len(su)
        acc_u = list(accumulate(su, initial=0.0))
        if hb:
            order = sorted(range(len(hb)), key=hb.__getitem__)
            sh = [hb[i] for i in order]
            sw = [hw[i] for i in order]
            acc_hb: list[float] = list(accumulate(map(mul, sh, sw), initial=0.0))
            acc_hw = list(accumulate(sw, initial=0))
        else:
            sh = []
            acc_hb = [0.0]
            acc_hw = [0]
        nh = len(sh)
        target = float(c)
        heavy_weight = acc_hw[-1]
        avail = acc_u[-1] + acc_hb[-1]
        margin = weight * error + (nu + nh + 4) * _U * avail
        if avail + margin < c:
            return None
        if avail - margin < c:
            return self._evaluate_exactly(q)

        if sh:

            def money_at(x: float) -> float:
                i = bisect_left(su, x)
                j = bisect_left(sh, x)
                return acc_u[i] + (nu - i) * x + acc_hb[j] + (heavy_weight - acc_hw[j]) * x

            a = bisect_left(range(nu), target, key=lambda i: money_at(su[i]))
            b = bisect_left(range(nh), target, key=lambda j: money_at(sh[j]))
        else:
            a = bisect_left(range(nu), target, key=lambda i: acc_u[i] + (nu - i) * su[i])
            b = 0
        tl = max(su[a - 1] if a else -1.0, sh[b - 1] if b else -1.0)
        if tl < 0.0:
            i = j = 0
        else:
            i = bisect_right(su, tl)
            j = bisect_right(sh, tl)
        poor_money = acc_u[i] + acc_hb[j]
        w_rich = (nu - i) + (heavy_weight - acc_hw[j])
        t = (c - poor_money) / w_rich
        zu = bisect_right(su, 0.0)
        zh = bisect_right(sh, 0.0)
        w_partial = (i - zu) + (acc_hw[j] - acc_hw[zh])
        delta = (w_partial * error + (i + j + 4) * _U * (c + poor_money)) / w_rich + 4 * _U * t
        richest_poor_ok = tl <= 0.0 or tl + error < t - delta
        lowest_rich = min(su[i] if i < nu else inf, sh[j] if j < nh else inf)
        if not (richest_poor_ok and lowest_rich - error > t + delta):
            return self._evaluate_exactly(q)
        if tl > 0.0:
            self.had_poor[q] = True
        if 3 * (zu + zh) > nu + nh:  # drop the voters who have nothing left
            self.live_u[q] = [g for g, x in zip(ui, ub, strict=True) if x > 0.0]
            self.get_u[q] = None
            keep = [k for k, x in enumerate(hb) if x > 0.0]
            self.live_h[q] = [hi[k] for k in keep]
            self.live_hw[q] = [hw[k] for k in keep]
            self.live_w[q] = len(self.live_u[q]) + sum(self.live_hw[q])
        return self._finish(q, t, delta, tl, w_rich, w_partial, ui, ub, hi, hb, hw)

    def _finish(
        self,
        q: int,
        t: float,
        delta: float,
        tl: float,
        w_rich: int,
        w_partial: int,
        ui: Sequence[int],
        ub: Sequence[float],
        hi: Sequence[int],
        hb: Sequence[float],
        hw: Sequence[int],
    ) -> _Eval:
        if self.model.cardinality:
            rho, drho = t, delta
        else:
            c = self.model.costs[q]
            rho = t / c
            drho = delta / c + 2 * _U * rho
        return _Eval(q, t, delta, rho, drho, tl, w_rich, w_partial, ui, ub, hi, hb, hw)

    # -- exact reconstruction -------------------------------------------------------------

    def exact_price(self, r: int) -> Fraction:
        """The exact price per full payer of round ``r``."""
        record = self.rounds[r]
        if record.exact_t is not None:
            return record.exact_t
        ev = record.ev
        c = self.model.costs[record.q]
        if ev.tl < 0.0:
            price = Fraction(c, ev.w_rich)
        else:
            poor_money = Fraction(0)
            weights = self.model.group_weights
            for g, x in zip(ev.ui, ev.ub, strict=True):
                if 0.0 < x <= ev.tl:
                    poor_money += self.exact_budget(g, r)
            for g, x in zip(ev.hi, ev.hb, strict=True):
                if 0.0 < x <= ev.tl:
                    poor_money += weights[g] * self.exact_budget(g, r)
            price = (c - poor_money) / ev.w_rich
        record.exact_t = price
        return price

    def exact_budget(self, g: int, r: int) -> Fraction:
        """Group ``g``'s exact budget at the start of round ``r``."""
        key = (g, r)
        cached = self._exact_budget.get(key)
        if cached is not None:
            return cached
        paid = sorted(
            self.round_of[q]
            for q in self.model.group_sets[g]
            if q in self.round_of and self.round_of[q] < r
        )
        budget = self.b0
        for past in paid:
            price = self.exact_price(past)
            if budget <= price:
                budget = Fraction(0)
                break
            budget -= price
        self._exact_budget[key] = budget
        return budget

    def _evaluate_exactly(self, q: int) -> _Eval | None:
        """``q``'s price now, in exact arithmetic (the slow path, for close calls)."""
        now = len(self.rounds)
        weights = self.model.group_weights
        fb = self.fb
        members = sorted(set(self.live_u[q]) | set(self.live_h[q]))
        budgets = {g: (Fraction(0) if fb[g] == 0.0 else self.exact_budget(g, now)) for g in members}
        c = self.model.costs[q]
        if sum(weights[g] * budgets[g] for g in members) < c:
            return None
        paid = Fraction(0)
        remaining = sum(weights[g] for g in members)
        price = Fraction(c, remaining)
        for g in sorted(members, key=budgets.__getitem__):
            price = (c - paid) / remaining
            if price <= budgets[g]:
                break
            paid += weights[g] * budgets[g]
            remaining -= weights[g]
        poor = [g for g in members if budgets[g] < price]
        w_partial = sum(weights[g] for g in poor if budgets[g] > 0)
        w_rich = sum(weights[g] for g in members) - sum(weights[g] for g in poor)
        rho = price if self.model.cardinality else price / c
        tf = float(price)
        ui = self.live_u[q]
        hi = self.live_h[q]
        ev = _Eval(
            q,
            tf,
            2 * _U * tf,
            float(rho),
            2 * _U * float(rho),
            -1.0 if not poor else float(max(budgets[g] for g in poor)),
            w_rich,
            w_partial,
            ui,
            list(map(fb.__getitem__, ui)),
            hi,
            list(map(fb.__getitem__, hi)),
            self.live_hw[q],
            exact_t=price,
            exact_rho=rho,
            exact_budgets=budgets,
        )
        return ev

    def _exact_of(self, ev: _Eval) -> _Eval:
        if ev.exact_rho is not None:
            return ev
        exact = self._evaluate_exactly(ev.q)
        assert exact is not None  # affordability was certain
        return exact

    # -- rounds ---------------------------------------------------------------------------

    def _poor_entry(self, ev: _Eval) -> object:
        if self.record == RECORD_FULL:
            if ev.exact_budgets is not None:
                assert ev.exact_t is not None
                return tuple(sorted(g for g, b in ev.exact_budgets.items() if 0 < b <= ev.exact_t))
            tl = ev.tl
            return tuple(g for g, x in zip(ev.ui, ev.ub, strict=True) if 0.0 < x <= tl) + tuple(
                g for g, x in zip(ev.hi, ev.hb, strict=True) if 0.0 < x <= tl
            )
        return ev.w_partial

    def _pick(self, evals: list[_Eval]) -> _Eval:
        best = min(evals, key=lambda e: e.rho)
        close = [e for e in evals if e.rho - e.drho <= best.rho + best.drho]
        if len(close) == 1:
            return best
        exact = [self._exact_of(e) for e in close]
        lowest = min(e.exact_rho for e in exact if e.exact_rho is not None)
        tied = [e for e in exact if e.exact_rho == lowest]
        if len(tied) == 1:
            return tied[0]
        positions = [e.q for e in tied]
        if self.ties.rule is TieBreak.REFUSE:
            sets = self.model.group_sets
            supporters = [{g for g in range(len(sets)) if e.q in sets[g]} for e in tied]
            overlap = any(
                supporters[a] & supporters[b]
                for a in range(len(tied))
                for b in range(a + 1, len(tied))
            )
            if overlap:
                raise self.ties.refuse(positions)
            first = min(positions, key=lambda p: self.model.election.projects[p].id)
        else:
            first = self.ties.order(positions)[0]
        return next(e for e in tied if e.q == first)

    def _pay(self, ev: _Eval) -> None:
        fb = self.fb
        if ev.exact_budgets is None:
            t = ev.t
            # From the gathered values: a group of several voters is listed once per voter.
            for g, x in zip(ev.ui, ev.ub):  # noqa: B905 (equal lengths, hot loop)
                fb[g] = x - t if x > t else 0.0
            for g, x in zip(ev.hi, ev.hb):  # noqa: B905
                fb[g] = x - t if x > t else 0.0
            self.error += ev.delta + _U * self.b0f
            return
        assert ev.exact_t is not None
        price = ev.exact_t
        for g, budget in ev.exact_budgets.items():
            fb[g] = 0.0 if budget <= price else float(budget - price)
        self.error += _U * self.b0f

    def _check_decided(self, spent: int, cand: set[int], cand_cost: int) -> tuple[bool | None, int]:
        """Whether the run's final cost is already known to be over or within ``stop_when_decided``.

        Projects whose supporters can no longer pay are dropped on the way (they could not be
        funded later either: budgets only fall). Returns the verdict and the new candidates' cost.
        """
        limit = self.stop_when_decided
        assert limit is not None
        slack = limit - spent
        if slack < 0:
            return False, cand_cost
        costs = self.model.costs
        fb = self.fb
        known = self.affordable_at
        for q in self.model.by_cost:
            if cand_cost <= slack:
                return True, cand_cost
            if q not in cand:
                continue
            c = costs[q]
            # Voters spend exactly the cost of what is funded: q's supporters have lost at
            # most what was spent since their money was last counted.
            floor_then, spent_then = known.get(q, (-inf, 0))
            if floor_then - (spent - spent_then) >= c:
                affordable = True
            else:
                avail = sum(self.get_unit(q)(fb)) + sum(
                    map(mul, map(fb.__getitem__, self.live_h[q]), self.live_hw[q])
                )
                margin = self.live_w[q] * self.error + (self.live_w[q] + 4) * _U * avail
                if avail - margin >= c:
                    affordable = True
                    known[q] = (avail - margin, spent)
                elif avail + margin < c:
                    affordable = False
                else:
                    now = len(self.rounds)
                    weights = self.model.group_weights
                    affordable = (
                        sum(
                            weights[g]
                            * (Fraction(0) if fb[g] == 0.0 else self.exact_budget(g, now))
                            for g in set(self.live_u[q]) | set(self.live_h[q])
                        )
                        >= c
                    )
            if affordable:
                self.summary.append(("affordable", q))
                if self.record == RECORD_FULL:
                    self.signature.append(("affordable", q))
                return None, cand_cost
            cand.discard(q)
            cand_cost -= c
            self.summary.append(("dropped", q))
            if self.record == RECORD_FULL:
                self.signature.append(("dropped", q))
        return (True if cand_cost <= slack else None), cand_cost

    def run(self) -> RunOutcome:
        model = self.model
        costs = model.costs
        selected = list(model.free)
        cand = set(model.candidates)
        cand_cost = sum(costs[q] for q in cand)
        spent = sum(costs[q] for q in selected)
        if model.cardinality:
            stale = [c / w if w else inf for c, w in zip(costs, model.weight, strict=True)]
        else:
            stale = [1.0 / w if w else inf for w in model.weight]
        stale = [s * (1 - 4 * _U) for s in stale]
        record = self.record
        summary = self.summary
        signature = self.signature
        verdict: bool | None = None
        while cand:
            if self.stop_when_decided is not None:
                verdict, cand_cost = self._check_decided(spent, cand, cand_cost)
                if verdict is not None:
                    summary.append(("stop", verdict))
                    if record == RECORD_FULL:
                        signature.append(("stop", verdict))
                    return RunOutcome(selected, False, verdict, summary, signature, self)
                if not cand:
                    break
            evals: list[_Eval] = []
            best_hi = inf
            for q in sorted(cand, key=stale.__getitem__):
                if stale[q] > best_hi:
                    break
                ev = self._evaluate(q)
                if ev is None:
                    cand.discard(q)
                    cand_cost -= costs[q]
                    if record:
                        summary.append((q, _UNAFFORDABLE))
                        if record == RECORD_FULL:
                            signature.append((q, _UNAFFORDABLE))
                    continue
                stale[q] = ev.rho - ev.drho
                evals.append(ev)
                top = ev.rho + ev.drho
                if top < best_hi:
                    best_hi = top
            if not evals:
                break
            winner = self._pick(evals)
            if record:
                summary.append(tuple((e.q, e.w_partial) for e in evals))
                summary.append(winner.q)
                if record == RECORD_FULL:
                    signature.append(tuple((e.q, self._poor_entry(e)) for e in evals))
                    signature.append(winner.q)
            self._pay(winner)
            self.round_of[winner.q] = len(self.rounds)
            self.rounds.append(_Round(winner.q, winner, winner.exact_t))
            cand.discard(winner.q)
            cand_cost -= costs[winner.q]
            spent += costs[winner.q]
            selected.append(winner.q)
        feasible = None if self.stop_when_decided is None else spent <= self.stop_when_decided
        summary.append(("end", feasible))
        if record == RECORD_FULL:
            signature.append(("end", feasible))
        return RunOutcome(selected, True, feasible, summary, signature, self)

    # -- reporting ------------------------------------------------------------------------

    def available(self, q: int) -> float:
        """What ``q``'s supporters have left now (floats: for display only)."""
        fb = self.fb
        weights = self.model.group_weights
        return sum(fb[g] for g in self.model.unit[q]) + sum(
            fb[g] * weights[g] for g in self.model.heavy[q]
        )


def _getter(indices: list[int]) -> Callable[[list[float]], Sequence[float]]:
    """A C-level gather of ``values[i] for i in indices`` (``itemgetter`` returns a tuple)."""
    if len(indices) > 1:
        return itemgetter(*indices)
    if indices:
        only = indices[0]
        return lambda values: (values[only],)
    return lambda values: ()


def equal_shares(model: MesModel, budget_per_voter: Fraction, ties: TieBreaker) -> RunOutcome:
    """A complete run of Equal Shares."""
    return MesRun(model, budget_per_voter, ties).run()


def supporters_of(model: MesModel, positions: Sequence[int]) -> list[int]:
    """The number of supporters of each project."""
    return [model.weight[q] for q in positions]
