"""A campaign's frame (cadre): what it is, where, with how much money, and how it decides."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.money import MAX_CENTS, parse_euros
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate


class CallKind(StrEnum):
    """The legal form of the call for projects."""

    AAP = "aap"
    AMI = "ami"
    AAS = "aas"

    @property
    def label(self) -> str:
        return translate("CallKind", _CALL_LABELS[self])


_CALL_LABELS = {
    CallKind.AAP: QT_TRANSLATE_NOOP("CallKind", "AAP — call for projects"),
    CallKind.AMI: QT_TRANSLATE_NOOP("CallKind", "AMI — call for expressions of interest"),
    CallKind.AAS: QT_TRANSLATE_NOOP("CallKind", "AAS — call for solutions"),
}


class CoreGroupKind(StrEnum):
    PARENTS = "parents"
    CONSEIL_CITOYEN = "conseil_citoyen"
    VOLUNTEERS = "volunteers"
    OTHER = "other"

    @property
    def label(self) -> str:
        return translate("CoreGroupKind", _CORE_LABELS[self])


_CORE_LABELS = {
    CoreGroupKind.PARENTS: QT_TRANSLATE_NOOP("CoreGroupKind", "Parents' collective"),
    CoreGroupKind.CONSEIL_CITOYEN: QT_TRANSLATE_NOOP("CoreGroupKind", "Conseil citoyen"),
    CoreGroupKind.VOLUNTEERS: QT_TRANSLATE_NOOP(
        "CoreGroupKind", "Collective of volunteer residents"
    ),
    CoreGroupKind.OTHER: QT_TRANSLATE_NOOP("CoreGroupKind", "Other"),
}


class DecisionMode(StrEnum):
    VOTE = "vote"
    DESIGNATION = "designation"

    @property
    def label(self) -> str:
        return translate("DecisionMode", _DECISION_LABELS[self])


_DECISION_LABELS = {
    DecisionMode.VOTE: QT_TRANSLATE_NOOP("DecisionMode", "Residents' vote"),
    DecisionMode.DESIGNATION: QT_TRANSLATE_NOOP(
        "DecisionMode", "Designation without a vote (by the core group)"
    ),
}

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
POSTCODE_PATTERN = re.compile(r"^\d{5}$")
#: QPV codes: ``QP013019`` (2015 list) or ``QN01301M`` (2024 list); the department may be 2A/2B.
QPV_PATTERN = re.compile(r"^Q[NP]\d{2}[\dAB][0-9A-Z]{3}$")
MIN_YEAR, MAX_YEAR = 2000, 2100
NAME_MAX = 200


def slugify(text: str) -> str:
    """``Les Flamands / Le Mail 2022`` → ``les-flamands-le-mail-2022``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")


@dataclass
class TerritoryInput:
    """A territory as typed in the frame form; ``uuid`` is empty for a new one."""

    name: str
    postcode: str = ""
    commune: str = ""
    qpv_code: str = ""
    uuid: str = ""


@dataclass
class FrameInput:
    """Everything the frame form edits, as text typed by the user where it is typed."""

    name: str
    year: int
    slug: str
    envelope: str
    territories: list[TerritoryInput] = field(default_factory=list)
    theme: str = ""
    aims: str = ""
    call_kind: CallKind = CallKind.AAP
    core_group_kind: CoreGroupKind = CoreGroupKind.VOLUNTEERS
    decision_mode: DecisionMode = DecisionMode.VOTE
    starts_on: date | None = None
    ends_on: date | None = None
    vote_on: date | None = None


@dataclass
class Frame:
    """A validated frame: the envelope is in cents, texts are trimmed."""

    name: str
    year: int
    slug: str
    envelope_cents: int
    territories: list[TerritoryInput]
    theme: str
    aims: str
    call_kind: CallKind
    core_group_kind: CoreGroupKind
    decision_mode: DecisionMode
    starts_on: date | None
    ends_on: date | None
    vote_on: date | None


