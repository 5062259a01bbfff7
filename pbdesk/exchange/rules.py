"""The rules a travelling row must follow, and what stays home: table-driven, in one place.

- ``CHOICES``: columns holding a code of a domain enumeration (statuses, kinds…);
- ``check_constraints``: the schema's own ``CHECK`` constraints (``amount_cents >= 0``,
  ``phase BETWEEN 1 AND 9``…), evaluated on the file's values before anything is written;
- ``PERSONAL_DATA``: columns left out of a file unless the user asks (residents' contact
  details, the sign-in register's keys);
- ``RENUMBERED``: unique columns that are only labels: when a merge brings a row whose label
  is taken, the incoming row gets the next free one instead of being matched to the local row.

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
from pbdesk.domain.people import MeetingKind, Role
from pbdesk.domain.phases import Phase, PhaseStatus
from pbdesk.domain.review import CriterionKind, Recommendation
from pbdesk.workspace.reviews import ReviewerKind, ReviewSource


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
}


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


#: (table, column): unique labels an incoming row may be given anew on a clash.
RENUMBERED: frozenset[tuple[str, str]] = frozenset(
    {("campaign", "slug"), ("application", "number")}
)

#: Columns naming a row to people, first found wins (for summaries and conflicts).
LABEL_COLUMNS = ("name", "title", "label", "full_name", "filename", "summary", "author")
