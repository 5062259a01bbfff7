"""Reviewing applications: criteria, scores, weighted totals, and where reviewers disagree."""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate


class CriterionKind(StrEnum):
    """Eligibility criteria are answered yes/no (a "no" needs its reason); scored criteria
    get a whole number on their scale."""

    ELIGIBILITY = "eligibility"
    SCORED = "scored"

    @property
    def label(self) -> str:
        return translate("CriterionKind", _KIND_LABELS[self])


_KIND_LABELS = {
    CriterionKind.ELIGIBILITY: QT_TRANSLATE_NOOP("CriterionKind", "Eligibility (yes/no)"),
    CriterionKind.SCORED: QT_TRANSLATE_NOOP("CriterionKind", "Scored"),
}


class Recommendation(StrEnum):
    FAVOURABLE = "favourable"
    RESERVED = "reserved"
    UNFAVOURABLE = "unfavourable"

    @property
    def label(self) -> str:
        return translate("Recommendation", _RECOMMENDATION_LABELS[self])


_RECOMMENDATION_LABELS = {
    Recommendation.FAVOURABLE: QT_TRANSLATE_NOOP("Recommendation", "favourable"),
    Recommendation.RESERVED: QT_TRANSLATE_NOOP("Recommendation", "favourable with reservations"),
    Recommendation.UNFAVOURABLE: QT_TRANSLATE_NOOP("Recommendation", "unfavourable"),
}

MAX_WEIGHT = 10
#: Reviewers "disagree strongly" when their weighted totals are further apart than this
#: share of the best possible total.
DISAGREEMENT_SHARE = 0.25


@dataclass
class CriterionInput:
    name: str
    kind: CriterionKind
    description: str = ""
    weight: int = 1
    scale_min: int = 0
    scale_max: int = 3
    stake_id: int | None = None


def validate_criterion(data: CriterionInput) -> CriterionInput:
    errors: dict[str, str] = {}
    name = " ".join(data.name.split())
    if not name:
        errors["name"] = translate("Criterion", "Give the criterion a name.")
    if data.kind is CriterionKind.SCORED:
        if not 1 <= data.weight <= MAX_WEIGHT:
            errors["weight"] = translate("Criterion", "The weight must be between 1 and 10.")
        if not 0 <= data.scale_min < data.scale_max <= 20:
            errors["scale"] = translate(
                "Criterion",
                "The scale must go from a lower to a higher whole number, between 0 and 20 "
                "(for example 0 to 3).",
            )
    if errors:
        raise ValidationError(errors)
    if data.kind is CriterionKind.ELIGIBILITY:
        return CriterionInput(name, data.kind, data.description.strip(), 1, 0, 1, data.stake_id)
    return CriterionInput(
        name,
        data.kind,
        data.description.strip(),
        data.weight,
        data.scale_min,
        data.scale_max,
        data.stake_id,
    )


@dataclass(frozen=True)
class ScaleCriterion:
    """What the arithmetic needs of a scored criterion."""

    id: int
    weight: int
    scale_min: int
    scale_max: int


def check_score(criterion: ScaleCriterion, value: int) -> int:
    if not criterion.scale_min <= value <= criterion.scale_max:
        raise DomainError(
            translate("Criterion", "{value} is not a score between {low} and {high}.").format(
                value=value, low=criterion.scale_min, high=criterion.scale_max
            )
        )
    return value


def weighted_total(
    criteria: Sequence[ScaleCriterion], scores: Mapping[int, int | None]
) -> int | None:
    """Σ weight × score over the scored criteria; None until every criterion has a score."""
    total = 0
    for criterion in criteria:
        score = scores.get(criterion.id)
        if score is None:
            return None
        total += criterion.weight * score
    return total


def best_total(criteria: Sequence[ScaleCriterion]) -> int:
    return sum(criterion.weight * criterion.scale_max for criterion in criteria)


@dataclass(frozen=True)
class Agreement:
    """The reviewers' totals for one application, and whether they disagree strongly."""

    totals: tuple[int, ...]
    mean: float | None
    spread: int | None
    disagree: bool


def agreement(totals: Sequence[int], best: int) -> Agreement:
    if not totals:
        return Agreement((), None, None, False)
    spread = max(totals) - min(totals)
    disagree = len(totals) > 1 and best > 0 and spread > DISAGREEMENT_SHARE * best
    return Agreement(tuple(totals), statistics.fmean(totals), spread, disagree)
