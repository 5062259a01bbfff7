"""The votation's rules as data (the règlement) and what a typed paper ballot means.

``VoteSettings`` holds who may vote, the ballot kind and its limits, the envelopes, the
allocation rule and the tie rule; ``check_settings`` refuses an incoherent règlement.
``BallotPaper`` is the printed ballot: its kind, the projects with their codes, the limits.
``read_ballot`` turns what an operator types at the count into a ``Reading``:

- ``3 7 12`` (any of space , ; + . as separator, so the numeric keypad alone will do):
  the codes ticked, for single-choice, approval and budget ballots, in rank order for ranked
  ballots; ``3:2 7:1`` for points ballots (code, colon, points);
- an empty line is a blank ballot (blanc); a line starting with ``*`` is a ballot the
  operator declares nul (torn, signed, ambiguous…), the rest of the line says why;
- an unknown code, a malformed item or a code typed twice is not a verdict on the ballot
  but an operator slip: the reading is ``ASK_AGAIN``, naming what is wrong, and nothing is
  stored (except on a ranked ballot, where the same project at two ranks is the voter's
  doing and makes it nul).

The verdict follows from the settings only (``classify``), so stored ballots are classified
again when an unfrozen règlement changes. Choices are kept as a compact canonical text of
ballot codes (``encode_choices``: ``3 7 12``, in rank order for ranked ballots, else in
``code_order``): codes are what the paper says, they travel with the campaign to other
laptops (database ids do not), and the services lock them once a ballot is stored.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.money import format_euros
from pbdesk.domain.tally import Rule, TieBreak, VoteType
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate


class BallotKind(StrEnum):
    SINGLE = "single"
    APPROVAL = "approval"
    RANKED = "ranked"
    POINTS = "points"
    BUDGET = "budget"

    @property
    def label(self) -> str:
        return translate("BallotKind", _KIND_LABELS[self])

    @property
    def vote_type(self) -> VoteType:
        """The kind of ballot the tally engine counts."""
        return _VOTE_TYPES[self]


_KIND_LABELS = {
    BallotKind.SINGLE: QT_TRANSLATE_NOOP("BallotKind", "Single choice"),
    BallotKind.APPROVAL: QT_TRANSLATE_NOOP("BallotKind", "Several projects (approval)"),
    BallotKind.RANKED: QT_TRANSLATE_NOOP("BallotKind", "Ranked (preferential)"),
    BallotKind.POINTS: QT_TRANSLATE_NOOP("BallotKind", "Points to share out"),
    BallotKind.BUDGET: QT_TRANSLATE_NOOP("BallotKind", "Budget ballot (within the envelope)"),
}
_VOTE_TYPES = {
    BallotKind.SINGLE: VoteType.CHOOSE_1,
    BallotKind.APPROVAL: VoteType.APPROVAL,
    BallotKind.RANKED: VoteType.ORDINAL,
    BallotKind.POINTS: VoteType.CUMULATIVE,
    BallotKind.BUDGET: VoteType.APPROVAL,
}


class ResidenceRule(StrEnum):
    """How a voter shows they live in the perimeter: their word, or a document."""

    DECLARED = "declared"
    PROOF = "proof"

    @property
    def label(self) -> str:
        return translate("ResidenceRule", _RESIDENCE_LABELS[self])


_RESIDENCE_LABELS = {
    ResidenceRule.DECLARED: QT_TRANSLATE_NOOP("ResidenceRule", "Declared by the voter"),
    ResidenceRule.PROOF: QT_TRANSLATE_NOOP("ResidenceRule", "Proof of address shown"),
}

#: The tie rules a campaign may choose (``id`` exists for pabulib files and the CLI).
CAMPAIGN_TIE_RULES = (TieBreak.COST, TieBreak.REFUSE)


class BallotStatus(StrEnum):
    VALID = "valid"
    BLANK = "blank"
    NUL = "nul"

    @property
    def label(self) -> str:
        return translate("BallotStatus", _STATUS_LABELS[self])


_STATUS_LABELS = {
    BallotStatus.VALID: QT_TRANSLATE_NOOP("BallotStatus", "valid"),
    BallotStatus.BLANK: QT_TRANSLATE_NOOP("BallotStatus", "blank"),
    BallotStatus.NUL: QT_TRANSLATE_NOOP("BallotStatus", "spoilt"),
}


class NulReason(StrEnum):
    """Why a ballot is nul; stable codes the PV counts by."""

    TOO_MANY = "too_many"
    TOO_FEW = "too_few"
    SAME_PROJECT_TWICE = "same_twice"
    POINTS_PER_PROJECT = "points_project"
    POINTS_TOTAL = "points_total"
    OVER_BUDGET = "over_budget"
    DECLARED = "declared"

    @property
    def label(self) -> str:
        return translate("NulReason", _REASON_LABELS[self])


_REASON_LABELS = {
    NulReason.TOO_MANY: QT_TRANSLATE_NOOP("NulReason", "too many projects"),
    NulReason.TOO_FEW: QT_TRANSLATE_NOOP("NulReason", "too few projects"),
    NulReason.SAME_PROJECT_TWICE: QT_TRANSLATE_NOOP("NulReason", "the same project twice"),
    NulReason.POINTS_PER_PROJECT: QT_TRANSLATE_NOOP("NulReason", "too many points on a project"),
    NulReason.POINTS_TOTAL: QT_TRANSLATE_NOOP("NulReason", "too many points in all"),
    NulReason.OVER_BUDGET: QT_TRANSLATE_NOOP("NulReason", "over the envelope"),
    NulReason.DECLARED: QT_TRANSLATE_NOOP("NulReason", "declared spoilt at the count"),
}


class Outcome(StrEnum):
    """What became of a typed line: a ballot of some status, or a request to type again."""

    VALID = "valid"
    BLANK = "blank"
    NUL = "nul"
    ASK_AGAIN = "ask_again"


@dataclass(frozen=True)
class VoteSettings:
    """The règlement of a campaign's vote.

    ``max_choices`` is the most projects an approval ballot may tick (None: no limit) or the
    most ranks of a ranked ballot; ``min_choices`` the fewest a non-blank ballot must name
    ("exactement 3" is 3 and 3, "de 1 à 3" is 1 and 3). Points ballots give ``points_total``
    points at most, ``points_per_project`` at most to one project. ``territory_envelopes``
    maps a territory id to its envelope in cents when ``envelopes_per_territory``.
    ``threshold_percent`` is the share of valid ballots a project needs under the threshold
    rule. Registers are purged ``recourse_months`` after the results.
    """

    ballot_kind: BallotKind = BallotKind.APPROVAL
    min_choices: int = 1
    max_choices: int | None = 3
    points_total: int | None = None
    points_per_project: int | None = None
    min_age: int | None = 16
    residence_rule: ResidenceRule = ResidenceRule.DECLARED
    proxies_allowed: bool = False
    max_proxies: int = 1
    envelopes_per_territory: bool = False
    territory_envelopes: tuple[tuple[int, int], ...] = ()
    at_least_one_per_territory: bool = False
    rule: Rule = Rule.GREEDY
    threshold_percent: Decimal | None = None
    tie_break: TieBreak = TieBreak.COST
    double_entry: bool = False
    recourse_months: int = 2
    keep_names: bool = False

    def envelopes(self) -> dict[int, int]:
        return dict(self.territory_envelopes)


def check_settings(
    settings: VoteSettings, *, territory_ids: Collection[int], envelope_cents: int
) -> VoteSettings:
    """The settings made coherent (a single choice is 1 of 1), or ``ValidationError``."""
    errors: dict[str, str] = {}
    kind = settings.ballot_kind
    cleaned = settings
    if kind is BallotKind.SINGLE:
        cleaned = replace(cleaned, min_choices=1, max_choices=1)
    if kind in (BallotKind.APPROVAL, BallotKind.RANKED):
        if settings.min_choices < 1:
            errors["min_choices"] = translate(
                "Vote", "A ballot that is not blank names at least one project."
            )
        if settings.max_choices is not None and settings.max_choices < settings.min_choices:
            errors["max_choices"] = translate(
                "Vote", "The most projects per ballot cannot be fewer than the fewest."
            )
    if kind is BallotKind.RANKED and settings.max_choices is None:
        errors["max_choices"] = translate("Vote", "Say how many ranks a ballot has.")
    if kind is BallotKind.POINTS:
        total, each = settings.points_total, settings.points_per_project
        if total is None or total < 1:
            errors["points_total"] = translate("Vote", "Say how many points each voter shares out.")
        if each is None or each < 1:
            errors["points_per_project"] = translate(
                "Vote", "Say how many points one project may receive at most."
            )
        elif total is not None and each > total:
            cleaned = replace(cleaned, points_per_project=total)
    if kind is not BallotKind.POINTS:
        cleaned = replace(cleaned, points_total=None, points_per_project=None)
    if kind in (BallotKind.POINTS, BallotKind.BUDGET):
        cleaned = replace(cleaned, min_choices=1, max_choices=None)
    if settings.min_age is not None and not 0 <= settings.min_age <= 120:
        errors["min_age"] = translate("Vote", "The minimum age must be between 0 and 120.")
    if settings.proxies_allowed and settings.max_proxies < 1:
        errors["max_proxies"] = translate(
            "Vote", "A proxy holder must be allowed at least one proxy."
        )
    if not 0 <= settings.recourse_months <= 24:
        errors["recourse_months"] = translate(
            "Vote", "The recourse period is between 0 and 24 months."
        )
    if settings.envelopes_per_territory:
        envelopes = settings.envelopes()
        if set(envelopes) != set(territory_ids) or len(territory_ids) < 2:
            errors["territory_envelopes"] = translate(
                "Vote", "Give an envelope to each of the campaign's territories (two or more)."
            )
        elif any(amount < 0 for amount in envelopes.values()):
            errors["territory_envelopes"] = translate("Vote", "An envelope cannot be negative.")
        elif sum(envelopes.values()) > envelope_cents:
            errors["territory_envelopes"] = translate(
                "Vote", "The territories' envelopes add up to more than the campaign's {amount}."
            ).format(amount=format_euros(envelope_cents))
    else:
        cleaned = replace(cleaned, territory_envelopes=())
    if settings.rule is Rule.THRESHOLD:
        percent = settings.threshold_percent
        if percent is None or not Decimal(0) < percent <= Decimal(100):
            errors["threshold_percent"] = translate(
                "Vote", "The threshold rule needs a percentage of valid ballots above 0."
            )
    else:
        cleaned = replace(cleaned, threshold_percent=None)
    if settings.tie_break not in CAMPAIGN_TIE_RULES:
        errors["tie_break"] = translate(
            "Vote", "Ties are broken by cost then a draw by lot, or refused."
        )
    if settings.at_least_one_per_territory and len(territory_ids) < 2:
        errors["at_least_one_per_territory"] = translate(
            "Vote", "At least one project per territory needs two territories or more."
        )
    elif settings.at_least_one_per_territory and settings.envelopes_per_territory:
        errors["at_least_one_per_territory"] = translate(
            "Vote",
            "With an envelope per territory, each territory already has its own money: "
            "«at least one project per territory» applies to a single envelope.",
        )
    if errors:
        raise ValidationError(errors)
    return cleaned


#: Codes printed on the ballot: one to six letters or digits.
CODE_PATTERN = re.compile(r"^[0-9A-Z]{1,6}$")


def normalize_code(text: str) -> str:
    """``" 03 "`` → ``"3"``, ``"b2"`` → ``"B2"``: how a code is compared."""
    code = text.strip().upper()
    if code.isdigit():
        return str(int(code))
    return code


def check_code(text: str) -> str:
    code = normalize_code(text)
    if not CODE_PATTERN.match(code):
        raise DomainError(
            translate(
                "Vote", "«{code}» cannot be a ballot code: one to six letters or digits."
            ).format(code=text.strip())
        )
    return code


@dataclass(frozen=True)
class BallotProject:
    """A project as the ballot offers it; ``key`` is the application's id."""

    key: int
    code: str
    cost_cents: int
    territory_id: int | None = None
    title: str = ""