def validate_frame(data: FrameInput) -> Frame:
    """Check every field; raise ``ValidationError`` naming each wrong field, or return a Frame.

    Field names of the errors: ``name``, ``year``, ``slug``, ``envelope``, ``territories``,
    ``territory.N.name`` / ``.postcode`` / ``.qpv_code`` (N from 1), ``dates``, ``vote_on``.
    """
    errors: dict[str, str] = {}
    name = data.name.strip()
    if not name:
        errors["name"] = translate("Frame", "Give the campaign a name.")
    elif len(name) > NAME_MAX:
        errors["name"] = translate("Frame", "The name is too long (200 characters at most).")

    if not MIN_YEAR <= data.year <= MAX_YEAR:
        errors["year"] = translate("Frame", "The year must be between 2000 and 2100.")

    slug = data.slug.strip()
    if not SLUG_PATTERN.match(slug) or len(slug) > 60:
        errors["slug"] = translate(
            "Frame",
            "The short name «{slug}» may only hold lower-case letters, digits and dashes "
            "(for example belle-de-mai-2019).",
        ).format(slug=slug)

    envelope_cents = 0
    try:
        envelope_cents = parse_euros(data.envelope, allow_zero=False)
    except DomainError as error:
        errors["envelope"] = error.message
    if envelope_cents >= MAX_CENTS:  # pragma: no cover - parse_euros refuses it first
        errors["envelope"] = translate("Money", "The amount is too large.")

    territories: list[TerritoryInput] = []
    if not data.territories:
        errors["territories"] = translate("Frame", "Add at least one territory.")
    seen: set[str] = set()
    for number, territory in enumerate(data.territories, start=1):
        cleaned = TerritoryInput(
            name=territory.name.strip(),
            postcode=territory.postcode.strip(),
            commune=territory.commune.strip(),
            qpv_code=territory.qpv_code.strip().upper(),
            uuid=territory.uuid,
        )
        where = f"territory.{number}"
        if not cleaned.name:
            errors[f"{where}.name"] = translate(
                "Frame", "Territory {number}: give it a name."
            ).format(number=number)
        elif cleaned.name.casefold() in seen:
            errors[f"{where}.name"] = translate(
                "Frame", "Territory {number}: «{name}» is already in the list."
            ).format(number=number, name=cleaned.name)
        seen.add(cleaned.name.casefold())
        if cleaned.postcode and not POSTCODE_PATTERN.match(cleaned.postcode):
            errors[f"{where}.postcode"] = translate(
                "Frame", "Territory {number}: the postcode «{postcode}» must have five digits."
            ).format(number=number, postcode=cleaned.postcode)
        if cleaned.qpv_code and not QPV_PATTERN.match(cleaned.qpv_code):
            errors[f"{where}.qpv_code"] = translate(
                "Frame",
                "Territory {number}: «{code}» is not a QPV code (for example QN01301M).",
            ).format(number=number, code=cleaned.qpv_code)
        territories.append(cleaned)

    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        errors["dates"] = translate("Frame", "The campaign cannot end before it starts.")
    if data.vote_on and data.decision_mode is DecisionMode.DESIGNATION:
        errors["vote_on"] = translate(
            "Frame", "A campaign decided without a vote has no vote date."
        )
    elif data.vote_on and (
        (data.starts_on and data.vote_on < data.starts_on)
        or (data.ends_on and data.vote_on > data.ends_on)
    ):
        errors["vote_on"] = translate(
            "Frame", "The vote date must fall between the campaign's start and end."
        )

    if errors:
        raise ValidationError(errors)
    return Frame(
        name=name,
        year=data.year,
        slug=slug,
        envelope_cents=envelope_cents,
        territories=territories,
        theme=data.theme.strip(),
        aims=data.aims.strip(),
        call_kind=data.call_kind,
        core_group_kind=data.core_group_kind,
        decision_mode=data.decision_mode,
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        vote_on=data.vote_on,
    )
