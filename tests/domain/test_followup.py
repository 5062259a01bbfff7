"""Follow-up rules: statuses, money in cents, late milestones, due dates, reminders."""

from __future__ import annotations

from datetime import date

import pytest

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.followup import (
    ExpenseInput,
    ExpenseState,
    FollowUpStatus,
    InstalmentInput,
    MilestoneInput,
    MilestoneStatus,
    MoneyFigures,
    ReviewReminder,
    allowed_statuses,
    check_status_change,
    financial_report_due,
    financial_report_overdue,
    milestone_late,
    money_figures,
    one_year_review_due,
    progress_for,
    review_reminder,
    total_figures,
    validate_expense,
    validate_instalment,
    validate_milestone,
)

S = FollowUpStatus


def test_workflow_moves_forward_and_back_one_step() -> None:
    assert allowed_statuses(S.LAUREATE) == [S.PREPARING, S.IN_PROGRESS, S.SUSPENDED, S.ABANDONED]
    assert S.DONE in allowed_statuses(S.IN_PROGRESS)
    assert S.DONE_OFF_VOTE not in allowed_statuses(S.IN_PROGRESS)
    assert S.DONE_OFF_VOTE in allowed_statuses(S.IN_PROGRESS, off_vote=True)
    assert S.DONE not in allowed_statuses(S.IN_PROGRESS, off_vote=True)
    assert check_status_change(S.LAUREATE, S.PREPARING, "ignored") == ""
    assert check_status_change(S.IN_PROGRESS, S.SUSPENDED, "  travaux  ") == "travaux"
    with pytest.raises(ValidationError):
        check_status_change(S.IN_PROGRESS, S.ABANDONED, "")
    with pytest.raises(DomainError):
        check_status_change(S.LAUREATE, S.DONE, "")
    with pytest.raises(DomainError):
        check_status_change(S.DONE, S.DONE, "")


def test_progress_is_full_when_done() -> None:
    assert progress_for(S.DONE, 10) == 100
    assert progress_for(S.IN_PROGRESS, 140) == 100
    assert progress_for(S.PREPARING, 35) == 35


def test_money_in_cents() -> None:
    figures = money_figures(
        1_000_000, [(400_000, ExpenseState.PAID), (250_050, ExpenseState.COMMITTED)]
    )
    assert (figures.committed, figures.paid, figures.remaining, figures.overspend) == (
        650_050,
        400_000,
        349_950,
        0,
    )
    over = money_figures(100, [(150, ExpenseState.COMMITTED)])
    assert over.overspent and over.overspend == 50 and over.remaining == 0
    total = total_figures([figures, over])
    assert total == MoneyFigures(1_000_100, 650_200, 400_000)


def test_late_milestone_rule() -> None:
    today = date(2027, 3, 1)
    assert milestone_late(MilestoneStatus.PLANNED, date(2027, 2, 28), None, today)
    assert not milestone_late(MilestoneStatus.PLANNED, today, None, today)
    assert not milestone_late(MilestoneStatus.DONE, date(2027, 1, 1), date(2027, 2, 1), today)
    assert not milestone_late(MilestoneStatus.CANCELLED, date(2027, 1, 1), None, today)
    assert not milestone_late(MilestoneStatus.PLANNED, None, None, today)


def test_due_dates() -> None:
    assert financial_report_due(date(2026, 12, 31)) == date(2027, 6, 30)
    assert financial_report_due(date(2026, 8, 31)) == date(2027, 2, 28)
    # A year ending on the last day of a month: due on the last day, not one day early.
    assert financial_report_due(date(2025, 6, 30)) == date(2025, 12, 31)
    assert financial_report_due(date(2025, 9, 30)) == date(2026, 3, 31)
    assert financial_report_due(date(2025, 3, 15)) == date(2025, 9, 15)
    assert financial_report_overdue(date(2026, 12, 31), None, date(2027, 7, 1))
    assert not financial_report_overdue(date(2026, 12, 31), date(2027, 6, 1), date(2027, 7, 1))
    assert not financial_report_overdue(date(2026, 12, 31), None, date(2027, 6, 30))
    assert one_year_review_due(date(2024, 2, 29)) == date(2025, 2, 28)


def test_review_reminder() -> None:
    due = date(2027, 6, 13)
    assert review_reminder(due, None, date(2027, 5, 13)) is ReviewReminder.NONE
    assert review_reminder(due, None, date(2027, 5, 14)) is ReviewReminder.APPROACHING
    assert review_reminder(due, None, due) is ReviewReminder.APPROACHING
    assert review_reminder(due, None, date(2027, 6, 14)) is ReviewReminder.OVERDUE
    assert review_reminder(due, date(2027, 6, 20), date(2027, 7, 1)) is ReviewReminder.NONE
    assert review_reminder(None, None, due) is ReviewReminder.NONE


def test_inputs_are_checked_field_by_field() -> None:
    checked = validate_expense(ExpenseInput(date(2027, 1, 2), "1 234,5", "  Bacs  de  bois "))
    assert checked.amount_cents == 123_450 and checked.label == "Bacs de bois"
    with pytest.raises(ValidationError) as caught:
        validate_expense(ExpenseInput(None, "0", ""))
    assert set(caught.value.errors) == {"spent_on", "amount", "label"}
    paid = validate_instalment(InstalmentInput(date(2027, 1, 1), "500", date(2027, 1, 5)))
    assert paid.paid_cents == 50_000
    with pytest.raises(ValidationError) as caught:
        validate_instalment(InstalmentInput(None, "500", None, "200"))
    assert set(caught.value.errors) == {"paid_on", "planned_on"}
    reached = validate_milestone(MilestoneInput("Pose", None, date(2027, 1, 1)))
    assert reached.status is MilestoneStatus.DONE
    with pytest.raises(ValidationError) as caught:
        validate_milestone(MilestoneInput(" ", None))
    assert set(caught.value.errors) == {"title", "planned_on"}
