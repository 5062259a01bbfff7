"""Phase 9, the follow-up of funded projects: statuses, money, milestones, due dates.

Pure rules, no database. Money is integer euro cents:

- **allocated**: the subsidy awarded to the project (by default the amount voted);
- **committed**: every expense recorded, committed (engagée) or already paid — what the
  project has used of its allocation;
- **paid**: the expenses already paid;
- **remaining**: allocated − committed, never below zero;
- **overspend**: committed − allocated when the project used more than its allocation.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.money import parse_euros
from pbdesk.domain.register import add_months, one_year_after
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate

#: Days before the one-year review when the dashboard starts reminding it.
REVIEW_REMINDER_DAYS = 30
#: The association's financial report is due this many months after its financial year ends.
FINANCIAL_REPORT_MONTHS = 6


class FollowUpStatus(StrEnum):
    """Where a project stands after the vote."""

    LAUREATE = "laureate"
    PREPARING = "preparing"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SUSPENDED = "suspended"
    ABANDONED = "abandoned"
    DONE_OFF_VOTE = "done_off_vote"

    @property
    def label(self) -> str:
        return translate("FollowUpStatus", _STATUS_LABELS[self])

    @property
    def needs_reason(self) -> bool:
        """A suspended or abandoned project is always explained (motif)."""
        return self in (FollowUpStatus.SUSPENDED, FollowUpStatus.ABANDONED)

    @property
    def finished(self) -> bool:
        return self in (FollowUpStatus.DONE, FollowUpStatus.DONE_OFF_VOTE)

    @property
    def active(self) -> bool:
        """Still expected to move: milestones of such a project can be late."""
        return self in (
            FollowUpStatus.LAUREATE,
            FollowUpStatus.PREPARING,
            FollowUpStatus.IN_PROGRESS,
        )


_STATUS_LABELS = {
    FollowUpStatus.LAUREATE: QT_TRANSLATE_NOOP("FollowUpStatus", "prize-winner"),
    FollowUpStatus.PREPARING: QT_TRANSLATE_NOOP("FollowUpStatus", "in preparation"),
    FollowUpStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("FollowUpStatus", "under way"),
    FollowUpStatus.DONE: QT_TRANSLATE_NOOP("FollowUpStatus", "carried out"),
    FollowUpStatus.SUSPENDED: QT_TRANSLATE_NOOP("FollowUpStatus", "suspended"),
    FollowUpStatus.ABANDONED: QT_TRANSLATE_NOOP("FollowUpStatus", "abandoned"),
    FollowUpStatus.DONE_OFF_VOTE: QT_TRANSLATE_NOOP(
        "FollowUpStatus", "carried out outside the vote"
    ),
}

_F = FollowUpStatus
#: Allowed moves. Going back one step is allowed (a mistake is corrected, and journaled).
TRANSITIONS: dict[FollowUpStatus, frozenset[FollowUpStatus]] = {
    _F.LAUREATE: frozenset({_F.PREPARING, _F.IN_PROGRESS, _F.SUSPENDED, _F.ABANDONED}),
    _F.PREPARING: frozenset({_F.LAUREATE, _F.IN_PROGRESS, _F.SUSPENDED, _F.ABANDONED}),
    _F.IN_PROGRESS: frozenset(
        {_F.PREPARING, _F.DONE, _F.DONE_OFF_VOTE, _F.SUSPENDED, _F.ABANDONED}
    ),
    _F.DONE: frozenset({_F.IN_PROGRESS}),
    _F.DONE_OFF_VOTE: frozenset({_F.IN_PROGRESS}),
    _F.SUSPENDED: frozenset({_F.PREPARING, _F.IN_PROGRESS, _F.ABANDONED}),
    _F.ABANDONED: frozenset({_F.SUSPENDED, _F.PREPARING}),
}


def allowed_statuses(before: FollowUpStatus, *, off_vote: bool = False) -> list[FollowUpStatus]:
    """The statuses a project may move to, in workflow order."""
    return [
        status
        for status in FollowUpStatus
        if status in TRANSITIONS[before] and _fits(status, off_vote)
    ]


def _fits(status: FollowUpStatus, off_vote: bool) -> bool:
    if off_vote:
        return status not in (FollowUpStatus.LAUREATE, FollowUpStatus.DONE)
    return status is not FollowUpStatus.DONE_OFF_VOTE


def check_status_change(
    before: FollowUpStatus, after: FollowUpStatus, reason: str, *, off_vote: bool = False
) -> str:
    """Refuse a move the workflow does not allow, or a suspension/abandon without its reason.
    Returns the trimmed reason (empty for statuses that need none)."""
    reason = reason.strip()
    if after is before:
        raise DomainError(
            translate("FollowUp", "The project is already «{status}».").format(status=after.label)
        )
    if after not in TRANSITIONS[before] or not _fits(after, off_vote):
        raise DomainError(
            translate("FollowUp", "A project «{before}» cannot become «{after}».").format(
                before=before.label, after=after.label
            )
        )
    if after.needs_reason and not reason:
        raise ValidationError(
            {
                "reason": translate("FollowUp", "Say why the project is «{status}».").format(
                    status=after.label
                )
            }
        )
    return reason if after.needs_reason else ""


def progress_for(status: FollowUpStatus, progress: int) -> int:
    """A finished project is at 100 %; otherwise the progress typed, within 0–100."""
    if status.finished:
        return 100
    return max(0, min(100, progress))


class MilestoneStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return translate("MilestoneStatus", _MILESTONE_LABELS[self])


_MILESTONE_LABELS = {
    MilestoneStatus.PLANNED: QT_TRANSLATE_NOOP("MilestoneStatus", "planned"),
    MilestoneStatus.DONE: QT_TRANSLATE_NOOP("MilestoneStatus", "reached"),
    MilestoneStatus.CANCELLED: QT_TRANSLATE_NOOP("MilestoneStatus", "cancelled"),
}


def milestone_late(
    status: MilestoneStatus, planned_on: date | None, done_on: date | None, today: date
) -> bool:
    """A milestone is late when it is still planned and its planned date has passed."""
    return (
        status is MilestoneStatus.PLANNED
        and done_on is None
        and planned_on is not None
        and planned_on < today
    )


class ExpenseState(StrEnum):
    COMMITTED = "committed"
    PAID = "paid"

    @property
    def label(self) -> str:
        return translate("ExpenseState", _EXPENSE_LABELS[self])


_EXPENSE_LABELS = {
    ExpenseState.COMMITTED: QT_TRANSLATE_NOOP("ExpenseState", "committed"),
    ExpenseState.PAID: QT_TRANSLATE_NOOP("ExpenseState", "paid"),
}


class FeedbackSource(StrEnum):
    MEETING = "meeting"
    QUESTIONNAIRE = "questionnaire"

    @property
    def label(self) -> str:
        return translate("FeedbackSource", _SOURCE_LABELS[self])


_SOURCE_LABELS = {
    FeedbackSource.MEETING: QT_TRANSLATE_NOOP("FeedbackSource", "meeting"),
    FeedbackSource.QUESTIONNAIRE: QT_TRANSLATE_NOOP("FeedbackSource", "questionnaire"),
}


@dataclass(frozen=True)
class MoneyFigures:
    """A project's (or a campaign's) money, in cents. See the module's docstring."""

    allocated: int = 0
    committed: int = 0
    paid: int = 0

    @property
    def remaining(self) -> int:
        return max(0, self.allocated - self.committed)

    @property
    def overspend(self) -> int:
        return max(0, self.committed - self.allocated)

    @property
    def overspent(self) -> bool:
        return self.committed > self.allocated

    def __add__(self, other: MoneyFigures) -> MoneyFigures:
        return MoneyFigures(
            self.allocated + other.allocated,
            self.committed + other.committed,
            self.paid + other.paid,
        )


