"""A project file's records, read and checked one table at a time before anything is written.

``ProjectReader`` gives a table's checked rows as they are unpacked (format 2: one member per
table, one record a line) and forgets them: memory follows the largest record, not the
number of records. Format 1 files (one ``data.json``) are parsed whole, as they always were.

Checks: JSON; its shape; tables and columns this pbdesk knows (a newer pbdesk's file is
refused, saying which version wrote it); every value against its column's type and length,
the domain's enumerations and the schema's CHECK constraints; one campaign, the one the
manifest announces; every reference pointing to a record of the file; every unique key
unique; every attachment row matching its member; shared records used by the campaign; the
exchanged states well formed. What spans tables is kept small (the uuids of the tables others
refer to) and checked once every table is read (``ProjectReader.finish``). Problems are
``InvalidData`` (or ``NewerFile``) with the table, the record's uuid and the column.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnDefault

from pbdesk.exchange.archive import (
    ATTACHMENTS,
    DATA,
    STATES_MEMBER_PATTERN,
    TABLE_MEMBER_PATTERN,
    Manifest,
    ProjectArchive,
    shown,
    states_member,
    table_member,
)
from pbdesk.exchange.errors import InvalidData, NewerFile
from pbdesk.exchange.rules import FORMATS, allowed_values, check_constraints, choice_codes
from pbdesk.exchange.tables import (
    INT32,
    META,
    ROOT,
    UUID_PATTERN,
    BadValue,
    Layout,
    TableSpec,
    decode,
    encode,
)
from pbdesk.i18n import translate

DIGEST_PATTERN = re.compile(r"^[0-9a-f]{16}\Z")
#: States kept per record (oldest dropped first; a dropped state can only turn a later merge
#: of that record into a conflict, never into a silent overwrite).
MAX_STATES = 64

Row = dict[str, Any]


def per_table(compute: Callable[[TableSpec], Any]) -> Any:
    """``compute(spec)`` worked out once per table spec (kept by identity: hashing a spec on
    every row costs more than the work saved)."""
    found: dict[int, tuple[TableSpec, Any]] = {}

    def cached(spec: TableSpec) -> Any:
        entry = found.get(id(spec))
        if entry is None or entry[0] is not spec:
            entry = found[id(spec)] = (spec, compute(spec))
        return entry[1]

    cached.__doc__ = compute.__doc__
    return cached


@dataclass
class ProjectData:
    """What an import keeps of a checked file: how many records each table holds, and the few
    records it shows (the campaign, records taken from the file or in conflict, and the
    records conflicts refer to). The other records stay in the file, read again to import."""

    file_name: str
    manifest: Manifest
    #: table → records in the file.
    counts: dict[str, int] = field(default_factory=dict)
    #: table → uuid → row (file form), for the records kept (not every record of the file).
    tables: dict[str, dict[str, Row]] = field(default_factory=dict)

    @property
    def campaign(self) -> Row:
        return self.tables[ROOT][self.manifest.campaign_uuid]

    def count(self) -> int:
        return sum(self.counts.values())

    def keep(self, table: str, row: Row) -> None:
        self.tables.setdefault(table, {})[str(row["uuid"])] = row


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


class _Checker:
    def __init__(self, name: str, manifest: Manifest, layout: Layout) -> None:
        self.name = name
        self.manifest = manifest
        self.layout = layout

    def malformed(self, part: str) -> InvalidData:
        return InvalidData(
            translate(
                "ProjectFile",
                "The data of «{name}» is malformed: «{part}» is missing or of the wrong kind.",
            ).format(name=self.name, part=shown(part))
        )

    def wrong(self, table: str, uuid: str, column: str, value: Any) -> InvalidData:
        return InvalidData(
            translate(
                "ProjectFile",
                "In «{name}», record {uuid} of «{table}» has a wrong value in «{column}»: {value}.",
            ).format(name=self.name, uuid=uuid, table=table, column=column, value=value)
        )

    # --- one row -----------------------------------------------------------------------------

    def row(self, spec: TableSpec, raw: Any, position: int) -> Row:
        where = f"{spec.name}[{position}]"
        if not isinstance(raw, dict):
            raise self.malformed(where)
        uuid = raw.get("uuid")
        label = uuid if isinstance(uuid, str) and UUID_PATTERN.match(uuid) else f"n°{position + 1}"
        for key in raw:
            if key not in spec.columns:
                raise NewerFile(
                    translate(
                        "ProjectFile",
                        "«{name}» holds a column «{column}» in «{table}», which this pbdesk does "
                        "not know: install pbdesk {version} or newer to open it.",
                    ).format(
                        name=self.name,
                        column=shown(str(key)[:80]),
                        table=spec.name,
                        version=self.manifest.pbdesk_version,
                    )
                )
        row: Row = {}
        for column_name in spec.columns:
            if column_name in raw:
                value = raw[column_name]
            elif column_name in META:
                raise self.lacks(spec.name, label, column_name)
            else:
                value = self._default(spec, column_name, label)
            row[column_name] = self.value(spec, column_name, value, label)
            if column_name == "uuid" and not (isinstance(value, str) and UUID_PATTERN.match(value)):
                raise self.wrong(spec.name, label, "uuid", repr(value)[:60])
            if column_name == "version" and not (
                isinstance(value, int) and 1 <= value <= INT32[1] and not isinstance(value, bool)
            ):
                raise self.wrong(spec.name, label, "version", repr(value)[:60])
        self.rules(spec, row, label)
        return row

    def lacks(self, table: str, uuid: str, column: str) -> InvalidData:
        return InvalidData(
            translate(
                "ProjectFile", "In «{name}», record {uuid} of «{table}» lacks «{column}»."
            ).format(name=self.name, uuid=uuid, table=table, column=column)
        )

    def _default(self, spec: TableSpec, column_name: str, label: str) -> Any:
        """A column the file lacks (written before the column existed): its default."""
        column = spec.table.c[column_name]
        default = column.default
        if isinstance(default, ColumnDefault) and default.is_scalar:
            return encode(column.type, default.arg)
        if column.nullable:
            return None
        raise self.lacks(spec.name, label, column_name)

    def value(self, spec: TableSpec, column_name: str, value: Any, label: str) -> Any:
        column = columns_of(spec)[column_name]
        if column.reference is not None or column.binary:
            if value is None and column.nullable:
                return None
            if (
                column.reference is not None
                and isinstance(value, str)
                and UUID_PATTERN.match(value)
            ):
                return value
            if (
                column.binary
                and isinstance(value, str)
                and value.startswith(ATTACHMENTS)
                and value in self.manifest.members
            ):
                return value
            raise self.wrong(spec.name, label, column_name, repr(value)[:60])
        try:
            decode(column.type, value, column.nullable)
        except BadValue as error:
            raise self.wrong(spec.name, label, column_name, str(error)) from error
        return value

    def rules(self, spec: TableSpec, row: Row, label: str) -> None:
        columns = columns_of(spec)
        for column_name in spec.data_columns:
            column = columns[column_name]
            value = row[column_name]
            if column.allowed is not None and value is not None and value not in column.allowed:
                raise InvalidData(
                    translate(
                        "ProjectFile",
                        "In «{name}», record {uuid} of «{table}» has «{value}» in «{column}», "
                        "which is not one of the allowed values ({allowed}).",
                    ).format(
                        name=self.name,
                        uuid=label,
                        table=spec.name,
                        value=str(value)[:60],
                        column=column_name,
                        allowed=", ".join(sorted(str(item) for item in column.allowed)),
                    )
                )
            if (
                column.shape is not None
                and isinstance(value, str)
                and not column.shape.fullmatch(value)
            ):
                raise self.wrong(spec.name, label, column_name, repr(value)[:60])
        checks, checked = _checks(spec)
        if not checks:
            return
        values = {
            name: decode(columns[name].type, row[name], True)
            if columns[name].reference is None and not columns[name].binary
            else row[name]
            for name in checked
        }
        for check in checks:
            if not check.holds(values):
                negative = [
                    name
                    for name in check.columns
                    if name.endswith("_cents") and (values.get(name) or 0) < 0
                ]
                if negative:
                    raise InvalidData(
                        translate(
                            "ProjectFile",
                            "In «{name}», record {uuid} of «{table}» has a negative amount in "
                            "«{column}».",
                        ).format(name=self.name, uuid=label, table=spec.name, column=negative[0])
                    )
                raise InvalidData(
                    translate(
                        "ProjectFile",
                        "In «{name}», record {uuid} of «{table}» breaks the rule «{rule}».",
                    ).format(name=self.name, uuid=label, table=spec.name, rule=check.text)
                )


@dataclass(frozen=True)
class ColumnInfo:
    """What checking a column's values needs, worked out once per table."""

    type: Any
    nullable: bool
    reference: Any
    binary: bool
    allowed: Any
    shape: re.Pattern[str] | None


