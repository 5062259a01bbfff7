"""What a count produces: the rule, the funded projects in order, and why each one is or is not."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from fractions import Fraction

from pbdesk.domain.errors import DomainError
from pbdesk.domain.tally.election import Project
from pbdesk.domain.tally.ties import Draw, TieBreak
from pbdesk.i18n import translate


class Rule(enum.StrEnum):
    """The allocation rules, named as ``pbdesk tally --rule`` and pabulib's README name them."""

    GREEDY = "greedy"
    GREEDY_NO_SKIP = "greedy-no-skip"
    THRESHOLD = "threshold"
    MES = "mes"
    MES_CARDINALITY = "mes-cardinality"
    MES_ADD1 = "mes-add1"
    MES_ADD1_GREEDY = "mes-add1-greedy"

    @classmethod
    def parse(cls, name: str) -> Rule:
        try:
            return cls(name)
        except ValueError:
            raise DomainError(
                translate(
                    "Tally", "«{name}» is not a counting rule; choose one of {rules}."
                ).format(name=name, rules=", ".join(rule.value for rule in cls))
            ) from None

    @classmethod
    def from_pabulib(cls, name: str) -> Rule:
        """A pabulib file's ``rule`` field as a rule (``unknown`` and others: greedy)."""
        base = name.strip().lower().removesuffix("-comparison")
        return {
            "greedy": cls.GREEDY,
            "greedy-no-skip": cls.GREEDY_NO_SKIP,
            "greedy-threshold": cls.THRESHOLD,
            "equalshares": cls.MES,
            "equalshares/add1": cls.MES_ADD1,
        }.get(base, cls.GREEDY)

    @property
    def is_equal_shares(self) -> bool:
        return self.value.startswith("mes")


@dataclass(frozen=True)
class Threshold:
    """Projects below it are not funded: a minimum score, a minimum share of the voters, or both."""

    min_score: int | None = None
    min_share: Fraction | None = None


@dataclass(frozen=True)
class ProjectResult:
    """One project's line in the result."""

    project: Project
    votes: int
    score: int
    selected: bool
    rank: int | None
    explanation: str


@dataclass(frozen=True)
class MesRound:
    """One round of Equal Shares: who was funded, at which price, and what was left."""

    round: int
    project_id: str
    price: Fraction  # paid by each supporter who could pay it in full
    rho: Fraction  # the price per unit of satisfaction, which the rule minimises
    full_payers: int
    partial_payers: int  # supporters who gave all they had left
    remaining: Fraction  # the voters' money left after the round (all voters)


@dataclass(frozen=True)
class Add1Summary:
    """How the add1 completion ended: the budget per voter of the kept outcome."""

    steps: int  # budget raises tried after the first run
    budget_per_voter: Fraction
    virtual_budget: Fraction
    mes_runs: int  # runs of Equal Shares actually computed (the others proven identical)
    every_project_fits: bool


@dataclass(frozen=True)
class TallyResult:
    """The outcome of a rule on an election, with an explanation per project."""

    rule: Rule
    tie_break: TieBreak
    seed: int | None
    budget: int
    currency: str
    unit_scale: int
    num_voters: int
    selected: tuple[str, ...]  # in selection order
    total_cost: int
    projects: tuple[ProjectResult, ...]  # in the election's order
    rounds: tuple[MesRound, ...] = ()
    add1: Add1Summary | None = None
    draws: tuple[Draw, ...] = ()
    threshold: Threshold | None = None

    def project(self, project_id: str) -> ProjectResult:
        for line in self.projects:
            if line.project.id == project_id:
                return line
        raise KeyError(project_id)