@dataclass(frozen=True)
class BallotPaper:
    """What the printed ballot offers: the règlement, the projects and the envelope."""

    settings: VoteSettings
    projects: tuple[BallotProject, ...]
    envelope_cents: int
    by_code: Mapping[str, BallotProject] = field(init=False, repr=False, compare=False)
    by_key: Mapping[int, BallotProject] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_code", {p.code: p for p in self.projects})
        object.__setattr__(self, "by_key", {p.key: p for p in self.projects})


@dataclass(frozen=True)
class Reading:
    """What a typed line means.

    For a ballot (every outcome but ``ASK_AGAIN``): ``choices`` are ballot codes (in rank
    order for ranked ballots, in ``code_order`` otherwise), ``points`` the points of each for points
    ballots, ``reason`` why it is nul. For ``ASK_AGAIN``, ``unknown`` names the codes not on
    the ballot. ``message`` is the sentence the entry screen shows.
    """

    outcome: Outcome
    message: str
    choices: tuple[str, ...] = ()
    points: tuple[int, ...] = ()
    reason: NulReason | None = None
    remark: str = ""
    unknown: tuple[str, ...] = ()

    @property
    def status(self) -> BallotStatus | None:
        if self.outcome is Outcome.ASK_AGAIN:
            return None
        return BallotStatus(self.outcome.value)

    @property
    def encoded(self) -> str:
        return encode_choices(self.choices, self.points)


