"""Properties that hold for any ballots (hypothesis), and Equal Shares against a plain reference."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pbdesk.domain.tally import Rule, TieBreak, tally

from .support import approval, reference_add1, reference_mes

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def instances(draw: st.DrawFn, max_projects: int = 7, max_voters: int = 14) -> tuple:
    count = draw(st.integers(1, max_projects))
    costs = draw(st.lists(st.integers(0, 60), min_size=count, max_size=count))
    budget = draw(st.integers(0, 150))
    ballots = draw(
        st.lists(
            st.lists(st.integers(0, count - 1), unique=True, max_size=count), max_size=max_voters
        )
    )
    return costs, budget, ballots


ALL_RULES = [Rule.GREEDY, Rule.GREEDY_NO_SKIP, Rule.MES, Rule.MES_CARDINALITY, Rule.MES_ADD1]


@FAST
@given(instances())
def test_funded_projects_never_exceed_the_budget(instance: tuple) -> None:
    costs, budget, ballots = instance
    election, profile = approval(costs, budget, ballots)
    for rule in [*ALL_RULES, Rule.MES_ADD1_GREEDY]:
        result = tally(election, profile, rule)
        assert result.total_cost == sum(
            election.projects[election.index_of()[i]].cost for i in result.selected
        )
        assert result.total_cost <= budget, rule


@FAST
@given(instances())
def test_greedy_funds_a_project_whenever_it_fits(instance: tuple) -> None:
    costs, budget, ballots = instance
    election, profile = approval(costs, budget, ballots)
    result = tally(election, profile, Rule.GREEDY)
    left = budget - result.total_cost
    for line in result.projects:
        if not line.selected:
            assert line.project.cost > left
    completed = tally(election, profile, Rule.MES_ADD1_GREEDY)
    left = budget - completed.total_cost
    assert all(line.selected or line.project.cost > left for line in completed.projects)


@FAST
@given(instances(), st.randoms(use_true_random=False))
def test_recount_and_ballot_order_change_nothing(instance: tuple, shuffle: random.Random) -> None:
    costs, budget, ballots = instance
    election, profile = approval(costs, budget, ballots)
    mixed = list(ballots)
    shuffle.shuffle(mixed)
    _, permuted = approval(costs, budget, [shuffle.sample(b, len(b)) for b in mixed])
    for rule in ALL_RULES:
        first = tally(election, profile, rule)
        assert tally(election, profile, rule) == first
        assert tally(election, permuted, rule) == first


@settings(max_examples=150, deadline=None)
@given(instances())
def test_equal_shares_is_the_reference(instance: tuple) -> None:
    costs, budget, ballots = instance
    election, profile = approval(costs, budget, ballots)
    ids = [p.id for p in election.projects]
    for rule, cardinality in ((Rule.MES, False), (Rule.MES_CARDINALITY, True)):
        expected = reference_mes(costs, budget, ballots, ids, cardinality=cardinality)
        assert tally(election, profile, rule).selected == tuple(ids[q] for q in expected)


@settings(max_examples=80, deadline=None)
@given(instances(max_projects=6, max_voters=9))
def test_add1_is_the_reference_step_by_step(instance: tuple) -> None:
    """The skipping of steps proven identical never changes the outcome."""
    costs, budget, ballots = instance
    election, profile = approval(costs, budget, ballots)
    ids = [p.id for p in election.projects]
    expected = reference_add1(costs, budget, ballots, ids)
    assert sorted(tally(election, profile, Rule.MES_ADD1).selected) == sorted(
        ids[q] for q in expected
    )


@FAST
@given(instances(), st.integers(0, 10**6))
def test_cost_draw_is_reproducible_from_its_seed(instance: tuple, seed: int) -> None:
    costs, budget, ballots = instance
    election, profile = approval(costs, budget, ballots)
    for rule in (Rule.GREEDY, Rule.MES):
        first = tally(election, profile, rule, tie_break=TieBreak.COST, seed=seed)
        again = tally(election, profile, rule, tie_break=TieBreak.COST, seed=seed)
        assert first == again
        assert first.seed == seed