def money_figures(allocated: int, expenses: Iterable[tuple[int, ExpenseState]]) -> MoneyFigures:
    """The figures of a project from its allocation and its expenses (amount, state)."""
    committed = paid = 0
    for amount, state in expenses:
        committed += amount
        if state is ExpenseState.PAID:
            paid += amount
    return MoneyFigures(allocated, committed, paid)


def total_figures(figures: Iterable[MoneyFigures]) -> MoneyFigures:
    total = MoneyFigures()
    for item in figures:
        total = total + item
    return total


def financial_report_due(financial_year_end: date) -> date:
    """Six months after the end of the action's financial year (31 December → 30 June,
    30 June → 31 December: a year ending on a month's last day is due on a month's last day)."""
    due = add_months(financial_year_end, FINANCIAL_REPORT_MONTHS)
    if (financial_year_end + timedelta(days=1)).day == 1:
        return date(due.year, due.month, calendar.monthrange(due.year, due.month)[1])
    return due


def financial_report_overdue(
    financial_year_end: date | None, received_on: date | None, today: date
) -> bool:
    return (
        financial_year_end is not None
        and received_on is None
        and financial_report_due(financial_year_end) < today
    )


def one_year_review_due(decided_on: date) -> date:
    """The one-year review is held one year after the vote."""
    return one_year_after(decided_on)


