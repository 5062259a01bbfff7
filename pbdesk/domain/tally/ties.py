"""Breaking ties between projects: by id (pabutools' default), by cost then lot, or refusing.

The lot is reproducible: each project draws the number ``sha256(seed, id)``, so the order
among tied projects depends only on the seed and on their ids, not on which other projects
happen to be tied or on the order of the ballots. The seed is recorded in the result (and in
the PV), so anyone can redo the draw.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from pbdesk.domain.errors import DomainError
from pbdesk.domain.tally.election import Election
from pbdesk.i18n import translate


class TieBreak(enum.StrEnum):
    """``id``: ids compared as text; ``cost``: cheaper first, then a draw; ``refuse``: stop."""

    ID = "id"
    COST = "cost"
    REFUSE = "refuse"


class TieError(DomainError):
    """A tie changes the outcome and the rule says to refuse; ``tied`` names the projects."""

    def __init__(self, tied: Sequence[str]) -> None:
        self.tied = tuple(tied)
        super().__init__(
            translate(
                "Tally",
                "The projects {projects} are tied and the tie changes the outcome; "
                "choose how to break it (by cost and draw, or by id).",
            ).format(projects=", ".join(f"«{t}»" for t in self.tied))
        )


@dataclass(frozen=True)
class Draw:
    """Projects tied on the rule's value and on cost, and the order the lot gave them."""

    tied: tuple[str, ...]
    order: tuple[str, ...]


def lot_number(seed: int, project_id: str) -> int:
    """The project's number in the draw of ``seed`` (the smaller wins)."""
    digest = hashlib.sha256(f"{seed}\x1f{project_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


class TieBreaker:
    """Orders tied projects (positions in the election) and records the draws it made."""

    def __init__(self, rule: TieBreak, election: Election, seed: int | None = None) -> None:
        self.rule = rule
        self.election = election
        self.seed = seed if seed is not None else 0
        self.draws: list[Draw] = []
        projects = election.projects
        if rule is TieBreak.COST:
            self._keys: list[tuple[int | str, ...]] = [
                (p.cost, lot_number(self.seed, p.id), p.id) for p in projects
            ]
        else:
            self._keys = [(p.id,) for p in projects]

    def key(self, position: int) -> tuple[int | str, ...]:
        """Sort key: the first in a tie has the smallest key."""
        return self._keys[position]

    def order(self, positions: Sequence[int]) -> list[int]:
        """``positions`` from first to last; records a draw where the lot decided."""
        ordered = sorted(positions, key=self._keys.__getitem__)
        if self.rule is TieBreak.COST and len(ordered) > 1:
            projects = self.election.projects
            by_cost: dict[int, list[int]] = {}
            for position in ordered:
                by_cost.setdefault(projects[position].cost, []).append(position)
            for same in by_cost.values():
                if len(same) > 1:
                    ids = tuple(projects[p].id for p in same)
                    self.draws.append(Draw(tuple(sorted(ids)), ids))
        return ordered

    def refuse(self, positions: Sequence[int]) -> TieError:
        """The error to raise for a tie that matters."""
        return TieError(sorted(self.election.projects[p].id for p in positions))
