"""What a count works on: the projects and envelope (``Election``) and the ballots (``Profile``).

Amounts are integers in an election's own unit: ``unit_scale`` of them make one currency unit
(1 for pabulib files, whose budgets are whole zlotys or forints; 100 for a campaign in euro
cents). Ballots refer to projects by their position in ``Election.projects`` and are kept
grouped: each distinct ballot once, with the number of voters who cast it, which makes real
profiles several times smaller and every count proportional to distinct ballots.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import cast

from pbdesk.domain.errors import DomainError
from pbdesk.i18n import translate


class VoteType(enum.StrEnum):
    """The ballot kinds pabulib knows (and pbdesk's ballot kinds map onto)."""

    APPROVAL = "approval"
    ORDINAL = "ordinal"
    CUMULATIVE = "cumulative"
    SCORING = "scoring"
    CHOOSE_1 = "choose-1"

    @property
    def has_points(self) -> bool:
        """Whether a ballot carries points per project (ordinal ones may, as Borda ranks)."""
        return self in (VoteType.CUMULATIVE, VoteType.SCORING)


@dataclass(frozen=True, slots=True)
class Project:
    """A project on the ballot: ``cost`` in the election's unit."""

    id: str
    cost: int
    name: str = ""
    category: str = ""
    territory: str = ""


@dataclass(frozen=True)
class Election:
    """The projects on the ballot and the envelope, in one unit of money."""

    projects: tuple[Project, ...]
    budget: int
    currency: str = ""
    unit_scale: int = 1

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for project in self.projects:
            if project.id in seen:
                raise DomainError(
                    translate("Tally", "Two projects have the same id «{id}».").format(
                        id=project.id
                    )
                )
            seen.add(project.id)
            if project.cost < 0:
                raise DomainError(
                    translate("Tally", "The project «{id}» has a negative cost.").format(
                        id=project.id
                    )
                )
        if self.budget < 0:
            raise DomainError(translate("Tally", "The budget is negative."))
        if self.unit_scale < 1:
            raise DomainError(translate("Tally", "The unit of money must be positive."))

    @property
    def is_euro_cents(self) -> bool:
        return self.currency == "EUR" and self.unit_scale == 100

    def index_of(self) -> dict[str, int]:
        """Project id → position in ``projects``."""
        return {project.id: position for position, project in enumerate(self.projects)}


#: One distinct ballot: project positions (ranked order for ordinal ballots, ascending
#: otherwise) and, when the ballot kind has them, the points given to each.
Ballot = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True, eq=False)
class Profile:
    """Ballots grouped by content: ``groups`` maps each distinct ballot to its count.

    Empty ballots are kept (they count as voters: Equal Shares gives them a share that they
    cannot spend). Build one with ``ProfileBuilder`` or ``Profile.from_ballots``.
    """

    vote_type: VoteType
    num_projects: int
    groups: Mapping[Ballot, int]
    _counts: list[tuple[int, ...]] = field(default_factory=list, repr=False, compare=False)

    @property
    def num_voters(self) -> int:
        return sum(self.groups.values())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Profile):
            return NotImplemented
        return (
            self.vote_type == other.vote_type
            and self.num_projects == other.num_projects
            and dict(self.groups) == dict(other.groups)
        )

    def __hash__(self) -> int:
        return hash((self.vote_type, self.num_projects, len(self.groups)))

    @classmethod
    def from_ballots(
        cls,
        vote_type: VoteType,
        num_projects: int,
        ballots: Iterable[Sequence[int] | tuple[Sequence[int], Sequence[int]]],
    ) -> Profile:
        """A profile from one entry per voter: project positions, or (positions, points)."""
        builder = ProfileBuilder(vote_type, num_projects)
        for ballot in ballots:
            if ballot and not isinstance(ballot[0], int):
                positions, points = cast(tuple[Sequence[int], Sequence[int]], ballot)
                builder.add(positions, points)
            else:
                builder.add(cast(Sequence[int], ballot))
        return builder.build()

    def iter_voters(self) -> Iterator[Ballot]:
        """Each voter's ballot, groups in a fixed order (sorted), for writers and tests."""
        for ballot in sorted(self.groups):
            for _ in range(self.groups[ballot]):
                yield ballot

    def support_groups(self) -> dict[tuple[int, ...], int]:
        """Distinct sets of supported projects (ascending) → number of voters.

        A voter supports the projects on their ballot; for points ballots, those given at
        least one point. This is what Equal Shares and the supporter counts use.
        """
        support: Counter[tuple[int, ...]] = Counter()
        for (positions, points), count in self.groups.items():
            if points:
                chosen = tuple(sorted(p for p, x in zip(positions, points, strict=True) if x > 0))
            elif self.vote_type is VoteType.ORDINAL:
                chosen = tuple(sorted(positions))
            else:
                chosen = positions
            support[chosen] += count
        return dict(support)

    def votes_and_scores(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Per project: supporters, and score.

        The score is the supporters for approval and single-choice ballots, the points for
        cumulative and scoring ballots, and for ordinal ballots the points column when the
        ballots carry one, else Borda points (a ballot of length k gives k, k-1, …, 1).
        """
        if self._counts:
            return self._counts[0], self._counts[1]
        kind = self.vote_type
        votes: Counter[int] = Counter()
        scores: Counter[int] = Counter()
        if kind.has_points:
            for (positions, points), count in self.groups.items():
                for position, value in zip(positions, points, strict=True):
                    if value > 0:
                        votes[position] += count
                    scores[position] += value * count
        else:
            # Most groups hold one voter: count those in C, through one Counter.update.
            votes.update(
                chain.from_iterable(
                    positions for (positions, _), count in self.groups.items() if count == 1
                )
            )
            for (positions, points), count in self.groups.items():
                if count != 1:
                    for position in positions:
                        votes[position] += count
                if kind is VoteType.ORDINAL:
                    ranks = points or range(len(positions), 0, -1)
                    for position, value in zip(positions, ranks, strict=True):
                        scores[position] += value * count
            if kind is not VoteType.ORDINAL:
                scores = votes
        result = (
            tuple(votes.get(p, 0) for p in range(self.num_projects)),
            tuple(scores.get(p, 0) for p in range(self.num_projects)),
        )
        self._counts.extend(result)
        return result


class ProfileBuilder:
    """Collects ballots one by one, checking each, and groups identical ones."""

    def __init__(self, vote_type: VoteType, num_projects: int) -> None:
        self.vote_type = vote_type
        self.num_projects = num_projects
        self._groups: Counter[Ballot] = Counter()

    def add(self, positions: Sequence[int], points: Sequence[int] = (), count: int = 1) -> None:
        """Add ``count`` voters who cast this ballot; raises ``DomainError`` if it is invalid."""
        self._groups[self.check(positions, points)] += count

    def check(self, positions: Sequence[int], points: Sequence[int] = ()) -> Ballot:
        """The canonical form of a ballot, or ``DomainError`` saying what is wrong with it."""
        chosen = tuple(positions)
        given = tuple(points)
        if len(set(chosen)) != len(chosen):
            raise DomainError(translate("Tally", "A ballot names the same project twice."))
        for position in chosen:
            if not 0 <= position < self.num_projects:
                raise DomainError(translate("Tally", "A ballot names a project not on the list."))
        kind = self.vote_type
        if kind is VoteType.CHOOSE_1 and len(chosen) > 1:
            raise DomainError(
                translate("Tally", "A single-choice ballot names {count} projects.").format(
                    count=len(chosen)
                )
            )
        if kind.has_points and not given and chosen:
            raise DomainError(translate("Tally", "A ballot gives no points."))
        if given and len(given) != len(chosen):
            raise DomainError(
                translate(
                    "Tally", "A ballot names {projects} projects but gives {points} points."
                ).format(projects=len(chosen), points=len(given))
            )
        if given and kind is VoteType.CUMULATIVE and min(given) < 0:
            raise DomainError(translate("Tally", "A ballot gives negative points."))
        if given and kind in (VoteType.APPROVAL, VoteType.CHOOSE_1):
            given = ()
        if kind is VoteType.ORDINAL:
            return chosen, given
        if given:
            pairs = sorted(zip(chosen, given, strict=True))
            return tuple(p for p, _ in pairs), tuple(x for _, x in pairs)
        return tuple(sorted(chosen)), ()

    def add_checked(self, ballot: Ballot, count: int = 1) -> None:
        """Add an already canonical ballot (from ``check``)."""
        self._groups[ballot] += count

    def build(self) -> Profile:
        return Profile(self.vote_type, self.num_projects, dict(self._groups))
