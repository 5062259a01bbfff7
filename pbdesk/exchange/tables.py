"""Which tables travel in a project file, read from ``Base.metadata`` rather than listed.

A table **belongs to a campaign** when a path of foreign keys leads from it to ``campaign``
(``review_value → review → reviewer → campaign``). Those tables travel whole for the
campaign's rows. A table without such a path is **shared** (``holder``): its rows travel when
a travelling row refers to them. ``EXCLUDED`` lists, explicitly, what never travels. A table
added by a later feature therefore travels with no change here; a test checks that every
table of the schema is either travelling or excluded.

Values are written as JSON by column type (``encode``) and read back with checks
(``decode``): a foreign key is the referenced row's ``uuid``, never its id.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.sql.type_api import TypeEngine
from sqlalchemy.types import TypeDecorator

#: Tables that never travel: Alembic's bookkeeping and what a database remembers of its own
#: exchanges (``exchange_state``, sent as the file's ``states`` instead).
EXCLUDED = frozenset({"alembic_version", "exchange_state"})
#: The table every travelling table leads to.
ROOT = "campaign"
#: Columns every record has; ``id`` never leaves the database.
META = ("uuid", "version", "created_at", "updated_at")

UUID_PATTERN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)


@dataclass(frozen=True)
class Reference:
    """A foreign-key column: its value travels as the uuid of a row of ``target``."""

    column: str
    target: str
    nullable: bool


@dataclass(frozen=True)
class TableSpec:
    name: str
    table: Table
    #: True when the table belongs to a campaign (a path of foreign keys to ``campaign``).
    scoped: bool
    #: The foreign keys that tie a row to its campaign (for shared tables: none).
    owners: tuple[Reference, ...]
    references: tuple[Reference, ...]
    #: Every column that travels (all but ``id``), in the table's order.
    columns: tuple[str, ...]
    binary: tuple[str, ...]
    #: Unique keys other than ``id`` and ``uuid``, each a tuple of column names.
    uniques: tuple[tuple[str, ...], ...]

    def reference(self, column: str) -> Reference | None:
        for reference in self.references:
            if reference.column == column:
                return reference
        return None

    @property
    def data_columns(self) -> tuple[str, ...]:
        return tuple(name for name in self.columns if name not in META)


@dataclass(frozen=True)
class Layout:
    """The travelling tables, parents before children (``campaign`` first)."""

    tables: tuple[TableSpec, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {spec.name: spec for spec in self.tables})

    def get(self, name: str) -> TableSpec | None:
        found: TableSpec | None = self.__dict__["_by_name"].get(name)
        return found

    def __getitem__(self, name: str) -> TableSpec:
        spec = self.get(name)
        if spec is None:
            raise KeyError(name)
        return spec

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.tables)


def _references(table: Table) -> tuple[Reference, ...]:
    found = []
    for column in table.columns:
        for key in column.foreign_keys:
            found.append(Reference(column.name, key.column.table.name, bool(column.nullable)))
    return tuple(found)


def _uniques(table: Table) -> tuple[tuple[str, ...], ...]:
    keys: list[tuple[str, ...]] = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            keys.append(tuple(column.name for column in constraint.columns))
    for index in table.indexes:
        if index.unique:
            keys.append(tuple(column.name for column in index.columns))
    for column in table.columns:
        if column.unique and not column.primary_key:
            keys.append((column.name,))
    unique: list[tuple[str, ...]] = []
    for key in keys:
        if key not in unique and key not in (("uuid",), ("id",)):
            unique.append(key)
    return tuple(unique)


def build_layout(metadata: MetaData) -> Layout:
    """The layout of ``metadata``; raises ``RuntimeError`` for a table that cannot travel."""
    candidates = [table for table in metadata.sorted_tables if table.name not in EXCLUDED]
    references = {table.name: _references(table) for table in candidates}
    scoped = {ROOT}
    changed = True
    while changed:
        changed = False
        for table in candidates:
            if table.name not in scoped and any(
                reference.target in scoped for reference in references[table.name]
            ):
                scoped.add(table.name)
                changed = True
    specs = []
    for table in candidates:
        missing = [name for name in ("id", *META) if name not in table.columns]
        if missing:
            raise RuntimeError(
                f"table {table.name} lacks {missing}: make it a Record or add it to EXCLUDED"
            )
        for reference in references[table.name]:
            if reference.target in EXCLUDED:
                raise RuntimeError(f"{table.name}.{reference.column} refers to an excluded table")
        is_scoped = table.name in scoped and table.name != ROOT
        owners: tuple[Reference, ...] = ()
        if is_scoped:
            linked = [r for r in references[table.name] if r.target in scoped]
            required = [r for r in linked if not r.nullable]
            # The direct link to the campaign first: it is the one scopes are read through.
            owners = tuple(sorted(required or linked, key=lambda r: r.target != ROOT))
        specs.append(
            TableSpec(
                name=table.name,
                table=table,
                scoped=is_scoped or table.name == ROOT,
                owners=owners,
                references=references[table.name],
                columns=tuple(column.name for column in table.columns if column.name != "id"),
                binary=tuple(
                    column.name for column in table.columns if isinstance(column.type, LargeBinary)
                ),
                uniques=_uniques(table),
            )
        )
    if ROOT not in {spec.name for spec in specs}:
        raise RuntimeError("no campaign table")
    specs.sort(key=lambda spec: spec.name != ROOT)  # stable: campaign first, then FK order
    return Layout(tuple(specs))


@cache
def current_layout() -> Layout:
    """The layout of pbdesk's own schema."""
    from pbdesk.store.models import Base

    return build_layout(Base.metadata)


