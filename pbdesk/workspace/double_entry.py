"""Double entry: two operators type the same stack; the count is official when both agree.

``compare_entries`` lines up passes A and B by sequence number and lists where they differ
(status, choices or why nul — not the operator's remark), side by side; when one pass has
one ballot more and the rest only shifts, it says which ballot was skipped.
``resolve_difference`` sets both passes to what the paper ballot says. ``stack_states``
tells, for every stack, whether it is official and, if not, why; the count uses only
official stacks (the "A" pass of each).

A stack can come back from merging two vote-day laptops with a third pass ("C": both typed
the second entry). ``extra_entries`` describes each pass against the others and
``discard_entry`` sets aside the one the team does not keep (it stays, marked, so that a later
merge does not bring it back); once two are left they become A and B.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError
from pbdesk.domain.vote import Outcome, read_ballot
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import Ballot, BallotStack, EntrySession, PollingStation
from pbdesk.store.types import utcnow
from pbdesk.workspace import journal
from pbdesk.workspace.ballots import (
    PASSES,
    BallotView,
    EntryOutcome,
    EntrySessionView,
    ballot_at,
    ballot_view,
    correct_in,
    delete_in,
    insert_in,
    session_view,
)
from pbdesk.workspace.vote import ballot_paper, require_vote

#: What two passes must agree on for a ballot.
_Key = tuple[str, str, str]


@dataclass(frozen=True)
class Difference:
    sequence: int
    a: BallotView | None
    b: BallotView | None


@dataclass(frozen=True)
class StackComparison:
    stack_id: int
    station_name: str
    label: str
    a: EntrySessionView | None
    b: EntrySessionView | None
    differences: tuple[Difference, ...]
    #: The pass that seems to have skipped a ballot, and its number (``repair_skip``).
    skipped: tuple[str, int] | None = None
    #: That, in a sentence (empty otherwise).
    hint: str = ""

    @property
    def agreed(self) -> bool:
        return self.a is not None and self.b is not None and not self.differences


def _keys(session: Session, session_id: int) -> list[_Key]:
    return [
        (status, choices, reason)
        for status, choices, reason in session.execute(
            select(Ballot.status, Ballot.choices, Ballot.reason)
            .where(Ballot.session_id == session_id)
            .order_by(Ballot.sequence)
        )
    ]


#: Letters a set-aside pass may take (its own in lower case first).
_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _passes(session: Session, stack_id: int) -> dict[str, EntrySession]:
    """The stack's passes that count (not set aside), by letter."""
    return {
        e.pass_label: e
        for e in session.scalars(
            select(EntrySession).where(
                EntrySession.stack_id == stack_id, EntrySession.discarded_at.is_(None)
            )
        )
    }


def _differing(a: list[_Key], b: list[_Key]) -> list[int]:
    """Sequence numbers (from 1) where the passes differ, one missing counting as differing."""
    return [i + 1 for i in range(max(len(a), len(b))) if i >= len(a) or i >= len(b) or a[i] != b[i]]


def _skipped(a: list[_Key], b: list[_Key], first: int) -> tuple[str, int] | None:
    """The pass that seems to have skipped ballot ``first`` (the rest only shifts)."""
    start = first - 1
    if len(a) == len(b) + 1 and a[first:] == b[start:]:
        return "B", first
    if len(b) == len(a) + 1 and b[first:] == a[start:]:
        return "A", first
    return None


def _skip_hint(skipped: tuple[str, int] | None) -> str:
    if skipped is None:
        return ""
    label, sequence = skipped
    return translate(
        "Ballots", "Entry {label} seems to have skipped ballot {sequence} of entry {other}."
    ).format(label=label, sequence=sequence, other="B" if label == "A" else "A")


def _stack(session: Session, stack_id: int) -> BallotStack:
    stack = session.get(BallotStack, stack_id)
    if stack is None:
        raise DomainError(translate("Ballots", "This stack of ballots no longer exists."))
    return stack


def compare_entries(database: Database, stack_id: int) -> StackComparison:
    """Passes A and B of a stack, and the ballots where they differ, side by side."""
    with database.session() as session:
        stack = _stack(session, stack_id)
        station = session.get(PollingStation, stack.station_id)
        passes = _passes(session, stack_id)
        a, b = passes.get("A"), passes.get("B")
        differences: list[Difference] = []
        skipped: tuple[str, int] | None = None
        if a is not None and b is not None:
            keys_a, keys_b = _keys(session, a.id), _keys(session, b.id)
            differing = _differing(keys_a, keys_b)
            if differing:
                skipped = _skipped(keys_a, keys_b, differing[0])
                for sequence in differing:
                    one = ballot_at(session, a.id, sequence)
                    two = ballot_at(session, b.id, sequence)
                    differences.append(
                        Difference(
                            sequence,
                            ballot_view(one) if one else None,
                            ballot_view(two) if two else None,
                        )
                    )
        return StackComparison(
            stack.id,
            station.name if station else "",
            stack.label,
            session_view(session, a) if a else None,
            session_view(session, b) if b else None,
            tuple(differences),
            skipped,
            _skip_hint(skipped),
        )


