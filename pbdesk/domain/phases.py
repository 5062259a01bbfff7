"""The nine phases of a participatory budget, as the seed document recommends them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from pbdesk.i18n import QT_TRANSLATE_NOOP, translate


class Phase(IntEnum):
    PREPARATION = 1
    OUTREACH = 2
    CORE_GROUP = 3
    STAKES = 4
    DIAGNOSIS = 5
    CALL = 6
    APPLICATIONS = 7
    VOTE = 8
    FOLLOW_UP = 9

    @property
    def title(self) -> str:
        return translate("Phase", _TITLES[self])

    @property
    def summary(self) -> str:
        return translate("Phase", _SUMMARIES[self])

    @property
    def label(self) -> str:
        """``3. Identification du noyau dur``: the number is how teams refer to phases."""
        return f"{int(self)}. {self.title}"


_TITLES = {
    Phase.PREPARATION: QT_TRANSLATE_NOOP("Phase", "Preparatory phase"),
    Phase.OUTREACH: QT_TRANSLATE_NOOP("Phase", "Reaching out to residents"),
    Phase.CORE_GROUP: QT_TRANSLATE_NOOP("Phase", "Identifying the core group"),
    Phase.STAKES: QT_TRANSLATE_NOOP("Phase", "Co-building the stakes"),
    Phase.DIAGNOSIS: QT_TRANSLATE_NOOP("Phase", "Co-building the shared diagnosis"),
    Phase.CALL: QT_TRANSLATE_NOOP("Phase", "Launching the call"),
    Phase.APPLICATIONS: QT_TRANSLATE_NOOP("Phase", "Applications and review"),
    Phase.VOTE: QT_TRANSLATE_NOOP("Phase", "Presenting the projects, vote, results"),
    Phase.FOLLOW_UP: QT_TRANSLATE_NOOP("Phase", "Reporting back to residents"),
}

_SUMMARIES = {
    Phase.PREPARATION: QT_TRANSLATE_NOOP(
        "Phase",
        "Fix the aims, define the frame (perimeter, envelope, process, theme), the review "
        "criteria and the follow-up tools, form the project team, mobilise the services and "
        "plan festive moments.",
    ),
    Phase.OUTREACH: QT_TRANSLATE_NOOP(
        "Phase", "Go where residents are: door-to-door, stands, schools, local events."
    ),
    Phase.CORE_GROUP: QT_TRANSLATE_NOOP(
        "Phase",
        "Gather the core group of residents (parents' collective, conseil citoyen, "
        "volunteers) who will carry the process.",
    ),
    Phase.STAKES: QT_TRANSLATE_NOOP(
        "Phase", "With the core group, name the neighbourhood's priority stakes."
    ),
    Phase.DIAGNOSIS: QT_TRANSLATE_NOOP(
        "Phase",
        "Discuss the stakes with local associations in cooperation workshops and agree a "
        "shared diagnosis.",
    ),
    Phase.CALL: QT_TRANSLATE_NOOP(
        "Phase", "Choose the legal form (AAP, AMI or AAS), write the rules and launch the call."
    ),
    Phase.APPLICATIONS: QT_TRANSLATE_NOOP(
        "Phase",
        "Receive the applications, review them against the criteria, announce the projects "
        "selected for the vote.",
    ),
    Phase.VOTE: QT_TRANSLATE_NOOP(
        "Phase",
        "Present every project in public space, hold a festive and solemn vote, count the "
        "ballots and publish the results.",
    ),
    Phase.FOLLOW_UP: QT_TRANSLATE_NOOP(
        "Phase",
        "Co-realisation, co-monitoring, co-evaluation: what was done, where the money went, "
        "the review one year after the vote.",
    ),
}


class PhaseStatus(StrEnum):
    UPCOMING = "upcoming"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return translate("PhaseStatus", _STATUS_LABELS[self])


_STATUS_LABELS = {
    PhaseStatus.UPCOMING: QT_TRANSLATE_NOOP("PhaseStatus", "upcoming"),
    PhaseStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("PhaseStatus", "in progress"),
    PhaseStatus.DONE: QT_TRANSLATE_NOOP("PhaseStatus", "done"),
}


def current_phase(statuses: Mapping[Phase, PhaseStatus]) -> Phase:
    """The phase a campaign is in: the first one in progress, else the first not done.

    A campaign whose phases are all done stays in phase 9: follow-up goes on for years.
    """
    ordered = sorted(statuses.items())
    for phase, status in ordered:
        if status is PhaseStatus.IN_PROGRESS:
            return phase
    for phase, status in ordered:
        if status is not PhaseStatus.DONE:
            return phase
    return Phase.FOLLOW_UP


@dataclass(frozen=True)
class CatalogueItem:
    """One recommended checklist item, as the catalogue in ``resources/`` gives it."""

    key: str
    phase: Phase
    label: str
    hint: str = ""


def check_catalogue(items: Iterable[CatalogueItem]) -> list[CatalogueItem]:
    """Refuse a catalogue with duplicate keys, empty labels or a phase without items."""
    items = list(items)
    keys = [item.key for item in items]
    duplicates = {key for key in keys if keys.count(key) > 1}
    if duplicates:
        raise ValueError(f"duplicate checklist keys: {sorted(duplicates)}")
    if any(not item.label.strip() for item in items):
        raise ValueError("a checklist item has an empty label")
    missing = set(Phase) - {item.phase for item in items}
    if missing:
        raise ValueError(f"phases without checklist items: {sorted(missing)}")
    return items
