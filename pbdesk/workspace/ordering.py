"""Lists the user orders by hand (stakes, criteria): positions 0, 1, 2… kept dense."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Positioned(Protocol):
    id: int
    position: int


def renumber(rows: Sequence[Positioned]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def move(rows: Sequence[Positioned], row_id: int, new_position: int) -> None:
    """Move row ``row_id`` to ``new_position`` (clamped) and renumber the others."""
    ordered = list(rows)
    moving = next(row for row in ordered if row.id == row_id)
    ordered.remove(moving)
    ordered.insert(max(0, min(new_position, len(ordered))), moving)
    renumber(ordered)