# --- values -----------------------------------------------------------------------------------


def _kind(column_type: TypeEngine[Any]) -> TypeEngine[Any]:
    while isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    return column_type


def encode(column_type: TypeEngine[Any], value: Any) -> Any:
    """A column's value as JSON: dates and moments in ISO 8601 (moments in UTC), decimals as
    text, everything else as itself. Binary columns are not encoded here (they are members)."""
    if value is None:
        return None
    kind = _kind(column_type)
    if isinstance(kind, DateTime):
        moment: datetime = value if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat()
    if isinstance(kind, Date):
        day: date = value
        return day.isoformat()
    if isinstance(kind, Numeric) and not isinstance(kind, Integer):
        return str(value)
    return value


class BadValue(ValueError):
    """A JSON value that cannot go into its column; ``str()`` shows the value shortly."""


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def valid_text(text: str) -> bool:
    """Storable on every database: no NUL character, no lone surrogate."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_json(value: Any, depth: int = 0) -> None:
    """A JSON column's value: finite numbers and storable text, not absurdly deep."""
    if depth > 64:
        raise BadValue("…")
    if isinstance(value, str):
        if not valid_text(value):
            raise BadValue(_short(value))
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if not INT64[0] <= value <= INT64[1]:
            raise BadValue(_short(value))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise BadValue(_short(value))
    elif isinstance(value, list):
        for item in value:
            check_json(item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            check_json(key, depth + 1)
            check_json(item, depth + 1)
    else:
        raise BadValue(_short(value))


def decode(column_type: TypeEngine[Any], value: Any, nullable: bool) -> Any:
    """The Python value for a column from its JSON form; ``BadValue`` when it does not fit."""
    if value is None:
        if nullable:
            return None
        raise BadValue("null")
    kind = _kind(column_type)
    if isinstance(kind, Boolean):
        if isinstance(value, bool):
            return value
    elif isinstance(kind, Integer):
        low, high = INT64 if isinstance(kind, BigInteger) else INT32
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
    elif isinstance(kind, DateTime):
        if isinstance(value, str) and len(value) <= 40:
            try:
                moment = datetime.fromisoformat(value)
                if moment.tzinfo is not None:
                    return moment.astimezone(UTC)
            except (ValueError, OverflowError):
                pass
    elif isinstance(kind, Date):
        if isinstance(value, str) and len(value) == 10:
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
    elif isinstance(kind, Numeric):
        if isinstance(value, str) and len(value) <= 40:
            try:
                number = Decimal(value)
            except InvalidOperation:
                number = Decimal("NaN")
            if number.is_finite() and _fits(kind, number):
                return number
    elif isinstance(kind, String):
        if (
            isinstance(value, str)
            and valid_text(value)
            and (kind.length is None or len(value) <= kind.length)
        ):
            return value
    elif isinstance(kind, JSON):
        check_json(value)
        return value
    raise BadValue(_short(value))


def _fits(kind: Numeric[Any], number: Decimal) -> bool:
    precision, scale = kind.precision, kind.scale
    if precision is None:
        return True
    exponent = int(number.as_tuple().exponent)
    if scale is not None and -exponent > scale:
        return False
    digits_before = max(number.adjusted() + 1, 0)
    return digits_before <= precision - (scale or 0)
