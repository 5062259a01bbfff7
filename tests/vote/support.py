"""Helpers of the vote tests: a campaign with projects on the ballot, settings and stations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete, select

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus
from pbdesk.domain.campaign import FrameInput, TerritoryInput
from pbdesk.domain.vote import VoteSettings
from pbdesk.store.database import Database
from pbdesk.store.models import BallotStack, EntrySession
from pbdesk.workspace import applications as apps
from pbdesk.workspace import ballots
from pbdesk.workspace.ballot_codes import assign_codes
from pbdesk.workspace.campaigns import create_campaign, get_frame
from pbdesk.workspace.polling_stations import StationInput, save_station
from pbdesk.workspace.vote import save_settings

AUTHOR = "Agnès Testeuse"


def make_frame(**changes: object) -> FrameInput:
    """A valid frame for a new campaign, with ``changes`` applied."""
    frame = FrameInput(
        name="Quartier Test 2026",
        year=2026,
        slug="quartier-test-2026",
        envelope="40 000",
        territories=[TerritoryInput(name="Le Quartier", postcode="13015", commune="Marseille")],
        starts_on=date(2026, 1, 5),
        ends_on=date(2026, 12, 18),
        vote_on=date(2026, 6, 13),
    )
    return replace(frame, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class VoteCampaign:
    id: int
    #: Application ids in the order of ``costs`` (codes "1", "2"… in that order).
    projects: tuple[int, ...]
    stations: tuple[int, ...]
    territories: tuple[int, ...]


def shortlist(database: Database, ids: Sequence[int]) -> None:
    for status in (
        ApplicationStatus.ADMISSIBLE,
        ApplicationStatus.REVIEWED,
        ApplicationStatus.SHORTLISTED,
    ):
        apps.change_status(database, list(ids), status, "", AUTHOR)


def make_vote_campaign(
    database: Database,
    costs_euros: Sequence[int] = (10_000, 8_000, 6_000, 4_000),
    settings: VoteSettings | None = None,
    *,
    envelope: str = "20 000",
    territories: Sequence[str] = ("Le Quartier",),
    project_territories: Sequence[int] | None = None,
    stations: int = 1,
    **frame: object,
) -> VoteCampaign:
    """A campaign whose projects (costing ``costs_euros``) are shortlisted and coded 1, 2…,
    with saved vote settings and ``stations`` polling stations."""
    campaign_id = create_campaign(
        database,
        make_frame(
            envelope=envelope,
            territories=[TerritoryInput(name=name) for name in territories],
            **frame,
        ),
        AUTHOR,
    )
    territory_ids = tuple(t.id for t in get_frame(database, campaign_id).territories)
    ids = []
    for number, cost in enumerate(costs_euros):
        where = project_territories[number] if project_territories is not None else 0
        ids.append(
            apps.save_application(
                database,
                campaign_id,
                ApplicationInput(
                    title=f"Projet {number + 1}",
                    requested=str(cost),
                    territory_id=territory_ids[where],
                ),
                AUTHOR,
            )
        )
    shortlist(database, ids)
    assign_codes(database, campaign_id, AUTHOR)
    chosen = settings or VoteSettings(max_choices=3)
    if chosen.envelopes_per_territory and not chosen.territory_envelopes:
        raise ValueError("give territory_envelopes as (territory index, cents)")
    if chosen.territory_envelopes:
        chosen = replace(
            chosen,
            territory_envelopes=tuple(
                (territory_ids[index], cents) for index, cents in chosen.territory_envelopes
            ),
        )
    save_settings(database, campaign_id, chosen, AUTHOR)
    station_ids = tuple(
        save_station(
            database,
            campaign_id,
            StationInput(
                name=f"Bureau {n + 1}",
                place="École",
                territory_id=territory_ids[n % len(territory_ids)],
                opening="samedi 9 h – 13 h",
            ),
            AUTHOR,
        )
        for n in range(stations)
    )
    return VoteCampaign(campaign_id, tuple(ids), station_ids, territory_ids)


def third_pass(
    database: Database, station: int, operator: str, lines: Sequence[str], label: str = "C"
) -> int:
    """A pass "C" of the station's stack, as merging two vote-day laptops that both typed
    the second entry leaves it (the app itself never opens a third pass)."""
    entry = ballots.open_entry(database, station, operator, AUTHOR, stack_label="elsewhere")
    for line in lines:
        assert ballots.enter_ballot(database, entry.id, line, AUTHOR).stored
    ballots.close_entry(database, entry.id, AUTHOR)
    with database.session() as session:
        moved = session.get(EntrySession, entry.id)
        assert moved is not None
        stray = moved.stack_id
        moved.stack_id = session.scalars(
            select(BallotStack.id).where(BallotStack.station_id == station, BallotStack.label == "")
        ).one()
        moved.pass_label = label
        session.flush()
        session.execute(delete(BallotStack).where(BallotStack.id == stray))
    return entry.id