class ReviewReminder(StrEnum):
    NONE = "none"
    APPROACHING = "approaching"
    OVERDUE = "overdue"


def review_reminder(
    scheduled_on: date | None,
    held_on: date | None,
    today: date,
    days: int = REVIEW_REMINDER_DAYS,
) -> ReviewReminder:
    """Approaching within ``days`` of the date (the day itself included), overdue after it,
    nothing once the review is held."""
    if scheduled_on is None or held_on is not None:
        return ReviewReminder.NONE
    if scheduled_on < today:
        return ReviewReminder.OVERDUE
    if scheduled_on - today <= timedelta(days=days):
        return ReviewReminder.APPROACHING
    return ReviewReminder.NONE


# --- what the forms send --------------------------------------------------------------------


def _amount(errors: dict[str, str], field: str, text: str, *, allow_zero: bool = True) -> int:
    try:
        return parse_euros(text, allow_zero=allow_zero)
    except DomainError as error:
        errors[field] = error.message
        return 0


def _text(value: str, limit: int, errors: dict[str, str], field: str) -> str:
    value = " ".join(value.split())
    if len(value) > limit:
        errors[field] = translate("FollowUp", "Too long ({limit} characters at most).").format(
            limit=limit
        )
    return value


def _count(value: int | None, errors: dict[str, str], field: str) -> int | None:
    if value is not None and value < 0:
        errors[field] = translate("FollowUp", "A number cannot be negative.")
    return value


@dataclass
class FollowUpInput:
    """The subsidy and what the holder reported, as typed (amounts are text)."""

    awarded: str = "0"
    convention_reference: str = ""
    convention_on: date | None = None
    financial_year_end: date | None = None
    financial_report_received_on: date | None = None
    progress: int = 0
    beneficiaries: int | None = None
    activities_count: int | None = None
    activities: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CheckedFollowUp:
    awarded_cents: int
    convention_reference: str
    convention_on: date | None
    financial_year_end: date | None
    financial_report_received_on: date | None
    progress: int
    beneficiaries: int | None
    activities_count: int | None
    activities: str
    notes: str


def validate_followup(data: FollowUpInput) -> CheckedFollowUp:
    errors: dict[str, str] = {}
    awarded = _amount(errors, "awarded", data.awarded or "0")
    reference = _text(data.convention_reference, 100, errors, "convention_reference")
    if not 0 <= data.progress <= 100:
        errors["progress"] = translate("FollowUp", "The progress is a percentage, 0 to 100.")
    if (
        data.financial_report_received_on is not None
        and data.financial_year_end is not None
        and data.financial_report_received_on < data.financial_year_end
    ):
        errors["financial_report_received_on"] = translate(
            "FollowUp", "The financial report cannot come in before the financial year ends."
        )
    beneficiaries = _count(data.beneficiaries, errors, "beneficiaries")
    activities_count = _count(data.activities_count, errors, "activities_count")
    if errors:
        raise ValidationError(errors)
    return CheckedFollowUp(
        awarded_cents=awarded,
        convention_reference=reference,
        convention_on=data.convention_on,
        financial_year_end=data.financial_year_end,
        financial_report_received_on=data.financial_report_received_on,
        progress=data.progress,
        beneficiaries=beneficiaries,
        activities_count=activities_count,
        activities=data.activities.strip(),
        notes=data.notes.strip(),
    )


@dataclass
class InstalmentInput:
    planned_on: date | None = None
    planned: str = "0"
    paid_on: date | None = None
    paid: str = ""
    label: str = ""


@dataclass(frozen=True)
class CheckedInstalment:
    label: str
    planned_on: date | None
    planned_cents: int
    paid_on: date | None
    paid_cents: int


def validate_instalment(data: InstalmentInput) -> CheckedInstalment:
    """A payment of the subsidy. A paid amount needs its date; a date of payment without an
    amount means the planned amount was paid."""
    errors: dict[str, str] = {}
    label = _text(data.label, 200, errors, "label")
    planned = _amount(errors, "planned", data.planned or "0")
    paid = _amount(errors, "paid", data.paid) if data.paid.strip() else 0
    if data.paid_on is not None and not data.paid.strip():
        paid = planned
    if data.paid_on is None and paid:
        errors["paid_on"] = translate("FollowUp", "Give the date of the payment.")
    if data.planned_on is None and data.paid_on is None:
        errors["planned_on"] = translate("FollowUp", "Give the planned date of the payment.")
    if not planned and not paid and "planned" not in errors:
        errors["planned"] = translate("FollowUp", "Give the amount of the payment.")
    if errors:
        raise ValidationError(errors)
    return CheckedInstalment(label, data.planned_on, planned, data.paid_on, paid)