NUL_MARK = "*"
_SEPARATORS = re.compile(r"[\s,;+.]+")
_POINTS_ITEM = re.compile(r"^([0-9A-Za-z]+)[:=]([0-9]+)$")


def read_ballot(paper: BallotPaper, text: str) -> Reading:
    """Read a typed line against the ballot paper (see the module docstring)."""
    line = text.strip()
    if line.startswith(NUL_MARK):
        remark = line[len(NUL_MARK) :].strip()
        return Reading(
            Outcome.NUL,
            _nul_message(NulReason.DECLARED, paper, ()),
            reason=NulReason.DECLARED,
            remark=remark,
        )
    items = [item for item in _SEPARATORS.split(line) if item]
    points_kind = paper.settings.ballot_kind is BallotKind.POINTS
    codes: list[str] = []
    points: list[int] = []
    for item in items:
        if points_kind:
            match = _POINTS_ITEM.match(item)
            if match is None:
                return _ask_again(
                    translate(
                        "Vote", "«{item}» is not code:points (for example 3:2); type it again."
                    ).format(item=item)
                )
            codes.append(normalize_code(match.group(1)))
            points.append(int(match.group(2)))
        else:
            if ":" in item or "=" in item:
                return _ask_again(
                    translate(
                        "Vote", "This ballot takes codes only, without points: «{item}»."
                    ).format(item=item)
                )
            codes.append(normalize_code(item))
    unknown = tuple(dict.fromkeys(code for code in codes if code not in paper.by_code))
    if unknown:
        if len(unknown) == 1:
            message = translate(
                "Vote", "There is no project {code} on the ballot; type the ballot again."
            ).format(code=unknown[0])
        else:
            message = translate(
                "Vote", "There are no projects {codes} on the ballot; type the ballot again."
            ).format(codes=", ".join(unknown))
        return Reading(Outcome.ASK_AGAIN, message, unknown=unknown)
    ranked = paper.settings.ballot_kind is BallotKind.RANKED
    twice = [code for code, count in _counts(codes).items() if count > 1]
    if twice and not ranked:
        return _ask_again(
            translate("Vote", "Code {code} was typed twice; type the ballot again.").format(
                code=twice[0]
            )
        )
    if points_kind:
        pairs = sorted(
            ((code, value) for code, value in zip(codes, points, strict=True) if value),
            key=lambda pair: code_order(pair[0]),
        )
        chosen = tuple(code for code, _ in pairs)
        given = tuple(value for _, value in pairs)
    elif ranked:
        chosen, given = tuple(codes), ()
    else:
        chosen, given = tuple(sorted(codes, key=code_order)), ()
    status, reason = classify(paper, chosen, given)
    return _reading(paper, status, reason, chosen, given)


