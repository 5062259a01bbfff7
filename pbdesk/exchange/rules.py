"""The rules a travelling row must follow, and what stays home: table-driven, in one place.

- ``CHOICES``: columns holding a code of a domain enumeration (statuses, kinds…);
- ``check_constraints``: the schema's own ``CHECK`` constraints (``amount_cents >= 0``,
  ``phase BETWEEN 1 AND 9``…), evaluated on the file's values before anything is written;
- ``PERSONAL_DATA``: columns left out of a file unless the user asks (residents' contact
  details, the sign-in register's keys and its secret);
- ``RENUMBERED``: unique columns that are only labels: when a merge brings a row whose label
  is taken, the incoming row gets the next free one instead of being matched to the local row
  (``relabel`` says how: ``-2`` for a slug, `` (2)`` for a stack of ballots, the next letter
  for an entry pass, the next number for a ballot's place in its session);
- ``FORMATS``: text columns with a fixed shape (a ballot's choices: ballot codes).

A later feature adds its own lines here (its enumerations, its personal columns).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import CheckConstraint, Table

from pbdesk.domain.applications import ApplicationStatus, HolderKind
from pbdesk.domain.campaign import CallKind, CoreGroupKind, DecisionMode
from pbdesk.domain.followup import ExpenseState, FeedbackSource, FollowUpStatus, MilestoneStatus
from pbdesk.domain.people import MeetingKind, Role
from pbdesk.domain.phases import Phase, PhaseStatus
from pbdesk.domain.register import AgeBand
from pbdesk.domain.review import CriterionKind, Recommendation
from pbdesk.domain.tally import Rule, TieBreak
from pbdesk.domain.vote import (
    CAMPAIGN_TIE_RULES,
    BallotKind,
    BallotStatus,
    NulReason,
    ResidenceRule,
)
from pbdesk.workspace.reviews.answers import ReviewSource
from pbdesk.workspace.reviews.reviewers import ReviewerKind


def _codes(enumeration: Iterable[Enum], *extra: Any) -> frozenset[Any]:
    return frozenset([member.value for member in enumeration] + list(extra))


#: (table, column) → the values allowed. ``*`` as table: that column in every table.
CHOICES: dict[tuple[str, str], frozenset[Any]] = {
    ("*", "phase"): _codes(Phase),
    ("campaign", "call_kind"): _codes(CallKind),
    ("campaign", "core_group_kind"): _codes(CoreGroupKind),
    ("campaign", "decision_mode"): _codes(DecisionMode),
    ("phase_state", "status"): _codes(PhaseStatus),
    ("person", "role"): _codes(Role),
    ("meeting", "kind"): _codes(MeetingKind),
    ("holder", "kind"): _codes(HolderKind),
    ("application", "status"): _codes(ApplicationStatus),
    ("status_change", "before"): _codes(ApplicationStatus),
    ("status_change", "after"): _codes(ApplicationStatus),
    ("criterion", "kind"): _codes(CriterionKind),
    ("reviewer", "kind"): _codes(ReviewerKind),
    ("review", "recommendation"): _codes(Recommendation, ""),
    ("review", "source"): _codes(ReviewSource),
    # The votation (phase 8).
    ("vote", "ballot_kind"): _codes(BallotKind),
    ("vote", "residence_rule"): _codes(ResidenceRule),
    ("vote", "rule"): _codes(Rule),
    ("vote", "tie_break"): _codes(CAMPAIGN_TIE_RULES),
    ("sign_in", "age_band"): _codes(AgeBand),
    ("sign_in_count", "age_band"): _codes(AgeBand),
    ("ballot", "status"): _codes(BallotStatus),
    ("ballot", "reason"): _codes(NulReason, ""),
    ("direct_count", "source"): frozenset({"hand_count"}),
    ("vote_result", "rule"): _codes(Rule),
    ("vote_result", "tie_break"): _codes(TieBreak),
    ("vote_result", "source"): frozenset({"ballots", "direct", "mixed"}),
    # Print settings (their CHECK … IN constraints are not read by ``check_constraints``).
    ("print_settings", "project_order"): frozenset({"code", "random"}),
    ("print_settings", "ballots_per_sheet"): frozenset({1, 2, 4}),
    # The follow-up (phase 9).
    ("project_followup", "status"): _codes(FollowUpStatus),
    ("followup_milestone", "status"): _codes(MilestoneStatus),
    ("followup_expense", "state"): _codes(ExpenseState),
    ("resident_feedback", "source"): _codes(FeedbackSource),
    ("resident_feedback", "score"): frozenset(range(1, 6)),
}

#: A ballot code (``ballot_code.code``) and a ballot's choices: codes separated by one space,
#: each with ``:points`` on a points ballot (all of them or none), or nothing (blank).
BALLOT_CODE = r"[^\s:]{1,6}"
_POINTS = rf"{BALLOT_CODE}:[0-9]{{1,9}}"
_CHOICES_PATTERN = re.compile(rf"(?:{BALLOT_CODE}(?: {BALLOT_CODE})*|{_POINTS}(?: {_POINTS})*)?")

#: (table, column) → the shape its text must have (``fullmatch``).
FORMATS: dict[tuple[str, str], re.Pattern[str]] = {
    ("ballot", "choices"): _CHOICES_PATTERN,
    ("ballot_code", "code"): re.compile(BALLOT_CODE),
}


def choice_codes(choices: str) -> list[str]:
    """The ballot codes a ballot's ``choices`` (of the right shape) names."""
    return [item.split(":", 1)[0] for item in choices.split(" ") if item]


def allowed_values(table: str, column: str) -> frozenset[Any] | None:
    return CHOICES.get((table, column)) or CHOICES.get(("*", column))