@per_table
def columns_of(spec: TableSpec) -> dict[str, ColumnInfo]:
    """Per column of ``spec``: its type, nullability, reference, and the codes it allows."""
    return {
        name: ColumnInfo(
            type=spec.table.c[name].type,
            nullable=bool(spec.table.c[name].nullable),
            reference=spec.reference(name),
            binary=name in spec.binary,
            allowed=allowed_values(spec.name, name),
            shape=FORMATS.get((spec.name, name)),
        )
        for name in spec.columns
    }


@per_table
def _checks(spec: TableSpec) -> tuple[tuple[Any, ...], tuple[str, ...]]:
    """The table's CHECK constraints pbdesk evaluates, and the data columns they read."""
    checks = check_constraints(spec.table)
    read = {term[0] for check in checks for term in check.terms}
    read |= {term[2] for check in checks for term in check.terms if isinstance(term[2], str)}
    return checks, tuple(name for name in spec.data_columns if name in read)


def _not_json(file_name: str) -> InvalidData:
    return InvalidData(
        translate("ProjectFile", "The data of «{name}» is not valid JSON.").format(name=file_name)
    )


def _newer_table(file_name: str, table: str, version: str) -> NewerFile:
    return NewerFile(
        translate(
            "ProjectFile",
            "«{name}» holds records of «{table}», which this pbdesk does not know: "
            "install pbdesk {version} or newer to open it.",
        ).format(name=file_name, table=shown(table[:80]), version=version)
    )


