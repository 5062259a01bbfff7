"""The count end to end: each rule, envelopes per territory, hand counts, ties, publication."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.errors import DomainError
from pbdesk.domain.tally import (
    Election,
    Profile,
    Project,
    Rule,
    TieBreak,
    TieError,
    VoteType,
    tally,
)
from pbdesk.domain.vote import BallotKind, VoteSettings
from pbdesk.store.database import Database
from pbdesk.store.models import ChecklistItem, JournalEntry
from pbdesk.workspace import ballots
from pbdesk.workspace.applications import get_application
from pbdesk.workspace.tie_draws import record_draw
from pbdesk.workspace.vote_count import DrawNeeded
from pbdesk.workspace.vote_publish import publish_results
from pbdesk.workspace.vote_results import (
    campaign_election,
    count_votes,
    get_result,
    list_results,
    published_result,
)
from pbdesk.workspace.vote_totals import DirectCountInput, record_direct_count

from .support import AUTHOR, VoteCampaign, make_vote_campaign

COSTS = (10_000, 8_000, 6_000, 2_000)
#: Votes: 1 → 7, 2 → 5, 3 → 4, 4 → 3; eleven valid ballots, one blank, one nul.
BALLOTS = ["1 2"] * 5 + ["1"] * 2 + ["3 4"] * 3 + ["3", "", "1 2 3 4"]


def enter(database: Database, station: int, lines: Sequence[str], stack: str = "") -> None:
    entry = ballots.open_entry(database, station, "Karim", AUTHOR, stack_label=stack)
    for line in lines:
        assert ballots.enter_ballot(database, entry.id, line, AUTHOR).stored, line
    ballots.close_entry(database, entry.id, AUTHOR)


def counted(database: Database, **settings: object) -> VoteCampaign:
    voting = make_vote_campaign(
        database,
        COSTS,
        VoteSettings(max_choices=3, **settings),  # type: ignore[arg-type]
    )
    enter(database, voting.stations[0], BALLOTS)
    return voting


def funded_codes(database: Database, voting: VoteCampaign, rule: Rule) -> list[str]:
    result = count_votes(database, voting.id, AUTHOR, rule=rule)
    assert result.total_cost_cents <= result.budget_cents
    by_id = {p.application_id: p.code for p in result.projects}
    return [by_id[application_id] for application_id in result.selected]


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (Rule.GREEDY, ["1", "2", "4"]),
        (Rule.GREEDY_NO_SKIP, ["1", "2"]),
        (Rule.MES, ["1", "3"]),
        (Rule.MES_CARDINALITY, ["4", "1"]),
    ],
)
def test_each_rule_on_a_small_campaign(
    any_database: Database, rule: Rule, expected: list[str]
) -> None:
    voting = counted(any_database)
    assert funded_codes(any_database, voting, rule) == expected


def test_threshold_takes_projects_above_a_share_of_valid_ballots(any_database: Database) -> None:
    voting = counted(any_database, rule=Rule.THRESHOLD, threshold_percent=Decimal(30))
    result = count_votes(any_database, voting.id, AUTHOR)
    assert result.rule is Rule.THRESHOLD
    assert [p.funded for p in result.projects] == [True, True, False, False]
    assert "30" in result.projects[3].explanation


@pytest.mark.parametrize("rule", [Rule.MES_ADD1, Rule.MES_ADD1_GREEDY])
def test_completed_equal_shares_matches_the_engine_on_the_same_ballots(
    any_database: Database, rule: Rule
) -> None:
    voting = counted(any_database)
    election = Election(
        tuple(Project(str(n + 1), cost * 100) for n, cost in enumerate(COSTS)),
        2_000_000,
        currency="EUR",
        unit_scale=100,
    )
    valid = [line for line in BALLOTS if line and len(line.split()) <= 3]
    profile = Profile.from_ballots(
        VoteType.APPROVAL, 4, [[int(code) - 1 for code in line.split()] for line in valid]
    )
    expected = tally(election, profile, rule, tie_break=TieBreak.COST).selected
    assert tuple(funded_codes(any_database, voting, rule)) == expected
    result = count_votes(any_database, voting.id, AUTHOR, rule=rule)
    assert result.parts[0].rounds and result.parts[0].add1


def test_results_are_kept_with_explanations_and_equal_shares_rounds(
    any_database: Database,
) -> None:
    voting = counted(any_database, rule=Rule.MES)
    result = count_votes(any_database, voting.id, AUTHOR)
    assert (result.valid, result.blank, result.nul, result.source) == (11, 1, 1, "ballots")
    assert [p.votes for p in result.projects] == [7, 5, 4, 3]
    assert [r.code for r in result.parts[0].rounds] == ["1", "3"]
    assert result.parts[0].rounds[0].full_payers == 7
    assert all(p.explanation for p in result.projects)
    kept = get_result(any_database, result.result_id or 0)
    assert kept == result
    assert [r.result_id for r in list_results(any_database, voting.id)] == [result.result_id]
    preview = count_votes(any_database, voting.id, AUTHOR, rule=Rule.GREEDY, keep=False)
    assert preview.result_id is None
    assert len(list_results(any_database, voting.id)) == 1


def test_ranked_and_points_ballots_are_counted_by_their_score(any_database: Database) -> None:
    ranked = make_vote_campaign(
        any_database, COSTS, VoteSettings(ballot_kind=BallotKind.RANKED, max_choices=2)
    )
    enter(any_database, ranked.stations[0], ["4 1", "4 2", "1 4", "3"])
    result = count_votes(any_database, ranked.id, AUTHOR)
    # Borda: 4 → 2 + 2 + 1 = 5, 1 → 1 + 2 = 3, 2 → 1, 3 → 1; 3 is cheaper than 2.
    assert [p.score for p in result.projects] == [3, 1, 1, 5]
    assert [p.funded for p in result.projects] == [True, False, True, True]


def test_points_ballots_are_counted_by_points(any_database: Database) -> None:
    voting = make_vote_campaign(
        any_database,
        COSTS,
        VoteSettings(ballot_kind=BallotKind.POINTS, points_total=5, points_per_project=3),
        slug="points-2026",
    )
    enter(any_database, voting.stations[0], ["4:3 3:2", "1:1 4:3", "2:3"])
    result = count_votes(any_database, voting.id, AUTHOR)
    assert [p.score for p in result.projects] == [1, 3, 2, 6]
    assert [p.votes for p in result.projects] == [1, 1, 1, 2]


def test_envelopes_per_territory_are_counted_apart(any_database: Database) -> None:
    voting = make_vote_campaign(
        any_database,
        COSTS,
        VoteSettings(
            max_choices=3,
            envelopes_per_territory=True,
            territory_envelopes=((0, 1_200_000), (1, 800_000)),
        ),
        territories=("Les Flamands", "Le Mail"),
        project_territories=[0, 0, 1, 1],
        stations=2,
    )
    enter(any_database, voting.stations[0], BALLOTS)
    result = count_votes(any_database, voting.id, AUTHOR)
    names = [(p.territory_name, p.budget_cents) for p in result.parts]
    assert names == [("Les Flamands", 1_200_000), ("Le Mail", 800_000)]
    assert [p.selected_codes for p in result.parts] == [("1",), ("3", "4")]
    assert result.budget_cents == 2_000_000


def test_at_least_one_project_per_territory(any_database: Database) -> None:
    voting = make_vote_campaign(
        any_database,
        (10_000, 8_000, 2_000, 4_000),
        VoteSettings(max_choices=3, at_least_one_per_territory=True),
        territories=("Les Flamands", "Le Mail"),
        project_territories=[0, 0, 0, 1],
    )
    # Greedy alone funds 1, 2 and 3, all of Les Flamands: no room left for 4, Le Mail's only
    # project. Reserving 4 first leaves 16 000 €: then 1 and 3.
    enter(any_database, voting.stations[0], ["1 2 3"] * 4 + ["1 2"] * 2 + ["1", "4"])
    result = count_votes(any_database, voting.id, AUTHOR)
    fourth = result.projects[3]
    assert fourth.funded and "Le Mail" in fourth.explanation
    assert result.reserved == (voting.projects[3],)
    assert result.selected[0] == voting.projects[3]
    assert result.total_cost_cents <= 2_000_000
    assert [p.funded for p in result.projects] == [True, False, True, True]


def test_hand_counts_join_entered_ballots_for_greedy_rules_only(any_database: Database) -> None:
    voting = make_vote_campaign(any_database, COSTS, stations=2)
    enter(any_database, voting.stations[0], ["1 2", "3", ""])
    with pytest.raises(DomainError):  # more votes than valid ballots
        record_direct_count(
            any_database,
            voting.stations[1],
            DirectCountInput(valid=2, votes={voting.projects[3]: 3}),
            AUTHOR,
        )
    record_direct_count(
        any_database,
        voting.stations[1],
        DirectCountInput(
            valid=10, blank=2, nul=1, votes={voting.projects[3]: 9, voting.projects[2]: 4}
        ),
        AUTHOR,
    )
    result = count_votes(any_database, voting.id, AUTHOR)
    assert (result.source, result.valid, result.blank, result.nul) == ("mixed", 12, 3, 1)
    assert [p.votes for p in result.projects] == [1, 1, 5, 9]
    with pytest.raises(DomainError):
        count_votes(any_database, voting.id, AUTHOR, rule=Rule.MES)
    # Totals are not ballots: no pabulib file of ballots from them (it would hold 12 empty
    # ballots instead of the votes).
    with pytest.raises(DomainError, match="pabulib"):
        campaign_election(any_database, voting.id)


def _tied(database: Database, tie_break: TieBreak) -> VoteCampaign:
    voting = make_vote_campaign(
        database, (5_000, 12_000, 12_000), VoteSettings(max_choices=3, tie_break=tie_break)
    )
    enter(database, voting.stations[0], ["1 2 3"] * 3 + ["2 3"])
    return voting


def test_a_tie_that_matters_needs_a_recorded_draw(any_database: Database) -> None:
    voting = _tied(any_database, TieBreak.COST)
    with pytest.raises(DrawNeeded) as caught:
        count_votes(any_database, voting.id, AUTHOR)
    assert caught.value.tied == ("2", "3")
    draw = record_draw(any_database, voting.id, "Mme Hadj, M. Roux", AUTHOR, seed=4242)
    result = count_votes(any_database, voting.id, AUTHOR)
    assert result.draw == draw and result.seed == 4242
    assert sum(p.funded for p in result.projects[1:]) == 1
    assert result.parts[0].draws == (("2", "3"),)
    again = count_votes(any_database, voting.id, AUTHOR)
    assert again.selected == result.selected  # the same seed, the same outcome


def test_the_refuse_tie_rule_stops_the_count(any_database: Database) -> None:
    voting = _tied(any_database, TieBreak.REFUSE)
    with pytest.raises(TieError, match="2"):
        count_votes(any_database, voting.id, AUTHOR)


def test_publishing_sets_statuses_journals_and_schedules_the_one_year_review(
    any_database: Database,
) -> None:
    voting = counted(any_database)
    result = count_votes(any_database, voting.id, AUTHOR)
    published = publish_results(any_database, result.result_id or 0, AUTHOR)
    assert published.published_at is not None and published.published_by == AUTHOR
    statuses = [get_application(any_database, p).row.status for p in voting.projects]
    assert statuses == [
        ApplicationStatus.FUNDED,
        ApplicationStatus.FUNDED,
        ApplicationStatus.NOT_FUNDED,
        ApplicationStatus.FUNDED,
    ]
    with any_database.session() as session:
        actions = list(session.scalars(select(JournalEntry.action).order_by(JournalEntry.id)))
        assert actions[-6:] == ["application.status"] * 4 + ["vote.publish", "followup.schedule"]
        review = session.scalars(
            select(ChecklistItem).where(ChecklistItem.catalogue_key == "p9.one_year_review")
        ).one()
        assert review.phase == 9 and review.due_on == date(2027, 6, 13)
    assert published_result(any_database, voting.id) == published
    # Publishing again changes nothing; another count cannot be published on top.
    assert publish_results(any_database, result.result_id or 0, AUTHOR) == published
    other = count_votes(any_database, voting.id, AUTHOR, rule=Rule.MES)
    with pytest.raises(DomainError):
        publish_results(any_database, other.result_id or 0, AUTHOR)


def test_a_count_made_before_a_correction_cannot_be_published(any_database: Database) -> None:
    voting = counted(any_database)
    result = count_votes(any_database, voting.id, AUTHOR)
    [entry] = ballots.list_entries(any_database, voting.id)
    ballots.correct(any_database, entry.id, 1, "4", AUTHOR)
    with pytest.raises(DomainError):
        publish_results(any_database, result.result_id or 0, AUTHOR)
    assert get_application(any_database, voting.projects[0]).row.status is (
        ApplicationStatus.SHORTLISTED
    )


def test_the_campaign_as_one_election_for_the_command_line(any_database: Database) -> None:
    voting = counted(any_database)
    election, profile = campaign_election(any_database, voting.id)
    assert [p.id for p in election.projects] == ["1", "2", "3", "4"]
    assert election.budget == 2_000_000 and election.is_euro_cents
    assert profile.num_voters == 11
    assert profile.votes_and_scores()[0] == (7, 5, 4, 3)


def test_nothing_to_count(any_database: Database, voting: VoteCampaign) -> None:
    with pytest.raises(DomainError):
        count_votes(any_database, voting.id, AUTHOR)


def test_only_a_count_under_the_reglement_can_be_published(any_database: Database) -> None:
    voting = counted(any_database)  # the règlement says greedy
    simulation = count_votes(any_database, voting.id, AUTHOR, rule=Rule.MES)
    with pytest.raises(DomainError, match="règlement"):
        publish_results(any_database, simulation.result_id or 0, AUTHOR)
    assert published_result(any_database, voting.id) is None
    statuses = {get_application(any_database, i).row.status for i in voting.projects}
    assert statuses == {ApplicationStatus.SHORTLISTED}  # nothing moved
    official = count_votes(any_database, voting.id, AUTHOR)
    publish_results(any_database, official.result_id or 0, AUTHOR)
    assert published_result(any_database, voting.id) is not None
