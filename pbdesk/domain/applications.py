"""Applications (dépôts) and their holders: identifiers, statuses and the status workflow."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.money import parse_euros
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate


class HolderKind(StrEnum):
    ASSOCIATION = "association"
    COLLECTIVE = "collective"
    RESIDENTS_GROUP = "residents_group"

    @property
    def label(self) -> str:
        return translate("HolderKind", _HOLDER_LABELS[self])


_HOLDER_LABELS = {
    HolderKind.ASSOCIATION: QT_TRANSLATE_NOOP("HolderKind", "Association"),
    HolderKind.COLLECTIVE: QT_TRANSLATE_NOOP("HolderKind", "Collective"),
    HolderKind.RESIDENTS_GROUP: QT_TRANSLATE_NOOP("HolderKind", "Group of residents"),
}

RNA_PATTERN = re.compile(r"^W[0-9]{9}$")
SIRET_PATTERN = re.compile(r"^[0-9]{14}$")


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum SIRET numbers carry (La Poste's SIRETs excepted, see below)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def siret_valid(siret: str) -> bool:
    if not SIRET_PATTERN.match(siret):
        return False
    # Many of La Poste's establishments (SIREN 356 000 000) carry a digit sum divisible by 5
    # instead of a Luhn key.
    if siret.startswith("356000000") and sum(int(char) for char in siret) % 5 == 0:
        return True
    return luhn_valid(siret)


@dataclass
class HolderInput:
    name: str
    kind: HolderKind = HolderKind.ASSOCIATION
    rna: str = ""
    siret: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    earlier_edition: bool = False


def validate_holder(data: HolderInput) -> HolderInput:
    """Trim and check a holder: RNA is ``W`` + 9 digits, SIRET 14 digits with a valid key."""
    cleaned = HolderInput(
        name=" ".join(data.name.split()),
        kind=data.kind,
        rna=data.rna.strip().upper().replace(" ", ""),
        siret=re.sub(r"[\s.]", "", data.siret),
        address=data.address.strip(),
        email=data.email.strip(),
        phone=data.phone.strip(),
        earlier_edition=data.earlier_edition,
    )
    errors: dict[str, str] = {}
    if not cleaned.name:
        errors["name"] = translate("Holder", "Give the holder's name.")
    elif len(cleaned.name) > 300:
        errors["name"] = translate("Holder", "The name is too long (300 characters at most).")
    if cleaned.rna and not RNA_PATTERN.match(cleaned.rna):
        errors["rna"] = translate(
            "Holder", "«{rna}» is not an RNA number (W followed by 9 digits)."
        ).format(rna=cleaned.rna)
    if cleaned.siret and not siret_valid(cleaned.siret):
        errors["siret"] = translate(
            "Holder", "«{siret}» is not a valid SIRET number (14 digits, check key)."
        ).format(siret=cleaned.siret)
    if errors:
        raise ValidationError(errors)
    return cleaned


class ApplicationStatus(StrEnum):
    """Where an application stands. Later statuses (follow-up) are added after ``not_funded``."""

    SUBMITTED = "submitted"
    ADMISSIBLE = "admissible"
    INADMISSIBLE = "inadmissible"
    REVIEWED = "reviewed"
    SHORTLISTED = "shortlisted"
    NOT_SHORTLISTED = "not_shortlisted"
    FUNDED = "funded"
    NOT_FUNDED = "not_funded"

    @property
    def label(self) -> str:
        return translate("ApplicationStatus", _STATUS_LABELS[self])

    @property
    def needs_reason(self) -> bool:
        """Refusals are always explained to the holder (motif)."""
        return self in (ApplicationStatus.INADMISSIBLE, ApplicationStatus.NOT_SHORTLISTED)


_STATUS_LABELS = {
    ApplicationStatus.SUBMITTED: QT_TRANSLATE_NOOP("ApplicationStatus", "submitted"),
    ApplicationStatus.ADMISSIBLE: QT_TRANSLATE_NOOP("ApplicationStatus", "admissible"),
    ApplicationStatus.INADMISSIBLE: QT_TRANSLATE_NOOP("ApplicationStatus", "inadmissible"),
    ApplicationStatus.REVIEWED: QT_TRANSLATE_NOOP("ApplicationStatus", "reviewed"),
    ApplicationStatus.SHORTLISTED: QT_TRANSLATE_NOOP("ApplicationStatus", "selected for the vote"),
    ApplicationStatus.NOT_SHORTLISTED: QT_TRANSLATE_NOOP("ApplicationStatus", "not selected"),
    ApplicationStatus.FUNDED: QT_TRANSLATE_NOOP("ApplicationStatus", "funded"),
    ApplicationStatus.NOT_FUNDED: QT_TRANSLATE_NOOP("ApplicationStatus", "not funded"),
}

_S = ApplicationStatus
#: Allowed moves. Going back one step is allowed (a mistake is corrected, and journaled).
TRANSITIONS: dict[ApplicationStatus, frozenset[ApplicationStatus]] = {
    _S.SUBMITTED: frozenset({_S.ADMISSIBLE, _S.INADMISSIBLE}),
    _S.ADMISSIBLE: frozenset({_S.SUBMITTED, _S.INADMISSIBLE, _S.REVIEWED}),
    _S.INADMISSIBLE: frozenset({_S.SUBMITTED, _S.ADMISSIBLE}),
    _S.REVIEWED: frozenset({_S.ADMISSIBLE, _S.SHORTLISTED, _S.NOT_SHORTLISTED}),
    _S.SHORTLISTED: frozenset({_S.REVIEWED, _S.NOT_SHORTLISTED, _S.FUNDED, _S.NOT_FUNDED}),
    _S.NOT_SHORTLISTED: frozenset({_S.REVIEWED, _S.SHORTLISTED}),
    _S.FUNDED: frozenset({_S.SHORTLISTED, _S.NOT_FUNDED}),
    _S.NOT_FUNDED: frozenset({_S.SHORTLISTED, _S.FUNDED}),
}


def check_transition(before: ApplicationStatus, after: ApplicationStatus, reason: str) -> str:
    """Refuse a move the workflow does not allow or a refusal without its reason."""
    reason = reason.strip()
    if after is before:
        raise DomainError(
            translate("Application", "The application is already «{status}».").format(
                status=after.label
            )
        )
    if after not in TRANSITIONS[before]:
        raise DomainError(
            translate("Application", "An application «{before}» cannot become «{after}».").format(
                before=before.label, after=after.label
            )
        )
    if after.needs_reason and not reason:
        raise DomainError(
            translate("Application", "Say why the application is «{status}».").format(
                status=after.label
            )
        )
    return reason


@dataclass
class BudgetLineInput:
    label: str
    amount: str
    other_funders: str = ""


@dataclass
class ApplicationInput:
    """An application as typed in its form; amounts are text typed the French way."""

    title: str
    holder_id: int | None = None
    territory_id: int | None = None
    requested: str = "0"
    summary: str = ""
    description: str = ""
    target_public: str = ""
    received_on: date | None = None
    stake_ids: list[int] = field(default_factory=list)
    budget_lines: list[BudgetLineInput] = field(default_factory=list)


@dataclass
class CheckedBudgetLine:
    label: str
    amount_cents: int
    other_funders: str


@dataclass
class CheckedApplication:
    title: str
    holder_id: int | None
    territory_id: int | None
    requested_cents: int
    summary: str
    description: str
    target_public: str
    received_on: date | None
    stake_ids: list[int]
    budget_lines: list[CheckedBudgetLine]


def validate_application(
    data: ApplicationInput, *, ceiling_cents: int | None = None
) -> CheckedApplication:
    """Check an application; the ceiling is the call's per-project maximum, if any."""
    errors: dict[str, str] = {}
    title = " ".join(data.title.split())
    if not title:
        errors["title"] = translate("Application", "Give the project a title.")
    elif len(title) > 300:
        errors["title"] = translate(
            "Application", "The title is too long (300 characters at most)."
        )
    requested = 0
    try:
        requested = parse_euros(data.requested or "0")
    except DomainError as error:
        errors["requested"] = error.message
    if ceiling_cents is not None and requested > ceiling_cents:
        errors["requested"] = translate(
            "Application", "The amount requested is above the call's ceiling per project."
        )
    lines: list[CheckedBudgetLine] = []
    for number, line in enumerate(data.budget_lines, start=1):
        label = line.label.strip()
        try:
            amount = parse_euros(line.amount or "0")
        except DomainError as error:
            errors[f"budget.{number}"] = translate(
                "Application", "Budget line {number}: {problem}"
            ).format(number=number, problem=error.message)
            continue
        if not label:
            errors[f"budget.{number}"] = translate(
                "Application", "Budget line {number}: give it a label."
            ).format(number=number)
        lines.append(CheckedBudgetLine(label, amount, line.other_funders.strip()))
    if errors:
        raise ValidationError(errors)
    return CheckedApplication(
        title=title,
        holder_id=data.holder_id,
        territory_id=data.territory_id,
        requested_cents=requested,
        summary=data.summary.strip(),
        description=data.description.strip(),
        target_public=data.target_public.strip(),
        received_on=data.received_on,
        stake_ids=list(dict.fromkeys(data.stake_ids)),
        budget_lines=lines,
    )
