"""Indicators of a campaign and its projects: counts and integer cents, and None (never a
made-up 0) where pbdesk does not know."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from printing.followup_support import (  # type: ignore[import-not-found]
    AUTHOR,
    PROJECTS,
    make_followup_campaign,
)
from sqlalchemy import insert, update

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus
from pbdesk.domain.vote import VoteSettings
from pbdesk.store.database import Database
from pbdesk.store.models import Application, SignInCount
from pbdesk.workspace.applications import save_application
from pbdesk.workspace.followup.projects import add_off_vote_project, campaign_totals, list_projects
from pbdesk.workspace.indicators import Ratio, campaign_indicators
from pbdesk.workspace.polling_stations import StationInput, save_station
from pbdesk.workspace.vote import save_settings


def test_money_is_in_cents_and_the_campaign_adds_up_its_projects(
    database: Database, tmp_path: Path
) -> None:
    campaign = make_followup_campaign(database, tmp_path)
    values = campaign_indicators(database, campaign.id)
    assert [p.title for p in values.projects] == [p[0] for p in PROJECTS]
    jardin, fresque, boite = values.projects
    assert (jardin.allocated_cents, jardin.committed_cents, jardin.paid_cents) == (
        1_250_000,
        505_000,
        425_000,
    )
    assert fresque.paid_cents == 800_000
    # Nothing recorded for the book box: its spending is not known, not 0.
    assert (boite.allocated_cents, boite.paid_cents, boite.committed_cents) == (425_000, None, None)
    assert boite.spent is None
    assert all(isinstance(p.allocated_cents, int) for p in values.projects)
    totals = campaign_totals(database, campaign.id)
    assert values.allocated_cents == sum(p.allocated_cents for p in values.projects)
    assert values.allocated_cents == totals.allocated == 2_475_000
    assert values.paid_cents == sum(p.paid_cents or 0 for p in values.projects) == totals.paid
    assert values.committed_cents == totals.committed == 1_305_000
    assert values.spent == Ratio(1_225_000, 2_475_000)
    assert values.spent is not None and values.spent.percent() == 49


def test_projects_report_beneficiaries_and_carried_out_share(
    database: Database, tmp_path: Path
) -> None:
    campaign = make_followup_campaign(database, tmp_path)
    values = campaign_indicators(database, campaign.id)
    jardin, _fresque, boite = values.projects
    assert (jardin.beneficiaries, jardin.activities_count) == (40, 6)
    assert (boite.beneficiaries, boite.activities_count) == (None, None)
    assert (values.funded, values.carried_out) == (3, 1)
    assert values.carried_out_share == Ratio(1, 3)
    assert values.carried_out_off_vote == 0
    # The vote on 13/06/2026, the first instalment paid on 15/09/2026.
    assert values.decided_on == date(2026, 6, 13)
    assert values.first_payment_on == date(2026, 9, 15)
    assert values.days_to_first_payment == 94


def test_unknown_figures_are_none(database: Database, campaign_id: int) -> None:
    save_application(database, campaign_id, ApplicationInput("Un dépôt", requested="1 000"), AUTHOR)
    values = campaign_indicators(database, campaign_id)
    assert values.applications == 1
    assert values.funded == 0
    assert values.voters is None and values.voters_source == ""
    assert values.carried_out is None and values.carried_out_share is None
    assert values.paid_cents is None and values.spent is None
    assert values.first_payment_on is None and values.days_to_first_payment is None
    # An application without a holder: no holder, so no share of new holders.
    assert values.holders == 0 and values.new_holder_share is None


def test_voters_come_from_the_register(database: Database, campaign_id: int) -> None:
    save_settings(database, campaign_id, VoteSettings(max_choices=3), AUTHOR)
    station = save_station(database, campaign_id, StationInput(name="École"), AUTHOR)
    assert campaign_indicators(database, campaign_id).voters is None
    with database.session() as session:
        session.execute(
            insert(SignInCount),
            [
                {
                    "campaign_id": campaign_id,
                    "station_id": station,
                    "day": date(2026, 6, 13),
                    "age_band": band,
                    "signatures": count,
                    "proxies": 0,
                }
                for band, count in (("18_29", 70), ("30_59", 53))
            ],
        )
    values = campaign_indicators(database, campaign_id)
    assert (values.voters, values.voters_source) == (123, "register")


def test_new_holders_are_new_only_once(database: Database, tmp_path: Path) -> None:
    first = make_followup_campaign(database, tmp_path, slug="edition-2025", year=2025)
    later = make_followup_campaign(
        database,
        tmp_path,
        slug="edition-2026",
        year=2026,
        projects=(*PROJECTS[:1], ("Nouveau projet", "Une association nouvelle", 1_000, (), (),
                                  PROJECTS[2][5])),
    )  # fmt: skip
    assert campaign_indicators(database, first.id).new_holder_share == Ratio(3, 3)
    values = campaign_indicators(database, later.id)
    assert (values.new_holders, values.holders) == (1, 2)
    assert values.new_holder_share is not None and values.new_holder_share.percent() == 50


def test_projects_carried_out_outside_the_vote_are_counted_apart(
    database: Database, tmp_path: Path
) -> None:
    campaign = make_followup_campaign(database, tmp_path)
    [extra] = [
        save_application(database, campaign.id, ApplicationInput("Fête", requested="500"), AUTHOR)
    ]
    with database.session() as session:
        session.execute(
            update(Application)
            .where(Application.id == extra)
            .values(status=ApplicationStatus.NOT_FUNDED.value)
        )
    add_off_vote_project(database, extra, AUTHOR)
    values = campaign_indicators(database, campaign.id)
    assert values.funded == 3
    assert values.carried_out == 1
    assert values.carried_out_off_vote == 1
    assert len(values.projects) == len(list_projects(database, campaign.id)) == 4
