"""Each rule's outcome and sentences on small elections; ties; thresholds."""

from __future__ import annotations

from fractions import Fraction

import pytest

from pbdesk import i18n
from pbdesk.domain.errors import DomainError
from pbdesk.domain.tally import (
    Election,
    Profile,
    Project,
    Rule,
    Threshold,
    TieBreak,
    TieError,
    VoteType,
    lot_number,
    tally,
)

from .support import approval

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sentences are checked in their English source (the French catalogue is the lead's)."""
    monkeypatch.setattr(i18n, "_language", "en")


def test_greedy_skips_what_does_not_fit_and_says_why() -> None:
    election, profile = approval(
        [50, 80, 30], 100, [[0], [0], [0], [1], [1], [2]], ids=["A", "B", "C"]
    )
    result = tally(election, profile, Rule.GREEDY)
    assert result.selected == ("A", "C")
    assert result.total_cost == 80
    assert result.project("A").explanation == "funded: 3 votes, rank 1; 50 left"
    assert result.project("B").explanation == "not funded: 80 requested, only 50 left"
    assert result.project("C").rank == 3


def test_greedy_without_skipping_stops_at_the_first_that_does_not_fit() -> None:
    election, profile = approval(
        [50, 80, 30], 100, [[0], [0], [0], [1], [1], [2]], ids=["A", "B", "C"]
    )
    result = tally(election, profile, Rule.GREEDY_NO_SKIP)
    assert result.selected == ("A",)
    assert result.project("C").explanation == (
        "not funded: the count stopped at project «B», which did not fit"
    )


def test_threshold_sets_aside_projects_below_it() -> None:
    election, profile = approval([10, 10, 10], 100, [[0, 1], [0, 1], [0], [2]])
    by_score = tally(election, profile, Rule.THRESHOLD, threshold=Threshold(min_score=2))
    assert by_score.selected == ("p0", "p1")
    assert by_score.project("p2").explanation == "not funded: 1 vote, below the threshold of 2"
    by_share = tally(
        election, profile, Rule.THRESHOLD, threshold=Threshold(min_share=Fraction(3, 4))
    )
    assert by_share.selected == ("p0",)
    assert by_share.project("p1").explanation == (
        f"not funded: 2 votes, below the threshold of 75{NBSP}%"
    )
    with pytest.raises(DomainError, match="threshold"):
        tally(election, profile, Rule.THRESHOLD)


def test_cumulative_and_ordinal_scores() -> None:
    projects = tuple(Project(f"p{i}", 10) for i in range(3))
    election = Election(projects, 10)
    points = Profile.from_ballots(
        VoteType.CUMULATIVE, 3, [([0, 1], [1, 4]), ([0], [2]), ([2], [3])]
    )
    assert points.votes_and_scores() == ((2, 1, 1), (3, 4, 3))
    assert tally(election, points, Rule.GREEDY).selected == ("p1",)
    ranks = Profile.from_ballots(VoteType.ORDINAL, 3, [[2, 0, 1], [2, 0]])
    assert ranks.votes_and_scores() == ((2, 1, 2), (3, 1, 5))  # Borda: 3-2-1, then 2-1
    assert tally(election, ranks, Rule.GREEDY).selected == ("p2",)
    assert "5 points" in tally(election, ranks, Rule.GREEDY).project("p2").explanation


def test_cost_tie_break_prefers_the_cheaper_then_draws_by_lot() -> None:
    election, profile = approval([40, 30, 30], 60, [[0], [1], [2]], ids=["x", "y", "z"])
    result = tally(election, profile, Rule.GREEDY, tie_break=TieBreak.COST, seed=7)
    first = min(("y", "z"), key=lambda i: lot_number(7, i))
    assert result.selected[0] == first
    assert set(result.selected) == {"y", "z"}
    assert result.draws and set(result.draws[0].tied) == {"y", "z"}
    assert result.seed == 7
    other = next(s for s in range(100) if lot_number(s, "y") > lot_number(s, "z"))
    assert (
        tally(election, profile, Rule.GREEDY, tie_break=TieBreak.COST, seed=other).selected[0]
        == "z"
    )


def test_refuse_names_the_tied_projects_only_when_the_tie_matters() -> None:
    election, profile = approval([60, 60], 100, [[0], [1]], ids=["A", "B"])
    with pytest.raises(TieError) as raised:
        tally(election, profile, Rule.GREEDY, tie_break=TieBreak.REFUSE)
    assert raised.value.tied == ("A", "B")
    assert "A" in raised.value.message and "B" in raised.value.message
    enough, same = approval([40, 40], 100, [[0], [1]], ids=["A", "B"])
    assert set(tally(enough, same, Rule.GREEDY, tie_break=TieBreak.REFUSE).selected) == {"A", "B"}
    shared, fans = approval([60, 60], 100, [[0, 1], [0, 1]], ids=["A", "B"])
    with pytest.raises(TieError):
        tally(shared, fans, Rule.MES, tie_break=TieBreak.REFUSE)


def test_equal_shares_explains_rounds_and_refusals() -> None:
    election, profile = approval([30, 90], 100, [[0], [0], [1], [1]], ids=["A", "B"])
    result = tally(election, profile, Rule.MES)
    assert result.selected == ("A",)
    assert result.rounds[0].price == 15
    assert result.rounds[0].remaining == 70
    assert result.project("A").explanation == (
        "funded in round 1: its 2 supporters shared the cost, 15 at most each; 70 left"
    )
    assert result.project("B").explanation.startswith("not funded: its supporters (2) had only")
    completed = tally(election, profile, Rule.MES_ADD1_GREEDY)
    assert set(completed.selected) == {"A"}


def test_add1_when_every_project_fits_funds_every_supported_project() -> None:
    election, profile = approval([10, 20, 30], 100, [[0], [1], [0, 1]])
    result = tally(election, profile, Rule.MES_ADD1)
    assert sorted(result.selected) == ["p0", "p1"]
    assert result.add1 is not None and result.add1.every_project_fits
    assert result.add1.mes_runs == 1
    assert result.add1.budget_per_voter == Fraction(100, 3) + 100


def test_amounts_in_euro_cents() -> None:
    election = Election((Project("A", 1_250_000), Project("B", 900_000)), 2_000_000, "EUR", 100)
    profile = Profile.from_ballots(VoteType.APPROVAL, 2, [[0], [0], [1]])
    result = tally(election, profile, Rule.GREEDY)
    assert result.project("B").explanation == (
        f"not funded: 9{NNBSP}000{NBSP}€ requested, only 7{NNBSP}500{NBSP}€ left"
    )


def test_ballots_must_match_the_projects() -> None:
    election, _ = approval([10], 10, [])
    with pytest.raises(DomainError):
        tally(election, Profile.from_ballots(VoteType.APPROVAL, 2, []), Rule.GREEDY)
    with pytest.raises(DomainError):
        Profile.from_ballots(VoteType.APPROVAL, 2, [[0, 0]])
    with pytest.raises(DomainError):
        Profile.from_ballots(VoteType.CHOOSE_1, 2, [[0, 1]])
    with pytest.raises(DomainError):
        Election((Project("A", 1), Project("A", 2)), 3)
