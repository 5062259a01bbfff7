"""What the app shows of an import plan before anything is written, and the user's choices.

``summarize(database, plan)`` counts, per kind of record (table), what the import adds, takes
from the file, keeps as it is here and leaves in conflict; it also counts the ballots (as the
count does: one per ballot of a stack, however many times it was typed) and the sign-in
entries that arrive and the incoming sign-ins of a resident already signed here (the
same person signed on two laptops: flagged, never hidden). ``settle_all`` settles every
conflict one way. Qt-free: the dialog of ``pbdesk.ui.dialogs.import_project`` shows these.
"""

from __future__ import annotations

from dataclasses import dataclass

from pbdesk.exchange.plan import Action, ImportPlan
from pbdesk.store.database import Database

#: The tables whose additions are told apart in the summary (the vote day's laptops).
BALLOTS = "ballot"
SIGN_INS = "sign_in"
SESSIONS = "entry_session"
#: The entry whose ballots the count reads when a stack was typed twice.
FIRST_PASS = "A"


@dataclass(frozen=True)
class KindCounts:
    """What happens to the records of one table of the file."""

    table: str
    added: int = 0
    #: Changed in the file only: taken from it.
    updated: int = 0
    #: Changed here only: kept as here.
    kept: int = 0
    conflicts: int = 0
    same: int = 0

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.updated or self.conflicts)


@dataclass(frozen=True)
class ImportSummary:
    file_name: str
    campaign_name: str
    new_campaign: bool
    records: int
    attachments: int
    personal_data: bool
    #: Tables where something other than "the same" happens, in the file's order.
    kinds: tuple[KindCounts, ...]
    #: Ballots that arrive, as the count reads them: the typings of one entry per stack
    #: (entry A when the stack was typed twice), not every typed line.
    ballots_added: int
    #: Of ``ballots_added``, those whose stack arrives typed twice (double entry).
    ballots_double_entered: int
    sign_ins_added: int
    #: Incoming sign-ins of a person already signed here (or twice in the file).
    double_signatures: int
    #: The plan's own sentences (``ImportPlan.summary``), renamings included.
    lines: tuple[str, ...]

    @property
    def changes_anything(self) -> bool:
        return any(kind.changes_anything for kind in self.kinds)


def summarize(database: Database, plan: ImportPlan) -> ImportSummary:
    """Count what ``plan`` does, per table (from the plan alone: writes and reads nothing)."""
    kinds = []
    for table, counts in plan.counts().items():
        kind = KindCounts(
            table,
            added=counts.get(Action.ADD, 0),
            updated=counts.get(Action.UPDATE, 0),
            kept=counts.get(Action.KEEP, 0),
            conflicts=counts.get(Action.CONFLICT, 0),
            same=counts.get(Action.SAME, 0),
        )
        if kind.changes_anything or kind.kept:
            kinds.append(kind)
    added = {kind.table: kind.added for kind in kinds}
    ballots, double_entered = incoming_ballots(plan)
    return ImportSummary(
        file_name=plan.file_name,
        campaign_name=plan.campaign_name,
        new_campaign=plan.new_campaign,
        records=plan.data.count(),
        attachments=plan.attachments,
        personal_data=plan.manifest.personal_data,
        kinds=tuple(kinds),
        ballots_added=ballots,
        ballots_double_entered=double_entered,
        sign_ins_added=added.get(SIGN_INS, 0),
        double_signatures=double_signatures(database, plan),
        lines=tuple(plan.summary()),
    )


def incoming_ballots(plan: ImportPlan) -> tuple[int, int]:
    """(ballots, of which typed twice) among the ballot lines the import adds.

    A stack typed twice (double entry) has its ballots in entries A and B: the count reads
    entry A only, so do these figures. A stack typed once counts its one entry.
    """
    passes: dict[str, tuple[str, str]] = {}  # session uuid → (stack uuid, pass)
    stack_passes: dict[str, set[str]] = {}
    for session, (stack, label) in plan.vote_day.passes.items():
        label = label or FIRST_PASS
        passes[session] = (stack, label)
        stack_passes.setdefault(stack, set()).add(label)
    added: dict[tuple[str, str], int] = {}
    for session, count in plan.vote_day.ballots_added.items():
        key = passes.get(session, ("", FIRST_PASS))
        added[key] = added.get(key, 0) + count
    ballots = double_entered = 0
    for (stack, label), count in added.items():
        labels = stack_passes.get(stack, {label})
        counted = FIRST_PASS if FIRST_PASS in labels else min(labels)
        if label != counted:
            continue  # the second typing of ballots already counted
        ballots += count
        if len(labels) > 1:
            double_entered += count
    return ballots, double_entered


def double_signatures(database: Database, plan: ImportPlan) -> int:
    """Incoming sign-ins whose person already signed in this campaign's register here, or
    earlier in the file (the same count ``register_summary`` gives once imported); counted
    while planning, from the register as it was then."""
    return plan.vote_day.double_signatures


def settle_all(plan: ImportPlan, take_file: bool) -> None:
    """Keep this database's version of every conflict (False) or take the file's (True)."""
    for conflict in plan.conflicts:
        conflict.settle(take_file)
