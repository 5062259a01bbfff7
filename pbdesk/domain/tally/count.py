"""``tally``: run a rule on an election and its ballots, and explain the outcome per project."""

from __future__ import annotations

from fractions import Fraction
from math import floor

from pbdesk.domain.errors import DomainError
from pbdesk.domain.tally import explain
from pbdesk.domain.tally.add1 import equal_shares_add1
from pbdesk.domain.tally.election import Election, Profile, VoteType
from pbdesk.domain.tally.greedy import GreedyPass, greedy_pass
from pbdesk.domain.tally.mes import MesModel, MesRun, RunOutcome
from pbdesk.domain.tally.result import (
    Add1Summary,
    MesRound,
    ProjectResult,
    Rule,
    TallyResult,
    Threshold,
)
from pbdesk.domain.tally.ties import TieBreak, TieBreaker
from pbdesk.i18n import translate


def tally(
    election: Election,
    profile: Profile,
    rule: Rule,
    *,
    tie_break: TieBreak = TieBreak.ID,
    seed: int | None = None,
    threshold: Threshold | None = None,
) -> TallyResult:
    """The outcome of ``rule``, deterministic for given ballots, tie rule and seed.

    ``seed`` drives the draw of the ``cost`` tie rule (ignored otherwise). ``threshold`` is
    required by the ``threshold`` rule. Raises ``TieError`` under the ``refuse`` tie rule when
    a tie changes the outcome, ``DomainError`` for a threshold rule without a threshold.
    """
    if profile.num_projects != len(election.projects):
        raise DomainError(translate("Tally", "The ballots do not match the list of projects."))
    ties = TieBreaker(tie_break, election, seed)
    votes, scores = profile.votes_and_scores()
    scored = profile.vote_type in (VoteType.CUMULATIVE, VoteType.SCORING, VoteType.ORDINAL)
    count = len(election.projects)
    explanations: dict[int, str] = {}
    ranks: dict[int, int] = {}
    rounds: tuple[MesRound, ...] = ()
    add1: Add1Summary | None = None
    if rule.is_equal_shares:
        model = MesModel(election, profile, cardinality=rule is Rule.MES_CARDINALITY)
        if rule in (Rule.MES_ADD1, Rule.MES_ADD1_GREEDY):
            completed = equal_shares_add1(model, ties)
            outcome = completed.outcome
            share = completed.budget_per_voter
            add1 = Add1Summary(
                steps=completed.step,
                budget_per_voter=share,
                virtual_budget=share * model.num_voters,
                mes_runs=completed.mes_runs,
                every_project_fits=completed.every_project_fits,
            )
        else:
            share = Fraction(election.budget, max(model.num_voters, 1))
            outcome = MesRun(model, share, ties).run()
        selected = list(outcome.selected)
        rounds = _explain_equal_shares(model, outcome, share, explanations, ranks)
        if rule is Rule.MES_ADD1_GREEDY:
            spent = sum(election.projects[q].cost for q in selected)
            rest = [q for q in range(count) if q not in set(selected)]
            extra = greedy_pass(
                election,
                votes,
                scores,
                scored,
                ties,
                candidates=rest,
                budget_left=election.budget - spent,
                completion=True,
            )
            selected.extend(extra.selected)
            explanations.update(extra.explanations)
    else:
        passed = _greedy_rule(election, profile, rule, votes, scores, scored, ties, threshold)
        selected = passed.selected
        explanations.update(passed.explanations)
        ranks.update(passed.ranks)
    chosen = set(selected)
    lines = tuple(
        ProjectResult(
            project=project,
            votes=votes[q],
            score=scores[q],
            selected=q in chosen,
            rank=ranks.get(q),
            explanation=explanations.get(q) or explain.not_funded_no_vote(),
        )
        for q, project in enumerate(election.projects)
    )
    return TallyResult(
        rule=rule,
        tie_break=tie_break,
        seed=seed if tie_break is TieBreak.COST else None,
        budget=election.budget,
        currency=election.currency,
        unit_scale=election.unit_scale,
        num_voters=profile.num_voters,
        selected=tuple(election.projects[q].id for q in selected),
        total_cost=sum(election.projects[q].cost for q in selected),
        projects=lines,
        rounds=rounds,
        add1=add1,
        draws=tuple(ties.draws),
        threshold=threshold if rule is Rule.THRESHOLD else None,
    )


def _greedy_rule(
    election: Election,
    profile: Profile,
    rule: Rule,
    votes: tuple[int, ...],
    scores: tuple[int, ...],
    scored: bool,
    ties: TieBreaker,
    threshold: Threshold | None,
) -> GreedyPass:
    if rule is not Rule.THRESHOLD:
        return greedy_pass(
            election, votes, scores, scored, ties, no_skip=rule is Rule.GREEDY_NO_SKIP
        )
    if threshold is None or (threshold.min_score is None and threshold.min_share is None):
        raise DomainError(
            translate("Tally", "The threshold rule needs a threshold (a score or a percentage).")
        )
    voters = profile.num_voters
    eligible: list[int] = []
    below: list[int] = []
    for q in range(len(election.projects)):
        enough = True
        if threshold.min_score is not None and scores[q] < threshold.min_score:
            enough = False
        if threshold.min_share is not None and votes[q] < threshold.min_share * voters:
            enough = False
        (eligible if enough else below).append(q)
    passed = greedy_pass(election, votes, scores, scored, ties, candidates=eligible)
    text = _threshold_text(threshold)
    for q in below:
        passed.explanations[q] = explain.not_funded_below_threshold(
            votes[q], scores[q], scored, text
        )
    return passed


def _threshold_text(threshold: Threshold) -> str:
    parts = []
    if threshold.min_score is not None:
        parts.append(explain.format_count(threshold.min_score))
    if threshold.min_share is not None:
        percent = threshold.min_share * 100
        shown = str(percent.numerator) if percent.denominator == 1 else f"{float(percent):g}"
        parts.append(shown.replace(".", ",") + "\u00a0%")
    return translate("Tally", " and ").join(parts)


def _explain_equal_shares(
    model: MesModel,
    outcome: RunOutcome,
    share: Fraction,
    explanations: dict[int, str],
    ranks: dict[int, int],
) -> tuple[MesRound, ...]:
    """Fill the sentences and ranks of an Equal Shares outcome; return its exact rounds."""
    election = model.election
    projects = election.projects
    run = outcome.run
    assert run is not None
    left = election.budget
    for q in model.free:
        explanations[q] = explain.funded_at_no_cost()
    rounds = []
    money = share * model.num_voters
    for number, record in enumerate(run.rounds, start=1):
        q = record.q
        price = run.exact_price(number - 1)
        cost = projects[q].cost
        left -= cost
        money -= cost
        ev = record.ev
        rho = price if model.cardinality else price / cost
        rounds.append(
            MesRound(
                round=number,
                project_id=projects[q].id,
                price=price,
                rho=rho,
                full_payers=ev.w_rich,
                partial_payers=ev.w_partial,
                remaining=money,
            )
        )
        ranks[q] = number
        explanations[q] = explain.funded_by_equal_shares(
            number,
            model.weight[q],
            explain.format_amount(price, election),
            explain.format_amount(left, election),
        )
    funded = set(outcome.selected)
    for q in range(len(projects)):
        if q in funded or model.weight[q] == 0:
            continue
        cost = projects[q].cost
        available = min(floor(run.available(q)), cost - 1)
        explanations[q] = explain.not_funded_by_equal_shares(
            model.weight[q],
            explain.format_amount(available, election),
            explain.format_amount(cost, election),
        )
    return tuple(rounds)