def resolve_difference(
    database: Database, stack_id: int, sequence: int, typed_text: str | None, author: str
) -> EntryOutcome | None:
    """Set ballot ``sequence`` of both passes to ``typed_text`` (what the paper says), adding
    it at the end of a pass that lacks it; with None, remove it from both (it does not
    exist). Each change is journaled; a pass that already says so is left alone. Returns the
    reading (``ASK_AGAIN`` changes nothing; None after a removal)."""
    with database.session() as session:
        _stack(session, stack_id)
        passes = _passes(session, stack_id)
        if set(passes) != {"A", "B"}:
            raise DomainError(translate("Ballots", "This stack has not been entered twice."))
        if typed_text is None:
            for label in PASSES:
                if ballot_at(session, passes[label].id, sequence) is not None:
                    delete_in(session, passes[label], sequence, author)
            return None
        reading = read_ballot(ballot_paper(session, passes["A"].campaign_id), typed_text)
        if reading.outcome is Outcome.ASK_AGAIN:
            return EntryOutcome(reading.outcome, reading.message, None, reading.unknown)
        wanted = (reading.outcome.value, reading.encoded, reading.reason or "")
        for label in PASSES:
            entry = passes[label]
            ballot = ballot_at(session, entry.id, sequence)
            if ballot is None:
                insert_in(session, entry, sequence, typed_text, author)
            elif (ballot.status, ballot.choices, ballot.reason) != wanted:
                correct_in(session, entry, sequence, typed_text, author, "ballot.resolve")
        return EntryOutcome(reading.outcome, reading.message, sequence, ())


def repair_skip(database: Database, stack_id: int, author: str) -> int:
    """Insert, in the pass that skipped it, the ballot the comparison's hint names (typed as
    the other pass typed it); returns its sequence number."""
    with database.session() as session:
        _stack(session, stack_id)
        passes = _passes(session, stack_id)
        if set(passes) != {"A", "B"}:
            raise DomainError(translate("Ballots", "This stack has not been entered twice."))
        keys_a, keys_b = _keys(session, passes["A"].id), _keys(session, passes["B"].id)
        differing = _differing(keys_a, keys_b)
        skipped = _skipped(keys_a, keys_b, differing[0]) if differing else None
        if skipped is None:
            raise DomainError(translate("Ballots", "No skipped ballot was found in this stack."))
        label, sequence = skipped
        other = passes["B" if label == "A" else "A"]
        source = ballot_at(session, other.id, sequence)
        assert source is not None
        insert_in(session, passes[label], sequence, source.typed, author)
        return sequence


@dataclass(frozen=True)
class StackState:
    stack_id: int
    station_id: int
    station_name: str
    label: str
    passes: tuple[str, ...]
    ballots: int
    #: The pass whose ballots count, once the stack is official.
    official_session_id: int | None
    #: Why the stack is not official yet (empty when it is).
    problem: str


def stack_states(session: Session, campaign_id: int) -> list[StackState]:
    """Every stack of the campaign: official or not, and why not."""
    double = require_vote(session, campaign_id).double_entry
    stations = dict(
        session.execute(
            select(PollingStation.id, PollingStation.name).where(
                PollingStation.campaign_id == campaign_id
            )
        ).all()
    )
    counts = dict(
        session.execute(
            select(Ballot.session_id, func.count())
            .join(EntrySession, EntrySession.id == Ballot.session_id)
            .where(EntrySession.campaign_id == campaign_id)
            .group_by(Ballot.session_id)
        ).all()
    )
    states = []
    stacks = session.scalars(
        select(BallotStack)
        .where(BallotStack.campaign_id == campaign_id)
        .order_by(BallotStack.station_id, BallotStack.label)
    )
    for stack in stacks:
        passes = _passes(session, stack.id)
        name = stations.get(stack.station_id, "")
        where = f"«{name}» {stack.label}".strip()
        problem = ""
        official: int | None = None
        open_pass = next((p for p in sorted(passes) if passes[p].closed_at is None), None)
        if not passes:
            problem = translate("Ballots", "{stack}: nothing entered yet.").format(stack=where)
        elif open_pass is not None:
            problem = translate("Ballots", "{stack}: entry {label} is not closed.").format(
                stack=where, label=open_pass
            )
        elif len(passes) > len(PASSES):
            problem = translate(
                "Ballots",
                "{stack}: entered {count} times ({labels}); discard the entry that should not "
                "count.",
            ).format(stack=where, count=len(passes), labels=", ".join(sorted(passes)))
        elif (double or len(passes) > 1) and set(passes) != {"A", "B"}:
            problem = translate("Ballots", "{stack}: the second entry is missing.").format(
                stack=where
            )
        elif len(passes) > 1:
            differing = _differing(_keys(session, passes["A"].id), _keys(session, passes["B"].id))
            if differing:
                problem = translate(
                    "Ballots", "{stack}: entries A and B differ on {count} ballots."
                ).format(stack=where, count=len(differing))
        if not problem:
            official = passes["A"].id if "A" in passes else next(iter(passes.values())).id
        states.append(
            StackState(
                stack.id,
                stack.station_id,
                name,
                stack.label,
                tuple(sorted(passes)),
                int(counts.get(official, 0)) if official else 0,
                official,
                problem,
            )
        )
    return states


