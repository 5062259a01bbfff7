"""Paper ballot entry (dépouillement): entry sessions, ballots, corrections, double entry.

A station's ballots are entered in stacks; an operator's pass over a stack is an *entry
session* ("A", and "B" for double entry, possibly on another laptop). ``enter_ballot`` reads
a typed line against the ballot paper and stores it with the next sequence number, or asks
for it again without storing anything. The first ballot of a campaign freezes its settings.

Secrecy: a ballot has no time of its own — its ``created_at``/``updated_at`` are its
session's opening time — and nothing links it to the sign-in register. Entering a ballot is
therefore not journaled one by one (a journal line is timed); opening and closing sessions,
undoing, correcting, inserting, deleting and resolving double-entry differences are.

Double entry: a stack is official when its sessions are closed and agree ballot by ballot
(same status, same choices); ``compare_entries`` lists the sequence numbers where they
differ, side by side, and ``resolve_difference`` sets both to what the paper says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError
from pbdesk.domain.vote import (
    BallotStatus,
    NulReason,
    Outcome,
    Reading,
    read_ballot,
)
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import Ballot, BallotStack, DirectCount, EntrySession, PollingStation
from pbdesk.store.types import utcnow
from pbdesk.workspace import journal
from pbdesk.workspace.polling_stations import station_row
from pbdesk.workspace.vote import ballot_paper, freeze, require_vote

PASSES = ("A", "B")
#: Added to sequence numbers while a range of them moves (keeps them unique and positive).
_SHIFT_OFFSET = 1_000_000_000


@dataclass(frozen=True)
class EntrySessionView:
    id: int
    uuid: str
    stack_id: int
    stack_label: str
    station_id: int
    station_name: str
    pass_label: str
    operator: str
    opened_at: datetime
    closed_at: datetime | None
    ballots: int


@dataclass(frozen=True)
class EntryOutcome:
    """What the entry screen shows after Enter: the verdict and the ballot's number, or
    why the line must be typed again (``sequence`` None, nothing stored)."""

    outcome: Outcome
    message: str
    sequence: int | None = None
    unknown: tuple[str, ...] = ()

    @property
    def stored(self) -> bool:
        return self.sequence is not None


@dataclass(frozen=True)
class BallotView:
    sequence: int
    typed: str
    #: The choices as codes (``3 7 12``), empty for blank and declared-nul ballots.
    shown: str
    status: BallotStatus
    reason: NulReason | None
    remark: str


@dataclass(frozen=True)
class EntryTotals:
    valid: int = 0
    blank: int = 0
    nul: int = 0

    @property
    def ballots(self) -> int:
        return self.valid + self.blank + self.nul


def session_view(session: Session, entry: EntrySession) -> EntrySessionView:
    stack = session.get(BallotStack, entry.stack_id)
    assert stack is not None
    station = session.get(PollingStation, stack.station_id)
    count = session.scalar(select(func.count()).where(Ballot.session_id == entry.id)) or 0
    return EntrySessionView(
        entry.id,
        entry.uuid,
        stack.id,
        stack.label,
        stack.station_id,
        station.name if station else "",
        entry.pass_label,
        entry.operator,
        entry.opened_at,
        entry.closed_at,
        int(count),
    )


def _entry(session: Session, session_id: int) -> EntrySession:
    entry = session.get(EntrySession, session_id)
    if entry is None:
        raise DomainError(translate("Ballots", "This entry session no longer exists."))
    return entry


def open_entry(
    database: Database,
    station_id: int,
    operator: str,
    author: str,
    *,
    stack_label: str = "",
    pass_label: str | None = None,
) -> EntrySessionView:
    """Start (or resume) an operator's pass over a stack of a station's ballots.

    Without ``pass_label``: the operator's own open pass is resumed, else the stack's first
    pass is "A" and its second "B" (double entry). A closed pass is reopened on purpose only
    (``reopen_entry``).
    """
    operator = " ".join(operator.split())[:200]
    label = " ".join(stack_label.split())[:100]
    with database.session() as session:
        station = station_row(session, station_id)
        require_vote(session, station.campaign_id)
        if session.scalar(select(func.count()).where(DirectCount.station_id == station_id)):
            raise DomainError(
                translate(
                    "Ballots",
                    "«{station}» was counted by hand: its totals are entered, not its ballots.",
                ).format(station=station.name)
            )
        stack = session.scalar(
            select(BallotStack).where(
                BallotStack.station_id == station_id, BallotStack.label == label
            )
        )
        if stack is None:
            stack = BallotStack(campaign_id=station.campaign_id, station_id=station_id, label=label)
            session.add(stack)
            session.flush()
        existing = {
            e.pass_label: e
            for e in session.scalars(select(EntrySession).where(EntrySession.stack_id == stack.id))
        }
        if pass_label is None:
            mine = [
                label
                for label, e in sorted(existing.items())
                if e.closed_at is None and e.operator == operator
            ]
            pass_label = mine[0] if mine else next((p for p in PASSES if p not in existing), None)
            if pass_label is None:
                raise DomainError(translate("Ballots", "This stack was already entered twice."))
        elif pass_label not in PASSES:
            raise DomainError(translate("Ballots", "An entry is pass A or pass B."))
        entry = existing.get(pass_label)
        if entry is not None:
            if entry.closed_at is not None:
                raise DomainError(
                    translate(
                        "Ballots", "Entry {label} of this stack is closed; reopen it to go on."
                    ).format(label=pass_label)
                )
            return session_view(session, entry)
        entry = EntrySession(
            campaign_id=station.campaign_id,
            stack_id=stack.id,
            pass_label=pass_label,
            operator=operator,
            opened_at=utcnow(),
        )
        session.add(entry)
        session.flush()
        journal.record(
            session,
            station.campaign_id,
            author,
            "ballots.open",
            translate(
                "Journal", "Ballot entry {label} opened at «{station}» by {operator}."
            ).format(label=_stack_name(stack, pass_label), station=station.name, operator=operator),
            entry=entry.uuid,
        )
        return session_view(session, entry)


def _stack_name(stack: BallotStack, pass_label: str) -> str:
    return f"{stack.label} {pass_label}".strip()


def close_entry(database: Database, session_id: int, author: str) -> EntrySessionView:
    """The operator has typed the whole stack; journaled with its totals."""
    with database.session() as session:
        entry = _entry(session, session_id)
        if entry.closed_at is None:
            entry.closed_at = utcnow()
            totals = _totals(session, session_id)
            journal.record(
                session,
                entry.campaign_id,
                author,
                "ballots.close",
                translate(
                    "Journal",
                    "Ballot entry {label} closed: {valid} valid, {blank} blank, {nul} spoilt.",
                ).format(
                    label=entry.pass_label, valid=totals.valid, blank=totals.blank, nul=totals.nul
                ),
                entry=entry.uuid,
            )
        return session_view(session, entry)


def reopen_entry(database: Database, session_id: int, reason: str, author: str) -> None:
    reason = reason.strip()
    if not reason:
        raise DomainError(translate("Ballots", "Say why the entry is reopened."))
    with database.session() as session:
        entry = _entry(session, session_id)
        if entry.closed_at is None:
            return
        entry.closed_at = None
        journal.record(
            session,
            entry.campaign_id,
            author,
            "ballots.reopen",
            translate("Journal", "Ballot entry {label} reopened. Reason: {reason}").format(
                label=entry.pass_label, reason=reason
            ),
            entry=entry.uuid,
        )


def list_entries(database: Database, campaign_id: int) -> list[EntrySessionView]:
    with database.session() as session:
        entries = session.scalars(
            select(EntrySession)
            .where(EntrySession.campaign_id == campaign_id, EntrySession.discarded_at.is_(None))
            .order_by(EntrySession.stack_id, EntrySession.pass_label)
        )
        return [session_view(session, entry) for entry in entries]


def _totals(session: Session, session_id: int) -> EntryTotals:
    counts = dict(
        session.execute(
            select(Ballot.status, func.count())
            .where(Ballot.session_id == session_id)
            .group_by(Ballot.status)
        ).all()
    )
    return EntryTotals(
        int(counts.get(BallotStatus.VALID.value, 0)),
        int(counts.get(BallotStatus.BLANK.value, 0)),
        int(counts.get(BallotStatus.NUL.value, 0)),
    )


def session_totals(database: Database, session_id: int) -> EntryTotals:
    with database.session() as session:
        return _totals(session, session_id)


def _outcome(reading: Reading, sequence: int | None) -> EntryOutcome:
    return EntryOutcome(reading.outcome, reading.message, sequence, reading.unknown)


def _fill(ballot: Ballot, reading: Reading, typed: str) -> None:
    status = reading.status
    assert status is not None
    ballot.typed = " ".join(typed.split())[:300]
    ballot.choices = reading.encoded
    ballot.status = status.value
    ballot.reason = reading.reason.value if reading.reason else ""
    ballot.remark = reading.remark[:300]


def _new_ballot(entry: EntrySession, sequence: int) -> Ballot:
    # The session's opening time, never the time of typing (see the module docstring).
    return Ballot(
        session_id=entry.id,
        sequence=sequence,
        created_at=entry.opened_at,
        updated_at=entry.opened_at,
    )


def enter_ballot(
    database: Database, session_id: int, typed_text: str, author: str = ""
) -> EntryOutcome:
    """Read and store the next ballot of an open entry session (or ask for it again)."""
    with database.session() as session:
        entry = _entry(session, session_id)
        if entry.closed_at is not None:
            raise DomainError(
                translate("Ballots", "This entry is closed; reopen it to add ballots.")
            )
        paper = ballot_paper(session, entry.campaign_id)
        reading = read_ballot(paper, typed_text)
        if reading.outcome is Outcome.ASK_AGAIN:
            return _outcome(reading, None)
        last = session.scalar(
            select(func.max(Ballot.sequence)).where(Ballot.session_id == session_id)
        )
        ballot = _new_ballot(entry, (last or 0) + 1)
        _fill(ballot, reading, typed_text)
        session.add(ballot)
        vote = require_vote(session, entry.campaign_id)
        if not vote.frozen:
            freeze(session, vote, author)
        return _outcome(reading, ballot.sequence)


def ballot_view(ballot: Ballot) -> BallotView:
    return BallotView(
        ballot.sequence,
        ballot.typed,
        ballot.choices,
        BallotStatus(ballot.status),
        NulReason(ballot.reason) if ballot.reason else None,
        ballot.remark,
    )


def ballot_at(session: Session, session_id: int, sequence: int) -> Ballot | None:
    return session.scalar(
        select(Ballot).where(Ballot.session_id == session_id, Ballot.sequence == sequence)
    )


def undo_last(database: Database, session_id: int, author: str) -> BallotView | None:
    """Take back the last ballot entered in the session; journaled. None if there is none."""
    with database.session() as session:
        entry = _entry(session, session_id)
        ballot = session.scalar(
            select(Ballot)
            .where(Ballot.session_id == session_id)
            .order_by(Ballot.sequence.desc())
            .limit(1)
        )
        if ballot is None:
            return None
        view = ballot_view(ballot)
        journal.record(
            session,
            entry.campaign_id,
            author,
            "ballot.undo",
            translate("Journal", "Entry {label}: ballot {sequence} ({typed}) taken back.").format(
                label=entry.pass_label, sequence=view.sequence, typed=_typed(view)
            ),
            entry=entry.uuid,
            sequence=view.sequence,
        )
        session.delete(ballot)
        return view


def _typed(view: BallotView) -> str:
    if view.status is BallotStatus.BLANK:
        return view.status.label
    return view.typed or view.status.label


def correct(
    database: Database, session_id: int, sequence: int, typed_text: str, author: str
) -> EntryOutcome:
    """Replace ballot ``sequence`` of the session by what is typed now; journaled."""
    with database.session() as session:
        entry = _entry(session, session_id)
        return correct_in(session, entry, sequence, typed_text, author, "ballot.correct")


def correct_in(
    session: Session,
    entry: EntrySession,
    sequence: int,
    typed_text: str,
    author: str,
    action: str,
) -> EntryOutcome:
    paper = ballot_paper(session, entry.campaign_id)
    reading = read_ballot(paper, typed_text)
    if reading.outcome is Outcome.ASK_AGAIN:
        return _outcome(reading, None)
    ballot = ballot_at(session, entry.id, sequence)
    if ballot is None:
        raise DomainError(
            translate("Ballots", "There is no ballot {sequence} in this entry.").format(
                sequence=sequence
            )
        )
    before = ballot_view(ballot)
    _fill(ballot, reading, typed_text)
    journal.record(
        session,
        entry.campaign_id,
        author,
        action,
        translate(
            "Journal", "Entry {label}: ballot {sequence} corrected, {before} → {after}."
        ).format(
            label=entry.pass_label,
            sequence=sequence,
            before=_typed(before),
            after=_typed(ballot_view(ballot)),
        ),
        entry=entry.uuid,
        sequence=sequence,
    )
    return _outcome(reading, sequence)


def _shift(session: Session, session_id: int, first: int, delta: int) -> None:
    """Move ballots ``first`` onwards by ``delta`` places, in two steps to stay unique."""
    session.flush()
    session.execute(
        update(Ballot)
        .where(Ballot.session_id == session_id, Ballot.sequence >= first)
        .values(sequence=Ballot.sequence + _SHIFT_OFFSET + delta)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Ballot)
        .where(Ballot.session_id == session_id, Ballot.sequence >= _SHIFT_OFFSET)
        .values(sequence=Ballot.sequence - _SHIFT_OFFSET)
        .execution_options(synchronize_session=False)
    )
    session.expire_all()


def insert_ballot(
    database: Database, session_id: int, sequence: int, typed_text: str, author: str
) -> EntryOutcome:
    """Insert a ballot the operator skipped, at ``sequence``; the next ones move up one."""
    with database.session() as session:
        entry = _entry(session, session_id)
        return insert_in(session, entry, sequence, typed_text, author)


def insert_in(
    session: Session, entry: EntrySession, sequence: int, typed_text: str, author: str
) -> EntryOutcome:
    paper = ballot_paper(session, entry.campaign_id)
    reading = read_ballot(paper, typed_text)
    if reading.outcome is Outcome.ASK_AGAIN:
        return _outcome(reading, None)
    last = session.scalar(select(func.max(Ballot.sequence)).where(Ballot.session_id == entry.id))
    if not 1 <= sequence <= (last or 0) + 1:
        raise DomainError(
            translate("Ballots", "There is no ballot {sequence} in this entry.").format(
                sequence=sequence
            )
        )
    _shift(session, entry.id, sequence, 1)
    ballot = _new_ballot(entry, sequence)
    _fill(ballot, reading, typed_text)
    session.add(ballot)
    journal.record(
        session,
        entry.campaign_id,
        author,
        "ballot.insert",
        translate("Journal", "Entry {label}: ballot inserted at {sequence} ({typed}).").format(
            label=entry.pass_label, sequence=sequence, typed=_typed(ballot_view(ballot))
        ),
        entry=entry.uuid,
        sequence=sequence,
    )
    return _outcome(reading, sequence)


def delete_ballot(database: Database, session_id: int, sequence: int, author: str) -> None:
    """Remove ballot ``sequence`` (typed twice, say); the next ones move down one."""
    with database.session() as session:
        entry = _entry(session, session_id)
        delete_in(session, entry, sequence, author)


def delete_in(session: Session, entry: EntrySession, sequence: int, author: str) -> None:
    ballot = ballot_at(session, entry.id, sequence)
    if ballot is None:
        raise DomainError(
            translate("Ballots", "There is no ballot {sequence} in this entry.").format(
                sequence=sequence
            )
        )
    view = ballot_view(ballot)
    session.delete(ballot)
    _shift(session, entry.id, sequence + 1, -1)
    journal.record(
        session,
        entry.campaign_id,
        author,
        "ballot.delete",
        translate("Journal", "Entry {label}: ballot {sequence} ({typed}) removed.").format(
            label=entry.pass_label, sequence=sequence, typed=_typed(view)
        ),
        entry=entry.uuid,
        sequence=sequence,
    )


def list_ballots(database: Database, session_id: int) -> list[BallotView]:
    """The session's ballots in entry order."""
    with database.session() as session:
        _entry(session, session_id)
        return [
            ballot_view(ballot)
            for ballot in session.scalars(
                select(Ballot).where(Ballot.session_id == session_id).order_by(Ballot.sequence)
            )
        ]