def _counts(codes: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for code in codes:
        counts[code] = counts.get(code, 0) + 1
    return counts


def _ask_again(message: str) -> Reading:
    return Reading(Outcome.ASK_AGAIN, message)


def classify(
    paper: BallotPaper, choices: tuple[str, ...], points: tuple[int, ...] = ()
) -> tuple[BallotStatus, NulReason | None]:
    """Valid, blank or nul (with why) for a ballot's choices under the paper's settings."""
    settings = paper.settings
    kind = settings.ballot_kind
    if not choices:
        return BallotStatus.BLANK, None
    count = len(choices)
    if kind is BallotKind.RANKED and len(set(choices)) != count:
        return BallotStatus.NUL, NulReason.SAME_PROJECT_TWICE
    if kind is BallotKind.POINTS:
        limit = settings.points_per_project
        if limit is not None and max(points) > limit:
            return BallotStatus.NUL, NulReason.POINTS_PER_PROJECT
        if settings.points_total is not None and sum(points) > settings.points_total:
            return BallotStatus.NUL, NulReason.POINTS_TOTAL
        return BallotStatus.VALID, None
    if kind is BallotKind.BUDGET:
        return _check_budget(paper, choices)
    if settings.max_choices is not None and count > settings.max_choices:
        return BallotStatus.NUL, NulReason.TOO_MANY
    if count < settings.min_choices:
        return BallotStatus.NUL, NulReason.TOO_FEW
    return BallotStatus.VALID, None


def _check_budget(
    paper: BallotPaper, choices: tuple[str, ...]
) -> tuple[BallotStatus, NulReason | None]:
    projects = [paper.by_code[code] for code in choices if code in paper.by_code]
    envelopes = paper.settings.envelopes()
    if envelopes:
        spent: dict[int | None, int] = {}
        for project in projects:
            spent[project.territory_id] = spent.get(project.territory_id, 0) + project.cost_cents
        for territory, total in spent.items():
            if territory is None or total > envelopes.get(territory, 0):
                return BallotStatus.NUL, NulReason.OVER_BUDGET
    elif sum(project.cost_cents for project in projects) > paper.envelope_cents:
        return BallotStatus.NUL, NulReason.OVER_BUDGET
    return BallotStatus.VALID, None


def reread(paper: BallotPaper, encoded: str, reason: NulReason | None) -> Reading:
    """A stored ballot classified again under the paper's (possibly changed) settings."""
    if reason is NulReason.DECLARED:
        return Reading(Outcome.NUL, _nul_message(reason, paper, ()), reason=NulReason.DECLARED)
    choices, points = decode_choices(encoded)
    status, new_reason = classify(paper, choices, points)
    return _reading(paper, status, new_reason, choices, points)


def _reading(
    paper: BallotPaper,
    status: BallotStatus,
    reason: NulReason | None,
    choices: tuple[str, ...],
    points: tuple[int, ...],
) -> Reading:
    shown = encode_choices(choices, points)
    if status is BallotStatus.BLANK:
        message = translate("Vote", "Blank ballot.")
    elif status is BallotStatus.VALID:
        message = translate("Vote", "Valid: {choices}.").format(choices=shown)
    else:
        assert reason is not None
        message = _nul_message(reason, paper, choices)
    return Reading(Outcome(status.value), message, choices, points, reason)


def _nul_message(reason: NulReason, paper: BallotPaper, choices: tuple[str, ...]) -> str:
    settings = paper.settings
    if reason is NulReason.TOO_MANY:
        return translate("Vote", "Spoilt: {count} projects, {most} at most.").format(
            count=len(choices), most=settings.max_choices
        )
    if reason is NulReason.TOO_FEW:
        return translate("Vote", "Spoilt: {count} projects, at least {fewest}.").format(
            count=len(choices), fewest=settings.min_choices
        )
    if reason is NulReason.POINTS_PER_PROJECT:
        return translate("Vote", "Spoilt: more than {most} points on one project.").format(
            most=settings.points_per_project
        )
    if reason is NulReason.POINTS_TOTAL:
        return translate("Vote", "Spoilt: more than {most} points in all.").format(
            most=settings.points_total
        )
    if reason is NulReason.OVER_BUDGET:
        return translate("Vote", "Spoilt: the projects chosen cost more than the envelope.")
    if reason is NulReason.SAME_PROJECT_TWICE:
        return translate("Vote", "Spoilt: the same project at two ranks.")
    return translate("Vote", "Spoilt ballot.")


def code_order(code: str) -> tuple[int, str]:
    """Codes in a stable order: numbers as numbers (2 before 10), then by text."""
    return len(code), code


def encode_choices(choices: Iterable[str], points: Iterable[int] = ()) -> str:
    """``("3", "7"), (2, 1)`` → ``"3:2 7:1"``; ``("12", "7")`` → ``"12 7"``: in the order given."""
    given = tuple(points)
    if given:
        return " ".join(f"{code}:{value}" for code, value in zip(choices, given, strict=True))
    return " ".join(choices)


def decode_choices(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The inverse of ``encode_choices``."""
    if not text:
        return (), ()
    items = text.split(" ")
    if ":" in items[0]:
        pairs = [item.split(":") for item in items]
        return tuple(code for code, _ in pairs), tuple(int(value) for _, value in pairs)
    return tuple(items), ()
