"""Equal Shares decides in exact arithmetic: prices closer than float precision are told apart."""

from __future__ import annotations

from fractions import Fraction

from pbdesk.domain.tally import Rule, tally

from .support import approval, reference_mes


def test_cardinality_prices_closer_than_a_float_ulp() -> None:
    # "b" costs 3·10^16 for 3 voters: 10^16 each; "a" costs one unit more: 10^16 + 1/3 each.
    # As doubles both prices are 1e16, and the id tie rule would then fund "a" first.
    costs = [3 * 10**16 + 1, 3 * 10**16]
    assert float(Fraction(costs[0], 3)) == float(Fraction(costs[1], 3))
    ballots = [[0]] * 3 + [[1]] * 3
    election, profile = approval(costs, 7 * 10**16, ballots, ids=["a", "b"])
    result = tally(election, profile, Rule.MES_CARDINALITY)
    assert result.selected == ("b", "a")
    assert result.rounds[0].price == 10**16
    assert result.rounds[1].price == Fraction(3 * 10**16 + 1, 3)


def test_cost_utilities_prices_closer_than_a_float_ulp() -> None:
    # Round 1 funds "x" (10 supporters), after which voter 0 has 10^17 - 1 left. In round 2,
    # "b" (3 supporters, full shares) has ρ = 1/3 exactly, and "a" (voter 0, poor, and two
    # full shares) ρ = 1/3 + 1/(6·10^17): equal as doubles, and "a" wins the id tie.
    share = 2 * 10**17
    ballots = [[0, 2]] + [[0]] * 2 + [[1]] * 3 + [[2]] * 9
    costs = [3 * 10**17, 3 * 10**17, 10 * (share - (10**17 - 1))]
    ids = ["a", "b", "x"]
    election, profile = approval(costs, share * len(ballots), ballots, ids=ids)
    rho_a = (Fraction(costs[0]) - (10**17 - 1)) / 2 / costs[0]
    assert rho_a - Fraction(1, 3) == Fraction(1, 6 * 10**17)
    assert float(rho_a) == float(Fraction(1, 3))
    result = tally(election, profile, Rule.MES)
    assert result.selected == ("x", "b", "a")
    assert [ids[q] for q in reference_mes(costs, share * len(ballots), ballots, ids)] == [
        "x",
        "b",
        "a",
    ]
    assert result.rounds[2].rho == rho_a
    assert result.rounds[2].partial_payers == 1


def test_an_exact_tie_goes_to_the_smaller_id_as_text() -> None:
    # Same cost, same number of supporters: "10" comes before "9" as text.
    election, profile = approval([60, 60], 60, [[0], [1]], ids=["9", "10"])
    assert tally(election, profile, Rule.GREEDY).selected == ("10",)
    election, profile = approval([60, 60], 120, [[0], [1]], ids=["9", "10"])
    for rule in (Rule.MES, Rule.MES_CARDINALITY):
        assert tally(election, profile, rule).selected == ("10", "9")
