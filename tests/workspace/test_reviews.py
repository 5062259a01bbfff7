"""Reviewers, what they review, their reviews typed in the app, and the synthesis."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus
from pbdesk.domain.errors import ConcurrentEdit, DomainError, ValidationError
from pbdesk.domain.people import PersonInput, Role
from pbdesk.domain.review import Recommendation
from pbdesk.store.database import Database
from pbdesk.store.models import Campaign
from pbdesk.workspace.applications import get_application, save_application
from pbdesk.workspace.call import CriterionView, list_criteria, start_from_default_grid
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.demo import add_demo_workspace
from pbdesk.workspace.demo_reviews import add_demo_reviews
from pbdesk.workspace.journal import entries
from pbdesk.workspace.reviews.answers import Answer, ReviewInput, get_review, save_review
from pbdesk.workspace.reviews.decision import decide, synthesis
from pbdesk.workspace.reviews.reviewers import (
    ReviewerInput,
    ReviewerKind,
    applications_for,
    delete_reviewer,
    find_reviewer,
    list_reviewers,
    save_reviewer,
    set_assignments,
)
from pbdesk.workspace.team import save_person

from .support import AUTHOR, make_frame, row_counts


def _applications(database: Database, campaign: int, count: int = 3) -> list[int]:
    return [
        save_application(
            database, campaign, ApplicationInput(title=f"Projet {n}", requested="1 000"), AUTHOR
        )
        for n in range(1, count + 1)
    ]


def _criteria(database: Database, campaign: int) -> list[CriterionView]:
    start_from_default_grid(database, campaign, AUTHOR)
    return list_criteria(database, campaign)


def _full(criteria: list[CriterionView], level: int, refuse: str = "") -> ReviewInput:
    answers = {c.id: Answer(score=min(level, c.scale_max)) for c in criteria if c.kind == "scored"}
    for c in criteria:
        if c.kind == "eligibility":
            answers[c.id] = Answer(eligible=not refuse, reason=refuse)
    return ReviewInput(answers, f"Niveau {level}", Recommendation.FAVOURABLE)


# --- reviewers and assignments ---------------------------------------------------------------


def test_reviewers_are_added_listed_and_found_by_name(
    any_database: Database, campaign: int
) -> None:
    first = save_reviewer(
        any_database,
        campaign,
        ReviewerInput("  Élise   Martin ", ReviewerKind.ELECTED, "Mairie de secteur"),
        AUTHOR,
    )
    save_reviewer(any_database, campaign, ReviewerInput("Service voirie"), AUTHOR)
    reviewers = list_reviewers(any_database, campaign)
    assert [r.name for r in reviewers] == ["Élise Martin", "Service voirie"]
    assert reviewers[0].kind.label == "Élu·e" and reviewers[0].all_applications
    assert find_reviewer(any_database, campaign, "élise martin").id == first
    assert entries(any_database, campaign, 1)[0].summary == (
        "Instructeur « Service voirie » (Service technique) ajouté."
    )
    with pytest.raises(ValidationError) as refused:
        save_reviewer(any_database, campaign, ReviewerInput("ÉLISE MARTIN"), AUTHOR)
    assert refused.value.errors == {"name": "Un instructeur nommé « ÉLISE MARTIN » existe déjà."}
    with pytest.raises(DomainError, match="Il n’y a pas d’instructeur « Personne »"):
        find_reviewer(any_database, campaign, "Personne")


def test_a_reviewer_from_the_team_takes_their_name(any_database: Database, campaign: int) -> None:
    person = save_person(any_database, campaign, PersonInput("Karim Haddad", Role.SERVICE)).id
    reviewer = save_reviewer(
        any_database, campaign, ReviewerInput("", ReviewerKind.SERVICE, person_id=person), AUTHOR
    )
    assert list_reviewers(any_database, campaign)[0].name == "Karim Haddad"
    assert list_reviewers(any_database, campaign)[0].id == reviewer
    other = create_campaign(any_database, make_frame(slug="autre-2026"), AUTHOR)
    with pytest.raises(ValidationError) as refused:
        save_reviewer(any_database, other, ReviewerInput("X", person_id=person), AUTHOR)
    assert set(refused.value.errors) == {"person"}


def test_a_reviewer_reviews_all_applications_or_those_assigned(
    any_database: Database, campaign: int
) -> None:
    applications = _applications(any_database, campaign)
    reviewer = save_reviewer(any_database, campaign, ReviewerInput("Élu"), AUTHOR)
    assert [a.id for a in applications_for(any_database, reviewer)] == applications
    set_assignments(any_database, reviewer, False, [applications[2], applications[0]])
    assert [a.number for a in applications_for(any_database, reviewer)] == [1, 3]
    assert list_reviewers(any_database, campaign)[0].application_ids == (
        applications[0],
        applications[2],
    )
    other = create_campaign(any_database, make_frame(slug="autre-2026"), AUTHOR)
    [foreign] = _applications(any_database, other, 1)
    with pytest.raises(ValidationError):
        set_assignments(any_database, reviewer, False, [foreign])
    set_assignments(any_database, reviewer, True)
    assert len(applications_for(any_database, reviewer)) == 3
    assert list_reviewers(any_database, campaign)[0].application_ids == ()


def test_removing_a_reviewer_removes_their_reviews_and_journals_it(
    any_database: Database, campaign: int
) -> None:
    criteria = _criteria(any_database, campaign)
    [application] = _applications(any_database, campaign, 1)
    reviewer = save_reviewer(any_database, campaign, ReviewerInput("Élu"), AUTHOR)
    save_review(any_database, reviewer, application, _full(criteria, 2))
    delete_reviewer(any_database, reviewer, AUTHOR)
    assert list_reviewers(any_database, campaign) == []
    assert row_counts(any_database)["review"] == 0
    assert entries(any_database, campaign, 1)[0].summary == (
        "Instructeur « Élu » retiré, avec 1 instruction(s)."
    )


# --- one review ------------------------------------------------------------------------------


def test_a_review_is_saved_whole_and_read_back(any_database: Database, campaign: int) -> None:
    criteria = _criteria(any_database, campaign)
    [application] = _applications(any_database, campaign, 1)
    reviewer = save_reviewer(any_database, campaign, ReviewerInput("Élu"), AUTHOR)
    empty = get_review(any_database, reviewer, application)
    assert empty.answers == {} and empty.version == 0 and empty.total is None
    saved = save_review(
        any_database, reviewer, application, _full(criteria, 2, "Hors périmètre"), version=0
    )
    assert saved.total == sum(2 * c.weight for c in criteria if c.kind == "scored")
    assert saved.best_total == sum(3 * c.weight for c in criteria if c.kind == "scored")
    assert saved.recommendation is Recommendation.FAVOURABLE and saved.comment == "Niveau 2"
    assert get_review(any_database, reviewer, application) == saved
    # Saving again replaces the review whole: an answer left out is cleared.
    partial = ReviewInput({criteria[-1].id: Answer(score=1)})
    again = save_review(any_database, reviewer, application, partial, version=saved.version)
    assert again.answers == {criteria[-1].id: Answer(score=1)}
    assert again.total is None and again.recommendation is None
    with pytest.raises(ConcurrentEdit):
        save_review(any_database, reviewer, application, partial, version=saved.version)


def test_a_wrong_review_names_each_criterion_and_saves_nothing(
    any_database: Database, campaign: int
) -> None:
    criteria = _criteria(any_database, campaign)
    [application] = _applications(any_database, campaign, 1)
    reviewer = save_reviewer(any_database, campaign, ReviewerInput("Élu"), AUTHOR)
    eligibility = next(c for c in criteria if c.kind == "eligibility")
    scored = next(c for c in criteria if c.kind == "scored")
    before = row_counts(any_database)
    with pytest.raises(ValidationError) as refused:
        save_review(
            any_database,
            reviewer,
            application,
            ReviewInput(
                {
                    eligibility.id: Answer(eligible=False),
                    scored.id: Answer(score=7),
                    9999: Answer(score=1),
                }
            ),
        )
    assert refused.value.errors == {
        f"criterion.{eligibility.id}": (
            f"« {eligibility.name} » : dites pourquoi la réponse est non."
        ),
        f"criterion.{scored.id}": f"« {scored.name} » : 7 n’est pas une note entre 0 et 3.",
        "criterion.9999": "Un des critères renseignés n’appartient pas à cette campagne.",
    }
    with pytest.raises(ValidationError) as wrong_kind:
        save_review(
            any_database,
            reviewer,
            application,
            ReviewInput({eligibility.id: Answer(score=1), scored.id: Answer(eligible=True)}),
        )
    assert set(wrong_kind.value.errors) == {f"criterion.{eligibility.id}", f"criterion.{scored.id}"}
    assert row_counts(any_database) == before


def test_only_an_assigned_application_can_be_reviewed(
    any_database: Database, campaign: int
) -> None:
    _criteria(any_database, campaign)
    first, second = _applications(any_database, campaign, 2)
    reviewer = save_reviewer(
        any_database,
        campaign,
        ReviewerInput("Élu", all_applications=False, application_ids=[first]),
        AUTHOR,
    )
    with pytest.raises(DomainError, match="Le dépôt 2 n’est pas confié à « Élu »"):
        save_review(any_database, reviewer, second, ReviewInput())


# --- the synthesis ---------------------------------------------------------------------------


def test_synthesis_gives_totals_mean_spread_disagreement_and_concerns(
    any_database: Database, campaign: int
) -> None:
    criteria = _criteria(any_database, campaign)
    first, second, third = _applications(any_database, campaign)
    a = save_reviewer(any_database, campaign, ReviewerInput("A"), AUTHOR)
    b = save_reviewer(any_database, campaign, ReviewerInput("B"), AUTHOR)
    c = save_reviewer(
        any_database,
        campaign,
        ReviewerInput("C", all_applications=False, application_ids=[third]),
        AUTHOR,
    )
    save_review(any_database, a, first, _full(criteria, 3))
    save_review(any_database, b, first, _full(criteria, 0, "Le porteur est le prestataire"))
    save_review(any_database, a, second, _full(criteria, 2))
    save_review(any_database, b, second, _full(criteria, 2))
    save_review(any_database, c, third, ReviewInput({criteria[-1].id: Answer(score=1)}))
    result = synthesis(any_database, campaign)
    best = result.best_total
    assert best == 33 and [r.name for r in result.reviewers] == ["A", "B", "C"]
    one, two, three = result.rows
    assert [t.total for t in one.reviews] == [33, 0]  # C does not review it
    assert (one.mean, one.spread, one.disagree) == (16.5, 33, True)
    assert {(x.reviewer_name, x.reason) for x in one.concerns} == {
        ("B", "Le porteur est le prestataire")
    }
    assert len(one.concerns) == 5  # every eligibility criterion answered "non"
    assert (two.mean, two.spread, two.disagree, two.concerns) == (22.0, 0, False, ())
    assert [(t.reviewer_name, t.total, t.scored, t.recorded) for t in three.reviews] == [
        ("A", None, 0, False),
        ("B", None, 0, False),
        ("C", None, 1, True),
    ]
    assert three.mean is None and not three.disagree
    assert one.status is ApplicationStatus.SUBMITTED


def test_the_team_decides_with_a_journaled_status_change(
    any_database: Database, campaign: int
) -> None:
    [application] = _applications(any_database, campaign, 1)
    decide(any_database, [application], ApplicationStatus.ADMISSIBLE, "", AUTHOR)
    decide(any_database, [application], ApplicationStatus.REVIEWED, "", AUTHOR)
    decide(any_database, [application], ApplicationStatus.NOT_SHORTLISTED, "Hors cadre", AUTHOR)
    row = synthesis(any_database, campaign).rows[0]
    assert (row.status, row.status_reason) == (ApplicationStatus.NOT_SHORTLISTED, "Hors cadre")
    assert len(get_application(any_database, application).history) == 3
    assert entries(any_database, campaign, 1)[0].action == "application.status"


# --- the demo --------------------------------------------------------------------------------


def _demo_with_reviews(database: Database) -> list[int]:
    ids = add_demo_workspace(database)
    with database.session() as session:
        for campaign_id in ids:
            campaign = session.get(Campaign, campaign_id)
            assert campaign is not None
            if campaign.decision_mode == "vote":
                add_demo_reviews(session, campaign_id, rng_seed=campaign.year)
    return ids


def test_demo_reviews_give_the_synthesis_something_to_show(tmp_path: Path) -> None:
    from pbdesk.store.database import open_database

    first = open_database(tmp_path / "one.sqlite3")
    second = open_database(tmp_path / "two.sqlite3")
    try:
        ids = _demo_with_reviews(first)
        _demo_with_reviews(second)
        with first.session() as session:
            voted = list(
                session.scalars(
                    select(Campaign.id).where(
                        Campaign.id.in_(ids), Campaign.decision_mode == "vote"
                    )
                )
            )
        assert voted
        disagreements = 0
        for campaign_id in voted:
            result = synthesis(first, campaign_id)
            reviewers = result.reviewers
            assert 3 <= len(reviewers) <= 4
            assert any(r.person_id for r in reviewers) and any(not r.person_id for r in reviewers)
            assert {r.kind for r in reviewers} >= {ReviewerKind.SERVICE, ReviewerKind.ELECTED}
            assert result.rows and all(
                t.total is not None and t.comment for row in result.rows for t in row.reviews
            )
            assert any(row.concerns for row in result.rows)
            disagreements += sum(row.disagree for row in result.rows)
            # The same seed gives the same reviews.
            assert [
                [t.total for t in row.reviews] for row in synthesis(second, campaign_id).rows
            ] == [[t.total for t in row.reviews] for row in result.rows]
        assert disagreements >= 1
    finally:
        first.close()
        second.close()