# --- CHECK constraints ---------------------------------------------------------------------------

_TERM = re.compile(
    r"^\s*(?P<left>[a-z_][a-z0-9_]*)\s*"
    r"(?:(?P<op><=|>=|<>|!=|=|<|>)\s*(?P<right>-?[0-9]+|[a-z_][a-z0-9_]*)"
    r"|BETWEEN\s+(?P<low>-?[0-9]+)\s+AND\s+(?P<high>-?[0-9]+))\s*$",
    re.IGNORECASE,
)
_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "=": lambda a, b: a == b,
    "<>": lambda a, b: a != b,
    "!=": lambda a, b: a != b,
}


@dataclass(frozen=True)
class Check:
    """A ``CHECK`` constraint pbdesk can evaluate: comparisons joined by ``AND``."""

    text: str
    terms: tuple[tuple[str, str, Any, Any], ...]  # (column, op, value-or-column, high)

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(term[0] for term in self.terms)

    def holds(self, row: Mapping[str, Any]) -> bool:
        """False only when every value it needs is there and one comparison fails (SQL: a
        NULL makes a CHECK pass)."""
        for column, op, right, high in self.terms:
            left = row.get(column)
            if op == "between":
                if left is not None and not right <= left <= high:
                    return False
                continue
            value = row.get(right) if isinstance(right, str) else right
            if left is None or value is None:
                continue
            try:
                if not _OPERATORS[op](left, value):
                    return False
            except TypeError:
                return False
        return True


def _parse_check(text: str, columns: set[str]) -> Check | None:
    terms: list[tuple[str, str, Any, Any]] = []
    for part in re.split(r"\s+AND\s+(?![0-9-])", text.strip(), flags=re.IGNORECASE):
        match = _TERM.match(part)
        if match is None or match["left"] not in columns:
            return None
        if match["op"]:
            right: Any = match["right"]
            if re.fullmatch(r"-?[0-9]+", right):
                right = int(right)
            elif right not in columns:
                return None
            terms.append((match["left"], match["op"], right, None))
        else:
            terms.append((match["left"], "between", int(match["low"]), int(match["high"])))
    return Check(text, tuple(terms))


def check_constraints(table: Table) -> tuple[Check, ...]:
    """The table's CHECK constraints that pbdesk can evaluate (the others are left to the
    database, which then refuses the whole import)."""
    columns = {column.name for column in table.columns}
    found = []
    for constraint in table.constraints:
        if isinstance(constraint, CheckConstraint):
            check = _parse_check(str(constraint.sqltext), columns)
            if check is not None:
                found.append(check)
    return tuple(found)


# --- personal data -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonalData:
    """Columns of ``table`` that hold personal data, for the rows where ``only_when`` (a
    boolean column) is true, or every row when it is None."""

    table: str
    columns: tuple[str, ...]
    only_when: str | None = None
    #: A column set when the personal data was erased on purpose: never filled back then.
    erased_when: str | None = None

    def applies(self, row: Mapping[str, Any]) -> bool:
        return self.only_when is None or bool(row.get(self.only_when))


PERSONAL_DATA: tuple[PersonalData, ...] = (
    # Residents of the core group: their contact details (the team's are work contacts).
    PersonalData("person", ("email", "phone", "address", "notes"), "is_resident", "erased_at"),
    # The sign-in register (vote feature): the keyed hashes of identities and the names.
    PersonalData("sign_in", ("identity_key", "proxy_holder_key", "last_name", "first_name")),
    # The secret that keys the register: with it, checking a guessed identity against a key
    # is one hash (``pbdesk.domain.register``). A campaign arriving whole without it gets a
    # new one (``merge``); the laptops of one vote day are prepared with personal data.
    PersonalData("vote", ("register_secret",)),
    # A reviewer who is a member of the team or core group: the e-mail copied from them.
    PersonalData("reviewer", ("email",), "person_id"),
)


def personal_columns(table: str, row: Mapping[str, Any]) -> tuple[str, ...]:
    """The personal columns of this row (empty when it holds none)."""
    for entry in PERSONAL_DATA:
        if entry.table == table and entry.applies(row):
            return entry.columns
    return ()


def personal_entry(table: str) -> PersonalData | None:
    for entry in PERSONAL_DATA:
        if entry.table == table:
            return entry
    return None


#: (table, column): unique labels an incoming row may be given anew on a clash. Two records
#: made on two laptops under the same label are two things, not one made twice: two stacks of
#: ballots of a station (the default stack "" on both laptops), two entry passes "A" of one
#: stack, two ballots typed at the same place of one session. Their rows arrive whole.
RENUMBERED: frozenset[tuple[str, str]] = frozenset(
    {
        ("campaign", "slug"),
        ("application", "number"),
        ("ballot_stack", "label"),
        ("entry_session", "pass_label"),
        ("ballot", "sequence"),
    }
)

_PASS_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def relabel(table: str, column: str, before: Any, attempt: int, length: int | None) -> Any:
    """The ``attempt``-th (2, 3…) new label for a text label ``before`` taken here; None when
    there is none left."""
    if (table, column) == ("entry_session", "pass_label"):
        # Entry passes are letters: the next pass of the stack (B, then C…).
        return _PASS_LETTERS[attempt - 1] if attempt <= len(_PASS_LETTERS) else None
    text = str(before)
    suffix = f" ({attempt})" if (table, column) == ("ballot_stack", "label") else f"-{attempt}"
    if not text.strip():
        suffix = suffix.strip()
    if length is not None:
        if len(suffix) > length:
            return None
        text = text[: length - len(suffix)]
    return text + suffix


#: Columns naming a row to people, first found wins (for summaries and conflicts).
LABEL_COLUMNS = ("name", "title", "label", "full_name", "filename", "summary", "author")