@dataclass(frozen=True)
class EntryChoice:
    """One pass of a stack entered more than twice, against the others."""

    entry: EntrySessionView
    #: Other pass's label → ballots where the two passes differ.
    differences: tuple[tuple[str, int], ...]


def extra_entries(database: Database, stack_id: int) -> list[EntryChoice]:
    """Every pass of a stack entered more than twice, each with how many ballots it differs
    on from each other pass: the team keeps the two that agree with the paper."""
    with database.session() as session:
        _stack(session, stack_id)
        passes = _passes(session, stack_id)
        keys = {label: _keys(session, entry.id) for label, entry in passes.items()}
        return [
            EntryChoice(
                session_view(session, passes[label]),
                tuple(
                    (other, len(_differing(keys[label], keys[other])))
                    for other in sorted(passes)
                    if other != label
                ),
            )
            for label in sorted(passes)
        ]


def discard_entry(database: Database, session_id: int, reason: str, author: str) -> None:
    """Set aside a pass of a stack entered more than twice, for a reason the journal keeps.

    The pass and its ballots stay in the database, marked (``discarded_at``, its letter in
    lower case): merging again the laptop that typed it then finds it here, set aside, instead
    of bringing it back. Once two passes are left they are labelled A and B in their order.
    """
    reason = " ".join(reason.split())[:300]
    if not reason:
        raise DomainError(translate("Ballots", "Say why this entry is discarded."))
    with database.session() as session:
        entry = session.get(EntrySession, session_id)
        if entry is None or entry.discarded_at is not None:
            raise DomainError(translate("Ballots", "This entry session no longer exists."))
        passes = _passes(session, entry.stack_id)
        if len(passes) <= len(PASSES):
            raise DomainError(
                translate(
                    "Ballots",
                    "Only a stack entered more than twice has an entry to discard; correct "
                    "the differences instead.",
                )
            )
        if entry.closed_at is None:
            raise DomainError(
                translate(
                    "Ballots", "Entry {label} is still being typed: close it before discarding it."
                ).format(label=entry.pass_label)
            )
        stack = _stack(session, entry.stack_id)
        station = session.get(PollingStation, stack.station_id)
        where = f"«{station.name if station else ''}» {stack.label}".strip()
        count = session.scalar(select(func.count()).where(Ballot.session_id == entry.id)) or 0
        label = entry.pass_label
        taken = set(
            session.scalars(
                select(EntrySession.pass_label).where(EntrySession.stack_id == entry.stack_id)
            )
        )
        entry.pass_label = next(
            (letter for letter in label.lower() + _LOWER if letter not in taken), label
        )
        entry.discarded_at = utcnow()
        entry.discard_reason = reason
        session.flush()
        renamed = []
        kept = [passes[other] for other in sorted(passes) if other != label]
        if len(kept) == len(PASSES):
            for new_label, kept_entry in zip(PASSES, kept, strict=True):
                if kept_entry.pass_label != new_label:
                    renamed.append(f"{kept_entry.pass_label} → {new_label}")
                    kept_entry.pass_label = new_label
                    session.flush()  # one at a time: (stack, label) is unique
        text = translate(
            "Journal",
            "Ballot entry {label} of {stack} set aside ({count} ballots, typed by {operator}); "
            "reason: «{reason}».",
        ).format(
            label=label, stack=where, count=count, operator=entry.operator or "—", reason=reason
        )
        if renamed:
            text += " " + translate("Journal", "Entries renamed: {renamed}.").format(
                renamed=", ".join(renamed)
            )
        journal.record(
            session, entry.campaign_id, author, "ballots.discard", text, entry=entry.uuid
        )


def list_stacks(database: Database, campaign_id: int) -> list[StackState]:
    with database.session() as session:
        return stack_states(session, campaign_id)
