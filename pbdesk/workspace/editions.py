"""Editions side by side: one row per campaign of the workspace, oldest first, and totals.

What the comparison page and its Excel export show: envelope, applications, new holders,
voters, funded projects, projects carried out, money spent. Figures come from
``workspace.indicators``; what is not known stays ``None`` (shown as a dash), and the totals
add up only what is known, saying how many editions they leave out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pbdesk.store.database import Database
from pbdesk.workspace.indicators import CampaignIndicators, Ratio, all_indicators


@dataclass(frozen=True)
class EditionRow:
    campaign_id: int
    name: str
    year: int
    envelope_cents: int
    decision_mode: str
    applications: int
    holders: int
    new_holders: int
    #: Residents who voted; None without a vote or its figures.
    voters: int | None
    funded: int
    #: None while no funded project is followed.
    carried_out: int | None
    #: Subsidies awarded to the followed projects (by default the amounts voted).
    allocated_cents: int
    #: The expenses paid; None while nothing was recorded for any project.
    paid_cents: int | None

    @property
    def new_holder_share(self) -> Ratio | None:
        return Ratio(self.new_holders, self.holders) if self.holders else None

    @property
    def carried_out_share(self) -> Ratio | None:
        if self.carried_out is None or not self.funded:
            return None
        return Ratio(self.carried_out, self.funded)

    @property
    def spent(self) -> Ratio | None:
        if self.paid_cents is None:
            return None
        return Ratio(self.paid_cents, self.allocated_cents)


@dataclass(frozen=True)
class EditionTotals:
    """Sums over the editions; an unknown figure is left out of its sum, and ``None`` when
    no edition knows it."""

    editions: int
    envelope_cents: int
    applications: int
    holders: int
    new_holders: int
    voters: int | None
    funded: int
    carried_out: int | None
    allocated_cents: int
    paid_cents: int | None


def edition_row(indicators: CampaignIndicators) -> EditionRow:
    return EditionRow(
        campaign_id=indicators.campaign_id,
        name=indicators.name,
        year=indicators.year,
        envelope_cents=indicators.envelope_cents,
        decision_mode=indicators.decision_mode,
        applications=indicators.applications,
        holders=indicators.holders,
        new_holders=indicators.new_holders,
        voters=indicators.voters,
        funded=indicators.funded,
        carried_out=indicators.carried_out,
        allocated_cents=indicators.allocated_cents,
        paid_cents=indicators.paid_cents,
    )


def list_editions(database: Database) -> list[EditionRow]:
    """Every campaign, the oldest edition first."""
    return [edition_row(indicators) for indicators in all_indicators(database)]


def _known_sum(values: Iterable[int | None]) -> int | None:
    known = [value for value in values if value is not None]
    return sum(known) if known else None


def edition_totals(rows: Sequence[EditionRow]) -> EditionTotals:
    return EditionTotals(
        editions=len(rows),
        envelope_cents=sum(row.envelope_cents for row in rows),
        applications=sum(row.applications for row in rows),
        holders=sum(row.holders for row in rows),
        new_holders=sum(row.new_holders for row in rows),
        voters=_known_sum(row.voters for row in rows),
        funded=sum(row.funded for row in rows),
        carried_out=_known_sum(row.carried_out for row in rows),
        allocated_cents=sum(row.allocated_cents for row in rows),
        paid_cents=_known_sum(row.paid_cents for row in rows),
    )
