"""Greedy rules: projects by decreasing score, each funded if it fits in what is left.

``greedy`` skips a project that no longer fits and goes on; ``greedy-no-skip`` stops there;
``threshold`` first sets aside the projects below a minimum score or share of the voters. A
project with no vote is still funded if it fits (pabulib's and pabutools' greedy do so).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from pbdesk.domain.tally import explain
from pbdesk.domain.tally.election import Election
from pbdesk.domain.tally.ties import TieBreak, TieBreaker


@dataclass
class GreedyPass:
    """The projects a greedy pass funded (in order), with a rank and a sentence for each."""

    selected: list[int] = field(default_factory=list)
    ranks: dict[int, int] = field(default_factory=dict)
    explanations: dict[int, str] = field(default_factory=dict)
    left: int = 0


def greedy_order(
    scores: Sequence[int], candidates: Collection[int], ties: TieBreaker
) -> list[list[int]]:
    """``candidates`` in decreasing score, as groups of equal score each ordered by ``ties``."""
    by_score: dict[int, list[int]] = {}
    for position in candidates:
        by_score.setdefault(scores[position], []).append(position)
    return [ties.order(by_score[score]) for score in sorted(by_score, reverse=True)]


def greedy_pass(
    election: Election,
    votes: Sequence[int],
    scores: Sequence[int],
    scored: bool,
    ties: TieBreaker,
    *,
    candidates: Collection[int] | None = None,
    budget_left: int | None = None,
    no_skip: bool = False,
    completion: bool = False,
) -> GreedyPass:
    """Fund ``candidates`` (all projects by default) in decreasing score within ``budget_left``.

    ``completion`` words the sentences for projects added after another rule.
    """
    projects = election.projects
    if candidates is None:
        candidates = range(len(projects))
    left = election.budget if budget_left is None else budget_left
    result = GreedyPass()
    rank = 0
    stopper: int | None = None
    for group in greedy_order(scores, candidates, ties):
        if ties.rule is TieBreak.REFUSE and len(group) > 1 and stopper is None:
            costs = [projects[p].cost for p in group]
            if not (sum(costs) <= left or min(costs) > left):
                raise ties.refuse(group)
        for position in group:
            rank += 1
            result.ranks[position] = rank
            project = projects[position]
            if stopper is not None:
                result.explanations[position] = explain.not_funded_stopped(projects[stopper].id)
                continue
            if project.cost <= left:
                left -= project.cost
                result.selected.append(position)
                left_text = explain.format_amount(left, election)
                if completion:
                    text = explain.funded_by_completion(
                        votes[position], scores[position], scored, left_text
                    )
                else:
                    text = explain.funded_in_order(
                        votes[position], scores[position], scored, rank, left_text
                    )
                result.explanations[position] = text
            else:
                result.explanations[position] = explain.not_funded_too_dear(
                    explain.format_amount(project.cost, election),
                    explain.format_amount(left, election),
                )
                if no_skip:
                    stopper = position
    result.left = left
    return result
