"""The demo's votations and Pertuis' designation: coherent sample data built by the services."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import select

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.store.database import Database, open_database
from pbdesk.store.models import Application, Ballot, Campaign, EntrySession, JournalEntry
from pbdesk.workspace.campaigns import list_campaigns
from pbdesk.workspace.demo import add_demo_workspace
from pbdesk.workspace.designation import list_designations
from pbdesk.workspace.double_entry import list_stacks
from pbdesk.workspace.vote import get_settings
from pbdesk.workspace.vote_results import published_result
from pbdesk.workspace.vote_totals import station_figures

VOTED = ("belle-de-mai-2019", "air-bel-2021", "les-flamands-le-mail-2022")


def _ids(database: Database) -> dict[str, int]:
    return {summary.slug: summary.id for summary in list_campaigns(database)}


def _statuses(database: Database, campaign_id: int) -> dict[int, str]:
    with database.session() as session:
        return dict(
            session.execute(
                select(Application.id, Application.status).where(
                    Application.campaign_id == campaign_id
                )
            ).all()
        )


def test_each_vote_has_published_results_whose_funded_projects_fit_each_envelope(
    demo_database: Database,
) -> None:
    ids = _ids(demo_database)
    for slug in VOTED:
        result = published_result(demo_database, ids[slug])
        assert result is not None, slug
        assert result.published_at is not None
        funded = [p for p in result.projects if p.funded]
        assert funded and len(funded) < len(result.projects), slug  # a real choice was made
        assert sum(p.cost_cents for p in funded) == result.total_cost_cents
        assert result.total_cost_cents <= result.budget_cents
        for part in result.parts:
            in_part = [
                p
                for p in funded
                if part.territory_id is None or p.territory_id == part.territory_id
            ]
            assert sum(p.cost_cents for p in in_part) <= part.budget_cents, (slug, part)
        # The statuses follow the published results.
        statuses = _statuses(demo_database, ids[slug])
        for project in result.projects:
            expected = ApplicationStatus.FUNDED if project.funded else ApplicationStatus.NOT_FUNDED
            assert statuses[project.application_id] == expected.value, (slug, project.title)


def test_two_quartiers_have_an_envelope_each(demo_database: Database) -> None:
    campaign_id = _ids(demo_database)["les-flamands-le-mail-2022"]
    settings = get_settings(demo_database, campaign_id).settings
    assert settings.envelopes_per_territory
    assert sum(amount for _, amount in settings.territory_envelopes) == 9_500_000
    result = published_result(demo_database, campaign_id)
    assert result is not None
    assert sorted(part.territory_name for part in result.parts) == ["Le Mail", "Les Flamands"]
    assert all(part.rounds for part in result.parts)  # Equal Shares: its rounds to show


def test_the_count_adds_up_to_the_ballots_entered(demo_database: Database) -> None:
    ids = _ids(demo_database)
    for slug in VOTED:
        result = published_result(demo_database, ids[slug])
        assert result is not None
        figures = station_figures(demo_database, ids[slug])
        assert result.valid == sum(f.valid for f in figures), slug
        assert result.blank == sum(f.blank for f in figures), slug
        assert result.nul == sum(f.nul for f in figures), slug
        assert 150 <= result.valid + result.blank + result.nul <= 600, slug
        assert result.blank > 0 and result.nul > 0, slug
        # Each project's votes are the valid ballots that name it.
        with demo_database.session() as session:
            official = [s.official_session_id for s in list_stacks(demo_database, ids[slug])]
            choices = session.scalars(
                select(Ballot.choices).where(
                    Ballot.session_id.in_(official), Ballot.status == "valid"
                )
            ).all()
        named = Counter(code for line in choices for code in line.split())
        assert {p.code: p.votes for p in result.projects} == {
            p.code: named[p.code] for p in result.projects
        }, slug


def test_signatures_cover_the_ballots_or_the_gap_is_explained(demo_database: Database) -> None:
    ids = _ids(demo_database)
    gaps = 0
    for slug in VOTED:
        for line in station_figures(demo_database, ids[slug]):
            assert line.reconciled, (slug, line.name)
            assert line.box_count == line.ballots
            if line.signatures != line.ballots:
                gaps += 1
                assert line.remark, (slug, line.name)
            assert line.signatures >= line.ballots, (slug, line.name)
    assert gaps >= 1  # the PV has a gap to show


def test_one_station_was_entered_twice_and_both_entries_agree(demo_database: Database) -> None:
    stacks = [
        stack
        for slug, campaign_id in _ids(demo_database).items()
        if slug in VOTED
        for stack in list_stacks(demo_database, campaign_id)
        if stack.passes == ("A", "B")
    ]
    assert len(stacks) == 1
    assert stacks[0].official_session_id is not None and not stacks[0].problem


def test_pertuis_designation_by_the_conseil_citoyen(demo_database: Database) -> None:
    campaign_id = _ids(demo_database)["pertuis-2020"]
    [designation] = list_designations(demo_database, campaign_id)
    assert designation.funded
    assert "confinement" in designation.reasons
    assert designation.decided_by == "Conseil citoyen de Pertuis"
    assert _statuses(demo_database, campaign_id)[designation.application_id] == "funded"
    assert published_result(demo_database, campaign_id) is None


def test_the_journal_tells_the_vote_on_its_day(demo_database: Database) -> None:
    with demo_database.session() as session:
        rows = session.execute(
            select(Campaign.vote_on, JournalEntry.at)
            .join(JournalEntry, JournalEntry.campaign_id == Campaign.id)
            .where(JournalEntry.action.in_(("vote.count", "ballots.close")))
        ).all()
        opened = session.execute(
            select(Campaign.vote_on, EntrySession.opened_at).join(
                EntrySession, EntrySession.campaign_id == Campaign.id
            )
        ).all()
    assert rows and opened
    assert all(at.date() == vote_on for vote_on, at in rows)
    assert all(at.date() == vote_on for vote_on, at in opened)


def test_the_same_demo_gives_the_same_votes(demo_database: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "again.sqlite3")
    try:
        add_demo_workspace(other)

        def ballots(database: Database) -> list[tuple[str, int, str]]:
            with database.session() as session:
                return sorted(
                    session.execute(
                        select(Campaign.slug, Ballot.sequence, Ballot.choices)
                        .join(EntrySession, EntrySession.id == Ballot.session_id)
                        .join(Campaign, Campaign.id == EntrySession.campaign_id)
                    ).all()
                )

        assert ballots(other) == ballots(demo_database)
    finally:
        other.close()
