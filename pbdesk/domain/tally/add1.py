"""Equal Shares completed by "add1": raise every voter's share until the outcome overspends.

The rule (pabulib's ``equalshares/add1``, equalshares.net's "add1", pabutools'
``exhaustion_by_budget_increase(..., budget_step=voters, exhaustive_stop=False)``): run Equal
Shares with the virtual budget ``B``, then ``B + n``, ``B + 2n``, … (one currency unit more per
voter each step, ``n`` voters) and keep the last outcome whose real cost fits the real budget
``B``. pabutools also stops when the virtual budget passes ``B × (n + 1)``, returning the last
outcome computed; pbdesk does the same, so outcomes are identical.

**When every project fits.** If the supported projects together cost no more than ``B`` (the
Gdynia 2020 file), no outcome can ever overspend, and the rule climbs to its bound
``B × (n + 1)``, where each voter alone can pay for every project: the outcome funds every
project with at least one supporter. pabutools takes five minutes to get there; pbdesk runs
Equal Shares once, directly at that last step, which gives the same outcome and trace.

**Speed, and why it is still exact.** Outcomes are not monotone in the budget, so no step can
be skipped blindly. Two things avoid most of the work:

* A run that only has to say whether its outcome fits stops as soon as that is decided: once
  the cost so far plus every project still affordable fits ``B``, or once the cost so far
  exceeds it. Only the kept step is run to the end.
* Within one run every quantity is an affine function of the share ``β`` as long as every
  decision (who is poor for which price, which project is affordable, which one wins) comes
  out the same; each decision is a half-line in ``β``. So the set of ``β`` on which a run takes
  exactly the same decisions is an interval, and if the runs at two steps record the same
  complete list of decisions, every step between them does too, with the same outcome. When
  two consecutive steps look alike, pbdesk records full decision lists and gallops (1, 2, 4…
  steps ahead, then bisects back) to the end of that interval. On small instances this skips
  thousands of steps; on large ones (where some voter's situation changes at every step) it
  costs nothing, since it only starts when two consecutive steps agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from pbdesk.domain.tally.mes import RECORD_FULL, RECORD_SUMMARY, MesModel, MesRun, RunOutcome
from pbdesk.domain.tally.ties import TieBreaker


@dataclass
class Add1Outcome:
    """The kept run (complete), its step and budget per voter, and how much work it took."""

    outcome: RunOutcome
    step: int
    budget_per_voter: Fraction
    mes_runs: int
    every_project_fits: bool


def equal_shares_add1(model: MesModel, ties: TieBreaker) -> Add1Outcome:
    """Equal Shares with the add1 completion (see the module docstring)."""
    election = model.election
    voters = model.num_voters
    budget = election.budget
    scale = election.unit_scale
    last_step = budget // scale  # the steps pabutools runs: B + k·n·scale ≤ B·(n + 1)

    def share(step: int) -> Fraction:
        return Fraction(budget + step * voters * scale, max(voters, 1))

    runs = 0
    cache: dict[int, RunOutcome] = {}

    def probe(step: int, record: int) -> RunOutcome:
        nonlocal runs
        known = cache.get(step)
        if known is not None and (known.signature or record < RECORD_FULL):
            return known
        runs += 1
        outcome = MesRun(model, share(step), ties, stop_when_decided=budget, record=record).run()
        outcome.run = None  # keep only the verdict and the records, not the run's budgets
        cache[step] = outcome
        return outcome

    def finish(step: int, fits: bool) -> Add1Outcome:
        nonlocal runs
        ties.draws.clear()
        runs += 1
        final = MesRun(model, share(step), ties).run()
        return Add1Outcome(final, step, share(step), runs, fits)

    if voters == 0:
        return finish(0, True)
    if model.supported_cost() <= budget:
        return finish(last_step, True)

    kept = 0
    previous = probe(0, RECORD_SUMMARY)
    step = 1
    while step <= last_step:
        current = probe(step, RECORD_SUMMARY)
        if not current.feasible:
            break
        kept = step
        if current.summary == previous.summary:
            base = probe(step, RECORD_FULL)
            low, high, jump = step, None, 1
            while low < last_step:
                ahead = min(low + jump, last_step)
                if probe(ahead, RECORD_FULL).signature == base.signature:
                    low = ahead
                    jump *= 2
                else:
                    high = ahead
                    break
            if high is not None:
                while high - low > 1:
                    middle = (low + high) // 2
                    if probe(middle, RECORD_FULL).signature == base.signature:
                        low = middle
                    else:
                        high = middle
            kept = low
            previous = base
            step = low + 1
            continue
        previous = current
        step += 1
    cache.clear()
    return finish(kept, False)
