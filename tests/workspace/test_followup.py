"""Phase 9 services: the projects followed, their money, milestones, updates with photos,
expenses, alerts, and the one-year review — on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from sqlalchemy import select

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.followup import (
    ExpenseInput,
    ExpenseState,
    FeedbackInput,
    FeedbackSource,
    FollowUpInput,
    FollowUpStatus,
    InstalmentInput,
    MilestoneInput,
    ReviewInput,
    ReviewReminder,
    UpdateInput,
)
from pbdesk.store.database import Database
from pbdesk.store.models import ChecklistItem
from pbdesk.workspace import journal
from pbdesk.workspace import one_year_review as oyr
from pbdesk.workspace.followup.alerts import AlertKind, followup_alerts
from pbdesk.workspace.followup.projects import (
    add_off_vote_project,
    campaign_totals,
    change_followup_status,
    list_projects,
    off_vote_candidates,
    project_detail,
    remove_off_vote_project,
    save_followup,
)
from pbdesk.workspace.followup.records import (
    PhotoChanges,
    add_photo,
    delete_instalment,
    delete_milestone,
    delete_update,
    photo_content,
    remove_photo,
    save_expense,
    save_instalment,
    save_milestone,
    save_update,
    save_update_with_photos,
    write_photo,
)
from pbdesk.workspace.vote_publish import ONE_YEAR_REVIEW_KEY, schedule_one_year_review

from .followup_support import add_projects
from .support import AUTHOR, row_counts

TODAY = date(2027, 3, 1)


@pytest.fixture
def projects(any_database: Database, campaign: int) -> list[int]:
    funded = add_projects(
        any_database, campaign, [("Jardin partagé", "10 000"), ("Fresque du square", "5 000")]
    )
    add_projects(any_database, campaign, [("Pas retenu", "3 000")], ApplicationStatus.NOT_FUNDED)
    return funded


def test_funded_projects_are_listed_with_their_allocation(
    any_database: Database, campaign: int, projects: list[int]
) -> None:
    rows = list_projects(any_database, campaign, TODAY)
    assert [r.title for r in rows] == ["Jardin partagé", "Fresque du square"]
    assert rows[0].status is FollowUpStatus.LAUREATE
    assert rows[0].money.allocated == 1_000_000
    assert rows[0].money.remaining == 1_000_000
    assert campaign_totals(any_database, campaign).allocated == 1_500_000


def test_expenses_move_committed_paid_remaining_and_overspend(
    any_database: Database, campaign: int, projects: list[int]
) -> None:
    garden = projects[0]
    save_expense(
        any_database,
        garden,
        ExpenseInput(date(2026, 9, 1), "4 000", "Bacs", "Menuiserie", "F-12", ExpenseState.PAID),
        AUTHOR,
    )
    expense = save_expense(
        any_database, garden, ExpenseInput(date(2026, 10, 1), "2 500,50", "Terre"), AUTHOR
    )
    row = list_projects(any_database, campaign, TODAY)[0]
    assert (row.money.committed, row.money.paid, row.money.remaining) == (
        650_050,
        400_000,
        349_950,
    )
    save_expense(
        any_database,
        garden,
        ExpenseInput(date(2026, 10, 1), "6 000", "Terre", state=ExpenseState.PAID),
        AUTHOR,
        expense,
    )
    row = list_projects(any_database, campaign, TODAY)[0]
    assert row.money.overspend == 0 and row.money.remaining == 0
    save_expense(any_database, garden, ExpenseInput(date(2026, 11, 1), "1", "Outils"), AUTHOR)
    row = list_projects(any_database, campaign, TODAY)[0]
    assert row.money.overspent and row.money.overspend == 100
    alerts = followup_alerts(any_database, campaign, TODAY)
    assert [a.kind for a in alerts if a.application_id == garden] == [AlertKind.OVERSPEND]
    totals = campaign_totals(any_database, campaign)
    assert totals.committed == sum(r.money.committed for r in list_projects(any_database, campaign))
    lines = [e.action for e in journal.entries(any_database, campaign)]
    assert lines.count("followup.expense") == 4


def test_an_invalid_expense_saves_nothing(
    any_database: Database, campaign: int, projects: list[int]
) -> None:
    before = row_counts(any_database)
    with pytest.raises(ValidationError) as caught:
        save_expense(any_database, projects[0], ExpenseInput(None, "abc", " "), AUTHOR)
    assert set(caught.value.errors) == {"spent_on", "amount", "label"}
    assert "abc" in caught.value.errors["amount"]
    assert row_counts(any_database) == before


def test_status_workflow_needs_a_reason_and_is_journaled(
    any_database: Database, campaign: int, projects: list[int]
) -> None:
    garden = projects[0]
    with pytest.raises(DomainError):
        change_followup_status(any_database, garden, FollowUpStatus.DONE, "", AUTHOR)
    with pytest.raises(ValidationError) as caught:
        change_followup_status(any_database, garden, FollowUpStatus.SUSPENDED, " ", AUTHOR)
    assert "reason" in caught.value.errors
    change_followup_status(any_database, garden, FollowUpStatus.IN_PROGRESS, "", AUTHOR)
    change_followup_status(any_database, garden, FollowUpStatus.DONE, "", AUTHOR)
    row = list_projects(any_database, campaign, TODAY)[0]
    assert row.status is FollowUpStatus.DONE and row.progress == 100
    line = journal.entries(any_database, campaign, limit=1)[0]
    assert line.action == "followup.status" and "Jardin partagé" in line.summary


def test_a_project_not_funded_can_be_followed_as_carried_out_outside_the_vote(
    any_database: Database, campaign: int, projects: list[int]
) -> None:
    candidates = off_vote_candidates(any_database, campaign)
    assert [title for _, _, title in candidates] == ["Pas retenu"]
    other = candidates[0][0]
    with pytest.raises(DomainError):
        save_expense(any_database, other, ExpenseInput(TODAY, "10", "x"), AUTHOR)
    add_off_vote_project(any_database, other, AUTHOR)
    rows = list_projects(any_database, campaign, TODAY)
    assert rows[-1].off_vote and rows[-1].status is FollowUpStatus.DONE_OFF_VOTE
    with pytest.raises(DomainError):
        add_off_vote_project(any_database, other, AUTHOR)
    remove_off_vote_project(any_database, other, AUTHOR)
    assert len(list_projects(any_database, campaign, TODAY)) == 2


def test_subsidy_instalments_and_financial_report(
    any_database: Database, campaign: int, projects: list[int]
) -> None:
    garden = projects[0]
    save_followup(
        any_database,
        garden,
        FollowUpInput(
            awarded="9 500",
            convention_reference="CONV-2026-01",
            convention_on=date(2026, 7, 1),
            financial_year_end=date(2026, 8, 31),
            progress=40,
            beneficiaries=120,
        ),
        AUTHOR,
    )
    save_instalment(
        any_database,
        garden,
        InstalmentInput(date(2026, 7, 15), "5 000", date(2026, 7, 20), ""),
        AUTHOR,
    )
    save_instalment(any_database, garden, InstalmentInput(date(2027, 1, 15), "4 500"), AUTHOR)
    detail = project_detail(any_database, garden, TODAY)
    assert detail.awarded_cents == 950_000 and detail.row.money.allocated == 950_000
    assert [i.paid for i in detail.instalments] == [True, False]
    assert detail.instalments[0].paid_cents == 500_000
    assert detail.row.subsidy_paid_cents == 500_000
    assert detail.row.first_payment_on == date(2026, 7, 20)
    assert detail.row.financial_report_due == date(2027, 2, 28)
    alerts = followup_alerts(any_database, campaign, TODAY)
    assert [a.kind for a in alerts] == [AlertKind.FINANCIAL_REPORT]
    with pytest.raises(ValidationError) as caught:
        save_followup(any_database, garden, FollowUpInput(awarded="-3", progress=140), AUTHOR)
    assert set(caught.value.errors) == {"awarded", "progress"}
    delete_instalment(any_database, detail.instalments[1].id, AUTHOR)
    assert len(project_detail(any_database, garden, TODAY).instalments) == 1


def test_late_milestones_are_flagged(
    any_database: Database, campaign: int, projects: list[int]
) -> None:
    garden = projects[0]
    late = save_milestone(
        any_database, garden, MilestoneInput("Devis signés", date(2027, 2, 1)), AUTHOR
    )
    save_milestone(any_database, garden, MilestoneInput("Plantation", date(2027, 4, 1)), AUTHOR)
    save_milestone(
        any_database,
        garden,
        MilestoneInput("Convention", date(2026, 7, 1), done_on=date(2026, 7, 3)),
        AUTHOR,
    )
    detail = project_detail(any_database, garden, TODAY)
    assert [(m.title, m.late) for m in detail.milestones] == [
        ("Devis signés", True),
        ("Plantation", False),
        ("Convention", False),
    ]
    assert detail.row.late_milestones == 1
    alerts = followup_alerts(any_database, campaign, TODAY)
    assert alerts[0].kind is AlertKind.LATE_MILESTONE and "Devis signés" in alerts[0].text
    save_milestone(
        any_database,
        garden,
        MilestoneInput("Devis signés", date(2027, 2, 1), done_on=TODAY),
        AUTHOR,
        late,
    )
    assert project_detail(any_database, garden, TODAY).row.late_milestones == 0
    delete_milestone(any_database, late, AUTHOR)


def test_updates_and_photos_are_streamed_in_and_out(
    any_database: Database, campaign: int, projects: list[int], tmp_path: Path
) -> None:
    garden = projects[0]
    update = save_update(
        any_database, garden, UpdateInput(date(2026, 9, 1), "Les bacs sont posés.", True), AUTHOR
    )
    save_update(any_database, garden, UpdateInput(date(2026, 10, 1), "Note interne"), AUTHOR)
    photo_path = tmp_path / "bacs.jpg"
    content = bytes(range(256)) * 5000
    photo_path.write_bytes(content)
    photo = add_photo(any_database, update, photo_path, AUTHOR)
    detail = project_detail(any_database, garden, TODAY)
    assert [(u.text, u.public) for u in detail.updates] == [
        ("Note interne", False),
        ("Les bacs sont posés.", True),
    ]
    assert detail.updates[1].photos[0].size == len(content)
    assert photo_content(any_database, photo) == ("bacs.jpg", content)
    target = BytesIO()
    assert write_photo(any_database, photo, target) == "bacs.jpg"
    assert target.getvalue() == content
    text_file = tmp_path / "notes.txt"
    text_file.write_text("x")
    with pytest.raises(DomainError):
        add_photo(any_database, update, text_file, AUTHOR)
    remove_photo(any_database, photo, AUTHOR)
    assert project_detail(any_database, garden, TODAY).updates[1].photos == ()
    delete_update(any_database, update, AUTHOR)
    assert len(project_detail(any_database, garden, TODAY).updates) == 1


def test_one_year_review_builds_on_the_scheduled_checklist_item(
    any_database: Database, campaign: int, projects: list[int]
) -> None:
    with any_database.session() as session:
        schedule_one_year_review(session, campaign, date(2026, 6, 13), AUTHOR)
    review = oyr.get_review(any_database, campaign, date(2027, 5, 20))
    assert review.scheduled_on == date(2027, 6, 13)
    assert review.reminder is ReviewReminder.APPROACHING
    alerts = followup_alerts(any_database, campaign, date(2027, 5, 20))
    assert [a.kind for a in alerts] == [AlertKind.REVIEW_APPROACHING]
    assert followup_alerts(any_database, campaign, date(2027, 6, 14))[0].kind is (
        AlertKind.REVIEW_OVERDUE
    )
    oyr.save_review(any_database, campaign, ReviewInput(scheduled_on=date(2027, 6, 20)), AUTHOR)
    with any_database.session() as session:
        item = session.scalar(
            select(ChecklistItem).where(
                ChecklistItem.campaign_id == campaign,
                ChecklistItem.catalogue_key == ONE_YEAR_REVIEW_KEY,
            )
        )
        assert item is not None and item.due_on == date(2027, 6, 20)
    with pytest.raises(ValidationError) as caught:
        oyr.save_review(any_database, campaign, ReviewInput(minutes="On a parlé"), AUTHOR)
    assert "held_on" in caught.value.errors
    oyr.save_review(
        any_database,
        campaign,
        ReviewInput(date(2027, 6, 20), date(2027, 6, 20), "Centre social", 42, "Bien", "Refaire"),
        AUTHOR,
    )
    review = oyr.get_review(any_database, campaign, date(2027, 7, 1))
    assert review.reminder is ReviewReminder.NONE and review.residents_count == 42
    assert followup_alerts(any_database, campaign, date(2027, 7, 1)) == []
    with any_database.session() as session:
        item = session.scalar(
            select(ChecklistItem).where(ChecklistItem.catalogue_key == ONE_YEAR_REVIEW_KEY)
        )
        assert item is not None and item.done


def test_feedback_is_anonymous_scored_one_to_five(
    any_database: Database, campaign: int, projects: list[int]
) -> None:
    before = row_counts(any_database)
    with pytest.raises(ValidationError) as caught:
        oyr.save_feedback(any_database, campaign, FeedbackInput(projects[0], 6), AUTHOR)
    assert "score" in caught.value.errors
    with pytest.raises(ValidationError):
        oyr.save_feedback(any_database, campaign, FeedbackInput(projects[0]), AUTHOR)
    assert row_counts(any_database) == before
    oyr.save_feedback(any_database, campaign, FeedbackInput(projects[0], 5, "Super"), AUTHOR)
    oyr.save_feedback(
        any_database,
        campaign,
        FeedbackInput(projects[0], 3, source=FeedbackSource.QUESTIONNAIRE),
        AUTHOR,
    )
    third = oyr.save_feedback(
        any_database, campaign, FeedbackInput(None, None, "Continuer"), AUTHOR
    )
    rows = oyr.list_feedback(any_database, campaign)
    assert [r.project for r in rows] == ["1. Jardin partagé", "1. Jardin partagé", ""]
    averages = {s.application_id: s.average for s in oyr.satisfaction(any_database, campaign)}
    assert averages == {projects[0]: 4.0, None: None}
    oyr.delete_feedback(any_database, third, AUTHOR)
    assert len(oyr.list_feedback(any_database, campaign)) == 2


def test_demo_followup_gives_one_late_milestone_one_overspend_and_a_held_review(
    any_database: Database,
) -> None:
    from pbdesk.workspace.campaigns import create_campaign
    from pbdesk.workspace.demo_followup import add_demo_followup

    from .support import make_frame

    campaign = create_campaign(
        any_database,
        make_frame(
            name="Belle de Mai 2019",
            year=2019,
            slug="belle-de-mai-2019",
            starts_on=date(2019, 4, 1),
            ends_on=date(2019, 12, 20),
            vote_on=date(2019, 11, 16),
        ),
        AUTHOR,
    )
    funded = add_projects(
        any_database, campaign, [("Jardin", "8 000"), ("Fresque", "5 500"), ("Vélo", "12 000")]
    )
    with any_database.session() as session:
        add_demo_followup(session, campaign, 2019)
    rows = list_projects(any_database, campaign, date(2026, 11, 29))
    assert [r.application_id for r in rows] == funded
    assert sum(r.late_milestones for r in rows) == 1
    assert sum(r.money.overspent for r in rows) == 1
    assert all(r.first_payment_on is not None for r in rows)
    detail = project_detail(any_database, funded[0])
    assert {u.public for u in detail.updates} == {True, False}
    assert detail.updates[-1].photos and photo_content(
        any_database, detail.updates[-1].photos[0].id
    )
    review = oyr.get_review(any_database, campaign, date(2026, 11, 29))
    assert review.held_on is not None and review.reminder is ReviewReminder.NONE
    assert len(oyr.list_feedback(any_database, campaign)) > 5
    kinds = {a.kind for a in followup_alerts(any_database, campaign, date(2026, 11, 29))}
    assert kinds == {AlertKind.OVERSPEND, AlertKind.LATE_MILESTONE}


def test_no_review_reminder_before_the_review_is_scheduled(
    any_database: Database, campaign: int
) -> None:
    # The campaign's vote is planned on 13/06/2026 but no result was published.
    review = oyr.get_review(any_database, campaign, date(2027, 7, 1))
    assert review.scheduled_on == date(2027, 6, 13)
    assert review.reminder is ReviewReminder.NONE
    assert followup_alerts(any_database, campaign, date(2027, 7, 1)) == []


def test_an_estimated_review_date_is_never_saved_as_the_date(
    any_database: Database, campaign: int
) -> None:
    # No result published: the date is the vote's + 1 year, an estimate only.
    review = oyr.get_review(any_database, campaign, date(2027, 7, 1))
    assert review.estimated and review.scheduled_on == date(2027, 6, 13)
    data = review.as_input()
    assert data.scheduled_on is None
    oyr.save_review(any_database, campaign, replace(data, place="Centre social"), AUTHOR)
    review = oyr.get_review(any_database, campaign, date(2027, 7, 1))
    assert review.estimated and review.place == "Centre social"
    assert review.reminder is ReviewReminder.NONE
    assert followup_alerts(any_database, campaign, date(2027, 7, 1)) == []
    # Once the results are published, the date is firm and reminders start.
    with any_database.session() as session:
        schedule_one_year_review(session, campaign, date(2026, 6, 13), AUTHOR)
    review = oyr.get_review(any_database, campaign, date(2027, 7, 1))
    assert not review.estimated and review.reminder is ReviewReminder.OVERDUE
    assert review.as_input().scheduled_on == date(2027, 6, 13)


def test_an_update_is_saved_with_its_photo_changes_all_or_nothing(
    any_database: Database, campaign: int, projects: list[int], tmp_path: Path
) -> None:
    garden = projects[0]
    update = save_update(
        any_database, garden, UpdateInput(date(2026, 9, 1), "Les bacs sont posés.", True), AUTHOR
    )
    first, second = tmp_path / "bacs.jpg", tmp_path / "semis.png"
    first.write_bytes(b"\xff\xd8" + bytes(300_000))
    second.write_bytes(b"\x89PNG" + bytes(1000))
    kept = add_photo(any_database, update, first, AUTHOR)
    gone = add_photo(any_database, update, second, AUTHOR)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("x")
    before = project_detail(any_database, garden, TODAY).updates[0]
    # A refused file: neither the text nor the photos change.
    with pytest.raises(DomainError):
        save_update_with_photos(
            any_database,
            garden,
            UpdateInput(date(2026, 9, 2), "Autre texte", False),
            PhotoChanges(
                added=((second, ""), (text_file, "")),
                removed=(gone,),
                captions=((kept, "Bacs"),),
            ),
            AUTHOR,
            update,
        )
    assert project_detail(any_database, garden, TODAY).updates[0] == before
    save_update_with_photos(
        any_database,
        garden,
        UpdateInput(date(2026, 9, 2), "Autre texte", False),
        PhotoChanges(
            added=((second, "  Les  semis "),), removed=(gone,), captions=((kept, "Bacs"),)
        ),
        AUTHOR,
        update,
    )
    after = project_detail(any_database, garden, TODAY).updates[0]
    assert (after.dated_on, after.text, after.public) == (date(2026, 9, 2), "Autre texte", False)
    assert [(p.filename, p.caption) for p in after.photos] == [
        ("bacs.jpg", "Bacs"),
        ("semis.png", "Les semis"),
    ]
    assert photo_content(any_database, after.photos[1].id)[1] == second.read_bytes()
    actions = [e.action for e in journal.entries(any_database, campaign, limit=4)]
    assert sorted(actions) == [
        "followup.photo",
        "followup.photo_caption",
        "followup.photo_removed",
        "followup.update",
    ]
    # A photo of another update cannot be touched through this one.
    other = save_update(any_database, garden, UpdateInput(TODAY, "Autre"), AUTHOR)
    with pytest.raises(DomainError):
        save_update_with_photos(
            any_database,
            garden,
            UpdateInput(TODAY, "Autre"),
            PhotoChanges(removed=(kept,)),
            AUTHOR,
            other,
        )
    assert len(project_detail(any_database, garden, TODAY).updates[1].photos) == 2


def test_money_spent_on_a_project_no_longer_funded_stays_in_the_totals(
    any_database: Database, campaign: int, projects: list[int]
) -> None:
    from pbdesk.store.models import Application

    garden = projects[0]
    save_expense(any_database, garden, ExpenseInput(date(2026, 9, 1), "500", "Bacs"), AUTHOR)
    with any_database.session() as session:  # the designation was changed afterwards
        session.get(Application, garden).status = ApplicationStatus.NOT_FUNDED.value
    rows = list_projects(any_database, campaign, TODAY)
    assert garden in [r.application_id for r in rows]
    assert campaign_totals(any_database, campaign).committed == 50_000
    assert garden not in [c[0] for c in off_vote_candidates(any_database, campaign)]
