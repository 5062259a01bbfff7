"""Stakes, the call and its criteria, holders and applications: the services of phases 4-7."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from pbdesk.domain.applications import (
    ApplicationInput,
    ApplicationStatus,
    BudgetLineInput,
    HolderInput,
)
from pbdesk.domain.errors import ConcurrentEdit, DomainError, ValidationError
from pbdesk.domain.review import CriterionInput, CriterionKind
from pbdesk.store.database import Database
from pbdesk.store.models import Call
from pbdesk.workspace import applications as apps
from pbdesk.workspace import call as calls
from pbdesk.workspace import holders, journal, stakes
from pbdesk.workspace.campaigns import create_campaign

from .support import AUTHOR, make_frame, row_counts


def test_stakes_keep_their_priority_order(any_database: Database, campaign: int) -> None:
    ids = [
        stakes.save_stake(any_database, campaign, stakes.StakeInput(title))
        for title in ("Cadre de vie", "Jeunesse", "Solidarité")
    ]
    stakes.move_stake(any_database, ids[2], 0)
    assert [s.title for s in stakes.list_stakes(any_database, campaign)] == [
        "Solidarité",
        "Cadre de vie",
        "Jeunesse",
    ]
    stakes.delete_stake(any_database, ids[0])
    listed = stakes.list_stakes(any_database, campaign)
    assert [(s.position, s.title) for s in listed] == [(0, "Solidarité"), (1, "Jeunesse")]
    with pytest.raises(ValidationError) as caught:
        stakes.save_stake(any_database, campaign, stakes.StakeInput("   "))
    assert set(caught.value.errors) == {"title"}


def test_call_dates_and_ceiling(any_database: Database, campaign: int) -> None:
    saved = calls.save_call(
        any_database,
        campaign,
        calls.CallInput(date(2026, 2, 1), date(2026, 3, 15), 800_000, "  Règlement  "),
        AUTHOR,
    )
    assert (saved.ceiling_cents, saved.rules) == (800_000, "Règlement")
    before = row_counts(any_database)
    with pytest.raises(ValidationError) as caught:
        calls.save_call(
            any_database, campaign, calls.CallInput(date(2026, 3, 1), date(2026, 2, 1)), AUTHOR
        )
    assert set(caught.value.errors) == {"closes_on"}
    assert row_counts(any_database) == before
    assert calls.get_call(any_database, campaign) == saved


def test_default_grid_then_changes_move_the_criteria_version(
    any_database: Database, campaign: int
) -> None:
    added = calls.start_from_default_grid(any_database, campaign, AUTHOR)
    criteria = calls.list_criteria(any_database, campaign)
    assert added == len(criteria) >= 8
    kinds = [c.kind for c in criteria]
    assert kinds == sorted(kinds, key=lambda kind: kind is not CriterionKind.ELIGIBILITY)
    assert all(c.scale_min < c.scale_max for c in criteria if c.kind is CriterionKind.SCORED)
    version = calls.get_call(any_database, campaign).criteria_version
    with pytest.raises(DomainError):
        calls.start_from_default_grid(any_database, campaign, AUTHOR)

    # Grids went out: a change is possible, moves the version, and the journal warns.
    with any_database.session() as session:
        call = session.scalars(select(Call).where(Call.campaign_id == campaign)).one()
        call.grids_sent_at = call.created_at
    assert calls.criteria_locked_by_grids(any_database, campaign)
    calls.save_criterion(
        any_database,
        campaign,
        CriterionInput("Coût raisonnable", CriterionKind.SCORED, weight=2, scale_max=4),
        AUTHOR,
    )
    assert calls.get_call(any_database, campaign).criteria_version == version + 1
    assert not calls.criteria_locked_by_grids(any_database, campaign)
    line = journal.entries(any_database, campaign, limit=1)[0]
    assert line.action == "criteria.change" and "refusées" in line.summary


def test_a_criterion_with_a_wrong_scale_is_refused(any_database: Database, campaign: int) -> None:
    before = row_counts(any_database)
    with pytest.raises(ValidationError) as caught:
        calls.save_criterion(
            any_database,
            campaign,
            CriterionInput("Note", CriterionKind.SCORED, scale_min=3, scale_max=3),
            AUTHOR,
        )
    assert set(caught.value.errors) == {"scale"}
    assert row_counts(any_database) == before


def test_holders_new_or_usual(any_database: Database) -> None:
    early = create_campaign(any_database, make_frame(slug="air-bel-2021", year=2021), AUTHOR)
    later = create_campaign(any_database, make_frame(slug="air-bel-2023", year=2023), AUTHOR)
    usual = holders.save_holder(any_database, HolderInput("Amicale des locataires"))
    fresh = holders.save_holder(any_database, HolderInput("Jeunes d'Air Bel"))
    told = holders.save_holder(
        any_database, HolderInput("Centre social", siret="73282932000074", earlier_edition=True)
    )
    apps.save_application(any_database, early, ApplicationInput("Jardin", holder_id=usual), AUTHOR)
    for holder in (usual, fresh, told):
        apps.save_application(
            any_database, later, ApplicationInput("Projet", holder_id=holder), AUTHOR
        )
    new = {row.holder_id for row in apps.list_applications(any_database, later) if row.new_holder}
    assert new == {fresh}
    assert [row.new_holder for row in apps.list_applications(any_database, early)] == [True]

    with pytest.raises(DomainError, match="Amicale des locataires"):
        holders.delete_holder(any_database, usual)
    with pytest.raises(DomainError):
        holders.save_holder(any_database, HolderInput("amicale des locataires"))
    with pytest.raises(ValidationError) as caught:
        holders.save_holder(any_database, HolderInput("X", rna="W12", siret="73282932000075"))
    assert set(caught.value.errors) == {"rna", "siret"}


def test_an_application_with_its_stakes_budget_and_attachment(
    any_database: Database, campaign: int, tmp_path: Path
) -> None:
    stake = stakes.save_stake(any_database, campaign, stakes.StakeInput("Cadre de vie"))
    holder = holders.save_holder(any_database, HolderInput("Les amis du jardin"))
    first = apps.save_application(
        any_database,
        campaign,
        ApplicationInput(
            "Un jardin ouvert",
            holder_id=holder,
            requested="7 500",
            stake_ids=[stake],
            budget_lines=[BudgetLineInput("Outils", "1 200,50", "Ville")],
            received_on=date(2026, 3, 2),
        ),
        AUTHOR,
    )
    second = apps.save_application(any_database, campaign, ApplicationInput("Fresque"), AUTHOR)
    detail = apps.get_application(any_database, first)
    assert (detail.row.number, detail.row.requested_cents) == (1, 750_000)
    assert detail.row.stake_titles == ("Cadre de vie",)
    assert detail.budget_lines[0].amount_cents == 120_050
    assert apps.get_application(any_database, second).row.number == 2
    assert stakes.list_stakes(any_database, campaign)[0].applications == 1

    photo = tmp_path / "photo du jardin.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 40)
    attachment = apps.add_attachment(any_database, first, photo)
    assert apps.attachment_content(any_database, attachment) == (
        "photo du jardin.jpg",
        photo.read_bytes(),
    )
    assert apps.get_application(any_database, first).attachments[0].media_type == "image/jpeg"

    # A stale form is refused, nothing overwritten.
    apps.save_application(
        any_database,
        campaign,
        ApplicationInput("Un jardin pour tous"),
        AUTHOR,
        first,
        version=detail.version,
    )
    with pytest.raises(ConcurrentEdit):
        apps.save_application(
            any_database,
            campaign,
            ApplicationInput("Autre titre"),
            AUTHOR,
            first,
            version=detail.version,
        )
    assert apps.get_application(any_database, first).row.title == "Un jardin pour tous"


def test_above_the_ceiling_or_a_wrong_amount_is_refused(
    any_database: Database, campaign: int
) -> None:
    calls.save_call(any_database, campaign, calls.CallInput(ceiling_cents=500_000), AUTHOR)
    before = row_counts(any_database)
    for requested, field in (("6 000", "requested"), ("beaucoup", "requested")):
        with pytest.raises(ValidationError) as caught:
            apps.save_application(
                any_database, campaign, ApplicationInput("Projet", requested=requested), AUTHOR
            )
        assert field in caught.value.errors
    assert row_counts(any_database) == before


def test_status_moves_are_all_or_nothing_and_journaled(
    any_database: Database, campaign: int
) -> None:
    ids = [
        apps.save_application(any_database, campaign, ApplicationInput(f"Projet {n}"), AUTHOR)
        for n in range(3)
    ]
    assert apps.change_status(any_database, ids, ApplicationStatus.ADMISSIBLE, "", AUTHOR) == 3
    apps.change_status(any_database, ids[:1], ApplicationStatus.REVIEWED, "", AUTHOR)
    before = row_counts(any_database)
    with pytest.raises(DomainError, match="2"):  # application 2 is not reviewed yet
        apps.change_status(any_database, ids[:2], ApplicationStatus.SHORTLISTED, "", AUTHOR)
    with pytest.raises(DomainError):  # a refusal needs its reason
        apps.change_status(any_database, ids[1:], ApplicationStatus.INADMISSIBLE, " ", AUTHOR)
    assert row_counts(any_database) == before
    apps.change_status(
        any_database, ids[1:], ApplicationStatus.INADMISSIBLE, "Hors périmètre", AUTHOR
    )
    rows = {row.id: row for row in apps.list_applications(any_database, campaign)}
    assert [rows[i].status for i in ids] == [
        ApplicationStatus.REVIEWED,
        ApplicationStatus.INADMISSIBLE,
        ApplicationStatus.INADMISSIBLE,
    ]
    assert rows[ids[2]].status_reason == "Hors périmètre"
    history = apps.get_application(any_database, ids[2]).history
    assert [(h.before, h.after) for h in history] == [
        (ApplicationStatus.SUBMITTED, ApplicationStatus.ADMISSIBLE),
        (ApplicationStatus.ADMISSIBLE, ApplicationStatus.INADMISSIBLE),
    ]
    lines = [e for e in journal.entries(any_database, campaign) if e.action == "application.status"]
    assert len(lines) == 3 + 1 + 2
    assert "Hors périmètre" in lines[0].summary