@per_table
def _defaults(spec: TableSpec) -> tuple[tuple[str, Any], ...]:
    """(column, value) for the columns a file written before them lacks."""
    found = []
    for name in spec.columns:
        column = spec.table.c[name]
        default = column.default
        if isinstance(default, ColumnDefault) and default.is_scalar:
            found.append((name, encode(column.type, default.arg)))
        elif column.nullable:
            found.append((name, None))
    return tuple(found)


def complete(spec: TableSpec, raw: dict[str, Any]) -> Row:
    """A row of a file already checked (``ProjectReader.rows``), with the columns it lacks."""
    for name, value in _defaults(spec):
        if name not in raw:
            raw[name] = value
    return raw


class ProjectReader:
    """The records of a project file, table by table, checked as they are read.

    Read the tables in the layout's order (``rows``, after ``states``), then ``finish``: it
    checks what spans tables. ``raw_rows`` reads a table again, unchecked (the file was
    checked; its members are checked against the manifest again as they are unpacked).
    """

    def __init__(self, archive: ProjectArchive, manifest: Manifest, layout: Layout) -> None:
        self.archive = archive
        self.manifest = manifest
        self.layout = layout
        self.name = archive.name
        self.checker = _Checker(archive.name, manifest, layout)
        self.counts: dict[str, int] = {}
        #: Tables some reference points to: their uuids, kept once read.
        self._targets = {ref.target for spec in layout.tables for ref in spec.references}
        self._uuids: dict[str, set[str]] = {}
        #: References to tables not read yet: (target, uuid, table, record, column).
        self._pending: list[tuple[str, str, str, str, str]] = []
        self._shared_used: dict[str, set[str]] = {}
        self._members_used: dict[str, str] = {}
        self._codes: set[Any] | None = None
        self._document: dict[str, Any] | None = None
        if manifest.format_version == 1:
            self._document = self._whole_document()
        self._refuse_unknown_tables()

    # --- the file's two formats -------------------------------------------------------------

    def _whole_document(self) -> dict[str, Any]:
        """Format 1: ``data.json``, parsed whole."""
        raw = self.archive.read_verified(DATA, self.manifest.members[DATA])
        try:
            document = json.loads(raw, parse_constant=_refuse_constant)
        except (ValueError, RecursionError) as error:
            raise _not_json(self.name) from error
        del raw
        if not isinstance(document, dict) or not isinstance(document.get("tables"), dict):
            raise self.checker.malformed("tables")
        for table_name, rows in document["tables"].items():
            if not isinstance(rows, list):
                raise self.checker.malformed(f"tables.{table_name}"[:80])
        states = document.get("states", {})
        if not isinstance(states, dict):
            raise self.checker.malformed("states")
        for table_name, entries in states.items():
            if self.layout.get(table_name) is None or not isinstance(entries, dict):
                raise self.checker.malformed(f"states.{table_name}"[:80])
        return document

    def _refuse_unknown_tables(self) -> None:
        if self._document is not None:
            for table_name, rows in self._document["tables"].items():
                if self.layout.get(table_name) is None and rows:
                    raise _newer_table(self.name, table_name, self.manifest.pbdesk_version)
            return
        for member in self.manifest.members:
            match = TABLE_MEMBER_PATTERN.fullmatch(member) or STATES_MEMBER_PATTERN.fullmatch(
                member
            )
            if match is None or self.layout.get(match.group(1)) is not None:
                continue
            # A table this pbdesk lacks is fine while it holds nothing: nothing is lost.
            if member.startswith("tables/"):
                if next(self.raw_rows(match.group(1)), None) is not None:
                    raise _newer_table(self.name, match.group(1), self.manifest.pbdesk_version)
            elif self._raw_states(match.group(1)) not in (None, {}):
                raise self.checker.malformed(f"states.{match.group(1)}"[:80])

    def raw_rows(self, table: str) -> Iterator[Any]:
        """The parsed records of ``table`` in the file's order, unchecked."""
        if self._document is not None:
            yield from self._document["tables"].get(table, [])
            return
        member = table_member(table)
        info = self.manifest.members.get(member)
        if info is None:
            return
        for line in self.archive.lines(member, info):
            if not line.strip():
                continue
            try:
                yield json.loads(line.decode("utf-8"), parse_constant=_refuse_constant)
            except (ValueError, RecursionError) as error:
                raise _not_json(self.name) from error

    def _raw_states(self, table: str) -> Any:
        if self._document is not None:
            return self._document.get("states", {}).get(table)
        member = states_member(table)
        info = self.manifest.members.get(member)
        if info is None:
            return None
        raw = self.archive.read_verified(member, info)
        try:
            return json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
        except (ValueError, RecursionError) as error:
            raise _not_json(self.name) from error

    # --- checked reading --------------------------------------------------------------------

    def states(self, spec: TableSpec) -> dict[str, list[str]]:
        """The exchanged states the file gives for the records of ``spec`` (uuid → oldest
        first). Each must name a record of the table: ``rows`` checks it once read."""
        raw = self._raw_states(spec.name)
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            raise self.checker.malformed(f"states.{spec.name}"[:80])
        kept: dict[str, list[str]] = {}
        for uuid, digests in raw.items():
            if (
                not isinstance(digests, list)
                or len(digests) > MAX_STATES
                or not all(isinstance(d, str) and DIGEST_PATTERN.match(d) for d in digests)
            ):
                raise self.checker.malformed(f"states.{spec.name}.{uuid}"[:120])
            kept[uuid] = list(dict.fromkeys(digests))
        return kept

    def rows(self, spec: TableSpec, states: dict[str, list[str]] | None = None) -> Iterator[Row]:
        """The checked rows of ``spec`` (every column present), in the file's order; the
        table's own checks (uuids, unique keys, ``states`` naming its records) end it."""
        if spec.name == "ballot_code" and self._codes is None:
            self._codes = set()
        elif spec.name == "ballot" and self._codes is None:
            # A ballot's codes are those of the campaign's ballot, whatever the tables' order.
            self._codes = {
                raw.get("code") for raw in self.raw_rows("ballot_code") if isinstance(raw, dict)
            }
        seen: set[str] = set()
        keys: list[dict[tuple[Any, ...], str]] = [{} for _key in spec.uniques]
        for position, raw in enumerate(self.raw_rows(spec.name)):
            row = self.checker.row(spec, raw, position)
            uuid = row["uuid"]
            if uuid in seen:
                raise InvalidData(
                    translate(
                        "ProjectFile",
                        "In «{name}», the identifier {uuid} appears twice in «{table}».",
                    ).format(name=self.name, uuid=uuid, table=spec.name)
                )
            seen.add(uuid)
            self._links(spec, row)
            for key, index in zip(spec.uniques, keys, strict=True):
                values = tuple(row[column] for column in key)
                if any(value is None for value in values):
                    continue
                if values in index:
                    raise self._same(spec, index[values], uuid, ", ".join(key))
                index[values] = uuid
            if spec.name == "ballot_code" and self._codes is not None:
                self._codes.add(row["code"])
            yield row
        del keys
        self._table_read(spec, seen, states or {})

    def _same(self, spec: TableSpec, uuid: str, other: str, columns: str) -> InvalidData:
        return InvalidData(
            translate(
                "ProjectFile",
                "In «{name}», records {uuid} and {other} of «{table}» have the same {columns}.",
            ).format(name=self.name, uuid=uuid, other=other, table=spec.name, columns=columns)
        )

    def _links(self, spec: TableSpec, row: Row) -> None:
        uuid = row["uuid"]
        for reference in spec.references:
            target = row[reference.column]
            if target is None:
                continue
            known = self._uuids.get(reference.target)
            if known is None:
                self._pending.append((reference.target, target, spec.name, uuid, reference.column))
            elif target not in known:
                raise self._dangling(spec.name, uuid, reference.column, target)
            target_spec = self.layout.get(reference.target)
            if target_spec is not None and not target_spec.scoped:
                self._shared_used.setdefault(reference.target, set()).add(target)
        if spec.owners and all(row[owner.column] is None for owner in spec.owners):
            raise self.checker.lacks(spec.name, uuid, spec.owners[0].column)
        if spec.name == "ballot":
            codes = self._codes or set()
            unknown = [code for code in choice_codes(row["choices"]) if code not in codes]
            if unknown:
                raise InvalidData(
                    translate(
                        "ProjectFile",
                        "In «{name}», ballot {uuid} names «{code}», which is not a code of the "
                        "campaign's ballot.",
                    ).format(name=self.name, uuid=uuid, code=unknown[0][:20])
                )
        for column_name in spec.binary:
            member = row[column_name]
            if member is None:
                continue
            if member in self._members_used:
                raise self._same(spec, uuid, self._members_used[member], column_name)
            self._members_used[member] = uuid
            info = self.manifest.members[member]
            size, digest = row.get("size"), row.get("sha256")
            if (size is not None and size != info.size) or (
                isinstance(digest, str) and digest != info.sha256
            ):
                raise InvalidData(
                    translate(
                        "ProjectFile",
                        "In «{name}», record {uuid} of «{table}» does not match its file "
                        "«{member}» (size or checksum).",
                    ).format(name=self.name, uuid=uuid, table=spec.name, member=member)
                )

    def _dangling(self, table: str, uuid: str, column: str, target: str) -> InvalidData:
        return InvalidData(
            translate(
                "ProjectFile",
                "In «{name}», record {uuid} of «{table}» refers in «{column}» to "
                "{target}, which is not in the file.",
            ).format(name=self.name, uuid=uuid, table=table, column=column, target=target)
        )

    def _table_read(self, spec: TableSpec, seen: set[str], states: dict[str, list[str]]) -> None:
        self.counts[spec.name] = len(seen)
        if spec.name == ROOT and list(seen) != [self.manifest.campaign_uuid]:
            raise InvalidData(
                translate(
                    "ProjectFile", "«{name}» does not hold the campaign its manifest announces."
                ).format(name=self.name)
            )
        for uuid in states:
            if uuid not in seen:
                raise self.checker.malformed(f"states.{spec.name}.{uuid}"[:120])
        if spec.name in self._targets:
            self._uuids[spec.name] = seen
            waiting = [entry for entry in self._pending if entry[0] == spec.name]
            if waiting:
                self._pending = [entry for entry in self._pending if entry[0] != spec.name]
                for _target, target, table, uuid, column in waiting:
                    if target not in seen:
                        raise self._dangling(table, uuid, column, target)

    def finish(self) -> None:
        """The checks that span tables, once every table was read with ``rows``."""
        if self._pending:
            _target, target, table, uuid, column = self._pending[0]
            raise self._dangling(table, uuid, column, target)
        # Shared rows (holders) travel only with the records that use them, as the export
        # sends them: a file may not bring rows nothing of its campaign refers to.
        for spec in self.layout.tables:
            if spec.scoped or spec.name == ROOT:
                continue
            unused = self._uuids.get(spec.name, set()) - self._shared_used.get(spec.name, set())
            if unused:
                raise InvalidData(
                    translate(
                        "ProjectFile",
                        "In «{name}», record {uuid} of «{table}» is not used by the campaign.",
                    ).format(name=self.name, uuid=sorted(unused)[0], table=spec.name)
                )