@dataclass
class MilestoneInput:
    title: str
    planned_on: date | None = None
    done_on: date | None = None
    status: MilestoneStatus = MilestoneStatus.PLANNED


def validate_milestone(data: MilestoneInput) -> MilestoneInput:
    """A reached date makes the milestone reached; a reached milestone needs its date."""
    errors: dict[str, str] = {}
    title = _text(data.title, 300, errors, "title")
    if not title:
        errors["title"] = translate("FollowUp", "Give the milestone's title.")
    status = data.status
    if data.done_on is not None and status is MilestoneStatus.PLANNED:
        status = MilestoneStatus.DONE
    if status is MilestoneStatus.DONE and data.done_on is None:
        errors["done_on"] = translate("FollowUp", "Give the date the milestone was reached.")
    if status is MilestoneStatus.PLANNED and data.planned_on is None:
        errors["planned_on"] = translate("FollowUp", "Give the planned date.")
    if errors:
        raise ValidationError(errors)
    return MilestoneInput(title, data.planned_on, data.done_on, status)


@dataclass
class UpdateInput:
    dated_on: date | None
    text: str
    public: bool = False


def validate_update(data: UpdateInput) -> UpdateInput:
    errors: dict[str, str] = {}
    if data.dated_on is None:
        errors["dated_on"] = translate("FollowUp", "Give the date of the update.")
    text = data.text.strip()
    if not text:
        errors["text"] = translate("FollowUp", "Write what happened.")
    if errors:
        raise ValidationError(errors)
    return UpdateInput(data.dated_on, text, data.public)


@dataclass
class ExpenseInput:
    spent_on: date | None
    amount: str
    label: str
    payee: str = ""
    reference: str = ""
    state: ExpenseState = ExpenseState.COMMITTED


@dataclass(frozen=True)
class CheckedExpense:
    spent_on: date
    amount_cents: int
    label: str
    payee: str
    reference: str
    state: ExpenseState


def validate_expense(data: ExpenseInput) -> CheckedExpense:
    errors: dict[str, str] = {}
    if data.spent_on is None:
        errors["spent_on"] = translate("FollowUp", "Give the date of the expense.")
    amount = _amount(errors, "amount", data.amount, allow_zero=False)
    label = _text(data.label, 300, errors, "label")
    if not label and "label" not in errors:
        errors["label"] = translate("FollowUp", "Say what the expense is for.")
    payee = _text(data.payee, 300, errors, "payee")
    reference = _text(data.reference, 100, errors, "reference")
    if errors:
        raise ValidationError(errors)
    assert data.spent_on is not None
    return CheckedExpense(data.spent_on, amount, label, payee, reference, data.state)


@dataclass
class ReviewInput:
    """The one-year review's record."""

    scheduled_on: date | None = None
    held_on: date | None = None
    place: str = ""
    residents_count: int | None = None
    minutes: str = ""
    decisions: str = ""


def validate_review(data: ReviewInput) -> ReviewInput:
    errors: dict[str, str] = {}
    place = _text(data.place, 300, errors, "place")
    residents = _count(data.residents_count, errors, "residents_count")
    if data.held_on is None and (residents or data.minutes.strip() or data.decisions.strip()):
        errors["held_on"] = translate("OneYearReview", "Give the date the review was held.")
    if errors:
        raise ValidationError(errors)
    return ReviewInput(
        data.scheduled_on, data.held_on, place, residents, data.minutes.strip(),
        data.decisions.strip(),
    )  # fmt: skip


@dataclass
class FeedbackInput:
    """One resident's opinion, without a name. ``application_id`` None: the whole edition."""

    application_id: int | None = None
    score: int | None = None
    comment: str = ""
    source: FeedbackSource = FeedbackSource.MEETING
    received_on: date | None = None


def validate_feedback(data: FeedbackInput) -> FeedbackInput:
    errors: dict[str, str] = {}
    if data.score is not None and not 1 <= data.score <= 5:
        errors["score"] = translate("OneYearReview", "The satisfaction is a score from 1 to 5.")
    comment = data.comment.strip()
    if data.score is None and not comment:
        errors["comment"] = translate("OneYearReview", "Give a score or a comment.")
    if errors:
        raise ValidationError(errors)
    return FeedbackInput(data.application_id, data.score, comment, data.source, data.received_on)
